#pragma once

#include "core/domain/workflow.h"

#include <QStringList>
#include <QStringView>

#include "core/result/enumtable.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace Kezek {

// The commands that travel beside the workflow's steps: facts about a case
// that move it nowhere by themselves.
enum class CaseFact {
    UpdateDocument,       // §10-12, §20-22, §26: a document submitted, verified or rejected
    RecordCheck,          // §13, §22: a register's answer
    AssignKqpNumber,      // §12: КҚП АЖ's own case number
    RecordCourierStatus,  // §21-22: where the courier says the originals are
    RecordArrival,        // §19: Berkut's record of the border crossing
    RecordFingerprinting, // §20(3): the migration office's fingerprinting
};
inline constexpr std::size_t CaseFactCount = std::size_t(CaseFact::RecordFingerprinting) + 1;

struct CaseFactInfo
{
    CaseFact fact;
    std::u16string_view id;
    bool people;                // sent from workstations too (the domain says which roles)
    std::u16string_view sentBy; // the outside system that sends it, if any
};

inline constexpr std::array<CaseFactInfo, CaseFactCount> CaseFacts{{
    {CaseFact::UpdateDocument, u"update-document", true, u""},
    {CaseFact::RecordCheck, u"record-check", true, u"checks"},
    {CaseFact::AssignKqpNumber, u"assign-kqp-number", false, u"kqp"},
    {CaseFact::RecordCourierStatus, u"record-courier-status", false, u"courier"},
    {CaseFact::RecordArrival, u"record-arrival", false, u"nsc"},
    {CaseFact::RecordFingerprinting, u"record-fingerprinting", false, u"migration"},
}};

static_assert(rowsInEnumOrder<CaseFact>(CaseFacts,
                                        [](const CaseFactInfo &row) { return row.fact; }),
              "every CaseFact needs its row in CaseFacts, in order");

// The workflow's steps an outside system sends (its credential's
// integration); people's are the roles of the rules table (workflow.h).
struct ActionSender
{
    Action action;
    std::u16string_view integration;
};
inline constexpr std::array<ActionSender, 3> ActionSenders{{
    {Action::Resubmit, u"egov"},       // §12: the applicant's resubmission
    {Action::Withdraw, u"egov"},       // the applicant's withdrawal
    {Action::RecordNscAnswer, u"nsc"}, // §15: Berkut answers for NSC
}};

// A command's type, as it travels: a step of the workflow (every step but
// the intake, which has its own route) or a fact about the case.
struct CommandKind
{
    std::optional<Action> action;
    std::optional<CaseFact> fact;
};

// The kind a type names, or nothing when Kezek knows no such command.
std::optional<CommandKind> commandKind(QStringView type);
QString caseFactId(CaseFact fact);
// Whether `type` names `fact`.
bool isFact(QStringView type, CaseFact fact);
// The command types an outside system sends, by its integration's id.
QStringList commandsSentBy(QStringView integration);

} // namespace Kezek
