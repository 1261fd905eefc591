#pragma once

#include "ui/kezekpalette.h"

#include <QLabel>
#include <QList>

class QAction;
class QToolButton;

namespace Kezek {

// One line (or a few) that a dialog or pane says in place: an error, a
// warning, a piece of information or a success, with the tone's icon and
// colours from KezekPalette, and the actions that answer it. It is a label,
// so it wraps, takes links and is read as text by a screen reader; it hides
// while it has nothing to say, and a screen reader is told when it changes.
class InlineMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information, Positive };
    Q_ENUM(Kind)

    explicit InlineMessage(QWidget *parent = nullptr);
    explicit InlineMessage(Kind kind, const QString &objectName = {}, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // Shown when `text` has something, hidden when it is empty.
    void setText(const QString &text);
    void setMessage(Kind kind, const QString &text);
    // New words for the same message (a countdown's seconds): neither shown
    // nor hidden by it, and not said again to a screen reader every tick.
    void setLiveText(const QString &text);
    void clear();
    // A button at the message's end that triggers `action`.
    QToolButton *addAction(QAction *action);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

Q_SIGNALS:
    // The message was just told to assistive technology (an alert).
    void announced();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMargins();
    void announce();
    void makeRoom();
    Tone tone() const;
    int buttonsWidth() const;
    int buttonsHeight() const;

    Kind m_kind = Kind::Error;
    QList<QToolButton *> m_buttons;
    bool m_showWhenPlaced = false;
};

} // namespace Kezek
