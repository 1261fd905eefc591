// The read audit's first and repeated reads (server/http/readledger.h): who
// read which case, and when, is in the database before the case is shown;
// repeated reads are counted and written within seconds, none lost and none
// counted twice, however many threads and servers count at once.
#include "db/server/serverstore.h"
#include "server/http/readledger.h"
#include "tests/support/postgres.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace Kezek;

namespace {

constexpr int Period = 15;

QStringList caseIds(int count, int from = 0)
{
    QStringList ids;
    for (int i = from; i < from + count; ++i)
        ids.append(QStringLiteral("case-%1").arg(i, 4, 10, QLatin1Char('0')));
    return ids;
}

qint64 number(ServerStore &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// A page read as the changes route reads it: the first reads written, then
// everything counted.
void readPage(ServerStore &store,
              ReadLedger &ledger,
              const QString &session,
              const QStringList &ids,
              const QDateTime &at)
{
    const QStringList first = ledger.firstReads(session, ids, at);
    QVERIFY(store.recordReads(session, QStringLiteral("officer.astana"), first, at, Period));
    ledger.counted(session, QStringLiteral("officer.astana"), ids, first, at);
}

} // namespace

class TestReadLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void backends_data();
    void firstReadsAreWrittenBeforeRepeatsAreCounted_data() { backends_data(); }
    void firstReadsAreWrittenBeforeRepeatsAreCounted();
    void repeatsAfterTheChainStartANewRow_data() { backends_data(); }
    void repeatsAfterTheChainStartANewRow();
    void aFailedWriteKeepsTheCounts();
    void aWriteFailingHalfWayCountsNothingTwice();
    void manySessionsAreChainedOneEntryEach_data() { backends_data(); }
    void manySessionsAreChainedOneEntryEach();
    void periodsOverAreForgottenOnceWritten();
    void stoppingWritesWhatIsCounted();
    void racingThreadsAndServersLoseAndDoubleNothing_data() { backends_data(); }
    void racingThreadsAndServersLoseAndDoubleNothing();

private:
    QString url();
    QTemporaryDir m_dir;
    QString m_url;
};

void TestReadLedger::init()
{
    m_url.clear();
}

void TestReadLedger::backends_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!qEnvironmentVariableIsEmpty("KEZEK_TEST_POSTGRES_URL"))
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString TestReadLedger::url()
{
    if (!m_url.isEmpty())
        return m_url;
    const bool postgres
        = QTest::currentDataTag() && qstrcmp(QTest::currentDataTag(), "postgresql") == 0;
    static int databases = 0;
    m_url = postgres ? Testing::freshPostgresDatabase(QStringLiteral("kezek_reads"))
                     : QStringLiteral("sqlite:")
                           + m_dir.filePath(QStringLiteral("reads-%1.db").arg(++databases));
    return m_url;
}

void TestReadLedger::firstReadsAreWrittenBeforeRepeatsAreCounted()
{
    auto store = ServerStore::open(url());
    QVERIFY(store);
    ReadLedger ledger(url(), Period);
    ledger.start();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QStringList page = caseIds(100);
    // The first page: every case's row is there before the answer.
    QCOMPARE(ledger.firstReads(QStringLiteral("s1"), page, at), page);
    readPage(**store, ledger, QStringLiteral("s1"), page, at);
    QCOMPARE(number(**store, QStringLiteral("SELECT COUNT(*) FROM audit_reads")), 100);
    // The same page nine times more: nothing new to write first, the repeats
    // counted here; another session's first reads are its own.
    for (int i = 0; i < 9; ++i) {
        QVERIFY(ledger.firstReads(QStringLiteral("s1"), page, at.addSecs(i)).isEmpty());
        readPage(**store, ledger, QStringLiteral("s1"), page, at.addSecs(i));
    }
    QCOMPARE(ledger.firstReads(QStringLiteral("s2"), page.mid(0, 3), at), page.mid(0, 3));
    QCOMPARE(ledger.unwritten(), 900);
    QVERIFY(ledger.flush(**store, at.addSecs(10)));
    QCOMPARE(ledger.unwritten(), 0);
    QCOMPARE(number(**store, QStringLiteral("SELECT MIN(reads) FROM audit_reads")), 10);
    QCOMPARE(number(**store, QStringLiteral("SELECT MAX(reads) FROM audit_reads")), 10);
    // The last read's time, not the first's.
    QSqlQuery last((*store)->connection());
    QVERIFY(last.exec(QStringLiteral("SELECT MIN(last_at), MAX(first_at) FROM audit_reads"))
            && last.next());
    QCOMPARE(last.value(0).toString(), at.addSecs(8).toString(Qt::ISODateWithMs));
    QCOMPARE(last.value(1).toString(), at.toString(Qt::ISODateWithMs));
}

