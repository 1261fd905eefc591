#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/queues.h"
#include "db/server/userstore.h"

namespace Kezek::Ctl {

int runAdminList(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database"}, arguments)
        || parser.value(QStringLiteral("database")).isEmpty())
        return console.usage(Tr::tr("list needs --database."), adminSynopsis());
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    UserStore users(**store);
    auto offices = users.offices();
    auto people = users.users();
    if (!offices || !people)
        return console.error(DataError, (offices ? people.error() : offices.error()).message);
    console.out() << Tr::tr("Offices") << '\n';
    for (const OfficeRecord &office : std::as_const(*offices))
        console.out() << QStringLiteral("  %1\t%2\t%3\t%4")
                             .arg(office.id,
                                  officeKindId(office.kind),
                                  cityId(office.city),
                                  office.name)
                      << '\n';
    console.out() << Tr::tr("Users") << '\n';
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const UserRecord &user : std::as_const(*people)) {
        QString where = user.office.isEmpty() ? (user.city ? cityId(*user.city) : user.integration)
                                              : user.office;
        if (user.lockedUntil.isValid() && user.lockedUntil > now)
            where += QLatin1Char(' ') + Tr::tr("(locked)");
        console.out()
            << QStringLiteral("  %1\t%2\t%3\t%4").arg(user.id, roleId(user.role), where, user.name)
            << '\n';
    }
    return Ok;
}

} // namespace Kezek::Ctl
