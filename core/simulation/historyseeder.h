#pragma once

#include "core/domain/legalbasis.h"
#include "core/domain/workflow.h"

#include <QList>

namespace Kezek {

// A history of cases for a demo or a training site: applications filed and
// decided over the past months, as an import from the earlier system would
// bring them. Each case is driven through the workflow one lawful step at a
// time, dated on its own past days, by the people and systems of its city.
// So that the law's timed steps have something to do on a server's first run,
// some returns are past their five days (§12) and some approvals past their
// thirty (§19); others are still running, some applicants were fingerprinted
// in time, some refused, some withdrew.
struct HistoryOptions
{
    QDate today;         // the day the history ends (in Kazakhstan)
    int count = 48;      // cases, spread over the kinds below
    int days = 120;      // how far back the oldest was filed
    quint32 seed = 2026; // the same seed makes the same history
};

// What became of a seeded case, as its history was drawn.
enum class HistoryKind {
    ReworkLapsed,    // returned, five days long over: to be deleted (§12)
    ReworkRunning,   // returned in the last days: the applicant may still rework
    ApprovalLapsed,  // approved over 30 days ago, nobody came: to be annulled (§19)
    ApprovalKept,    // approved long ago, fingerprinted in time: kept (§19, §20(3))
    ApprovalRunning, // approved in the last weeks: awaiting arrival at a CSC
    Refused,         // NSC did not approve: refused, a year's ban (§19)
    Withdrawn,       // the applicant withdrew it through eGov
};

struct SeededCase
{
    HistoryKind kind = HistoryKind::ReworkLapsed;
    Case c;
};

// Fails only when the workflow refuses a step (a history the law would not
// have made), with the law's words. Each case is marked with the legal basis
// in force the day it was received, as intake marks it.
Result<QList<SeededCase>>
seedHistory(const HistoryOptions &options, const WorkflowContext &context, const LegalBasis &basis);

} // namespace Kezek
