#pragma once

#include "core/domain/case.h"
#include "core/domain/casecommand.h"
#include "core/result/result.h"
#include "db/client/cachecases.h"
#include "db/client/cacheclaims.h"
#include "db/client/cacheexports.h"
#include "db/client/cachefeed.h"
#include "db/client/cachenotes.h"
#include "db/client/cachenotifications.h"
#include "db/client/cacheoutbox.h"
#include "db/client/cacheretention.h"
#include "db/client/cacherows.h"
#include "db/client/cachescans.h"
#include "db/client/cachesettings.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <utility>

namespace Kezek {

namespace Sqlite {
class Connection;
}

class CaseBodyCodec;
namespace JsonSlices {
struct Member;
struct Object;
} // namespace JsonSlices

// Where the cache's sealed key is kept: in the system keychain when one
// answers (Automatic), else in FILE.key beside the cache.
enum class KeyPlace { Automatic, Keychain, File };

struct CacheOptions
{
    KeyPlace keyPlace = KeyPlace::Automatic;
    // The folder of numbered .sql files this program knows.
    QString migrations = QStringLiteral(":/kezek/db/client");
};

// The officer's cache on the workstation: one SQLCipher file, encrypted with
// a random key that is sealed (AES-256-GCM) under a key derived from the
// officer's password and kept in the system keychain (or, where there is
// none, in FILE.key beside it). The file alone reveals nothing, nor does it
// with the sealed key but without the password; with the password, the
// officer works offline. WAL mode; opened once; a file newer than the program
// or not a Kezek cache is refused with a clear error and left as it is.
//
// ClientStore owns the connection: it opens, keys and migrates the file, and
// leaves each concern to a part of its own, all over that one connection
// (the feed, the cases, the outbox, the scans, the claims, the settings, the
// retention: cache*.h). The methods below forward to them.
class ClientStore
{
public:
    // Opens the cache at `path` with the officer's password, creating both the
    // cache and its sealed key when neither exists. A key already kept in a
    // FILE.key is used from there.
    static Result<std::unique_ptr<ClientStore>>
    open(const QString &path, const QString &password, const CacheOptions &options = {});
    // A second connection to the same cache with the same key, for another
    // thread (the background sync): the password is not needed again, nor
    // kept anywhere to open it.
    Result<std::unique_ptr<ClientStore>> another() const;
    // The same for a reader beside the window (the dashboard's loader): no
    // upkeep on opening (migrations, missing indexes), which the window's own
    // connection did and a first sync's bulk load must not see done under it.
    Result<std::unique_ptr<ClientStore>> reader() const;
    // Seals the cache's key under a new password (after the officer changed
    // it on the server), so that the cache opens offline with the new one.
    Result<void> resealKey(const QString &password);
    ~ClientStore();
    ClientStore(const ClientStore &) = delete;
    ClientStore &operator=(const ClientStore &) = delete;

    int schemaVersion() const { return m_schemaVersion; }
    // Whether the key (and the session token) are in the system keychain.
    bool keyInKeychain() const { return m_keychainEntry.has_value(); }

