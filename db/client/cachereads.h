#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kezek {

namespace Sqlite {
class Connection;
class Statement;
} // namespace Sqlite
class CaseBodyCodec;

// Reads more than one part of the cache makes.

// Counts by a key, from a query that selects the key and its count.
Result<QHash<QString, qint64>> countsBy(Sqlite::Connection &db, const char *sql);

// A case's JSON text from the row's column: a blob packed by the codec, or
// text as caches kept it before (see casebodies.h); nullopt when damaged.
std::optional<QByteArray> caseText(CaseBodyCodec &codec, const Sqlite::Statement &row, int column);

// The words a name is found by: split at spaces and hyphens.
QStringList nameWords(const QString &name);

} // namespace Kezek