void TestReadLedger::repeatsAfterTheChainStartANewRow()
{
    auto store = ServerStore::open(url());
    QVERIFY(store);
    ReadLedger ledger(url(), Period);
    ledger.start();
    // Another server stopping sums every period into the chain, this one's
    // current period too; the reads counted here after that are not lost,
    // and not summed twice: they wait in a row of their own for the next.
    const QDateTime at = QDateTime::currentDateTimeUtc();
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(5), at);
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(5), at);
    QVERIFY((*store)->chainReads(at, Period, true));
    QCOMPARE(number(**store, QStringLiteral("SELECT COUNT(*) FROM audit_reads WHERE chained = 0")),
             0);
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(5), at.addSecs(1));
    QVERIFY(ledger.flush(**store, at.addSecs(2)));
    QCOMPARE(
        number(**store, QStringLiteral("SELECT SUM(reads) FROM audit_reads WHERE chained = 0")),
        10);
    QVERIFY((*store)->chainReads(at, Period, true));
    QCOMPARE(number(**store,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND "
                                   "detail LIKE '5 cases, 5 reads:%'")),
             1);
    QCOMPARE(number(**store,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND "
                                   "detail LIKE '5 cases, 10 reads:%'")),
             1);
}

void TestReadLedger::aFailedWriteKeepsTheCounts()
{
    auto store = ServerStore::open(url());
    QVERIFY(store);
    ReadLedger ledger(url(), Period);
    ledger.start();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(3), at);
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(3), at);
    // The table out of reach (a database being restored): the write fails,
    // the counts stay, and go in with the next.
    QSqlQuery away((*store)->connection());
    QVERIFY(away.exec(QStringLiteral("ALTER TABLE audit_reads RENAME TO audit_reads_away")));
    QVERIFY(!ledger.flush(**store, at));
    QCOMPARE(ledger.unwritten(), 3);
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(3), at);
    QVERIFY(away.exec(QStringLiteral("ALTER TABLE audit_reads_away RENAME TO audit_reads")));
    QVERIFY(ledger.flush(**store, at));
    QCOMPARE(number(**store, QStringLiteral("SELECT SUM(reads) FROM audit_reads")), 9);
}

