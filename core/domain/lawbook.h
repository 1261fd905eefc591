#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/domain/legalbasis.h"
#include "core/domain/legalization.h"
#include "core/domain/reasoncatalog.h"
#include "core/domain/workflow.h"
#include "core/result/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Kezek {

// The law's data a program counts by: the business calendar (holidays are
// set by decree each year, so a site may run a newer one than it was built
// with), the reason catalog and the legal basis with its terms, with a
// version that changes whenever any does. The server makes it from its files and hands it to the
// workstations as JSON (GET /api/v1/law); a workstation keeps it in its cache and counts by the
// same days as the server.
class Lawbook
{
public:
    // From the calendar's, the catalog's and the basis's own JSON; the version
    // is the first 16 hex digits of their SHA-256.
    static Result<Lawbook> fromParts(const QByteArray &calendar,
                                     const QByteArray &reasons,
                                     const QByteArray &basis,
                                     const QByteArray &legalization);
    // From {version, calendar, reasons, basis, legalization}, as the server sends it.
    static Result<Lawbook> fromJson(const QByteArray &json);

    const BusinessCalendar &calendar() const { return m_parts->calendar; }
    const ReasonCatalog &reasons() const { return m_parts->reasons; }
    const LegalBasis &legalBasis() const { return m_parts->basis; }
    const LegalizationRules &legalization() const { return m_parts->legalization; }
    // Refers into this lawbook: valid while it lives (moving it keeps them valid).
    const WorkflowContext &context() const { return m_parts->context; }
    const QString &version() const { return m_version; }
    const QByteArray &json() const { return m_json; }

private:
    struct Parts
    {
        Parts(BusinessCalendar c, ReasonCatalog r, LegalBasis b, LegalizationRules l)
            : calendar(std::move(c))
            , reasons(std::move(r))
            , basis(std::move(b))
            , legalization(std::move(l))
        {}
        BusinessCalendar calendar;
        ReasonCatalog reasons;
        LegalBasis basis;
        LegalizationRules legalization;
        WorkflowContext context{calendar, reasons, &legalization};
    };
    Lawbook() = default;

    std::shared_ptr<const Parts> m_parts;
    QString m_version;
    QByteArray m_json; // {version, calendar, reasons, basis, legalization}
};

} // namespace Kezek
