#include "app/ctl/commands.h"

#include "core/domain/queues.h"
#include "core/security/certificates.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "core/simulation/historyseeder.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>

namespace Kezek::Ctl {

namespace {

QString synopsis()
{
    return Tr::tr(
        "kezekctl admin add-office --database URL --id ID --kind department|csc --city "
        "astana|almaty [--name NAME]\n"
        "kezekctl admin add-user --database URL --id ID --role ROLE [--office ID | --city "
        "astana|almaty] [--integration NAME] [--name NAME]\n"
        "  the password comes from KEZEK_PASSWORD or one line on standard input\n"
        "  ROLE: migration-officer, csc-operator, ministry-reviewer, supervisor, "
        "administrator, system\n"
        "kezekctl admin set-certificate --database URL --id ID --certificate FILE.pem\n"
        "  registers the certificate the user's decisions must be signed with\n"
        "kezekctl admin list --database URL\n"
        "  the offices and the users, with their roles and offices\n"
        "kezekctl admin issue-certificate --database URL --id ID --authority DIR --out "
        "FILE.p12\n"
        "  issues a signing key from the authority in DIR (signing-ca.pem and "
        "signing-ca-key.pem), registers it, and writes it as PKCS#12; its password "
        "comes from KEZEK_KEY_PASSWORD or one line on standard input\n"
        "kezekctl admin disable-user --database URL --id ID\n"
        "kezekctl admin enable-user --database URL --id ID\n"
        "  a disabled user cannot sign in, and their sessions end at once\n"
        "kezekctl admin revoke-sessions --database URL --id ID\n"
        "  ends every session of the user (a lost laptop): they sign in again\n"
        "kezekctl admin reset-password --database URL --id ID\n"
        "  prints a one-time password the user must change at their next sign-in; their "
        "sessions end\n"
        "kezekctl admin purge --database URL --days N [--dry-run]\n"
        "  the site's retention: the cases over for more than N days lose their scans and "
        "personal data (what the audit and running bans need stays); prints what was purged\n"
        "kezekctl admin seed-history --database URL [--count N] [--days N] [--seed N]\n"
        "  imports a demo history: cases filed and decided over the past days, so that "
        "the server's first run deletes the returns and annuls the approvals whose time "
        "ran out");
}

// The server's store, with the audit log's key when this user can read it:
// KEZEK_AUDIT_KEY names the file, else the one beside a SQLite database. A
// keyed log is not written without it (AuditLog::append says so).
Result<std::unique_ptr<ServerStore>> openServerStore(const QString &url,
                                                     const QString &keyFile = {})
{
    const QString path = !keyFile.isEmpty() ? keyFile
                         : qEnvironmentVariableIsSet("KEZEK_AUDIT_KEY")
                             ? qEnvironmentVariable("KEZEK_AUDIT_KEY")
                             : AuditLog::defaultKeyPath(url);
    if (!path.isEmpty() && (QFile::exists(path) || !keyFile.isEmpty())) {
        auto key = AuditLog::loadKey(path, false);
        if (!key)
            return std::unexpected(key.error());
        AuditLog::setKey(url, *key);
    }
    return ServerStore::open(url);
}

// A secret from an environment variable, or one line on standard input.
bool parse(QCommandLineParser &parser,
           std::initializer_list<const char *> names,
           const QStringList &arguments)
{
    for (const char *name : names)
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    return parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments);
}

Result<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("ctl.file"),
                    Tr::tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

// Registers a user's signing certificate, with its audit entry.
int registerCertificate(const QString &databaseUrl,
                        const QString &userId,
                        const QByteArray &pem,
                        Console &console)
{
    // Only the certificate is kept, re-encoded: a file that also holds the
    // private key must not put it in the server's database.
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return console.error(CheckFailed, Tr::tr("The file holds no PEM certificate."));
    const QByteArray certificate = certificates.constFirst().toPem();
    const auto pin = publicKeyPin(certificate);
    if (!pin)
        return console.error(CheckFailed, pin.error().message);
    auto store = openServerStore(databaseUrl);
    if (!store)
        return console.error(DataError, store.error().message);
    UserStore users(**store);
    auto user = users.findUser(userId);
    if (!user)
        return console.error(DataError, user.error().message);
    if (!user->has_value())
        return console.error(CheckFailed, Tr::tr("There is no user \"%1\".").arg(userId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto ok = users.setSigningCertificate(userId, certificate, now); !ok)
        return console.error(DataError, ok.error().message);
    (void)AuditLog(**store).append({QStringLiteral("kezekctl"),
                                    QStringLiteral("set-certificate"),
                                    userId,
                                    QString::fromLatin1(*pin)},
                                   now);
    console.out() << Tr::tr("signing certificate registered for %1 (key %2)")
                         .arg(userId, QString::fromLatin1(*pin))
                  << '\n';
    return Ok;
}

int setCertificate(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(parser, {"database", "id", "certificate"}, arguments))
        return console.usage(parser.errorText(), synopsis());
    if (parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("id")).isEmpty()
        || parser.value(QStringLiteral("certificate")).isEmpty())
        return console.usage(Tr::tr("set-certificate needs --database, --id and --certificate."),
                             synopsis());
    auto pem = readWhole(parser.value(QStringLiteral("certificate")));
    if (!pem)
        return console.error(DataError, pem.error().message);
    return registerCertificate(parser.value(QStringLiteral("database")),
                               parser.value(QStringLiteral("id")),
                               *pem,
                               console);
}

