// Throughput of the domain's hot paths: what the queue's deadline column and the
// server's command validation call for every case.
#include "core/domain/mrz.h"
#include "core/domain/workflow.h"
#include "core/simulation/applicationgenerator.h"
#include "resources/shippeddata.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <functional>

using namespace Kezek;

namespace {

struct Figure
{
    QString name;
    double perSecond;
    qint64 iterations;
};

// Runs `body` in rounds until at least `minimum` has passed; returns calls per second.
Figure measure(const QString &name, const std::function<int(int)> &body, double minimum = 1.0)
{
    using Clock = std::chrono::steady_clock;
    volatile int sink = 0;
    qint64 iterations = 0;
    const auto start = Clock::now();
    double elapsed = 0;
    int round = 1000;
    while (elapsed < minimum) {
        for (int i = 0; i < round; ++i)
            sink = sink + body(static_cast<int>(iterations + i));
        iterations += round;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    }
    return {name, iterations / elapsed, iterations};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    auto calendar = ShippedData::calendar();
    auto reasons = ShippedData::reasons();
    if (!calendar || !reasons) {
        out << "cannot load the shipped data\n";
        return 1;
    }

    // A believable applicant with a valid IIN and MRZ, as the simulator makes them.
    ApplicationGenerator generator(7, QDate(2025, 11, 3));
    generator.setFaultPercent(0);
    const NewApplication sample = generator.next();
    const Applicant &applicant = sample.applicant;
    const DocumentFacts &passportFacts = sample.documents.constFirst().second;
    const QString &line1 = passportFacts.mrzLine1;
    const QString &line2 = passportFacts.mrzLine2;

    const QDate base(2025, 1, 1);
    const QList<ClockKind> kinds = allClockKinds();
    QList<Figure> figures;

    figures.append(
        measure(QStringLiteral("due dates (every clock, starts over 2025-2026)"), [&](int i) {
            return dueDate(kinds.at(i % kinds.size()), base.addDays(i % 730), *calendar).day();
        }));
    figures.append(
        measure(QStringLiteral("clock status (registration, as the queue shows it)"), [&](int i) {
            const DeadlineClock clock(ClockKind::Registration, base.addDays(i % 700));
            return clock.status(*calendar, base.addDays(i % 700 + 1)).left;
        }));

    // A full §10 checklist: every automatic check of every document.
    Checklist checklist = Checklist::forStage(Stage::Preliminary);
    for (const auto &[type, facts] : sample.documents)
        (void)checklist.submit(type, facts);
    const CheckContext context{QDate(2025, 11, 3), applicant};
    figures.append(measure(QStringLiteral("checklist evaluations (all checks of §10)"), [&](int) {
        int passed = 0;
        for (const ChecklistItem &item : checklist.items()) {
            for (const CheckResult &result : checklist.checkResults(item.type, context))
                passed += result.passed;
        }
        return passed;
    }));

    figures.append(measure(QStringLiteral("IIN parses"),
                           [&](int) { return parseIin(applicant.iin)->birthDate.day(); }));
    figures.append(measure(QStringLiteral("MRZ parses"), [&](int) {
        return parseMrz(line1, line2, context.applicationDate)->birthDate.day();
    }));

    const NewApplication &application = sample;
    const Actor system{Role::System, std::nullopt, QStringLiteral("bench")};
    const Actor officer{Role::MigrationOfficer, application.city, QStringLiteral("bench")};
    const Case received
        = Workflow::receive(application, system, context.applicationDate, std::nullopt)->after;
    const WorkflowContext workflowContext{*calendar, *reasons};
    ActionInput returnInput;
    returnInput.action = Action::ReturnForRework;
    returnInput.today = context.applicationDate.addDays(1);
    returnInput.reasonCodes = {QStringLiteral("DOCS-INCOMPLETE")};
    figures.append(
        measure(QStringLiteral("workflow steps (return for rework, validated)"), [&](int) {
            return Workflow::apply(received, officer, returnInput, workflowContext)->after.version;
        }));

    out << "Kezek domain benchmark (" << QSysInfo::buildCpuArchitecture() << ", "
#ifdef NDEBUG
        << "optimized"
#else
        << "debug: figures are not representative"
#endif
        << ")\n";
    for (const Figure &figure : figures) {
        out << QStringLiteral("%1  %2/s  (%3 calls)\n")
                   .arg(figure.name, -52)
                   .arg(QString::number(figure.perSecond, 'f', 0), 12)
                   .arg(figure.iterations);
    }
    return 0;
}
