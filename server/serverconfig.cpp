#include "server/serverconfig.h"

#include "core/protocol/signinstatement.h"
#include "server/servertr.h"

#include "db/server/auditlog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <arpa/inet.h>

namespace Kezek {

std::optional<QString> canonicalAddress(const QString &text)
{
    const QByteArray bytes = text.trimmed().toLatin1();
    unsigned char binary[sizeof(in6_addr)];
    char printed[INET6_ADDRSTRLEN];
    for (const int family : {AF_INET, AF_INET6}) {
        if (inet_pton(family, bytes.constData(), binary) == 1
            && inet_ntop(family, binary, printed, sizeof printed) != nullptr)
            return QString::fromLatin1(printed);
    }
    return std::nullopt;
}

namespace {

struct Option
{
    const char *name;
    const char *value;
    const char *description;
};

const Option Options[] = {
    {"config", "file", QT_TRANSLATE_NOOP("Kezek::Server", "Read settings from this INI file.")},
    {"listen",
     "address",
     QT_TRANSLATE_NOOP("Kezek::Server", "Address to listen on (default 127.0.0.1).")},
    {"port",
     "port",
     QT_TRANSLATE_NOOP("Kezek::Server", "Port to listen on (default 8443; 0 picks a free one).")},
    {"cert", "file", QT_TRANSLATE_NOOP("Kezek::Server", "TLS certificate chain (PEM).")},
    {"key", "file", QT_TRANSLATE_NOOP("Kezek::Server", "TLS private key (PEM).")},
    {"dev-cert",
     "dir",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Make or reuse a self-signed certificate in this folder (demos only).")},
    {"signing-ca",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The authority (PEM) whose certificates may sign decisions; with "
                       "--dev-cert, a demo authority is made there when this is not given.")},
    {"ministry-ca",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The authority (PEM: roots and intermediates) whose certificates sign the "
                       "ministry's petitions; with it, an application is taken only with a "
                       "petition the ministry signed. With --dev-cert, a demo ministry is made "
                       "there when this is not given.")},
    {"ministry-bin",
     "bin",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The ministry's BIN, as its signing certificates carry it (OU=BIN…): "
                       "a petition signed under any other is refused.")},
    {"tsa-cert",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The site timestamp authority's certificates (PEM): a decision signed "
                       "online carries its token.")},
    {"archive-tsa",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "This server's own timestamp authority (PEM certificate and key): it "
                       "stamps a decision signed offline on receipt; with --dev-cert, made "
                       "there when this is not given.")},
    {"crl",
     "files",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The revocation lists (CRL, DER or PEM) of the authorities that issue "
                       "officers' certificates, comma-separated, kept current by the site: a "
                       "certificate revoked before a decision's time is refused.")},
    {"crl-url",
     "urls",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The addresses (http://…, comma-separated, e.g. "
                       "http://crl.pki.gov.kz/nca_rsa.crl) of the revocation lists of the "
                       "authorities that issue officers' certificates: the server fetches each "
                       "(within --ocsp-timeout), keeps it until its next update, and keeps the "
                       "list used with the decision; used after the OCSP responder and before "
                       "--crl files.")},
    {"ocsp-url",
     "url",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The issuing authority's OCSP responder (http://…, e.g. "
                       "http://ocsp.pki.gov.kz): each signing certificate's status is asked of "
                       "it, cached until the answer's next update, and the answer kept with the "
                       "decision; with --crl too, the lists are used when it cannot be reached.")},
    {"ocsp-responder-cert",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "OCSP responder certificates (PEM) trusted besides the authorities and "
                       "the responders they authorise (default: none).")},
    {"ocsp-timeout",
     "seconds",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "How long the OCSP responder may take to answer, or a revocation list "
                       "(--crl-url) to arrive, before a decision is refused as unverifiable "
                       "(default 5).")},
    {"calendar",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The business calendar (JSON) to count working days by; by default the "
                       "one built into this program. Workstations receive it when they sync.")},
    {"legal-basis",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The legal basis (JSON): the order and any instrument that extends or "
                       "replaces it, with their terms; by default the one built in (the order, "
                       "in force until 31.12.2025).")},
    {"outside-basis",
     "accept|refuse",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "What intake does on a day no legal basis is in force: accept the "
                       "application and mark the case (default), or refuse it.")},
    {"database",
     "url",
     QT_TRANSLATE_NOOP(
         "Kezek::Server",
         "sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.")},
    {"max-body",
     "bytes",
     QT_TRANSLATE_NOOP("Kezek::Server", "Largest request body accepted (default 16 MiB).")},
    {"max-document",
     "bytes",
     QT_TRANSLATE_NOOP("Kezek::Server", "Largest scan accepted (default 20 MiB).")},
    {"read-timeout",
     "seconds",
     QT_TRANSLATE_NOOP("Kezek::Server", "Drop a client silent this long (default 15).")},
    {"threads",
     "count",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Requests served at once, each with its own database connection "
                       "(default 8). Waiting connections take no thread.")},
    {"max-connections",
     "count",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Connections held open at once; more are answered 503 with Retry-After "
                       "(default 50000, and never more than the open files allowed).")},
    {"max-connections-per-address",
     "count",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Connections one client address may hold open; behind a trusted proxy, "
                       "requests at once from the client it names (default 256).")},
    {"notices-to",
     "target",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Where notices to the applicants' eGov cabinets go (simulated): log "
                       "(default) or dir:PATH, a file per notice.")},
    {"notice-interval",
     "seconds",
     QT_TRANSLATE_NOOP("Kezek::Server", "How often the notices outbox is drained (default 5).")},
    {"claim-minutes",
     "minutes",
     QT_TRANSLATE_NOOP(
         "Kezek::Server",
         "How long an officer's claim on a case lasts unless renewed (default 480).")},
    {"timed-steps-minutes",
     "minutes",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "How often the steps the law takes by itself (§12 deletion, §19 "
                       "annulment) are looked for; also at start-up (default 60; 0: never).")},
    {"escalation-minutes",
     "minutes",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "How often the officers' clocks in their warning or breached are looked "
                       "for, to tell the case's holder and the city's supervisors; also at "
                       "start-up (default 15; 0: never).")},
    {"act-window-hours",
     "hours",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "How long a timed step waits, from the start of the day it falls due, "
                       "for acts made on time offline (default 72).")},
    {"sign-in-rate",
     "count",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Sign-ins one client address may try per minute, and at once; more are "
                       "answered 429 with Retry-After (default 10).")},
    {"sign-in-workers",
     "count",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Password checks this server runs at once; a sign-in that finds none free "
                       "within a quarter second is answered 429 (default 2).")},
    {"trusted-proxy",
     "addresses",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Comma-separated addresses of the reverse proxies (nginx) whose "
                       "X-Forwarded-For names the client; from any other address the header is "
                       "ignored (default: none).")},
    {"audit-key",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The audit log's key (HMAC), made on first start when missing; readable by "
                       "the server's user only, outside the database (default: beside a SQLite "
                       "database; for PostgreSQL, give it to every server).")},
    {"audit-checkpoints",
     "file",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "A file the audit chain's head is appended to, at start, every "
                       "audit-checkpoint-minutes and at stop, for write-once storage (default: "
                       "beside a SQLite database; the journal has them always).")},
    {"audit-checkpoint-minutes",
     "minutes",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "How often the audit chain's head is written out (default 10).")},
    {"read-audit-minutes",
     "minutes",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Reads of cases are audited per session and period of this length, and "
                       "entered in the audit chain when the period is over (default 15).")},
    {"sign-in-key",
     "required|optional|off",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Whether officers sign in with their authentication key (EDS) besides the "
                       "password: required, optional (a key sent is checked) or off (default). "
                       "The key is checked against --signing-ca and revocation as decisions' "
                       "signatures are.")},
    {"sign-in-audience",
     "host:port,...",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The names, with their ports, workstations address this server by, comma-"
                       "separated: a sign-in with the key is good only when it names one of them "
                       "(default: the listen address and port; behind a reverse proxy, the "
                       "public name, e.g. kezek.migration.kz:443).")},
    {"sign-in-challenge-seconds",
     "seconds",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "How long the challenge a sign-in with the key signs stays good "
                       "(default 120).")},
    {"max-sessions",
     "count",
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Sessions one user may hold; a new sign-in ends the oldest beyond it "
                       "(default 5).")},
};

void addOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Option &option : Options) {
        parser.addOption({QString::fromLatin1(option.name),
                          ServerTr::tr(option.description),
                          QString::fromLatin1(option.value)});
    }
}

std::unexpected<Error> badValue(const QString &name, const QString &value)
{
    return fail(QStringLiteral("config.value"),
                ServerTr::tr("The setting \"%1\" cannot be \"%2\".").arg(name, value));
}

} // namespace

QString ServerConfig::usage()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ServerTr::tr("Kezek central server: the system of record over HTTPS."));
    addOptions(parser);
    return parser.helpText();
}

namespace {

// The settings file first, then the flags over it: every setting by name.
Result<QHash<QString, QString>> settingValues(const QCommandLineParser &parser)
{
    QHash<QString, QString> values;
    if (parser.isSet(QStringLiteral("config"))) {
        const QString path = parser.value(QStringLiteral("config"));
        if (!QFileInfo(path).isReadable()) {
            return fail(QStringLiteral("config.file"),
                        ServerTr::tr("The settings file \"%1\" cannot be read.").arg(path));
        }
        QSettings file(path, QSettings::IniFormat);
        for (const QString &key : file.allKeys()) {
            // A setting commented out the Unix way ("#threads=4") reads as a
            // key: it is a comment, as in every other file under /etc.
            if (key.startsWith(u'#'))
                continue;
            bool known = false;
            for (const Option &option : Options)
                known = known || key == QLatin1StringView(option.name);
            if (!known || key == u"config") {
                return fail(
                    QStringLiteral("config.unknown"),
                    ServerTr::tr("The settings file names an unknown setting \"%1\".").arg(key));
            }
            // A list unquoted (a, b) reads as a string list: the commas are kept.
            const QVariant value = file.value(key);
            values.insert(key,
                          value.typeId() == QMetaType::QStringList
                              ? value.toStringList().join(QLatin1Char(','))
                              : value.toString());
        }
    }
    for (const Option &option : Options) {
        const QString name = QString::fromLatin1(option.name);
        if (parser.isSet(name))
            values.insert(name, parser.value(name));
    }

    return values;
}

// The numbered settings, each within its bounds.
Result<void> readNumbers(const QHash<QString, QString> &values, ServerConfig &config)
{
    auto number
        = [&](const char *name, qint64 minimum, qint64 maximum, auto &target) -> Result<void> {
        const QString key = QString::fromLatin1(name);
        if (!values.contains(key))
            return {};
        bool ok = false;
        const qint64 value = values.value(key).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum)
            return badValue(key, values.value(key));
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
        return {};
    };
    for (auto result :
         {number("port", 0, 65535, config.port),
          number("max-body", 1024, qint64(1) << 32, config.maxBodyBytes),
          number("max-document", 1024, qint64(1) << 32, config.maxDocumentBytes),
          number("read-timeout", 1, 3600, config.readTimeoutSeconds),
          number("ocsp-timeout", 1, 60, config.ocspTimeoutSeconds),
          number("threads", 1, 256, config.threads),
          number("max-connections", 16, 1000000, config.maxConnections),
          number("max-connections-per-address", 1, 1000000, config.maxConnectionsPerAddress),
          number("notice-interval", 1, 3600, config.noticeIntervalSeconds),
          number("claim-minutes", 1, 7 * 24 * 60, config.claimMinutes),
          number("timed-steps-minutes", 0, 24 * 60, config.timedStepsMinutes),
          number("act-window-hours", 0, 30 * 24, config.actWindowHours),
          number("escalation-minutes", 0, 24 * 60, config.escalationMinutes),
          number("sign-in-rate", 1, 100000, config.signInPerMinute),
          number("sign-in-workers", 1, 256, config.signInWorkers),
          number("max-sessions", 1, 1000, config.maxSessions),
          number("sign-in-challenge-seconds", 1, 3600, config.signInChallengeSeconds),
          number("audit-checkpoint-minutes", 1, 24 * 60, config.auditCheckpointMinutes),
          number("read-audit-minutes", 1, 24 * 60, config.readAuditMinutes)}) {
        if (!result)
            return result;
    }
    return {};
}

