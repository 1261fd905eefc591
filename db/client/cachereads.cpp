#include "db/client/cachereads.h"

#include "db/sqlite/statement.h"

namespace Kezek {

Result<QHash<QString, qint64>> countsBy(Sqlite::Connection &db, const char *sql)
{
    Sqlite::Statement query(db, sql);
    QHash<QString, qint64> counts;
    if (auto read = query.each([&] { counts.insert(query.text(0), query.integer(1)); }); !read)
        return std::unexpected(read.error());
    return counts;
}

} // namespace Kezek
