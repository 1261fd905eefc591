#include "core/domain/deadlineclock.h"
#include "tests/support/testdata.h"

#include <QTest>

using namespace Kezek;

class TestDeadlineClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueDateCountsAsKazakhLawCounts_data();
    void dueDateCountsAsKazakhLawCounts();
    void everyClockOfTheLawIsDefined();
    void clockIdsRoundTrip();
    void stateFollowsTheDay_data();
    void stateFollowsTheDay();
    void amberFromTheDayTheChipTurns();
    void windowExpiresRatherThanBreaches();
    void stoppedInTimeIsMetAndLateIsBreached();
    void pausedReviewClockMovesItsDueDate();
    void pausedWorkingDayClockSkipsPausedDays();
    void pauseRulesRefuseNonsense();
    void unconfirmedYearIsReported();
};

void TestDeadlineClock::dueDateCountsAsKazakhLawCounts_data()
{
    QTest::addColumn<QString>("clock");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("due");

    // Working days start the day after the event.
    QTest::newRow("registration from a Friday")
        << "registration" << QDate(2025, 11, 21) << QDate(2025, 11, 25);
    QTest::newRow("registration from a Monday")
        << "registration" << QDate(2025, 11, 24) << QDate(2025, 11, 26);
    QTest::newRow("registration over Nauryz 2025")
        << "registration" << QDate(2025, 3, 20) << QDate(2025, 3, 27);
    QTest::newRow("registration over the new year")
        << "registration" << QDate(2025, 12, 30) << QDate(2026, 1, 5);
    QTest::newRow("registration into the worked Sunday")
        << "registration" << QDate(2025, 1, 2) << QDate(2025, 1, 6);
    QTest::newRow("hub admission over Kurban Ait")
        << "hub-admission" << QDate(2026, 5, 25) << QDate(2026, 5, 28);
    QTest::newRow("CSC one working day, Friday")
        << "csc-registration" << QDate(2025, 11, 21) << QDate(2025, 11, 24);
    QTest::newRow("final verification over 16 Dec")
        << "final-verification" << QDate(2025, 12, 12) << QDate(2025, 12, 18);
    // Calendar days; a last day off moves to the next working day.
    QTest::newRow("rework ends on a carry-over")
        << "rework" << QDate(2025, 3, 19) << QDate(2025, 3, 26);
    QTest::newRow("rework ends on a Tuesday")
        << "rework" << QDate(2025, 11, 20) << QDate(2025, 11, 25);
    QTest::newRow("rework ends on a Saturday")
        << "rework" << QDate(2025, 11, 17) << QDate(2025, 11, 24);
    QTest::newRow("NSC 25 days") << "nsc" << QDate(2025, 11, 3) << QDate(2025, 11, 28);
    QTest::newRow("review 45 days across the year end")
        << "review" << QDate(2025, 11, 18) << QDate(2026, 1, 5);
    QTest::newRow("review 45 days in a leap February")
        << "review" << QDate(2028, 1, 20) << QDate(2028, 3, 6);
    QTest::newRow("approval 30 days to Independence Day")
        << "approval-validity" << QDate(2025, 11, 16) << QDate(2025, 12, 17);
    // Years: the same month and day; 29 February ends on 28 February.
    QTest::newRow("ban from a leap day")
        << "reapply-ban" << QDate(2024, 2, 29) << QDate(2025, 2, 28);
    QTest::newRow("ban on an ordinary day")
        << "reapply-ban" << QDate(2025, 6, 10) << QDate(2026, 6, 10);
    QTest::newRow("ban ending on a weekend is not lengthened")
        << "reapply-ban" << QDate(2025, 3, 7) << QDate(2026, 3, 7);
}

void TestDeadlineClock::dueDateCountsAsKazakhLawCounts()
{
    QFETCH(QString, clock);
    QFETCH(QDate, start);
    QFETCH(QDate, due);
    const auto kind = clockKindFromId(clock);
    QVERIFY(kind);
    QCOMPARE(dueDate(*kind, start, TestData::calendar()), due);
}

