#pragma once

#include "core/domain/casecommand.h"

#include <QDateTime>
#include <QStringList>

namespace Kezek {

// When two people (or a person and an outside system) act on one case at once,
// the later command was made on an older version of it. The law decides
// whether it still stands: a step relies on some parts of a case (its stage,
// the document it judges, the checks it rests on), and a change touches some
// parts. A command whose parts nobody touched since it was made, and which the
// workflow still allows on the case as it is now, is applied on top; anything
// else is a real clash, said in words.
//
// A part is named by a stable id, kept by the server beside each applied
// command: "state", "document/CHECKLIST/TYPE", "check/PHASE/KIND",
// "kqp-number", "courier" (the envelope), "courier-status" (its reports), "nsc-answer",
// "clock/KIND", "decisions", "applicant", "preliminary-permit", "csc-visit", "residence-permit",
// "received".

// The parts of the case that differ between two versions of it.
QStringList changedParts(const Case &before, const Case &after);

// The parts of the case this command relies on, on the case as it is now (a
// record check's phase follows the stage). Malformed payloads rely on the
// whole stage: the workflow refuses them anyway.
QStringList reliedParts(const CaseCommand &command, const Case &current);

// A part in words, in the reader's language: "the document “Passport” of the
// preliminary documents".
QString casePartTitle(QStringView part);

// A command's type in words: "Verify or reject a document", an action's title.
QString commandTypeTitle(QStringView type);
// A step of a case's history in words: a command's title, or the steps
// only the history names (the courier's reports one by one, a notice
// delivered, the retention purge). Never the raw id.
QString historyStepTitle(QStringView action);

// One change made to the case after the version a command was based on.
struct InterveningChange
{
    int version = 0; // the version it made
    QString userId;
    QString userName;
    QString type; // the command's type
    QDateTime at; // when the server received it (UTC)
    QStringList parts;
};

// A change in words: "Ерлан (officer.almaty), 2026-12-06 10:31 UTC — Verify or
// reject a document: the document “Passport” of the preliminary documents".
QString describeChange(const InterveningChange &change, const QStringList &onlyParts = {});

// Whether a command made on `command.baseVersion` may go on top of `current`,
// given every change made since (`since`, oldest first). Refuses, with
// "command.conflict" and what changed and who changed it, when a change
// touched a part the command relies on, or when a version in between has no
// record of what it changed (an import, an older server). The workflow's own
// check of the command on the current case comes after this, as for any
// command.
Result<void>
mayRebase(const CaseCommand &command, const Case &current, const QList<InterveningChange> &since);

// A command made on an older version that the workflow no longer allows on
// the case as it is now: the law's reason, and what changed since.
Error rebaseRefused(const Error &lawSays, const QList<InterveningChange> &since);

} // namespace Kezek
