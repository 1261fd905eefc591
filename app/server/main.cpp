// kezek-server: the central system of record over HTTPS.
#include "core/domain/queues.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "resources/shippeddata.h"
#include "server/eventlog.h"
#include "server/http/httpapi.h"
#include "server/http/requestlanguage.h"
#include "server/http/tlscontext.h"
#include "server/jobs/auditcheckpoints.h"
#include "server/jobs/escalations.h"
#include "server/jobs/noticedelivery.h"
#include "server/jobs/timedsteps.h"
#include "server/serverconfig.h"
#include "server/servertr.h"
#include "server/signing/ocspresponder.h"

#include <QCoreApplication>
#include <QDateTime>

#include <csignal>
#include <cstdio>
#include <thread>

using namespace Kezek;

namespace {

// The law this server counts by and hands to the workstations: the calendar
// built in, or the site's newer file, with the reason catalog.
Result<Lawbook> loadLaw(const QString &calendarPath, const QString &basisPath)
{
    auto law = ShippedData::lawbook(calendarPath, basisPath);
    if (!law) {
        return fail(law.error().code,
                    ServerTr::tr("The law's data (calendar \"%1\", legal basis \"%2\") cannot be "
                                 "used: %3")
                        .arg(calendarPath.isEmpty() ? QStringLiteral("built-in") : calendarPath,
                             basisPath.isEmpty() ? QStringLiteral("built-in") : basisPath,
                             law.error().message));
    }
    return law;
}

// The schema is brought up to date once, before any request is served.
bool migrateOnce(const ServerConfig &config)
{
    auto store = ServerStore::open(config.databaseUrl);
    if (!store) {
        logEvent("ERROR", "database", {{"message", store.error().message}});
        return false;
    }
    logEvent(
        "INFO",
        "database",
        {{"backend", (*store)->backend()}, {"schema", QString::number((*store)->schemaVersion())}});
    return true;
}

// Never outside the law silently: an operator sees it at start, as every
// workstation does in its banner and /health in its answer.
void warnOutsideLegalBasis(const Lawbook &law, const ServerConfig &config)
{
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    if (law.legalBasis().inForceOn(today))
        return;
    logEvent("WARN",
             "legal-basis",
             {{"in-force", QStringLiteral("none")},
              {"today", today.toString(Qt::ISODate)},
              {"last-ended", law.legalBasis().lastDayInForce().toString(Qt::ISODate)},
              {"intake",
               config.refuseOutsideBasis ? QStringLiteral("refuses applications")
                                         : QStringLiteral("marks the cases")}});
}

// The audit log's key, from outside the database: with it, an edit of the
// database cannot be made to verify. False: the key cannot be used.
bool useAuditKey(const ServerConfig &config)
{
    if (config.auditKeyFile.isEmpty()) {
        logEvent("WARN",
                 "audit-key",
                 {{"message",
                   QStringLiteral("no --audit-key: the audit chain is unkeyed, and anyone who "
                                  "can write the database can rewrite it unseen")}});
        return true;
    }
    auto key = AuditLog::loadKey(config.auditKeyFile, true);
    // The first entry this key writes is noted in its file once: from there
    // on an unkeyed entry is a rewrite, even of the whole chain.
    if (key && !key->keyedFrom) {
        auto store = ServerStore::open(config.databaseUrl);
        auto head = store ? AuditLog(**store).head(QDateTime::currentDateTimeUtc())
                          : Result<AuditCheckpoint>(std::unexpected(store.error()));
        key = head ? AuditLog::noteKeyedFrom(config.auditKeyFile, head->seq + 1)
                   : Result<AuditKey>(std::unexpected(head.error()));
    }
    if (!key) {
        logEvent("ERROR", "audit-key", {{"message", key.error().message}});
        return false;
    }
    AuditLog::setKey(config.databaseUrl, *key);
    return true;
}

// The port the server is bound to, or -1.
int bind(Http::Server &server, const ServerConfig &config)
{
    const int port = server.bind(config.listen.toStdString(), config.port);
    if (port <= 0) {
        logEvent("ERROR",
                 "listen",
                 {{"address", config.listen}, {"port", QString::number(config.port)}});
    }
    return port;
}

// SIGINT and SIGTERM stop the server from a thread of their own: stop() is
// not safe inside a signal handler. SIGHUP, which an operator may send out of
// habit, would otherwise end the server in a way systemd does not restart:
// it is logged instead, since settings are read at start only.
std::thread stopOnSignal(Http::Server &server, sigset_t signals)
{
    return std::thread([&server, signals] {
        int received = 0;
        while (sigwait(&signals, &received) == 0 && received == SIGHUP) {
            logEvent("WARN",
                     "sighup",
                     {{"message",
                       QStringLiteral("settings and certificates are read at start: restart the "
                                      "server to apply them")}});
        }
        logEvent("INFO", "stopping", {{"signal", QString::number(received)}});
        server.stop();
    });
}

// Serves until a signal stops it: the API, the law's timed steps, notice
// delivery and the audit's checkpoints. True when it stopped cleanly.
bool serve(Http::Server &server,
           HttpApi &api,
           const ServerConfig &config,
           int port,
           TimedSteps &timed,
           Escalations &escalations,
           sigset_t signals)
{
    // Like every thread, it inherits the mask: only the stopper takes the signals.
    NoticeDelivery notices(config);
    notices.start();
    timed.start();
    escalations.start();
    AuditCheckpoints checkpoints(config);
    checkpoints.start();
    std::thread stopper = stopOnSignal(server, signals);

    const QString address = config.listen.contains(QLatin1Char(':'))
                                ? QStringLiteral("[%1]").arg(config.listen)
                                : config.listen;
    std::printf("kezek-server listening on https://%s:%d\n", qPrintable(address), port);
    std::fflush(stdout);
    logEvent("INFO", "listening", {{"address", config.listen}, {"port", QString::number(port)}});
    const bool ok = server.run();
    if (!ok) {
        // Wakes the stopper from sigwait(); SIGTERM is blocked there, so nothing is killed.
        // NOLINTNEXTLINE(bugprone-bad-signal-to-kill-thread)
        pthread_kill(stopper.native_handle(), SIGTERM);
    }
    stopper.join();
    api.stopCountingReads();
    checkpoints.stop();
    return ok;
}

// The TSAs decisions' trusted time comes from: the site's, and this server's
// own for a decision signed offline; none, with the reason logged.
std::optional<DecisionTimes> decisionTimes(const ServerConfig &config)
{
    auto tsaCertificates = loadTsaCertificates(config.tsaCertificateFile);
    auto archiveTsa = loadArchiveTsa(config.archiveTsaFile, config.devCertificateDir);
    if (!tsaCertificates || !archiveTsa) {
        logEvent("ERROR",
                 "timestamps",
                 {{"message",
                   (tsaCertificates ? archiveTsa.error() : tsaCertificates.error()).message}});
        return std::nullopt;
    }
    return DecisionTimes(std::move(*tsaCertificates), std::move(*archiveTsa));
}

// Where the signing certificates' revocation is learnt, logged as an
// operator checks it at start; the OCSP responders the site trusts besides,
// or none when they cannot be read (logged).
std::optional<QList<QByteArray>> revocationSources(const ServerConfig &config)
{
    auto responders = loadResponderCertificates(config.ocspResponderFile);
    if (!responders) {
        logEvent("ERROR", "revocation", {{"message", responders.error().message}});
        return std::nullopt;
    }
    QStringList sources;
    if (!config.ocspUrl.isEmpty())
        sources.append(QStringLiteral("ocsp ") + config.ocspUrl);
    if (!config.crlUrls.isEmpty())
        sources.append(QStringLiteral("crl-url ") + config.crlUrls.join(QLatin1Char(',')));
    if (!config.crlFiles.isEmpty())
        sources.append(QStringLiteral("crl ") + config.crlFiles.join(QLatin1Char(',')));
    if (sources.isEmpty()) {
        logEvent("WARN",
                 "revocation",
                 {{"message",
                   QStringLiteral(
                       "neither --ocsp-url, --crl-url nor --crl: a revoked signing certificate "
                       "is not refused")}});
    } else {
        logEvent("INFO", "revocation", {{"sources", sources.join(QStringLiteral("; then "))}});
    }
    return *responders;
}

// Whose petitions intake verifies (§8), said in the log at start; none:
// the officer checks them by eye. Null when the settings cannot be used.
std::optional<std::optional<MinistryAuthority>> petitionAuthority(const ServerConfig &config)
{
    auto ministry = loadMinistryAuthority(config);
    if (!ministry) {
        logEvent("ERROR", "petitions", {{"message", ministry.error().message}});
        return std::nullopt;
    }
    if (!*ministry) {
        logEvent("WARN",
                 "petitions",
                 {{"message",
                   QStringLiteral("no --ministry-ca: the ministry's petitions are not verified "
                                  "at intake; officers check them by eye")}});
    } else {
        logEvent("INFO",
                 "petitions",
                 {{"bin", (*ministry)->bin},
                  {"message",
                   (*ministry)->required
                       ? QStringLiteral("every application brings a petition the ministry "
                                        "signed, verified at intake")
                       : QStringLiteral("demo ministry: a petition sent is verified at intake, "
                                        "one not sent is checked by eye")}});
    }
    return std::move(*ministry);
}

} // namespace

