#include "core/calendar/businesscalendar.h"

#include "core/calendar/calendartr.h"

#include <algorithm>

namespace Kezek {

namespace {

// Years kept in a table for constant-time look-ups; others are computed on demand.
constexpr int CachedFirstYear = 1990;
constexpr int CachedLastYear = 2100;

// A date's entry among its year's days, one a day from 1 January.
template<typename Entry>
Entry &dayOf(std::vector<Entry> &days, QDate date)
{
    return days[static_cast<size_t>(date.dayOfYear() - 1)];
}

bool isWorkingKind(DayKind kind)
{
    return kind == DayKind::Working || kind == DayKind::TransferredWorkday;
}

} // namespace

Result<BusinessCalendar> BusinessCalendar::fromData(CalendarData data)
{
    BusinessCalendar calendar;
    calendar.m_data = std::move(data);
    auto &names = calendar.m_names;
    for (const FixedDayOff &holiday : calendar.m_data.publicHolidays)
        names.append(holiday.name);
    for (const FixedDayOff &holiday : calendar.m_data.religiousDaysOff)
        names.append(holiday.name);
    for (qsizetype i = 0; i < calendar.m_data.years.size(); ++i) {
        const CalendarYear &year = calendar.m_data.years.at(i);
        calendar.m_yearIndex.insert(year.year, i);
        if (year.confirmed)
            calendar.m_confirmedYears.insert(year.year);
        for (const DatedDayOff &dayOff : year.religiousDaysOff)
            names.append(dayOff.name);
    }
    if (names.size() > std::numeric_limits<qint16>::max()) {
        return fail(QStringLiteral("calendar.too-large"),
                    CalendarTr::tr("The calendar data names too many days off."));
    }

    int first = CachedFirstYear;
    int last = CachedLastYear;
    for (const CalendarYear &year : calendar.m_data.years) {
        first = std::min(first, year.year);
        last = std::max(last, year.year);
    }
    calendar.m_firstJulian = QDate(first, 1, 1).toJulianDay();
    calendar.m_days.reserve(
        static_cast<size_t>(QDate(first, 1, 1).daysTo(QDate(last, 12, 31)) + 1));
    for (int year = first; year <= last; ++year) {
        auto days = calendar.buildYear(year);
        if (!days)
            return std::unexpected(days.error());
        calendar.m_days.insert(calendar.m_days.end(), days->begin(), days->end());
    }
    calendar.m_workingBefore.reserve(calendar.m_days.size() + 1);
    calendar.m_workingBefore.push_back(0);
    for (const Entry &day : calendar.m_days)
        calendar.m_workingBefore.push_back(calendar.m_workingBefore.back()
                                           + (isWorkingKind(day.kind) ? 1 : 0));
    return calendar;
}

Result<std::vector<BusinessCalendar::Entry>> BusinessCalendar::buildYear(int year) const
{
    const QDate jan1(year, 1, 1);
    std::vector<Entry> days(static_cast<size_t>(jan1.daysInYear()));
    for (size_t i = 0; i < days.size(); ++i) {
        const QDate date = jan1.addDays(static_cast<qint64>(i));
        if (m_data.weekend.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek())))
            days[i].kind = DayKind::Weekend;
    }
    const QList<QDate> weekendHolidays = markDaysOff(year, days);
    if (m_data.carryOverToNextWorkingDay)
        carryOver(year, weekendHolidays, days);
    if (const auto described = m_yearIndex.constFind(year); described != m_yearIndex.constEnd()) {
        const CalendarYear &dataYear = m_data.years.at(*described);
        if (auto ok = applyTransfers(dataYear, days); !ok)
            return std::unexpected(ok.error());
        if (auto ok = checkWorkingDayCount(dataYear, days); !ok)
            return std::unexpected(ok.error());
    }
    return days;
}

QList<QDate> BusinessCalendar::markDaysOff(int year, std::vector<Entry> &days) const
{
    // Names were appended in this order in fromData(): public holidays, fixed
    // religious days, then each data year's dated religious days.
    qint16 nameIndex = 0;
    QList<QDate> weekendHolidays;
    for (const FixedDayOff &holiday : m_data.publicHolidays) {
        if (!holiday.appliesIn(year)) {
            ++nameIndex;
            continue;
        }
        const QDate date(year, holiday.month, holiday.day);
        Entry &entry = dayOf(days, date);
        if (entry.kind == DayKind::Weekend)
            weekendHolidays.append(date);
        entry = {DayKind::PublicHoliday, nameIndex++, 0};
    }
    for (const FixedDayOff &holiday : m_data.religiousDaysOff) {
        const QDate date(year, holiday.month, holiday.day);
        if (holiday.appliesIn(year) && dayOf(days, date).kind != DayKind::PublicHoliday)
            dayOf(days, date) = {DayKind::ReligiousDayOff, nameIndex, 0};
        ++nameIndex;
    }
    for (const CalendarYear &dataYear : m_data.years) {
        for (const DatedDayOff &dayOff : dataYear.religiousDaysOff) {
            if (dataYear.year == year && dayOf(days, dayOff.date).kind != DayKind::PublicHoliday)
                dayOf(days, dayOff.date) = {DayKind::ReligiousDayOff, nameIndex, 0};
            ++nameIndex;
        }
    }
    return weekendHolidays;
}