// The servers a sign-in with the key may name, each as SignIn::audience
// writes it (the port 443 when none is given), or the bad one.
Result<QStringList> signInAudiences(const QString &value)
{
    QStringList audiences;
    for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = entry.trimmed();
        const QUrl url(QStringLiteral("https://") + name, QUrl::StrictMode);
        if (name.isEmpty() || !url.isValid() || url.host().isEmpty() || !url.path().isEmpty()
            || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
            return badValue(QStringLiteral("sign-in-audience"), name);
        audiences.append(SignIn::audience(url));
    }
    return audiences;
}

// The settings in words: addresses, files, the database, where notices go.
Result<void> readTexts(const QHash<QString, QString> &values, ServerConfig &config)
{
    config.listen = values.value(QStringLiteral("listen"), config.listen);
    config.certificateFile = values.value(QStringLiteral("cert"));
    config.keyFile = values.value(QStringLiteral("key"));
    config.devCertificateDir = values.value(QStringLiteral("dev-cert"));
    config.databaseUrl = values.value(QStringLiteral("database"));
    config.signingAuthorityFile = values.value(QStringLiteral("signing-ca"));
    config.ministryAuthorityFile = values.value(QStringLiteral("ministry-ca"));
    config.ministryBin = values.value(QStringLiteral("ministry-bin"));
    static const QRegularExpression bin(QStringLiteral("^\\d{12}$"));
    if (!config.ministryBin.isEmpty() && !bin.match(config.ministryBin).hasMatch())
        return badValue(QStringLiteral("ministry-bin"), config.ministryBin);
    config.tsaCertificateFile = values.value(QStringLiteral("tsa-cert"));
    config.archiveTsaFile = values.value(QStringLiteral("archive-tsa"));
    config.crlFiles
        = values.value(QStringLiteral("crl")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &address :
         values.value(QStringLiteral("crl-url")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // Plain HTTP, as RFC 5280 §4.2.1.13 has it: the lists are signed.
        if (const QUrl url(address.trimmed(), QUrl::StrictMode);
            !url.isValid() || url.scheme() != u"http" || url.host().isEmpty())
            return badValue(QStringLiteral("crl-url"), address.trimmed());
        config.crlUrls.append(address.trimmed());
    }
    config.ocspUrl = values.value(QStringLiteral("ocsp-url"));
    // Plain HTTP, as RFC 6960 has it and НУЦ РК serves: the answers are signed.
    if (const QUrl url(config.ocspUrl, QUrl::StrictMode);
        !config.ocspUrl.isEmpty()
        && (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty()))
        return badValue(QStringLiteral("ocsp-url"), config.ocspUrl);
    config.ocspResponderFile = values.value(QStringLiteral("ocsp-responder-cert"));
    config.calendarFile = values.value(QStringLiteral("calendar"));
    config.legalBasisFile = values.value(QStringLiteral("legal-basis"));
    const QString outside = values.value(QStringLiteral("outside-basis"), QStringLiteral("accept"));
    if (outside != u"accept" && outside != u"refuse")
        return badValue(QStringLiteral("outside-basis"), outside);
    config.refuseOutsideBasis = outside == u"refuse";
    for (const QString &proxy : values.value(QStringLiteral("trusted-proxy"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto address = canonicalAddress(proxy.trimmed());
        if (!address)
            return badValue(QStringLiteral("trusted-proxy"), proxy.trimmed());
        config.trustedProxies.append(*address);
    }
    const QString key = values.value(QStringLiteral("sign-in-key"), QStringLiteral("off"));
    if (key != u"off" && key != u"optional" && key != u"required")
        return badValue(QStringLiteral("sign-in-key"), key);
    config.signInKey = key == u"required"   ? ServerConfig::SignInKey::Required
                       : key == u"optional" ? ServerConfig::SignInKey::Optional
                                            : ServerConfig::SignInKey::Off;
    if (auto audiences = signInAudiences(values.value(QStringLiteral("sign-in-audience")));
        audiences)
        config.signInAudiences = *audiences;
    else
        return std::unexpected(audiences.error());
    config.noticesTo = values.value(QStringLiteral("notices-to"), config.noticesTo);
    if (config.noticesTo != u"log"
        && (!config.noticesTo.startsWith(u"dir:") || config.noticesTo.size() == 4))
        return badValue(QStringLiteral("notices-to"), config.noticesTo);
    if (config.databaseUrl.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        config.databaseUrl
            = QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("kezek-server.db"));
    }
    config.auditKeyFile
        = values.value(QStringLiteral("audit-key"), AuditLog::defaultKeyPath(config.databaseUrl));
    config.auditCheckpointFile = values.value(QStringLiteral("audit-checkpoints"),
                                              AuditLog::defaultCheckpointPath(config.databaseUrl));
    return {};
}

// The settings that only together make a server: HTTPS, and the authority
// decisions are signed under.
Result<void> checkRequired(const ServerConfig &config)
{
    if (config.certificateFile.isEmpty() != config.keyFile.isEmpty()) {
        return fail(QStringLiteral("config.tls"), ServerTr::tr("--cert and --key go together."));
    }
    if (config.certificateFile.isEmpty() && config.devCertificateDir.isEmpty()) {
        return fail(
            QStringLiteral("config.tls"),
            ServerTr::tr("The server speaks HTTPS only: give --cert and --key, or --dev-cert DIR "
                         "for a self-signed demo certificate."));
    }
    if (config.signingAuthorityFile.isEmpty() && config.devCertificateDir.isEmpty()) {
        return fail(QStringLiteral("config.signing"),
                    ServerTr::tr("Decisions are signed: give --signing-ca with the certificate of "
                                 "the authority that issues the officers' signing keys."));
    }
    // A sign-in names the server as the workstation addressed it, which an
    // address of every interface is not.
    if (config.signInKey != ServerConfig::SignInKey::Off && config.signInAudiences.isEmpty()
        && (config.listen == u"0.0.0.0" || config.listen == u"::")) {
        return fail(QStringLiteral("config.sign-in-audience"),
                    ServerTr::tr("The server listens on every address: give --sign-in-audience "
                                 "with the name and port workstations address it by, for "
                                 "sign-in with the key."));
    }
    // НУЦ РК issues every organisation's certificates under the same roots:
    // the BIN is what names the ministry.
    if (!config.ministryAuthorityFile.isEmpty() && config.ministryBin.isEmpty()) {
        return fail(QStringLiteral("config.ministry"),
                    ServerTr::tr("--ministry-ca needs --ministry-bin: the ministry's BIN is what "
                                 "tells its certificates from any other organisation's."));
    }
    return {};
}

} // namespace

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, QString *help)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(QStringLiteral("config.usage"), parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QStringLiteral("config.usage"),
                    ServerTr::tr("Unexpected argument \"%1\".")
                        .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *help = usage();
        return ServerConfig{};
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *help = QStringLiteral("kezek-server " KEZEK_VERSION "\n");
        return ServerConfig{};
    }

    auto values = settingValues(parser);
    if (!values)
        return std::unexpected(values.error());
    ServerConfig config;
    if (auto ok = readNumbers(*values, config); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readTexts(*values, config); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkRequired(config); !ok)
        return std::unexpected(ok.error());
    return config;
}

} // namespace Kezek
