#include "app/ctl/commands/sitecopy.h"

#include "app/ctl/console.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QUuid>

#include <array>

namespace Kezek::Ctl {

namespace {

// What the migrations write themselves: the migrations applied (the target
// has its own, at the same version), and the counters they start at zero,
// which the site's take the place of.
const QString Migrations = QStringLiteral("schema_migrations");
const QString Counters = QStringLiteral("counters");

// How often a long table's progress is told, in milliseconds.
constexpr qint64 ProgressEvery = 2000;

QString connectionName()
{
    return QStringLiteral("kezekctl-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString quoted(const QSqlDatabase &db, const QString &name, QSqlDriver::IdentifierType type)
{
    return db.driver()->escapeIdentifier(name, type);
}

QStringList sortedTables(const QSqlDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.tables(QSql::Tables)) {
        if (!table.startsWith(u"sqlite_"))
            tables.append(table);
    }
    tables.sort();
    return tables;
}

// The tables of `db` that hold a row; the counters count when one is not zero.
Result<QStringList> tablesWithRows(QSqlDatabase &db)
{
    QStringList filled;
    for (const QString &table : sortedTables(db)) {
        if (table == Migrations)
            continue;
        const QString sql = table == Counters
                                ? QStringLiteral("SELECT 1 FROM %1 WHERE value <> 0 LIMIT 1")
                                : QStringLiteral("SELECT 1 FROM %1 LIMIT 1");
        QSqlQuery query(db);
        if (!query.exec(sql.arg(quoted(db, table, QSqlDriver::TableName))))
            return sqlError(query);
        if (query.next())
            filled.append(table);
    }
    return filled;
}

std::unexpected<Error> notEmpty(const QStringList &filled)
{
    return fail(QString(SiteCopyErrors::NotEmpty),
                Tr::tr("The target database is not empty (rows in: %1). Nothing was written: "
                       "give a new, empty database.")
                    .arg(filled.join(QStringLiteral(", "))));
}

// A value as the target's column takes it: SQLite returns what was written
// (text where bytes were meant, say), PostgreSQL wants its column's type.
QVariant asColumn(const QVariant &value, QMetaType type)
{
    if (value.isNull())
        return QVariant(type);
    QVariant converted = value;
    return converted.convert(type) ? converted : value;
}

// Ids PostgreSQL hands out itself (serial and identity columns) go on after
// the copied ones, so that the server inserts without a clash. The schema's
// own counters (the counters table) come over with the rows; this keeps a
// later migration's serial column safe as well.
Result<void> advanceSequences(QSqlDatabase &db)
{
    if (db.driverName() != u"QPSQL")
        return {};
    QSqlQuery columns(db);
    if (!columns.exec(QStringLiteral(
            "SELECT c.table_name, c.column_name, "
            "pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) "
            "FROM information_schema.columns c JOIN information_schema.tables t "
            "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
            "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'")))
        return sqlError(columns);
    QList<std::array<QString, 3>> counted; // table, column, sequence
    while (columns.next()) {
        if (!columns.value(2).isNull()) {
            counted.append({columns.value(0).toString(),
                            columns.value(1).toString(),
                            columns.value(2).toString()});
        }
    }
    columns.finish();
    for (const auto &[table, column, sequence] : std::as_const(counted)) {
        QSqlQuery advance(db);
        advance.prepare(
            QStringLiteral("SELECT setval(CAST(? AS regclass), COALESCE(MAX(%1), 0) + 1, "
                           "false) FROM %2")
                .arg(quoted(db, column, QSqlDriver::FieldName),
                     quoted(db, table, QSqlDriver::TableName)));
        advance.addBindValue(sequence);
        if (!advance.exec())
            return sqlError(advance);
    }
    return {};
}

// Each table on the target holds what the source's did, counted again
// inside the write.
Result<void> compareCounts(QSqlDatabase &db, const QList<TableProgress> &tables)
{
    for (const TableProgress &table : tables) {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1")
                            .arg(quoted(db, table.table, QSqlDriver::TableName)))
            || !count.next())
            return sqlError(count);
        const qint64 there = count.value(0).toLongLong();
        if (there != table.total || table.copied != table.total) {
            return fail(QString(SiteCopyErrors::Unverified),
                        Tr::tr("The copy of %1 holds %2 rows and the source %3. Nothing was "
                               "written.")
                            .arg(table.table)
                            .arg(there)
                            .arg(table.total));
        }
    }
    return {};
}

} // namespace

