#pragma once

#include "core/result/result.h"

#include <QLatin1StringView>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Kezek {
class ServerStore;
}

namespace Kezek::Ctl {

// A site's server database moved from SQLite to PostgreSQL when it outgrows
// one machine: every table the migrations made, row for row, the audit chain
// with it. The tables are read from the databases' own catalogues, so a table
// a later migration adds moves without a change here.

// The codes of the errors a caller answers differently.
namespace SiteCopyErrors {
inline constexpr QLatin1StringView NotKezek{"copy.not-kezek"};
inline constexpr QLatin1StringView Schema{"copy.schema"};
inline constexpr QLatin1StringView NotEmpty{"copy.not-empty"};
inline constexpr QLatin1StringView Unverified{"copy.unverified"};
} // namespace SiteCopyErrors

// How far the copy of one table has come.
struct TableProgress
{
    QString table;
    qint64 copied = 0;
    qint64 total = 0;
};

struct SiteCopied
{
    QList<TableProgress> tables; // each as copied, in order
    qint64 auditEntries = 0;     // the chain that verified on the target
};

class SiteCopy
{
public:
    // Told as a table goes (every few seconds) and when it is done.
    using Progress = std::function<void(const TableProgress &, bool done)>;

    // The source, a SQLite file opened read-only: nothing is created or
    // changed in it. Refused when it is not a Kezek server database, or not
    // at this program's schema version.
    static Result<std::unique_ptr<SiteCopy>> openSource(const QString &sqliteUrl);
    ~SiteCopy();
    SiteCopy(const SiteCopy &) = delete;
    SiteCopy &operator=(const SiteCopy &) = delete;

    // Whether the source's audit chain is keyed: its key is then needed to
    // verify the copy.
    Result<bool> auditKeyed();
    // Refuses a target that holds any row in any table, looked at through a
    // read-only connection before it is migrated, so that another
    // application's database is refused without a table added to it.
    static Result<void> refuseNonEmptyTarget(const QString &targetUrl);
    // Copies every table into `target` (migrated, empty) in one transaction,
    // which commits only when each table's row count matches the source's
    // and the audit chain verifies on the target with its key: a failure
    // leaves the target as empty as it was.
    Result<SiteCopied> into(ServerStore &target, const Progress &progress);

private:
    explicit SiteCopy(QString connection);
    Result<void> checkSchema(ServerStore &target);
    Result<TableProgress>
    copyTable(QSqlDatabase &target, const QString &table, const Progress &progress);

    QString m_connection;
    QSqlDatabase m_source;
    QStringList m_tables; // the source's, without SQLite's own
};

} // namespace Kezek::Ctl
