// The workstation with 100,000 cached cases: the time from launching the
// program to the queue on screen, a search keystroke (as the cache spells the
// name, and transliterated: Cyrillic or German for the passport's Latin, issue
// 31 point 5), scrolling far down the queue, and the memory it takes. Run by hand with the release
// build:
//   bench_workstation [cases [dashboard rounds]]   (QT_QPA_PLATFORM=offscreen where there is
//   no display; 100,000 cases and 5 rounds by default)
// The cache is made first (not timed); the launch is timed from a fresh
// process, as an officer starting the program would see it.
// Then the supervisor's dashboard (issue 30: under 300 ms over 100,000 cached
// cases) over a second cache of as many cases with a year's lawful histories
// (seedHistory's, every one in Astana), signed in as Astana's supervisor: from
// asking for the figures to their being shown, and its parts, the cache read,
// computeOversight and filling the widgets; a median over rounds.
#include "core/domain/casecodec.h"
#include "core/domain/oversight.h"
#include "core/domain/workflow.h"
#include "core/simulation/applicationgenerator.h"
#include "core/simulation/historyseeder.h"
#include "db/client/clientstore.h"
#include "resources/shippeddata.h"
#include "sync/backgroundsync.h"
#include "ui/casetablemodel.h"
#include "ui/dashboard.h"
#include "ui/mainwindow.h"
#include "ui/oversightloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace Kezek;

namespace {

QTextStream out(stdout);
const QString Password = QStringLiteral("bench password");

// Appends a page of cases to the cache as a sync brings it.
Result<void> applyPage(ClientStore &store, QJsonArray &page, qint64 &cursor)
{
    cursor += page.size();
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("cases"), page}})
                                 .toJson(QJsonDocument::Compact);
    page = {};
    if (auto applied = store.applyPageBytes(bytes, cursor, QString()); !applied)
        return std::unexpected(applied.error());
    return {};
}

Result<void> makeCache(const QString &path, int count, QStringList &terms)
{
    auto store = ClientStore::open(path, Password, {.keyPlace = KeyPlace::File});
    if (!store)
        return std::unexpected(store.error());
    ApplicationGenerator generator(42, QDate(2026, 11, 2));
    const Actor system{Role::System, std::nullopt, QStringLiteral("bench")};
    (void)(*store)->beginBulkLoad();
    QJsonArray page;
    qint64 cursor = 0;
    for (int i = 0; i < count; ++i) {
        // A month of applications, so that the queue has an order to keep.
        const QDate day = QDate(2026, 10, 1).addDays(i % 30);
        Case c = Workflow::receive(generator.next(), system, day, std::nullopt)->after;
        c.city = City::Astana;
        if (i == count / 2)
            terms = {c.number.left(12), c.applicant.iin.left(6), c.applicant.surname.left(4)};
        page.append(caseToJson(c));
        if (page.size() == 5000 || i + 1 == count) {
            if (auto ok = applyPage(**store, page, cursor); !ok)
                return ok;
        }
    }
    // The end of a first sync: the queues' indexes, and every name's words
    // keyed (core/names/namekey.h) and indexed.
    QElapsedTimer indexing;
    indexing.start();
    if (auto ok = (*store)->endBulkLoad(); !ok)
        return ok;
    out << QStringLiteral("end of the bulk load (indexes, every name's words keyed): %1 s\n")
               .arg(indexing.elapsed() / 1000.0, 0, 'f', 2);
    out.flush();
    return (*store)->setSetting(QStringLiteral("account"),
                                QStringLiteral("{\"id\":\"officer.astana\",\"name\":\"Bench\","
                                               "\"role\":\"migration-officer\",\"city\":"
                                               "\"astana\"}"));
}

// The supervisor's cache: a year of lawful histories (seedHistory's, as
// bench_report seeds the server), every case in Astana, so that the
// dashboard counts all of them; signed in as Astana's supervisor.
Result<void> makeOversightCache(const QString &path, int count)
{
    auto law = ShippedData::lawbook();
    if (!law)
        return std::unexpected(law.error());
    auto seeded
        = seedHistory({QDate(2026, 11, 30), count, 365, 2026}, law->context(), law->legalBasis());
    if (!seeded)
        return std::unexpected(seeded.error());
    auto store = ClientStore::open(path, Password, {.keyPlace = KeyPlace::File});
    if (!store)
        return std::unexpected(store.error());
    (void)(*store)->beginBulkLoad();
    QJsonArray page;
    qint64 cursor = 0;
    for (SeededCase &s : *seeded) {
        s.c.city = City::Astana;
        page.append(caseToJson(s.c));
        if (page.size() == 5000) {
            if (auto ok = applyPage(**store, page, cursor); !ok)
                return ok;
        }
    }
    if (!page.isEmpty()) {
        if (auto ok = applyPage(**store, page, cursor); !ok)
            return ok;
    }
    if (auto ok = (*store)->endBulkLoad(); !ok)
        return ok;
    return (*store)->setSetting(QStringLiteral("account"),
                                QStringLiteral("{\"id\":\"supervisor.astana\",\"name\":"
                                               "\"Bench\",\"role\":\"supervisor\",\"city\":"
                                               "\"astana\"}"));
}

