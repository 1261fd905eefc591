#include "db/server/serverstore.h"
#include "db/server/storeerror.h"
#include "db/storeerrors.h"

#include "core/domain/casecodec.h"
#include "core/domain/possibleduplicates.h"
#include "core/domain/retention.h"
#include "db/server/migrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <map>

namespace Kezek {

namespace {

const QString MigrationsFolder = QStringLiteral(":/kezek/db/server");

} // namespace

Result<int> ServerStore::newestSchemaVersion()
{
    auto migrations = loadMigrations(MigrationsFolder);
    if (!migrations)
        return std::unexpected(migrations.error());
    return migrations->isEmpty() ? 0 : migrations->constLast().version;
}

Result<QSqlDatabase>
ServerStore::connect(const QString &url, const QString &connection, Access access)
{
    QSqlDatabase db;
    if (url.startsWith(u"sqlite:")) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (access == Access::ReadOnly) {
            // A missing file is not created ("mode=rw"). The file is opened
            // for writing all the same, and every change refused by
            // query_only below: a connection that cannot write leaves the
            // -wal and -shm files it had to make behind, owned by whoever ran
            // it, where one that can removes them as it closes.
            QUrl file = QUrl::fromLocalFile(QFileInfo(url.mid(7)).absoluteFilePath());
            file.setQuery(QStringLiteral("mode=rw"));
            db.setDatabaseName(file.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(url.mid(7));
        }
    } else if (url.startsWith(u"postgresql://")) {
        const QUrl parsed(url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        db.setDatabaseName(parsed.path().mid(1));
        // The server logs its own events; PostgreSQL's notices (such as "the
        // migrations table exists, skipping" on every connection) are noise.
        db.setConnectOptions(access == Access::ReadOnly
                                 ? QStringLiteral("options='-c client_min_messages=warning "
                                                  "-c default_transaction_read_only=on'")
                                 : QStringLiteral("options='-c client_min_messages=warning'"));
    } else {
        return fail(QStringLiteral("store.url"),
                    StoreTr::tr("The database URL \"%1\" is neither sqlite:PATH nor postgresql://…")
                        .arg(url.section(QLatin1Char(':'), 0, 0)));
    }
    if (!db.isValid() || !db.open()) {
        return fail(QStringLiteral("store.open"),
                    StoreTr::tr("The database cannot be opened: %1").arg(db.lastError().text()));
    }
    if (access == Access::ReadOnly && db.driverName() == u"QSQLITE") {
        QSqlQuery readOnly(db);
        if (!readOnly.exec(QStringLiteral("PRAGMA query_only = ON")))
            return sqlError(readOnly);
    }
    return db;
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &url)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_connection
        = QStringLiteral("kezek-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto connected = connect(url, store->m_connection);
    if (!connected)
        return std::unexpected(connected.error());
    store->m_db = *connected;
    if (store->backend() == u"sqlite") {
        QSqlQuery pragma(store->m_db);
        // FULL: each commit waits for the log's flush, as PostgreSQL's do. An
        // answer "applied" lets a workstation drop the command from its
        // outbox; with NORMAL a power cut could still take it back.
        for (const char *statement :
             {"PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
            // Servers starting at once on a new file all ask for WAL, and
            // SQLite may refuse one at once rather than wait (a lock it would
            // otherwise deadlock on): it is asked again, for up to 5 s.
            for (int attempt = 1;; ++attempt) {
                if (pragma.exec(QString::fromLatin1(statement)))
                    break;
                const QString code = pragma.lastError().nativeErrorCode();
                if (attempt >= 250 || (code != u"5" && code != u"6"))
                    return sqlError(pragma);
                QThread::msleep(20);
            }
        }
    }
    auto migrations = loadMigrations(MigrationsFolder);
    if (!migrations)
        return std::unexpected(migrations.error());
    auto version = applyMigrations(store->m_db, *migrations);
    if (!version)
        return std::unexpected(version.error());
    store->m_schemaVersion = *version;
    store->m_auditKey = AuditLog::keyFor(url);
    if (auto filled = store->fillPersonKeys(); !filled)
        return std::unexpected(filled.error());
    return store;
}

ServerStore::~ServerStore()
{
    m_prepared.clear(); // the statements go before their connection
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

QString ServerStore::backend() const
{
    return m_db.driverName() == u"QPSQL" ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

std::optional<ServerStore::Prepared> ServerStore::prepared(const QString &sql, QSqlError *failed)
{
    std::unique_ptr<QSqlQuery> &slot = m_prepared[sql];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            if (failed)
                *failed = query->lastError();
            m_prepared.erase(sql);
            return std::nullopt;
        }
        slot = std::move(query);
    }
    return std::optional<Prepared>(std::in_place, *slot);
}

Result<qint64> ServerStore::currentRevision()
{
    QSqlError failed;
    const auto query
        = prepared(QStringLiteral("SELECT value FROM counters WHERE name = 'revision'"), &failed);
    if (!query)
        return sqlError(failed);
    if (!(*query)->exec() || !(*query)->next())
        return sqlError(**query);
    return (*query)->value(0).toLongLong();
}

Result<qint64> ServerStore::takeRevision()
{
    // On PostgreSQL the number comes back with the row's lock, in one round
    // trip: the counter is held from here until the transaction ends.
    if (backend() == u"postgresql") {
        QSqlError failed;
        const auto take = prepared(QStringLiteral("UPDATE counters SET value = value + 1 WHERE "
                                                  "name = 'revision' RETURNING value"),
                                   &failed);
        if (!take)
            return sqlError(failed);
        if (!(*take)->exec() || !(*take)->next())
            return sqlError(**take);
        return (*take)->value(0).toLongLong();
    }
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'revision'")))
        return sqlError(query);
    if (!query.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'revision'"))
        || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
}

QString personKeyColumn(const Applicant &applicant)
{
    // The person's key follows the applicant: retention empties it with the
    // name (possibleduplicates.h). Empty, not NULL, for the column's sake.
    const QString key = personKey(applicant);
    return key.isEmpty() ? QStringLiteral("") : key;
}

Result<qint64> ServerStore::writeCase(const Case &c)
{
    const auto taken = takeRevision();
    if (!taken)
        return taken;
    const qint64 revision = *taken;
    const QString body
        = QString::fromUtf8(QJsonDocument(caseToJson(c)).toJson(QJsonDocument::Compact));
    // Update, else insert: the SQL every SQLite since 3.15 (SQLCipher's, which
    // kezekctl also links) and PostgreSQL share; upserts are newer.
    const QVariantList fields = {c.number,
                                 cityId(c.city),
                                 caseStateId(c.state),
                                 c.version,
                                 c.applicant.iin,
                                 c.applicant.passportNumber,
                                 personKeyColumn(c.applicant),
                                 revision,
                                 body,
                                 c.id};
    QSqlError updateError;
    const auto updatePrepared
        = prepared(QStringLiteral("UPDATE cases SET number = ?, city = ?, state = ?, version = ?, "
                                  "iin = ?, passport_number = ?, person_key = ?, revision = ?, "
                                  "body = ? WHERE id = ?"),
                   &updateError);
    if (!updatePrepared)
        return sqlError(updateError);
    QSqlQuery &update = **updatePrepared;
    for (const QVariant &value : fields)
        update.addBindValue(value);
    if (!update.exec())
        return sqlError(update);
    if (update.numRowsAffected() > 0)
        return revision;
    QSqlError insertError;
    const auto insertPrepared
        = prepared(QStringLiteral("INSERT INTO cases (number, city, state, version, iin, "
                                  "passport_number, person_key, revision, body, "
                                  "id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   &insertError);
    if (!insertPrepared)
        return sqlError(insertError);
    QSqlQuery &insert = **insertPrepared;
    for (const QVariant &value : fields)
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(insert);
    return revision;
}

Result<void> ServerStore::writeNotices(const Case &c, const QList<Notice> &notices, qint64 revision)
{
    if (notices.isEmpty())
        return {};
    QSqlError error;
    const auto insert = prepared(QStringLiteral("INSERT INTO notices_outbox (id, case_id, kind, "
                                                "body, created_at) VALUES (?, ?, ?, ?, ?)"),
                                 &error);
    if (!insert)
        return sqlError(error);
    QSqlQuery &query = **insert;
    for (qsizetype i = 0; i < notices.size(); ++i) {
        const Notice &notice = notices.at(i);
        QJsonArray documents;
        for (const DocumentType type : notice.documents)
            documents.append(documentTypeId(type));
        QJsonObject body{
            {QStringLiteral("kind"), noticeKindId(notice.kind)},
            {QStringLiteral("iin"), c.applicant.iin},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("caseNumber"), c.number},
            {QStringLiteral("language"), notice.language},
            {QStringLiteral("date"), notice.date.toString(Qt::ISODate)},
            {QStringLiteral("reasonCodes"), QJsonArray::fromStringList(notice.reasonCodes)},
            {QStringLiteral("text"), notice.text},
            {QStringLiteral("validUntil"), notice.validUntil.toString(Qt::ISODate)}};
        // §21: the CSC compares on the preliminary permit's number, which the
        // applicant brings from this notice; the grant names the permit by it.
        if (!c.preliminaryPermitNumber.isEmpty())
            body.insert(QStringLiteral("preliminaryPermitNumber"), c.preliminaryPermitNumber);
        query.addBindValue(revision * 1000 + i); // a revision is written once, so this is unique
        query.addBindValue(c.id);
        query.addBindValue(noticeKindId(notice.kind));
        query.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec())
            return sqlError(query);
    }
    return {};
}

Result<void> ServerStore::begin()
{
    if (backend() == u"sqlite") {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return {};
        return sqlError(query);
    }
    if (m_db.transaction())
        return {};
    return sqlError(m_db.lastError());
}

Result<qint64>
ServerStore::writeChange(const Case &c, const QList<Notice> &notices, const AuditEntry &audit)
{
    // The audit chain's counter before the revision's: the order every
    // writer takes the two in, so that two writers never hold one each and
    // wait for the other's.
    if (auto audited = writeAudit(audit); !audited)
        return std::unexpected(audited.error());
    auto revision = writeCase(c);
    if (!revision)
        return revision;
    if (auto written = writeNotices(c, notices, *revision); !written)
        return std::unexpected(written.error());
    return revision;
}

Result<void> ServerStore::writeAudit(const AuditEntry &audit)
{
    m_inTransaction = true;
    auto appended = AuditLog(*this).append(audit, QDateTime::currentDateTimeUtc());
    m_inTransaction = false;
    return appended;
}

Result<void> ServerStore::inWriteTransaction(const std::function<Result<void>()> &work)
{
    if (auto started = begin(); !started)
        return started;
    m_inTransaction = true;
    auto done = work();
    m_inTransaction = false;
    if (!done) {
        m_db.rollback();
        return done;
    }
    if (auto committed = commit(); !committed) {
        m_db.rollback();
        return committed;
    }
    return {};
}

Result<qint64> ServerStore::saveCase(const Case &c)
{
    return saveCases({c});
}

namespace {

// A scan in the changes feed, at the revision it was added at.
struct RevisedScan
{
    qint64 revision;
    ServerStore::StoredDocument document;
};

// The first `limit` scans added after revision `after`, up to `bound`.
Result<QList<RevisedScan>>
scansAfter(QSqlDatabase &db, qint64 after, qint64 bound, int limit, std::optional<City> city)
{
    QSqlQuery documents(db);
    documents.setForwardOnly(true);
    documents.prepare(
        QStringLiteral("SELECT d.revision, d.sha256, d.case_id, d.name, d.content_type, d.size, "
                       "d.uploaded_by, d.uploaded_at, c.city FROM documents d JOIN cases c ON "
                       "c.id = d.case_id WHERE d.revision > ? AND d.revision <= ? %1"
                       "ORDER BY d.revision LIMIT ?")
            .arg(city ? QStringLiteral("AND c.city = ? ") : QString()));
    documents.addBindValue(after);
    documents.addBindValue(bound);
    if (city)
        documents.addBindValue(cityId(*city));
    documents.addBindValue(limit);
    if (!documents.exec())
        return sqlError(documents);
    QList<RevisedScan> scans;
    while (documents.next()) {
        scans.append({documents.value(0).toLongLong(),
                      {{documents.value(1).toString(),
                        documents.value(2).toString(),
                        documents.value(3).toString(),
                        documents.value(4).toString(),
                        documents.value(5).toLongLong(),
                        documents.value(6).toString(),
                        documents.value(7).toString()},
                       cityFromId(documents.value(8).toString()).value_or(City::Astana)}});
    }
    documents.finish();
    return scans;
}

} // namespace

Result<ServerStore::StoredPage> ServerStore::storedChangesSince(qint64 revision, int limit)
{
    // Cases and scans share the revision sequence: the page is the first
    // `limit` of either after `revision`, in order. Both reads stop at the
    // revision committed when the page began: writers commit in revision
    // order, so everything up to it is visible to both, and a change that
    // commits between the two reads waits for the next page.
    auto bound = currentRevision();
    if (!bound)
        return std::unexpected(bound.error());
    return storedChangesUpTo(revision, *bound, limit);
}

Result<ServerStore::StoredPage>
ServerStore::storedChangesUpTo(qint64 revision, qint64 bound, int limit, std::optional<City> city)
{
    if (bound <= revision) {
        // Nothing new, the answer to most polls: no need to look.
        StoredPage page;
        page.nextRevision = revision;
        return page;
    }
    auto scans = scansAfter(m_db, revision, bound, limit + 1, city);
    if (!scans)
        return std::unexpected(scans.error());

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // On SQLite the body comes as its UTF-8 bytes (a blob), not through a
    // QString and back: a page is megabytes of it.
    query.prepare(QStringLiteral("SELECT revision, id, city, %1 FROM cases WHERE %2revision > ? "
                                 "AND revision <= ? ORDER BY revision LIMIT ?")
                      .arg(backend() == u"sqlite" ? QStringLiteral("CAST(body AS BLOB)")
                                                  : QStringLiteral("body"),
                           city ? QStringLiteral("city = ? AND ") : QString()));
    if (city)
        query.addBindValue(cityId(*city));
    query.addBindValue(revision);
    query.addBindValue(bound);
    query.addBindValue(limit + 1);
    if (!query.exec())
        return sqlError(query);
    StoredPage page;
    page.nextRevision = revision;
    page.cases.reserve(std::min(limit, 5000));
    qsizetype nextScan = 0;
    int taken = 0;
    auto takeScansBefore = [&](qint64 before) {
        while (nextScan < scans->size() && scans->at(nextScan).revision < before && taken < limit) {
            page.documents.append(scans->at(nextScan).document);
            page.nextRevision = scans->at(nextScan).revision;
            ++nextScan;
            ++taken;
        }
    };
    while (query.next()) {
        const qint64 caseRevision = query.value(0).toLongLong();
        takeScansBefore(caseRevision);
        if (taken == limit) {
            page.more = true;
            break;
        }
        page.cases.append({query.value(1).toString(),
                           cityFromId(query.value(2).toString()).value_or(City::Astana),
                           query.value(3).typeId() == QMetaType::QByteArray
                               ? query.value(3).toByteArray()
                               : query.value(3).toString().toUtf8()});
        page.nextRevision = caseRevision;
        ++taken;
    }
    if (!page.more) {
        takeScansBefore(std::numeric_limits<qint64>::max());
        page.more = nextScan < scans->size();
    }
    // Everything up to the bound was looked at: the changes of other cities
    // left out are passed too.
    if (!page.more)
        page.nextRevision = bound;
    return page;
}

Result<qint64> ServerStore::saveCases(const QList<Case> &cases)
{
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    Result<qint64> revision = currentRevision();
    for (const Case &c : cases) {
        revision = writeCase(c);
        if (!revision)
            break;
    }
    if (!revision || !m_db.commit()) {
        m_db.rollback();
        return revision ? fail(QStringLiteral("store.sql"),
                               StoreTr::tr("The change could not be committed: %1")
                                   .arg(m_db.lastError().text()))
                        : revision;
    }
    return revision;
}

Result<qint64>
ServerStore::insertCase(const Case &c, const QList<Notice> &notices, const AuditEntry &audit)
{
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = ? OR number = ?"));
    exists.addBindValue(c.id);
    exists.addBindValue(c.number);
    if (!exists.exec() || !exists.next())
        return sqlError(exists);
    if (exists.value(0).toInt() > 0)
        return fail(QString(StoreErrors::CaseExists),
                    StoreTr::tr("A case with the id \"%1\" or the number \"%2\" exists already.")
                        .arg(c.id, c.number));
    exists.finish();
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    auto revision = writeChange(c, notices, audit);
    if (!revision || !m_db.commit()) {
        m_db.rollback();
        // Two intakes of one application racing: the loser finds the case there.
        return revision ? fail(QString(StoreErrors::CaseExists),
                               StoreTr::tr("The case was stored meanwhile."))
                        : revision;
    }
    return revision;
}

Result<QList<Case>> ServerStore::casesInStates(const QList<CaseState> &states)
{
    QList<Case> cases;
    for (const CaseState state : states) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT body FROM cases WHERE state = ?"));
        query.addBindValue(caseStateId(state));
        if (!query.exec())
            return sqlError(query);
        while (query.next()) {
            auto decoded = caseFromJson(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
            if (!decoded)
                return std::unexpected(decoded.error());
            cases.append(*decoded);
        }
    }
    return cases;
}

namespace {

Result<QList<Case>> casesFrom(QSqlQuery &query)
{
    QList<Case> cases;
    while (query.next()) {
        auto decoded
            = caseFromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        if (!decoded)
            return std::unexpected(decoded.error());
        cases.append(*decoded);
    }
    return cases;
}

} // namespace

Result<QList<Case>> ServerStore::casesOfPerson(const QString &key)
{
    if (key.isEmpty())
        return QList<Case>();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM cases WHERE person_key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query);
    return casesFrom(query);
}

// The cases kept before version 19 get their person's key once, by the first
// server of this version to open the database; on PostgreSQL, servers that
// start together may each do it, to the same keys.
Result<void> ServerStore::fillPersonKeys()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT value FROM counters WHERE name = 'person-keys-pending'")))
        return sqlError(query);
    if (!query.next() || query.value(0).toLongLong() == 0)
        return {};
    return inWriteTransaction([&]() -> Result<void> {
        QList<std::pair<QString, QString>> keys;
        QSqlQuery cases(m_db);
        cases.setForwardOnly(true);
        if (!cases.exec(QStringLiteral("SELECT id, body FROM cases WHERE person_key = ''")))
            return sqlError(cases);
        while (cases.next()) {
            auto decoded = caseFromJson(
                QJsonDocument::fromJson(cases.value(1).toString().toUtf8()).object());
            if (!decoded)
                return std::unexpected(decoded.error());
            if (QString key = personKey(decoded->applicant); !key.isEmpty())
                keys.append({cases.value(0).toString(), std::move(key)});
        }
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE cases SET person_key = ? WHERE id = ?"));
        for (const auto &[id, key] : std::as_const(keys)) {
            update.addBindValue(key);
            update.addBindValue(id);
            if (!update.exec())
                return sqlError(update);
        }
        if (!query.exec(
                QStringLiteral("UPDATE counters SET value = 0 WHERE name = 'person-keys-pending'")))
            return sqlError(query);
        return {};
    });
}

Result<QList<Case>> ServerStore::casesOfApplicant(const QString &iin)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM cases WHERE iin = ?"));
    query.addBindValue(iin);
    if (!query.exec())
        return sqlError(query);
    return casesFrom(query);
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

Result<QList<ServerStore::SignedCommand>> ServerStore::signedCommands(const QString &caseId)
{
    QSqlQuery query(m_db);
    // The evidence of the signature the command was stored with, not of an
    // earlier one sent under the same id and refused.
    query.prepare(QStringLiteral(
        "SELECT c.id, c.user_id, c.case_id, c.type, c.signed_content, "
        "COALESCE(e.signature, c.signature), COALESCE(e.time_source, ''), "
        "COALESCE(e.trusted_at, ''), COALESCE(e.tsa, ''), COALESCE(r.der, ''), "
        "COALESCE(r.kind, '') FROM commands c "
        "LEFT JOIN signature_evidence e ON e.command_id = c.id AND e.received = c.signature "
        "LEFT JOIN revocation_lists r ON r.sha256 = e.revocation_sha256 WHERE c.case_id = ? "
        "AND c.signature IS NOT NULL ORDER BY c.received_at"));
    query.addBindValue(caseId);
    if (!query.exec())
        return sqlError(query);
    QList<SignedCommand> commands;
    while (query.next()) {
        commands.append({query.value(0).toString(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         query.value(4).toString().toUtf8(),
                         QByteArray::fromBase64(query.value(5).toString().toLatin1()),
                         query.value(6).toString(),
                         QDateTime::fromString(query.value(7).toString(), Qt::ISODate),
                         query.value(8).toString(),
                         QByteArray::fromBase64(query.value(9).toString().toLatin1()),
                         query.value(10).toString()});
    }
    return commands;
}

Result<void> ServerStore::keepSignatureEvidence(const QString &commandId,
                                                const SignatureEvidence &evidence)
{
    const auto sha256 = [](const QByteArray &bytes) {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    };
    // '' rather than NULL where nothing was said: a null QString binds as NULL.
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("") : value;
    };
    const QString list = evidence.revocation.isEmpty() ? QString() : sha256(evidence.revocation);
    if (!list.isEmpty()) {
        QSqlQuery keep(m_db);
        keep.prepare(QStringLiteral("INSERT INTO revocation_lists (sha256, der, kind) VALUES (?, "
                                    "?, ?) ON CONFLICT (sha256) DO NOTHING"));
        keep.addBindValue(list);
        keep.addBindValue(QString::fromLatin1(evidence.revocation.toBase64()));
        keep.addBindValue(evidence.revocationSource.isEmpty() ? QStringLiteral("crl")
                                                              : evidence.revocationSource);
        if (!keep.exec())
            return sqlError(keep);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO signature_evidence (command_id, received_sha256, received, signature, "
        "time_source, trusted_at, tsa, revocation_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON "
        "CONFLICT (command_id, received_sha256) DO NOTHING"));
    query.addBindValue(commandId);
    query.addBindValue(sha256(evidence.received));
    query.addBindValue(QString::fromLatin1(evidence.received.toBase64()));
    query.addBindValue(QString::fromLatin1(evidence.signature.toBase64()));
    query.addBindValue(text(evidence.timeSource));
    query.addBindValue(evidence.trustedAt.toUTC().toString(Qt::ISODate));
    query.addBindValue(text(evidence.tsa));
    query.addBindValue(text(list));
    if (!query.exec())
        return sqlError(query);
    return {};
}

} // namespace Kezek