    // The changes feed, written a page at a time (cachefeed.h).
    using PreparedCase = CacheFeed::PreparedCase;
    using PreparedPage = CacheFeed::PreparedPage;
    Result<qint64> cursor() { return m_feed.cursor(); }
    Result<QString> lawVersion() { return m_feed.lawVersion(); }
    Result<QByteArray> law() { return m_feed.law(); }
    Result<void> setLaw(const QByteArray &json) { return m_feed.setLaw(json); }
    Result<void> applyPage(const QList<QJsonObject> &cases,
                           const QList<QJsonObject> &documents,
                           qint64 next,
                           const QString &lawVersion)
    {
        return m_feed.applyPage(cases, documents, next, lawVersion);
    }
    Result<qsizetype> applyPageBytes(const QByteArray &page, qint64 next, const QString &lawVersion)
    {
        return m_feed.applyPageBytes(page, next, lawVersion);
    }
    Result<qsizetype> applyReadPage(const QByteArray &page,
                                    const QList<JsonSlices::Member> &top,
                                    const QList<JsonSlices::Object> &cases,
                                    qint64 next,
                                    const QString &lawVersion)
    {
        return m_feed.applyReadPage(page, top, cases, next, lawVersion);
    }
    Result<PreparedPage> preparePage(const QByteArray &page,
                                     const QList<JsonSlices::Member> &top,
                                     const QList<JsonSlices::Object> &cases,
                                     qint64 next,
                                     const QString &lawVersion) const
    {
        return m_feed.preparePage(page, top, cases, next, lawVersion);
    }
    Result<qsizetype> writePage(const PreparedPage &page) { return m_feed.writePage(page); }
    Result<void> beginBulkLoad() { return m_feed.beginBulkLoad(); }
    Result<void> endBulkLoad() { return m_feed.endBulkLoad(); }

    // Settings, the session token and the server's clock (cachesettings.h).
    Result<QString> setting(const QString &key, bool user = true)
    {
        return m_settings.setting(key, user);
    }
    Result<void> setSetting(const QString &key, const QString &value)
    {
        return m_settings.setSetting(key, value);
    }
    Result<QByteArray> sessionToken() { return m_settings.sessionToken(); }
    Result<void> setSessionToken(const QByteArray &token)
    {
        return m_settings.setSessionToken(token);
    }
    Result<void> setClockOffset(qint64 milliseconds)
    {
        return m_settings.setClockOffset(milliseconds);
    }
    Result<qint64> clockOffset() { return m_settings.clockOffset(); }
    Result<QDateTime> serverTime(const QDateTime &local) { return m_settings.serverTime(local); }

    // The cached cases, their queues and deadlines (cachecases.h).
    using SearchScope = CacheCases::SearchScope;
    using DueOf = CacheCases::DueOf;
    using KeptDeadline = CacheCases::KeptDeadline;
    Result<qint64> caseCount() { return m_cases.caseCount(); }
    Result<std::optional<Case>> findCase(const QString &id) { return m_cases.findCase(id); }
    Result<std::optional<CaseGlance>> glanceAt(const QString &id) { return m_cases.glanceAt(id); }
    Result<QHash<QString, CaseGlance>> glancesAt(const QStringList &ids)
    {
        return m_cases.glancesAt(ids);
    }
    Result<QList<Case>> casesForOversight(const std::optional<QString> &cityId)
    {
        return m_cases.casesForOversight(cityId);
    }
    using OversightMemory = CacheCases::OversightMemory;
    Result<qsizetype> refreshOversight(OversightMemory &memory,
                                       const std::optional<QString> &cityId)
    {
        return m_cases.refreshOversight(memory, cityId);
    }
    Result<QList<CaseRow>> rowsOf(const QStringList &ids) { return m_cases.rowsOf(ids); }
    Result<QList<CaseRow>> search(const QString &text, int limit, const SearchScope &scope = {})
    {
        return m_cases.search(text, limit, scope);
    }
    Result<QList<CaseRow>> findByPermitNumber(const QString &number)
    {
        return m_cases.findByPermitNumber(number);
    }
    Result<QList<CaseRow>> queue(const QStringList &states,
                                 CaseOrder order,
                                 bool descending,
                                 int limit,
                                 const CaseRow *after = nullptr,
                                 const QString &city = {})
    {
        return m_cases.queue(states, order, descending, limit, after, city);
    }
    Result<QHash<QString, QString>> citiesOf(const QStringList &ids)
    {
        return m_cases.citiesOf(ids);
    }
    Result<QHash<QString, qint64>> countsByState() { return m_cases.countsByState(); }
    Result<int> refreshDueDates(const DueOf &nextDue, int limit, qint64 &position)
    {
        return m_cases.refreshDueDates(nextDue, limit, position);
    }
    Result<QList<CaseRow>> needingAttention(const QStringList &states,
                                            QDate date,
                                            int limit,
                                            const CaseRow *after = nullptr,
                                            const QString &city = {})
    {
        return m_cases.needingAttention(states, date, limit, after, city);
    }
    Result<qint64> countNeedingAttention(const QStringList &states, QDate date)
    {
        return m_cases.countNeedingAttention(states, date);
    }
    Result<void> markDueDatesStale() { return m_cases.markDueDatesStale(); }

