#pragma once

#include "ui/inlinemessage.h"

#include <QLineEdit>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QWidget;

namespace Kezek {

// Buttons and questions in Kezek's own words: Qt ships no Kazakh for its
// standard buttons, and an officer must never meet an English "Cancel" on a
// Kazakh screen.
QPushButton *addCancelButton(QDialogButtonBox *buttons);
QPushButton *addCloseButton(QDialogButtonBox *buttons);
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes);
void tell(QWidget *parent, const QString &title, const QString &text, bool warning = false);
// One line of text, asked with translated buttons; `echo` hides a password.
QString askText(QWidget *parent,
                const QString &title,
                const QString &label,
                bool *ok,
                QLineEdit::EchoMode echo = QLineEdit::Normal);
// A dialog's line for what went wrong: an error InlineMessage, hidden until it
// has something to say.
InlineMessage *errorLine(const QString &objectName = {});

} // namespace Kezek