int issueCertificate(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(parser, {"database", "id", "authority", "out", "name"}, arguments))
        return console.usage(parser.errorText(), synopsis());
    for (const char *required : {"database", "id", "authority", "out"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return console.usage(
                Tr::tr("issue-certificate needs --database, --id, --authority and --out."),
                synopsis());
    }
    const QDir authorityDir(parser.value(QStringLiteral("authority")));
    auto certificate = readWhole(authorityDir.filePath(QStringLiteral("signing-ca.pem")));
    auto key = readWhole(authorityDir.filePath(QStringLiteral("signing-ca-key.pem")));
    if (!certificate || !key)
        return console.error(DataError, (certificate ? key.error() : certificate.error()).message);
    const QString password = readSecret("KEZEK_KEY_PASSWORD");
    if (password.size() < 8)
        return console.error(CheckFailed,
                             Tr::tr("The key file's password must have at least 8 characters."));
    const QString id = parser.value(QStringLiteral("id"));
    const QString name = parser.value(QStringLiteral("name")).isEmpty()
                             ? id
                             : parser.value(QStringLiteral("name"));
    auto identity = issueSigningCertificate({*certificate, *key}, name);
    if (!identity)
        return console.error(DataError, identity.error().message);
    auto bundle = makePkcs12(*identity, password, name);
    if (!bundle)
        return console.error(DataError, bundle.error().message);
    // The key file first: a certificate is registered only once its key is safe.
    QSaveFile out(parser.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(*bundle) != bundle->size()
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        return console.error(DataError,
                             Tr::tr("Cannot write \"%1\": %2.")
                                 .arg(parser.value(QStringLiteral("out")), out.errorString()));
    return registerCertificate(
        parser.value(QStringLiteral("database")), id, identity->certificate, console);
}

int addOffice(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(parser, {"database", "id", "kind", "city", "name"}, arguments))
        return console.usage(parser.errorText(), synopsis());
    const QString id = parser.value(QStringLiteral("id")).trimmed();
    const auto kind = officeKindFromId(parser.value(QStringLiteral("kind")));
    const auto city = cityFromId(parser.value(QStringLiteral("city")));
    if (parser.value(QStringLiteral("database")).isEmpty() || id.isEmpty() || !kind || !city)
        return console.usage(Tr::tr("add-office needs --database, --id, --kind department|csc and "
                                    "--city astana|almaty."),
                             synopsis());
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    const OfficeRecord office{
        id,
        parser.value(QStringLiteral("name")).isEmpty() ? id : parser.value(QStringLiteral("name")),
        *kind,
        *city};
    if (auto added = UserStore(**store).addOffice(office, QDateTime::currentDateTimeUtc()); !added)
        return console.error(added.error().code == u"store.office-exists" ? CheckFailed : DataError,
                             added.error().message);
    console.out() << Tr::tr("office %1 added (%2, %3)").arg(id, officeKindId(*kind), cityId(*city))
                  << '\n';
    return Ok;
}

