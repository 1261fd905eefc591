#include "db/sqlite/connection.h"

#include "db/storetr.h"

#include <sqlite3.h>

namespace Kezek::Sqlite {

std::unexpected<Error> failure(sqlite3 *db)
{
    return fail(QStringLiteral("store.sql"),
                StoreTr::tr("The local cache failed: %1")
                    .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory")));
}

Connection::Connection(sqlite3 *db)
    : m_db(db)
{}

Connection::~Connection()
{
    sqlite3_close(m_db);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path)
{
    sqlite3 *raw = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        auto error = failure(raw);
        sqlite3_close(raw);
        return error;
    }
    return std::unique_ptr<Connection>(new Connection(raw));
}

Result<void> Connection::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return error();
    return {};
}

bool Connection::failedOnUnique() const
{
    return sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE;
}

qint64 Connection::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace Kezek::Sqlite
