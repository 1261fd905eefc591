#include "core/domain/casecommand.h"
#include "core/domain/commuting.h"
#include "tests/support/builders.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Builders;

namespace {

const QDate Start(2025, 11, 3);

CaseCommand command(const QString &type, const Case &base, const QJsonObject &payload)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces),
            type,
            base.id,
            base.version,
            payload,
            {},
            {}};
}

CaseCommand documentCommand(const Case &base,
                            DocumentType type,
                            const QString &verdict,
                            ChecklistKind checklist = ChecklistKind::Preliminary)
{
    QJsonObject payload{{QStringLiteral("checklist"), checklistKindId(checklist)},
                        {QStringLiteral("document"), documentTypeId(type)},
                        {QStringLiteral("command"), verdict}};
    if (verdict == QStringLiteral("reject"))
        payload.insert(QStringLiteral("reason"), QStringLiteral("Unreadable"));
    return command(QStringLiteral("update-document"), base, payload);
}

// A command applied by `actor` on `c`, and the change it made as the server
// records it.
struct Applied
{
    Case after;
    InterveningChange change;
};

Applied apply(const Case &c, const Actor &actor, const CaseCommand &cmd, QDate today)
{
    auto outcome = applyCaseCommand(c, actor, cmd, today, context());
    if (!outcome)
        qFatal("the workflow refused: %s", qPrintable(outcome.error().message));
    InterveningChange change{outcome->after.version,
                             actor.userId,
                             QStringLiteral("Ерлан"),
                             cmd.type,
                             QDateTime(today, QTime(10, 31), QTimeZone::utc()),
                             changedParts(c, outcome->after)};
    return {outcome->after, change};
}

} // namespace

// A command made on an older version of a case stands when nothing it relies
// on changed since and the law still allows it; otherwise it is a clash, said
// in words. Each rule rests on a paragraph of the order.
class TestCommuting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangeNamesOnlyWhatItChanged();
    void aStepIsDatedToTheSecondItsCommandWasMade();
    void documentVerdictsOnDifferentDocumentsPassEachOther();
    void twoVerdictsOnOneDocumentClashAndSayWhoAndWhat();
    void theMigrationPoliceNumberDoesNotBlockTheOfficer();
    void registeringUnderAnotherNumberThanTheSystemsClashes();
    void twoStepsOfTheWorkflowNeverPassEachOther();
    void theCouriersDispatchPassesAFinalCheckAnswer();
    void theOfficerReceivesAnEnvelopeTheCourierReportsDelivered();
    void theFinalDecisionReliesOnTheChecksThatAnswered();
    void aVersionWithNoRecordIsAClash();
    void aStepTheLawNoLongerAllowsSaysWhatChanged();
};

void TestCommuting::aChangeNamesOnlyWhatItChanged()
{
    const Case received = caseIn(CaseState::Received, Start);
    const Applied verified
        = apply(received,
                officer(),
                documentCommand(received, DocumentType::Passport, QStringLiteral("verify")),
                Start);
    QCOMPARE(verified.change.parts, QStringList{QStringLiteral("document/preliminary/passport")});

    const Applied numbered = apply(received,
                                   system(),
                                   command(QStringLiteral("assign-kqp-number"),
                                           received,
                                           {{QStringLiteral("number"), QStringLiteral("KQP-1")}}),
                                   Start);
    QCOMPARE(numbered.change.parts, QStringList{QStringLiteral("kqp-number")});

    // §12: a return for rework moves the stage, pauses the review, starts the
    // rework clock and makes a decision; the history alone is no part.
    Case withAll = withChecklistVerified(received, ChecklistKind::Preliminary, officer(), Start);
    CaseCommand back
        = command(QStringLiteral("return-for-rework"),
                  withAll,
                  {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}});
    const QStringList parts = apply(withAll, officer(), back, Start).change.parts;
    // The step worked on a copy: the case it was applied to keeps its clocks
    // (they share their list until one of them changes it).
    QVERIFY(!withAll.clock(ClockKind::Review)->isPaused());
    QVERIFY(!withAll.clock(ClockKind::Registration)->isStopped());
    QVERIFY(parts.contains(QStringLiteral("state")));
    QVERIFY(parts.contains(QStringLiteral("clock/rework")));
    QVERIFY(parts.contains(QStringLiteral("clock/review")));
    QVERIFY(parts.contains(QStringLiteral("clock/registration")));
    QVERIFY(parts.contains(QStringLiteral("decisions")));
    QVERIFY(!parts.contains(QStringLiteral("kqp-number")));
}

