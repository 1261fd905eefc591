#pragma once

#include "db/storeerrors.h"

#include "core/result/result.h"
#include "db/storetr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

// Whether the database refused for now rather than for good: SQLite busy or
// locked by another writer; PostgreSQL's serialization failure, deadlock or
// lock timeout. Such a write is tried again, and a client told to retry.
inline bool isTransient(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5" || code == u"6" || code == u"40001" || code == u"40P01" || code == u"55P03";
}

// The error every failed query becomes: "store.busy" when it is transient,
// "store.unavailable" when the connection to the database is gone (a restart,
// a failover), "store.sql" otherwise.
inline std::unexpected<Error> sqlError(const QSqlError &error)
{
    // Busy first: Qt's SQLite driver files a busy step as a connection error.
    if (isTransient(error)) {
        return fail(QString(StoreErrors::Busy),
                    StoreTr::tr("The database is busy: %1").arg(error.text()));
    }
    // PostgreSQL's connection gone (SQLSTATE class 08, or no code at all);
    // not SQLite's statement failures, which its driver files the same way.
    const QString code = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError && (code.isEmpty() || code.startsWith(u"08"))) {
        return fail(QString(StoreErrors::Unavailable),
                    StoreTr::tr("The database is unavailable: %1").arg(error.text()));
    }
    return fail(QStringLiteral("store.sql"),
                StoreTr::tr("The database failed: %1").arg(error.text()));
}

inline std::unexpected<Error> sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError());
}

} // namespace Kezek
