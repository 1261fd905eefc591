#pragma once

#include "core/domain/absence.h"
#include "core/domain/case.h"
#include "core/domain/casecommand.h"
#include "core/domain/casenotes.h"
#include "core/domain/commuting.h"
#include "core/result/result.h"
#include "db/server/auditlog.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace Kezek {

struct ChangesPage
{
    QList<Case> cases;       // in revision order
    qint64 nextRevision = 0; // continue from here
    bool more = false;
};

// The central store. The server's revision is global and only grows: every
// write takes the next one inside its transaction, and writers queue on the
// counter's row, so revisions are handed out in commit order and a client that
// pulls after a revision never misses a change committed later.
// The cases table's person_key of an applicant (possibleduplicates.h):
// empty, never NULL, where the applicant has no name or date of birth.
QString personKeyColumn(const Applicant &applicant);

class ServerStore
{
public:
    // "sqlite:PATH" (the embedded default) or
    // "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE". Migrates on open.
    static Result<std::unique_ptr<ServerStore>> open(const QString &url);
    // A connection to the database at `url` under the name `connection`,
    // opened and not migrated, for tools that look before they write (the
    // caller removes the connection). Read-only: SQLite does not create a
    // missing file and refuses every change (query_only), and PostgreSQL's
    // transactions cannot write.
    enum class Access { ReadWrite, ReadOnly };
    static Result<QSqlDatabase>
    connect(const QString &url, const QString &connection, Access access = Access::ReadWrite);
    // The schema version this program migrates a database to.
    static Result<int> newestSchemaVersion();
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    QString backend() const; // "sqlite" or "postgresql"
    int schemaVersion() const { return m_schemaVersion; }
    // This thread's connection, for the stores that share it (UserStore).
    QSqlDatabase &connection() { return m_db; }
    bool inTransaction() const { return m_inTransaction; }
    // A statement of the hot paths (every request's session, every poll),
    // prepared once per connection and kept: on PostgreSQL a preparation is
    // a round trip of its own. Bind by position; the query is finished when
    // the returned guard goes, so no read stays open between requests.
    class Prepared
    {
    public:
        explicit Prepared(QSqlQuery &query)
            : m_query(query)
        {}
        ~Prepared() { m_query.finish(); }
        Prepared(const Prepared &) = delete;
        Prepared &operator=(const Prepared &) = delete;
        QSqlQuery &operator*() const { return m_query; }
        QSqlQuery *operator->() const { return &m_query; }

    private:
        QSqlQuery &m_query;
    };
    // Null when the statement cannot be prepared (the error is in `failed`).
    std::optional<Prepared> prepared(const QString &sql, QSqlError *failed = nullptr);
    // The audit log's key for this database (AuditLog::keyFor), read at open.
    const AuditKey &auditKey() const { return m_auditKey; }
    // Reads audited compactly: `caseIds` read by `userId` in `session` at
    // `at`, counted into the row of their period (`periodMinutes` long), in
    // one statement. A failure is returned, and the answer is not given.
    Result<void> recordReads(const QString &session,
                             const QString &userId,
                             const QStringList &caseIds,
                             const QDateTime &at,
                             int periodMinutes);
    // Reads of one case in one session and period, counted elsewhere first
    // (ReadLedger: a server's repeated reads, written every few seconds).
    struct ReadCount
    {
        QString session;
        QString period; // readPeriod()
        QString userId;
        QString caseId;
        qint64 reads = 1;
        QString firstAt; // ISO 8601 UTC with milliseconds
        QString lastAt;
    };
    // Each added to its row, in as few statements as a few hundred rows a
    // statement allows; a row already in the chain starts again from them.
    Result<void> countReads(const QList<ReadCount> &counts);
    static constexpr qsizetype ReadChunk = 250; // rows a statement
    // The start of the read period `at` falls in, as audit_reads keeps it.
    static QString readPeriod(const QDateTime &at, int periodMinutes);
    // The read periods over by `now` (all, with `all`), summed into the audit
    // chain: one entry per session and period, with the cases and how often.
    // Several servers may run it at once: each row is chained once. Returns
    // the entries written.
    Result<int> chainReads(const QDateTime &now, int periodMinutes, bool all);
    // `work` in one write transaction, committed when it succeeds, else
    // rolled back; audit entries appended inside it commit with it.
    Result<void> inWriteTransaction(const std::function<Result<void>()> &work);

