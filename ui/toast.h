#pragma once

#include <QFrame>
#include <QStringList>
#include <QTimer>

class QGraphicsOpacityEffect;
class QLabel;
class QPropertyAnimation;

namespace Kezek {

// A short word after something is done ("Registered — sending…"), shown over
// the bottom-right corner of a window, above its status bar, and gone after a
// few seconds. It sits on top of the window, in no layout, so nothing else
// moves when it comes or goes; it takes no focus. Screen readers are told its
// text as an alert. Several queue up and come one after the other.
class Toast : public QFrame
{
    Q_OBJECT

public:
    // How long one toast stays before it fades.
    static constexpr int ShownMs = 4000;

    explicit Toast(QWidget *window);

    void post(const QString &text);
    // None shown, none waiting (the screen is locked).
    void clear();
    // The toast shown now (empty when none) and those waiting after it.
    QString current() const;
    QStringList queued() const { return m_queue; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void showNext();
    void fadeOut();
    void place();

    QLabel *m_text = nullptr;
    QStringList m_queue;
    QTimer m_shown;
    QGraphicsOpacityEffect *m_opacity = nullptr;
    QPropertyAnimation *m_fade = nullptr;
};

} // namespace Kezek
