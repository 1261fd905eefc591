#include "core/simulation/historyseeder.h"

#include "core/domain/legalbasis.h"
#include "core/simulation/applicationgenerator.h"

#include <QRandomGenerator>

namespace Kezek {

namespace {

constexpr HistoryKind Kinds[] = {HistoryKind::ReworkLapsed,
                                 HistoryKind::ApprovalLapsed,
                                 HistoryKind::ApprovalRunning,
                                 HistoryKind::Refused,
                                 HistoryKind::ApprovalKept,
                                 HistoryKind::ReworkRunning,
                                 HistoryKind::Withdrawn};

// The one who takes each step, by the demo's user ids.
Actor officerOf(City city)
{
    return {Role::MigrationOfficer, city, QStringLiteral("officer.") + cityId(city)};
}

Actor integration(const char *id)
{
    return {Role::System, std::nullopt, QString::fromLatin1(id)};
}

class Drive
{
public:
    Drive(Case c, const WorkflowContext &context)
        : m_case(std::move(c))
        , m_context(context)
    {}

    const Case &result() const { return m_case; }
    const Error &error() const { return m_error; }
    bool ok() const { return m_error.code.isEmpty(); }

    void step(const Actor &actor, ActionInput input)
    {
        if (!ok())
            return;
        if (auto outcome = Workflow::apply(m_case, actor, input, m_context))
            m_case = outcome->after;
        else
            m_error = outcome.error();
    }
    void step(const Actor &actor, Action action, QDate day, const QString &reference = {})
    {
        ActionInput input;
        input.action = action;
        input.today = day;
        input.reference = reference;
        step(actor, input);
    }
    void take(Result<Case> changed)
    {
        if (!ok())
            return;
        if (changed)
            m_case = *changed;
        else
            m_error = changed.error();
    }

    // §12: the officer verifies every document filed, КҚП АЖ having numbered it.
    void verifyAndRegister(QDate day)
    {
        take(Workflow::assignKqpNumber(
            m_case, integration("kqp"), QStringLiteral("KQP-%1").arg(m_case.number.right(6)), day));
        const QList<ChecklistItem> items = m_case.preliminaryDocuments.items();
        for (const ChecklistItem &item : items) {
            if (item.status == DocumentStatus::Submitted) {
                take(Workflow::updateDocument(m_case,
                                              officerOf(m_case.city),
                                              ChecklistKind::Preliminary,
                                              item.type,
                                              DocumentCommand::Verify,
                                              day));
            }
        }
        step(officerOf(m_case.city), Action::Register, day);
    }

