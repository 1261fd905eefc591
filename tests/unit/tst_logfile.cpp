// The workstation's log file (issue 32, point 1): it rotates at its size
// limit and keeps its number of files, loses no line when several threads
// write at once, reaches the disk line by line, and takes out anything
// shaped like an IIN before a line is written.
#include "core/logging/logfile.h"
#include "core/logging/loghandler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Kezek;

namespace {

Q_LOGGING_CATEGORY(lcTest, "kezek.test", QtInfoMsg)

QStringList linesOf(const QStringList &files)
{
    QStringList lines;
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        lines += QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    return lines;
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatesAtTheLimitAndKeepsItsNumberOfFiles();
    void aRotationThatCannotMoveTheLogLosesNoLine();
    void severalThreadsWritingAtOnceLoseNoLineAndSplitNone();
    void eachLineIsOnDiskAsSoonAsItIsWritten();
    void anIinShapedNumberNeverReachesTheLog_data();
    void anIinShapedNumberNeverReachesTheLog();
    void theHandlerWritesOneRedactedLineWithTimeLevelCategoryAndThread();
};

// "rotated by size, 1 MiB × 5 files kept": never a file past the limit,
// never more files than kept, the newest lines in kezek.log.
void TestLogFile::rotatesAtTheLimitAndKeepsItsNumberOfFiles()
{
    QTemporaryDir dir;
    LogFile log(dir.path(), {1000, 3});
    QVERIFY(log.open());
    const QByteArray line = QByteArray(99, 'x') + '\n'; // 100 bytes
    for (int i = 0; i < 45; ++i)
        log.write(QByteArray(QByteArray::number(i).rightJustified(3, '0') + line.mid(3)));
    const QStringList files = log.files();
    QCOMPARE(files.size(), 3);
    QCOMPARE(QFileInfo(files.last()).fileName(), QStringLiteral("kezek.log"));
    QCOMPARE(QFileInfo(files.first()).fileName(), QStringLiteral("kezek.log.2"));
    for (const QString &name : files)
        QVERIFY2(QFileInfo(name).size() <= 1000, qPrintable(name));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("kezek.log.3"))));
    // 45 lines of 100 bytes, ten a file: the last 25 kept, oldest first.
    const QStringList lines = linesOf(files);
    QCOMPARE(lines.size(), 25);
    QVERIFY(lines.first().startsWith(u"020"));
    QVERIFY(lines.last().startsWith(u"044"));
    // Opened again (the program started again), it appends.
    LogFile again(dir.path(), {1000, 3});
    QVERIFY(again.open());
    again.write("045\n");
    QCOMPARE(linesOf(again.files()).size(), 26);
}

