#pragma once

#include "core/calendar/localizedtext.h"
#include "core/result/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace Kezek {

struct Case;

// An act the pilot rests on: the joint order of 6 January 2025, in force from
// 15 January until 31 December 2025 (its point 9), and whatever instrument a
// site adds that extends or replaces it, with its own term.
struct LegalInstrument
{
    QString id;
    LocalizedText title;
    QString numbers; // "MDDIAI No. 1/НҚ, MIA No. 7"
    QDate adoptedOn;
    QDate inForceFrom;
    QDate inForceUntil; // invalid: open-ended
    QString extends;    // the id of the instrument it extends or replaces; empty for the first
    QString source;

    bool inForceOn(QDate day) const
    {
        return day >= inForceFrom && (!inForceUntil.isValid() || day <= inForceUntil);
    }
    friend bool operator==(const LegalInstrument &, const LegalInstrument &) = default;
};

// The legal basis as data with its dates (resources/law/basis.json, or a
// site's file). Never invents an extension: outside every instrument's term,
// there is none, and the programs say so.
class LegalBasis
{
public:
    // {"format": 1, "instruments": [{id, title, numbers, adoptedOn, inForceFrom,
    // inForceUntil?, extends?, source}]}; refused with the reason when an id
    // repeats, a date is impossible, a term ends before it begins, or an
    // instrument extends one the file does not have.
    static Result<LegalBasis> fromJson(const QByteArray &json);

    const QList<LegalInstrument> &instruments() const { return m_instruments; }
    const LegalInstrument *find(QStringView id) const;
    // The instrument the pilot runs under on `day`: of those in force, the
    // latest to take effect; null when none is.
    const LegalInstrument *inForceOn(QDate day) const;
    // The last day any instrument is in force, for "ended on" messages.
    QDate lastDayInForce() const;

private:
    QList<LegalInstrument> m_instruments;
};

// A case received on a day some instrument was in force runs under it to its
// end (its clocks, bans and decisions); one received outside every term is
// marked so.
void markLegalBasis(Case &c, const LegalBasis &basis);

} // namespace Kezek
