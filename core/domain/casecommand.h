#pragma once

#include "core/domain/workflow.h"

#include <QDateTime>
#include <QJsonObject>

namespace Kezek {

// The version of the protocol commands travel in, which the workstation sends
// with every request (X-Kezek-Protocol), and the oldest one the server still
// accepts (it says so in every answer, X-Kezek-Oldest-Protocol, and refuses an
// older workstation with 426 "client.outdated"). Version 2: a command made on
// an older version of a case may be applied on top of it (the answer says
// "rebasedFrom"), and a conflict says in words what changed and who changed it.
// Version 3: a case carries the applicant's arrival and fingerprinting (§19);
// a command, the moment it was made ("madeAt"). Version 4: a case may be
// "withdrawn", carry a "revocation" decision and "withdrawn" and
// "decision-revoked" notices, which an older workstation cannot read.
// Version 5: a CSC's "matched" without the original's scan carries the written
// reason why there is none, which the case keeps (a checklist item's
// "unscannedReason", §21); an older workstation can neither read it nor give
// the reason the law now asks for. Version 6: a case may carry the
// ministry's petition as the server verified it at intake ("petition", §8),
// which an older workstation cannot read. Version 7: the workstation signs in
// with the authentication key where the site asks for it (issue 29); a site
// that requires the key tells an older one to update (SignInKeyProtocol),
// and every other site still takes it. Version 8: a case carries the cases
// its applicant may also be under another IIN or passport
// ("possibleDuplicates", issue 31 point 5), which an older workstation cannot
// read.
inline constexpr int CommandProtocol = 8;
inline constexpr int OldestAcceptedProtocol = 8;
inline constexpr int SignInKeyProtocol = 7;

// One thing an officer did to a case, as it travels from the workstation's
// outbox to the server: a client-made id (the idempotency key), a type, the
// case and the version it was based on, and the type's payload.
//
// Types: every workflow action but "receive" (payload: reasonCodes, text,
// documentsAtFault, reference, nscApproved), "update-document" (checklist,
// document, command: submit|verify|reject, facts, scan, reason: a rejection's,
// or why a CSC's "matched" has no scan of the original), "record-check"
// (check, outcome, reference), and for the integrations "assign-kqp-number"
// (number), "record-courier-status" (tracking, status), "record-arrival" and
// "record-fingerprinting" (date, reference). "withdraw" comes from eGov;
// "revoke-decision" (text: the reasoning) from a supervisor.
struct CaseCommand
{
    QString id;
    QString type;
    QString caseId;
    int baseVersion = 0;
    QJsonObject payload;
    // When the act was made (UTC, by the server's clock as the workstation
    // measured it), inside the signed bytes; invalid: not said. The act is
    // dated by it (dateOfAct()).
    QDateTime madeAt;
    // A decision's detached CMS signature (DER) over signedContent(): the
    // officer's digital signature, made at the workstation.
    QByteArray signature;

    friend bool operator==(const CaseCommand &, const CaseCommand &) = default;
};

// The exact bytes a decision's signature covers: the command without its
// signature, as compact JSON (Qt writes an object's keys in sorted order, so
// the workstation and the server make the same bytes from the same command).
QByteArray signedContent(const CaseCommand &command);
// Whether the law wants this command signed: every decision on a case.
bool needsSignature(const CaseCommand &command);

QJsonObject caseCommandToJson(const CaseCommand &command);
// Shape only: the id a UUID, the type known, the rest of the right types.
Result<CaseCommand> caseCommandFromJson(const QJsonObject &json);

struct CommandOutcome
{
    Case after;
    QList<Notice> notices;
};

// The eGov intake of §11: {id, number, city, applicant, documents: [{type, facts}]}.
Result<NewApplication> newApplicationFromJson(const QJsonObject &json);
QJsonObject newApplicationToJson(const NewApplication &application);

// Validates and applies a command with the workflow, exactly as the law allows
// this actor on this day. The base version is the caller's to compare.
Result<CommandOutcome> applyCaseCommand(const Case &c,
                                        const Actor &actor,
                                        const CaseCommand &command,
                                        QDate today,
                                        const WorkflowContext &context);

} // namespace Kezek