// Issue 32 point 1, nothing lost: when the files cannot be moved aside (the
// names taken, another program holding them), the log grows past its limit
// rather than empty itself.
void TestLogFile::aRotationThatCannotMoveTheLogLosesNoLine()
{
    QTemporaryDir dir;
    for (const char *taken : {"kezek.log.1/x", "kezek.log.2/x"})
        QVERIFY(QDir(dir.path()).mkpath(QString::fromLatin1(taken)));
    LogFile log(dir.path(), {1000, 3});
    QVERIFY(log.open());
    for (int i = 0; i < 45; ++i)
        log.write(
            QByteArray(QByteArray::number(i).rightJustified(3, '0') + QByteArray(96, 'x') + '\n'));
    QFile written(dir.filePath(QStringLiteral("kezek.log")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    QCOMPARE(lines.size(), 46); // and the empty piece after the last line's end
    QVERIFY(lines.first().startsWith("000"));
    QVERIFY(lines.at(44).startsWith("044"));
    QVERIFY(log.snapshot().contains("044"));
}

// Several threads at once (the window, the sync, Qt's network): every line
// of every thread is somewhere in the files, whole.
void TestLogFile::severalThreadsWritingAtOnceLoseNoLineAndSplitNone()
{
    QTemporaryDir dir;
    // Enough files that nothing rotates away: what is tested is the rotation
    // under load, not its forgetting.
    LogFile log(dir.path(), {16 * 1024, 100});
    QVERIFY(log.open());
    constexpr int Threads = 4;
    constexpr int Lines = 2000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&log, t] {
            for (int i = 0; i < Lines; ++i)
                log.write(QStringLiteral("thread %1 line %2 ........\n").arg(t).arg(i).toUtf8());
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    const QStringList files = log.files();
    QVERIFY2(files.size() > 5, "the load must rotate the file several times");
    const QStringList lines = linesOf(files);
    QCOMPARE(lines.size(), Threads * Lines);
    const QRegularExpression whole(QStringLiteral("^thread (\\d) line (\\d+) \\.{8}$"));
    QSet<QString> seen;
    for (const QString &line : lines) {
        QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
        seen.insert(line);
    }
    QCOMPARE(seen.size(), Threads * Lines);
}

// "flushed per line so nothing is lost on a crash": what another reader of
// the file sees at once, without the log being closed.
void TestLogFile::eachLineIsOnDiskAsSoonAsItIsWritten()
{
    QTemporaryDir dir;
    LogFile log(dir.path(), {});
    QVERIFY(log.open());
    log.write("sync started\n");
    QFile reader(dir.filePath(QStringLiteral("kezek.log")));
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QCOMPARE(reader.readAll(), QByteArray("sync started\n"));
}

void TestLogFile::anIinShapedNumberNeverReachesTheLog_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("logged");
    QTest::newRow("an IIN alone") << QStringLiteral("880512400123") << QStringLiteral("[iin]");
    QTest::newRow("in words") << QStringLiteral("applicant 880512400123 refused")
                              << QStringLiteral("applicant [iin] refused");
    QTest::newRow("in JSON") << QStringLiteral(R"({"iin":"880512400123","n":1})")
                             << QStringLiteral(R"({"iin":"[iin]","n":1})");
    QTest::newRow("two") << QStringLiteral("880512400123/900101300456")
                         << QStringLiteral("[iin]/[iin]");
    QTest::newRow("beside letters")
        << QStringLiteral("IIN880512400123x") << QStringLiteral("IIN[iin]x");
    // Not an IIN: the figures IT needs stay as they are.
    QTest::newRow("eleven digits")
        << QStringLiteral("revision 88051240012") << QStringLiteral("revision 88051240012");
    QTest::newRow("thirteen digits")
        << QStringLiteral("1733640000123 ms") << QStringLiteral("1733640000123 ms");
    QTest::newRow("a case number")
        << QStringLiteral("DNR-2026-000401") << QStringLiteral("DNR-2026-000401");
    QTest::newRow("a UUID ending in twelve digits")
        << QStringLiteral("command 0f8e2a3c-1b2d-4c5e-9f00-123456789012 applied")
        << QStringLiteral("command 0f8e2a3c-1b2d-4c5e-9f00-123456789012 applied");
    QTest::newRow("an IIN after a UUID")
        << QStringLiteral("0f8e2a3c-1b2d-4c5e-9f00-123456789012 880512400123")
        << QStringLiteral("0f8e2a3c-1b2d-4c5e-9f00-123456789012 [iin]");
    // Qt's warnings name whole paths: the home folder is named after the
    // person at the computer.
    QTest::newRow("a path at home")
        << QStringLiteral("QFile::open: cannot open %1/Documents/scan.pdf").arg(QDir::homePath())
        << QStringLiteral("QFile::open: cannot open ~/Documents/scan.pdf");
}

void TestLogFile::anIinShapedNumberNeverReachesTheLog()
{
    QFETCH(QString, text);
    QFETCH(QString, logged);
    QCOMPARE(Logging::redactPersonalData(text), logged);
}

// Through Qt's own logging, as the workstation logs: one line each, with
// its time in UTC, level, category and thread, the IIN taken out, a
// message of several lines kept on one, debug off until asked for.
void TestLogFile::theHandlerWritesOneRedactedLineWithTimeLevelCategoryAndThread()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("logs/deep"));
    QVERIFY(Logging::install(folder));
    const auto uninstall = qScopeGuard([] { Logging::uninstall(); });
    QCOMPARE(Logging::folder(), folder);
    qCInfo(lcTest) << "opened case for"
                   << "880512400123";
    qCWarning(lcTest) << "first\nsecond";
    qCDebug(lcTest) << "not by default";
    QThread *worker = QThread::create([] { qCInfo(lcTest) << "from a worker"; });
    worker->setObjectName(QStringLiteral("sync"));
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    Logging::uninstall();
    qCInfo(lcTest) << "after the log was taken away";

    QFile file(folder + QStringLiteral("/kezek.log"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (info|warning) kezek\.test \[(main|sync)\] .+$)"));
    for (const QString &line : lines)
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    QVERIFY2(lines.at(0).endsWith(u"[main] opened case for [iin]"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"warning kezek.test [main] first\\nsecond"),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u"[sync] from a worker"), qPrintable(lines.at(2)));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
