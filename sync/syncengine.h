#pragma once

#include "core/domain/absence.h"
#include "core/domain/casecommand.h"
#include "core/result/result.h"
#include "db/client/clientstore.h"
#include "db/client/jsonslices.h"
#include "sync/apiconnection.h"
#include "sync/decisionsignatures.h"
#include "sync/signinkey.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace Kezek {

struct SyncSettings
{
    QUrl server;
    QString user;
    // Empty when the workstation holds none (it keeps no password after the
    // sign-in): a sync that must sign in then stops with
    // "sync.password-needed", the outbox untouched, for the officer to give it.
    QString password;
    // The officer's authentication key, where the site signs in with it
    // (issue 29, point 3): each sign-in asks the server for a new challenge
    // and signs it. Empty: none at hand; a site that requires it answers
    // auth.key-required, the outbox untouched, for the officer to give it.
    SignInKey signInKey;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // The SHA-256 of the server's public key, base64 (publicKeyPin()); when
    // set, any other key stops the sync.
    QByteArray pinnedKey;
    // A session token from an earlier sync: used until the server says it
    // expired, then the password (if given) signs in again.
    QByteArray token;
    int pageSize = 5000; // cases a page (the server's most)
    int batchSize = 500;
    int attempts = 5; // per request, with exponential backoff and jitter
    int firstBackoffMs = 500;
    // A busy server's Retry-After waited out before a retry, up to this long
    // (a longer one ends the request with the server's answer). Short where
    // an officer waits in a window for the answer.
    int longestRetryAfterMs = 30000;
    // False where the caller tries again on its own and shows when (the
    // window's offline bar): a refused connection is then said at once.
    bool retryRefused = true;
    int requestTimeoutMs = 60000;   // a server silent this long is given up on, and retried
    int protocol = CommandProtocol; // sent with every request; older ones are refused
    // The cases over for more than this many days leave the cache with their
    // scans (the site's setting; the server keeps them for its own period).
    int retentionDays = 30;
    // Where a decision sent soon after it was signed gets its RFC 3161
    // timestamp token (the site setting signing/tsa): "server", the Kezek
    // server's TSA; "none"; or the address of another, the certification
    // centre's. A decision sent later, or when the TSA cannot be reached,
    // goes as signed offline and the server stamps it on receipt.
    QString tsa = QStringLiteral("server");
    int timestampWithinSeconds = 120; // "soon": well inside the server's five minutes
    int timestampTimeoutMs = 5000;
    // The workstation's clock (UTC); its distance to the server's is measured
    // at each sync and kept in the cache.
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

// Someone a supervisor may give a case to.
struct Colleague
{
    QString id;
    QString name;
    QString role; // "migration-officer" or "csc-operator"
    QString office;
    // Their load now, as the server counts it: the cases they hold, those
    // whose duty falls due this week; none from a server that does not say.
    std::optional<int> held;
    std::optional<int> dueThisWeek;
};

struct SyncSummary
{
    qint64 pulled = 0;
    int pushed = 0;             // applied or already applied
    int conflicts = 0;          // kept in the outbox with the server's case
    int rejected = 0;           // kept in the outbox with the reason
    int claimsHeld = 0;         // claims made here that the server confirmed
    int claimsTaken = 0;        // claims made here that someone else had first
    int scans = 0;              // scans of claimed cases brought to read offline
    int scanFailures = 0;       // scans the server could not give; tried again next time
    int scansUploaded = 0;      // scans made at this desk, now on the server
    int scanUploadFailures = 0; // scans the server would not take (their commands say why)
    int casesRetired = 0;       // cases over long enough to leave the cache, with their scans
    int scansRetired = 0;
    int timestamped = 0; // decisions sent with the TSA's token (signed online)
    QString lawVersion;  // of the law the server counts by, as kept here after this sync
    QString lawError;    // why the server's new law was not kept (tried again next time)
    qint64 cursor = 0;

    // Internal notes (issue 31, point 3): written here and now on the
    // server; refused by it (kept here with why); brought by the notes feed.
    int notesSent = 0;
    int notesRefused = 0;
    int notesReceived = 0;
    // Exports made here (issue 31 point 4), now in the server's audit log.
    int exportsRecorded = 0;
    // Escalations told to this person that arrived at this sync (not the
    // ones already in the cache): what a desktop notification announces.
    QList<NotificationRow> notified;
};

// One sync: the outbox pushed in batches, then the changes pulled page by page
// into the cache, each page with its cursor in one transaction. Push first, so
// that what comes back already shows the officer's own commands. Network
// failures and 5xx answers are retried; an expired session signs in again
// with the password; a key that is not the pinned one stops everything and
// says so. Runs in the thread that calls run(); a UI moves it to a worker.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(ClientStore &store, SyncSettings settings, QObject *parent = nullptr);

