#include "db/client/cachereads.h"

#include "db/client/casebodies.h"
#include "db/sqlite/statement.h"

#include <QRegularExpression>

namespace Kezek {

Result<QHash<QString, qint64>> countsBy(Sqlite::Connection &db, const char *sql)
{
    Sqlite::Statement query(db, sql);
    QHash<QString, qint64> counts;
    if (auto read = query.each([&] { counts.insert(query.text(0), query.integer(1)); }); !read)
        return std::unexpected(read.error());
    return counts;
}

std::optional<QByteArray> caseText(CaseBodyCodec &codec, const Sqlite::Statement &row, int column)
{
    if (row.isBlob(column))
        return codec.unpack(row.view(column));
    return row.view(column).toByteArray();
}

QStringList nameWords(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    QStringList words = name.split(separators, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

} // namespace Kezek