    Result<qint64> currentRevision();
    // Stores the case at the next revision; returns that revision.
    Result<qint64> saveCase(const Case &c);
    // Many cases in one transaction (imports, training data, benchmarks);
    // returns the last revision.
    Result<qint64> saveCases(const QList<Case> &cases);
    Result<std::optional<Case>> findCase(const QString &id);
    // Cases changed after `revision`, at most `limit`, oldest first.
    Result<ChangesPage> changesSince(qint64 revision, int limit);

    // A scan of a document, addressed by the SHA-256 of its bytes (hex).
    struct DocumentInfo
    {
        QString sha256;
        QString caseId;
        QString name;
        QString contentType;
        qint64 size = 0;
        QString uploadedBy;
        QString uploadedAt; // ISO 8601, UTC
    };
    struct StoredDocument
    {
        DocumentInfo info;
        City city = City::Astana; // its case's
    };
    // The same page as stored JSON, not decoded: what the changes feed serves.
    struct StoredCase
    {
        QString id;
        City city = City::Astana;
        QByteArray json;
    };
    struct StoredPage
    {
        QList<StoredCase> cases;
        QList<StoredDocument> documents; // scans stored in the page's revisions
        qint64 nextRevision = 0;
        bool more = false;
    };
    Result<StoredPage> storedChangesSince(qint64 revision, int limit);
    // The same, up to `bound`, the revision committed when the page began
    // (currentRevision()): the page is then the same for every read at that
    // bound, and may be kept while the revision stays there. With `city`,
    // only that city's cases and scans; the cursor still moves past the
    // others' changes.
    Result<StoredPage> storedChangesUpTo(qint64 revision,
                                         qint64 bound,
                                         int limit,
                                         std::optional<City> city = std::nullopt);

    // A new case (the eGov intake); refused if its id or number exists.
    Result<qint64> insertCase(const Case &c, const QList<Notice> &notices, const AuditEntry &audit);
    // Every case in these stages (the timed steps look for theirs).
    Result<QList<Case>> casesInStates(const QList<CaseState> &states);
    // Every case of `city` (none: of every city), as the figures of
    // oversight count them (caseForOversightFromJson: without the documents'
    // checklists, checks, notices and petition): the pilot report's read.
    Result<QList<Case>> casesForOversight(std::optional<City> city);
    // The site's retention: each case over for more than `days` on `today`
    // loses its scans and personal data (retention.h), with an audit entry,
    // and goes out in the feed so that every cache takes it. With `dryRun`,
    // only said. What was (or would be) purged, case by case.
    struct RetentionPurge
    {
        QString caseId;
        QString number;
        QDate endedOn;
        int scans = 0;
    };
    Result<QList<RetentionPurge>>
    purgeEnded(QDate today, int days, const BusinessCalendar &calendar, bool dryRun);
    // Every case of one applicant, for the re-application ban (§19, §24).
    Result<QList<Case>> casesOfApplicant(const QString &iin);
    // Every case whose applicant has this personKey (possibleduplicates.h):
    // the same name however written, and the same date of birth.
    Result<QList<Case>> casesOfPerson(const QString &key);

    // The answer a command id got when it was applied, if it was.
    Result<std::optional<QJsonObject>> commandAnswer(const QString &commandId);

    // When the step that made this case version was made (its command's
    // moment, else its receipt); invalid when no command made it (an intake).
    Result<QDateTime> stepMadeAt(const QString &caseId, int version);

