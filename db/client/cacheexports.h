#pragma once

#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Kezek {

namespace Sqlite {
class Connection;
}

// The records of the lists exported here, waiting for the server's audit
// log (issue 31 point 4): written in the same step as the file, sent by the
// next sync, forgotten once the server has entered them.
class CacheExports
{
public:
    explicit CacheExports(Sqlite::Connection &db);
    CacheExports(const CacheExports &) = delete;
    CacheExports &operator=(const CacheExports &) = delete;

    // `record` holds its own "id" (a UUID): the server enters it once.
    Result<void> add(const QJsonObject &record, const QDateTime &at);
    // Every record not yet entered, oldest first.
    Result<QList<QJsonObject>> unsent();
    Result<void> forget(const QString &id);

private:
    Sqlite::Connection &m_db;
};

} // namespace Kezek