int main(int argc, char *argv[])
{
    // Blocked from the first moment, and so in every thread made after, so
    // that a signal sent during a long start (waiting for another server's
    // migration) is taken once the server runs (stopOnSignal).
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kezek-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kezek"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEZEK_VERSION));
    installRequestTranslator();

    QString help;
    auto config = ServerConfig::fromArguments(QCoreApplication::arguments(), &help);
    if (!help.isEmpty()) {
        std::fputs(help.toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (!config) {
        std::fprintf(stderr,
                     "kezek-server: %s\n\n%s",
                     qPrintable(config.error().message),
                     qPrintable(ServerConfig::usage()));
        return 2;
    }
    if (!migrateOnce(*config))
        return 1;
    auto pem = loadServerCertificate(
        config->certificateFile, config->keyFile, config->devCertificateDir, config->listen);
    if (!pem) {
        logEvent("ERROR", "tls", {{"message", pem.error().message}});
        return 1;
    }
    auto authority = loadSigningAuthority(config->signingAuthorityFile, config->devCertificateDir);
    if (auto anchors = authority ? trustAnchorsFromPem(*authority) : Result<TrustAnchors>();
        !authority || !anchors) {
        logEvent("ERROR",
                 "signing",
                 {{"message", (authority ? anchors.error() : authority.error()).message}});
        return 1;
    }
    auto law = loadLaw(config->calendarFile, config->legalBasisFile);
    if (!law) {
        logEvent("ERROR", "calendar", {{"message", law.error().message}});
        return 1;
    }
    logEvent("INFO", "law", {{"version", law->version()}});
    warnOutsideLegalBasis(*law, *config);
    if (!useAuditKey(*config))
        return 1;
    TimedSteps timed(*config, *law);
    Escalations escalations(*config, *law);
    auto times = decisionTimes(*config);
    if (!times)
        return 1;
    auto responders = revocationSources(*config);
    if (!responders)
        return 1;
    auto ministry = petitionAuthority(*config);
    if (!ministry)
        return 1;
    HttpApi api(*config,
                *authority,
                std::move(*times),
                std::move(*law),
                std::move(*responders),
                std::move(*ministry));
    Http::Server server([&pem](SSL_CTX &context) { return configureTls(context, *pem); },
                        api.limits(),
                        api.hooks());
    if (!server.isValid()) {
        logEvent(
            "ERROR", "tls", {{"message", QStringLiteral("the certificate or key is not usable")}});
        return 1;
    }
    api.install(server);
    const int port = bind(server, *config);
    if (port <= 0)
        return 1;
    api.listening(port);
    const bool ok = serve(server, api, *config, port, timed, escalations, signals);
    logEvent("INFO", "stopped");
    return ok ? 0 : 1;
}
