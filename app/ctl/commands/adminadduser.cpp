#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/integrationscope.h"
#include "core/domain/queues.h"
#include "core/security/passwords.h"
#include "db/server/userstore.h"
#include "db/storeerrors.h"

namespace Kezek::Ctl {

namespace {

// Where a user of `role` works: the office's city (an officer or supervisor
// works in a department, a CSC operator in a CSC), else the --city given, and
// none for the others. Ok, or the exit code of what was said.
int placeUser(UserStore &users,
              Role role,
              const QString &officeId,
              std::optional<City> &city,
              Console &console)
{
    const bool officeBound
        = role == Role::MigrationOfficer || role == Role::CscOperator || role == Role::Supervisor;
    if (!officeId.isEmpty()) {
        auto office = users.findOffice(officeId);
        if (!office)
            return console.error(DataError, office.error().message);
        if (!office->has_value())
            return console.error(CheckFailed,
                                 Tr::tr("There is no office \"%1\"; add it with \"kezekctl admin "
                                        "add-office\".")
                                     .arg(officeId));
        const OfficeKind wanted
            = role == Role::CscOperator ? OfficeKind::Csc : OfficeKind::Department;
        if (!officeBound || (*office)->kind != wanted || (city && *city != (*office)->city)) {
            return console.usage(Tr::tr("The office \"%1\" is a %2 in %3: not a place for a %4.")
                                     .arg(officeId,
                                          officeKindId((*office)->kind),
                                          cityId((*office)->city),
                                          roleId(role)),
                                 adminSynopsis());
        }
        city = (*office)->city;
    }
    if (officeBound != city.has_value()) {
        return console.usage(officeBound
                                 ? Tr::tr("This role works in one city: give --city.")
                                 : Tr::tr("This role belongs to no city: leave out --city."),
                             adminSynopsis());
    }
    return Ok;
}

// An integration's credential names the one system it is.
int checkIntegration(Role role, const QString &integration, Console &console)
{
    if ((role == Role::System) != !integration.isEmpty()
        || (!integration.isEmpty() && !integrationScope(integration))) {
        QStringList integrations;
        for (const IntegrationScope &scope : integrationScopes())
            integrations.append(scope.id);
        return console.usage(Tr::tr("A system user names its integration with --integration (%1); "
                                    "people have none.")
                                 .arg(integrations.join(QStringLiteral(", "))),
                             adminSynopsis());
    }
    return Ok;
}

} // namespace

int runAdminAddUser(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    if (!parseOptions(
            parser, {"database", "id", "role", "city", "name", "integration", "office"}, arguments))
        return console.usage(parser.errorText(), adminSynopsis());
    const QString id = parser.value(QStringLiteral("id")).trimmed();
    const auto role = roleFromId(parser.value(QStringLiteral("role")));
    if (parser.value(QStringLiteral("database")).isEmpty() || id.isEmpty() || !role)
        return console.usage(Tr::tr("add-user needs --database, --id and a known --role."),
                             adminSynopsis());
    std::optional<City> city;
    if (parser.isSet(QStringLiteral("city"))) {
        city = cityFromId(parser.value(QStringLiteral("city")));
        if (!city)
            return console.usage(Tr::tr("--city takes astana or almaty."), adminSynopsis());
    }
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    UserStore users(**store);
    const QString officeId = parser.value(QStringLiteral("office"));
    if (const int placed = placeUser(users, *role, officeId, city, console); placed != Ok)
        return placed;
    const QString integration = parser.value(QStringLiteral("integration"));
    if (const int checked = checkIntegration(*role, integration, console); checked != Ok)
        return checked;
    const QString password = readSecret("KEZEK_PASSWORD");
    if (password.size() < 8)
        return console.error(CheckFailed, Tr::tr("The password must have at least 8 characters."));

    auto hash = hashPassword(password);
    if (!hash)
        return console.error(DataError, hash.error().message);
    UserRecord user{id,
                    parser.value(QStringLiteral("name")),
                    *role,
                    city,
                    *hash,
                    0,
                    {},
                    integration,
                    officeId,
                    {},
                    false};
    if (user.name.isEmpty())
        user.name = id;
    if (auto added = users.addUser(user, QDateTime::currentDateTimeUtc()); !added)
        return console.error(added.error().code == StoreErrors::UserExists ? CheckFailed
                                                                           : DataError,
                             added.error().message);
    console.out() << Tr::tr("user %1 added (%2)").arg(id, roleId(*role)) << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
