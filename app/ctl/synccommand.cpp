#include "app/ctl/commands.h"

#include "app/ctl/apiclient.h"
#include "db/client/clientstore.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Kezek::Ctl {

namespace {

QString synopsis()
{
    return Tr::tr("kezekctl sync --server URL --user ID --cache FILE [--ca FILE] [--pin SHA256]\n"
                  "    [--page-size N]\n"
                  "  pushes the cache's outbox and pulls what changed since the last sync\n"
                  "kezekctl status --cache FILE\n"
                  "  the cache's cursor, cases and outbox\n"
                  "  the password (which also unlocks the cache) comes from KEZEK_PASSWORD or "
                  "one line on standard input");
}

QString password()
{
    return readSecret("KEZEK_PASSWORD");
}

} // namespace

int runSync(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    for (const char *name : {"server", "user", "cache", "ca", "pin", "page-size"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), synopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    if (server.scheme() != u"https" || parser.value(QStringLiteral("user")).isEmpty()
        || parser.value(QStringLiteral("cache")).isEmpty())
        return console.usage(Tr::tr("sync needs an https:// --server, a --user and a --cache."),
                             synopsis());
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    const QString secret = password();
    auto store = ClientStore::open(parser.value(QStringLiteral("cache")), secret);
    if (!store)
        return console.error(store.error().code == u"store.password" ? CheckFailed : DataError,
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
            return console.usage(Tr::tr("--page-size is a number from 1 to 5000."), synopsis());
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

int runStatus(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cache"), QString(), QStringLiteral("file")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments)
        || parser.value(QStringLiteral("cache")).isEmpty())
        return console.usage(Tr::tr("status needs --cache."), synopsis());
    auto store = ClientStore::open(parser.value(QStringLiteral("cache")), password());
    if (!store)
        return console.error(store.error().code == u"store.password" ? CheckFailed : DataError,
                             store.error().message);
    const auto cursor = (*store)->cursor();
    const auto cases = (*store)->caseCount();
    if (!cursor || !cases)
        return console.error(DataError, (cursor ? cases.error() : cursor.error()).message);
    console.out() << Tr::tr("cursor %1, %2 cases").arg(*cursor).arg(*cases) << '\n';
    console.out() << ((*store)->keyInKeychain() ? Tr::tr("key: in the system keychain")
                                                : Tr::tr("key: in the file beside the cache"))
                  << '\n';
    const auto claims = (*store)->claims();
    const auto offset = (*store)->clockOffset();
    if (!claims || !offset)
        return console.error(DataError, (claims ? offset.error() : claims.error()).message);
    const auto count = [&claims](const QString &status) {
        return std::count_if(claims->cbegin(), claims->cend(), [&status](const ClaimRow &row) {
            return row.status == status;
        });
    };
    console.out() << Tr::tr("claims: %1 held, %2 waiting for the server, %3 held by others")
                         .arg(count(QStringLiteral("held")))
                         .arg(count(QStringLiteral("wanted")))
                         .arg(count(QStringLiteral("taken")))
                  << '\n';
    console.out() << Tr::tr("the server's clock is %1 s ahead of this one").arg(*offset / 1000)
                  << '\n';
    for (const QString &status : {QStringLiteral("pending"),
                                  QStringLiteral("applied"),
                                  QStringLiteral("conflict"),
                                  QStringLiteral("rejected")}) {
        const auto entries = (*store)->outbox(status, 1000);
        if (!entries)
            return console.error(DataError, entries.error().message);
        console.out() << Tr::tr("outbox %1: %2").arg(status).arg(entries->size()) << '\n';
        for (const OutboxEntry &entry : std::as_const(*entries)) {
            if (status == u"pending")
                continue;
            console.out() << QStringLiteral("  %1 %2 %3: %4")
                                 .arg(entry.command.id,
                                      entry.command.type,
                                      entry.command.caseId,
                                      entry.answer.value(u"message")
                                          .toString(entry.answer.value(u"status").toString()))
                          << '\n';
        }
    }
    return Ok;
}

} // namespace Kezek::Ctl
