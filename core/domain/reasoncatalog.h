#pragma once

#include "core/calendar/localizedtext.h"
#include "core/result/result.h"

#include <QByteArray>
#include <QList>

namespace Kezek {

// The decisions a reason may be given for.
enum class ReasonUse { Return, PreliminaryRefusal, FinalRefusal, CscDecline };

QString reasonUseId(ReasonUse use);

struct Reason
{
    QString code;
    QString paragraph;
    LocalizedText text;
    QList<ReasonUse> usableFor;
};

// The catalog of reasons for returns and refusals (resources/reasons.json):
// every motivated refusal the law asks for (§12, §19, §24) cites one of these.
class ReasonCatalog
{
public:
    static Result<ReasonCatalog> fromJson(const QByteArray &json);

    const QList<Reason> &reasons() const { return m_reasons; }
    const Reason *find(QStringView code) const;
    QList<Reason> usableFor(ReasonUse use) const;

    // Every code known and allowed for this use; at least one code.
    Result<void> validate(const QStringList &codes, ReasonUse use) const;

private:
    QList<Reason> m_reasons;
};

} // namespace Kezek
