#include "core/names/namekey.h"

#include <QTest>

#include <thread>

using namespace Kezek;

// Issue 31 point 5: an applicant's name comes from the passport (MRZ Latin),
// from eGov (Cyrillic or the Kazakh Latin of 2021) and from an officer's
// typing; the person is found however it was written.
class TestNameKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellingsOfOneNameMeet_data();
    void spellingsOfOneNameMeet();
    void differentNamesStayApart_data();
    void differentNamesStayApart();
    void typedBeginningFindsTheWholeName_data();
    void typedBeginningFindsTheWholeName();
    void nameGivesEachWordsKeyOnce();
    void wordWithoutLettersHasNoKey();
    void threadsKeyAlike();
};

void TestNameKey::spellingsOfOneNameMeet_data()
{
    QTest::addColumn<QStringList>("spellings");
    // The issue's own examples.
    QTest::newRow("German: Cyrillic, ue, umlaut, MRZ")
        << QStringList{u"Мюллер"_qs, u"Mueller"_qs, u"Müller"_qs, u"MUELLER"_qs};
    QTest::newRow("Kazakh ә: Cyrillic, BGN, Kazakh Latin, Russian")
        << QStringList{u"Әлиев"_qs, u"Aliyev"_qs, u"Äliev"_qs, u"Алиев"_qs, u"ALIYEV"_qs};
    // Every Kazakh letter Russian has not: ғ қ ң ө ұ ү һ і.
    QTest::newRow("қ and ы") << QStringList{
        u"Қасымов"_qs, u"Qasymov"_qs, u"Kassymov"_qs, u"KASYMOV"_qs, u"Kasymov"_qs};
    QTest::newRow("ғ and ж") << QStringList{
        u"Ғалымжан"_qs, u"Ğalymjan"_qs, u"Galymzhan"_qs, u"GALYMZHAN"_qs};
    QTest::newRow("ұ") << QStringList{u"Нұрлан"_qs, u"Nūrlan"_qs, u"Nurlan"_qs, u"NURLAN"_qs};
    QTest::newRow("ө, і and қ") << QStringList{
        u"Өмірзақ"_qs, u"Ömirzaq"_qs, u"Omirzak"_qs, u"OMIRZAK"_qs};
    QTest::newRow("ү") << QStringList{u"Үсенова"_qs, u"Üsenova"_qs, u"Usenova"_qs};
    QTest::newRow("ң and ж") << QStringList{u"Жаңабек"_qs, u"Jañabek"_qs, u"Zhanabek"_qs};
    QTest::newRow("һ") << QStringList{u"Шаһизада"_qs, u"Şahizada"_qs, u"Shakhizada"_qs};
    QTest::newRow("х") << QStringList{u"Хасенов"_qs, u"Khasenov"_qs, u"Hasenov"_qs};
    QTest::newRow("і and й") << QStringList{u"Ілияс"_qs, u"Ilyas"_qs, u"Iliyas"_qs, u"İlyas"_qs};
    // Russian names as passports, Germans and the English write them.
    QTest::newRow("ш and ч") << QStringList{
        u"Шевченко"_qs, u"Shevchenko"_qs, u"Şevçenko"_qs, u"Schewtschenko"_qs};
    QTest::newRow("е at the start")
        << QStringList{u"Евгений"_qs, u"Yevgeniy"_qs, u"Evgeny"_qs, u"Evgenii"_qs};
    QTest::newRow("е after a vowel") << QStringList{u"Сергеев"_qs, u"Sergeyev"_qs, u"Sergeev"_qs};
    QTest::newRow("дж and j") << QStringList{u"Джонсон"_qs, u"Johnson"_qs, u"JOHNSON"_qs};
    QTest::newRow("ж in Uzbek passports") << QStringList{u"Жасур"_qs, u"JASUR"_qs, u"Zhasur"_qs};
    QTest::newRow("h before a consonant") << QStringList{u"Ахмет"_qs, u"Akhmet"_qs, u"Ahmet"_qs};
    QTest::newRow("кс and x") << QStringList{u"Алексей"_qs, u"Aleksey"_qs, u"Alexei"_qs};
    QTest::newRow("ия") << QStringList{u"Мария"_qs, u"Maria"_qs, u"Mariya"_qs};
    QTest::newRow("apostrophe") << QStringList{u"O'Neil"_qs, u"ONeil"_qs, u"O’Neil"_qs};
}

