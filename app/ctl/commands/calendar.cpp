#include "app/ctl/commands/commands.h"

#include "resources/shippeddata.h"

#include <QJsonArray>

namespace Kezek::Ctl {

namespace {

QString kindId(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QStringLiteral("working-day");
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::PublicHoliday:
        return QStringLiteral("public-holiday");
    case DayKind::CarryOver:
        return QStringLiteral("carry-over");
    case DayKind::ReligiousDayOff:
        return QStringLiteral("religious-day-off");
    case DayKind::TransferredDayOff:
        return QStringLiteral("transferred-day-off");
    case DayKind::TransferredWorkday:
        return QStringLiteral("transferred-working-day");
    }
    return {};
}

QString cause(const CalendarDay &day, const QString &language)
{
    const QString related = day.relatedDate.toString(Qt::ISODate);
    switch (day.kind) {
    case DayKind::CarryOver:
        return Tr::tr("day off for %1 (%2), which fell on a weekend")
            .arg(day.name.in(language), related);
    case DayKind::TransferredDayOff:
        return Tr::tr("day off by transfer, worked on %1").arg(related);
    case DayKind::TransferredWorkday:
        return Tr::tr("working day by transfer, for the day off on %1").arg(related);
    default:
        return day.name.in(language);
    }
}

} // namespace

int runCalendar(const Invocation &invocation, Console &console)
{
    const QString synopsis = Tr::tr("kezekctl calendar YEAR [--json] [--lang kk|ru|en]");
    bool ok = false;
    const int year = invocation.arguments.size() == 1 ? invocation.arguments.at(0).toInt(&ok) : 0;
    if (!ok || year < 1900 || year > 2200)
        return console.usage(Tr::tr("calendar takes a year from 1900 to 2200."), synopsis);
    auto calendar = ShippedData::calendar(invocation.calendarPath);
    if (!calendar)
        return console.error(DataError, calendar.error().message);

    const QList<CalendarDay> days = calendar->specialDays(year);
    const bool confirmed = calendar->isConfirmed(year);
    if (invocation.json) {
        QJsonArray array;
        for (const CalendarDay &day : days) {
            array.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), kindId(day.kind)},
                                     {QStringLiteral("working"), day.isWorkingDay()},
                                     {QStringLiteral("cause"), cause(day, invocation.language)}});
        }
        console.printJson({{QStringLiteral("year"), year},
                           {QStringLiteral("confirmed"), confirmed},
                           {QStringLiteral("working_days"), calendar->workingDayCount(year)},
                           {QStringLiteral("days"), array}});
        return Ok;
    }
    console.out() << Tr::tr("%1: %2 working days (%3)")
                         .arg(year)
                         .arg(calendar->workingDayCount(year))
                         .arg(confirmed ? Tr::tr("confirmed")
                                        : Tr::tr("not confirmed: statutory rules only, without "
                                                 "Kurban Ait and the Government's transfers"))
                  << '\n';
    for (const CalendarDay &day : days) {
        console.out() << day.date.toString(Qt::ISODate) << "  "
                      << kindId(day.kind).leftJustified(24) << cause(day, invocation.language)
                      << '\n';
    }
    return Ok;
}

} // namespace Kezek::Ctl
