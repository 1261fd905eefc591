#include "core/calendar/businesscalendar.h"
#include "tests/support/testdata.h"

#include <QTest>

using namespace Kezek;

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayKinds_data();
    void dayKinds();
    void publishedCarryOversAreComputedFromTheRule_data();
    void publishedCarryOversAreComputedFromTheRule();
    void year2025HasTheDecreed246WorkingDays();
    void constitutionDayMovedWithTheConstitutionOf2026();
    void earlierYearsTransfersAreExpressible_data();
    void earlierYearsTransfersAreExpressible();
    void yearWithoutDataFallsBackToStatuteAndIsUnconfirmed();
    void religiousDayOnWeekendIsNotCarriedOver();
    void addWorkingDaysSkipsEveryDayOff_data();
    void addWorkingDaysSkipsEveryDayOff();
    void workingDaysBetweenCountsEachDayOnceAnywhere();
    void brokenDataIsRefusedWithAReason_data();
    void brokenDataIsRefusedWithAReason();
};

void TestBusinessCalendar::dayKinds_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::addColumn<DayKind>("kind");

    QTest::newRow("ordinary Monday") << QDate(2025, 11, 24) << true << DayKind::Working;
    QTest::newRow("ordinary Saturday") << QDate(2025, 11, 22) << false << DayKind::Weekend;
    QTest::newRow("New Year on a Wednesday")
        << QDate(2025, 1, 1) << false << DayKind::PublicHoliday;
    QTest::newRow("transfer: Friday 3 Jan 2025 off")
        << QDate(2025, 1, 3) << false << DayKind::TransferredDayOff;
    QTest::newRow("transfer: Sunday 5 Jan 2025 worked")
        << QDate(2025, 1, 5) << true << DayKind::TransferredWorkday;
    QTest::newRow("Orthodox Christmas 2025")
        << QDate(2025, 1, 7) << false << DayKind::ReligiousDayOff;
    QTest::newRow("Nauryz Friday 21 Mar 2025")
        << QDate(2025, 3, 21) << false << DayKind::PublicHoliday;
    QTest::newRow("Kurban Ait 2025") << QDate(2025, 6, 6) << false << DayKind::ReligiousDayOff;
    QTest::newRow("Kurban Ait 2026") << QDate(2026, 5, 27) << false << DayKind::ReligiousDayOff;
    QTest::newRow("Independence Day 2026")
        << QDate(2026, 12, 16) << false << DayKind::PublicHoliday;
    QTest::newRow("New Year's Eve 2025 works") << QDate(2025, 12, 31) << true << DayKind::Working;
    QTest::newRow("2 Jan 2026 Friday") << QDate(2026, 1, 2) << false << DayKind::PublicHoliday;
    QTest::newRow("5 Jan 2026 Monday works") << QDate(2026, 1, 5) << true << DayKind::Working;
    QTest::newRow("leap day 2028 works") << QDate(2028, 2, 29) << true << DayKind::Working;
}

void TestBusinessCalendar::dayKinds()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QFETCH(DayKind, kind);
    const BusinessCalendar &calendar = TestData::calendar();
    QCOMPARE(calendar.isWorkingDay(date), working);
    QCOMPARE(calendar.day(date).kind, kind);
}

void TestBusinessCalendar::publishedCarryOversAreComputedFromTheRule_data()
{
    // PROCESS.md's published carry-overs: the data states only the rule, the
    // dates come out of it.
    QTest::addColumn<QDate>("carryOver");
    QTest::addColumn<QDate>("holiday");
    QTest::newRow("2025 8 Mar") << QDate(2025, 3, 10) << QDate(2025, 3, 8);
    QTest::newRow("2025 22 Mar") << QDate(2025, 3, 24) << QDate(2025, 3, 22);
    QTest::newRow("2025 23 Mar") << QDate(2025, 3, 25) << QDate(2025, 3, 23);
    QTest::newRow("2025 6 Jul") << QDate(2025, 7, 7) << QDate(2025, 7, 6);
    QTest::newRow("2025 30 Aug") << QDate(2025, 9, 1) << QDate(2025, 8, 30);
    QTest::newRow("2025 25 Oct") << QDate(2025, 10, 27) << QDate(2025, 10, 25);
    QTest::newRow("2026 8 Mar") << QDate(2026, 3, 9) << QDate(2026, 3, 8);
    QTest::newRow("2026 21 Mar over Nauryz Monday") << QDate(2026, 3, 24) << QDate(2026, 3, 21);
    QTest::newRow("2026 22 Mar") << QDate(2026, 3, 25) << QDate(2026, 3, 22);
    QTest::newRow("2026 9 May") << QDate(2026, 5, 11) << QDate(2026, 5, 9);
    QTest::newRow("2026 25 Oct") << QDate(2026, 10, 26) << QDate(2026, 10, 25);
}

