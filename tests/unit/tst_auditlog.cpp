#include "auditlog.h"
#include "serverstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactLogVerifies();
    void changedEntryIsNamed();
    void removedEntryIsNamed();
    void removedLastEntryIsNamed();
    void hashCoversEveryField();

private:
    void fill(int count);
    bool exec(const QString &sql) { return QSqlQuery(m_store->connection()).exec(sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = ServerStore::open(QStringLiteral("sqlite:")
                                   + m_dir->filePath(QStringLiteral("audit.db")));
    QVERIFY(store);
    m_store = std::move(*store);
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditLog::fill(int count)
{
    AuditLog log(*m_store);
    for (int i = 1; i <= count; ++i) {
        QVERIFY(log.append({QStringLiteral("officer.astana"),
                            QStringLiteral("read"),
                            QStringLiteral("case-%1").arg(i),
                            QStringLiteral("Сейтқали")},
                           QDateTime::currentDateTimeUtc()));
    }
}

void TestAuditLog::intactLogVerifies()
{
    fill(5);
    auto verdict = AuditLog(*m_store).verify();
    QVERIFY(verdict);
    QCOMPARE(verdict->entries, 5);
    QVERIFY(!verdict->firstBroken);
}

void TestAuditLog::changedEntryIsNamed()
{
    fill(5);
    QVERIFY(exec(QStringLiteral("UPDATE audit_log SET subject = 'case-99' WHERE seq = 3")));
    auto verdict = AuditLog(*m_store).verify();
    QCOMPARE(verdict->firstBroken, std::optional<qint64>(3));
    QVERIFY(verdict->problem.contains(QStringLiteral("3")));
}

void TestAuditLog::removedEntryIsNamed()
{
    fill(5);
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    QCOMPARE(AuditLog(*m_store).verify()->firstBroken, std::optional<qint64>(2));
}

void TestAuditLog::removedLastEntryIsNamed()
{
    fill(5);
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
    QCOMPARE(AuditLog(*m_store).verify()->firstBroken, std::optional<qint64>(5));
}

void TestAuditLog::hashCoversEveryField()
{
    const AuditEntry entry{
        QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    const QByteArray base = AuditLog::entryHash("0", 1, QStringLiteral("t"), entry);
    QVERIFY(AuditLog::entryHash("1", 1, QStringLiteral("t"), entry) != base);
    QVERIFY(AuditLog::entryHash("0", 2, QStringLiteral("t"), entry) != base);
    QVERIFY(AuditLog::entryHash("0", 1, QStringLiteral("u"), entry) != base);
    // Moving text between fields changes the hash too.
    QVERIFY(AuditLog::entryHash(
                "0",
                1,
                QStringLiteral("t"),
                {QStringLiteral("ab"), QString(), QStringLiteral("c"), QStringLiteral("d")})
            != base);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
