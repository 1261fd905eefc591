#pragma once

#include "core/calendar/calendardata.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

namespace Kezek {

// Why a day is (or is not) a working day.
enum class DayKind : quint8 {
    Working,
    Weekend,
    PublicHoliday,
    CarryOver,          // a working day off in place of a holiday that fell on a weekend
    ReligiousDayOff,    // never carried over
    TransferredDayOff,  // made a day off by the Government's yearly transfer
    TransferredWorkday, // a weekend day made a working day by that transfer
};

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Working;
    LocalizedText name; // the holiday, or the holiday a carry-over stands for
    QDate relatedDate;  // carry-over: the holiday; transfer: the other day of the pair

    bool isWorkingDay() const
    {
        return kind == DayKind::Working || kind == DayKind::TransferredWorkday;
    }
};

// Working days as Kazakh law counts them, computed from CalendarData. A year the
// data does not describe falls back to the statutory rules (weekends, fixed
// holidays, carry-over, fixed religious days) and is reported as unconfirmed:
// the Government's transfers and Kurban Ait are not known for it.
class BusinessCalendar
{
public:
    static Result<BusinessCalendar> fromData(CalendarData data);

    bool isWorkingDay(QDate date) const;
    CalendarDay day(QDate date) const;
    bool isConfirmed(int year) const { return m_confirmedYears.contains(year); }
    // Every confirmed year and every year in between, as a range for the CLI.
    QList<int> describedYears() const;

    // Every day of the year that is not an ordinary working day or ordinary weekend day.
    QList<CalendarDay> specialDays(int year) const;
    int workingDayCount(int year) const;

    // The first working day on or after the date.
    QDate workingDayOnOrAfter(QDate date) const;
    // The n-th working day after the date (the day itself never counts).
    QDate addWorkingDays(QDate date, int n) const;
    // The number of working days in the half-open range (from, to].
    int workingDaysBetween(QDate from, QDate to) const;

private:
    struct Entry
    {
        DayKind kind = DayKind::Working;
        qint16 name = -1;   // index into m_names
        qint32 related = 0; // Julian day of the related date, 0 if none
    };

    BusinessCalendar() = default;
    Result<std::vector<Entry>> buildYear(int year) const;
    // buildYear()'s steps: the holidays and religious days off (returning the
    // holidays that fell on a weekend), their carry-over, and the year's
    // transfers and working-day count as the data describes them.
    QList<QDate> markDaysOff(int year, std::vector<Entry> &days) const;
    static void carryOver(int year, QList<QDate> weekendHolidays, std::vector<Entry> &days);
    static Result<void> applyTransfers(const CalendarYear &dataYear, std::vector<Entry> &days);
    static Result<void> checkWorkingDayCount(const CalendarYear &dataYear,
                                             const std::vector<Entry> &days);
    Entry entry(QDate date) const;
    // m_days' index of the date, or -1 outside the cached years.
    qint64 cachedIndex(QDate date) const;

    CalendarData m_data;
    QHash<int, qsizetype> m_yearIndex; // year of m_data.years by its number
    QSet<int> m_confirmedYears;
    QList<LocalizedText> m_names;
    qint64 m_firstJulian = 0;
    std::vector<Entry> m_days; // one entry a day from the first to the last cached year
    // The working days of m_days before each index (one more than m_days):
    // a count over the cached years without walking its days.
    std::vector<int> m_workingBefore;
};

} // namespace Kezek
