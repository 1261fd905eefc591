#include "core/domain/papers.h"

#include "core/domain/displaydate.h"
#include "core/domain/domaintr.h"

namespace Kezek {

bool mayExportCaseLists(const Actor &actor)
{
    return actor.role == Role::MinistryReviewer
           || (actor.role == Role::Supervisor && actor.city.has_value());
}

Result<AuditScope> auditScope(const Actor &actor)
{
    if (actor.role == Role::MinistryReviewer)
        return AuditScope{};
    if (actor.role == Role::Supervisor && actor.city)
        return AuditScope{actor.city};
    return fail(QStringLiteral("audit.forbidden"),
                DomainTr::tr("Only the ministry and a city's supervisor read the audit log: "
                             "ask them for an extract."));
}

bool mayPrintDossier(const Actor &actor)
{
    switch (actor.role) {
    case Role::MigrationOfficer:
    case Role::CscOperator:
    case Role::MinistryReviewer:
    case Role::Supervisor:
        return true;
    case Role::Administrator:
    case Role::System:
        break;
    }
    return false;
}

Result<void> checkAuditPeriod(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid()) {
        return fail(QStringLiteral("audit.date-missing"),
                    DomainTr::tr("The extract's period needs its first and last days."));
    }
    if (to < from) {
        return fail(QStringLiteral("audit.period-reversed"),
                    DomainTr::tr("The period ends on %1, before it starts on %2.")
                        .arg(displayDate(to), displayDate(from)));
    }
    if (from.daysTo(to) >= 3653) {
        return fail(QStringLiteral("audit.period-too-long"),
                    DomainTr::tr("The period from %1 to %2 is longer than ten years: choose a "
                                 "shorter one.")
                        .arg(displayDate(from), displayDate(to)));
    }
    return {};
}

Result<QString> checkPaperFormat(const QString &format, const QStringList &allowed)
{
    const QString id = format.trimmed().toLower();
    if (allowed.contains(id))
        return id;
    return fail(QStringLiteral("export.format"),
                DomainTr::tr("\"%1\" is not a format this is written in: choose one of %2.")
                    .arg(format, allowed.join(QStringLiteral(", "))));
}

} // namespace Kezek
