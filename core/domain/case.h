#pragma once

#include "core/domain/applicant.h"
#include "core/domain/casestate.h"
#include "core/domain/checklist.h"
#include "core/domain/deadlineclock.h"
#include "core/domain/petition.h"
#include "core/domain/roles.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace Kezek {

// The four checklists a case carries, each worked by one role at one step.
enum class ChecklistKind {
    Preliminary,           // §10-12: the eGov documents, by the migration officer
    CscComparison,         // §20-21: copies against originals, by the CSC operator
    OriginalsVerification, // §22: originals against the earlier filing, by the officer
    Registration,          // §26: the residence permit desk, by the CSC operator
};

QString checklistKindId(ChecklistKind kind);
std::optional<ChecklistKind> checklistKindFromId(QStringView id);
Stage stageOf(ChecklistKind kind);

// Record checks run twice: before the preliminary decision (§13) and at final
// verification (§22); an old result does not answer the second.
enum class CheckPhase { Preliminary, Final };

struct CheckRecord
{
    CheckPhase phase = CheckPhase::Preliminary;
    CheckKind kind = CheckKind::Idb;
    CheckOutcome outcome = CheckOutcome::Pending;
    QDate date;
    QString reference;
    QString userId; // who recorded it: the integration, or an officer
    QString reason; // an officer's correction of an answer already given: why

    friend bool operator==(const CheckRecord &, const CheckRecord &) = default;
};

// The latest answer of a check in a case's records: a later record corrects
// an earlier one; Pending when none was recorded.
CheckOutcome latestOutcome(const QList<CheckRecord> &checks, CheckPhase phase, CheckKind kind);

enum class DecisionKind {
    ReturnForRework,
    PreliminaryApproval,
    PreliminaryRefusal,
    CscDecline,
    FinalGrant,
    FinalRefusal,
    // A supervisor's revocation of a refusal or an annulment made in error:
    // the case reopens where that step found it, and its ban is lifted.
    Revocation,
};

QString decisionKindId(DecisionKind kind);

struct Decision
{
    DecisionKind kind = DecisionKind::ReturnForRework;
    QDate date;
    QStringList reasonCodes;
    QString text;
    QList<DocumentType> documentsAtFault;
    QString userId;

    friend bool operator==(const Decision &, const Decision &) = default;
};

// A notice due to the applicant's eGov cabinet (§12, §19, §23).
enum class NoticeKind {
    ReturnForRework,
    ApplicationDeleted,
    PreliminaryApproval,
    PreliminaryRefusal,
    ApprovalAnnulled,
    CscDeclined,
    FinalGrant,
    FinalRefusal,
    Withdrawn,       // the applicant's withdrawal through eGov, acknowledged
    DecisionRevoked, // a decision made in error is revoked; the case reopens
};

QString noticeKindId(NoticeKind kind);
std::optional<NoticeKind> noticeKindFromId(QStringView id);

struct Notice
{
    NoticeKind kind = NoticeKind::ReturnForRework;
    QDate date;
    QString language;
    QStringList reasonCodes;
    QString text;
    QList<DocumentType> documents; // at fault, or to bring after arrival (§19)
    QDate validUntil;              // a preliminary approval's 30 days
    QDate deliveredOn; // when it reached the applicant's eGov cabinet (§12: the rework's start)

    friend bool operator==(const Notice &, const Notice &) = default;
};

struct HistoryEntry
{
    QString action;
    QDate date;
    Role role = Role::System;
    QString userId;
    CaseState from = CaseState::Received;
    CaseState to = CaseState::Received;
    // The moment the step was made (UTC), from its command; invalid for the
    // steps no command made (the intake, retention) and those older than it.
    QDateTime at;

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// One applicant's Digital Nomad Residency case, phases 1 to 3.
struct Case
{
    QString id;
    QString number;
    City city = City::Astana;
    CaseState state = CaseState::Received;
    int version = 1;

    Applicant applicant;
    QDate receivedOn;  // the application date of §10 (and of its 180-day rule)
    QDateTime filedAt; // when the applicant filed it on eGov (UTC); invalid: not said
    QString kqpNumber;
    QString preliminaryPermitNumber;
    QDate preliminaryDecisionOn;
    std::optional<bool> nscApproved;
    QDate cscVisitOn; // the final application date of §20
    // §19-20: the applicant's arrival in Kazakhstan (Berkut's border record)
    // and their fingerprinting at the territorial migration office (§20(3)).
    // Arrival alone keeps nothing; the first application to the migration
    // service (fingerprinting or the CSC visit) keeps the approval.
    QDate arrivedOn;
    QDate fingerprintedOn;
    QString courierTracking;
    QString residencePermitNumber;
    // The instrument the case runs under (the order, or what extends it), as
    // in force on the day it was received; received outside every term: marked.
    QString legalBasis;
    bool outsideLegalBasis = false;
    // The ministry's petition (§8), when the server verified its signature
    // at intake; none when the site checks it by eye.
    std::optional<VerifiedPetition> petition;
    // Issue 31 point 5: the numbers of cases the server found at intake whose
    // applicant has this one's name (however written) and date of birth under
    // another IIN or passport: for the officer to look at, not a refusal.
    QStringList possibleDuplicates;

    QList<CheckRecord> checks;
    Checklist preliminaryDocuments = Checklist::forStage(Stage::Preliminary);
    Checklist cscComparison = Checklist::forStage(Stage::Final);
    Checklist originals = Checklist::forStage(Stage::Final);
    Checklist registration = Checklist::forStage(Stage::Registration);
    QList<DeadlineClock> clocks;
    QList<Decision> decisions;
    QList<Notice> notices;
    QList<HistoryEntry> history;

    // The latest run of a clock, or null when it never started.
    const DeadlineClock *clock(ClockKind kind) const;
    DeadlineClock *clock(ClockKind kind);
    CheckOutcome checkOutcome(CheckPhase phase, CheckKind kind) const;
    const Checklist &checklist(ChecklistKind kind) const;
    Checklist &checklist(ChecklistKind kind);
    // What a checklist's automatic checks compare against, on a given day.
    CheckContext checkContext(ChecklistKind kind,
                              QDate today,
                              const LegalizationRules *legalization = nullptr) const;
    // The last day of a one-year ban this case put on its applicant, if any;
    // none once a revocation lifted it.
    std::optional<QDate> bannedUntil(const BusinessCalendar &calendar) const;

    friend bool operator==(const Case &, const Case &) = default;
};

} // namespace Kezek
