#pragma once

#include <QChar>
#include <QList>
#include <QObject>

namespace Kezek {

// Alt and a letter of the menus and buttons on either keyboard layout.
// Kazakh and Russian mnemonics are Cyrillic letters (&Жұмыс, &Работа); with
// the Latin layout active the same key sends Alt and a Latin key, which
// matches no mnemonic, and an officer who switches layouts all day would
// have to switch again to reach a menu. When Alt and a key reach a window
// and nothing took them, this finds the mnemonic whose letter lies on the
// same key in the Kazakh and Russian layouts and triggers it, as Qt would
// have: a menu opens, a button is pressed, a label's field takes the focus,
// a tab is chosen. In an open menu the key alone chooses the item, as the
// Cyrillic letter would.
class LayoutMnemonics : public QObject
{
    Q_OBJECT

public:
    // Installed once for the whole application (again is a no-op).
    static void install();

    // The Cyrillic letters (upper case) on the key that sends `latinKey`
    // (a Qt::Key of the US layout) in the Russian and Kazakh layouts.
    static QList<QChar> lettersOnKey(int latinKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Kezek
