#include "core/domain/possibleduplicates.h"
#include "tests/support/builders.h"

#include <QTest>

using namespace Kezek;

// Issue 31 point 5: which earlier cases intake flags as possibly the same
// person under another IIN or passport.
class TestPossibleDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSamePersonUnderAnotherIdentityIsFlagged_data();
    void theSamePersonUnderAnotherIdentityIsFlagged();
    void aCaseWithoutNameOrBirthDateHasNoPersonKey();
};

namespace {

Case caseOf(const QString &number,
            const QString &surname,
            const QString &givenNames,
            const QString &iin,
            const QString &passport,
            QDate born = QDate(1990, 5, 15))
{
    Case c = Builders::caseIn(CaseState::Received);
    c.id = number;
    c.number = number;
    c.applicant.surname = surname;
    c.applicant.givenNames = givenNames;
    c.applicant.iin = iin;
    c.applicant.passportNumber = passport;
    c.applicant.birthDate = born;
    return c;
}

} // namespace

void TestPossibleDuplicates::theSamePersonUnderAnotherIdentityIsFlagged_data()
{
    QTest::addColumn<Case>("earlier");
    QTest::addColumn<bool>("flagged");
    const QString iin = QStringLiteral("900515300008");
    QTest::newRow("another IIN, the name in Cyrillic")
        << caseOf(u"E"_qs, u"Мюллер"_qs, u"JONAS"_qs, u"900515300921"_qs, u"C01X00T47"_qs) << true;
    QTest::newRow("another IIN and passport, Kazakh Latin")
        << caseOf(u"E"_qs, u"Müller"_qs, u"Jonas"_qs, u"900515300921"_qs, u"X1"_qs) << true;
    QTest::newRow("surname and given names swapped")
        << caseOf(u"E"_qs, u"JONAS"_qs, u"MUELLER"_qs, u"900515300921"_qs, u"X1"_qs) << true;
    // The applicant's own earlier case, with a new passport: tied by the IIN.
    QTest::newRow("the same IIN") << caseOf(u"E"_qs, u"MUELLER"_qs, u"JONAS"_qs, iin, u"X9"_qs)
                                  << false;
    QTest::newRow("no IIN, another passport")
        << caseOf(u"E"_qs, u"MUELLER"_qs, u"JONAS"_qs, QString(), u"X9"_qs) << true;
    QTest::newRow("no IIN, the same passport")
        << caseOf(u"E"_qs, u"MUELLER"_qs, u"JONAS"_qs, QString(), u"c01x00t47"_qs) << false;
    QTest::newRow("born on another day") << caseOf(
        u"E"_qs, u"MUELLER"_qs, u"JONAS"_qs, u"900516300921"_qs, u"X1"_qs, QDate(1990, 5, 16))
                                         << false;
    QTest::newRow("another name") << caseOf(
        u"E"_qs, u"MOELLER"_qs, u"JONAS"_qs, u"900515300921"_qs, u"X1"_qs)
                                  << false;
    // Its number would reach staff who may not see the other city's cases.
    Case elsewhere = caseOf(u"E"_qs, u"MUELLER"_qs, u"JONAS"_qs, u"900515300921"_qs, u"X1"_qs);
    elsewhere.city = City::Almaty;
    QTest::newRow("another IIN, but in another city") << elsewhere << false;
    QTest::newRow("another given name")
        << caseOf(u"E"_qs, u"MUELLER"_qs, u"LUKAS"_qs, u"900515300921"_qs, u"X1"_qs) << false;
}

void TestPossibleDuplicates::theSamePersonUnderAnotherIdentityIsFlagged()
{
    QFETCH(Case, earlier);
    QFETCH(bool, flagged);
    Case taken = caseOf(u"N"_qs, u"MUELLER"_qs, u"JONAS"_qs, u"900515300008"_qs, u"C01X00T47"_qs);
    QCOMPARE(taken.city, City::Astana);
    const QStringList found = possibleDuplicatesOf(taken, {earlier});
    QCOMPARE(found, flagged ? QStringList{u"E"_qs} : QStringList());
    // A case is never its own duplicate.
    QVERIFY(possibleDuplicatesOf(taken, {taken}).isEmpty());
}

void TestPossibleDuplicates::aCaseWithoutNameOrBirthDateHasNoPersonKey()
{
    Case purged = caseOf(u"P"_qs, QString(), QString(), QString(), QString());
    QCOMPARE(personKey(purged.applicant), QString());
    Case undated = caseOf(u"U"_qs, u"MUELLER"_qs, u"JONAS"_qs, u"1"_qs, u"X"_qs, QDate());
    QCOMPARE(personKey(undated.applicant), QString());
    QVERIFY(possibleDuplicatesOf(
                undated, {caseOf(u"E"_qs, u"MUELLER"_qs, u"JONAS"_qs, u"2"_qs, u"Y"_qs, QDate())})
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestPossibleDuplicates)
#include "tst_possibleduplicates.moc"
