#pragma once

#include "core/domain/roles.h"
#include "core/result/result.h"
#include "db/server/auditlog.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

class ServerStore;

// One entry of the audit chain as an inspector reads it.
struct AuditRecord
{
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds, as the chain keeps it
    AuditEntry entry;
    QString caseNumber; // the case's number when the subject is a case
};

// Which entries an extract holds: those on one case, or those made in a
// period; a supervisor's only those on their city's cases.
struct AuditFilter
{
    QString caseId;           // empty: every case
    QDateTime from;           // UTC, included; invalid: from the first entry
    QDateTime to;             // UTC, excluded; invalid: to the last
    std::optional<City> city; // only the entries on this city's cases
    int limit = 100000;       // the most one extract holds, oldest first
};

// An export a workstation reports (issue 31 point 4): a list of cases
// written to a file outside the encrypted cache.
struct ExportRecord
{
    QString id;     // the workstation's, so that a repeat is entered once
    QString list;   // the queue, search or dashboard figure shown
    QString filter; // the search typed, if any
    qint64 count = 0;
    QString format; // "csv" or "xlsx"
    QDateTime madeAt;
};

// Reads the audit chain for inspectors, and enters the exports reported.
class AuditExtracts
{
public:
    explicit AuditExtracts(ServerStore &store);

    // The case's id, and its city, by its id or its number; none when no
    // case has either.
    struct CaseRef
    {
        QString id;
        QString number;
        City city = City::Astana;
    };
    Result<std::optional<CaseRef>> findCase(const QString &idOrNumber);

    // The entries the filter takes, oldest first, at most filter.limit (and
    // whether more were left out).
    struct Extract
    {
        QList<AuditRecord> records;
        bool truncated = false;
    };
    Result<Extract> entries(const AuditFilter &filter);

    // Enters the export in the audit chain as `userId`'s act, once: true
    // when entered now, false when its id was entered before.
    Result<bool> recordExport(const QString &userId, const ExportRecord &record);

    // The audit's line for an export: what a reader of the chain needs.
    static QString exportDetail(const ExportRecord &record);

private:
    ServerStore &m_store;
};

} // namespace Kezek
