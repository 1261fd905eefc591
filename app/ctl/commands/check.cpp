#include "app/ctl/commands/check.h"

#include "app/ctl/commands/commands.h"

namespace Kezek::Ctl {

int checkUsage(Console &console)
{
    return console.usage(Tr::tr("check takes \"iin IIN\" or \"mrz LINE1 LINE2\"."),
                         Tr::tr("kezekctl check iin IIN [--json]\n"
                                "       kezekctl check mrz LINE1 LINE2 [--json]"));
}

int reportCheckFailure(const Invocation &invocation, Console &console, const Error &error)
{
    if (invocation.json) {
        console.printJson({{QStringLiteral("valid"), false},
                           {QStringLiteral("code"), error.code},
                           {QStringLiteral("message"), error.message}});
    }
    return console.error(CheckFailed, error.message);
}

// "check" with anything but iin or mrz after it.
int runCheck(const Invocation &, Console &console)
{
    return checkUsage(console);
}

} // namespace Kezek::Ctl