void TestDeadlineClock::everyClockOfTheLawIsDefined()
{
    struct Expected
    {
        const char *id;
        int length;
        PeriodUnit unit;
    };
    // PROCESS.md, "Deadlines at a glance".
    const Expected table[] = {
        {"hub-admission", 2, PeriodUnit::WorkingDays},
        {"registration", 2, PeriodUnit::WorkingDays},
        {"rework", 5, PeriodUnit::CalendarDays},
        {"nsc", 25, PeriodUnit::CalendarDays},
        {"review", 45, PeriodUnit::CalendarDays},
        {"approval-validity", 30, PeriodUnit::CalendarDays},
        {"csc-registration", 1, PeriodUnit::WorkingDays},
        {"final-verification", 3, PeriodUnit::WorkingDays},
        {"reapply-ban", 1, PeriodUnit::Years},
    };
    QCOMPARE(allClockKinds().size(), qsizetype(std::size(table)));
    for (const Expected &expected : table) {
        const auto kind = clockKindFromId(QString::fromLatin1(expected.id));
        QVERIFY2(kind, expected.id);
        QCOMPARE(clockDefinition(*kind).length, expected.length);
        QCOMPARE(clockDefinition(*kind).unit, expected.unit);
        QVERIFY(!clockDefinition(*kind).title().isEmpty());
    }
}

void TestDeadlineClock::clockIdsRoundTrip()
{
    for (ClockKind kind : allClockKinds())
        QCOMPARE(clockKindFromId(clockId(kind)), kind);
    QVERIFY(!clockKindFromId(u"coffee-break"));
}

void TestDeadlineClock::stateFollowsTheDay_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<ClockState>("state");
    QTest::addColumn<int>("left");
    QTest::addColumn<bool>("warning");
    // Registration started Friday 21 Nov 2025, due Tuesday 25 Nov.
    QTest::newRow("same day") << QDate(2025, 11, 21) << ClockState::Running << 2 << false;
    QTest::newRow("weekend") << QDate(2025, 11, 22) << ClockState::Running << 2 << false;
    QTest::newRow("one working day left")
        << QDate(2025, 11, 24) << ClockState::Running << 1 << true;
    QTest::newRow("due today") << QDate(2025, 11, 25) << ClockState::Running << 0 << true;
    QTest::newRow("a day late") << QDate(2025, 11, 26) << ClockState::Breached << -1 << false;
    QTest::newRow("a week late") << QDate(2025, 12, 2) << ClockState::Breached << -5 << false;
}

void TestDeadlineClock::stateFollowsTheDay()
{
    QFETCH(QDate, today);
    QFETCH(ClockState, state);
    QFETCH(int, left);
    QFETCH(bool, warning);
    const DeadlineClock clock(ClockKind::Registration, QDate(2025, 11, 21));
    const ClockStatus status = clock.status(TestData::calendar(), today);
    QCOMPARE(status.due, QDate(2025, 11, 25));
    QCOMPARE(status.state, state);
    QCOMPARE(status.left, left);
    QCOMPARE(status.leftUnit, PeriodUnit::WorkingDays);
    QCOMPARE(status.warning, warning);
    // A duty is late from the day after its due day.
    QCOMPARE(lastLateDue(today), today.addDays(-1));
    QCOMPARE(status.due <= lastLateDue(today), state == ClockState::Breached);
}

// The chips, the deadline banner and the overdue queue count by one
// threshold: a day needs attention from warningFrom on exactly when a chip
// on that day is amber, for every clock, over Nauryz and the May holidays.
void TestDeadlineClock::amberFromTheDayTheChipTurns()
{
    const BusinessCalendar &calendar = TestData::calendar();
    for (ClockKind kind : allClockKinds()) {
        for (QDate start(2026, 3, 16); start <= QDate(2026, 5, 12); start = start.addDays(3)) {
            const DeadlineClock clock(kind, start);
            const QDate due = clock.dueDate(calendar, start);
            const QDate amber = warningFrom(kind, due, calendar);
            QVERIFY(amber <= due);
            for (QDate day = start; day <= due; day = day.addDays(1)) {
                const ClockStatus status = clock.status(calendar, day);
                QVERIFY2(status.warning == (day >= amber),
                         qPrintable(QStringLiteral("%1 from %2 on %3")
                                        .arg(clockId(kind),
                                             start.toString(Qt::ISODate),
                                             day.toString(Qt::ISODate))));
            }
        }
    }
}

