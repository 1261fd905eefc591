#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <type_traits>

struct sqlite3_stmt;

namespace Kezek::Sqlite {

class Connection;

// A prepared statement, finalized on destruction.
//
// Binds go one after another from the first parameter (`bind(a).bind(b)`);
// `at` moves to a parameter by its number or its name first. A statement
// that failed to prepare or to bind fails at its next step, with SQLite's
// message from the moment it failed, so a chain of binds needs no check of
// its own. `reset` readies it for the next row of a batch: prepared once,
// run many times.
class Statement
{
public:
    Statement(Connection &db, const char *sql);
    Statement(Connection &db, const QByteArray &sql)
        : Statement(db, sql.constData())
    {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // The next bind goes to parameter `index` (from 1), or to the one named
    // `name` (with its mark: ":id", "?2"); the binds after it follow it.
    Statement &at(int index);
    Statement &at(const char *name);

    // Copied, so the value may go before the statement runs.
    Statement &bind(const QString &text);
    Statement &bind(const QByteArray &blob);
    Statement &bind(qint64 value);
    Statement &bind(int value);
    Statement &bind(double value);
    Statement &bindNull();
    // UTF-8 text or a blob bound without a copy: the bytes must outlive the
    // statement's step. No bytes bind '' as text, never NULL (as
    // bind(QString()) does).
    Statement &bindText(QByteArrayView utf8);
    Statement &bindBlob(QByteArrayView bytes);

    // For the next row of a batch: the same statement, no binds. A failed
    // bind is forgotten; a failed prepare is not.
    void reset();

    // One step: true with a row to read, false when it is done.
    Result<bool> next();
    // One step to a row that must be there (a count, a key always kept):
    // none is a failure too.
    Result<void> row();
    // Steps to the end, answering no rows.
    Result<void> run();
    // Every row, each read by `onRow` (between steps, the columns below are
    // the row's). `onRow` answers nothing, or a Result<void> whose failure
    // stops the rows and is answered.
    template<typename OnRow>
    Result<void> each(OnRow &&onRow);

    // The current row's columns, from 0.
    QString text(int column) const;
    QByteArray bytes(int column) const;
    // The column's bytes, valid until the next step or reset.
    QByteArrayView view(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isBlob(int column) const;
    bool isNull(int column) const;
    int columns() const;

private:
    Statement &bound(int code);
    std::unexpected<Error> failed() const;

    Connection &m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_index = 0;
    std::optional<Error> m_prepareError;
    std::optional<Error> m_bindError;
};

template<typename OnRow>
Result<void> Statement::each(OnRow &&onRow)
{
    for (;;) {
        const auto row = next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        if constexpr (std::is_void_v<std::invoke_result_t<OnRow &>>) {
            onRow();
        } else if (auto ok = onRow(); !ok) {
            return ok;
        }
    }
}

} // namespace Kezek::Sqlite
