#pragma once

#include "core/domain/case.h"
#include "core/result/result.h"

namespace Kezek {

// §21, §26: what a CSC operator's "matched" rests on. The desk compares the
// original in front of it with the copy filed on eGov; what it saw is kept as
// the original's scan or, where none could be made (the scanner is broken),
// as the operator's written reason why there is none. Never neither: a
// "matched" with no evidence cannot be checked by anyone afterwards.
struct MatchEvidence
{
    QString scanSha256; // the original's scan, by content address
    QString reason;     // why there is no scan; empty when there is one

    // The audit's words: `scan <sha256>` or `reason "<text>"`.
    QString auditText() const;
};

// Whether a "matched" in this checklist needs evidence: the CSC's desks.
bool needsMatchEvidence(ChecklistKind kind);

// The evidence of a "matched": the scan when there is one, else the reason,
// trimmed. Neither (or a reason of spaces alone) is refused with
// "workflow.match-evidence".
Result<MatchEvidence> matchEvidence(const QString &scanSha256, const QString &reason);

} // namespace Kezek
