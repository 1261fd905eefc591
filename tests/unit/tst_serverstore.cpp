#include "core/domain/oversight.h"
#include "core/domain/oversightcodec.h"
#include "core/domain/possibleduplicates.h"
#include "core/domain/retention.h"
#include "db/server/auditextract.h"
#include "db/server/migrations.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/support/builders.h"
#include "tests/support/testdata.h"

#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace Kezek;

namespace {

// Each test gets its own database: a fresh SQLite file, or a fresh PostgreSQL
// schema-less database in the throwaway cluster scripts/test.sh starts.
class Backend
{
public:
    explicit Backend(const QString &name)
        : m_name(name)
    {}

    QString url()
    {
        if (m_name == u"sqlite")
            return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("kezek.db"));
        const QString admin = qEnvironmentVariable("KEZEK_TEST_POSTGRES_URL");
        if (m_database.isEmpty()) {
            m_database = QStringLiteral("kezek_test_")
                         + QUuid::createUuid().toString(QUuid::Id128).left(12);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_database);
            const QUrl parsed(admin);
            db.setHostName(parsed.host());
            db.setPort(parsed.port(5432));
            db.setUserName(parsed.userName());
            db.setDatabaseName(parsed.path().mid(1));
            if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ") + m_database))
                qFatal("cannot create the test database");
            db.close();
        }
        QUrl database(admin);
        database.setPath(QLatin1Char('/') + m_database);
        return database.toString();
    }

private:
    QString m_name;
    QTemporaryDir m_dir;
    QString m_database;
};

int newestSchema()
{
    return loadMigrations(QStringLiteral(":/kezek/db/server"))->constLast().version;
}

Case numbered(const QString &id, const QString &number)
{
    Case c = Builders::caseIn(CaseState::Received);
    c.id = id;
    c.number = number;
    return c;
}

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshDatabaseIsMigratedOnceToTheLatestSchema_data() { backends(); }
    void freshDatabaseIsMigratedOnceToTheLatestSchema();
    void oneServerAtATimeDeliversNotices_data() { backends(); }
    void oneServerAtATimeDeliversNotices();
    void serversStartingAtOnceMigrateOnce_data() { backends(); }
    void serversStartingAtOnceMigrateOnce();
    void databaseNewerThanTheProgramIsRefusedUntouched_data() { backends(); }
    void databaseNewerThanTheProgramIsRefusedUntouched();
    void savedCaseReadsBackExactly_data() { backends(); }
    void savedCaseReadsBackExactly();
    void theReportsReadCountsAsTheWholeCases_data() { backends(); }
    void theReportsReadCountsAsTheWholeCases();
    void casesOfOnePersonAreFoundHoweverTheNameWasWritten_data() { backends(); }
    void casesOfOnePersonAreFoundHoweverTheNameWasWritten();
    void changesComeInPagesThatResumeAfterTheCursor_data() { backends(); }
    void changesComeInPagesThatResumeAfterTheCursor();
    void injectionStringsAreStoredAsData_data() { backends(); }
    void injectionStringsAreStoredAsData();
    void batchSaveTakesRevisionsInOrder_data() { backends(); }
    void batchSaveTakesRevisionsInOrder();
    void aClaimHoldsUntilItEndsThenAnotherMayTakeIt_data() { backends(); }
    void aClaimHoldsUntilItEndsThenAnotherMayTakeIt();
    void expiredSignInChallengesArePurgedWithExpiredSessions_data() { backends(); }
    void expiredSignInChallengesArePurgedWithExpiredSessions();
    void anEscalationIsRaisedOnceWithOneAuditEntry_data() { backends(); }
    void anEscalationIsRaisedOnceWithOneAuditEntry();
    void anExportIsEnteredOnceAndAnExtractKeepsToItsCity_data() { backends(); }
    void anExportIsEnteredOnceAndAnExtractKeepsToItsCity();
    void twoWritersOnOneAbsenceIdKeepOneAndTellTheOther_data() { backends(); }
    void twoWritersOnOneAbsenceIdKeepOneAndTellTheOther();
    void unknownDatabaseUrlIsRefused();
    void anSQLiteCommitWaitsForItsFlush();

