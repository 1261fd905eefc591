#include "app/ctl/commands/admin.h"

#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/userstore.h"

#include <QSslCertificate>

namespace Kezek::Ctl {

QString adminSynopsis()
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
        "kezekctl admin issue-certificate --database URL --id ID --iin IIN --authority DIR "
        "--out FILE.p12 [--authentication AUTH.p12]\n"
        "  issues a signing key with the holder's IIN from the authority in DIR "
        "(signing-ca.pem and signing-ca-key.pem), registers it, and writes it as PKCS#12; its "
        "password comes from KEZEK_KEY_PASSWORD or one line on standard input; with "
        "--authentication, also the holder's authentication key, which is not for signing\n"
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
        "ran out\n"
        "kezekctl admin migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE "
        "[--audit-key FILE]\n"
        "  moves the site's whole database, with its audit chain, into an empty PostgreSQL "
        "database in one transaction, and verifies it there (each table's rows counted, the "
        "audit chain checked with its key) before it commits; stop the server first");
}

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
    // The certificate binds the officer by the IIN in its subject: one
    // without is not a personal certificate (issue 28).
    if (certificateIin(certificate).isEmpty())
        return console.error(CheckFailed,
                             Tr::tr("The certificate names no IIN of its holder (serialNumber "
                                    "IIN… in its subject): it cannot sign decisions."));
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

int changeAccount(const QString &what,
                  const QStringList &arguments,
                  Console &console,
                  const std::function<Result<void>(AccountChange &)> &change)
{
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database", "id"}, arguments)
        || parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("id")).isEmpty())
        return console.usage(Tr::tr("%1 needs --database and --id.").arg(what), adminSynopsis());
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
    AccountChange account{users, id, now, {}, {}};
    auto done = (*store)->inWriteTransaction([&]() -> Result<void> {
        if (auto changed = change(account); !changed)
            return changed;
        return AuditLog(**store).append({QStringLiteral("kezekctl"), what, id, account.said}, now);
    });
    if (!done)
        return console.error(DataError, done.error().message);
    console.out() << account.said << '\n';
    if (!account.secret.isEmpty())
        console.out() << account.secret << '\n';
    return Ok;
}

// "admin" with no subcommand it knows.
int runAdmin(const Invocation &, Console &console)
{
    return console.usage(Tr::tr("admin takes a subcommand."), adminSynopsis());
}

} // namespace Kezek::Ctl