void TestBusinessCalendar::publishedCarryOversAreComputedFromTheRule()
{
    QFETCH(QDate, carryOver);
    QFETCH(QDate, holiday);
    const CalendarDay day = TestData::calendar().day(carryOver);
    QCOMPARE(day.kind, DayKind::CarryOver);
    QCOMPARE(day.relatedDate, holiday);
    QVERIFY(!day.name.en.isEmpty());
    QVERIFY(!day.name.kk.isEmpty());
}

void TestBusinessCalendar::year2025HasTheDecreed246WorkingDays()
{
    const BusinessCalendar &calendar = TestData::calendar();
    QCOMPARE(calendar.workingDayCount(2025), 246);
    QVERIFY(calendar.isConfirmed(2025));
    QVERIFY(calendar.isConfirmed(2026));
    // 1-4 January 2026 are days off: two holidays and a weekend.
    for (int day = 1; day <= 4; ++day)
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, day)));
    // Exactly the carry-overs PROCESS.md lists for 2026, and no others:
    // no Constitution Day (30 August, a Sunday) to carry to 31 August.
    QList<QDate> carryOvers;
    for (const CalendarDay &day : calendar.specialDays(2026)) {
        if (day.kind == DayKind::CarryOver)
            carryOvers.append(day.date);
    }
    QCOMPARE(carryOvers,
             (QList<QDate>{QDate(2026, 3, 9),
                           QDate(2026, 3, 24),
                           QDate(2026, 3, 25),
                           QDate(2026, 5, 11),
                           QDate(2026, 10, 26)}));
    QCOMPARE(calendar.workingDayCount(2026), 247);
}

void TestBusinessCalendar::constitutionDayMovedWithTheConstitutionOf2026()
{
    // The Constitution adopted by the referendum of 15 March 2026 made 15 March
    // Constitution Day, observed from 2027; 30 August was one through 2025.
    const BusinessCalendar &calendar = TestData::calendar();
    QCOMPARE(calendar.day(QDate(2025, 8, 30)).kind, DayKind::PublicHoliday);
    QCOMPARE(calendar.day(QDate(2025, 9, 1)).kind, DayKind::CarryOver);
    QCOMPARE(calendar.day(QDate(2026, 8, 30)).kind, DayKind::Weekend);
    QVERIFY(calendar.isWorkingDay(QDate(2026, 8, 31)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 16))); // 15 March 2026: a Sunday, no holiday yet
    QCOMPARE(calendar.day(QDate(2027, 3, 15)).kind, DayKind::PublicHoliday);
    QCOMPARE(calendar.day(QDate(2027, 3, 15)).name.in(u"en"), QStringLiteral("Constitution Day"));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 8, 30)));
    // 2027 by the statutory rules, unconfirmed until its decree: the carry-overs
    // PROCESS.md lists.
    QVERIFY(!calendar.isConfirmed(2027));
    QList<QDate> carryOvers;
    for (const CalendarDay &day : calendar.specialDays(2027)) {
        if (day.kind == DayKind::CarryOver)
            carryOvers.append(day.date);
    }
    QCOMPARE(carryOvers,
             (QList<QDate>{
                 QDate(2027, 1, 4), QDate(2027, 3, 24), QDate(2027, 5, 3), QDate(2027, 5, 10)}));
}