// The workstation's own peak. Not getrusage's ru_maxrss: Linux keeps that
// across exec, so the launched workstation reported the peak of the process
// that made the cache before it (about 185 MB, where the window took 90).
long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Each keystroke of each term: the model reads, the table paints; sorted.
QList<double> typeEach(MainWindow &window, Session &session, const QStringList &terms)
{
    QList<double> keystrokes;
    for (const QString &term : terms) {
        for (qsizetype length = 1; length <= term.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            window.searchField()->setText(term.left(length));
            const double model = timer.nsecsElapsed() / 1e6;
            window.caseTable()->viewport()->repaint();
            keystrokes.append(timer.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("KEZEK_BENCH_VERBOSE")) {
                QElapsedTimer alone;
                alone.start();
                (void)session.store->search(term.left(length), 500);
                const double everywhere = alone.nsecsElapsed() / 1e6;
                // The window opens on the overdue list: its search is scoped.
                alone.restart();
                (void)session.store->search(term.left(length), 500, {{}, session.desk->today()});
                out << term.left(length) << ": " << keystrokes.last() << " ms (the model " << model
                    << " ms), the cache alone again " << everywhere << " ms, on the overdue list "
                    << alone.nsecsElapsed() / 1e6 << " ms, " << window.caseModel()->rowCount()
                    << " rows\n";
            }
        }
        window.searchField()->clear();
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    return keystrokes;
}

void reportKeystrokes(const QString &what, const QList<double> &keystrokes)
{
    out << QStringLiteral("search keystroke, %1: median %2 ms, slowest %3 ms (%4 keystrokes)\n")
               .arg(what)
               .arg(keystrokes.at(keystrokes.size() / 2), 0, 'f', 1)
               .arg(keystrokes.last(), 0, 'f', 1)
               .arg(keystrokes.size());
}

// The session the program opens on the cache, as its account says.
bool openSession(const QString &path, Session &session)
{
    session.law = ShippedData::lawbook().value();
    auto store = ClientStore::open(path, Password, {.keyPlace = KeyPlace::File});
    if (!store) {
        out << store.error().message << '\n';
        return false;
    }
    session.store = std::move(*store);
    session.account = *accountFromJson(
        QJsonDocument::fromJson(session.store->setting(QStringLiteral("account"))->toUtf8())
            .object());
    session.config.lockMinutes = 0;
    session.desk
        = std::make_unique<CaseDesk>(*session.store, session.account, session.law->context());
    session.sync = std::make_unique<BackgroundSync>(*session.store);
    return true;
}

// The child: open the cache, show the window, say when the queue is on
// screen; then type searches and scroll, and say how long each took. The
// terms after "--" are names written otherwise than the cache holds them.
int launch(const QString &path, const QStringList &arguments)
{
    const qsizetype split = arguments.indexOf(QStringLiteral("--"));
    const QStringList terms = arguments.mid(0, split);
    const QStringList transliterated = split < 0 ? QStringList() : arguments.mid(split + 1);
    Session session;
    if (!openSession(path, session))
        return 1;
    MainWindow window(session);
    window.show();
    QApplication::processEvents();
    window.caseTable()->viewport()->repaint();
    out << "shown " << window.caseModel()->rowCount() << '\n';
    out.flush();

    // As the cache spells them (the number, the IIN, the passport's Latin
    // surname), then written otherwise, in one run.
    reportKeystrokes(QStringLiteral("as cached"), typeEach(window, session, terms));
    if (!transliterated.isEmpty()) {
        reportKeystrokes(QStringLiteral("transliterated (%1)").arg(transliterated.join(u", ")),
                         typeEach(window, session, transliterated));
    }

    // Page Down through 5,000 cases of the queue.
    QElapsedTimer timer;
    timer.start();
    while (window.caseModel()->rowCount() < 5000 && window.caseModel()->canFetchMore({}))
        window.caseModel()->fetchMore({});
    window.caseTable()->scrollToBottom();
    window.caseTable()->viewport()->repaint();
    out << QStringLiteral("scrolled to case %1 of the queue: %2 ms\n")
               .arg(window.caseModel()->rowCount())
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    out << QStringLiteral("peak memory: %1 MB\n").arg(peakKilobytes() / 1024.0, 0, 'f', 1);
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// When the dashboard's loader gets its answer from its thread: the queued
// call that hands the figures to the dashboard, seen as it is delivered.
class Arrival : public QObject
{
public:
    explicit Arrival(const QElapsedTimer &timer)
        : m_timer(timer)
    {}
    double at = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MetaCall)
            at = m_timer.nsecsElapsed() / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
};

// One round of the dashboard, in milliseconds: what readOversight does, in
// its two parts, on this thread; then the dashboard asked (read and counted on
// its loader's thread, over its own connection) to its figures shown, and of
// that the answer's arrival, after which the widgets are filled and painted.
struct DashboardRound
{
    double read = 0;
    double compute = 0;
    double loaded = 0;
    double shown = 0;
};

// What a sync does between two looks at the dashboard: `count` of the cases
// come again at a newer version (the feed's page, over the window's own
// connection to the cache).
bool syncChanges(Session &session, const QStringList &ids, int round, int count)
{
    QJsonArray page;
    for (int i = 0; i < count; ++i) {
        auto found = session.store->findCase(ids.at((round * count + i) % ids.size()));
        if (!found || !*found)
            return false;
        Case c = **found;
        ++c.version;
        page.append(caseToJson(c));
    }
    auto cursor = session.store->cursor();
    qint64 next = cursor ? *cursor : 0;
    return cursor && applyPage(*session.store, page, next);
}

std::optional<DashboardRound>
dashboardRound(MainWindow &window, Session &session, bool first, QStringList &ids)
{
    DashboardRound round;
    Dashboard *board = window.dashboard();
    const OversightRequest request
        = board->findChild<OversightLoader *>()->requestFor(board->from(), board->to());
    QElapsedTimer timer;
    timer.start();
    auto cases = session.store->casesForOversight(cityId(*request.city));
    auto holders = session.store->holdersAt(request.serverNow);
    round.read = timer.nsecsElapsed() / 1e6;
    if (!cases || !holders) {
        out << "cannot read the cache\n";
        return std::nullopt;
    }
    timer.restart();
    const OversightQuery query{
        request.today, request.from, request.to, request.city, std::move(*holders)};
    auto figures = computeOversight(*cases, query, *session.law);
    round.compute = timer.nsecsElapsed() / 1e6;
    if (!figures) {
        out << figures.error().message << '\n';
        return std::nullopt;
    }
    if (first)
        out << "the dashboard counts " << cases->size() << " cases\n";
    if (ids.isEmpty()) {
        for (const Case &c : std::as_const(*cases))
            ids.append(c.id);
    }
    cases->clear();
    QEventLoop loop;
    Arrival arrival(timer);
    board->findChild<OversightLoader *>()->installEventFilter(&arrival);
    QObject::connect(board, &Dashboard::refreshed, &loop, &QEventLoop::quit);
    timer.restart();
    if (first)
        window.showDashboard();
    else
        board->refresh();
    loop.exec();
    window.repaint();
    round.shown = timer.nsecsElapsed() / 1e6;
    round.loaded = arrival.at;
    QObject::disconnect(board, &Dashboard::refreshed, &loop, &QEventLoop::quit);
    return round;
}

// The child for the dashboard: the supervisor's window, its dashboard
// asked for again and again; the medians of the rounds.
int showDashboards(const QString &path, int rounds)
{
    Session session;
    if (!openSession(path, session))
        return 1;
    MainWindow window(session);
    window.show();
    QApplication::processEvents();
    if (!window.dashboard()) {
        out << "no dashboard for this account\n";
        return 1;
    }
    // The first look reads every case (and makes each digest from its
    // text); then looks with nothing changed between them; then looks each
    // after a sync brought 200 cases at a newer version.
    QStringList ids;
    const auto first = dashboardRound(window, session, true, ids);
    if (!first)
        return 1;
    out << QStringLiteral("the first look: the cache read, every digest made from the cases' "
                          "text and kept, %1 ms; asked to shown %2 ms\n")
               .arg(first->read, 0, 'f', 0)
               .arg(first->shown, 0, 'f', 0);
    for (const int changes : {0, 200}) {
        QList<double> read, compute, loaded, shown, filled;
        for (int round = 0; round < rounds; ++round) {
            if (changes && !syncChanges(session, ids, round, changes)) {
                out << "cannot bring the changes\n";
                return 1;
            }
            const auto timed = dashboardRound(window, session, false, ids);
            if (!timed)
                return 1;
            read.append(timed->read);
            compute.append(timed->compute);
            loaded.append(timed->loaded);
            shown.append(timed->shown);
            filled.append(timed->shown - timed->loaded);
        }
        out << QStringLiteral("dashboard again, %9, median of %1 rounds: asked to shown %2 ms "
                              "(%3-%4); of it the loader's answer (read and counted on its "
                              "thread, the cases kept from the look before) %5 ms, filling and "
                              "painting the widgets %8 ms. Baseline, on this thread: the whole "
                              "cache read %6 ms, computeOversight %7 ms\n")
                   .arg(rounds)
                   .arg(median(shown), 0, 'f', 0)
                   .arg(*std::min_element(shown.begin(), shown.end()), 0, 'f', 0)
                   .arg(*std::max_element(shown.begin(), shown.end()), 0, 'f', 0)
                   .arg(median(loaded), 0, 'f', 0)
                   .arg(median(read), 0, 'f', 0)
                   .arg(median(compute), 0, 'f', 0)
                   .arg(median(filled), 0, 'f', 0)
                   .arg(changes ? QStringLiteral("each after a sync changed %1 cases").arg(changes)
                                : QStringLiteral("nothing changed"));
    }
    out << QStringLiteral("peak memory: %1 MB\n").arg(peakKilobytes() / 1024.0, 0, 'f', 1);
    return 0;
}

// The supervisor's cache made, the dashboard timed in a fresh process.
int timeDashboard(const QString &path, int count, int rounds)
{
    out << "making a supervisor's cache of " << count << " cases with a year's histories...\n";
    out.flush();
    QElapsedTimer timer;
    timer.start();
    if (auto made = makeOversightCache(path, count); !made) {
        out << made.error().message << '\n';
        return 1;
    }
    out << QStringLiteral("made in %1 s\n").arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    out.flush();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("dashboard"), path, QString::number(rounds)});
    if (!child.waitForFinished(600000)) {
        out << "the dashboard did not finish\n";
        return 1;
    }
    out << child.readAll();
    return child.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 3 && QByteArray(argv[1]) == "dashboard") {
        QApplication app(argc, argv);
        return showDashboards(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    // A supervisor's cache made and kept where asked, to time or profile
    // the dashboard over it again ("dashboard PATH ROUNDS").
    if (argc > 3 && QByteArray(argv[1]) == "supervisor-cache") {
        QCoreApplication app(argc, argv);
        auto made
            = makeOversightCache(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
        if (!made)
            out << made.error().message << '\n';
        return made ? 0 : 1;
    }
    if (argc > 2 && QByteArray(argv[1]) == "launch") {
        QApplication app(argc, argv);
        return launch(QString::fromLocal8Bit(argv[2]), app.arguments().mid(3));
    }
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.kezek"));
    out << "making a cache of " << count << " cases...\n";
    out.flush();
    QStringList terms;
    if (auto made = makeCache(path, count, terms); !made) {
        out << made.error().message << '\n';
        return 1;
    }
    {
        // What the end of a first sync does on its thread: each case's first
        // duty deadline, kept for the overdue queue and the breach notice.
        auto calendar = ShippedData::calendar();
        auto store = ClientStore::open(path, Password, {.keyPlace = KeyPlace::File});
        if (!store || !calendar) {
            out << "cannot open the cache\n";
            return 1;
        }
        const QDate today(2026, 11, 2);
        const auto nextDue = [&calendar, today](const QList<DeadlineClock> &clocks) {
            return keptDeadline(clocks, *calendar, today);
        };
        QElapsedTimer timer;
        timer.start();
        int total = 0;
        qint64 position = 0;
        for (;;) {
            auto worked = (*store)->refreshDueDates(nextDue, 2000, position);
            if (!worked || *worked == 0)
                break;
            total += *worked;
        }
        out << QStringLiteral("deadlines of %1 cases worked out and kept: %2 s\n")
                   .arg(total)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
        out.flush();
    }
    for (int run = 1; run <= 3; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        // The generator's passport names as an officer may type them: in
        // Cyrillic (Мюллер for MUELLER, Юсупов for YUSUPOV), or as Germans
        // write them (Müller).
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{QStringLiteral("launch"), path} + terms
                        + QStringList{QStringLiteral("--"),
                                      QStringLiteral("Мюллер"),
                                      QStringLiteral("Müller"),
                                      QStringLiteral("Юсупов"),
                                      QStringLiteral("Кузнецов")});
        if (!child.waitForReadyRead(60000)) {
            out << "the workstation did not start\n";
            return 1;
        }
        const QByteArray shown = child.readLine().trimmed();
        out << QStringLiteral("run %1: launch to the queue on screen (%2): %3 ms\n")
                   .arg(run)
                   .arg(QString::fromUtf8(shown))
                   .arg(timer.elapsed());
        out.flush();
        child.waitForFinished(120000);
        if (run == 1)
            out << child.readAll();
        out.flush();
    }
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    return timeDashboard(dir.filePath(QStringLiteral("supervisor.kezek")), count, rounds);
}
