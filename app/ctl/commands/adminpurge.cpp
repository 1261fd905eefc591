#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/queues.h"
#include "resources/shippeddata.h"

namespace Kezek::Ctl {

// The site's retention period, applied: what went, case by case.
int runAdminPurge(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dry-run"), QString()});
    bool daysOk = false;
    if (!parseOptions(parser, {"database", "days"}, arguments)
        || parser.value(QStringLiteral("database")).isEmpty()
        || (parser.value(QStringLiteral("days")).toInt(&daysOk), !daysOk)
        || parser.value(QStringLiteral("days")).toInt() < 1)
        return console.usage(Tr::tr("purge needs --database and --days N (1 or more)."),
                             adminSynopsis());
    const int days = parser.value(QStringLiteral("days")).toInt();
    auto law = ShippedData::lawbook();
    if (!law)
        return console.error(DataError, law.error().message);
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto purged = (*store)->purgeEnded(
        kazakhstanDate(QDateTime::currentDateTimeUtc()), days, law->context().calendar, dryRun);
    if (!purged)
        return console.error(DataError, purged.error().message);
    int scans = 0;
    for (const ServerStore::RetentionPurge &one : std::as_const(*purged)) {
        console.out() << QStringLiteral("%1\t%2\t%3")
                             .arg(one.number, one.endedOn.toString(Qt::ISODate))
                             .arg(Tr::tr("scans: %1").arg(one.scans))
                      << '\n';
        scans += one.scans;
    }
    console.out() << (dryRun ? Tr::tr("would purge: %1 cases, %2 scans")
                             : Tr::tr("purged: %1 cases, %2 scans"))
                         .arg(purged->size())
                         .arg(scans)
                  << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
