#include "tests/support/builders.h"

#include "core/domain/iin.h"
#include "core/domain/matchevidence.h"
#include "core/domain/mrz.h"
#include "tests/support/testdata.h"

#include <QTest>

namespace Kezek::Builders {

Applicant applicant(QDate applicationDate)
{
    Applicant a;
    a.surname = QStringLiteral("MUELLER");
    a.givenNames = QStringLiteral("JONAS PETER");
    a.birthDate = QDate(1990, 5, 15);
    a.sex = Sex::Male;
    for (int serial = 1234; a.iin.isEmpty(); ++serial)
        a.iin = composeIin(a.birthDate, a.sex, serial);
    a.passportNumber = QStringLiteral("C01X00T47");
    a.nationality = QStringLiteral("DEU");
    a.passportExpiry = applicationDate.addYears(5);
    a.language = QStringLiteral("kk");
    return a;
}

Applicant applicant(int serial, QDate applicationDate)
{
    Applicant a = applicant(applicationDate);
    a.surname
        = QStringLiteral("MUELLER") + QChar(u'A' + serial % 26) + QChar(u'A' + serial / 26 % 26);
    a.birthDate = QDate(1980, 1, 1).addDays(serial % 5000);
    a.iin.clear();
    for (int number = 1234; a.iin.isEmpty(); ++number)
        a.iin = composeIin(a.birthDate, a.sex, number);
    a.passportNumber = QStringLiteral("C%1").arg(serial % 100000000, 8, 10, QLatin1Char('0'));
    return a;
}

DocumentFacts passportFacts(const Applicant &a)
{
    MrzData mrz;
    mrz.issuingState = a.nationality;
    mrz.surname = a.surname;
    mrz.givenNames = a.givenNames;
    mrz.documentNumber = a.passportNumber;
    mrz.nationality = a.nationality;
    mrz.birthDate = a.birthDate;
    mrz.sex = a.sex;
    mrz.expiryDate = a.passportExpiry;
    const auto [line1, line2] = composeMrz(mrz);
    DocumentFacts facts;
    facts.expiryDate = a.passportExpiry;
    facts.mrzLine1 = line1;
    facts.mrzLine2 = line2;
    return facts;
}

DocumentFacts goodFacts(DocumentType type, const Applicant &a, QDate applicationDate)
{
    DocumentFacts facts;
    switch (type) {
    case DocumentType::Passport:
        return passportFacts(a);
    case DocumentType::Photo:
        facts.pixelWidth = 700;
        facts.pixelHeight = 900;
        break;
    case DocumentType::CitizenshipRecord:
        facts.foreignIssued = true;
        facts.legalization = Legalization::Apostille;
        break;
    case DocumentType::Questionnaire:
        facts.signedWithEds = true;
        break;
    case DocumentType::StateDuty:
    case DocumentType::ResidencePermitDuty:
        facts.dutyPaid = true;
        break;
    case DocumentType::MedicalCertificate:
        facts.formNumber = QStringLiteral("028/у");
        break;
    case DocumentType::HousingContract:
        facts.notarized = true;
        facts.validFrom = applicationDate.addDays(-10);
        facts.validUntil = applicationDate.addDays(355);
        break;
    default:
        break;
    }
    return facts;
}

NewApplication application(City city, QDate applicationDate)
{
    return application(applicant(applicationDate), city, applicationDate);
}

NewApplication application(const Applicant &applicant, City city, QDate applicationDate)
{
    NewApplication app;
    app.id = QStringLiteral("8b1c7a52-0000-4000-8000-000000000001");
    app.number = QStringLiteral("DNR-2025-000001");
    app.city = city;
    app.applicant = applicant;
    for (const CatalogEntry &entry : catalogFor(Stage::Preliminary))
        app.documents.append({entry.type, goodFacts(entry.type, app.applicant, applicationDate)});
    return app;
}

Actor officer(City city)
{
    return {Role::MigrationOfficer, city, QStringLiteral("officer.%1").arg(cityId(city))};
}

Actor cscOperator(City city)
{
    return {Role::CscOperator, city, QStringLiteral("csc.%1").arg(cityId(city))};
}

Actor system()
{
    return {Role::System, std::nullopt, QStringLiteral("integration")};
}

Actor actorFor(Role role, City city)
{
    switch (role) {
    case Role::MigrationOfficer:
        return officer(city);
    case Role::CscOperator:
        return cscOperator(city);
    case Role::System:
        return system();
    case Role::Supervisor:
        return {role, city, QStringLiteral("supervisor")};
    default:
        return {role, std::nullopt, roleId(role)};
    }
}

WorkflowContext context()
{
    return {TestData::calendar(), TestData::reasons()};
}

Case withChecklistVerified(Case c, ChecklistKind kind, const Actor &actor, QDate today)
{
    const CheckContext checkContext = c.checkContext(kind, today);
    // A copy: `c` is replaced inside the loop.
    const QList<ChecklistItem> items = c.checklist(kind).items();
    for (const ChecklistItem &item : items) {
        if (!item.required)
            continue;
        if (item.status == DocumentStatus::Missing) {
            auto submitted = Workflow::updateDocument(
                c,
                actor,
                kind,
                item.type,
                DocumentCommand::Submit,
                today,
                goodFacts(item.type, c.applicant, checkContext.applicationDate));
            if (!submitted)
                qFatal("submit failed: %s", qPrintable(submitted.error().message));
            c = *submitted;
        }
        // §21, §26: the CSC's "matched" without a scan of the original says why.
        const QString unscanned = needsMatchEvidence(kind) && item.scanSha256.isEmpty()
                                      ? QStringLiteral("The original was seen at the desk.")
                                      : QString();
        auto verified = Workflow::updateDocument(
            c, actor, kind, item.type, DocumentCommand::Verify, today, {}, unscanned);
        if (!verified)
            qFatal("verify failed: %s", qPrintable(verified.error().message));
        c = *verified;
    }
    return c;
}

namespace {

struct Step
{
    CaseState reached;
    int day; // days after the start
};

// The lawful path to each state, with the day (after the start) it is reached.
const QList<Step> Path = {
    {CaseState::Received, 0},
    {CaseState::ReturnedForRework, 1},
    {CaseState::Deleted, 9},
    {CaseState::Registered, 1},
    {CaseState::WithNsc, 2},
    {CaseState::DecisionDue, 12},
    {CaseState::PreliminarilyApproved, 13},
    {CaseState::PreliminarilyRefused, 13},
    {CaseState::ApprovalAnnulled, 50},
    {CaseState::AtCsc, 20},
    {CaseState::FinalRegistered, 20},
    {CaseState::InCourier, 21},
    {CaseState::FinalVerification, 23},
    {CaseState::Granted, 24},
    {CaseState::FinalRefused, 24},
    {CaseState::PermitIssued, 30},
    {CaseState::Withdrawn, 2},
};

Case step(const Case &c, const Actor &actor, ActionInput input)
{
    auto outcome = Workflow::apply(c, actor, input, context());
    if (!outcome) {
        qFatal("workflow refused %s: %s",
               qPrintable(Workflow::actionId(input.action)),
               qPrintable(outcome.error().message));
    }
    return outcome->after;
}

Case recordChecks(Case c, const QList<CheckKind> &kinds, QDate today)
{
    for (CheckKind kind : kinds) {
        auto recorded = Workflow::recordCheck(
            c, system(), kind, CheckOutcome::Clear, today, QStringLiteral("ref"));
        if (!recorded)
            qFatal("check refused: %s", qPrintable(recorded.error().message));
        c = *recorded;
    }
    return c;
}

} // namespace

QDate dayReached(CaseState target, QDate start)
{
    for (const Step &s : Path) {
        if (s.reached == target)
            return start.addDays(s.day);
    }
    return start;
}

Case caseIn(CaseState target, QDate start, City city)
{
    const Actor off = officer(city);
    const Actor csc = cscOperator(city);
    auto day = [&](CaseState state) {
        return dayReached(state, start);
    };
    auto received = Workflow::receive(application(city, start), system(), start, std::nullopt);
    if (!received)
        qFatal("receive refused: %s", qPrintable(received.error().message));
    Case c = received->after;
    if (target == CaseState::Received)
        return c;
    if (target == CaseState::Withdrawn)
        return step(c, system(), input(Action::Withdraw, day(target)));

    if (target == CaseState::ReturnedForRework || target == CaseState::Deleted) {
        c = step(c,
                 off,
                 input(Action::ReturnForRework,
                       day(CaseState::ReturnedForRework),
                       {},
                       {QStringLiteral("DOCS-NONCOMPLIANT")}));
        if (target == CaseState::Deleted)
            c = step(c, system(), input(Action::DeleteAfterRework, day(CaseState::Deleted)));
        return c;
    }

    c = withChecklistVerified(c, ChecklistKind::Preliminary, off, day(CaseState::Registered));
    c = step(
        c, off, input(Action::Register, day(CaseState::Registered), QStringLiteral("KQP-0001")));
    if (target == CaseState::Registered)
        return c;
    c = recordChecks(c, {CheckKind::Idb, CheckKind::CriminalRecords}, day(CaseState::WithNsc));
    c = step(c, off, input(Action::SendToNsc, day(CaseState::WithNsc)));
    if (target == CaseState::WithNsc)
        return c;
    ActionInput nsc = input(Action::RecordNscAnswer, day(CaseState::DecisionDue));
    // A refusal needs a reason the record bears out (§17): NSC did not approve.
    nsc.nscApproved = target != CaseState::PreliminarilyRefused;
    c = step(c, system(), nsc);
    if (target == CaseState::DecisionDue)
        return c;
    if (target == CaseState::PreliminarilyRefused) {
        return step(c,
                    off,
                    input(Action::RefusePreliminarily,
                          day(target),
                          {},
                          {QStringLiteral("NSC-NOT-APPROVED")}));
    }
    c = step(c,
             off,
             input(Action::ApprovePreliminarily,
                   day(CaseState::PreliminarilyApproved),
                   QStringLiteral("PP-0001")));
    if (target == CaseState::PreliminarilyApproved)
        return c;
    if (target == CaseState::ApprovalAnnulled)
        return step(c, system(), input(Action::AnnulApproval, day(target)));

    c = step(
        c, csc, input(Action::RecordCscVisit, day(CaseState::AtCsc), QStringLiteral("PP-0001")));
    if (target == CaseState::AtCsc)
        return c;
    c = withChecklistVerified(
        c, ChecklistKind::CscComparison, csc, day(CaseState::FinalRegistered));
    c = step(c, csc, input(Action::RegisterFinalApplication, day(CaseState::FinalRegistered)));
    if (target == CaseState::FinalRegistered)
        return c;
    c = step(
        c,
        csc,
        input(Action::DispatchCourier, day(CaseState::InCourier), QStringLiteral("KZP-778899")));
    if (target == CaseState::InCourier)
        return c;
    c = step(c, off, input(Action::ReceiveOriginals, day(CaseState::FinalVerification)));
    if (target == CaseState::FinalVerification)
        return c;
    if (target == CaseState::FinalRefused) {
        return step(
            c,
            off,
            input(Action::RefuseFinal, day(target), {}, {QStringLiteral("ORIGINALS-MISMATCH")}));
    }
    c = withChecklistVerified(
        c, ChecklistKind::OriginalsVerification, off, day(CaseState::Granted));
    c = recordChecks(
        c,
        {CheckKind::BorderCrossing, CheckKind::Afis, CheckKind::Idb, CheckKind::CriminalRecords},
        day(CaseState::Granted));
    c = step(c, off, input(Action::GrantFinal, day(CaseState::Granted)));
    if (target == CaseState::Granted)
        return c;
    c = withChecklistVerified(c, ChecklistKind::Registration, csc, day(CaseState::PermitIssued));
    return step(c,
                csc,
                input(Action::IssueResidencePermit,
                      day(CaseState::PermitIssued),
                      QStringLiteral("RP-000123")));
}

ActionInput input(Action action, QDate today, const QString &reference, const QStringList &reasons)
{
    ActionInput in;
    in.action = action;
    in.today = today;
    in.reference = reference;
    in.reasonCodes = reasons;
    return in;
}

QString staffIin(const QString &userId)
{
    const auto seed = qHash(userId, 17);
    // About one serial in eleven has no check digit (composeIin gives none):
    // the next one has, so that every member of staff has an IIN and no
    // certificate is issued without one.
    for (int serial = int(seed % 9000) + 100;; ++serial) {
        const QString iin = composeIin(QDate(1970, 1, 1).addDays(qint64(seed % 12000)),
                                       seed % 2 ? Sex::Female : Sex::Male,
                                       serial);
        if (!iin.isEmpty())
            return iin;
    }
}

Case handMadeCase(
    const char *id, CaseState state, QDate receivedOn, City city, const char *nationality)
{
    Case c;
    c.id = QString::fromLatin1(id);
    c.number = c.id;
    c.state = state;
    c.city = city;
    c.receivedOn = receivedOn;
    c.applicant.nationality = QString::fromLatin1(nationality);
    return c;
}

HistoryEntry historyStep(Action action, QDate day)
{
    const TransitionRule &rule = Workflow::rule(action);
    return {Workflow::actionId(action),
            day,
            rule.roles.constFirst(),
            QStringLiteral("someone"),
            rule.from.isEmpty() ? rule.to : rule.from.constFirst(),
            rule.to,
            {}};
}

Decision decisionOn(DecisionKind kind, QDate day, QStringList reasons)
{
    Decision d;
    d.kind = kind;
    d.date = day;
    d.reasonCodes = std::move(reasons);
    return d;
}

} // namespace Kezek::Builders