SiteCopy::SiteCopy(QString connection)
    : m_connection(std::move(connection))
{}

SiteCopy::~SiteCopy()
{
    m_source.close();
    m_source = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SiteCopy>> SiteCopy::openSource(const QString &sqliteUrl)
{
    std::unique_ptr<SiteCopy> copy(new SiteCopy(connectionName()));
    auto db = ServerStore::connect(sqliteUrl, copy->m_connection, ServerStore::Access::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    copy->m_source = *db;
    const QString path = sqliteUrl.mid(7);
    // Any other file opens too, and fails at the first read.
    QSqlQuery version(copy->m_source);
    if (!version.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations"))) {
        return fail(QString(SiteCopyErrors::NotKezek),
                    Tr::tr("\"%1\" is not a Kezek server database (%2). Nothing was changed.")
                        .arg(path, version.lastError().text()));
    }
    if (!version.next() || version.value(0).isNull()) {
        return fail(QString(SiteCopyErrors::NotKezek),
                    Tr::tr("\"%1\" is not a Kezek server database: no migration was ever applied "
                           "to it. Nothing was changed.")
                        .arg(path));
    }
    const int sourceVersion = version.value(0).toInt();
    version.finish();
    auto newest = ServerStore::newestSchemaVersion();
    if (!newest)
        return std::unexpected(newest.error());
    if (sourceVersion < *newest) {
        return fail(QString(SiteCopyErrors::Schema),
                    Tr::tr("The source has schema version %1 and this program %2. Bring the source "
                           "up to date first (any kezekctl command on it does, such as kezekctl "
                           "admin list --database %3), then move it. Nothing was changed.")
                        .arg(sourceVersion)
                        .arg(*newest)
                        .arg(sqliteUrl));
    }
    if (sourceVersion > *newest) {
        return fail(QString(SiteCopyErrors::Schema),
                    Tr::tr("The source has schema version %1, newer than this program knows (%2): "
                           "move it with the kezekctl installed with the site's server. Nothing "
                           "was changed.")
                        .arg(sourceVersion)
                        .arg(*newest));
    }
    copy->m_tables = sortedTables(copy->m_source);
    return copy;
}

Result<bool> SiteCopy::auditKeyed()
{
    // Once an entry is keyed ("hmac:"), every later one is: the last tells.
    QSqlQuery last(m_source);
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlError(last);
    return last.next() && last.value(0).toString().startsWith(u"hmac:");
}

Result<void> SiteCopy::refuseNonEmptyTarget(const QString &targetUrl)
{
    const QString name = connectionName();
    Result<QStringList> filled;
    {
        auto db = ServerStore::connect(targetUrl, name, ServerStore::Access::ReadOnly);
        if (db) {
            filled = tablesWithRows(*db);
            db->close();
        } else {
            filled = std::unexpected(db.error());
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!filled)
        return std::unexpected(filled.error());
    if (!filled->isEmpty())
        return notEmpty(*filled);
    return {};
}

Result<void> SiteCopy::checkSchema(ServerStore &target)
{
    const QStringList theirs = sortedTables(target.connection());
    if (theirs == m_tables)
        return {};
    QStringList differing;
    for (const QString &table : std::as_const(m_tables)) {
        if (!theirs.contains(table))
            differing.append(table);
    }
    for (const QString &table : theirs) {
        if (!m_tables.contains(table))
            differing.append(table);
    }
    return fail(QString(SiteCopyErrors::Schema),
                Tr::tr("The source and the target do not have the same tables (%1). Nothing was "
                       "written.")
                    .arg(differing.join(QStringLiteral(", "))));
}

Result<TableProgress>
SiteCopy::copyTable(QSqlDatabase &target, const QString &table, const Progress &progress)
{
    const QSqlRecord into = target.record(table);
    QStringList columns;
    QStringList sourceColumns;
    for (int i = 0; i < into.count(); ++i)
        columns.append(into.fieldName(i));
    const QSqlRecord from = m_source.record(table);
    for (int i = 0; i < from.count(); ++i)
        sourceColumns.append(from.fieldName(i));
    QStringList sortedColumns = columns;
    sortedColumns.sort();
    sourceColumns.sort();
    if (sortedColumns != sourceColumns) {
        return fail(QString(SiteCopyErrors::Schema),
                    Tr::tr("The table %1 has other columns in the source than in the target. "
                           "Nothing was written.")
                        .arg(table));
    }
    const QString sourceTable = quoted(m_source, table, QSqlDriver::TableName);
    TableProgress done{table, 0, 0};
    QSqlQuery count(m_source);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(sourceTable)) || !count.next())
        return sqlError(count);
    done.total = count.value(0).toLongLong();
    count.finish();
    if (table == Counters) {
        QSqlQuery clear(target);
        if (!clear.exec(
                QStringLiteral("DELETE FROM %1").arg(quoted(target, table, QSqlDriver::TableName))))
            return sqlError(clear);
    }
    QStringList read;
    QStringList written;
    QStringList marks;
    QList<QMetaType> types;
    for (const QString &column : std::as_const(columns)) {
        read.append(quoted(m_source, column, QSqlDriver::FieldName));
        written.append(quoted(target, column, QSqlDriver::FieldName));
        marks.append(QStringLiteral("?"));
        types.append(into.field(column).metaType());
    }
    const QString comma = QStringLiteral(", ");
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true); // scans are large: one row in memory at a time
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(read.join(comma), sourceTable)))
        return sqlError(rows);
    QSqlQuery insert(target);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(target, table, QSqlDriver::TableName),
                                 written.join(comma),
                                 marks.join(comma))))
        return sqlError(insert);
    QElapsedTimer sinceTold;
    sinceTold.start();
    while (rows.next()) {
        for (qsizetype i = 0; i < types.size(); ++i)
            insert.bindValue(int(i), asColumn(rows.value(int(i)), types.at(i)));
        if (!insert.exec())
            return sqlError(insert);
        ++done.copied;
        if (progress && sinceTold.elapsed() >= ProgressEvery) {
            progress(done, false);
            sinceTold.restart();
        }
    }
    if (rows.lastError().isValid())
        return sqlError(rows);
    if (progress)
        progress(done, true);
    return done;
}

