#include "serverstore.h"

#include "domain/casecodec.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Kezek {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Store)
};

std::unexpected<Error> sqlError(const QSqlQuery &query)
{
    return fail(QStringLiteral("store.sql"),
                Tr::tr("The database failed: %1").arg(query.lastError().text()));
}

} // namespace

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &url)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_connection
        = QStringLiteral("kezek-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (url.startsWith(u"sqlite:")) {
        store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        store->m_db.setDatabaseName(url.mid(7));
    } else if (url.startsWith(u"postgresql://")) {
        const QUrl parsed(url);
        store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
        store->m_db.setHostName(parsed.host());
        store->m_db.setPort(parsed.port(5432));
        store->m_db.setUserName(parsed.userName());
        store->m_db.setPassword(parsed.password());
        store->m_db.setDatabaseName(parsed.path().mid(1));
    } else {
        return fail(QStringLiteral("store.url"),
                    Tr::tr("The database URL \"%1\" is neither sqlite:PATH nor postgresql://…")
                        .arg(url.section(QLatin1Char(':'), 0, 0)));
    }
    if (!store->m_db.isValid() || !store->m_db.open()) {
        return fail(
            QStringLiteral("store.open"),
            Tr::tr("The database cannot be opened: %1").arg(store->m_db.lastError().text()));
    }
    if (store->backend() == u"sqlite") {
        QSqlQuery pragma(store->m_db);
        for (const char *statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=5000", "PRAGMA synchronous=NORMAL"}) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                return sqlError(pragma);
        }
    }
    auto migrations = loadMigrations(QStringLiteral(":/kezek/db/server"));
    if (!migrations)
        return std::unexpected(migrations.error());
    auto version = applyMigrations(store->m_db, *migrations);
    if (!version)
        return std::unexpected(version.error());
    store->m_schemaVersion = *version;
    return store;
}

ServerStore::~ServerStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

QString ServerStore::backend() const
{
    return m_db.driverName() == u"QPSQL" ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

Result<qint64> ServerStore::currentRevision()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'revision'"))
        || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

Result<qint64> ServerStore::saveCase(const Case &c)
{
    if (!m_db.transaction()) {
        return fail(QStringLiteral("store.sql"),
                    Tr::tr("A transaction cannot start: %1").arg(m_db.lastError().text()));
    }
    QSqlQuery query(m_db);
    auto rollback = [&](const QSqlQuery &failed) {
        const auto error = sqlError(failed);
        m_db.rollback();
        return error;
    };
    if (!query.exec(
            QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'revision'")))
        return rollback(query);
    if (!query.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'revision'"))
        || !query.next())
        return rollback(query);
    const qint64 revision = query.value(0).toLongLong();
    query.finish();

    query.prepare(QStringLiteral(
        "INSERT INTO cases (id, number, city, state, version, iin, passport_number, revision, "
        "body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET number = excluded.number, city = excluded.city, "
        "state = excluded.state, version = excluded.version, iin = excluded.iin, "
        "passport_number = excluded.passport_number, revision = excluded.revision, body = "
        "excluded.body"));
    query.addBindValue(c.id);
    query.addBindValue(c.number);
    query.addBindValue(cityId(c.city));
    query.addBindValue(caseStateId(c.state));
    query.addBindValue(c.version);
    query.addBindValue(c.applicant.iin);
    query.addBindValue(c.applicant.passportNumber);
    query.addBindValue(revision);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(caseToJson(c)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return rollback(query);
    if (!m_db.commit()) {
        m_db.rollback();
        return fail(QStringLiteral("store.sql"),
                    Tr::tr("The change could not be committed: %1").arg(m_db.lastError().text()));
    }
    return revision;
}

Result<std::optional<Case>> ServerStore::findCase(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM cases WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<Case>();
    auto decoded
        = caseFromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!decoded)
        return std::unexpected(decoded.error());
    return std::optional<Case>(*decoded);
}

Result<ChangesPage> ServerStore::changesSince(qint64 revision, int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT revision, body FROM cases WHERE revision > ? ORDER BY revision LIMIT ?"));
    query.addBindValue(revision);
    query.addBindValue(limit + 1); // one more tells whether another page follows
    if (!query.exec())
        return sqlError(query);
    ChangesPage page;
    page.nextRevision = revision;
    while (query.next()) {
        if (page.cases.size() == limit) {
            page.more = true;
            break;
        }
        auto decoded
            = caseFromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
        if (!decoded)
            return std::unexpected(decoded.error());
        page.cases.append(*decoded);
        page.nextRevision = query.value(0).toLongLong();
    }
    return page;
}

} // namespace Kezek
