#pragma once

#include "core/result/result.h"

#include <QList>
#include <QStringList>

namespace Kezek {

// One migration history, read from its numbered .sql files; the server's
// store and the workstation's cache each keep their own (db/server, db/client).
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// The numbered .sql files of a folder (a resource folder in the program),
// "0001_initial.sql" first, each split into its statements.
Result<QList<Migration>> loadMigrations(const QString &folder);

} // namespace Kezek
