#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;

namespace Kezek::Sqlite {

// The failure SQLite last reported on `db`, as the workstation's cache words
// it (store.sql); `db` may be null (SQLite could not even allocate one).
std::unexpected<Error> failure(sqlite3 *db);

// One connection to a database file, closed on destruction. Not to be shared
// between threads: a second thread opens a connection of its own.
class Connection
{
public:
    // Opens the file at `path`, creating it when it is not there.
    static Result<std::unique_ptr<Connection>> open(const QString &path);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }

    // Runs SQL that answers no rows: one statement, or several.
    Result<void> exec(const char *sql);
    Result<void> exec(const QByteArray &sql) { return exec(sql.constData()); }
    // The last failure on this connection, as `failure` words it.
    std::unexpected<Error> error() const { return failure(m_db); }
    // Whether the last failure was a UNIQUE constraint (a row already there).
    bool failedOnUnique() const;

    // The rows the last INSERT, UPDATE or DELETE changed.
    qint64 changes() const;
    // The row number of the last row inserted.
    qint64 lastInsertRowId() const;
    // Whether a transaction is open: false after SQLite rolled one back on
    // its own (a full disk, out of memory).
    bool inTransaction() const;

private:
    explicit Connection(sqlite3 *db);
    sqlite3 *m_db;
};

} // namespace Kezek::Sqlite