void TestCommuting::aStepIsDatedToTheSecondItsCommandWasMade()
{
    // The history an auditor reads says when each step was made: the
    // command's moment, to the second as it travels; a command that names
    // no moment leaves the step with its day only.
    const Case base = caseIn(CaseState::Received, Start);
    CaseCommand verified = documentCommand(base, DocumentType::Photo, QStringLiteral("verify"));
    auto kept = applyCaseCommand(base, officer(), verified, Start, context());
    QVERIFY(kept);
    QCOMPARE(kept->after.history, base.history); // a document's verdict is no step
    CaseCommand numbered = command(QStringLiteral("assign-kqp-number"),
                                   base,
                                   {{QStringLiteral("number"), QStringLiteral("KQP-9")}});
    numbered.madeAt = QDateTime(Start, QTime(5, 4, 6, 789), QTimeZone::utc());
    auto stamped = applyCaseCommand(base, system(), numbered, Start, context());
    QVERIFY(stamped);
    QCOMPARE(stamped->after.history.size(), base.history.size() + 1);
    QCOMPARE(stamped->after.history.constLast().at,
             QDateTime(Start, QTime(5, 4, 6), QTimeZone::utc()));
    for (qsizetype i = 0; i < base.history.size(); ++i)
        QCOMPARE(stamped->after.history.at(i), base.history.at(i));
    numbered.madeAt = {};
    auto undated = applyCaseCommand(base, system(), numbered, Start, context());
    QVERIFY(undated);
    QVERIFY(!undated->after.history.constLast().at.isValid());
    QCOMPARE(undated->after.history.constLast().date, Start);
}

void TestCommuting::documentVerdictsOnDifferentDocumentsPassEachOther()
{
    // §10-12: each document's verdict is about that document alone.
    const Case base = caseIn(CaseState::Received, Start);
    const Applied first
        = apply(base,
                officer(),
                documentCommand(base, DocumentType::Passport, QStringLiteral("verify")),
                Start);
    const CaseCommand second = documentCommand(base, DocumentType::Photo, QStringLiteral("reject"));
    QVERIFY(mayRebase(second, first.after, {first.change}));
    // And on top, the workflow keeps both verdicts.
    const Applied both = apply(first.after, officer(), second, Start);
    QCOMPARE(both.after.preliminaryDocuments.item(DocumentType::Passport)->status,
             DocumentStatus::Verified);
    QCOMPARE(both.after.preliminaryDocuments.item(DocumentType::Photo)->status,
             DocumentStatus::Rejected);
}

void TestCommuting::twoVerdictsOnOneDocumentClashAndSayWhoAndWhat()
{
    const Case base = caseIn(CaseState::Received, Start);
    Actor colleague = officer();
    colleague.userId = QStringLiteral("officer.astana.2");
    Applied first = apply(base,
                          colleague,
                          documentCommand(base, DocumentType::Passport, QStringLiteral("verify")),
                          Start);
    const auto clash
        = mayRebase(documentCommand(base, DocumentType::Passport, QStringLiteral("reject")),
                    first.after,
                    {first.change});
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, QStringLiteral("command.conflict"));
    // Who, when, and what, in words: not version numbers.
    const QString said = clash.error().message;
    QVERIFY2(said.contains(QStringLiteral("Ерлан (officer.astana.2)")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("10:31 UTC")), qPrintable(said));
    QVERIFY2(said.contains(documentTitle(DocumentType::Passport)), qPrintable(said));
    QVERIFY2(said.contains(base.number), qPrintable(said));
}

