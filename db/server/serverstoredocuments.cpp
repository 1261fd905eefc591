#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include "core/domain/casecodec.h"
#include "core/domain/retention.h"
#include "db/server/migrations.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <map>

// Scans, content-addressed by SHA-256.
namespace Kezek {

namespace {

ServerStore::DocumentInfo documentInfo(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toLongLong(),
            query.value(5).toString(),
            query.value(6).toString()};
}

const QString DocumentColumns = QStringLiteral(
    "sha256, case_id, name, content_type, size, uploaded_by, uploaded_at FROM documents");

} // namespace

Result<bool> ServerStore::addDocument(const DocumentInfo &info,
                                      const QByteArray &content,
                                      const AuditEntry &audit)
{
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM documents WHERE sha256 = ? AND case_id = ?"));
    query.addBindValue(info.sha256);
    query.addBindValue(info.caseId);
    Result<bool> added = true;
    if (!query.exec() || !query.next()) {
        added = sqlError(query);
    } else if (query.value(0).toInt() > 0) {
        added = false;
    } else {
        query.finish();
        // The audit chain's counter before the revision's, as every writer
        // takes them (ServerStore::writeChange).
        const auto audited = writeAudit(audit);
        const auto revision = audited ? takeRevision() : Result<qint64>(0);
        query.prepare(QStringLiteral(
            "INSERT INTO documents (sha256, case_id, name, content_type, size, content, "
            "uploaded_by, uploaded_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(info.sha256);
        query.addBindValue(info.caseId);
        query.addBindValue(info.name);
        query.addBindValue(info.contentType);
        query.addBindValue(info.size);
        query.addBindValue(content);
        query.addBindValue(info.uploadedBy);
        query.addBindValue(info.uploadedAt);
        query.addBindValue(revision.value_or(0));
        if (!audited)
            added = std::unexpected(audited.error());
        else if (!revision)
            added = std::unexpected(revision.error());
        else if (!query.exec())
            added = sqlError(query);
    }
    if (added && *added && !m_db.commit()) {
        added = fail(
            QStringLiteral("store.sql"),
            StoreTr::tr("The change could not be committed: %1").arg(m_db.lastError().text()));
    }
    if (!added || !*added)
        m_db.rollback();
    return added;
}

Result<QList<ServerStore::DocumentInfo>> ServerStore::documentsWhere(const QString &column,
                                                                     const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + DocumentColumns + QStringLiteral(" WHERE ") + column
                  + QStringLiteral(" = ? ORDER BY uploaded_at, case_id, sha256"));
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<DocumentInfo> documents;
    while (query.next())
        documents.append(documentInfo(query));
    return documents;
}

Result<QList<ServerStore::DocumentInfo>> ServerStore::documentsOfCase(const QString &caseId)
{
    return documentsWhere(QStringLiteral("case_id"), caseId);
}

Result<QList<ServerStore::DocumentInfo>> ServerStore::documentHolders(const QString &sha256)
{
    return documentsWhere(QStringLiteral("sha256"), sha256);
}

Result<QByteArray> ServerStore::documentContent(const QString &sha256)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT content FROM documents WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return fail(QStringLiteral("store.no-document"),
                    StoreTr::tr("There is no document %1.").arg(sha256));
    return query.value(0).toByteArray();
}

} // namespace Kezek