private:
    void backends();
    std::unique_ptr<ServerStore> openStore(Backend &backend);
};

void TestServerStore::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestServerStore::init()
{
    if (QTest::currentDataTag() && qstrcmp(QTest::currentDataTag(), "postgresql") == 0
        && qEnvironmentVariableIsEmpty("KEZEK_TEST_POSTGRES_URL")) {
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
    }
}

std::unique_ptr<ServerStore> TestServerStore::openStore(Backend &backend)
{
    auto store = ServerStore::open(backend.url());
    if (!store)
        qFatal("open failed: %s", qPrintable(store.error().message));
    return std::move(*store);
}

void TestServerStore::anSQLiteCommitWaitsForItsFlush()
{
    // An answer "applied" lets the workstation drop the command from its
    // outbox: on SQLite as on PostgreSQL, the commit behind it must survive
    // a power cut, so each commit waits for the log's flush (FULL, 2).
    Backend db(QStringLiteral("sqlite"));
    auto store = openStore(db);
    QSqlQuery pragma(store->connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 2);
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
    QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
}

void TestServerStore::freshDatabaseIsMigratedOnceToTheLatestSchema()
{
    QFETCH(QString, backend);
    Backend db(backend);
    {
        auto store = openStore(db);
        QCOMPARE(store->backend(), backend);
        QCOMPARE(store->schemaVersion(), newestSchema());
        QCOMPARE(*store->currentRevision(), 0);
        QVERIFY(store->saveCase(numbered(QStringLiteral("c1"), QStringLiteral("N1"))));
    }
    // Opening again applies nothing twice and keeps what was stored.
    auto again = openStore(db);
    QCOMPARE(again->schemaVersion(), newestSchema());
    QCOMPARE(*again->currentRevision(), 1);
}

// Issue 30 point 3: two servers raising the same escalation (its case, its
// clock's run, its level) on one database: the first insert wins and writes
// its recipients and its audit entry; the other writes nothing at all.
void TestServerStore::anEscalationIsRaisedOnceWithOneAuditEntry()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto first = openStore(db);
    auto second = openStore(db);
    QVERIFY(first->saveCase(numbered(QStringLiteral("c1"), QStringLiteral("N1"))));
    const ServerStore::Escalation escalation{QStringLiteral("e1"),
                                             QStringLiteral("c1"),
                                             {},
                                             City::Astana,
                                             QStringLiteral("registration"),
                                             QDate(2026, 11, 2),
                                             QStringLiteral("breached"),
                                             QDate(2026, 11, 4),
                                             QDateTime::currentDateTimeUtc(),
                                             0};
    const AuditEntry audit{QStringLiteral("kezek-server"),
                           QStringLiteral("escalation"),
                           QStringLiteral("c1"),
                           QStringLiteral("registration breached")};
    const QStringList told{QStringLiteral("officer"), QStringLiteral("supervisor")};
    QCOMPARE(*first->escalationRaised(escalation), false);
    QCOMPARE(*first->raiseEscalation(escalation, told, audit), true);
    // The other server looked before the first committed: its insert does nothing.
    QCOMPARE(*second->raiseEscalation(escalation, told, audit), false);
    QCOMPARE(*second->escalationRaised(escalation), true);
    QSqlQuery count(second->connection());
    QVERIFY(count.exec(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'escalation' AND subject = 'c1'")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM escalation_recipients")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 2);
    // Each recipient reads it, with its case's number; nobody else does.
    const auto mine = second->escalationsFor(QStringLiteral("supervisor"), 0, 10);
    QVERIFY(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->constFirst().caseNumber, QStringLiteral("N1"));
    QVERIFY(mine->constFirst().revision > 1);
    QVERIFY(second->escalationsFor(QStringLiteral("supervisor"), mine->constFirst().revision, 10)
                ->isEmpty());
    QVERIFY(second->escalationsFor(QStringLiteral("colleague"), 0, 10)->isEmpty());
}

