#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/sync.h"
#include "db/client/clientstore.h"
#include "db/storeerrors.h"

#include <QCommandLineParser>

namespace Kezek::Ctl {

// A cache's cursor, cases, claims, clock and outbox.
int runStatus(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cache"), QString(), QStringLiteral("file")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments)
        || parser.value(QStringLiteral("cache")).isEmpty())
        return console.usage(Tr::tr("status needs --cache."), syncSynopsis());
    auto store
        = ClientStore::open(parser.value(QStringLiteral("cache")), readSecret("KEZEK_PASSWORD"));
    if (!store)
        return console.error(store.error().code == StoreErrors::Password ? CheckFailed : DataError,
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
