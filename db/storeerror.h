#pragma once

#include "result/result.h"
#include "storetr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

// The error every failed query becomes.

inline std::unexpected<Error> sqlError(const QSqlQuery &query)
{
    return fail(QStringLiteral("store.sql"),
                StoreTr::tr("The database failed: %1").arg(query.lastError().text()));
}

} // namespace Kezek
