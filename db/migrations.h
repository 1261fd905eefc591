#pragma once

#include "result/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Kezek {

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// The numbered .sql files of a folder (a resource folder in the program),
// "0001_initial.sql" first, each split into its statements.
Result<QList<Migration>> loadMigrations(const QString &folder);

// Brings the database up to the newest migration, each in its own transaction.
// A database that is newer than the program is refused and left untouched.
// Returns the schema version now in force.
Result<int> applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations);

} // namespace Kezek
