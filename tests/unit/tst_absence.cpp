#include "core/domain/absence.h"

#include <QTest>

using namespace Kezek;

Q_DECLARE_METATYPE(Kezek::Role)

namespace {

const QDate Monday(2026, 3, 2);

Actor person(Role role, std::optional<City> city, const char *id = "officer")
{
    return {role, city, QString::fromLatin1(id)};
}

} // namespace

// Who may mark whom absent, and when (issue 31, point 2): a supervisor of
// the person's city, an officer or CSC operator, an absence that does not
// end before it starts nor meet another of the same person.
class TestAbsence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSupervisorMarksTheirCitysOfficersAbsentOnly_data();
    void aSupervisorMarksTheirCitysOfficersAbsentOnly();
    void anAbsenceIsRefusedWhenReversedOrOverlapping_data();
    void anAbsenceIsRefusedWhenReversedOrOverlapping();
    void theFirstAndLastDayAreIncluded();
};

void TestAbsence::aSupervisorMarksTheirCitysOfficersAbsentOnly_data()
{
    QTest::addColumn<Role>("marker");
    QTest::addColumn<Role>("marked");
    QTest::addColumn<int>("markedCity");
    QTest::addColumn<QString>("code");
    const int astana = int(City::Astana);
    const int almaty = int(City::Almaty);
    QTest::newRow("officer") << Role::Supervisor << Role::MigrationOfficer << astana << QString();
    QTest::newRow("csc operator") << Role::Supervisor << Role::CscOperator << astana << QString();
    QTest::newRow("another city") << Role::Supervisor << Role::MigrationOfficer << almaty
                                  << QStringLiteral("absence.city");
    QTest::newRow("a supervisor holds no cases")
        << Role::Supervisor << Role::Supervisor << astana << QStringLiteral("absence.role");
    QTest::newRow("the ministry holds no cases")
        << Role::Supervisor << Role::MinistryReviewer << astana << QStringLiteral("absence.role");
    QTest::newRow("an officer marks nobody") << Role::MigrationOfficer << Role::MigrationOfficer
                                             << astana << QStringLiteral("absence.role");
}

void TestAbsence::aSupervisorMarksTheirCitysOfficersAbsentOnly()
{
    QFETCH(Role, marker);
    QFETCH(Role, marked);
    QFETCH(int, markedCity);
    QFETCH(QString, code);
    const Absence absence{QStringLiteral("a"), QStringLiteral("officer"), Monday, Monday};
    const auto ok = mayMarkAbsent(
        person(marker, City::Astana, "supervisor"), person(marked, City(markedCity)), absence, {});
    QCOMPARE(ok ? QString() : ok.error().code, code);
    if (!ok)
        QVERIFY(!ok.error().message.isEmpty());
}

void TestAbsence::anAbsenceIsRefusedWhenReversedOrOverlapping_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("code");
    // Known: Monday to Friday of the same week.
    QTest::newRow("the week after") << Monday.addDays(7) << Monday.addDays(11) << QString();
    QTest::newRow("the day before") << Monday.addDays(-1) << Monday.addDays(-1) << QString();
    QTest::newRow("one day") << Monday.addDays(20) << Monday.addDays(20) << QString();
    QTest::newRow("reversed") << Monday.addDays(20) << Monday.addDays(19)
                              << QStringLiteral("absence.reversed");
    QTest::newRow("touches its last day")
        << Monday.addDays(4) << Monday.addDays(8) << QStringLiteral("absence.overlaps");
    QTest::newRow("touches its first day")
        << Monday.addDays(-3) << Monday << QStringLiteral("absence.overlaps");
    QTest::newRow("inside it") << Monday.addDays(1) << Monday.addDays(2)
                               << QStringLiteral("absence.overlaps");
    QTest::newRow("around it") << Monday.addDays(-1) << Monday.addDays(9)
                               << QStringLiteral("absence.overlaps");
    QTest::newRow("no first day") << QDate() << Monday << QStringLiteral("absence.dates");
}

void TestAbsence::anAbsenceIsRefusedWhenReversedOrOverlapping()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, code);
    const QList<Absence> known{
        {QStringLiteral("k"), QStringLiteral("officer"), Monday, Monday.addDays(4)},
        // Another person's absence never clashes with this one's.
        {QStringLiteral("o"), QStringLiteral("colleague"), Monday.addDays(20), Monday.addDays(30)}};
    const auto ok = mayMarkAbsent(person(Role::Supervisor, City::Astana, "supervisor"),
                                  person(Role::MigrationOfficer, City::Astana),
                                  {QStringLiteral("n"), QStringLiteral("officer"), from, to},
                                  known);
    QCOMPARE(ok ? QString() : ok.error().code, code);
}

void TestAbsence::theFirstAndLastDayAreIncluded()
{
    const QList<Absence> absences{
        {QStringLiteral("k"), QStringLiteral("officer"), Monday, Monday.addDays(4)}};
    QVERIFY(!isAbsentOn(absences, Monday.addDays(-1)));
    QVERIFY(isAbsentOn(absences, Monday));
    QVERIFY(isAbsentOn(absences, Monday.addDays(4)));
    QVERIFY(!isAbsentOn(absences, Monday.addDays(5)));
}

QTEST_APPLESS_MAIN(TestAbsence)
#include "tst_absence.moc"
