#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kezek::Ctl {

// Who read a case, and when: from the compact read audit, newest first.
int runAuditReads(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database", "case"}, arguments)
        || parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("case")).isEmpty())
        return console.usage(Tr::tr("audit reads needs --database and --case."),
                             Tr::tr("kezekctl audit reads --database URL --case ID"));
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    QSqlQuery query((*store)->connection());
    query.prepare(QStringLiteral("SELECT user_id, first_at, last_at, reads FROM audit_reads "
                                 "WHERE case_id = ? ORDER BY last_at DESC"));
    query.addBindValue(parser.value(QStringLiteral("case")));
    if (!query.exec())
        return console.error(DataError, query.lastError().text());
    int rows = 0;
    while (query.next()) {
        console.out() << QStringLiteral("%1\t%2 – %3\t%4")
                             .arg(query.value(0).toString(),
                                  query.value(1).toString(),
                                  query.value(2).toString(),
                                  Tr::tr("reads: %1").arg(query.value(3).toLongLong()))
                      << '\n';
        ++rows;
    }
    if (rows == 0)
        console.out() << Tr::tr("Nobody has read this case.") << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
