#include "db/client/cacheexports.h"

#include "db/sqlite/statement.h"

#include <QJsonDocument>

namespace Kezek {

using Sqlite::Statement;

CacheExports::CacheExports(Sqlite::Connection &db)
    : m_db(db)
{}

Result<void> CacheExports::add(const QJsonObject &record, const QDateTime &at)
{
    return Statement(m_db, "INSERT INTO export_records (id, body, created_at) VALUES (?, ?, ?)")
        .bind(record.value(u"id").toString())
        .bind(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)))
        .bind(at.toUTC().toString(Qt::ISODateWithMs))
        .run();
}

Result<QList<QJsonObject>> CacheExports::unsent()
{
    Statement query(m_db, "SELECT body FROM export_records ORDER BY created_at, id");
    QList<QJsonObject> records;
    auto read = query.each(
        [&] { records.append(QJsonDocument::fromJson(query.text(0).toUtf8()).object()); });
    if (!read)
        return std::unexpected(read.error());
    return records;
}

Result<void> CacheExports::forget(const QString &id)
{
    return Statement(m_db, "DELETE FROM export_records WHERE id = ?").bind(id).run();
}

} // namespace Kezek
