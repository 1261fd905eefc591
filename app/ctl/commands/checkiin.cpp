#include "app/ctl/commands/check.h"
#include "app/ctl/commands/commands.h"

#include "core/domain/iin.h"

namespace Kezek::Ctl {

int runCheckIin(const Invocation &invocation, Console &console)
{
    if (invocation.arguments.size() != 1)
        return checkUsage(console);
    const QString iin = invocation.arguments.at(0);
    auto info = parseIin(iin);
    if (!info)
        return reportCheckFailure(invocation, console, info.error());
    if (invocation.json) {
        console.printJson({{QStringLiteral("valid"), true},
                           {QStringLiteral("iin"), iin},
                           {QStringLiteral("birth_date"), info->birthDate.toString(Qt::ISODate)},
                           {QStringLiteral("sex"), sexId(info->sex)}});
    } else {
        console.out() << "birth-date: " << info->birthDate.toString(Qt::ISODate) << '\n'
                      << "sex: " << sexId(info->sex) << '\n';
    }
    return Ok;
}

} // namespace Kezek::Ctl
