#include "db/server/migrations.h"

#include "db/server/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace Kezek {

namespace {

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return fail(
            QStringLiteral("store.sql"),
            StoreTr::tr("The database refused a statement: %1").arg(query.lastError().text()));
    }
    return {};
}

} // namespace

namespace {

// One migration in its own transaction, unless another server applied it
// while this one waited: true when it is (now) applied.
Result<bool> applyMigration(QSqlDatabase &db, const Migration &migration, bool postgresql)
{
    // SQLite: the write lock from the start, so that a second server
    // waits here (busy_timeout) instead of failing on the upgrade.
    Result<void> began;
    if (!postgresql)
        began = exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    else if (!db.transaction())
        began = fail(QStringLiteral("store.sql"), db.lastError().text());
    if (!began) {
        return fail(QStringLiteral("store.sql"),
                    StoreTr::tr("A transaction cannot start: %1").arg(began.error().message));
    }
    // Another server may have applied it while this one waited.
    QSqlQuery applied(db);
    applied.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    applied.addBindValue(migration.version);
    if (applied.exec() && applied.next()) {
        applied.finish();
        if (!db.commit()) {
            db.rollback();
            return fail(
                QStringLiteral("store.sql"),
                StoreTr::tr("The database refused a statement: %1").arg(db.lastError().text()));
        }
        return true;
    }
    applied.finish();
    for (QString statement : migration.statements) {
        // The one type the two databases name differently: bytes.
        static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
        if (db.driverName() == u"QPSQL")
            statement.replace(blob, QStringLiteral("BYTEA"));
        if (auto ok = exec(db, statement); !ok) {
            db.rollback();
            return fail(QStringLiteral("store.migration"),
                        StoreTr::tr("Migration %1 (%2) failed and was rolled back: %3")
                            .arg(migration.version)
                            .arg(migration.name, ok.error().message));
        }
    }
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.name);
    if (!record.exec() || !db.commit()) {
        db.rollback();
        return fail(QStringLiteral("store.migration"),
                    StoreTr::tr("Migration %1 could not be recorded: %2")
                        .arg(migration.version)
                        .arg(record.lastError().text()));
    }
    return true;
}

} // namespace

Result<int> applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations)
{
    // Several servers on one PostgreSQL may start at once (a reboot, an
    // upgrade): one migrates while the others wait for it, instead of two
    // running the same migration and one failing. SQLite's write lock does
    // the same for a file.
    const bool postgresql = db.driverName() == u"QPSQL";
    constexpr const char *MigrationLock = "4B657A656B"; // "Kezek", as a bigint key
    if (postgresql) {
        if (auto ok = exec(db,
                           QStringLiteral("SELECT pg_advisory_lock(x'%1'::bigint)")
                               .arg(QLatin1StringView(MigrationLock)));
            !ok)
            return std::unexpected(ok.error());
    }
    const auto unlock = qScopeGuard([&db, postgresql, MigrationLock] {
        if (postgresql) {
            (void)exec(db,
                       QStringLiteral("SELECT pg_advisory_unlock(x'%1'::bigint)")
                           .arg(QLatin1StringView(MigrationLock)));
        }
    });
    if (auto ok = exec(db,
                       QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                      "version INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        !ok)
        return std::unexpected(ok.error());

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !query.next()) {
        return fail(QStringLiteral("store.sql"),
                    StoreTr::tr("The database's schema version cannot be read: %1")
                        .arg(query.lastError().text()));
    }
    int current = query.value(0).toInt();
    query.finish();
    const int newest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > newest) {
        return fail(QStringLiteral("store.newer"),
                    StoreTr::tr("The database has schema version %1, newer than this program knows "
                                "(%2). Upgrade the program; the database was not changed.")
                        .arg(current)
                        .arg(newest));
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (auto applied = applyMigration(db, migration, postgresql); !applied)
            return std::unexpected(applied.error());
        current = migration.version;
    }
    return current;
}

} // namespace Kezek
