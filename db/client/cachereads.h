#pragma once

#include "core/result/result.h"

#include <QHash>
#include <QString>

namespace Kezek {

namespace Sqlite {
class Connection;
}

// Reads more than one part of the cache makes.

// Counts by a key, from a query that selects the key and its count.
Result<QHash<QString, qint64>> countsBy(Sqlite::Connection &db, const char *sql);

} // namespace Kezek
