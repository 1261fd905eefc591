#include "core/protocol/api.h"

#include <QUrl>

namespace Kezek::Api {

std::string_view methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    }
    return {};
}

QString path(Route route)
{
    const std::string_view pattern = info(route).pattern;
    Q_ASSERT(pattern == info(route).documented);
    return QString::fromLatin1(pattern.data(), qsizetype(pattern.size()));
}

QString documentPath(const QString &sha256)
{
    return QString::fromLatin1(DocumentsPrefix.data(), qsizetype(DocumentsPrefix.size())) + sha256;
}

QString uploadPath(const QString &sha256, const QString &caseId, const QString &name)
{
    return documentPath(sha256)
           + QStringLiteral("?case=%1&name=%2")
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(caseId)),
                      QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

QString caseDocumentsPath(const QString &caseId)
{
    return QStringLiteral("/api/v1/cases/%1/documents")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(caseId)));
}

QString caseDecisionsPath(const QString &caseId)
{
    return QStringLiteral("/api/v1/cases/%1/decisions")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(caseId)));
}

QString integrationCommandsPath(const QString &integration)
{
    return QStringLiteral("/api/v1/integration/%1/commands").arg(integration);
}

QString changesPath(qint64 since, int limit)
{
    return path(Route::Changes) + QStringLiteral("?since=%1&limit=%2").arg(since).arg(limit);
}

QString notificationsPath(qint64 after, int limit)
{
    return path(Route::Notifications) + QStringLiteral("?after=%1&limit=%2").arg(after).arg(limit);
}

QString caseNotesPath(const QString &caseId)
{
    return QStringLiteral("/api/v1/cases/%1/notes")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(caseId)));
}

QString notesPath(qint64 after, int limit)
{
    return path(Route::Notes) + QStringLiteral("?after=%1&limit=%2").arg(after).arg(limit);
}

QString pilotReportPath(QDate from, QDate to)
{
    return path(Route::PilotReport)
           + QStringLiteral("?from=%1&to=%2")
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString auditCasePath(const QString &caseIdOrNumber)
{
    return path(Route::AuditExtract) + QStringLiteral("?case=")
           + QString::fromLatin1(QUrl::toPercentEncoding(caseIdOrNumber));
}

QString auditPeriodPath(QDate from, QDate to)
{
    return path(Route::AuditExtract)
           + QStringLiteral("?from=%1&to=%2")
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace Kezek::Api
