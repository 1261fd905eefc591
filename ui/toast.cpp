#include "ui/toast.h"

#include "ui/uitr.h"

#include <QAccessible>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPropertyAnimation>
#include <QStatusBar>

#include <algorithm>

namespace Kezek {

namespace {

constexpr int Margin = 12;
constexpr int MaxWidth = 460;
constexpr int FadeMs = 300;

} // namespace

Toast::Toast(QWidget *window)
    : QFrame(window)
{
    setObjectName(QStringLiteral("toast"));
    setAccessibleDescription(UiTr::tr("What was just done; it goes after a few seconds"));
    // It tells, it asks nothing: the officer's keys stay where they were.
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_StyledBackground);
    // The window's own colours turned round: it stands out on any theme and
    // reads as well as the window's text does.
    setStyleSheet(QStringLiteral("#toast { background: %1; border-radius: 6px; }"
                                 "#toast QLabel { color: %2; }")
                      .arg(palette().color(QPalette::WindowText).name(),
                           palette().color(QPalette::Window).name()));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_text);
    m_opacity = new QGraphicsOpacityEffect(this);
    m_opacity->setOpacity(1.0);
    setGraphicsEffect(m_opacity);
    m_fade = new QPropertyAnimation(m_opacity, "opacity", this);
    m_fade->setDuration(FadeMs);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, this, [this] {
        hide();
        m_text->clear();
        showNext();
    });
    m_shown.setSingleShot(true);
    m_shown.setInterval(ShownMs);
    connect(&m_shown, &QTimer::timeout, this, &Toast::fadeOut);
    // Kept in its corner when the window is resized.
    window->installEventFilter(this);
    hide();
}

void Toast::post(const QString &text)
{
    if (text.isEmpty() || text == current() || (!m_queue.isEmpty() && m_queue.last() == text))
        return;
    m_queue.append(text);
    if (current().isEmpty())
        showNext();
}

void Toast::clear()
{
    m_queue.clear();
    m_shown.stop();
    m_fade->stop();
    hide();
    m_text->clear();
}

QString Toast::current() const
{
    return m_text->text();
}

void Toast::showNext()
{
    if (m_queue.isEmpty())
        return;
    const QString text = m_queue.takeFirst();
    m_text->setText(text);
    setAccessibleName(text);
    m_fade->stop();
    m_opacity->setOpacity(1.0);
    place();
    show();
    raise();
    // Read out by a screen reader as it comes, like a message box's text.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    m_shown.start();
}

void Toast::fadeOut()
{
    m_fade->start();
}

void Toast::place()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    const int width = std::min(MaxWidth, window->width() - 2 * Margin);
    setFixedWidth(std::max(width, 0));
    setFixedHeight(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    // Above the status bar, whose messages and badges stay readable.
    int bottom = window->height();
    if (auto *status = window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly);
        status && status->isVisible())
        bottom = status->geometry().top();
    move(window->width() - this->width() - Margin, bottom - height() - Margin);
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && !current().isEmpty())
        place();
    return QFrame::eventFilter(watched, event);
}

void Toast::mousePressEvent(QMouseEvent *event)
{
    // A click puts it away at once, for the next one or for the work under it.
    QFrame::mousePressEvent(event);
    m_shown.stop();
    fadeOut();
}

} // namespace Kezek