    // §13-15: the record checks clear, NSC asked, and its answer.
    void checkAndAskNsc(QDate asked, QDate answered, bool approved)
    {
        for (CheckKind kind : {CheckKind::Idb, CheckKind::CriminalRecords}) {
            take(Workflow::recordCheck(m_case,
                                       integration("checks"),
                                       kind,
                                       CheckOutcome::Clear,
                                       asked,
                                       QStringLiteral("CHK-%1").arg(m_case.number.right(6))));
        }
        step(officerOf(m_case.city), Action::SendToNsc, asked);
        ActionInput answer;
        answer.action = Action::RecordNscAnswer;
        answer.today = answered;
        answer.nscApproved = approved;
        step(integration("nsc"), answer);
    }

private:
    Case m_case;
    const WorkflowContext &m_context;
    Error m_error;
};

int between(QRandomGenerator &random, int low, int high)
{
    return low + static_cast<int>(random.bounded(static_cast<quint32>(high - low + 1)));
}

// How many days ago a case of this kind was filed: old enough (or young
// enough) for its periods to have run out (or not) by today, with the act
// window of three days on top.
int ageFor(HistoryKind kind, int oldest, QRandomGenerator &random)
{
    switch (kind) {
    case HistoryKind::ReworkLapsed:
        return between(random, 16, oldest);
    case HistoryKind::ReworkRunning:
        return between(random, 1, 2);
    case HistoryKind::ApprovalLapsed:
    case HistoryKind::ApprovalKept:
        return between(random, 55, oldest);
    case HistoryKind::ApprovalRunning:
        return between(random, 12, 35);
    case HistoryKind::Refused:
        return between(random, 14, oldest);
    case HistoryKind::Withdrawn:
        return between(random, 3, oldest);
    }
    return 0;
}

// §17-19: approved on the tenth day after filing. A kept approval's applicant
// arrived and was fingerprinted in time; a running one's may have arrived.
void approve(Drive &drive,
             HistoryKind kind,
             QDate filed,
             int age,
             QRandomGenerator &random,
             const WorkflowContext &context)
{
    const QString permit
        = QStringLiteral("PP-%1-%2").arg(filed.year()).arg(drive.result().number.right(6));
    drive.verifyAndRegister(filed.addDays(1));
    drive.checkAndAskNsc(filed.addDays(2), filed.addDays(9), true);
    drive.step(
        officerOf(drive.result().city), Action::ApprovePreliminarily, filed.addDays(10), permit);
    if (kind == HistoryKind::ApprovalKept) {
        // §19, §20(3): arrived, and fingerprinted within the 30 days.
        const QDate arrived = filed.addDays(10 + between(random, 3, 12));
        drive.take(Workflow::recordArrival(drive.result(), integration("nsc"), arrived, arrived));
        drive.take(Workflow::recordFingerprinting(drive.result(),
                                                  integration("migration"),
                                                  arrived.addDays(2),
                                                  arrived.addDays(2),
                                                  context.calendar));
    } else if (kind == HistoryKind::ApprovalRunning && age - 10 > 3 && random.bounded(2) == 0) {
        // Some have crossed the border already; arrival alone keeps nothing.
        const QDate arrived = filed.addDays(10 + between(random, 1, age - 11));
        drive.take(Workflow::recordArrival(drive.result(), integration("nsc"), arrived, arrived));
    }
}

// The steps a case of this kind took since it was filed, `age` days ago.
void playHistory(Drive &drive,
                 HistoryKind kind,
                 QDate filed,
                 int age,
                 QRandomGenerator &random,
                 const WorkflowContext &context)
{
    const Actor officer = officerOf(drive.result().city);
    switch (kind) {
    case HistoryKind::ReworkLapsed:
    case HistoryKind::ReworkRunning: {
        ActionInput back;
        back.action = Action::ReturnForRework;
        back.today = filed.addDays(1);
        back.reasonCodes = {QStringLiteral("DOCS-NONCOMPLIANT")};
        back.documentsAtFault = {DocumentType::Photo};
        drive.step(officer, back);
        break;
    }
    case HistoryKind::ApprovalLapsed:
    case HistoryKind::ApprovalKept:
    case HistoryKind::ApprovalRunning:
        approve(drive, kind, filed, age, random, context);
        break;
    case HistoryKind::Refused: {
        drive.verifyAndRegister(filed.addDays(1));
        drive.checkAndAskNsc(filed.addDays(2), filed.addDays(9), false);
        ActionInput refusal;
        refusal.action = Action::RefusePreliminarily;
        refusal.today = filed.addDays(10);
        refusal.reasonCodes = {QStringLiteral("NSC-NOT-APPROVED")};
        drive.step(officer, refusal);
        break;
    }
    case HistoryKind::Withdrawn:
        drive.step(integration("egov"),
                   Action::Withdraw,
                   filed.addDays(between(random, 1, std::min(age, 20))));
        break;
    }
}

} // namespace

Result<QList<SeededCase>>
seedHistory(const HistoryOptions &options, const WorkflowContext &context, const LegalBasis &basis)
{
    QRandomGenerator random(options.seed);
    ApplicationGenerator generator(options.seed, options.today);
    generator.setFaultPercent(0);
    const Actor egov = integration("egov");
    const int oldest = std::max(options.days, 60);
    QList<SeededCase> cases;
    for (int i = 0; i < options.count; ++i) {
        const HistoryKind kind = Kinds[i % std::size(Kinds)];
        const int age = ageFor(kind, oldest, random);
        const QDate filed = options.today.addDays(-age);
        generator.setToday(filed);
        NewApplication application = generator.next();
        auto received = Workflow::receive(application, egov, filed, std::nullopt);
        if (!received)
            return std::unexpected(received.error());
        Drive drive(received->after, context);
        playHistory(drive, kind, filed, age, random, context);
        if (!drive.ok())
            return std::unexpected(drive.error());
        Case made = drive.result();
        markLegalBasis(made, basis);
        cases.append({kind, made});
    }
    return cases;
}

} // namespace Kezek
