#pragma once

#include "core/protocol/scans.h"
#include "core/result/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Kezek {

// An IPv4 or IPv6 address as the server prints client addresses, or nothing
// when `text` is not one.
std::optional<QString> canonicalAddress(const QString &text);

// How kezek-server runs: from its flags, and from an INI file (--config) whose
// keys are the flags' names; a flag wins over the file.
struct ServerConfig
{
    QString listen = QStringLiteral("127.0.0.1");
    int port = 8443; // 0: any free port, printed on start
    QString certificateFile;
    QString keyFile;
    QString devCertificateDir;    // make (or reuse) a self-signed pair here
    QString databaseUrl;          // sqlite:PATH or postgresql://…
    QString signingAuthorityFile; // PEM; with --dev-cert, made in that folder when empty
    // The ministry's petitions (§8): the authority its signing certificates
    // chain to (PEM), and its BIN in their subject. Given: every application
    // brings a petition that verifies. Not given: with --dev-cert a demo
    // ministry (a petition sent is verified, none is checked by eye);
    // without, petitions are checked by eye.
    QString ministryAuthorityFile;
    QString ministryBin;
    QString tsaCertificateFile;      // PEM: the site TSA's certificates a token may be signed by
    QString archiveTsaFile;          // PEM certificate and key of the server's own TSA
    QStringList crlFiles;            // the issuing authorities' revocation lists; none: not checked
    QStringList crlUrls;             // the issuing authorities' CRLs (http://), fetched and cached
    QString ocspUrl;                 // the authority's OCSP responder (http://); empty: not asked
    QString ocspResponderFile;       // PEM: responder certificates trusted besides
    int ocspTimeoutSeconds = 5;      // a responder silent this long: the decision is refused
    QString calendarFile;            // the business calendar; empty: the one compiled in
    QString legalBasisFile;          // the legal basis; empty: the one compiled in
    bool refuseOutsideBasis = false; // intake on a day no basis is in force: refuse, not mark
    qint64 maxBodyBytes = qint64(16) * 1024 * 1024;
    qint64 maxDocumentBytes = Scans::MaxBytes; // one scan
    int readTimeoutSeconds = 15;               // a client silent this long is dropped
    int threads = 8; // routes at once, each with its own database connection
    // Connections held open at once, in all and from one client address
    // (behind a trusted proxy: requests at once from the client it names).
    int maxConnections = 50000;
    int maxConnectionsPerAddress = 256;
    // Where notices to applicants' eGov cabinets go (simulated): "log", or
    // "dir:PATH" for a file per notice; and how often the outbox is drained.
    QString noticesTo = QStringLiteral("log");
    int noticeIntervalSeconds = 5;
    // How long a case claim lasts unless renewed: a working day.
    int claimMinutes = 8 * 60;
    // How often the steps the law takes by itself are looked for (0: never,
    // for a server that leaves them to another); and how long after the day
    // they fall due begins they wait for acts made on time offline.
    int timedStepsMinutes = 60;
    int actWindowHours = 72;
    // How often duty clocks in their warning or breached are looked for, to
    // tell the case's holder and the city's supervisors (0: never).
    int escalationMinutes = 15;
    // Sign-in: password checks a client address may ask for per minute (and
    // at once), password checks running at once on this server, the proxies
    // whose X-Forwarded-For names the real client, and sessions per user.
    int signInPerMinute = 10;
    int signInWorkers = 2;
    QStringList trustedProxies;
    int maxSessions = 5;
    // Sign-in with the authentication key besides the password (issue 29):
    // off (the password alone), optional (a key sent is checked), required;
    // and how long a sign-in's challenge stays good.
    enum class SignInKey { Off, Optional, Required };
    SignInKey signInKey = SignInKey::Off;
    int signInChallengeSeconds = 120;
    // The servers ("host:port", as SignIn::audience writes them) a sign-in's
    // statement may name: the names workstations address this server by.
    // None given: the listen address and the port bound (HttpApi::listening).
    QStringList signInAudiences;
    // The audit log's key (made when missing) and where checkpoints of its
    // chain go, besides the journal; beside a SQLite database by default.
    QString auditKeyFile;
    QString auditCheckpointFile;
    int auditCheckpointMinutes = 10;
    // Reads are audited per session and period of this length, and summed
    // into the audit chain when the period is over.
    int readAuditMinutes = 15;

    // Exit code 2 and the usage for bad flags; `help` is set for --help/--version.
    static Result<ServerConfig> fromArguments(const QStringList &arguments, QString *help);
    static QString usage();
};

} // namespace Kezek
