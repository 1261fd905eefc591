#pragma once

#include "core/result/result.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace Kezek {

namespace Sqlite {
class Connection;
}
class CacheCases;
class CacheScans;

// What leaves the workstation's cache, and when: the cases over for longer
// than the retention, and the scans of deleted applications.
class CacheRetention
{
public:
    CacheRetention(Sqlite::Connection &db, CacheCases &cases, CacheScans &scans);
    CacheRetention(const CacheRetention &) = delete;
    CacheRetention &operator=(const CacheRetention &) = delete;

    // The cases over for more than `days` on `today` leave the cache, with
    // their scans, unless a command of this officer's still waits for them.
    // How many cases and scans went.
    Result<std::pair<int, int>> purgeEnded(QDate today, int days);
    // §12: a deleted application keeps its record, and its scans leave this
    // cache (the server keeps them for the audit); how many were removed.
    Result<int> forgetScansOfDeletedCases();

private:
    // The cases in a final state that no command waits for, over for longer
    // than the retention (their case says when they ended).
    Result<QStringList> endedCases(QDate today, int days);
    // The scans of `cases` that no other case in the cache names.
    Result<QSet<QString>> scansOnlyOf(const QStringList &cases);
    // Every row of `cases`, in one transaction.
    Result<void> forget(const QStringList &cases);

    Sqlite::Connection &m_db;
    CacheCases &m_cases;
    CacheScans &m_scans;
};

} // namespace Kezek