void TestCommuting::theMigrationPoliceNumberDoesNotBlockTheOfficer()
{
    // §12: the number КҚП АЖ gives a received case is the system's own; the
    // officer's verification of the documents does not rest on it.
    const Case base = caseIn(CaseState::Received, Start);
    const Applied numbered = apply(base,
                                   system(),
                                   command(QStringLiteral("assign-kqp-number"),
                                           base,
                                           {{QStringLiteral("number"), QStringLiteral("KQP-7")}}),
                                   Start);
    QVERIFY(mayRebase(documentCommand(base, DocumentType::Passport, QStringLiteral("verify")),
                      numbered.after,
                      {numbered.change}));

    // Registering with no number of one's own takes the system's, and so
    // does registering under that same number.
    Case ready = withChecklistVerified(base, ChecklistKind::Preliminary, officer(), Start);
    const Applied renumbered = apply(ready,
                                     system(),
                                     command(QStringLiteral("assign-kqp-number"),
                                             ready,
                                             {{QStringLiteral("number"), QStringLiteral("KQP-7")}}),
                                     Start);
    for (const QString &reference : {QString(), QStringLiteral("KQP-7")}) {
        const CaseCommand registration = command(
            QStringLiteral("register"), ready, {{QStringLiteral("reference"), reference}});
        QVERIFY(mayRebase(registration, renumbered.after, {renumbered.change}));
        QCOMPARE(apply(renumbered.after, officer(), registration, Start).after.kqpNumber,
                 QStringLiteral("KQP-7"));
    }
}

void TestCommuting::registeringUnderAnotherNumberThanTheSystemsClashes()
{
    Case ready = withChecklistVerified(
        caseIn(CaseState::Received, Start), ChecklistKind::Preliminary, officer(), Start);
    const Applied numbered = apply(ready,
                                   system(),
                                   command(QStringLiteral("assign-kqp-number"),
                                           ready,
                                           {{QStringLiteral("number"), QStringLiteral("KQP-7")}}),
                                   Start);
    const auto clash = mayRebase(command(QStringLiteral("register"),
                                         ready,
                                         {{QStringLiteral("reference"), QStringLiteral("KQP-9")}}),
                                 numbered.after,
                                 {numbered.change});
    QVERIFY(!clash);
    QVERIFY(clash.error().message.contains(casePartTitle(u"kqp-number")));
}

void TestCommuting::twoStepsOfTheWorkflowNeverPassEachOther()
{
    // Every step moves the stage and relies on it: of two decisions made on
    // one version, only the first stands (§12: returned, then registered).
    Case ready = withChecklistVerified(
        caseIn(CaseState::Received, Start), ChecklistKind::Preliminary, officer(), Start);
    const Applied registered
        = apply(ready,
                officer(),
                command(QStringLiteral("register"),
                        ready,
                        {{QStringLiteral("reference"), QStringLiteral("KQP-1")}}),
                Start);
    const CaseCommand back
        = command(QStringLiteral("return-for-rework"),
                  ready,
                  {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}});
    const auto clash = mayRebase(back, registered.after, {registered.change});
    QVERIFY(!clash);
    QVERIFY(clash.error().message.contains(casePartTitle(u"state")));
    // A document verdict made before the stage moved relies on the stage too.
    QVERIFY(!mayRebase(documentCommand(ready, DocumentType::Passport, QStringLiteral("reject")),
                       registered.after,
                       {registered.change}));
}

void TestCommuting::theCouriersDispatchPassesAFinalCheckAnswer()
{
    // §21-22: the CSC dispatches the originals while the final record checks
    // run; an answer arriving meanwhile is about the applicant, not the envelope.
    const Case registered = caseIn(CaseState::FinalRegistered, Start);
    const QDate day = dayReached(CaseState::FinalRegistered, Start);
    const Applied answered = apply(registered,
                                   system(),
                                   command(QStringLiteral("record-check"),
                                           registered,
                                           {{QStringLiteral("check"), QStringLiteral("afis")},
                                            {QStringLiteral("outcome"), QStringLiteral("clear")}}),
                                   day);
    QCOMPARE(answered.change.parts, QStringList{QStringLiteral("check/final/afis")});
    const CaseCommand dispatch = command(QStringLiteral("dispatch-courier"),
                                         registered,
                                         {{QStringLiteral("reference"), QStringLiteral("KZ1")}});
    QVERIFY(mayRebase(dispatch, answered.after, {answered.change}));
    QCOMPARE(apply(answered.after, cscOperator(), dispatch, day).after.state, CaseState::InCourier);
}

