#include "db/server/auditlog.h"
#include "db/server/serverstore.h"

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
    void aKeyedLogVerifiesOnlyWithItsKey();
    void anEditRechainedWithoutTheKeyIsCaught();
    void aRechainByTheKeyHolderIsCaughtByACheckpoint();
    void aCutTailIsCaughtByACheckpoint();
    void checkpointsAreReadFromTheFileAndTheJournal();
    void aWholeChainMadeAgainWithoutTheKeyIsCaught();

private:
    void fill(int count);
    bool exec(const QString &sql) { return QSqlQuery(m_store->connection()).exec(sql); }
    QString url() const
    {
        return m_dir ? QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("audit.db"))
                     : QString();
    }
    // The store opened again, with the key now set for its database.
    void reopen()
    {
        m_store.reset();
        m_store = std::move(*ServerStore::open(url()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AuditLog::setKey(url(), AuditKey{});
    auto store = ServerStore::open(QStringLiteral("sqlite:")
                                   + m_dir->filePath(QStringLiteral("audit.db")));
    QVERIFY(store);
    m_store = std::move(*store);
}

void TestAuditLog::cleanup()
{
    AuditLog::setKey(url(), AuditKey{});
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

namespace {

const QByteArray Key
    = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

// What someone with write access to the database does to hide entry
// `from`'s content: edit it, then make every hash from there again, with
// `key` when they hold it.
bool rechain(QSqlDatabase &db, qint64 from, const QByteArray &key)
{
    QSqlQuery edit(db);
    if (!edit.exec(
            QStringLiteral("UPDATE audit_log SET subject = 'nothing happened' WHERE seq = %1")
                .arg(from)))
        return false;
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT seq, at, actor, action, subject, detail, prev_hash FROM "
                                  "audit_log WHERE seq >= %1 ORDER BY seq")
                       .arg(from)))
        return false;
    QByteArray previous;
    while (rows.next()) {
        const qint64 seq = rows.value(0).toLongLong();
        if (previous.isEmpty())
            previous = rows.value(6).toString().toLatin1();
        const QByteArray hash = AuditLog::entryHash(previous,
                                                    seq,
                                                    rows.value(1).toString(),
                                                    {rows.value(2).toString(),
                                                     rows.value(3).toString(),
                                                     rows.value(4).toString(),
                                                     rows.value(5).toString()},
                                                    key);
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"));
        update.addBindValue(QString::fromLatin1(previous));
        update.addBindValue(QString::fromLatin1(hash));
        update.addBindValue(seq);
        if (!update.exec())
            return false;
        previous = hash;
    }
    return true;
}

} // namespace

void TestAuditLog::aKeyedLogVerifiesOnlyWithItsKey()
{
    AuditLog::setKey(url(), AuditKey{Key, std::nullopt});
    reopen();
    fill(3);
    auto verdict = AuditLog(*m_store).verify();
    QVERIFY(verdict && !verdict->firstBroken);
    QCOMPARE(verdict->entries, 3);
    // Without the key it can be neither checked nor continued.
    AuditLog::setKey(url(), AuditKey{});
    reopen();
    QCOMPARE(AuditLog(*m_store).verify().error().code, QStringLiteral("audit.key-missing"));
    const auto appended = AuditLog(*m_store).append(
        {QStringLiteral("kezekctl"), QStringLiteral("x"), {}, {}}, QDateTime::currentDateTimeUtc());
    QCOMPARE(appended.error().code, QStringLiteral("audit.key-missing"));
    // Another key does not verify it.
    AuditLog::setKey(url(), AuditKey{QByteArray(32, 'x'), std::nullopt});
    reopen();
    QCOMPARE(AuditLog(*m_store).verify()->firstBroken, std::optional<qint64>(1));
}

