#pragma once

#include "core/domain/roles.h"
#include "core/result/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The audit extract for an inspector (issue 31, point 4), as the server's
// GET /api/v1/audit answers it, written as CSV or PDF by the workstation and
// by kezekctl alike: who did what, when, on which case.
namespace Kezek::Report {

struct AuditExtractEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString subject;
    QString caseNumber; // when the subject is a case
    QString detail;
};

struct AuditExtract
{
    QString caseNumber; // an extract of one case; else of the period
    QDate from;
    QDate to;
    std::optional<City> city; // a supervisor's; none: every city
    QList<AuditExtractEntry> entries;
    bool truncated = false; // the server left the oldest-first rest out
};

Result<AuditExtract> auditExtractFromJson(const QJsonObject &json);

// "csv" or "pdf"; anything else is refused (export.format), nothing written.
// The words in `language` (kk, ru or en); the moments on Kazakhstan's clock.
Result<void> writeAuditExtract(const AuditExtract &extract,
                               const QString &format,
                               const QString &language,
                               const QDateTime &madeAt,
                               const QString &path);

} // namespace Kezek::Report