void TestCommuting::theOfficerReceivesAnEnvelopeTheCourierReportsDelivered()
{
    // §22: the officer opens the envelope while the courier's "delivered"
    // report comes in; the report is about the same envelope, and no clash.
    const Case sent = caseIn(CaseState::InCourier, Start);
    const QDate day = dayReached(CaseState::InCourier, Start);
    const Applied delivered
        = apply(sent,
                system(),
                command(QStringLiteral("record-courier-status"),
                        sent,
                        {{QStringLiteral("tracking"), sent.courierTracking},
                         {QStringLiteral("status"), QStringLiteral("delivered")}}),
                day);
    QCOMPARE(delivered.change.parts, QStringList{QStringLiteral("courier-status")});
    const CaseCommand receipt = command(QStringLiteral("receive-originals"), sent, {});
    QVERIFY(mayRebase(receipt, delivered.after, {delivered.change}));
    QCOMPARE(apply(delivered.after, officer(), receipt, day).after.state,
             CaseState::FinalVerification);
    // A second dispatch under another tracking number is another envelope.
    Case other = sent;
    other.courierTracking = QStringLiteral("KZ-OTHER");
    ++other.version;
    const InterveningChange redispatch{other.version,
                                       QStringLiteral("csc.astana"),
                                       {},
                                       QStringLiteral("dispatch-courier"),
                                       {},
                                       changedParts(sent, other)};
    QVERIFY(!mayRebase(receipt, other, {redispatch}));
}

void TestCommuting::theFinalDecisionReliesOnTheChecksThatAnswered()
{
    // §22-23: the grant rests on every final check being clear; an answer
    // that came after the officer looked is one they must see first.
    Case verifying = caseIn(CaseState::FinalVerification, Start);
    const QDate day = dayReached(CaseState::FinalVerification, Start);
    const Applied hit = apply(verifying,
                              system(),
                              command(QStringLiteral("record-check"),
                                      verifying,
                                      {{QStringLiteral("check"), QStringLiteral("idb")},
                                       {QStringLiteral("outcome"), QStringLiteral("hit")}}),
                              day);
    const CaseCommand grant = command(QStringLiteral("grant-final"), verifying, {});
    const auto clash = mayRebase(grant, hit.after, {hit.change});
    QVERIFY(!clash);
    QVERIFY(clash.error().message.contains(checkKindTitle(CheckKind::Idb)));
}

void TestCommuting::aVersionWithNoRecordIsAClash()
{
    const Case base = caseIn(CaseState::Received, Start);
    Applied first = apply(base,
                          officer(),
                          documentCommand(base, DocumentType::Passport, QStringLiteral("verify")),
                          Start);
    Applied second
        = apply(first.after,
                officer(),
                documentCommand(first.after, DocumentType::Photo, QStringLiteral("verify")),
                Start);
    // Version 3 is known, version 2 is not (an import, an older server).
    const auto clash
        = mayRebase(documentCommand(base, DocumentType::Petition, QStringLiteral("verify")),
                    second.after,
                    {second.change});
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, QStringLiteral("command.conflict"));
    // With both known, the third document's verdict stands.
    QVERIFY(mayRebase(documentCommand(base, DocumentType::Petition, QStringLiteral("verify")),
                      second.after,
                      {first.change, second.change}));
}

void TestCommuting::aStepTheLawNoLongerAllowsSaysWhatChanged()
{
    const Error law{QStringLiteral("workflow.checks-hit"), QStringLiteral("A record was found.")};
    InterveningChange change{5,
                             QStringLiteral("checks"),
                             QStringLiteral("Checks"),
                             QStringLiteral("record-check"),
                             QDateTime(Start, QTime(9, 5), QTimeZone::utc()),
                             {QStringLiteral("check/preliminary/idb")}};
    const Error said = rebaseRefused(law, {change});
    QCOMPARE(said.code, QStringLiteral("command.conflict"));
    QVERIFY(said.message.startsWith(law.message));
    QVERIFY(said.message.contains(QStringLiteral("Checks (checks)")));
    QVERIFY(said.message.contains(casePartTitle(u"check/preliminary/idb")));
}

QTEST_GUILESS_MAIN(TestCommuting)
#include "tst_commuting.moc"
