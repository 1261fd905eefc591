#pragma once

#include "core/domain/documentchecks.h"
#include "core/result/result.h"

#include <QList>

namespace Kezek {

enum class DocumentStatus { Missing, Submitted, Verified, Rejected };

QString documentStatusId(DocumentStatus status);
QString documentStatusTitle(DocumentStatus status);

struct ChecklistItem
{
    DocumentType type = DocumentType::Passport;
    bool required = true;
    DocumentStatus status = DocumentStatus::Missing;
    QString rejectReason;
    DocumentFacts facts;
    QString scanSha256; // the scan, by content address; empty when none
    // A CSC's "matched" given without the original's scan: why there is none
    // (§21, matchevidence.h).
    QString unscannedReason;

    friend bool operator==(const ChecklistItem &, const ChecklistItem &) = default;
};

// One stage's documents for one case, each with its state. Verification runs
// the automatic checks first: a document that fails one cannot be marked
// verified, only rejected with a reason.
class Checklist
{
public:
    Checklist() = default;
    static Checklist forStage(Stage stage);

    Stage stage() const { return m_stage; }
    const QList<ChecklistItem> &items() const { return m_items; }
    const ChecklistItem *item(DocumentType type) const;

    Result<void>
    submit(DocumentType type, const DocumentFacts &facts, const QString &scanSha256 = {});
    // `unscannedReason`: why a document is verified without its scan, if so.
    Result<void>
    verify(DocumentType type, const CheckContext &context, const QString &unscannedReason = {});
    Result<void> reject(DocumentType type, const QString &reason);

    // Required documents not submitted, or submitted and rejected.
    QList<DocumentType> missingDocuments() const;
    // Required documents not yet verified: what stands between the case and the next step.
    QList<DocumentType> unverifiedDocuments() const;
    bool isComplete() const { return unverifiedDocuments().isEmpty(); }

    // The automatic checks of every submitted document.
    QList<CheckResult> checkResults(DocumentType type, const CheckContext &context) const;
    // What a return or refusal would rest on (§12): the documents missing,
    // rejected or failing an automatic check, and the catalog's reasons those
    // findings give. A form proposes them; the officer decides.
    struct Findings
    {
        QList<DocumentType> documents;
        QStringList reasonCodes;
    };
    Findings findings(const CheckContext &context) const;

    friend bool operator==(const Checklist &, const Checklist &) = default;

    static Checklist restore(Stage stage, QList<ChecklistItem> items);

private:
    Result<ChecklistItem *> find(DocumentType type);

    Stage m_stage = Stage::Preliminary;
    QList<ChecklistItem> m_items;
};

} // namespace Kezek
