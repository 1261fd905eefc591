#pragma once

#include "core/domain/oversight.h"
#include "core/domain/workflow.h"

// What oversight.cpp and oversightpilot.cpp share: the few definitions both
// the dashboard's figures and the pilot report's count by.
namespace Kezek::OversightParts {

inline bool within(QDate day, QDate from, QDate to)
{
    return day.isValid() && day >= from && day <= to;
}

// What a step of a case's history means for the flow and the pilot report
// (oversight.h says why each counts where it does).
struct StepMeaning
{
    Action action;
    int PilotOutcomes::*outcome;
    bool decided;
    bool granted;
    bool refused;
};

// The meaning of the step, or null for a step neither counts.
const StepMeaning *meaningOf(const HistoryEntry &entry);

PilotFigures pilotFigures(const QList<const Case *> &cases,
                          const OversightQuery &query,
                          const BusinessCalendar &calendar);

} // namespace Kezek::OversightParts