int list(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(parser, {"database"}, arguments)
        || parser.value(QStringLiteral("database")).isEmpty())
        return console.usage(Tr::tr("list needs --database."), synopsis());
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

int addUser(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(
            parser, {"database", "id", "role", "city", "name", "integration", "office"}, arguments))
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
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    UserStore users(**store);
    // The office gives the city: an officer or supervisor works in a
    // department, a CSC operator in a CSC.
    const QString officeId = parser.value(QStringLiteral("office"));
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
            = *role == Role::CscOperator ? OfficeKind::Csc : OfficeKind::Department;
        if (!officeBound || (*office)->kind != wanted || (city && *city != (*office)->city)) {
            return console.usage(Tr::tr("The office \"%1\" is a %2 in %3: not a place for a %4.")
                                     .arg(officeId,
                                          officeKindId((*office)->kind),
                                          cityId((*office)->city),
                                          roleId(*role)),
                                 synopsis());
        }
        city = (*office)->city;
    }
    if (officeBound != city.has_value()) {
        return console.usage(officeBound
                                 ? Tr::tr("This role works in one city: give --city.")
                                 : Tr::tr("This role belongs to no city: leave out --city."),
                             synopsis());
    }

    // An integration's credential names the one system it is.
    static const QStringList integrations = {QStringLiteral("egov"),
                                             QStringLiteral("kqp"),
                                             QStringLiteral("nsc"),
                                             QStringLiteral("checks"),
                                             QStringLiteral("courier"),
                                             QStringLiteral("migration")};
    const QString integration = parser.value(QStringLiteral("integration"));
    if ((*role == Role::System) != !integration.isEmpty()
        || (!integration.isEmpty() && !integrations.contains(integration))) {
        return console.usage(Tr::tr("A system user names its integration with --integration (%1); "
                                    "people have none.")
                                 .arg(integrations.join(QStringLiteral(", "))),
                             synopsis());
    }
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
        return console.error(added.error().code == u"store.user-exists" ? CheckFailed : DataError,
                             added.error().message);
    console.out() << Tr::tr("user %1 added (%2)").arg(id, roleId(*role)) << '\n';
    return Ok;
}

// The site's retention period, applied: what went, case by case.
int purge(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dry-run"), QString()});
    bool daysOk = false;
    if (!parse(parser, {"database", "days"}, arguments)
        || parser.value(QStringLiteral("database")).isEmpty()
        || (parser.value(QStringLiteral("days")).toInt(&daysOk), !daysOk)
        || parser.value(QStringLiteral("days")).toInt() < 1)
        return console.usage(Tr::tr("purge needs --database and --days N (1 or more)."),
                             synopsis());
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

// An account's state changed by IT: disable, enable, revoke its sessions,
// or reset its password; each audited, and an unknown user changes nothing.
int account(const QString &what, const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(parser, {"database", "id"}, arguments)
        || parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("id")).isEmpty())
        return console.usage(Tr::tr("%1 needs --database and --id.").arg(what), synopsis());
    const QString id = parser.value(QStringLiteral("id"));
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    UserStore users(**store);
    auto user = users.findUser(id);
    if (!user)
        return console.error(DataError, user.error().message);
    if (!user->has_value())
        return console.error(CheckFailed,
                             Tr::tr("There is no user \"%1\"; nothing was changed.").arg(id));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString said;
    QString secret;
    auto done = (*store)->inWriteTransaction([&]() -> Result<void> {
        if (what == u"disable-user" || what == u"enable-user") {
            const bool disable = what == u"disable-user";
            if (auto set = users.setDisabled(id, disable, now); !set)
                return std::unexpected(set.error());
            said = disable ? Tr::tr("%1 is disabled; their sessions ended.").arg(id)
                           : Tr::tr("%1 may sign in again.").arg(id);
        } else if (what == u"revoke-sessions") {
            auto ended = users.revokeSessions(id);
            if (!ended)
                return std::unexpected(ended.error());
            said = Tr::tr("%n session(s) of %1 ended.", nullptr, *ended).arg(id);
        } else {
            // Sixteen characters of a random token: typed once, then changed.
            secret = QString::fromLatin1(randomToken().left(16));
            auto hash = hashPassword(secret);
            if (!hash)
                return std::unexpected(hash.error());
            if (auto set = users.setPasswordHash(id, *hash, true); !set)
                return std::unexpected(set.error());
            if (auto ended = users.revokeSessions(id); !ended)
                return std::unexpected(ended.error());
            if (auto cleared = users.clearSignInFailures(id); !cleared)
                return cleared;
            said = Tr::tr("One-time password for %1 (to be changed at the next sign-in):").arg(id);
        }
        return AuditLog(**store).append({QStringLiteral("kezekctl"), what, id, said}, now);
    });
    if (!done)
        return console.error(DataError, done.error().message);
    console.out() << said << '\n';
    if (!secret.isEmpty())
        console.out() << secret << '\n';
    return Ok;
}