// A public holiday on a weekend gives a day off on the next working day;
// several in a row (Nauryz, 21-23 March) take the following ones in order.
void BusinessCalendar::carryOver(int year, QList<QDate> weekendHolidays, std::vector<Entry> &days)
{
    std::sort(weekendHolidays.begin(), weekendHolidays.end());
    for (const QDate &holiday : weekendHolidays) {
        QDate day = holiday.addDays(1);
        while (day.year() == year && dayOf(days, day).kind != DayKind::Working)
            day = day.addDays(1);
        if (day.year() != year)
            continue;
        dayOf(days, day) = {DayKind::CarryOver,
                            dayOf(days, holiday).name,
                            static_cast<qint32>(holiday.toJulianDay())};
    }
}

Result<void> BusinessCalendar::applyTransfers(const CalendarYear &dataYear,
                                              std::vector<Entry> &days)
{
    const int year = dataYear.year;
    for (const WorkdayTransfer &transfer : dataYear.transfers) {
        if (dayOf(days, transfer.dayOff).kind != DayKind::Working) {
            return fail(QStringLiteral("calendar.transfer-day-off"),
                        CalendarTr::tr("The transfer in %1 makes %2 a day off, but it is "
                                       "not a working day.")
                            .arg(year)
                            .arg(transfer.dayOff.toString(Qt::ISODate)));
        }
        if (dayOf(days, transfer.workingDay).kind != DayKind::Weekend) {
            return fail(QStringLiteral("calendar.transfer-working-day"),
                        CalendarTr::tr("The transfer in %1 makes %2 a working day, but it "
                                       "is not a weekend day.")
                            .arg(year)
                            .arg(transfer.workingDay.toString(Qt::ISODate)));
        }
        dayOf(days, transfer.dayOff) = {
            DayKind::TransferredDayOff, -1, static_cast<qint32>(transfer.workingDay.toJulianDay())};
        dayOf(days, transfer.workingDay)
            = {DayKind::TransferredWorkday, -1, static_cast<qint32>(transfer.dayOff.toJulianDay())};
    }
    return {};
}

Result<void> BusinessCalendar::checkWorkingDayCount(const CalendarYear &dataYear,
                                                    const std::vector<Entry> &days)
{
    if (!dataYear.workingDays)
        return {};
    const auto working = std::count_if(days.begin(), days.end(), [](const Entry &e) {
        return e.kind == DayKind::Working || e.kind == DayKind::TransferredWorkday;
    });
    if (working != *dataYear.workingDays) {
        return fail(QStringLiteral("calendar.working-day-count"),
                    CalendarTr::tr("The calendar for %1 gives %2 working days, but its "
                                   "days off leave %3.")
                        .arg(dataYear.year)
                        .arg(*dataYear.workingDays)
                        .arg(working));
    }
    return {};
}

qint64 BusinessCalendar::cachedIndex(QDate date) const
{
    const qint64 index = date.toJulianDay() - m_firstJulian;
    return index >= 0 && index < static_cast<qint64>(m_days.size()) ? index : -1;
}

BusinessCalendar::Entry BusinessCalendar::entry(QDate date) const
{
    // By the Julian day alone: a dashboard asks it of every day a clock ran.
    if (const qint64 index = cachedIndex(date); index >= 0)
        return m_days[static_cast<size_t>(index)];
    // Outside the cached range: the statutory rules still hold; the data had no
    // transfers there, so building the year cannot fail.
    const auto days = buildYear(date.year());
    return days ? (*days)[static_cast<size_t>(date.dayOfYear() - 1)] : Entry{};
}

bool BusinessCalendar::isWorkingDay(QDate date) const
{
    return isWorkingKind(entry(date).kind);
}

CalendarDay BusinessCalendar::day(QDate date) const
{
    const Entry e = entry(date);
    CalendarDay result{date, e.kind, {}, {}};
    if (e.name >= 0)
        result.name = m_names.at(e.name);
    if (e.related != 0)
        result.relatedDate = QDate::fromJulianDay(e.related);
    return result;
}

QList<int> BusinessCalendar::describedYears() const
{
    QList<int> years = m_yearIndex.keys();
    std::sort(years.begin(), years.end());
    return years;
}

QList<CalendarDay> BusinessCalendar::specialDays(int year) const
{
    QList<CalendarDay> result;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const DayKind kind = entry(date).kind;
        if (kind != DayKind::Working && kind != DayKind::Weekend)
            result.append(day(date));
    }
    return result;
}

int BusinessCalendar::workingDayCount(int year) const
{
    return workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31));
}

QDate BusinessCalendar::workingDayOnOrAfter(QDate date) const
{
    while (!isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

QDate BusinessCalendar::addWorkingDays(QDate date, int n) const
{
    for (int counted = 0; counted < n;) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++counted;
    }
    return date;
}

int BusinessCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to <= from)
        return 0;
    // Within the cached years, counted once when the calendar was made.
    const qint64 first = cachedIndex(from.addDays(1));
    const qint64 last = cachedIndex(to);
    if (first >= 0 && last >= 0)
        return m_workingBefore[static_cast<size_t>(last) + 1]
               - m_workingBefore[static_cast<size_t>(first)];
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

} // namespace Kezek
