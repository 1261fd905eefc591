#include "ui/inlinemessage.h"

#include "ui/icons.h"
#include "ui/uitr.h"

#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace Kezek {

namespace {

constexpr int Padding = 6;
constexpr int IconSize = 16;
constexpr int Spacing = 6;

QString iconName(InlineMessage::Kind kind)
{
    switch (kind) {
    case InlineMessage::Kind::Error:
        return QStringLiteral("process-stop");
    case InlineMessage::Kind::Warning:
        return QStringLiteral("dialog-warning");
    case InlineMessage::Kind::Information:
        return QStringLiteral("dialog-information");
    case InlineMessage::Kind::Positive:
        return QStringLiteral("emblem-ok");
    }
    return {};
}

QString kindDescription(InlineMessage::Kind kind)
{
    switch (kind) {
    case InlineMessage::Kind::Error:
        return UiTr::tr("Error");
    case InlineMessage::Kind::Warning:
        return UiTr::tr("Warning");
    case InlineMessage::Kind::Information:
        return UiTr::tr("Information");
    case InlineMessage::Kind::Positive:
        return UiTr::tr("Done");
    }
    return {};
}

// The shipped icons are symbolic (one dark grey); drawn in the tone's colour
// they read on a dark theme too, and say the kind without the text's help.
QPixmap tinted(const QIcon &icon, const QColor &colour, qreal ratio)
{
    QPixmap pixmap = icon.pixmap(QSize(IconSize, IconSize), ratio);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    return pixmap;
}

} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : InlineMessage(Kind::Error, {}, parent)
{}

InlineMessage::InlineMessage(Kind kind, const QString &objectName, QWidget *parent)
    : QLabel(parent)
    , m_kind(kind)
{
    if (!objectName.isEmpty())
        setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    setAccessibleDescription(kindDescription(kind));
    updateMargins();
    hide();
}

void InlineMessage::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    setAccessibleDescription(kindDescription(kind));
    update();
}

void InlineMessage::setText(const QString &text)
{
    const bool changed = text != QLabel::text();
    QLabel::setText(text);
    // A label's rich text is read without its tags; plain text is its name.
    setAccessibleName(Qt::mightBeRichText(text) ? QString() : text);
    // Said before it has a place in a window, it shows when it gets one
    // (shown now it would be a window of its own).
    m_showWhenPlaced = !parentWidget() && !text.isEmpty();
    if (parentWidget()) {
        setVisible(!text.isEmpty());
        if (!text.isEmpty())
            makeRoom();
    }
    if (changed && !text.isEmpty())
        announce();
}

void InlineMessage::setMessage(Kind kind, const QString &text)
{
    const bool changed = kind != m_kind;
    setKind(kind);
    if (changed && text == QLabel::text() && !text.isEmpty())
        announce(); // the same words, now meaning something else
    setText(text);
}

void InlineMessage::setLiveText(const QString &text)
{
    QLabel::setText(text);
    setAccessibleName(Qt::mightBeRichText(text) ? QString() : text);
}

void InlineMessage::clear()
{
    setText(QString());
}

QToolButton *InlineMessage::addAction(QAction *action)
{
    QWidget::addAction(action);
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons.append(button);
    updateMargins();
    return button;
}

QSize InlineMessage::sizeHint() const
{
    const QSize text = QLabel::sizeHint();
    return {text.width(), std::max(text.height(), buttonsHeight())};
}

QSize InlineMessage::minimumSizeHint() const
{
    const QSize text = QLabel::minimumSizeHint();
    return {text.width(), std::max(text.height(), buttonsHeight())};
}

int InlineMessage::heightForWidth(int width) const
{
    return std::max(QLabel::heightForWidth(width), buttonsHeight());
}

void InlineMessage::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = KezekPalette::colour(tone(), palette());
        QPainterPath frame;
        frame.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.fillPath(frame, KezekPalette::background(tone(), palette()));
        painter.setPen(colour);
        painter.drawPath(frame);
        const int top = std::min(Padding + 1, (height() - IconSize) / 2);
        painter.drawPixmap(Padding + 1,
                           std::max(top, 0),
                           tinted(Icons::named(iconName(m_kind)), colour, devicePixelRatioF()));
    }
    QLabel::paintEvent(event);
}

void InlineMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    int right = width() - Padding;
    for (auto it = m_buttons.crbegin(); it != m_buttons.crend(); ++it) {
        QToolButton *button = *it;
        const QSize size = button->sizeHint();
        right -= size.width();
        button->setGeometry(right, (height() - size.height()) / 2, size.width(), size.height());
        right -= Spacing;
    }
}

void InlineMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMargins();
    if (event->type() == QEvent::ParentChange && parentWidget() && m_showWhenPlaced) {
        m_showWhenPlaced = false;
        show();
    }
}

void InlineMessage::updateMargins()
{
    const int right = Padding + 1 + (m_buttons.isEmpty() ? 0 : buttonsWidth() + Spacing);
    setContentsMargins(Padding + 1 + IconSize + Spacing, Padding, right, Padding);
    updateGeometry();
}

// A dialog already on screen does not grow by itself when a message
// appears in it: its other words would be squeezed and cut off. It grows as
// tall as its words need at its width, never narrower or smaller.
void InlineMessage::makeRoom()
{
    auto *dialog = qobject_cast<QDialog *>(window());
    if (!dialog || !dialog->isVisible() || !dialog->layout())
        return;
    QLayout *layout = dialog->layout();
    layout->activate();
    const int need = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                 : layout->totalMinimumSize().height();
    if (dialog->height() < need)
        dialog->resize(dialog->width(), need);
}

void InlineMessage::announce()
{
    if (!isVisible())
        return;
    // A message that appears beside a field is not where the focus is: an
    // alert makes a screen reader say it anyway.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    Q_EMIT announced();
}

Tone InlineMessage::tone() const
{
    switch (m_kind) {
    case Kind::Error:
        return Tone::Error;
    case Kind::Warning:
        return Tone::Warning;
    case Kind::Information:
        return Tone::Information;
    case Kind::Positive:
        return Tone::Positive;
    }
    return Tone::Error;
}

int InlineMessage::buttonsWidth() const
{
    int width = 0;
    for (const QToolButton *button : m_buttons)
        width += button->sizeHint().width() + Spacing;
    return std::max(0, width - Spacing);
}

int InlineMessage::buttonsHeight() const
{
    int height = 0;
    for (const QToolButton *button : m_buttons)
        height = std::max(height, button->sizeHint().height());
    // The frame's line above and below; no more, so that the offline bar
    // keeps the status bar as low as a button.
    return height == 0 ? 0 : height + 2;
}

} // namespace Kezek
