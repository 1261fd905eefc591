#pragma once

#include "core/domain/roles.h"
#include "core/result/result.h"

#include <QDate>
#include <QString>

#include <optional>

// Who may take the case work out of the system on paper or in a file
// (issue 31, point 4), decided once for the workstation, the server and
// kezekctl alike.
namespace Kezek {

// What an actor may read of the audit log, and of which cases.
struct AuditScope
{
    std::optional<City> city; // a supervisor's city; none: every city (the ministry)
};

// Lists of cases leave the encrypted cache as CSV or XLSX only in the hands
// of those who oversee them: a city's supervisor and the ministry's reviewer
// (order p.3, p.7). An officer's or operator's work stays in the cache.
bool mayExportCaseLists(const Actor &actor);

// The audit extract for an inspector: the ministry reads every city's
// entries, a city's supervisor their city's; anyone else is refused with
// "audit.forbidden". Reading the audit log is itself an act, audited.
Result<AuditScope> auditScope(const Actor &actor);

// A case's dossier is printed by the staff who work or oversee cases; an
// administrator and the integrations have no case to print.
bool mayPrintDossier(const Actor &actor);

// An extract's period, both days included: refused when a day is missing
// or the period ends before it starts ("audit.period-reversed"), or is
// longer than ten years (the log's reading bounded, "audit.period-too-long").
Result<void> checkAuditPeriod(QDate from, QDate to);

// The formats an export or an extract is written in: "csv", "xlsx", "pdf".
// Anything else is refused, naming the ones allowed ("export.format").
Result<QString> checkPaperFormat(const QString &format, const QStringList &allowed);

} // namespace Kezek