void TestAuditLog::anEditRechainedWithoutTheKeyIsCaught()
{
    // The unkeyed chain's weakness, and the key's answer to it.
    fill(5);
    QVERIFY(rechain(m_store->connection(), 3, {}));
    QVERIFY(!AuditLog(*m_store).verify()->firstBroken); // unkeyed: it passes

    cleanup();
    init();
    AuditLog::setKey(url(), AuditKey{Key, std::nullopt});
    reopen();
    fill(5);
    QVERIFY(rechain(m_store->connection(), 3, {}));
    const auto verdict = AuditLog(*m_store).verify();
    QCOMPARE(verdict->firstBroken, std::optional<qint64>(3));
    QVERIFY2(verdict->problem.contains(u"without the key"), qPrintable(verdict->problem));
}

void TestAuditLog::aRechainByTheKeyHolderIsCaughtByACheckpoint()
{
    AuditLog::setKey(url(), AuditKey{Key, std::nullopt});
    reopen();
    fill(5);
    const auto checkpoint = AuditLog(*m_store).head(QDateTime::currentDateTimeUtc());
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->seq, 5);
    fill(2); // the log goes on after the checkpoint
    QVERIFY(rechain(m_store->connection(), 3, Key));
    QVERIFY(!AuditLog(*m_store).verify()->firstBroken); // the chain alone holds
    const auto verdict = AuditLog(*m_store).verify({*checkpoint});
    QCOMPARE(verdict->firstBroken, std::optional<qint64>(5));
    QVERIFY2(verdict->problem.contains(u"rewritten"), qPrintable(verdict->problem));
}

void TestAuditLog::aCutTailIsCaughtByACheckpoint()
{
    AuditLog::setKey(url(), AuditKey{Key, std::nullopt});
    reopen();
    fill(5);
    const auto checkpoint = AuditLog(*m_store).head(QDateTime::currentDateTimeUtc());
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 3")));
    QVERIFY(exec(QStringLiteral("UPDATE counters SET value = 3 WHERE name = 'audit'")));
    QVERIFY(!AuditLog(*m_store).verify()->firstBroken); // the counter lowered too: it passes
    const auto verdict = AuditLog(*m_store).verify({*checkpoint});
    QCOMPARE(verdict->firstBroken, std::optional<qint64>(4));
    QVERIFY2(verdict->problem.contains(u"cut"), qPrintable(verdict->problem));
}

void TestAuditLog::checkpointsAreReadFromTheFileAndTheJournal()
{
    const QByteArray hash(64, 'a');
    const QByteArray text = "2026-12-06T10:00:00.000Z audit-checkpoint seq=7 hash=hmac:" + hash
                            + "\n"
                              "2026-12-06T10:10:00.000Z INFO request method=GET path=/health\n"
                              "2026-12-06T10:20:00.000Z INFO audit-checkpoint seq=9 hash="
                            + hash
                            + "\n"
                              "2026-12-06T10:30:00.000Z INFO request path=\"x audit-checkpoint "
                              "seq=1 hash=1\"\n";
    const auto read = AuditLog::parseCheckpoints(text);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).seq, 7);
    QCOMPARE(read.at(0).hash, "hmac:" + hash);
    QCOMPARE(read.at(1).seq, 9);
    QCOMPARE(read.at(1).at, QStringLiteral("2026-12-06T10:20:00.000Z"));
}

void TestAuditLog::aWholeChainMadeAgainWithoutTheKeyIsCaught()
{
    // Every entry rewritten as plain SHA-256, from the first: no keyed entry
    // is left to be followed by an unkeyed one, but the key file says where
    // the key began.
    AuditLog::setKey(url(), AuditKey{Key, 1});
    reopen();
    fill(4);
    QVERIFY(!AuditLog(*m_store).verify()->firstBroken);
    QVERIFY(rechain(m_store->connection(), 1, {}));
    const auto verdict = AuditLog(*m_store).verify();
    QCOMPARE(verdict->firstBroken, std::optional<qint64>(1));
    QVERIFY2(verdict->problem.contains(u"from 1 on"), qPrintable(verdict->problem));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
