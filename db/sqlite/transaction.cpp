#include "db/sqlite/transaction.h"

#include "db/sqlite/connection.h"

#include <utility>

namespace Kezek::Sqlite {

Transaction::Transaction(Connection &db)
    : m_db(&db)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Result<Transaction> Transaction::begin(Connection &db, Mode mode)
{
    if (auto ok = db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN"); !ok)
        return std::unexpected(ok.error());
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return {};
    if (!m_db->inTransaction())
        return m_db->error();
    if (auto ok = m_db->exec("COMMIT"); !ok)
        return ok;
    m_db = nullptr;
    return {};
}

} // namespace Kezek::Sqlite