// A demo's or a training site's past, imported into the store as from an
// earlier system: each case the workflow made, with an audit entry.
int seedHistory(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(parser, {"database", "count", "days", "seed"}, arguments))
        return console.usage(parser.errorText(), synopsis());
    bool countOk = true;
    bool daysOk = true;
    bool seedOk = true;
    HistoryOptions options;
    options.today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    if (parser.isSet(QStringLiteral("count")))
        options.count = parser.value(QStringLiteral("count")).toInt(&countOk);
    if (parser.isSet(QStringLiteral("days")))
        options.days = parser.value(QStringLiteral("days")).toInt(&daysOk);
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (parser.value(QStringLiteral("database")).isEmpty() || !countOk || !daysOk || !seedOk
        || options.count < 1 || options.count > 100000 || options.days < 60 || options.days > 3650)
        return console.usage(Tr::tr("seed-history needs --database, and --count 1..100000 and "
                                    "--days 60..3650 when given."),
                             synopsis());
    auto law = ShippedData::lawbook();
    if (!law)
        return console.error(DataError, law.error().message);
    auto seeded = Kezek::seedHistory(options, law->context(), law->legalBasis());
    if (!seeded)
        return console.error(DataError, seeded.error().message);
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    QList<Case> cases;
    for (const SeededCase &seededCase : std::as_const(*seeded)) {
        auto existing = (*store)->findCase(seededCase.c.id);
        if (!existing)
            return console.error(DataError, existing.error().message);
        if (existing->has_value())
            return console.error(
                CheckFailed,
                Tr::tr("The history of seed %1 is already in this database.").arg(options.seed));
        cases.append(seededCase.c);
    }
    if (auto saved = (*store)->saveCases(cases); !saved)
        return console.error(DataError, saved.error().message);
    for (const Case &c : std::as_const(cases)) {
        if (auto audited = AuditLog(**store).append({QStringLiteral("kezekctl"),
                                                     QStringLiteral("import"),
                                                     c.id,
                                                     QStringLiteral("history %1 %2 version %3")
                                                         .arg(c.number, caseStateId(c.state))
                                                         .arg(c.version)},
                                                    QDateTime::currentDateTimeUtc());
            !audited)
            return console.error(DataError, audited.error().message);
    }
    console.out() << Tr::tr("cases imported: %1, filed over the past %2 days")
                         .arg(cases.size())
                         .arg(options.days)
                  << '\n';
    return Ok;
}

} // namespace

