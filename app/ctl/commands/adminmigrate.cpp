#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "app/ctl/commands/sitecopy.h"
#include "db/server/auditlog.h"

#include <QFileInfo>

namespace Kezek::Ctl {

namespace {

// The same database named twice, as far as the URLs tell.
bool sameDatabase(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    const QString sqlite = QStringLiteral("sqlite:");
    if (!from.startsWith(sqlite) || !to.startsWith(sqlite))
        return false;
    const QFileInfo source(from.mid(sqlite.size()));
    const QFileInfo target(to.mid(sqlite.size()));
    return source.exists() && source.canonicalFilePath() == target.canonicalFilePath();
}

// The audit key: --audit-key, else KEZEK_AUDIT_KEY, else the one beside the
// source; none when there is none of these.
Result<std::optional<AuditKey>> auditKey(const QString &given, const QString &from)
{
    const QString path = !given.isEmpty() ? given
                         : qEnvironmentVariableIsSet("KEZEK_AUDIT_KEY")
                             ? qEnvironmentVariable("KEZEK_AUDIT_KEY")
                             : AuditLog::defaultKeyPath(from);
    if (path.isEmpty() || (given.isEmpty() && !QFileInfo::exists(path)))
        return std::optional<AuditKey>();
    auto key = AuditLog::loadKey(path, false);
    if (!key)
        return std::unexpected(key.error());
    return std::optional<AuditKey>(*key);
}

int exitCodeOf(const Error &error)
{
    return error.code == SiteCopyErrors::NotEmpty || error.code == SiteCopyErrors::Unverified
               ? CheckFailed
               : DataError;
}

// The move's progress, table by table: a big site's scans take a while.
void tell(Console &console, const TableProgress &table, bool done)
{
    if (done) {
        console.out()
            << Tr::tr("%1: %n row(s) copied", nullptr, int(table.copied)).arg(table.table);
    } else {
        console.out() << Tr::tr("%1: %2 of %3 rows so far")
                             .arg(table.table)
                             .arg(table.copied)
                             .arg(table.total);
    }
    console.out() << '\n';
    console.out().flush();
}

} // namespace

// A site's database moved from SQLite to an empty PostgreSQL database, with
// its audit chain, and verified there before it is committed.
int runAdminMigrate(const Invocation &invocation, Console &console)
{
    QCommandLineParser parser;
    if (!parseOptions(parser, {"from", "to", "audit-key"}, invocation.arguments)
        || parser.value(QStringLiteral("from")).isEmpty()
        || parser.value(QStringLiteral("to")).isEmpty())
        return console.usage(Tr::tr("migrate needs --from and --to."), adminSynopsis());
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (sameDatabase(from, to)) {
        return console.usage(Tr::tr("--from and --to name the same database."), adminSynopsis());
    }
    if (!from.startsWith(u"sqlite:")) {
        return console.usage(Tr::tr("--from takes the site's SQLite database, sqlite:PATH."),
                             adminSynopsis());
    }
    if (!to.startsWith(u"postgresql://")) {
        return console.usage(
            Tr::tr(
                "--to takes an empty PostgreSQL database, postgresql://USER@HOST[:PORT]/DATABASE."),
            adminSynopsis());
    }
    // SQLite would make a new, empty database of a mistyped path.
    if (!QFileInfo(from.mid(7)).isFile()) {
        return console.error(
            DataError,
            Tr::tr("There is no database \"%1\". Nothing was changed.").arg(from.mid(7)));
    }
    auto source = SiteCopy::openSource(from);
    if (!source)
        return console.error(DataError, source.error().message);
    auto key = auditKey(parser.value(QStringLiteral("audit-key")), from);
    if (!key)
        return console.error(DataError, key.error().message);
    auto keyed = (*source)->auditKeyed();
    if (!keyed)
        return console.error(DataError, keyed.error().message);
    if (*keyed && !key->has_value()) {
        return console.error(DataError,
                             Tr::tr("The site's audit log is keyed: give its key file with "
                                    "--audit-key, to verify the copy with it. Nothing was "
                                    "written."));
    }
    if (auto empty = SiteCopy::refuseNonEmptyTarget(to); !empty)
        return console.error(exitCodeOf(empty.error()), empty.error().message);
    if (key->has_value())
        AuditLog::setKey(to, **key);
    auto target = ServerStore::open(to);
    if (!target)
        return console.error(DataError, target.error().message);
    auto copied = (*source)->into(**target, [&console](const TableProgress &table, bool done) {
        tell(console, table, done);
    });
    if (!copied)
        return console.error(exitCodeOf(copied.error()), copied.error().message);
    qint64 rows = 0;
    for (const TableProgress &table : std::as_const(copied->tables))
        rows += table.copied;
    console.out() << Tr::tr("moved: %1 tables, %2 rows; each table's rows counted on the target, "
                            "and its audit log intact: %3 entries")
                         .arg(copied->tables.size())
                         .arg(rows)
                         .arg(copied->auditEntries)
                  << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
