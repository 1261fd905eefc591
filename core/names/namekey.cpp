#include "core/names/namekey.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace Kezek {

namespace {

// ICU's own transliterators do the scripts; the passes around them fold what
// they leave apart. Each `::Null ;` ends a pass: a pass works on what the
// one before it wrote.
// 1. Kazakh Cyrillic letters become their Russian neighbours, so that the BGN
//    rules spell them in context (е after a vowel, й); the 2021 Latin's ş and
//    ç become the sh and ch the passports write.
// 2. Russian-Latin/BGN (as passports of the CIS spell: Шевченко, Shevchenko;
//    ICU's default would write "ševčenko"), then any other script, then ASCII
//    (ä ö ü ñ ğ ı ū lose their marks), lowercased, and only letters and digits
//    are kept (apostrophes, the BGN's ʹ for ь).
// 3. Spellings that differ by convention only meet: German tsch and sch, zh
//    and the j of the Kazakh Latin and of Uzbek passports (Ж), dzh and the
//    English j (Джонсон, Johnson), kh and h (Х, Һ), ph, x, q (Қ), w, and y
//    with i (ы, й and the y of "Aliyev"). So the German J written й (Йонас)
//    does not meet Jonas: Kazakhstan's own spellings come first.
//    An h between a vowel and a consonant is silent in some spellings and
//    not written in others (Johnson, Джонсон; Ahmet, Ахмет).
// 4. After a vowel and at a word's start, the e that BGN writes "ye" ("Yermek",
//    "Sergeyev") meets the plain e; after a consonant, "yu" (ю) meets ü.
// 5. German ue oe ae (Mueller) meet ü ö ä, which step 2 made u o a.
// 6. Doubled letters count once (Kassymov, Qasymov).
constexpr char16_t Rules[] = uR"(
ә > а ; Ә > А ; ғ > г ; Ғ > Г ; қ > к ; Қ > К ; ң > н ; Ң > Н ;
ө > о ; Ө > О ; ұ > у ; Ұ > У ; ү > у ; Ү > У ; һ > х ; Һ > Х ; і > и ; І > И ;
ş > sh ; Ş > Sh ; ç > ch ; Ç > Ch ;
::Russian-Latin/BGN ;
::Any-Latin ;
::Latin-ASCII ;
::Lower ;
[^a-z0-9] > ;
::Null ;
tsch > ch ; sch > sh ; dzh > j ; zh > j ; kh > h ; ph > f ; x > ks ; q > k ; w > v ; y > i ;
::Null ;
[aeiou] { h } [b-df-hj-np-tv-z] > ;
::Null ;
[aeiou] { ie > e ;
[b-df-hj-np-tv-z] { iu > u ;
::Null ;
^ ie > e ;
::Null ;
ue > u ; oe > o ; ae > a ;
::Null ;
aa > | a ; bb > | b ; cc > | c ; dd > | d ; ee > | e ; ff > | f ; gg > | g ; hh > | h ;
ii > | i ; jj > | j ; kk > | k ; ll > | l ; mm > | m ; nn > | n ; oo > | o ; pp > | p ;
qq > | q ; rr > | r ; ss > | s ; tt > | t ; uu > | u ; vv > | v ; ww > | w ; xx > | x ;
yy > | y ; zz > | z ;
)";

// Making a transliterator from rules costs milliseconds, using one a few
// microseconds: each thread makes its own once (an ICU transliterator is not
// to be shared between threads) and remembers the words it keyed, as names
// repeat their words.
class Keyer
{
public:
    Keyer()
    {
        UParseError where{};
        UErrorCode status = U_ZERO_ERROR;
        m_transliterator.reset(icu::Transliterator::createFromRules(
            u"kezek-name-key", icu::UnicodeString(Rules), UTRANS_FORWARD, where, status));
        // The rules are the program's own: they fail only in a build whose ICU
        // lacks Russian-Latin/BGN, which tst_namekey reports.
        if (U_FAILURE(status))
            m_transliterator.reset();
    }

    QString key(QStringView word)
    {
        QString text = word.toString();
        if (const auto known = m_known.constFind(text); known != m_known.cend())
            return *known;
        QString key = transliterated(text);
        // Bounded: a long bulk load of distinct words does not grow it forever.
        if (m_known.size() >= 50000)
            m_known.clear();
        m_known.insert(std::move(text), key);
        return key;
    }

private:
    QString transliterated(QStringView word) const
    {
        if (!m_transliterator)
            return word.toString().toLower();
        icu::UnicodeString text(word.utf16(), static_cast<int32_t>(word.size()));
        m_transliterator->transliterate(text);
        return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
    }

    std::unique_ptr<icu::Transliterator> m_transliterator;
    QHash<QString, QString> m_known;
};

} // namespace

QString nameKey(QStringView word)
{
    thread_local Keyer keyer;
    return keyer.key(word);
}

QStringList nameKeys(QStringView name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    QStringList keys;
    for (const QString &word : name.toString().split(separators, Qt::SkipEmptyParts)) {
        const QString key = nameKey(word);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace Kezek