    // What leaves the cache, and when (cacheretention.h).
    Result<std::pair<int, int>> purgeEnded(QDate today, int days)
    {
        return m_retention.purgeEnded(today, days);
    }
    Result<int> forgetScansOfDeletedCases() { return m_retention.forgetScansOfDeletedCases(); }

    // The commands waiting for the server, and its answers (cacheoutbox.h).
    Result<void> enqueue(const CaseCommand &command) { return m_outbox.enqueue(command); }
    Result<void> enqueueAll(const QList<CaseCommand> &commands,
                            const std::optional<DeskScan> &scan = std::nullopt)
    {
        return m_outbox.enqueueAll(commands, scan);
    }
    Result<QList<OutboxEntry>> outbox(const QString &status, int limit)
    {
        return m_outbox.outbox(status, limit);
    }
    Result<QList<OutboxEntry>> outboxOfCase(const QString &caseId)
    {
        return m_outbox.outboxOfCase(caseId);
    }
    Result<QHash<QString, QList<OutboxEntry>>> outboxOfCases(const QStringList &caseIds)
    {
        return m_outbox.outboxOfCases(caseIds);
    }
    Result<QHash<QString, qint64>> outboxCounts() { return m_outbox.outboxCounts(); }
    Result<void> recordAnswer(const QString &commandId, const QJsonObject &answer)
    {
        return m_outbox.recordAnswer(commandId, answer);
    }
    Result<void> recordAnswers(const QList<QJsonObject> &answers)
    {
        return m_outbox.recordAnswers(answers);
    }
    Result<void> discard(const QString &commandId) { return m_outbox.discard(commandId); }
    Result<bool> takeBack(const QString &commandId) { return m_outbox.takeBack(commandId); }
    Result<bool> restamp(const CaseCommand &command) { return m_outbox.restamp(command); }

    // Scans, sealed beside the cache, and those waiting for their upload
    // (cachescans.h).
    Result<void> putScan(const QString &sha256, const QByteArray &bytes)
    {
        return m_scans.putScan(sha256, bytes);
    }
    Result<std::optional<QByteArray>> scan(const QString &sha256) { return m_scans.scan(sha256); }
    Result<QList<DocumentRow>> documentsOfCase(const QString &caseId)
    {
        return m_scans.documentsOfCase(caseId);
    }
    Result<QList<DocumentRow>> pendingUploads() { return m_scans.pendingUploads(); }
    Result<void> uploaded(const QString &sha256, const QString &caseId)
    {
        return m_scans.uploaded(sha256, caseId);
    }
    Result<void> uploadFailed(const QString &sha256, const QString &caseId, const QString &why)
    {
        return m_scans.uploadFailed(sha256, caseId, why);
    }
    Result<QStringList> missingScansOfClaimedCases()
    {
        return m_scans.missingScansOfClaimedCases();
    }

    // Claims on cases, made here and settled by the server (cacheclaims.h).
    Result<void> claim(const QString &caseId, const QString &user)
    {
        return m_claims.claim(caseId, user);
    }
    Result<void> release(const QString &caseId) { return m_claims.release(caseId); }
    Result<std::optional<ClaimRow>> claimOf(const QString &caseId)
    {
        return m_claims.claimOf(caseId);
    }
    Result<QHash<QString, ClaimRow>> claimsOf(const QStringList &caseIds)
    {
        return m_claims.claimsOf(caseIds);
    }
    Result<QList<ClaimRow>> claims() { return m_claims.claims(); }
    Result<QHash<QString, QString>> holdersAt(const QDateTime &now)
    {
        return m_claims.holdersAt(now);
    }
    Result<void> rememberNames(const QHash<QString, QString> &names)
    {
        return m_claims.rememberNames(names);
    }
    Result<QHash<QString, QString>> personNames() { return m_claims.names(); }

