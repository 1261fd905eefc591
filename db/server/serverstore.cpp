#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include "core/domain/casecodec.h"
#include "core/domain/retention.h"
#include "db/server/migrations.h"

#include <QDateTime>
#include <QElapsedTimer>
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

namespace {} // namespace

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
        // The server logs its own events; PostgreSQL's notices (such as "the
        // migrations table exists, skipping" on every connection) are noise.
        store->m_db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
    } else {
        return fail(QStringLiteral("store.url"),
                    StoreTr::tr("The database URL \"%1\" is neither sqlite:PATH nor postgresql://…")
                        .arg(url.section(QLatin1Char(':'), 0, 0)));
    }
    if (!store->m_db.isValid() || !store->m_db.open()) {
        return fail(
            QStringLiteral("store.open"),
            StoreTr::tr("The database cannot be opened: %1").arg(store->m_db.lastError().text()));
    }
    if (store->backend() == u"sqlite") {
        QSqlQuery pragma(store->m_db);
        for (const char *statement :
             {"PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
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
    auto migrations = loadMigrations(QStringLiteral(":/kezek/db/server"));
    if (!migrations)
        return std::unexpected(migrations.error());
    auto version = applyMigrations(store->m_db, *migrations);
    if (!version)
        return std::unexpected(version.error());
    store->m_schemaVersion = *version;
    store->m_auditKey = AuditLog::keyFor(url);
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

Result<qint64> ServerStore::takeRevision()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'revision'")))
        return sqlError(query);
    if (!query.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'revision'"))
        || !query.next())
        return sqlError(query);
    return query.value(0).toLongLong();
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
                                 revision,
                                 body,
                                 c.id};
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE cases SET number = ?, city = ?, state = ?, version = ?, "
                       "iin = ?, passport_number = ?, revision = ?, body = ? WHERE id = ?"));
    for (const QVariant &value : fields)
        update.addBindValue(value);
    if (!update.exec())
        return sqlError(update);
    if (update.numRowsAffected() > 0)
        return revision;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO cases (number, city, state, version, iin, passport_number, revision, body, "
        "id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : fields)
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(insert);
    return revision;
}

Result<void> ServerStore::writeNotices(const Case &c, const QList<Notice> &notices, qint64 revision)
{
    QSqlQuery query(m_db);
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
        query.prepare(QStringLiteral("INSERT INTO notices_outbox (id, case_id, kind, body, "
                                     "created_at) VALUES (?, ?, ?, ?, ?)"));
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
    auto revision = writeCase(c);
    if (!revision)
        return revision;
    if (auto written = writeNotices(c, notices, *revision); !written)
        return std::unexpected(written.error());
    if (auto audited = writeAudit(audit); !audited)
        return std::unexpected(audited.error());
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

namespace {

QString periodStart(const QDateTime &at, int periodMinutes)
{
    const qint64 period = qint64(std::max(1, periodMinutes)) * 60;
    const qint64 seconds = at.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(seconds - seconds % period, QTimeZone::utc())
        .toString(Qt::ISODate);
}

} // namespace

Result<void> ServerStore::recordReads(const QString &session,
                                      const QString &userId,
                                      const QStringList &caseIds,
                                      const QDateTime &at,
                                      int periodMinutes)
{
    if (caseIds.isEmpty())
        return {};
    const QString period = periodStart(at, periodMinutes);
    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    // A few hundred rows a statement at most (a page holds up to 5,000).
    constexpr qsizetype Chunk = 250;
    for (qsizetype start = 0; start < caseIds.size(); start += Chunk) {
        const QStringList part = caseIds.mid(start, Chunk);
        QStringList rows;
        for (qsizetype i = 0; i < part.size(); ++i)
            rows.append(QStringLiteral("(?, ?, ?, ?, 1, ?, ?, 0)"));
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO audit_reads (session, period, user_id, case_id, "
                                     "reads, first_at, last_at, chained) VALUES %1 "
                                     "ON CONFLICT (session, period, case_id) DO UPDATE SET "
                                     // A row already in the chain starts again: only the
                                     // reads since go into the next entry.
                                     "reads = CASE WHEN audit_reads.chained = 1 THEN 1 ELSE "
                                     "audit_reads.reads + 1 END, "
                                     "first_at = CASE WHEN audit_reads.chained = 1 THEN "
                                     "excluded.first_at ELSE audit_reads.first_at END, "
                                     "last_at = excluded.last_at, chained = 0")
                          .arg(rows.join(QStringLiteral(", "))));
        for (const QString &caseId : part) {
            query.addBindValue(session);
            query.addBindValue(period);
            query.addBindValue(userId);
            query.addBindValue(caseId);
            query.addBindValue(time);
            query.addBindValue(time);
        }
        if (!query.exec())
            return sqlError(query);
    }
    return {};
}

