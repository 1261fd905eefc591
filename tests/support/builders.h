#pragma once

#include "core/domain/workflow.h"

namespace Kezek::Builders {

// An applicant whose IIN, birth date, sex and passport agree.
Applicant applicant(QDate applicationDate = QDate(2025, 11, 3));
// Someone else for each `serial`: their own IIN, birth date, passport and
// surname, so that no two tests' applicants are taken for one person (a
// refusal bans its applicant; issue 32, point 3).
Applicant applicant(int serial, QDate applicationDate);
DocumentFacts passportFacts(const Applicant &applicant);
// Facts that pass every automatic check of the document on that date.
DocumentFacts goodFacts(DocumentType type, const Applicant &applicant, QDate applicationDate);

NewApplication application(City city = City::Astana, QDate applicationDate = QDate(2025, 11, 3));
// The application of `applicant`, with their documents' facts.
NewApplication application(const Applicant &applicant, City city, QDate applicationDate);

Actor officer(City city = City::Astana);
Actor cscOperator(City city = City::Astana);
Actor system();
Actor actorFor(Role role, City city = City::Astana);

WorkflowContext context();

// The input of one workflow step.
ActionInput
input(Action action, QDate today, const QString &reference = {}, const QStringList &reasons = {});

// A case driven through the real workflow, one lawful step a day from `start`,
// until it stands in `target`. Fails the test (and returns an empty case) when
// the workflow refuses a step, so a broken rule cannot hide here.
Case caseIn(CaseState target, QDate start = QDate(2025, 11, 3), City city = City::Astana);
// The date of the last step caseIn() took for that state.
QDate dayReached(CaseState target, QDate start = QDate(2025, 11, 3));

// Verifies every required document of a checklist with good facts.
Case withChecklistVerified(Case c, ChecklistKind kind, const Actor &actor, QDate today);

// A member of staff's IIN, the same for the same user id: what their
// certificates name as their holder's.
QString staffIin(const QString &userId);

// A case made by hand, field by field, for the figures of oversight (issue
// 30): what each figure counts is known before it is counted.
Case handMadeCase(const char *id,
                  CaseState state,
                  QDate receivedOn,
                  City city = City::Astana,
                  const char *nationality = "DEU");
// A step of a case's history as the workflow writes it, on `day`, by
// "someone" of the first role its rule names.
HistoryEntry historyStep(Action action, QDate day);
Decision decisionOn(DecisionKind kind, QDate day, QStringList reasons = {});

} // namespace Kezek::Builders
