#pragma once

#include "core/calendar/localizedtext.h"
#include "core/result/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

namespace Kezek {

// A holiday fixed by law to a month and day, in the years the law made it one:
// Constitution Day was 30 August until 2025 and is 15 March from 2027 (the
// Constitution adopted by the referendum of 15 March 2026).
struct FixedDayOff
{
    int month = 0;
    int day = 0;
    LocalizedText name;
    int fromYear = 0;  // 0: since before any year the calendar counts
    int untilYear = 0; // 0: still in force
    QString source;    // the act that made it one, or ended it

    bool appliesIn(int year) const
    {
        return (fromYear == 0 || year >= fromYear) && (untilYear == 0 || year <= untilYear);
    }
};

// A day off that falls on a different date each year (Kurban Ait).
struct DatedDayOff
{
    QDate date;
    LocalizedText name;
};

// The Government's yearly move of a day off onto a working day and back.
struct WorkdayTransfer
{
    QDate dayOff;     // a working day made a day off
    QDate workingDay; // a weekend day made a working day in exchange
    QString source;   // the decree it rests on
};

// One year as the Government decreed it.
struct CalendarYear
{
    int year = 0;
    bool confirmed = false;
    QString source;
    QList<DatedDayOff> religiousDaysOff;
    QList<WorkdayTransfer> transfers;
    std::optional<int> workingDays; // the published count, checked against the rules
};

// The business calendar as data, parsed from resources/calendar/*.json.
struct CalendarData
{
    QList<Qt::DayOfWeek> weekend;
    QList<FixedDayOff> publicHolidays;   // moved off a weekend to the next working day
    QList<FixedDayOff> religiousDaysOff; // never moved (7 January)
    bool carryOverToNextWorkingDay = true;
    QList<CalendarYear> years;

    static Result<CalendarData> fromJson(const QByteArray &json);
};

} // namespace Kezek