Result<int> ServerStore::chainReads(const QDateTime &now, int periodMinutes, bool all)
{
    int written = 0;
    auto done = inWriteTransaction([&]() -> Result<void> {
        // Taken and marked in one statement: another server running this at
        // the same time finds them marked.
        QSqlQuery taken(m_db);
        taken.prepare(QStringLiteral(
            "UPDATE audit_reads SET chained = 1 WHERE chained = 0 AND (? = 1 OR period < ?) "
            "RETURNING session, period, user_id, case_id, reads, last_at"));
        taken.addBindValue(all ? 1 : 0);
        taken.addBindValue(periodStart(now, periodMinutes));
        if (!taken.exec())
            return sqlError(taken);
        struct Summary
        {
            QString user;
            QStringList cases;
            qint64 reads = 0;
            QString last;
        };
        std::map<std::pair<QString, QString>, Summary> summaries;
        while (taken.next()) {
            Summary &summary = summaries[{taken.value(1).toString(), taken.value(0).toString()}];
            summary.user = taken.value(2).toString();
            summary.cases.append(taken.value(3).toString());
            summary.reads += taken.value(4).toLongLong();
            summary.last = std::max(summary.last, taken.value(5).toString());
        }
        taken.finish();
        for (auto &[key, summary] : summaries) {
            summary.cases.sort();
            auto appended = AuditLog(*this).append(
                {summary.user,
                 QStringLiteral("read"),
                 QStringLiteral("period %1 session %2").arg(key.first, key.second),
                 QStringLiteral("%1 cases, %2 reads: %3")
                     .arg(summary.cases.size())
                     .arg(summary.reads)
                     .arg(summary.cases.join(QLatin1Char(' ')))},
                QDateTime::currentDateTimeUtc());
            if (!appended)
                return appended;
            ++written;
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return written;
}

Result<QList<ServerStore::RetentionPurge>>
ServerStore::purgeEnded(QDate today, int days, const BusinessCalendar &calendar, bool dryRun)
{
    QList<CaseState> ended;
    for (CaseState state : allCaseStates()) {
        if (isFinalState(state))
            ended.append(state);
    }
    auto cases = casesInStates(ended);
    if (!cases)
        return std::unexpected(cases.error());
    QList<RetentionPurge> purged;
    for (const Case &c : std::as_const(*cases)) {
        if (!retentionDue(c, today, days, calendar))
            continue;
        RetentionPurge purge{c.id, c.number, *endedOn(c), 0};
        auto scans = documentsOfCase(c.id);
        if (!scans)
            return std::unexpected(scans.error());
        purge.scans = int(scans->size());
        if (!dryRun) {
            bool changedMeanwhile = false;
            auto done = inWriteTransaction([&]() -> Result<void> {
                // As it stands now: a revocation or a late report applied
                // since it was read is not overwritten with the old copy.
                auto now = findCase(c.id);
                if (!now)
                    return std::unexpected(now.error());
                if (!*now || (*now)->version != c.version
                    || !retentionDue(**now, today, days, calendar)) {
                    changedMeanwhile = true;
                    return {};
                }
                QSqlQuery remove(m_db);
                remove.prepare(QStringLiteral("DELETE FROM documents WHERE case_id = ?"));
                remove.addBindValue(c.id);
                if (!remove.exec())
                    return sqlError(remove);
                auto written
                    = writeChange(afterRetention(c, today, calendar),
                                  {},
                                  {QStringLiteral("retention"),
                                   QStringLiteral("retention-purge"),
                                   c.id,
                                   QStringLiteral("%1 ended %2; %3 scans and the personal data "
                                                  "removed")
                                       .arg(c.number, endedOn(c)->toString(Qt::ISODate))
                                       .arg(purge.scans)});
                if (!written)
                    return std::unexpected(written.error());
                return {};
            });
            if (!done)
                return std::unexpected(done.error());
            if (changedMeanwhile)
                continue;
        }
        purged.append(purge);
    }
    return purged;
}

Result<qint64> ServerStore::saveCase(const Case &c)
{
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    auto revision = writeCase(c);
    if (!revision || !m_db.commit()) {
        m_db.rollback();
        return revision ? fail(QStringLiteral("store.sql"),
                               StoreTr::tr("The change could not be committed: %1")
                                   .arg(m_db.lastError().text()))
                        : revision;
    }
    return revision;
}

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
    QSqlQuery documents(m_db);
    documents.setForwardOnly(true);
    documents.prepare(QStringLiteral(
        "SELECT d.revision, d.sha256, d.case_id, d.name, d.content_type, d.size, d.uploaded_by, "
        "d.uploaded_at, c.city FROM documents d JOIN cases c ON c.id = d.case_id "
        "WHERE d.revision > ? AND d.revision <= ? ORDER BY d.revision LIMIT ?"));
    documents.addBindValue(revision);
    documents.addBindValue(*bound);
    documents.addBindValue(limit + 1);
    if (!documents.exec())
        return sqlError(documents);
    struct Scan
    {
        qint64 revision;
        StoredDocument document;
    };
    QList<Scan> scans;
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

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // On SQLite the body comes as its UTF-8 bytes (a blob), not through a
    // QString and back: a page is megabytes of it.
    query.prepare(QStringLiteral("SELECT revision, id, city, %1 FROM cases WHERE revision > ? AND "
                                 "revision <= ? ORDER BY revision LIMIT ?")
                      .arg(backend() == u"sqlite" ? QStringLiteral("CAST(body AS BLOB)")
                                                  : QStringLiteral("body")));
    query.addBindValue(revision);
    query.addBindValue(*bound);
    query.addBindValue(limit + 1);
    if (!query.exec())
        return sqlError(query);
    StoredPage page;
    page.nextRevision = revision;
    page.cases.reserve(std::min(limit, 5000));
    qsizetype nextScan = 0;
    int taken = 0;
    auto takeScansBefore = [&](qint64 before) {
        while (nextScan < scans.size() && scans.at(nextScan).revision < before && taken < limit) {
            page.documents.append(scans.at(nextScan).document);
            page.nextRevision = scans.at(nextScan).revision;
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
        page.more = nextScan < scans.size();
    }
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
        return fail(QStringLiteral("store.case-exists"),
                    StoreTr::tr("A case with the id \"%1\" or the number \"%2\" exists already.")
                        .arg(c.id, c.number));
    exists.finish();
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    auto revision = writeChange(c, notices, audit);
    if (!revision || !m_db.commit()) {
        m_db.rollback();
        // Two intakes of one application racing: the loser finds the case there.
        return revision ? fail(QStringLiteral("store.case-exists"),
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

Result<QList<Case>> ServerStore::casesOfApplicant(const QString &iin)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM cases WHERE iin = ?"));
    query.addBindValue(iin);
    if (!query.exec())
        return sqlError(query);
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

Result<std::optional<QJsonObject>> ServerStore::commandAnswer(const QString &commandId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT answer FROM commands WHERE id = ?"));
    query.addBindValue(commandId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(
        QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

Result<QList<InterveningChange>> ServerStore::changesSince(const QString &caseId, int version)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.version, c.user_id, u.name, c.type, c.received_at, c.touches FROM commands c "
        "LEFT JOIN users u ON u.id = c.user_id WHERE c.case_id = ? AND c.version > ? "
        "ORDER BY c.version"));
    query.addBindValue(caseId);
    query.addBindValue(version);
    if (!query.exec())
        return sqlError(query);
    QList<InterveningChange> changes;
    while (query.next()) {
        InterveningChange change;
        change.version = query.value(0).toInt();
        change.userId = query.value(1).toString();
        change.userName = query.value(2).toString();
        change.type = query.value(3).toString();
        change.at = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        change.at.setTimeZone(QTimeZone::utc());
        change.parts = query.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        changes.append(change);
    }
    return changes;
}

Result<QDateTime> ServerStore::stepMadeAt(const QString &caseId, int version)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(made_at, received_at) FROM commands WHERE "
                                 "case_id = ? AND version = ?"));
    query.addBindValue(caseId);
    query.addBindValue(version);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return QDateTime();
    QDateTime at = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

Result<QJsonObject> ServerStore::applyCommand(const CaseCommand &command,
                                              const QString &userId,
                                              bool onCurrentVersion,
                                              const Decide &decide,
                                              int retryMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    int pauseMs = 5;
    for (;;) {
        auto answer = tryApplyCommand(command, userId, onCurrentVersion, decide);
        if (answer || answer.error().code != u"store.busy" || elapsed.elapsed() >= retryMs)
            return answer;
        // Another writer holds the case or the counter: again after a short,
        // jittered pause, so that racing servers do not knock together.
        QThread::msleep(static_cast<unsigned long>(
            pauseMs / 2 + int(QRandomGenerator::global()->bounded(pauseMs / 2 + 1))));
        pauseMs = std::min(pauseMs * 2, 200);
    }
}

Result<QJsonObject> ServerStore::tryApplyCommand(const CaseCommand &command,
                                                 const QString &userId,
                                                 bool onCurrentVersion,
                                                 const Decide &decide)
{
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    auto abandon = [this](Error error) -> Result<QJsonObject> {
        m_db.rollback();
        return std::unexpected(std::move(error));
    };
    if (backend() == u"postgresql") {
        // A case locked elsewhere for longer than 5 s (a stuck session, a
        // long import) is given up on as SQLite's busy_timeout gives up: the
        // command is tried again, then answered as a 503 to resend, never
        // left hanging. For this transaction only: migrations wait as long as
        // they must.
        QSqlQuery timeout(m_db);
        if (!timeout.exec(QStringLiteral("SET LOCAL lock_timeout = '5s'")))
            return abandon(sqlError(timeout).error());
    }
    // The case first, locked: every other writer of it waits here, so what
    // follows sees the last committed version and the last command applied.
    QSqlQuery locked(m_db);
    locked.prepare(backend() == u"postgresql"
                       ? QStringLiteral("SELECT body FROM cases WHERE id = ? FOR UPDATE")
                       : QStringLiteral("SELECT body FROM cases WHERE id = ?"));
    locked.addBindValue(command.caseId);
    if (!locked.exec())
        return abandon(sqlError(locked).error());
    std::optional<Case> current;
    if (locked.next()) {
        auto decoded
            = caseFromJson(QJsonDocument::fromJson(locked.value(0).toString().toUtf8()).object());
        if (!decoded)
            return abandon(decoded.error());
        current = *decoded;
    }
    locked.finish();
    // Under the lock: the same id applied meanwhile, on this server or another.
    auto earlier = commandAnswer(command.id);
    if (!earlier)
        return abandon(earlier.error());
    if (earlier->has_value()) {
        m_db.rollback();
        QJsonObject answer = **earlier;
        answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        return answer;
    }
    QList<InterveningChange> since;
    const int base = current && onCurrentVersion ? current->version : command.baseVersion;
    if (current && base < current->version) {
        auto changes = changesSince(current->id, base);
        if (!changes)
            return abandon(changes.error());
        since = *changes;
    }
    auto decided = decide(current, since);
    if (!decided)
        return abandon(decided.error());
    if (!decided->after) {
        m_db.rollback();
        return decided->answer;
    }
    const Case &after = *decided->after;
    auto revision = writeChange(after, decided->notices, decided->audit);
    if (!revision)
        return abandon(revision.error());
    QJsonObject answer{{QStringLiteral("id"), command.id},
                       {QStringLiteral("status"), QStringLiteral("applied")},
                       {QStringLiteral("version"), after.version},
                       {QStringLiteral("revision"), *revision}};
    for (auto it = decided->answer.constBegin(); it != decided->answer.constEnd(); ++it)
        answer.insert(it.key(), it.value());
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO commands (id, case_id, type, user_id, received_at, answer, signed_content, "
        "signature, version, touches, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(command.id);
    insert.addBindValue(after.id);
    insert.addBindValue(command.type);
    insert.addBindValue(userId);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    const bool isSigned = !command.signature.isEmpty();
    insert.addBindValue(isSigned ? QVariant(QString::fromUtf8(signedContent(command)))
                                 : QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(isSigned ? QVariant(QString::fromLatin1(command.signature.toBase64()))
                                 : QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(after.version);
    insert.addBindValue(changedParts(current.value_or(Case{}), after).join(QLatin1Char(' ')));
    insert.addBindValue(command.madeAt.isValid()
                            ? QVariant(command.madeAt.toUTC().toString(Qt::ISODate))
                            : QVariant(QMetaType::fromType<QString>()));
    if (!insert.exec()) {
        const QSqlError error = insert.lastError();
        m_db.rollback();
        // The same id stored by a request this lock did not cover (a case
        // created meanwhile): its answer stands.
        if (auto again = commandAnswer(command.id); again && again->has_value()) {
            QJsonObject first = **again;
            first.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            return first;
        }
        return sqlError(error);
    }
    if (auto committed = commit(); !committed) {
        m_db.rollback();
        return std::unexpected(committed.error());
    }
    return answer;
}

Result<void> ServerStore::commit()
{
    // Through a query on SQLite, so that a busy COMMIT keeps SQLite's own
    // code (and is retried) rather than Qt's generic failure.
    if (backend() == u"sqlite") {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("COMMIT")))
            return {};
        return sqlError(query);
    }
    if (m_db.commit())
        return {};
    return sqlError(m_db.lastError());
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
    query.prepare(QStringLiteral(
        "SELECT id, user_id, case_id, type, signed_content, signature FROM "
        "commands WHERE case_id = ? AND signature IS NOT NULL ORDER BY received_at"));
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
                         QByteArray::fromBase64(query.value(5).toString().toLatin1())});
    }
    return commands;
}

namespace {

ServerStore::DocumentInfo documentInfo(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toLongLong(),
            query.value(5).toString(),
            query.value(6).toString()};
}

const QString DocumentColumns = QStringLiteral(
    "sha256, case_id, name, content_type, size, uploaded_by, uploaded_at FROM documents");

} // namespace

Result<bool> ServerStore::addDocument(const DocumentInfo &info,
                                      const QByteArray &content,
                                      const AuditEntry &audit)
{
    if (auto started = begin(); !started)
        return std::unexpected(started.error());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM documents WHERE sha256 = ? AND case_id = ?"));
    query.addBindValue(info.sha256);
    query.addBindValue(info.caseId);
    Result<bool> added = true;
    if (!query.exec() || !query.next()) {
        added = sqlError(query);
    } else if (query.value(0).toInt() > 0) {
        added = false;
    } else {
        query.finish();
        const auto revision = takeRevision();
        query.prepare(QStringLiteral(
            "INSERT INTO documents (sha256, case_id, name, content_type, size, content, "
            "uploaded_by, uploaded_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(info.sha256);
        query.addBindValue(info.caseId);
        query.addBindValue(info.name);
        query.addBindValue(info.contentType);
        query.addBindValue(info.size);
        query.addBindValue(content);
        query.addBindValue(info.uploadedBy);
        query.addBindValue(info.uploadedAt);
        query.addBindValue(revision.value_or(0));
        if (!revision)
            added = std::unexpected(revision.error());
        else if (!query.exec())
            added = sqlError(query);
        else if (auto audited = writeAudit(audit); !audited)
            added = std::unexpected(audited.error());
    }
    if (added && *added && !m_db.commit()) {
        added = fail(
            QStringLiteral("store.sql"),
            StoreTr::tr("The change could not be committed: %1").arg(m_db.lastError().text()));
    }
    if (!added || !*added)
        m_db.rollback();
    return added;
}

Result<QList<ServerStore::DocumentInfo>> ServerStore::documentsWhere(const QString &column,
                                                                     const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + DocumentColumns + QStringLiteral(" WHERE ") + column
                  + QStringLiteral(" = ? ORDER BY uploaded_at, case_id, sha256"));
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<DocumentInfo> documents;
    while (query.next())
        documents.append(documentInfo(query));
    return documents;
}

Result<QList<ServerStore::DocumentInfo>> ServerStore::documentsOfCase(const QString &caseId)
{
    return documentsWhere(QStringLiteral("case_id"), caseId);
}

Result<QList<ServerStore::DocumentInfo>> ServerStore::documentHolders(const QString &sha256)
{
    return documentsWhere(QStringLiteral("sha256"), sha256);
}

Result<QByteArray> ServerStore::documentContent(const QString &sha256)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT content FROM documents WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return fail(QStringLiteral("store.no-document"),
                    StoreTr::tr("There is no document %1.").arg(sha256));
    return query.value(0).toByteArray();
}

Result<QList<ServerStore::PendingNotice>> ServerStore::pendingNotices(int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, case_id, kind, body FROM notices_outbox WHERE "
                                 "delivered_at IS NULL ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query);
    QList<PendingNotice> notices;
    while (query.next()) {
        notices.append({query.value(0).toLongLong(),
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString().toUtf8()});
    }
    return notices;
}

Result<bool> ServerStore::tryLockAcrossServers(qint64 key)
{
    if (backend() != u"postgresql")
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toBool();
}

void ServerStore::unlockAcrossServers(qint64 key)
{
    if (backend() != u"postgresql")
        return;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    query.addBindValue(key);
    (void)query.exec();
}

Result<void> ServerStore::markNoticeDelivered(qint64 id, const QDateTime &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE notices_outbox SET delivered_at = ? WHERE id = ?"));
    query.addBindValue(at.toUTC().toString(Qt::ISODate));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<ServerStore::Claim> ServerStore::claimCase(const QString &caseId,
                                                  const QString &userId,
                                                  const QDateTime &now,
                                                  qint64 leaseSeconds)
{
    const QString at = now.toUTC().toString(Qt::ISODate);
    const QString until = now.toUTC().addSecs(leaseSeconds).toString(Qt::ISODate);
    // Twice at most: a claim given back between the insert and the read
    // below leaves the case free, and the second round takes it.
    for (int round = 0;; ++round) {
        // One statement each, so that two claims at once cannot both win: the
        // update takes a claim that is ours or has ended; the insert a case with
        // none (the primary key refuses the second).
        QSqlQuery update(m_db);
        update.prepare(
            QStringLiteral("UPDATE claims SET user_id = ?, claimed_at = ?, expires_at = ? "
                           "WHERE case_id = ? AND (user_id = ? OR expires_at <= ?)"));
        for (const QVariant &value : {QVariant(userId),
                                      QVariant(at),
                                      QVariant(until),
                                      QVariant(caseId),
                                      QVariant(userId),
                                      QVariant(at)})
            update.addBindValue(value);
        if (!update.exec())
            return sqlError(update);
        if (update.numRowsAffected() == 1)
            return Claim{caseId, userId, now.toUTC().addSecs(leaseSeconds)};
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO claims (case_id, user_id, claimed_at, expires_at) VALUES (?, ?, ?, ?)"));
        for (const QString &value : {caseId, userId, at, until})
            insert.addBindValue(value);
        if (insert.exec())
            return Claim{caseId, userId, now.toUTC().addSecs(leaseSeconds)};
        // Someone holds it (or took it between the two statements).
        auto holder = claimOf(caseId, now);
        if (!holder)
            return std::unexpected(holder.error());
        if (holder->has_value())
            return **holder;
        if (round == 1)
            return sqlError(insert);
    }
}

Result<ServerStore::Claim> ServerStore::assignClaim(const QString &caseId,
                                                    const QString &userId,
                                                    const QDateTime &now,
                                                    qint64 leaseSeconds)
{
    // One statement, in SQLite and PostgreSQL alike: the case's claim is
    // replaced, or made.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO claims (case_id, user_id, claimed_at, expires_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (case_id) DO UPDATE SET user_id = excluded.user_id, claimed_at = "
        "excluded.claimed_at, expires_at = excluded.expires_at"));
    for (const QString &value : {caseId,
                                 userId,
                                 now.toUTC().toString(Qt::ISODate),
                                 now.toUTC().addSecs(leaseSeconds).toString(Qt::ISODate)})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return Claim{caseId, userId, now.toUTC().addSecs(leaseSeconds)};
}

