#pragma once

#include <QObject>

class QWidget;

namespace Kezek {

// Qt gives a field the name of the label that is its buddy (a form's row
// label), which a screen reader says when the field takes the focus; a list
// or a table it does not (QAccessibleTable reads only accessibleName), so
// the reasons to tick or the documents at fault were announced as "list".
// This names each such view after its label, in the window's language, as
// each window first shows; a view named in code keeps its name.
class AccessibleNames : public QObject
{
    Q_OBJECT

public:
    // Installed once for the whole application (again is a no-op).
    static void install();
    static void nameViewsByTheirLabels(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Kezek
