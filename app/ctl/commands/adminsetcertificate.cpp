#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"

namespace Kezek::Ctl {

int runAdminSetCertificate(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database", "id", "certificate"}, arguments))
        return console.usage(parser.errorText(), adminSynopsis());
    if (parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("id")).isEmpty()
        || parser.value(QStringLiteral("certificate")).isEmpty())
        return console.usage(Tr::tr("set-certificate needs --database, --id and --certificate."),
                             adminSynopsis());
    auto pem = readWhole(parser.value(QStringLiteral("certificate")));
    if (!pem)
        return console.error(DataError, pem.error().message);
    return registerCertificate(parser.value(QStringLiteral("database")),
                               parser.value(QStringLiteral("id")),
                               *pem,
                               console);
}

} // namespace Kezek::Ctl
