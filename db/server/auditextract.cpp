#include "db/server/auditextract.h"

#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

namespace Kezek {

namespace {

QString utcText(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditExtracts::AuditExtracts(ServerStore &store)
    : m_store(store)
{}

Result<std::optional<AuditExtracts::CaseRef>> AuditExtracts::findCase(const QString &idOrNumber)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT id, number, city FROM cases WHERE id = ? OR number = ?"));
    query.addBindValue(idOrNumber);
    query.addBindValue(idOrNumber);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<CaseRef>();
    const auto city = cityFromId(query.value(2).toString());
    if (!city)
        return std::optional<CaseRef>();
    return std::optional<CaseRef>(
        CaseRef{query.value(0).toString(), query.value(1).toString(), *city});
}

Result<AuditExtracts::Extract> AuditExtracts::entries(const AuditFilter &filter)
{
    QString sql = QStringLiteral(
        "SELECT a.seq, a.at, a.actor, a.action, a.subject, a.detail, COALESCE(c.number, '') "
        "FROM audit_log a LEFT JOIN cases c ON c.id = a.subject WHERE 1 = 1");
    QVariantList values;
    if (!filter.caseId.isEmpty()) {
        sql += QStringLiteral(" AND a.subject = ?");
        values.append(filter.caseId);
    }
    // The chain keeps its moments as UTC text of one width: compared as text.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.at >= ?");
        values.append(utcText(filter.from));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.at < ?");
        values.append(utcText(filter.to));
    }
    if (filter.city) {
        sql += QStringLiteral(" AND c.city = ?");
        values.append(cityId(*filter.city));
    }
    sql += QStringLiteral(" ORDER BY a.seq LIMIT ?");
    values.append(filter.limit + 1); // one more tells that some were left out
    QSqlQuery query(m_store.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    Extract extract;
    while (query.next()) {
        if (extract.records.size() == filter.limit) {
            extract.truncated = true;
            break;
        }
        extract.records.append({query.value(0).toLongLong(),
                                query.value(1).toString(),
                                {query.value(2).toString(),
                                 query.value(3).toString(),
                                 query.value(4).toString(),
                                 query.value(5).toString()},
                                query.value(6).toString()});
    }
    return extract;
}

QString AuditExtracts::exportDetail(const ExportRecord &record)
{
    QString detail = QStringLiteral("%1 cases as %2, list \"%3\"")
                         .arg(record.count)
                         .arg(record.format, record.list);
    // Whether a search narrowed the list, not what was typed: a name or an
    // IIN would stay in the audit chain for good.
    if (!record.filter.isEmpty())
        detail += QStringLiteral(", narrowed by a search");
    if (record.madeAt.isValid())
        detail += QStringLiteral(", written at %1").arg(utcText(record.madeAt));
    return detail + QStringLiteral(", export %1").arg(record.id);
}

Result<bool> AuditExtracts::recordExport(const QString &userId, const ExportRecord &record)
{
    bool entered = false;
    auto done = m_store.inWriteTransaction([&]() -> Result<void> {
        // The export's id first: a repeat (the workstation's answer lost)
        // inserts nothing, and a concurrent one waits for this to commit.
        QSqlQuery insert(m_store.connection());
        insert.prepare(QStringLiteral("INSERT INTO audit_exports (id, user_id, received_at) "
                                      "VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        insert.addBindValue(record.id);
        insert.addBindValue(userId);
        insert.addBindValue(utcText(QDateTime::currentDateTimeUtc()));
        if (!insert.exec())
            return sqlError(insert);
        if (insert.numRowsAffected() == 0)
            return {};
        entered = true;
        return AuditLog(m_store).append(
            {userId, QStringLiteral("export"), record.list, exportDetail(record)},
            QDateTime::currentDateTimeUtc());
    });
    if (!done)
        return std::unexpected(done.error());
    return entered;
}

} // namespace Kezek