Result<SiteCopied> SiteCopy::into(ServerStore &target, const Progress &progress)
{
    if (auto same = checkSchema(target); !same)
        return std::unexpected(same.error());
    // One snapshot of the source, so that the counts compared are those of
    // the rows copied.
    if (!m_source.transaction())
        return sqlError(m_source.lastError());
    const auto endRead = qScopeGuard([this] { m_source.rollback(); });
    SiteCopied copied;
    auto done = target.inWriteTransaction([&]() -> Result<void> {
        // Looked at again inside the write: nothing came in meanwhile.
        auto filled = tablesWithRows(target.connection());
        if (!filled)
            return std::unexpected(filled.error());
        if (!filled->isEmpty())
            return notEmpty(*filled);
        for (const QString &table : std::as_const(m_tables)) {
            if (table == Migrations)
                continue;
            auto one = copyTable(target.connection(), table, progress);
            if (!one)
                return std::unexpected(one.error());
            copied.tables.append(*one);
        }
        if (auto advanced = advanceSequences(target.connection()); !advanced)
            return advanced;
        if (auto counted = compareCounts(target.connection(), copied.tables); !counted)
            return counted;
        // The chain verified where it now lives, with the key it was made
        // with: the hashes came over unchanged, and none is missing.
        auto verdict = AuditLog(target).verify();
        if (!verdict)
            return std::unexpected(verdict.error());
        if (verdict->firstBroken) {
            return fail(QString(SiteCopyErrors::Unverified),
                        Tr::tr("The audit log does not verify on the copy: %1 Nothing was "
                               "written; check the source with kezekctl audit verify.")
                            .arg(verdict->problem));
        }
        copied.auditEntries = verdict->entries;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return copied;
}

} // namespace Kezek::Ctl