// Issue 31 point 4: an export reported by two servers at once (a
// workstation's repeat after a lost answer) is entered once; an extract of a
// city reads the entries on that city's cases alone, each with its number.
// Two supervisors (two servers) send one absence id at once, each for
// another person: one absence is kept, and the other writer is told the id
// is taken (absence.id-taken, answered 409), never a failed write (503).
void TestServerStore::twoWritersOnOneAbsenceIdKeepOneAndTellTheOther()
{
    QFETCH(QString, backend);
    Backend db(backend);
    const QString url = db.url();
    openStore(db); // migrated before the writers race
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < 10; ++round) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QAtomicInt ready = 0;
        QStringList outcomes; // "kept" or the error's code
        QMutex mutex;
        QList<QThread *> writers;
        for (const QString &person : {QStringLiteral("aigerim"), QStringLiteral("erlan")}) {
            writers.append(QThread::create([&, person] {
                auto store = ServerStore::open(url);
                ready.ref();
                while (ready.loadAcquire() < 2) {
                } // both open, then both write
                const QString said = [&]() -> QString {
                    if (!store)
                        return store.error().code;
                    auto kept = (*store)->addAbsence(
                        {{id, person, QDate(2027, 3, 1), QDate(2027, 3, 2)},
                         City::Astana,
                         QStringLiteral("supervisor"),
                         now},
                        [](const QList<Absence> &) -> Result<void> { return {}; },
                        {QStringLiteral("supervisor"), QStringLiteral("absence"), person, id});
                    return kept ? QStringLiteral("kept") : kept.error().code;
                }();
                const QMutexLocker lock(&mutex);
                outcomes.append(said);
            }));
        }
        for (QThread *writer : std::as_const(writers))
            writer->start();
        for (QThread *writer : std::as_const(writers)) {
            writer->wait();
            delete writer;
        }
        outcomes.sort();
        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("absence.id-taken"), QStringLiteral("kept")}));
        auto store = openStore(db);
        QSqlQuery rows(store->connection());
        rows.prepare(QStringLiteral("SELECT COUNT(*) FROM absences WHERE id = ?"));
        rows.addBindValue(id);
        QVERIFY(rows.exec() && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
    }
}