void TestBusinessCalendar::earlierYearsTransfersAreExpressible_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayKind>("kind");
    QTest::newRow("2024: Saturday 4 May worked")
        << QDate(2024, 5, 4) << DayKind::TransferredWorkday;
    QTest::newRow("2024: Wednesday 8 May off") << QDate(2024, 5, 8) << DayKind::TransferredDayOff;
    QTest::newRow("2023: Saturday 1 Jul worked")
        << QDate(2023, 7, 1) << DayKind::TransferredWorkday;
    QTest::newRow("2023: Friday 7 Jul off") << QDate(2023, 7, 7) << DayKind::TransferredDayOff;
    QTest::newRow("2023: New Year Sunday carried past 2 Jan")
        << QDate(2023, 1, 3) << DayKind::CarryOver;
    QTest::newRow("2023: 16 Dec Saturday to Monday 18th")
        << QDate(2023, 12, 18) << DayKind::CarryOver;
    QTest::newRow("2024: 23 Mar Saturday to Monday 25th")
        << QDate(2024, 3, 25) << DayKind::CarryOver;
    QTest::newRow("2024: Kurban Ait on a Sunday") << QDate(2024, 6, 16) << DayKind::ReligiousDayOff;
}

void TestBusinessCalendar::earlierYearsTransfersAreExpressible()
{
    QFETCH(QDate, date);
    QFETCH(DayKind, kind);
    auto data
        = CalendarData::fromJson(TestData::fixture(QStringLiteral("calendar/kz-2023-2024.json")));
    QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
    auto calendar = BusinessCalendar::fromData(*data);
    QVERIFY(calendar);
    QCOMPARE(calendar->day(date).kind, kind);
}

void TestBusinessCalendar::yearWithoutDataFallsBackToStatuteAndIsUnconfirmed()
{
    const BusinessCalendar &calendar = TestData::calendar();
    QVERIFY(!calendar.isConfirmed(2027));
    // 2027: 8 March is a Monday, 21-23 March Sunday to Tuesday: 21 carries to Wednesday 24.
    QCOMPARE(calendar.day(QDate(2027, 3, 8)).kind, DayKind::PublicHoliday);
    QCOMPARE(calendar.day(QDate(2027, 3, 24)).kind, DayKind::CarryOver);
    QCOMPARE(calendar.day(QDate(2027, 1, 7)).kind, DayKind::ReligiousDayOff);
    // Far outside the cached range the same rules still answer.
    QCOMPARE(calendar.day(QDate(2150, 12, 16)).kind, DayKind::PublicHoliday);
    QVERIFY(!calendar.isConfirmed(2150));
}

void TestBusinessCalendar::religiousDayOnWeekendIsNotCarriedOver()
{
    // 7 January 2024 was a Sunday; 8 January 2024 was an ordinary Monday.
    auto data
        = CalendarData::fromJson(TestData::fixture(QStringLiteral("calendar/kz-2023-2024.json")));
    QVERIFY(data);
    auto calendar = BusinessCalendar::fromData(*data);
    QVERIFY(calendar);
    QCOMPARE(calendar->day(QDate(2024, 1, 7)).kind, DayKind::ReligiousDayOff);
    QVERIFY(calendar->isWorkingDay(QDate(2024, 1, 8)));
    // Kurban Ait 2024 on Sunday 16 June: Monday 17 June is worked.
    QVERIFY(calendar->isWorkingDay(QDate(2024, 6, 17)));
}

void TestBusinessCalendar::addWorkingDaysSkipsEveryDayOff_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Friday + 2 wd") << QDate(2025, 11, 21) << 2 << QDate(2025, 11, 25);
    QTest::newRow("over Nauryz 2025") << QDate(2025, 3, 20) << 1 << QDate(2025, 3, 26);
    QTest::newRow("over the new year") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 5);
    QTest::newRow("into the transferred Sunday") << QDate(2025, 1, 2) << 1 << QDate(2025, 1, 5);
    QTest::newRow("zero days") << QDate(2025, 3, 22) << 0 << QDate(2025, 3, 22);
}

void TestBusinessCalendar::addWorkingDaysSkipsEveryDayOff()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    const BusinessCalendar &calendar = TestData::calendar();
    QCOMPARE(calendar.addWorkingDays(start, days), expected);
    QCOMPARE(calendar.workingDaysBetween(start, expected), days);
}

