#pragma once

#include "core/domain/casestate.h"
#include "ui/deadlinetext.h"

#include <QColor>
#include <QString>

namespace Kezek {

// The colours of a chip: a case's stage or a deadline at a glance. Colour
// is never the only sign: the chip's text says the stage, or "over".
struct ChipColours
{
    QColor fill;
    QColor ink;
};

// Grey while calm, amber inside the clock's warning threshold, red once past.
ChipColours urgencyColours(Urgency urgency);
// By what the stage asks: blue while the department works on it, violet
// while it waits for the applicant or another body, green when granted,
// red when refused or ended, grey when withdrawn.
ChipColours stageColours(CaseState state);
// For a label shown as a chip.
QString chipStyleSheet(const ChipColours &colours);

} // namespace Kezek
