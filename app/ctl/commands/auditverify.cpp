#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "db/server/auditlog.h"

namespace Kezek::Ctl {

namespace {

int auditUsage(Console &console)
{
    const QString usage = Tr::tr(
        "kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...\n"
        "  checks the audit log's chain (with its key, when it is keyed) and, with --checkpoint, "
        "that every entry a checkpoint file or a saved journal names is there unchanged");
    return console.usage(Tr::tr("audit takes \"verify --database URL\"."), usage);
}

} // namespace

// "audit" with anything but reads or verify after it.
int runAudit(const Invocation &, Console &console)
{
    return auditUsage(console);
}

// The audit log's hash chain checked, with its key when it is keyed, and
// against the checkpoints given.
int runAuditVerify(const Invocation &invocation, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("url")});
    parser.addOption({QStringLiteral("audit-key"), QString(), QStringLiteral("file")});
    parser.addOption({QStringLiteral("checkpoint"), QString(), QStringLiteral("file")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + invocation.arguments)
        || parser.value(QStringLiteral("database")).isEmpty())
        return auditUsage(console);
    QList<AuditCheckpoint> checkpoints;
    for (const QString &path : parser.values(QStringLiteral("checkpoint"))) {
        auto text = readWhole(path);
        if (!text)
            return console.error(DataError, text.error().message);
        const auto read = AuditLog::parseCheckpoints(*text);
        if (read.isEmpty())
            return console.error(DataError, Tr::tr("\"%1\" holds no audit checkpoint.").arg(path));
        checkpoints += read;
    }
    auto store = openServerStore(parser.value(QStringLiteral("database")),
                                 parser.value(QStringLiteral("audit-key")));
    if (!store)
        return console.error(DataError, store.error().message);
    auto verdict = AuditLog(**store).verify(checkpoints);
    if (!verdict)
        return console.error(DataError, verdict.error().message);
    if (verdict->firstBroken)
        return console.error(CheckFailed, verdict->problem);
    console.out() << Tr::tr("audit log intact: %1 entries").arg(verdict->entries);
    if (!checkpoints.isEmpty())
        console.out() << Tr::tr(", as %n checkpoint(s) saw it", nullptr, int(checkpoints.size()));
    console.out() << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
