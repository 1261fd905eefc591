#include "app/ctl/commands/commands.h"

#include "core/domain/deadlineclock.h"
#include "resources/shippeddata.h"

#include <QStringList>

namespace Kezek::Ctl {

namespace {

QString synopsis()
{
    QStringList ids;
    for (ClockKind kind : allClockKinds())
        ids.append(clockId(kind));
    return Tr::tr("kezekctl deadline CLOCK START_DATE [--json]\n  CLOCK: %1")
        .arg(ids.join(QStringLiteral(", ")));
}

} // namespace

int runDeadline(const Invocation &invocation, Console &console)
{
    if (invocation.arguments.size() != 2)
        return console.usage(Tr::tr("deadline takes a clock and a start date."), synopsis());
    const auto kind = clockKindFromId(invocation.arguments.at(0));
    if (!kind) {
        return console.usage(Tr::tr("\"%1\" is not a clock.").arg(invocation.arguments.at(0)),
                             synopsis());
    }
    const QDate start = QDate::fromString(invocation.arguments.at(1), Qt::ISODate);
    if (!start.isValid() || invocation.arguments.at(1).size() != 10) {
        return console.usage(Tr::tr("\"%1\" is not a real date in the form YYYY-MM-DD.")
                                 .arg(invocation.arguments.at(1)),
                             synopsis());
    }
    auto calendar = ShippedData::calendar(invocation.calendarPath);
    if (!calendar)
        return console.error(DataError, calendar.error().message);

    const ClockDefinition &definition = clockDefinition(*kind);
    const QDate due = dueDate(*kind, start, *calendar);
    const bool confirmed = isConfirmedBetween(*calendar, start, due);
    if (invocation.json) {
        console.printJson({{QStringLiteral("clock"), clockId(*kind)},
                           {QStringLiteral("start"), start.toString(Qt::ISODate)},
                           {QStringLiteral("due"), due.toString(Qt::ISODate)},
                           {QStringLiteral("length"), definition.length},
                           {QStringLiteral("unit"), periodUnitId(definition.unit)},
                           {QStringLiteral("calendar_confirmed"), confirmed}});
    } else {
        console.out() << due.toString(Qt::ISODate) << '\n';
        if (!confirmed) {
            console.err() << Tr::tr("note: the calendar for some of these years is not confirmed; "
                                    "the Government's transfers may move this date.")
                          << '\n';
        }
    }
    return Ok;
}

} // namespace Kezek::Ctl
