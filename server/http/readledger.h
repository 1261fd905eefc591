#pragma once

#include "db/server/serverstore.h"
#include "server/jobs/jobthread.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <mutex>

namespace Kezek {

// The read audit's first and repeated reads, told apart on each server.
//
// The first read of a case in a session and read period is written to the
// database before the case is shown (ServerStore::recordReads), as always.
// A repeated read of it in the same period, on the same server, adds to a
// count kept here and written every FlushInterval (and when the server
// stops): a workstation that pages through the same cases again costs no
// write per page. What a crash can lose is the count and the last time of
// repeated reads in the last seconds, never that the session read the case
// in that period, nor when it first did.
//
// Shared by the worker threads; a thread of its own writes the counts.
class ReadLedger
{
public:
    static constexpr std::chrono::seconds FlushInterval{2};
    // Beyond this many rows remembered, reads of new rows are written at
    // once, as if this server had none of them (memory stays bounded).
    static constexpr qsizetype MaxRows = 100000;

    ReadLedger(QString databaseUrl, int periodMinutes);
    ~ReadLedger(); // stops, writing what is counted

    ReadLedger(const ReadLedger &) = delete;
    ReadLedger &operator=(const ReadLedger &) = delete;

    void start();
    // Writes what is counted and stops the writer; reads are then all
    // written at once (recordReads).
    void stop();

    // Of `caseIds` read at `at`, those this server has not yet written for
    // the session and period: they are to be written before they are shown.
    QStringList
    firstReads(const QString &session, const QStringList &caseIds, const QDateTime &at) const;
    // After the page was allowed: `written` are now in the database, and
    // every other of `caseIds` counts once more, to be written later.
    void counted(const QString &session,
                 const QString &userId,
                 const QStringList &caseIds,
                 const QStringList &written,
                 const QDateTime &at);
    // Writes the counts now through `store`; those that fail stay counted.
    // Rows of periods over are forgotten once written.
    Result<void> flush(ServerStore &store, const QDateTime &now);

    // Rows remembered, and reads counted not yet written (for tests).
    qsizetype rows() const;
    qint64 unwritten() const;

private:
    struct Row
    {
        QString userId;
        qint64 reads = 0; // since last written
        QString firstAt;
        QString lastAt;
    };
    static QString key(const QString &session, const QString &period, const QString &caseId);
    void run();

    const QString m_databaseUrl;
    const int m_periodMinutes;
    mutable std::mutex m_mutex;
    QHash<QString, Row> m_rows;          // by key()
    std::atomic<bool> m_running = false; // counting; else every read is written at once
    JobThread m_job;                     // last: stopped before the rest goes
};

} // namespace Kezek
