#pragma once

#include "core/result/result.h"

namespace Kezek::Sqlite {

class Connection;

// A transaction, begun when it is made and rolled back when it goes unless
// `commit` succeeded first: whatever way a function leaves, its writes are
// kept whole or not at all.
class Transaction
{
public:
    // Immediate takes the write lock at once, so that two writers wait for
    // each other (busy_timeout) instead of one failing halfway; deferred
    // takes it at the first write.
    enum class Mode { Deferred, Immediate };

    static Result<Transaction> begin(Connection &db, Mode mode = Mode::Immediate);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    // A failure SQLite answered by rolling the whole transaction back itself
    // (a full disk) fails the commit too: what ran after it is not taken for
    // the whole.
    Result<void> commit();

private:
    explicit Transaction(Connection &db);
    Connection *m_db; // null once committed (or moved from): nothing left to do
};

} // namespace Kezek::Sqlite