// Who read a case, and when: from the compact read audit, newest first.
int auditReads(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    if (!parse(parser, {"database", "case"}, arguments)
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

int runAudit(const QStringList &arguments, Console &console)
{
    if (arguments.value(0) == u"reads")
        return auditReads(arguments.mid(1), console);
    const QString usage = Tr::tr(
        "kezekctl audit verify --database URL [--audit-key FILE] [--checkpoint FILE]...\n"
        "  checks the audit log's chain (with its key, when it is keyed) and, with --checkpoint, "
        "that every entry a checkpoint file or a saved journal names is there unchanged");
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("url")});
    parser.addOption({QStringLiteral("audit-key"), QString(), QStringLiteral("file")});
    parser.addOption({QStringLiteral("checkpoint"), QString(), QStringLiteral("file")});
    if (arguments.value(0) != u"verify"
        || !parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments.mid(1))
        || parser.value(QStringLiteral("database")).isEmpty()) {
        return console.usage(Tr::tr("audit takes \"verify --database URL\"."), usage);
    }
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

int runExport(const QStringList &arguments, Console &console)
{
    const QString usage
        = Tr::tr("kezekctl export decisions --database URL --case ID --out DIR\n"
                 "  writes each signed decision of the case as ID.json and its signature as "
                 "ID.p7s (DER); check one with:\n"
                 "  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json "
                 "-CAfile signing-ca.pem -out /dev/null");
    QCommandLineParser parser;
    if (arguments.value(0) != u"decisions"
        || !parse(parser, {"database", "case", "out"}, arguments.mid(1))
        || parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("case")).isEmpty()
        || parser.value(QStringLiteral("out")).isEmpty())
        return console.usage(
            Tr::tr("export takes \"decisions --database URL --case ID --out DIR\"."), usage);
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    auto decisions = (*store)->signedCommands(parser.value(QStringLiteral("case")));
    if (!decisions)
        return console.error(DataError, decisions.error().message);
    if (decisions->isEmpty())
        return console.error(CheckFailed,
                             Tr::tr("The case \"%1\" has no signed decision.")
                                 .arg(parser.value(QStringLiteral("case"))));
    const QDir out(parser.value(QStringLiteral("out")));
    if (!out.mkpath(QStringLiteral(".")))
        return console.error(DataError, Tr::tr("Cannot create the folder \"%1\".").arg(out.path()));
    for (const ServerStore::SignedCommand &decision : std::as_const(*decisions)) {
        for (const auto &[suffix, bytes] :
             {std::pair{QStringLiteral(".json"), decision.content},
              std::pair{QStringLiteral(".p7s"), decision.signature}}) {
            QSaveFile file(out.filePath(decision.id + suffix));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                || !file.commit())
                return console.error(
                    DataError,
                    Tr::tr("Cannot write \"%1\": %2.").arg(file.fileName(), file.errorString()));
        }
        console.out()
            << Tr::tr("%1 %2 signed by %3").arg(decision.id, decision.type, decision.userId)
            << '\n';
    }
    return Ok;
}

int runAdmin(const QStringList &arguments, Console &console)
{
    if (!arguments.isEmpty() && arguments.first() == u"add-user")
        return addUser(arguments.mid(1), console);
    if (!arguments.isEmpty() && arguments.first() == u"add-office")
        return addOffice(arguments.mid(1), console);
    if (!arguments.isEmpty() && arguments.first() == u"list")
        return list(arguments.mid(1), console);
    if (!arguments.isEmpty() && arguments.first() == u"set-certificate")
        return setCertificate(arguments.mid(1), console);
    if (!arguments.isEmpty() && arguments.first() == u"issue-certificate")
        return issueCertificate(arguments.mid(1), console);
    if (!arguments.isEmpty() && arguments.first() == u"seed-history")
        return seedHistory(arguments.mid(1), console);
    if (!arguments.isEmpty() && arguments.first() == u"purge")
        return purge(arguments.mid(1), console);
    for (const char *what : {"disable-user", "enable-user", "revoke-sessions", "reset-password"}) {
        if (!arguments.isEmpty() && arguments.first() == QLatin1StringView(what))
            return account(QString::fromLatin1(what), arguments.mid(1), console);
    }
    return console.usage(Tr::tr("admin takes a subcommand."), synopsis());
}

} // namespace Kezek::Ctl