void TestNameKey::spellingsOfOneNameMeet()
{
    QFETCH(QStringList, spellings);
    const QString first = nameKey(spellings.constFirst());
    QVERIFY(!first.isEmpty());
    for (const QString &spelling : std::as_const(spellings)) {
        QVERIFY2(nameKey(spelling) == first,
                 qPrintable(spellings.constFirst() + u" gives " + first + u", " + spelling
                            + u" gives " + nameKey(spelling)));
    }
}

void TestNameKey::differentNamesStayApart_data()
{
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("other");
    // A surname and its feminine form are two words: a search by the one
    // still finds the other by its start, but they are not one key.
    QTest::newRow("masculine and feminine") << u"Иванов"_qs << u"Ivanova"_qs;
    QTest::newRow("Алиев and Алиева") << u"Алиев"_qs << u"Aliyeva"_qs;
    // Umlauts that differ are different names.
    QTest::newRow("ü and ö") << u"Müller"_qs << u"Möller"_qs;
    QTest::newRow("ю and е") << u"Мюллер"_qs << u"Меллер"_qs;
    // The Kazakh Latin j is ж, not the y of я.
    QTest::newRow("ж and я") << u"Жанна"_qs << u"Yana"_qs;
    QTest::newRow("one vowel apart") << u"Ахметов"_qs << u"Akhmatov"_qs;
    QTest::newRow("қ and ғ") << u"Қали"_qs << u"Ğali"_qs;
}

void TestNameKey::differentNamesStayApart()
{
    QFETCH(QString, one);
    QFETCH(QString, other);
    QVERIFY2(nameKey(one) != nameKey(other), qPrintable(nameKey(one)));
}

void TestNameKey::typedBeginningFindsTheWholeName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("name");
    QTest::newRow("Cyrillic for MRZ") << u"Мюл"_qs << u"MUELLER"_qs;
    QTest::newRow("German for Cyrillic") << u"Muel"_qs << u"Мюллер"_qs;
    QTest::newRow("umlaut for German") << u"Mül"_qs << u"Mueller"_qs;
    QTest::newRow("Russian for Kazakh") << u"Али"_qs << u"Әлиев"_qs;
    QTest::newRow("Latin for Kazakh") << u"Kasym"_qs << u"Қасымов"_qs;
    QTest::newRow("Kazakh Latin for MRZ") << u"Jañ"_qs << u"ZHANABEK"_qs;
}

void TestNameKey::typedBeginningFindsTheWholeName()
{
    QFETCH(QString, typed);
    QFETCH(QString, name);
    QVERIFY2(nameKey(name).startsWith(nameKey(typed)),
             qPrintable(nameKey(typed) + u" / " + nameKey(name)));
}

void TestNameKey::nameGivesEachWordsKeyOnce()
{
    QCOMPARE(nameKeys(u"Müller-Mueller  Anna Maria"),
             (QStringList{u"muler"_qs, u"ana"_qs, u"maria"_qs}));
}

void TestNameKey::wordWithoutLettersHasNoKey()
{
    QCOMPARE(nameKey(u"'"), QString());
    QCOMPARE(nameKeys(u"Мюллер - ' Anna"), (QStringList{u"muler"_qs, u"ana"_qs}));
}

// The workstation keys names on its sync thread and its window's thread at
// once: each thread's transliterator gives the same keys.
void TestNameKey::threadsKeyAlike()
{
    QString elsewhere;
    std::thread other([&] { elsewhere = nameKey(u"Әлиев"); });
    other.join();
    QCOMPARE(elsewhere, nameKey(u"Aliyev"));
}

QTEST_GUILESS_MAIN(TestNameKey)
#include "tst_namekey.moc"
