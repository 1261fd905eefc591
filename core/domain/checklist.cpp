#include "core/domain/checklist.h"

#include "core/domain/domaintr.h"

#include <QStringList>

namespace Kezek {

QString documentStatusId(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Missing:
        return QStringLiteral("missing");
    case DocumentStatus::Submitted:
        return QStringLiteral("submitted");
    case DocumentStatus::Verified:
        return QStringLiteral("verified");
    case DocumentStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString documentStatusTitle(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Missing:
        return DomainTr::tr("Missing");
    case DocumentStatus::Submitted:
        return DomainTr::tr("Submitted");
    case DocumentStatus::Verified:
        return DomainTr::tr("Verified");
    case DocumentStatus::Rejected:
        return DomainTr::tr("Rejected");
    }
    return {};
}

Checklist Checklist::forStage(Stage stage)
{
    Checklist checklist;
    checklist.m_stage = stage;
    for (const CatalogEntry &entry : catalogFor(stage))
        checklist.m_items.append(
            {entry.type, entry.required, DocumentStatus::Missing, {}, {}, {}, {}});
    return checklist;
}

Checklist Checklist::restore(Stage stage, QList<ChecklistItem> items)
{
    Checklist checklist;
    checklist.m_stage = stage;
    checklist.m_items = std::move(items);
    return checklist;
}

const ChecklistItem *Checklist::item(DocumentType type) const
{
    for (const ChecklistItem &entry : m_items) {
        if (entry.type == type)
            return &entry;
    }
    return nullptr;
}

Result<ChecklistItem *> Checklist::find(DocumentType type)
{
    for (ChecklistItem &entry : m_items) {
        if (entry.type == type)
            return &entry;
    }
    return fail(
        QStringLiteral("checklist.not-in-stage"),
        DomainTr::tr("\"%1\" is not among the documents of this stage.").arg(documentTitle(type)));
}

Result<void>
Checklist::submit(DocumentType type, const DocumentFacts &facts, const QString &scanSha256)
{
    auto entry = find(type);
    if (!entry)
        return std::unexpected(entry.error());
    (*entry)->status = DocumentStatus::Submitted;
    (*entry)->rejectReason.clear();
    (*entry)->unscannedReason.clear();
    (*entry)->facts = facts;
    (*entry)->scanSha256 = scanSha256;
    return {};
}

Result<void>
Checklist::verify(DocumentType type, const CheckContext &context, const QString &unscannedReason)
{
    auto entry = find(type);
    if (!entry)
        return std::unexpected(entry.error());
    if ((*entry)->status == DocumentStatus::Missing) {
        return fail(QStringLiteral("checklist.not-submitted"),
                    DomainTr::tr("\"%1\" has not been submitted, so it cannot be verified.")
                        .arg(documentTitle(type)));
    }
    QStringList failures;
    for (const CheckResult &result : checkResults(type, context)) {
        if (!result.passed)
            failures.append(result.message);
    }
    if (!failures.isEmpty()) {
        return fail(QStringLiteral("checklist.checks-failed"),
                    DomainTr::tr("\"%1\" fails its automatic checks: %2")
                        .arg(documentTitle(type), failures.join(QLatin1Char(' '))));
    }
    (*entry)->status = DocumentStatus::Verified;
    (*entry)->rejectReason.clear();
    (*entry)->unscannedReason = unscannedReason.trimmed();
    return {};
}

Result<void> Checklist::reject(DocumentType type, const QString &reason)
{
    auto entry = find(type);
    if (!entry)
        return std::unexpected(entry.error());
    if (reason.trimmed().isEmpty()) {
        return fail(QStringLiteral("checklist.reason-required"),
                    DomainTr::tr("A rejected document needs a reason the applicant can act on."));
    }
    (*entry)->status = DocumentStatus::Rejected;
    (*entry)->rejectReason = reason.trimmed();
    (*entry)->unscannedReason.clear();
    return {};
}

Checklist::Findings Checklist::findings(const CheckContext &context) const
{
    Findings found;
    const auto addReason = [&found](const QString &code) {
        if (!found.reasonCodes.contains(code))
            found.reasonCodes.append(code);
    };
    for (const ChecklistItem &entry : m_items) {
        if (!entry.required && entry.status == DocumentStatus::Missing)
            continue;
        bool atFault
            = entry.status == DocumentStatus::Missing || entry.status == DocumentStatus::Rejected;
        if (entry.status == DocumentStatus::Missing)
            addReason(QStringLiteral("DOCS-INCOMPLETE"));
        if (entry.status == DocumentStatus::Rejected)
            addReason(QStringLiteral("DOCS-NONCOMPLIANT"));
        for (const CheckResult &result : checkResults(entry.type, context)) {
            if (result.passed || result.askOfficer)
                continue;
            atFault = true;
            addReason(reasonCodeFor(result.check));
        }
        if (atFault)
            found.documents.append(entry.type);
    }
    return found;
}

QList<DocumentType> Checklist::missingDocuments() const
{
    QList<DocumentType> result;
    for (const ChecklistItem &entry : m_items) {
        if (entry.required
            && (entry.status == DocumentStatus::Missing
                || entry.status == DocumentStatus::Rejected))
            result.append(entry.type);
    }
    return result;
}

QList<DocumentType> Checklist::unverifiedDocuments() const
{
    QList<DocumentType> result;
    for (const ChecklistItem &entry : m_items) {
        if (entry.required && entry.status != DocumentStatus::Verified)
            result.append(entry.type);
    }
    return result;
}

QList<CheckResult> Checklist::checkResults(DocumentType type, const CheckContext &context) const
{
    const ChecklistItem *entry = item(type);
    const CatalogEntry *catalog = catalogEntry(m_stage, type);
    if (!entry || !catalog || entry->status == DocumentStatus::Missing)
        return {};
    return runChecks(*catalog, entry->facts, context);
}

} // namespace Kezek