    // Signs in once and says who the server knows the user as ({id, name,
    // role, city, office}); nothing is kept. A workstation asks this before
    // it makes a cache for someone new.
    static Result<QJsonObject> checkAccount(SyncSettings settings);

    Result<SyncSummary> run();
    void cancel() { m_api.cancel(); } // from any thread; the sync stops between requests
    // A scan: from the cache when it is there and whole, else from the
    // server, checked against its SHA-256 and kept encrypted.
    Result<QByteArray> document(const QString &sha256);
    // A case's signed decisions as the server keeps them, with the signing
    // authority's certificate, for the officer to check a signature here
    // (online only: the cache keeps the decisions, not their signatures).
    Result<SignedDecisions> signedDecisions(const QString &caseId);
    // The officer's own password changed on the server, then the cache's key
    // sealed under the new one, so that it opens offline with it too.
    Result<void> changePassword(const QString &current, const QString &replacement);
    // The session token in use after run(), to keep for the next sync.
    QByteArray token() const { return m_api.token(); }

    // A supervisor's work, online only (a reassignment must reach the server
    // before anyone relies on it): whom a case may go to, and giving it. The
    // cache's claims are brought up to date after a reassignment.
    Result<QList<Colleague>> colleagues();
    Result<void> assign(const QString &caseId, const QString &colleagueId);
    // One case of a bulk give (issue 31, point 2; syncenginebulk.cpp). The
    // request id is made once per case and goes again with every retry, so
    // that a give whose answer was lost is made once; `fromHolder` is the
    // holder the supervisor saw (empty: nobody), so that a colleague's give
    // meanwhile is refused ("claim.moved"), never overwritten. The cache's
    // claims stay as they were: refreshClaims() after the last case.
    struct GiveOrder
    {
        QString caseId;
        QString colleagueId;
        QString requestId;
        QString fromHolder;
    };
    Result<void> give(const GiveOrder &order);
    Result<void> refreshClaims();
    // Absences of the supervisor's city (online only): marking one, and
    // those not over yet.
    Result<Absence> markAbsent(const QString &userId, QDate from, QDate to);
    Result<QList<Absence>> absences();
    // The server's audit entries for an inspector (issue 31 point 4), online
    // only: `path` is Api::auditCasePath or Api::auditPeriodPath. The server
    // enters the reading itself in its audit log.
    Result<QJsonObject> auditExtract(const QString &path);

Q_SIGNALS:
    // "push" or "pull", with done of total (total 0: not known).
    void progress(const QString &phase, qint64 done, qint64 total);
    void onlineChanged(bool online);

private:
    using Reply = ApiConnection::Reply;
    Result<void> signIn();
    Result<SyncSummary> steps(); // run()'s steps, in order; run() logs them
    // The challenge and the authentication key's signature over the sign-in
    // statement, added to the sign-in's `body`.
    Result<void> signWithKey(QJsonObject &body);
    Result<void> signedIn(); // signs in unless a session token is already held
    Result<void> pushClaims(SyncSummary &summary);
    Result<void> pushExports(SyncSummary &summary);
    Result<void> pullClaims();
    Result<void> pullNotifications(SyncSummary &summary);
    // Internal notes (issue 31, point 3): those written here, each sent once
    // by its id; then those of the notes feed after the cache's cursor.
    Result<void> pushNotes(SyncSummary &summary);
    Result<void> pullNotes(SyncSummary &summary);
    Result<void> pullLaw(SyncSummary &summary);
    Result<void> fetchScans(SyncSummary &summary);
    Result<void> noteClock(const Reply &reply);
    Result<void> pushScans(SyncSummary &summary);
    Result<void> push(SyncSummary &summary);
    Result<void> stampFreshDecisions(SyncSummary &summary);
    Result<QByteArray> timestampToken(const QByteArray &signature);
    Result<void> pull(SyncSummary &summary);
    Result<void> pullPages(SyncSummary &summary, qint64 &cursor, qint64 start, qint64 total);

    explicit SyncEngine(SyncSettings settings); // for checkAccount(): no cache
    void connectApi();
    ClientStore *m_store = nullptr;
    QJsonObject m_account;
    SyncSettings m_settings;
    ApiConnection m_api; // after m_settings, which it is made from
};

} // namespace Kezek
