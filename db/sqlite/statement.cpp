#include "db/sqlite/statement.h"

#include "db/sqlite/connection.h"

#include <sqlite3.h>

namespace Kezek::Sqlite {

Statement::Statement(Connection &db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_prepareError = db.error().error();
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::at(int index)
{
    m_index = index - 1;
    return *this;
}

Statement &Statement::at(const char *name)
{
    // 0 for a name the statement does not have: the next bind fails.
    return at(m_statement ? sqlite3_bind_parameter_index(m_statement, name) : 0);
}

Statement &Statement::bound(int code)
{
    if (code != SQLITE_OK && !m_bindError && !m_prepareError)
        m_bindError = m_db.error().error();
    return *this;
}

Statement &Statement::bind(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return bound(sqlite3_bind_text(
        m_statement, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

Statement &Statement::bind(const QByteArray &blob)
{
    return bound(sqlite3_bind_blob(
        m_statement, ++m_index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT));
}

Statement &Statement::bind(qint64 value)
{
    return bound(sqlite3_bind_int64(m_statement, ++m_index, value));
}

Statement &Statement::bind(int value)
{
    return bound(sqlite3_bind_int(m_statement, ++m_index, value));
}

Statement &Statement::bind(double value)
{
    return bound(sqlite3_bind_double(m_statement, ++m_index, value));
}

Statement &Statement::bindNull()
{
    return bound(sqlite3_bind_null(m_statement, ++m_index));
}

Statement &Statement::bindText(QByteArrayView utf8)
{
    return bound(sqlite3_bind_text(
        m_statement, ++m_index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC));
}

Statement &Statement::bindBlob(QByteArrayView bytes)
{
    return bound(
        sqlite3_bind_blob(m_statement, ++m_index, bytes.data(), int(bytes.size()), SQLITE_STATIC));
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_index = 0;
    m_bindError.reset();
}

std::unexpected<Error> Statement::failed() const
{
    if (m_prepareError)
        return std::unexpected(*m_prepareError);
    if (m_bindError)
        return std::unexpected(*m_bindError);
    return m_db.error();
}

Result<bool> Statement::next()
{
    if (m_prepareError || m_bindError)
        return failed();
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return failed();
    }
}

Result<void> Statement::row()
{
    if (m_prepareError || m_bindError)
        return failed();
    if (sqlite3_step(m_statement) != SQLITE_ROW)
        return failed();
    return {};
}

Result<void> Statement::run()
{
    if (m_prepareError || m_bindError)
        return failed();
    if (sqlite3_step(m_statement) != SQLITE_DONE)
        return failed();
    return {};
}

QString Statement::text(int column) const
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
        sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::bytes(int column) const
{
    return view(column).toByteArray();
}

QByteArrayView Statement::view(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data),
                          sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool Statement::isBlob(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_BLOB;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Statement::columns() const
{
    return sqlite3_column_count(m_statement);
}

} // namespace Kezek::Sqlite