    // What the server makes of one command, decided on the case as it stands
    // inside the write: either a change to keep (`after` set), or an answer
    // to give with nothing written (a conflict, a refusal).
    struct SignatureEvidence
    {
        QByteArray received;  // the signature as the officer sent it
        QByteArray signature; // as kept, with its timestamp token
        QString timeSource;
        QDateTime trustedAt;
        QString tsa;
        // The CRL or the OCSP response (DER) the certificate was found
        // unrevoked by, as its authority signed it; empty: none.
        QByteArray revocation;
        QString revocationSource; // "crl" or "ocsp"
    };
    struct CommandDecision
    {
        std::optional<Case> after;
        QList<Notice> notices;
        AuditEntry audit;
        QJsonObject answer; // applied: fields added to the answer; else the whole answer
        // A signed command's checked signature, kept with it when applied.
        std::optional<SignatureEvidence> evidence;
    };
    // `current` is the case as it is now (none: no such case); `since`, the
    // changes made after the command's base version, oldest first.
    using Decide = std::function<Result<CommandDecision>(const std::optional<Case> &current,
                                                         const QList<InterveningChange> &since)>;
    // Applies one command exactly once, atomically, on SQLite and on any
    // number of servers sharing PostgreSQL. In one transaction: the case is
    // locked (SQLite's write lock; a row lock on PostgreSQL), the command id
    // is looked up under the lock (a repeat is answered "duplicate" with the
    // first answer), `decide` judges the command on the case as it is, and
    // what it decides is written with the command, its notices and its audit
    // entry. Each case version is made by one command. `onCurrentVersion`: the
    // command has no base of its own (an integration answering for the case
    // as it stands). A transient failure (busy, serialization, deadlock) is
    // tried again for up to `retryMs`; after that the error's code is
    // "store.busy", for the client to retry.
    Result<QJsonObject> applyCommand(const CaseCommand &command,
                                     const QString &userId,
                                     bool onCurrentVersion,
                                     const Decide &decide,
                                     int retryMs = 5000);

    // One command of a batch (applyCommands).
    struct BatchCommand
    {
        CaseCommand command;
        QString userId;
        bool onCurrentVersion = false;
        Decide decide;
    };
    // A batch's commands applied in one transaction on PostgreSQL (one
    // transaction each on SQLite), each in a savepoint of its own: a command
    // refused or failing is rolled back alone and answered as applyCommand
    // answers it; the rest commit together, up to
    // MaxCommandsPerTransaction at a time. When the transaction cannot go
    // through (a deadlock, a lock timeout, a failed commit), none of it is
    // kept and the commands go one transaction each, as applyCommand does.
    // One answer per command, in order; the list stops early at a command
    // whose answer is a busy or lost database (the batch is to be sent
    // again), and an error means the database was lost.
    static constexpr qsizetype MaxCommandsPerTransaction = 32;
    Result<QList<Result<QJsonObject>>> applyCommands(const QList<BatchCommand> &commands);

    // Notices due to applicants' eGov cabinets, oldest first.
    struct PendingNotice
    {
        qint64 id = 0;
        QString caseId;
        QString kind;
        QByteArray body; // JSON
    };
    Result<QList<PendingNotice>> pendingNotices(int limit);
    // Work that one server at a time may do when several share a PostgreSQL
    // database (delivering notices): false when another server holds it. On
    // SQLite, where one server owns the file, always true.
    Result<bool> tryLockAcrossServers(qint64 key);
    void unlockAcrossServers(qint64 key);
    Result<void> markNoticeDelivered(qint64 id, const QDateTime &at);
    // {pending, delivered}, for /metrics.
    Result<std::pair<qint64, qint64>> noticeCounts();

    // Case claims (leases), so that two people do not work a case at once.
    struct Claim
    {
        QString caseId;
        QString holder; // user id
        QDateTime expiresAt;
    };
    // Claims the case for `userId` until now + lease, or extends their claim,
    // unless another user's claim still runs: then returns that one. Safe
    // against a concurrent claim of the same case.
    Result<Claim> claimCase(const QString &caseId,
                            const QString &userId,
                            const QDateTime &now,
                            qint64 leaseSeconds);
    // Ends `userId`'s claim on the case; false when they held none.
    Result<bool> releaseClaim(const QString &caseId, const QString &userId);
    // A supervisor's reassignment: the case is `userId`'s from `now`, whoever
    // held it before.
    Result<Claim> assignClaim(const QString &caseId,
                              const QString &userId,
                              const QDateTime &now,
                              qint64 leaseSeconds);
    // A supervisor's give of one case (issue 31, point 2), made once however
    // often its request comes: the request id is kept with the answer, the
    // claim and the audit entry in one transaction, and a request id seen
    // before is answered with its first answer (`earlier`), nothing written.
    // With `fromHolder` (the holder the supervisor saw; empty: nobody), the
    // case is given only while nobody else holds it: else nothing changes
    // and `heldBy` names who does (a colleague's give won the race).
    struct GiveRequest
    {
        QString requestId; // empty: not kept (an older workstation's give)
        QString caseId;
        QString supervisorId;
        QString colleagueId;
        std::optional<QString> fromHolder;
    };
    struct GiveResult
    {
        std::optional<QJsonObject> earlier;
        std::optional<Claim> heldBy;
    };
    Result<GiveResult> giveCase(const GiveRequest &request,
                                const QDateTime &now,
                                qint64 leaseSeconds,
                                const QJsonObject &answer,
                                const AuditEntry &audit);
    // The claim still running on the case, if any.
    Result<std::optional<Claim>> claimOf(const QString &caseId, const QDateTime &now);
    // Every claim still running, with its case's city.
    Result<QList<std::pair<Claim, QString>>> activeClaims(const QDateTime &now);

