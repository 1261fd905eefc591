#include "app/ctl/commands/sync.h"

#include "app/ctl/apiclient.h"
#include "app/ctl/commands/commands.h"
#include "db/client/clientstore.h"
#include "db/storeerrors.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>

namespace Kezek::Ctl {

QString syncSynopsis()
{
    return Tr::tr("kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]\n"
                  "    [--page-size N]\n"
                  "  pushes the cache's outbox and pulls what changed since the last sync\n"
                  "kezekctl status --cache FILE\n"
                  "  the cache's cursor, cases and outbox\n"
                  "  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or "
                  "one line on standard input");
}

// The cache's outbox pushed and what changed since the last sync pulled, as
// the workstation does it.
int runSync(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    for (const char *name : {"server", "user", "cache", "ca", "pin", "page-size"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), syncSynopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    if (server.scheme() != u"https" || parser.value(QStringLiteral("user")).isEmpty()
        || parser.value(QStringLiteral("cache")).isEmpty())
        return console.usage(Tr::tr("sync needs an https:// --server, a --user and a --cache."),
                             syncSynopsis());
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    const QString secret = readSecret("KEZEK_PASSWORD");
    auto store = ClientStore::open(parser.value(QStringLiteral("cache")), secret);
    if (!store)
        return console.error(store.error().code == StoreErrors::Password ? CheckFailed : DataError,
                             store.error().message);
    SyncSettings settings;
    settings.server = server;
    settings.user = parser.value(QStringLiteral("user"));
    settings.password = secret;
    settings.tls = *tls;
    settings.pinnedKey = parser.value(QStringLiteral("pin")).toLatin1();
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool number = false;
        settings.pageSize = parser.value(QStringLiteral("page-size")).toInt(&number);
        if (!number || settings.pageSize < 1 || settings.pageSize > 5000)
            return console.usage(Tr::tr("--page-size is a number from 1 to 5000."), syncSynopsis());
    }
    // The session from the last sync, if the server still honours it.
    if (auto token = (*store)->sessionToken(); token)
        settings.token = *token;
    SyncEngine engine(**store, settings);
    QObject::connect(&engine,
                     &SyncEngine::progress,
                     [&console](const QString &phase, qint64 done, qint64 total) {
                         console.err()
                             << '\r'
                             << (total > 0 ? Tr::tr("%1: %2 of %3").arg(phase).arg(done).arg(total)
                                           : Tr::tr("%1: %2").arg(phase).arg(done))
                             << Qt::flush;
                     });
    auto summary = engine.run();
    console.err() << '\n';
    if (auto kept = (*store)->setSessionToken(engine.token()); !kept)
        console.err() << kept.error().message << '\n';
    if (!summary)
        return console.error(CheckFailed, summary.error().message);
    console.out() << Tr::tr("pulled %1 cases, pushed %2 commands, %3 conflicts, %4 rejected; "
                            "cursor %5")
                         .arg(summary->pulled)
                         .arg(summary->pushed)
                         .arg(summary->conflicts)
                         .arg(summary->rejected)
                         .arg(summary->cursor)
                  << '\n';
    if (!summary->lawError.isEmpty()) {
        console.err() << Tr::tr("the server's law was not kept: %1").arg(summary->lawError) << '\n';
    }
    return summary->conflicts + summary->rejected > 0 ? CheckFailed : Ok;
}

} // namespace Kezek::Ctl
