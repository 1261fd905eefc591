#pragma once

#include "localizedtext.h"
#include "result/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

namespace Kezek {

// A holiday fixed by law to a month and day every year.
struct FixedDayOff
{
    int month = 0;
    int day = 0;
    LocalizedText name;
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