void TestReadLedger::aWriteFailingHalfWayCountsNothingTwice()
{
    // The counts go in statements of a few hundred rows: one failing after
    // others went in takes them back with it, or the next write would add
    // them again.
    auto store = ServerStore::open(url());
    QVERIFY(store);
    ReadLedger ledger(url(), Period);
    ledger.start();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QStringList page = caseIds(400);
    readPage(**store, ledger, QStringLiteral("s1"), page, at);
    readPage(**store, ledger, QStringLiteral("s1"), page, at);
    QSqlQuery refuse((*store)->connection());
    QVERIFY(refuse.exec(QStringLiteral(
        "CREATE TRIGGER refuse_one BEFORE UPDATE ON audit_reads WHEN NEW.case_id = 'case-0399' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QVERIFY(!ledger.flush(**store, at));
    QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER refuse_one")));
    QVERIFY(ledger.flush(**store, at));
    QCOMPARE(number(**store, QStringLiteral("SELECT MIN(reads) FROM audit_reads")), 2);
    QCOMPARE(number(**store, QStringLiteral("SELECT MAX(reads) FROM audit_reads")), 2);
}

void TestReadLedger::manySessionsAreChainedOneEntryEach()
{
    // A morning's first syncs: more sessions than one transaction chains.
    // Each session's period is still one entry of the chain, and every row
    // is chained once.
    auto store = ServerStore::open(url());
    QVERIFY(store);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int session = 0; session < 120; ++session) {
        QVERIFY((*store)->recordReads(QStringLiteral("s%1").arg(session),
                                      QStringLiteral("officer.astana"),
                                      caseIds(3),
                                      at,
                                      Period));
    }
    const auto entries = (*store)->chainReads(at, Period, true);
    QVERIFY(entries);
    QCOMPARE(*entries, 120);
    QCOMPARE(number(**store, QStringLiteral("SELECT COUNT(*) FROM audit_reads WHERE chained = 0")),
             0);
    QCOMPARE(number(**store,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND "
                                   "detail LIKE '3 cases, 3 reads:%'")),
             120);
    const auto again = (*store)->chainReads(at, Period, true);
    QVERIFY(again);
    QCOMPARE(*again, 0);
}

void TestReadLedger::periodsOverAreForgottenOnceWritten()
{
    auto store = ServerStore::open(url());
    QVERIFY(store);
    ReadLedger ledger(url(), Period);
    ledger.start();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(50), at);
    readPage(**store, ledger, QStringLiteral("s1"), caseIds(50), at);
    QVERIFY(ledger.flush(**store, at));
    QCOMPARE(ledger.rows(), 50);
    // The period over: its rows are complete and leave memory; a read in the
    // next period is a first read again.
    const QDateTime next = at.addSecs(Period * 60);
    QVERIFY(ledger.flush(**store, next));
    QCOMPARE(ledger.rows(), 0);
    QCOMPARE(ledger.firstReads(QStringLiteral("s1"), caseIds(50), next).size(), 50);
    QCOMPARE(number(**store, QStringLiteral("SELECT SUM(reads) FROM audit_reads")), 100);
}

void TestReadLedger::stoppingWritesWhatIsCounted()
{
    auto store = ServerStore::open(url());
    QVERIFY(store);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    {
        ReadLedger ledger(url(), Period);
        ledger.start();
        for (int i = 0; i < 4; ++i)
            readPage(**store, ledger, QStringLiteral("s1"), caseIds(20), at);
        ledger.stop();
        // Stopped, it counts nothing: every read is written at once.
        QCOMPARE(ledger.firstReads(QStringLiteral("s1"), caseIds(20), at), caseIds(20));
    }
    QCOMPARE(number(**store, QStringLiteral("SELECT SUM(reads) FROM audit_reads")), 80);
}

void TestReadLedger::racingThreadsAndServersLoseAndDoubleNothing()
{
    // Two servers, four worker threads each, paging through overlapping
    // cases of the same two sessions while each server writes its counts
    // every two seconds: every read is in the database once, no more.
    constexpr int Threads = 4;
    constexpr int Pages = 60;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    ReadLedger first(url(), Period);
    ReadLedger second(url(), Period);
    first.start();
    second.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < 2 * Threads; ++t) {
        workers.emplace_back([&, t] {
            auto store = ServerStore::open(url());
            QVERIFY(store);
            ReadLedger &ledger = t % 2 ? second : first;
            const QString session = t % 4 < 2 ? QStringLiteral("s1") : QStringLiteral("s2");
            for (int page = 0; page < Pages; ++page)
                readPage(**store, ledger, session, caseIds(40, (page * 7 + t) % 60), at);
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    first.stop();
    second.stop();
    auto store = ServerStore::open(url());
    QVERIFY(store);
    QCOMPARE(number(**store, QStringLiteral("SELECT SUM(reads) FROM audit_reads")),
             qint64(2 * Threads * Pages * 40));
    QCOMPARE(number(**store, QStringLiteral("SELECT COUNT(*) FROM audit_reads")),
             qint64(2 * 99)); // each session read cases 0 to 98
}

QTEST_GUILESS_MAIN(TestReadLedger)
#include "tst_readledger.moc"