    // Stores a scan for a case with its audit entry, in one transaction;
    // false when the case had it already (an upload repeated is no change).
    Result<bool>
    addDocument(const DocumentInfo &info, const QByteArray &content, const AuditEntry &audit);
    Result<QList<DocumentInfo>> documentsOfCase(const QString &caseId);
    // Every case a scan was filed for: who may download it is decided from those.
    Result<QList<DocumentInfo>> documentHolders(const QString &sha256);
    Result<QByteArray> documentContent(const QString &sha256);

    // A signed decision as it was received: the bytes the signature covers,
    // and the detached CMS signature (DER).
    struct SignedCommand
    {
        QString id;
        QString userId;
        QString caseId;
        QString type;
        QByteArray content;
        QByteArray signature; // as kept: with its timestamp token, when it has one
        QString timeSource;   // "tsa", "archive", or "" (kept before trusted time)
        QDateTime trustedAt;
        QString tsa;
        QByteArray revocation;    // the CRL or OCSP response (DER) it was checked by; empty: none
        QString revocationSource; // "crl" or "ocsp"; empty with no revocation
    };
    // The trusted time of a signature and the signature with its token, kept
    // once per command id (a repeat keeps the first).
    // Kept in the transaction that applies the command (CommandDecision), so
    // that a command refused or rolled back leaves none behind.
    Result<void> keepSignatureEvidence(const QString &commandId, const SignatureEvidence &evidence);
    // A case's signed decisions, in the order they were received.
    Result<QList<SignedCommand>> signedCommands(const QString &caseId);

    // Escalations (issue 30, point 3): a duty clock of a case that entered
    // its warning or was breached, and the people told of it.
    struct Escalation
    {
        QString id; // the same on every server (Escalations::idFor)
        QString caseId;
        QString caseNumber; // read with it, for the list
        City city = City::Astana;
        QString clock; // clockId()
        QDate started; // the run of the clock
        QString level; // "warning" or "breached"
        QDate due;
        QDateTime raisedAt;
        qint64 revision = 0; // the cursor of the notifications feed
    };
    // Whether the escalation of this case, clock run and level is raised.
    Result<bool> escalationRaised(const Escalation &escalation);
    // Raises it once across every server sharing the database: true when
    // this call did, with its recipients and `audit` in the same
    // transaction; false (nothing written) when another had raised it.
    Result<bool> raiseEscalation(const Escalation &escalation,
                                 const QStringList &recipients,
                                 const AuditEntry &audit);
    // The escalations told to `userId` after the cursor `revision`, oldest
    // first, at most `limit`: a user's own, never another's.
    Result<QList<Escalation>> escalationsFor(const QString &userId, qint64 revision, int limit);

