#include "ui/layoutmnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTabBar>

namespace Kezek {

namespace {

// The keys by their place on the keyboard: what the US layout sends, and
// the letter the Russian (ЙЦУКЕН) or the Kazakh layout puts on the same
// key. Both layouts share the Russian letters; Kazakh puts its own nine on
// the row of digits. The Qt key is the one a Latin (US) layout gives,
// which is also what arrives on platforms with no X11 key codes.
struct KeyPlace
{
    int latinKey;
    char16_t letter;
};

constexpr KeyPlace Places[] = {
    // The Russian layout, row by row.
    {Qt::Key_QuoteLeft, u'Ё'},
    {Qt::Key_Q, u'Й'},
    {Qt::Key_W, u'Ц'},
    {Qt::Key_E, u'У'},
    {Qt::Key_R, u'К'},
    {Qt::Key_T, u'Е'},
    {Qt::Key_Y, u'Н'},
    {Qt::Key_U, u'Г'},
    {Qt::Key_I, u'Ш'},
    {Qt::Key_O, u'Щ'},
    {Qt::Key_P, u'З'},
    {Qt::Key_BracketLeft, u'Х'},
    {Qt::Key_BracketRight, u'Ъ'},
    {Qt::Key_A, u'Ф'},
    {Qt::Key_S, u'Ы'},
    {Qt::Key_D, u'В'},
    {Qt::Key_F, u'А'},
    {Qt::Key_G, u'П'},
    {Qt::Key_H, u'Р'},
    {Qt::Key_J, u'О'},
    {Qt::Key_K, u'Л'},
    {Qt::Key_L, u'Д'},
    {Qt::Key_Semicolon, u'Ж'},
    {Qt::Key_Apostrophe, u'Э'},
    {Qt::Key_Z, u'Я'},
    {Qt::Key_X, u'Ч'},
    {Qt::Key_C, u'С'},
    {Qt::Key_V, u'М'},
    {Qt::Key_B, u'И'},
    {Qt::Key_N, u'Т'},
    {Qt::Key_M, u'Ь'},
    {Qt::Key_Comma, u'Б'},
    {Qt::Key_Period, u'Ю'},
    // The Kazakh layout's own letters, on the digits.
    {Qt::Key_2, u'Ә'},
    {Qt::Key_3, u'І'},
    {Qt::Key_4, u'Ң'},
    {Qt::Key_5, u'Ғ'},
    {Qt::Key_8, u'Ү'},
    {Qt::Key_9, u'Ұ'},
    {Qt::Key_0, u'Қ'},
    {Qt::Key_Minus, u'Ө'},
    {Qt::Key_Equal, u'Һ'},
};

// The letter after the single '&' of a text, upper case; none when there is
// no mnemonic ("&&" is a literal ampersand).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

bool shown(const QWidget *widget, const QWidget *window)
{
    return widget->isEnabled() && widget->isVisibleTo(window) && widget->window() == window;
}

// Does what Qt does for a mnemonic in `window` with one of `letters`; false
// when no mnemonic there has one.
bool trigger(QWidget *window, const QList<QChar> &letters)
{
    const auto matches = [&letters](const QString &text) {
        const QChar letter = mnemonicOf(text);
        return !letter.isNull() && letters.contains(letter);
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!shown(bar, window))
            continue;
        for (QAction *action : bar->actions()) {
            if (action->isVisible() && action->isEnabled() && matches(action->text())) {
                bar->setActiveAction(action); // opens its menu, as Alt and the letter do
                return true;
            }
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button, window) && matches(button->text())) {
            button->setFocus(Qt::ShortcutFocusReason);
            button->click();
            return true;
        }
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (buddy && shown(label, window) && shown(buddy, window) && matches(label->text())) {
            buddy->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs, window))
            continue;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->isTabEnabled(tab) && tabs->isTabVisible(tab) && matches(tabs->tabText(tab))) {
                tabs->setCurrentIndex(tab);
                return true;
            }
        }
    }
    return false;
}

// In an open menu a letter alone is the mnemonic: the item with one of
// `letters` is chosen, unless one of the menu's own has the letter as typed.
bool triggerInMenu(QMenu *menu, const QList<QChar> &letters, const QString &typed)
{
    const QList<QAction *> actions = menu->actions();
    const QChar asTyped = typed.isEmpty() ? QChar() : typed.at(0).toUpper();
    for (const QAction *action : actions) {
        if (!asTyped.isNull() && mnemonicOf(action->text()) == asTyped)
            return false; // Qt's own
    }
    for (QAction *action : actions) {
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull() || !letters.contains(letter) || !action->isVisible()
            || !action->isEnabled() || action->isSeparator())
            continue;
        if (action->menu()) {
            menu->setActiveAction(action);
            return true;
        }
        // As Qt does: the menus close, then the action runs (it may open a
        // dialog of its own).
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        action->activate(QAction::Trigger);
        return true;
    }
    return false;
}

} // namespace

void LayoutMnemonics::install()
{
    static QPointer<LayoutMnemonics> installed;
    if (installed)
        return;
    installed = new LayoutMnemonics;
    installed->setParent(qApp);
    qApp->installEventFilter(installed);
}

QList<QChar> LayoutMnemonics::lettersOnKey(int latinKey)
{
    QList<QChar> letters;
    for (const KeyPlace &place : Places) {
        if (place.latinKey == latinKey)
            letters.append(QChar(place.letter));
    }
    return letters;
}

bool LayoutMnemonics::eventFilter(QObject *watched, QEvent *event)
{
    // A key press reaches a widget only when no shortcut and no mnemonic took
    // it first: this is Alt and a key that meant nothing as it was typed.
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const QList<QChar> letters = lettersOnKey(key->key());
    if (letters.isEmpty())
        return false;
    // An open menu takes the letter alone.
    if (auto *menu = qobject_cast<QMenu *>(watched)) {
        if ((modifiers & ~Qt::ShiftModifier) != Qt::NoModifier)
            return false;
        return triggerInMenu(menu, letters, key->text());
    }
    if (modifiers != Qt::AltModifier)
        return false;
    QWidget *window = static_cast<QWidget *>(watched)->window();
    if (qobject_cast<QMenu *>(window))
        return false;
    return trigger(window, letters);
}

} // namespace Kezek
