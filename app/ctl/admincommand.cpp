#include "commands.h"

#include "auditlog.h"
#include "security/passwords.h"
#include "serverstore.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace Kezek::Ctl {

namespace {

QString synopsis()
{
    return Tr::tr("kezekctl admin add-user --database URL --id ID --role ROLE [--city "
                  "astana|almaty] [--name NAME]\n"
                  "  the password comes from KEZEK_PASSWORD or one line on standard input\n"
                  "  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, "
                  "administrator, system");
}

int addUser(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    for (const char *name : {"database", "id", "role", "city", "name"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), synopsis());
    const QString id = parser.value(QStringLiteral("id")).trimmed();
    const auto role = roleFromId(parser.value(QStringLiteral("role")));
    if (parser.value(QStringLiteral("database")).isEmpty() || id.isEmpty() || !role)
        return console.usage(Tr::tr("add-user needs --database, --id and a known --role."),
                             synopsis());
    std::optional<City> city;
    if (parser.isSet(QStringLiteral("city"))) {
        city = cityFromId(parser.value(QStringLiteral("city")));
        if (!city)
            return console.usage(Tr::tr("--city takes astana or almaty."), synopsis());
    }
    const bool officeBound = *role == Role::MigrationOfficer || *role == Role::CscOperator
                             || *role == Role::Supervisor;
    if (officeBound != city.has_value()) {
        return console.usage(officeBound
                                 ? Tr::tr("This role works in one city: give --city.")
                                 : Tr::tr("This role belongs to no city: leave out --city."),
                             synopsis());
    }

    QString password = qEnvironmentVariable("KEZEK_PASSWORD");
    if (password.isEmpty()) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    if (password.size() < 8)
        return console.error(CheckFailed, Tr::tr("The password must have at least 8 characters."));

    auto store = ServerStore::open(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    auto hash = hashPassword(password);
    if (!hash)
        return console.error(DataError, hash.error().message);
    UserRecord user{id, parser.value(QStringLiteral("name")), *role, city, *hash, 0, {}};
    if (user.name.isEmpty())
        user.name = id;
    UserStore users(**store);
    if (auto added = users.addUser(user, QDateTime::currentDateTimeUtc()); !added)
        return console.error(added.error().code == u"store.user-exists" ? CheckFailed : DataError,
                             added.error().message);
    console.out() << Tr::tr("user %1 added (%2)").arg(id, roleId(*role)) << '\n';
    return Ok;
}

} // namespace

int runAudit(const QStringList &arguments, Console &console)
{
    const QString usage = Tr::tr("kezekctl audit verify --database URL");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("url")});
    if (arguments.value(0) != u"verify"
        || !parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments.mid(1))
        || parser.value(QStringLiteral("database")).isEmpty()) {
        return console.usage(Tr::tr("audit takes \"verify --database URL\"."), usage);
    }
    auto store = ServerStore::open(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    auto verdict = AuditLog(**store).verify();
    if (!verdict)
        return console.error(DataError, verdict.error().message);
    if (verdict->firstBroken)
        return console.error(CheckFailed, verdict->problem);
    console.out() << Tr::tr("audit log intact: %1 entries").arg(verdict->entries) << '\n';
    return Ok;
}

int runAdmin(const QStringList &arguments, Console &console)
{
    if (!arguments.isEmpty() && arguments.first() == u"add-user")
        return addUser(arguments.mid(1), console);
    return console.usage(Tr::tr("admin takes a subcommand."), synopsis());
}

} // namespace Kezek::Ctl
