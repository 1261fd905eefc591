#pragma once

#include "result/result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

// One translation context for the store, and the error every failed query becomes.
struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Store)
};

inline std::unexpected<Error> sqlError(const QSqlQuery &query)
{
    return fail(QStringLiteral("store.sql"),
                StoreTr::tr("The database failed: %1").arg(query.lastError().text()));
}

} // namespace Kezek