// The working days a stage took and a clock has left (§12's five working
// days, the dashboard's days per stage, issue 30) are counted from a table
// made with the calendar; it must count as walking the days one by one does,
// over a year's turn, a transfer, the ends of the years the table holds and
// beyond them, where the statute's rules alone hold.
void TestBusinessCalendar::workingDaysBetweenCountsEachDayOnceAnywhere()
{
    const BusinessCalendar &calendar = TestData::calendar();
    const auto walked = [&calendar](QDate from, QDate to) {
        int count = 0;
        for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
            count += calendar.isWorkingDay(day) ? 1 : 0;
        return count;
    };
    const QList<std::pair<QDate, QDate>> spans{
        {QDate(2024, 12, 20), QDate(2026, 1, 10)},
        {QDate(2025, 1, 1), QDate(2025, 1, 6)},
        {QDate(1989, 12, 1), QDate(1990, 2, 1)},
        {QDate(2100, 12, 1), QDate(2101, 2, 1)},
        {QDate(1980, 5, 1), QDate(1980, 6, 1)},
    };
    for (const auto &[from, to] : spans) {
        QCOMPARE(calendar.workingDaysBetween(from, to), walked(from, to));
        QCOMPARE(calendar.workingDaysBetween(to, from), 0);
    }
    // 2025's decreed 246, the first of January (a holiday) left out of the range.
    QCOMPARE(calendar.workingDaysBetween(QDate(2025, 1, 1), QDate(2025, 12, 31)), 246);
    QCOMPARE(calendar.workingDaysBetween(QDate(2025, 3, 24), QDate(2025, 3, 24)), 0);
}

void TestBusinessCalendar::brokenDataIsRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    const QByteArray head = R"({"format":1,"weekend":[6,7],"carryOver":"next-working-day",)";
    QTest::newRow("not json") << QByteArray("{oops") << "calendar.json";
    QTest::newRow("newer format") << QByteArray(R"({"format":2})") << "calendar.format";
    QTest::newRow("weekend day 8")
        << QByteArray(R"({"format":1,"weekend":[8],"carryOver":"none"})") << "calendar.weekend";
    QTest::newRow("unknown carry-over")
        << QByteArray(R"({"format":1,"weekend":[6,7],"carryOver":"sometimes"})")
        << "calendar.carry-over";
    QTest::newRow("30 February") << head + R"("publicHolidays":[{"date":"02-30","name":"x"}]})"
                                 << "calendar.fixed-date";
    QTest::newRow("29 February holiday")
        << head + R"("publicHolidays":[{"date":"02-29","name":"x"}]})"
        << "calendar.fixed-date";
    QTest::newRow("date outside its year")
        << head
               + R"("years":[{"year":2025,"religiousDaysOff":[{"date":"2026-06-06","name":"x"}]}]})"
        << "calendar.date";
    QTest::newRow("year twice") << head + R"("years":[{"year":2025},{"year":2025}]})"
                                << "calendar.duplicate-year";
    QTest::newRow("transfer from a weekend")
        << head
               + R"("years":[{"year":2025,"transfers":[{"dayOff":"2025-01-04","workingDay":"2025-01-05"}]}]})"
        << "calendar.transfer-day-off";
    QTest::newRow("transfer onto a working day")
        << head
               + R"("years":[{"year":2025,"transfers":[{"dayOff":"2025-01-03","workingDay":"2025-01-06"}]}]})"
        << "calendar.transfer-working-day";
    QTest::newRow("wrong published count") << head + R"("years":[{"year":2025,"workingDays":300}]})"
                                           << "calendar.working-day-count";
    QTest::newRow("confirmed without its count")
        << head + R"("years":[{"year":2025,"confirmed":true}]})"
        << "calendar.working-days-missing";
    QTest::newRow("a holiday ending before it began")
        << head + R"("publicHolidays":[{"date":"03-15","from":2027,"until":2026,"name":"x"}]})"
        << "calendar.holiday-years";
    QTest::newRow("a holiday from no year")
        << head + R"("publicHolidays":[{"date":"03-15","from":"soon","name":"x"}]})"
        << "calendar.holiday-years";
}

void TestBusinessCalendar::brokenDataIsRefusedWithAReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    auto data = CalendarData::fromJson(json);
    Error error;
    if (!data) {
        error = data.error();
    } else {
        auto calendar = BusinessCalendar::fromData(*data);
        QVERIFY(!calendar);
        error = calendar.error();
    }
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
