#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"

#include <QDir>
#include <QSaveFile>

namespace Kezek::Ctl {

namespace {

int exportUsage(Console &console)
{
    const QString usage
        = Tr::tr("kezekctl export decisions --database URL --case ID --out DIR\n"
                 "  writes each signed decision of the case as ID.json and its signature as "
                 "ID.p7s (DER); check one with:\n"
                 "  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json "
                 "-CAfile signing-ca.pem -out /dev/null");
    return console.usage(Tr::tr("export takes \"decisions --database URL --case ID --out DIR\"."),
                         usage);
}

} // namespace

// "export" with anything but decisions after it.
int runExport(const Invocation &, Console &console)
{
    return exportUsage(console);
}

// A case's signed decisions, each as its content and its detached signature,
// for openssl cms to check.
int runExportDecisions(const Invocation &invocation, Console &console)
{
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database", "case", "out"}, invocation.arguments)
        || parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("case")).isEmpty()
        || parser.value(QStringLiteral("out")).isEmpty())
        return exportUsage(console);
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    auto decisions = (*store)->signedCommands(parser.value(QStringLiteral("case")));
    if (!decisions)
        return console.error(DataError, decisions.error().message);
    if (decisions->isEmpty())
        return console.error(CheckFailed,
                             Tr::tr("The case \"%1\" has no signed decision.")
                                 .arg(parser.value(QStringLiteral("case"))));
    const QDir out(parser.value(QStringLiteral("out")));
    if (!out.mkpath(QStringLiteral(".")))
        return console.error(DataError, Tr::tr("Cannot create the folder \"%1\".").arg(out.path()));
    for (const ServerStore::SignedCommand &decision : std::as_const(*decisions)) {
        for (const auto &[suffix, bytes] :
             {std::pair{QStringLiteral(".json"), decision.content},
              std::pair{QStringLiteral(".p7s"), decision.signature}}) {
            QSaveFile file(out.filePath(decision.id + suffix));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                || !file.commit())
                return console.error(
                    DataError,
                    Tr::tr("Cannot write \"%1\": %2.").arg(file.fileName(), file.errorString()));
        }
        console.out()
            << Tr::tr("%1 %2 signed by %3").arg(decision.id, decision.type, decision.userId)
            << '\n';
    }
    return Ok;
}

} // namespace Kezek::Ctl