    // Absences (issue 31, point 2; core/domain/absence.h).
    struct AbsenceRecord
    {
        Absence absence;
        City city = City::Astana;
        QString markedBy;
        QDateTime markedAt;
    };
    // Keeps the absence when `allowed` (the domain's rule, given the
    // person's absences as they stand inside this write) says so, with its
    // audit entry, in one transaction: two supervisors marking one person at
    // once cannot both keep an overlapping absence. An id another person's
    // absence has is refused as absence.id-taken.
    using AbsenceCheck = std::function<Result<void>(const QList<Absence> &known)>;
    Result<void>
    addAbsence(const AbsenceRecord &record, const AbsenceCheck &allowed, const AuditEntry &audit);
    Result<QList<Absence>> absencesOf(const QString &userId);
    // The absences of `city` that have not ended before `from`, by first day.
    Result<QList<AbsenceRecord>> absencesInCity(City city, QDate from);
    // Who is absent on `day`.
    Result<QSet<QString>> absentOn(QDate day);
    // Internal notes on cases (issue 31, point 3), with their case's city.
    struct StoredNote
    {
        CaseNote note;
        City city = City::Astana;
    };
    // Keeps `note` on a case of `city` once: true when this call did, with
    // `audit` and the next revision in the same transaction; false (nothing
    // written) when a note with its id was already kept.
    Result<bool> addNote(const CaseNote &note, City city, const AuditEntry &audit);
    Result<std::optional<StoredNote>> findNote(const QString &id);
    // The notes kept after the cursor `revision` (of `city` only, or of
    // all), oldest first, at most `limit`.
    Result<QList<StoredNote>> notesAfter(qint64 revision, int limit, std::optional<City> city);

private:
    ServerStore() = default;
    Result<void> fillPersonKeys();
    // Within an open transaction: the next revision, and the case stored at it.
    Result<qint64> writeCase(const Case &c);
    Result<void> writeNotices(const Case &c, const QList<Notice> &notices, qint64 revision);
    Result<void> writeAudit(const AuditEntry &audit);
    // The case at the next revision, its notices and its audit entry, in the
    // open transaction: what every recorded change writes.
    Result<qint64>
    writeChange(const Case &c, const QList<Notice> &notices, const AuditEntry &audit);
    // A write transaction: SQLite's write lock from the start (BEGIN
    // IMMEDIATE), so that a read inside it never meets a newer commit.
    Result<void> begin();
    // Commits the open transaction, keeping the database's own error code.
    Result<void> commit();
    // The case, locked for this transaction; on PostgreSQL, with the command
    // `commandId` given, what the command's checks read next comes in the
    // same round trip (m_lockedReads).
    Result<std::optional<Case>> lockCase(const QString &caseId, const QString &commandId = {});
    Result<void> countReadsOnce(const QList<ReadCount> &counts);
    // One transaction of chainReads: a few sessions' periods; the entries.
    Result<int> chainSomeReads(const QDateTime &now, int periodMinutes, bool all);
    Result<std::optional<QJsonObject>> storeCommand(const CaseCommand &command,
                                                    const QString &userId,
                                                    const std::optional<Case> &current,
                                                    const Case &after,
                                                    const QJsonObject &answer);
    // A command's transaction, or its savepoint inside a batch's.
    Result<void> startCommand();
    void rollbackCommand();
    Result<void> finishCommand();
    Result<QList<Result<QJsonObject>>> tryApplyTogether(const QList<BatchCommand> &commands);
    Result<void> lockCases(const QList<BatchCommand> &commands);
    // The decided change, its audit entry and the command's row written;
    // `answer` receives the revision. An earlier answer to give instead
    // when the same id was stored meanwhile.
    Result<std::optional<QJsonObject>> recordCommand(const CaseCommand &command,
                                                     const QString &userId,
                                                     const Case &found,
                                                     const CommandDecision &decided,
                                                     QJsonObject &answer);
    Result<std::optional<QJsonObject>> recordCommandPortably(const CaseCommand &command,
                                                             const QString &userId,
                                                             const std::optional<Case> &found,
                                                             const CommandDecision &decided,
                                                             QJsonObject &answer);
    static void bindCommandRow(QSqlQuery &query,
                               const CaseCommand &command,
                               const QString &userId,
                               const Case &found,
                               const Case &after,
                               const QDateTime &now,
                               const QJsonObject &answer);
    Result<QJsonObject> tryApplyCommand(const CaseCommand &command,
                                        const QString &userId,
                                        bool onCurrentVersion,
                                        const Decide &decide);
    Result<QList<InterveningChange>> changesSince(const QString &caseId, int version);
    // Within an open transaction: the next global revision.
    Result<qint64> takeRevision();
    // Scans by one column, `column` being a fixed name, never input.
    Result<QList<DocumentInfo>> documentsWhere(const QString &column, const QString &value);

    // Read by lockCase with the case: the answer a command id got, and when
    // the step that made the case's current version was made. Kept only when
    // the read saw that step's own row: then it saw every command applied to
    // the case, as a read after the lock would. A lock that waited for
    // another writer reads from before the wait, misses that row, and keeps
    // nothing; the reads are then made again on their own. Good until the
    // command's transaction or savepoint ends.
    struct LockedReads
    {
        QString caseId;
        QString commandId;
        int version = 0;
        std::optional<QJsonObject> answer;
        QDateTime madeAt;
    };
    std::optional<LockedReads> m_lockedReads;

    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QString m_connection;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    bool m_inBatch = false; // commands take savepoints in the batch's transaction
    AuditKey m_auditKey;
};

} // namespace Kezek
