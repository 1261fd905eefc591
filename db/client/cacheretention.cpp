#include "db/client/cacheretention.h"

#include "core/domain/retention.h"
#include "db/client/cachecases.h"
#include "db/client/cachescans.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

CacheRetention::CacheRetention(Sqlite::Connection &db, CacheCases &cases, CacheScans &scans)
    : m_db(db)
    , m_cases(cases)
    , m_scans(scans)
{}

Result<std::pair<int, int>> CacheRetention::purgeEnded(QDate today, int days)
{
    auto purge = endedCases(today, days);
    if (!purge)
        return std::unexpected(purge.error());
    if (purge->isEmpty())
        return std::pair{0, 0};
    auto scans = scansOnlyOf(*purge);
    if (!scans)
        return std::unexpected(scans.error());
    // The files first: should the rows then fail, a case still here whose
    // scan is gone reads it from the server again; a file is never left
    // behind that no row names.
    int removed = 0;
    for (const QString &sha256 : std::as_const(*scans))
        removed += m_scans.remove(sha256) ? 1 : 0;
    if (auto ok = forget(*purge); !ok)
        return std::unexpected(ok.error());
    return std::pair{int(purge->size()), removed};
}

Result<QStringList> CacheRetention::endedCases(QDate today, int days)
{
    // The states are the program's own words, never input: written into
    // the statement (this SQLCipher has no json_each).
    QStringList states;
    for (CaseState state : allCaseStates()) {
        if (isFinalState(state))
            states.append(QLatin1Char('\'') + caseStateId(state) + QLatin1Char('\''));
    }
    QStringList due;
    {
        const QByteArray sql
            = QStringLiteral("SELECT id FROM cases WHERE state IN (%1) AND NOT EXISTS "
                             "(SELECT 1 FROM outbox o WHERE o.case_id = cases.id AND "
                             "o.status IN ('pending', 'conflict', 'rejected'))")
                  .arg(states.join(QLatin1Char(',')))
                  .toUtf8();
        Statement query(m_db, sql);
        if (auto read = query.each([&] { due.append(query.text(0)); }); !read)
            return std::unexpected(read.error());
    }
    // Only those the retention reaches; their case says when they ended.
    QStringList purge;
    for (const QString &id : std::as_const(due)) {
        auto c = m_cases.findCase(id);
        if (!c)
            return std::unexpected(c.error());
        if (*c && endedLongAgo(**c, today, days))
            purge.append(id);
    }
    return purge;
}

Result<QSet<QString>> CacheRetention::scansOnlyOf(const QStringList &cases)
{
    // Two of the cases that go may share a scan: an applicant refused twice.
    const QSet<QString> going(cases.cbegin(), cases.cend());
    QSet<QString> scans;
    Statement named(m_db, "SELECT sha256 FROM documents WHERE case_id = ?");
    for (const QString &id : cases) {
        named.reset();
        if (auto read = named.bind(id).each([&] { scans.insert(named.text(0)); }); !read)
            return std::unexpected(read.error());
    }
    Statement holders(m_db, "SELECT case_id FROM documents WHERE sha256 = ?");
    for (auto it = scans.begin(); it != scans.end();) {
        holders.reset();
        bool kept = false;
        auto read
            = holders.bind(*it).each([&] { kept = kept || !going.contains(holders.text(0)); });
        if (!read)
            return std::unexpected(read.error());
        it = kept ? scans.erase(it) : std::next(it);
    }
    return scans;
}

Result<void> CacheRetention::forget(const QStringList &cases)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Each table's rows of every case, the case itself last.
    for (const char *sql :
         {"DELETE FROM case_bodies WHERE case_seq = (SELECT seq FROM cases WHERE id = ?)",
          "DELETE FROM documents WHERE case_id = ?",
          "DELETE FROM case_words WHERE case_id = ?",
          "DELETE FROM case_due WHERE case_id = ?",
          "DELETE FROM claims WHERE case_id = ?",
          "DELETE FROM uploads WHERE case_id = ?",
          "DELETE FROM outbox WHERE case_id = ?",
          "DELETE FROM notes WHERE case_id = ?",
          "DELETE FROM cases WHERE id = ?"}) {
        Statement remove(m_db, sql);
        for (const QString &id : cases) {
            remove.reset();
            if (auto ok = remove.bind(id).run(); !ok)
                return ok;
        }
    }
    return transaction->commit();
}

Result<int> CacheRetention::forgetScansOfDeletedCases()
{
    // A scan another case still names (the applicant's next application)
    // stays for that one.
    Statement query(m_db,
                    "SELECT DISTINCT d.sha256 FROM documents d JOIN cases k ON k.id = d.case_id "
                    "WHERE k.state = 'deleted' AND NOT EXISTS (SELECT 1 FROM documents o JOIN "
                    "cases l ON l.id = o.case_id WHERE o.sha256 = d.sha256 AND l.state <> "
                    "'deleted')");
    int forgotten = 0;
    auto read = query.each([&] {
        if (m_scans.remove(query.text(0)))
            ++forgotten;
    });
    if (!read)
        return std::unexpected(read.error());
    return forgotten;
}

} // namespace Kezek