    // Escalations told to this person (cachenotifications.h).
    Result<qint64> notificationsCursor() { return m_notifications.cursor(); }
    Result<QList<NotificationRow>> addNotifications(const QList<NotificationRow> &rows, qint64 next)
    {
        return m_notifications.addNotifications(rows, next);
    }
    Result<QList<NotificationRow>> notifications() { return m_notifications.notifications(); }
    Result<int> unreadNotifications() { return m_notifications.unreadCount(); }
    Result<void> markNotificationRead(const QString &id, const QDateTime &at)
    {
        return m_notifications.markRead(id, at);
    }
    Result<void> markAllNotificationsRead(const QDateTime &at)
    {
        return m_notifications.markAllRead(at);
    }
    // Internal notes on cases, written here or by colleagues (cachenotes.h).
    Result<void> writeNote(const CaseNote &note) { return m_notes.write(note); }
    Result<QList<NoteRow>> notesOfCase(const QString &caseId)
    {
        return m_notes.notesOfCase(caseId);
    }
    Result<QList<CaseNote>> notesToSend() { return m_notes.notesToSend(); }
    Result<int> unsentNotes() { return m_notes.unsentCount(); }
    Result<void> recordNoteSent(const CaseNote &kept) { return m_notes.recordSent(kept); }
    Result<void> recordNoteRefused(const QString &noteId, const QString &why)
    {
        return m_notes.recordRefused(noteId, why);
    }
    Result<qint64> notesCursor() { return m_notes.cursor(); }
    Result<void> addNotes(const QList<CaseNote> &notes, qint64 next)
    {
        return m_notes.addNotes(notes, next);
    }
    // The records of lists exported here, for the server's audit log.
    Result<void> addExportRecord(const QJsonObject &record, const QDateTime &at)
    {
        return m_exports.add(record, at);
    }
    Result<QList<QJsonObject>> exportRecordsToSend() { return m_exports.unsent(); }
    Result<void> forgetExportRecord(const QString &id) { return m_exports.forget(id); }
    Result<QList<ClaimRow>> claimsToSend() { return m_claims.claimsToSend(); }
    Result<void> recordClaimAnswer(const QJsonObject &answer, const QString &user)
    {
        return m_claims.recordClaimAnswer(answer, user);
    }
    Result<void> replaceClaims(const QList<ClaimRow> &running, const QString &user)
    {
        return m_claims.replaceClaims(running, user);
    }

private:
    ClientStore(std::unique_ptr<Sqlite::Connection> db,
                const QString &path,
                const QByteArray &key,
                int pageSize,
                const std::optional<QString> &entry,
                const CacheOptions &options);
    static Result<std::unique_ptr<ClientStore>> connect(const QString &path,
                                                        const QByteArray &key,
                                                        int pageSize,
                                                        const std::optional<QString> &entry,
                                                        const CacheOptions &options,
                                                        bool upkeep = true);
    Result<void> migrate(const QString &folder);

    std::unique_ptr<Sqlite::Connection> m_db;
    std::unique_ptr<CaseBodyCodec> m_bodies; // the cases' text, packed and unpacked
    // The keychain entry's name for this cache's secrets, when kept there.
    std::optional<QString> m_keychainEntry;
    QByteArray m_key; // the cache's key, which also seals the scans
    int m_pageSize = 0;
    QString m_path;
    CacheOptions m_options;
    int m_schemaVersion = 0;
    CacheSettings m_settings;
    CacheScans m_scans;
    CacheOutbox m_outbox;
    CacheClaims m_claims;
    CacheExports m_exports;
    CacheNotifications m_notifications;
    CacheNotes m_notes;
    CacheCases m_cases;
    CacheFeed m_feed;
    CacheRetention m_retention;
};

} // namespace Kezek