void TestServerStore::anExportIsEnteredOnceAndAnExtractKeepsToItsCity()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto first = openStore(db);
    auto second = openStore(db);
    Case almaty = numbered(QStringLiteral("c2"), QStringLiteral("N2"));
    almaty.city = City::Almaty;
    QVERIFY(first->saveCases({numbered(QStringLiteral("c1"), QStringLiteral("N1")), almaty}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(AuditLog(*first).append({QStringLiteral("officer"),
                                     QStringLiteral("command"),
                                     QStringLiteral("c1"),
                                     QStringLiteral("verify")},
                                    now));
    QVERIFY(AuditLog(*first).append({QStringLiteral("colleague"),
                                     QStringLiteral("command"),
                                     QStringLiteral("c2"),
                                     QStringLiteral("verify")},
                                    now));
    const ExportRecord record{
        QStringLiteral("x1"), QStringLiteral("All cases"), {}, 12, QStringLiteral("xlsx"), now};
    QCOMPARE(*AuditExtracts(*first).recordExport(QStringLiteral("supervisor"), record), true);
    QCOMPARE(*AuditExtracts(*second).recordExport(QStringLiteral("supervisor"), record), false);
    const auto all = AuditExtracts(*second).entries({});
    QVERIFY(all);
    QCOMPARE(all->records.size(), 3);
    QCOMPARE(all->records.at(2).entry.action, QStringLiteral("export"));
    QVERIFY(all->records.at(2).entry.detail.startsWith(QStringLiteral("12 cases as xlsx")));

    AuditFilter astana;
    astana.city = City::Astana;
    astana.from = now.addSecs(-60);
    astana.to = now.addSecs(60);
    const auto city = AuditExtracts(*second).entries(astana);
    QVERIFY(city);
    QCOMPARE(city->records.size(), 1);
    QCOMPARE(city->records.constFirst().caseNumber, QStringLiteral("N1"));
    // A period before the entries holds none; a limit says what it left out.
    astana.to = now.addSecs(-30);
    QVERIFY(AuditExtracts(*second).entries(astana)->records.isEmpty());
    AuditFilter oneOnly;
    oneOnly.limit = 1;
    const auto cut = AuditExtracts(*second).entries(oneOnly);
    QCOMPARE(cut->records.size(), 1);
    QVERIFY(cut->truncated);
}

void TestServerStore::oneServerAtATimeDeliversNotices()
{
    // Two servers on one database: while one delivers, the other leaves it.
    QFETCH(QString, backend);
    Backend db(backend);
    auto first = openStore(db);
    auto second = openStore(db);
    constexpr qint64 Key = 42;
    QVERIFY(*first->tryLockAcrossServers(Key));
    // SQLite has one server per file: nothing to share.
    QCOMPARE(*second->tryLockAcrossServers(Key), backend == u"sqlite");
    first->unlockAcrossServers(Key);
    QVERIFY(*second->tryLockAcrossServers(Key));
    second->unlockAcrossServers(Key);
    // A server that dies holding it does not hold it for ever: PostgreSQL
    // lets go once it has seen the connection close, a moment later.
    QVERIFY(*second->tryLockAcrossServers(Key));
    second.reset();
    QTRY_VERIFY(*first->tryLockAcrossServers(Key));
    first->unlockAcrossServers(Key);
}

void TestServerStore::serversStartingAtOnceMigrateOnce()
{
    // Four servers rebooted together on one fresh database: each opens it,
    // one migrates and the others wait, and none fails.
    QFETCH(QString, backend);
    Backend db(backend);
    const QString url = db.url();
    QList<QThread *> threads;
    QAtomicInt opened = 0;
    QStringList errors;
    QMutex mutex;
    for (int n = 0; n < 4; ++n) {
        threads.append(QThread::create([&] {
            auto store = ServerStore::open(url);
            const QMutexLocker lock(&mutex);
            if (store && (*store)->schemaVersion() == newestSchema())
                opened.ref();
            else if (!store)
                errors.append(store.error().message);
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(opened.loadRelaxed(), 4);
}

void TestServerStore::databaseNewerThanTheProgramIsRefusedUntouched()
{
    QFETCH(QString, backend);
    Backend db(backend);
    const QString url = db.url();
    {
        auto store = openStore(db);
        QVERIFY(store->saveCase(numbered(QStringLiteral("c1"), QStringLiteral("N1"))));
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(
            backend == u"sqlite" ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
            QStringLiteral("raw"));
        if (backend == u"sqlite") {
            raw.setDatabaseName(url.mid(7));
        } else {
            const QUrl parsed(url);
            raw.setHostName(parsed.host());
            raw.setPort(parsed.port(5432));
            raw.setUserName(parsed.userName());
            raw.setDatabaseName(parsed.path().mid(1));
        }
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(
            QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'future')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto refused = ServerStore::open(url);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("store.newer"));
    QVERIFY(refused.error().message.contains(QStringLiteral("99")));
}

void TestServerStore::savedCaseReadsBackExactly()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto store = openStore(db);
    Case c = Builders::caseIn(CaseState::PermitIssued);
    c.applicant.surname = QStringLiteral("ҚҰДАЙБЕРГЕНҰЛЫ"); // Kazakh letters survive the store
    QCOMPARE(*store->saveCase(c), 1);
    auto found = store->findCase(c.id);
    QVERIFY(found);
    QVERIFY(found->has_value());
    QCOMPARE(**found, c);
    QVERIFY(!store->findCase(QStringLiteral("no-such-case"))->has_value());
}

void TestServerStore::theReportsReadCountsAsTheWholeCases()
{
    // Issue 30, point 2: the pilot report reads every case without its
    // documents' checklists, checks, notices and petition; its figures are
    // still those of the whole cases, for every city (the ministry) and for
    // one city (its supervisor), who gets that city's cases alone.
    QFETCH(QString, backend);
    Backend db(backend);
    auto store = openStore(db);
    const QDate start(2025, 11, 3);
    QList<Case> made;
    for (CaseState state : {CaseState::ReturnedForRework,
                            CaseState::PreliminarilyRefused,
                            CaseState::PreliminarilyApproved,
                            CaseState::FinalRefused,
                            CaseState::PermitIssued}) {
        for (City city : {City::Astana, City::Almaty}) {
            Case c = Builders::caseIn(state, start.addDays(7 * made.size()), city);
            c.id = QStringLiteral("case-%1").arg(made.size(), 2, 10, QLatin1Char('0'));
            c.number = QStringLiteral("DNR-%1").arg(made.size());
            made.append(c);
        }
    }
    QVERIFY(store->saveCases(made));
    const auto byId = [](QList<Case> cases) {
        std::sort(
            cases.begin(), cases.end(), [](const Case &a, const Case &b) { return a.id < b.id; });
        return cases;
    };
    const auto every = store->casesForOversight(std::nullopt);
    QVERIFY(every);
    const QList<Case> read = byId(*every);
    QCOMPARE(read.size(), made.size());
    QCOMPARE(read.at(9).history, made.at(9).history);
    QVERIFY(read.at(9).registration == Case().registration);
    QVERIFY(!(made.at(9).registration == Case().registration));

    OversightQuery query{start.addDays(120), start, start.addDays(90), std::nullopt, {}};
    const auto figuresOf = [&query](const QList<Case> &cases) {
        return oversightToJson(computeOversight(cases, query, TestData::calendar()).value());
    };
    QCOMPARE(figuresOf(read), figuresOf(made));
    QCOMPARE(figuresOf(read).value(u"cases").toInt(), 10);

    query.city = City::Almaty;
    const auto almaty = store->casesForOversight(City::Almaty);
    QVERIFY(almaty);
    QCOMPARE(almaty->size(), 5);
    QVERIFY(std::ranges::all_of(*almaty, [](const Case &c) { return c.city == City::Almaty; }));
    QCOMPARE(figuresOf(byId(*almaty)), figuresOf(made));
}

// Issue 31 point 5: intake looks up the same person by their name however
// written and their date of birth; the cases kept before the key existed get
// it when the database is next opened, and retention takes it with the name.
void TestServerStore::casesOfOnePersonAreFoundHoweverTheNameWasWritten()
{
    QFETCH(QString, backend);
    Backend db(backend);
    Case mueller = numbered(QStringLiteral("c1"), QStringLiteral("N1"));
    mueller.applicant.surname = QStringLiteral("MUELLER");
    Case mueller2 = numbered(QStringLiteral("c2"), QStringLiteral("N2"));
    mueller2.applicant.surname = QStringLiteral("Мюллер");
    Case other = numbered(QStringLiteral("c3"), QStringLiteral("N3"));
    other.applicant.surname = QStringLiteral("MOELLER");
    Applicant asTyped = mueller.applicant;
    asTyped.surname = QStringLiteral("Müller");
    const auto idsOf = [&](ServerStore &store) {
        QStringList ids;
        const auto found = store.casesOfPerson(personKey(asTyped));
        for (const Case &c : *found)
            ids.append(c.id);
        ids.sort();
        return ids;
    };
    {
        auto store = openStore(db);
        QVERIFY(store->saveCases({mueller, mueller2, other}));
        QCOMPARE(idsOf(*store), (QStringList{u"c1"_qs, u"c2"_qs}));
        // As a database from before the key holds them.
        QSqlQuery forget(store->connection());
        QVERIFY(forget.exec(QStringLiteral("UPDATE cases SET person_key = ''")));
        QVERIFY(forget.exec(
            QStringLiteral("UPDATE counters SET value = 1 WHERE name = 'person-keys-pending'")));
        QVERIFY(idsOf(*store).isEmpty());
    }
    auto store = openStore(db);
    QCOMPARE(idsOf(*store), (QStringList{u"c1"_qs, u"c2"_qs}));
    QVERIFY(store->saveCase(afterRetention(mueller, QDate(2030, 1, 1), TestData::calendar())));
    QCOMPARE(idsOf(*store), QStringList{u"c2"_qs});
}

void TestServerStore::changesComeInPagesThatResumeAfterTheCursor()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto store = openStore(db);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(
            store->saveCase(numbered(QStringLiteral("c%1").arg(i), QStringLiteral("N%1").arg(i))));
    // c2 changes again: it moves to the end of the feed, at revision 6.
    Case changed = numbered(QStringLiteral("c2"), QStringLiteral("N2"));
    changed.version = 2;
    QCOMPARE(*store->saveCase(changed), 6);

    QStringList seen;
    qint64 cursor = 0;
    int pages = 0;
    for (;;) {
        auto page = store->changesSince(cursor, 2);
        QVERIFY(page);
        ++pages;
        for (const Case &c : page->cases)
            seen.append(c.id);
        QVERIFY(page->nextRevision > cursor || page->cases.isEmpty());
        cursor = page->nextRevision;
        if (!page->more)
            break;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen,
             QStringList({QStringLiteral("c1"),
                          QStringLiteral("c3"),
                          QStringLiteral("c4"),
                          QStringLiteral("c5"),
                          QStringLiteral("c2")}));
    QCOMPARE(cursor, 6);
    // Nothing new: an empty page that keeps the cursor.
    auto empty = store->changesSince(cursor, 100);
    QVERIFY(empty->cases.isEmpty());
    QCOMPARE(empty->nextRevision, 6);
    QVERIFY(!empty->more);
}

void TestServerStore::injectionStringsAreStoredAsData()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto store = openStore(db);
    const QString evil = QStringLiteral("x'); DROP TABLE cases; --");
    QVERIFY(store->saveCase(numbered(evil, evil)));
    QCOMPARE((*store->findCase(evil))->number, evil);
    QCOMPARE(*store->currentRevision(), 1);
}

void TestServerStore::batchSaveTakesRevisionsInOrder()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto store = openStore(db);
    QVERIFY(store->saveCase(numbered(QStringLiteral("first"), QStringLiteral("N0"))));
    QList<Case> batch;
    for (int i = 1; i <= 3; ++i)
        batch.append(numbered(QStringLiteral("b%1").arg(i), QStringLiteral("B%1").arg(i)));
    QCOMPARE(*store->saveCases(batch), 4);
    auto page = store->changesSince(1, 10);
    QCOMPARE(page->cases.size(), 3);
    QCOMPARE(page->cases.constLast().id, QStringLiteral("b3"));
    // A duplicate number inside the batch rolls the whole batch back.
    QVERIFY(!store->saveCases({numbered(QStringLiteral("c1"), QStringLiteral("C1")),
                               numbered(QStringLiteral("c2"), QStringLiteral("C1"))}));
    QCOMPARE(*store->currentRevision(), 4);
    QVERIFY(!store->findCase(QStringLiteral("c1"))->has_value());
}

void TestServerStore::aClaimHoldsUntilItEndsThenAnotherMayTakeIt()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto store = openStore(db);
    const QString caseId = QStringLiteral("c1");
    QVERIFY(store->saveCase(numbered(caseId, QStringLiteral("N1"))));
    const QDateTime morning(QDate(2026, 11, 26), QTime(4, 0), Qt::UTC);
    const qint64 lease = 8 * 3600;

    auto first = store->claimCase(caseId, QStringLiteral("aigerim"), morning, lease);
    QVERIFY(first);
    QCOMPARE(first->holder, QStringLiteral("aigerim"));
    QCOMPARE(first->expiresAt, morning.addSecs(lease));
    // Another officer an hour later gets Aigerim's claim back, not theirs.
    auto second = store->claimCase(caseId, QStringLiteral("erlan"), morning.addSecs(3600), lease);
    QVERIFY(second);
    QCOMPARE(second->holder, QStringLiteral("aigerim"));
    // Aigerim renews it at noon: it now runs to 20:00.
    auto renewed
        = store->claimCase(caseId, QStringLiteral("aigerim"), morning.addSecs(4 * 3600), lease);
    QCOMPARE(renewed->expiresAt, morning.addSecs(12 * 3600));
    QCOMPARE((*store->claimOf(caseId, morning.addSecs(11 * 3600)))->holder,
             QStringLiteral("aigerim"));
    QCOMPARE(store->activeClaims(morning.addSecs(11 * 3600))->size(), 1);
    // Once it has ended, it is nobody's, and Erlan may take it.
    QVERIFY(!store->claimOf(caseId, morning.addSecs(12 * 3600))->has_value());
    QVERIFY(store->activeClaims(morning.addSecs(12 * 3600))->isEmpty());
    auto taken
        = store->claimCase(caseId, QStringLiteral("erlan"), morning.addSecs(13 * 3600), lease);
    QCOMPARE(taken->holder, QStringLiteral("erlan"));
    // Only the holder gives it back.
    QVERIFY(!*store->releaseClaim(caseId, QStringLiteral("aigerim")));
    QVERIFY(*store->releaseClaim(caseId, QStringLiteral("erlan")));
    QVERIFY(!store->claimOf(caseId, morning.addSecs(13 * 3600))->has_value());
}