void TestDeadlineClock::windowExpiresRatherThanBreaches()
{
    const DeadlineClock rework(ClockKind::Rework, QDate(2025, 11, 20));
    const ClockStatus status = rework.status(TestData::calendar(), QDate(2025, 11, 27));
    QCOMPARE(status.state, ClockState::Expired);
    QCOMPARE(status.left, -2);
    QCOMPARE(status.leftUnit, PeriodUnit::CalendarDays);
    QCOMPARE(clockDefinition(ClockKind::Rework).onExpiry, ExpiryMeaning::ApplicationDeleted);
    QCOMPARE(clockDefinition(ClockKind::ApprovalValidity).onExpiry,
             ExpiryMeaning::DecisionAnnulled);
}

void TestDeadlineClock::stoppedInTimeIsMetAndLateIsBreached()
{
    DeadlineClock inTime(ClockKind::FinalVerification, QDate(2025, 11, 21));
    QVERIFY(inTime.stop(QDate(2025, 11, 26)));
    QCOMPARE(inTime.status(TestData::calendar(), QDate(2026, 1, 1)).state, ClockState::Met);

    DeadlineClock late(ClockKind::FinalVerification, QDate(2025, 11, 21));
    QVERIFY(late.stop(QDate(2025, 11, 27)));
    const ClockStatus status = late.status(TestData::calendar(), QDate(2026, 1, 1));
    QCOMPARE(status.state, ClockState::Breached);
    QCOMPARE(status.left, -1); // measured at the stop, not today
    QVERIFY(!late.stop(QDate(2025, 11, 28)));
}

void TestDeadlineClock::pausedReviewClockMovesItsDueDate()
{
    // 45 days from 3 Nov 2025 is 18 Dec; paused 4-10 Nov (6 days) it is 24 Dec.
    DeadlineClock review(ClockKind::Review, QDate(2025, 11, 3));
    QVERIFY(review.pause(QDate(2025, 11, 4)));
    const ClockStatus paused = review.status(TestData::calendar(), QDate(2025, 11, 6));
    QCOMPARE(paused.state, ClockState::Paused);
    QVERIFY(!paused.warning);
    QVERIFY(review.resume(QDate(2025, 11, 10)));
    QCOMPARE(review.dueDate(TestData::calendar(), QDate(2025, 11, 20)), QDate(2025, 12, 24));
    QCOMPARE(review.status(TestData::calendar(), QDate(2025, 11, 20)).state, ClockState::Running);
}

void TestDeadlineClock::pausedWorkingDayClockSkipsPausedDays()
{
    // From Monday 24 Nov: due Wednesday 26; paused Tue 25 to Thu 27: due Friday 28.
    DeadlineClock clock(ClockKind::Registration, QDate(2025, 11, 24));
    QVERIFY(clock.pause(QDate(2025, 11, 25)));
    QVERIFY(clock.resume(QDate(2025, 11, 27)));
    QCOMPARE(clock.dueDate(TestData::calendar(), QDate(2025, 11, 27)), QDate(2025, 11, 28));
}

void TestDeadlineClock::pauseRulesRefuseNonsense()
{
    DeadlineClock clock(ClockKind::Review, QDate(2025, 11, 3));
    QVERIFY(!clock.resume(QDate(2025, 11, 4))); // not paused
    QVERIFY(!clock.pause(QDate(2025, 11, 2)));  // before it started
    QVERIFY(clock.pause(QDate(2025, 11, 4)));
    QVERIFY(!clock.pause(QDate(2025, 11, 5)));  // already paused
    QVERIFY(!clock.resume(QDate(2025, 11, 3))); // before the pause
    QVERIFY(clock.stop(QDate(2025, 11, 6)));    // a stop ends the pause
    QVERIFY(!clock.isPaused());
    QCOMPARE(clock.pauses().constLast().until, QDate(2025, 11, 6));
}

void TestDeadlineClock::unconfirmedYearIsReported()
{
    const DeadlineClock clock(ClockKind::Review, QDate(2026, 12, 1));
    const ClockStatus status = clock.status(TestData::calendar(), QDate(2026, 12, 1));
    QVERIFY(!status.calendarConfirmed); // runs into 2027, which has no decree yet
    QVERIFY(DeadlineClock(ClockKind::Review, QDate(2025, 10, 1))
                .status(TestData::calendar(), QDate(2025, 10, 1))
                .calendarConfirmed);
}

QTEST_GUILESS_MAIN(TestDeadlineClock)
#include "tst_deadlineclock.moc"