Result<bool> ServerStore::releaseClaim(const QString &caseId, const QString &userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM claims WHERE case_id = ? AND user_id = ?"));
    query.addBindValue(caseId);
    query.addBindValue(userId);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected() > 0;
}

Result<std::optional<ServerStore::Claim>> ServerStore::claimOf(const QString &caseId,
                                                               const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT user_id, expires_at FROM claims WHERE case_id = ? AND expires_at > ?"));
    query.addBindValue(caseId);
    query.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<Claim>();
    return std::optional<Claim>(
        Claim{caseId,
              query.value(0).toString(),
              QDateTime::fromString(query.value(1).toString(), Qt::ISODate)});
}

Result<QList<std::pair<ServerStore::Claim, QString>>>
ServerStore::activeClaims(const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT c.case_id, c.user_id, c.expires_at, k.city FROM claims c "
                                 "JOIN cases k ON k.id = c.case_id WHERE c.expires_at > ? ORDER "
                                 "BY c.case_id"));
    query.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(query);
    QList<std::pair<Claim, QString>> claims;
    while (query.next()) {
        claims.append({Claim{query.value(0).toString(),
                             query.value(1).toString(),
                             QDateTime::fromString(query.value(2).toString(), Qt::ISODate)},
                       query.value(3).toString()});
    }
    return claims;
}

Result<std::pair<qint64, qint64>> ServerStore::noticeCounts()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT COALESCE(SUM(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END), 0) FROM "
            "notices_outbox"))
        || !query.next())
        return sqlError(query);
    return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

} // namespace Kezek
