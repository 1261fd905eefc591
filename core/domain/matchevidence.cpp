#include "core/domain/matchevidence.h"

#include "core/domain/domaintr.h"

namespace Kezek {

QString MatchEvidence::auditText() const
{
    if (!scanSha256.isEmpty())
        return QStringLiteral("scan %1").arg(scanSha256);
    // One line, whatever was typed: the audit is read line by line.
    return QStringLiteral("reason \"%1\"").arg(reason.simplified());
}

bool needsMatchEvidence(ChecklistKind kind)
{
    return kind == ChecklistKind::CscComparison || kind == ChecklistKind::Registration;
}

Result<MatchEvidence> matchEvidence(const QString &scanSha256, const QString &reason)
{
    if (!scanSha256.isEmpty())
        return MatchEvidence{scanSha256, {}};
    const QString written = reason.trimmed();
    if (written.isEmpty()) {
        return fail(QStringLiteral("workflow.match-evidence"),
                    DomainTr::tr("\"Matched\" at the CSC rests on the scan of the original: scan "
                                 "it, or write why there is no scan (§21, §26)."));
    }
    return MatchEvidence{{}, written};
}

} // namespace Kezek