// Issue 29, point 3 (db/server/0017_sign_in_challenges.sql): a challenge
// asked for and never used does not stay for ever; the purge that ends
// expired sessions takes it an hour after its expiry, and keeps one expired
// more recently, so that a late sign-in is still told it expired.
void TestServerStore::expiredSignInChallengesArePurgedWithExpiredSessions()
{
    QFETCH(QString, backend);
    Backend db(backend);
    auto store = openStore(db);
    UserStore users(*store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto ask = [&](const char *digest, qint64 expiresIn) {
        const QDateTime expires = now.addSecs(expiresIn);
        return bool(users.addSignInChallenge(QByteArray(digest), expires.addSecs(-120), expires));
    };
    // Each asked for when it was given: the oldest last, so that no asking
    // purges it before the purge under test.
    QVERIFY(ask("unexpired", 120));
    QVERIFY(ask("expired-half-an-hour-ago", -1800));
    QVERIFY(ask("expired-two-hours-ago", -7200));
    const auto challenges = [&] {
        QSqlQuery query(store->connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM sign_in_challenges")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    QCOMPARE(challenges(), 3);
    QVERIFY(users.purgeExpired(now));
    QCOMPARE(challenges(), 2);
    QCOMPARE(*users.consumeSignInChallenge("expired-two-hours-ago", now), ChallengeUse::Unknown);
    QCOMPARE(*users.consumeSignInChallenge("expired-half-an-hour-ago", now), ChallengeUse::Expired);
    QCOMPARE(*users.consumeSignInChallenge("unexpired", now), ChallengeUse::Consumed);
}

void TestServerStore::unknownDatabaseUrlIsRefused()
{
    auto store = ServerStore::open(QStringLiteral("mysql://root@localhost/kezek"));
    QVERIFY(!store);
    QCOMPARE(store.error().code, QStringLiteral("store.url"));
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
