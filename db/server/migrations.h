#pragma once

#include "core/result/result.h"
#include "db/migrationfiles.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Kezek {

// Brings the database up to the newest migration, each in its own transaction.
// A database that is newer than the program is refused and left untouched.
// Returns the schema version now in force.
Result<int> applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations);

} // namespace Kezek
