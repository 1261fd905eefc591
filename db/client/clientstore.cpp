#include "db/client/clientstore.h"
#include "core/domain/retention.h"
#include "db/client/cachecases.h"
#include "db/client/cacheclaims.h"
#include "db/client/cachekey.h"
#include "db/client/cacheoutbox.h"
#include "db/client/cachereads.h"
#include "db/client/cachescans.h"
#include "db/client/cachesettings.h"

#include "core/domain/casecodec.h"
#include "core/security/keychain.h"
#include "core/security/passwords.h"
#include "core/security/sealing.h"
#include "db/client/casebodies.h"
#include "db/client/jsonslices.h"
#include "db/migrationfiles.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"
#include "db/storetr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <vector>

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

ClientStore::ClientStore(std::unique_ptr<Sqlite::Connection> db,
                         const QString &path,
                         const QByteArray &key,
                         int pageSize,
                         const std::optional<QString> &entry,
                         const CacheOptions &options)
    : m_db(std::move(db))
    , m_bodies(std::make_unique<CaseBodyCodec>())
    , m_keychainEntry(entry)
    , m_key(key)
    , m_pageSize(pageSize)
    , m_path(path)
    , m_options(options)
    , m_settings(*m_db, entry)
    , m_scans(*m_db, key, path + QStringLiteral(".scans"))
    , m_outbox(*m_db, m_scans)
    , m_claims(*m_db, m_settings)
    , m_cases(*m_db, *m_bodies, m_settings)
{}

ClientStore::~ClientStore() = default;

Result<std::unique_ptr<ClientStore>>
ClientStore::open(const QString &path, const QString &password, const CacheOptions &options)
{
    const QString keyPath = path + QStringLiteral(".key");
    const QString entry = QStringLiteral("cache:") + QFileInfo(path).absoluteFilePath();
    // A new cache gets a new key; an existing one needs its own. A key file
    // beside the cache is used where it is.
    const bool exists = QFile::exists(path);
    const bool inFile = QFile::exists(keyPath) || options.keyPlace == KeyPlace::File;
    const bool keychain = !inFile && Keychain::available();
    if (options.keyPlace == KeyPlace::Keychain && !keychain) {
        return fail(QStringLiteral("store.no-keychain"),
                    StoreTr::tr("This computer has no system keychain to keep the cache's key "
                                "in."));
    }
    const bool inKeychain = !inFile && keychain;
    // The key of an existing cache is in a keychain that does not answer now
    // (no desktop session, the keyring not started): nothing is lost, and
    // nothing is touched.
    if (exists && !inFile && !keychain) {
        return fail(QStringLiteral("store.keychain-unavailable"),
                    StoreTr::tr("The key of the cache \"%1\" is not beside it, and no system "
                                "keychain answers now. If the key was kept in the keychain, sign "
                                "in to the desktop (or start the keyring) and try again; the "
                                "cache and its outbox are as they were.")
                        .arg(path));
    }
    Result<CacheKeys::CacheKey> key = CacheKeys::keyMissing(path);
    if (!exists) {
        auto made = CacheKeys::makeKey(password);
        if (!made)
            return std::unexpected(made.error());
        auto kept = inKeychain ? Keychain().write(entry, made->sealed)
                               : CacheKeys::writeKeyFile(keyPath, made->sealed);
        if (!kept)
            return std::unexpected(kept.error());
        key = made->key;
    } else if (inKeychain) {
        auto sealed = Keychain().read(entry);
        if (!sealed)
            return std::unexpected(sealed.error());
        if (sealed->has_value())
            key = CacheKeys::openKey(**sealed, password, StoreTr::tr("the system keychain"));
    } else {
        QFile file(keyPath);
        if (file.open(QIODevice::ReadOnly))
            key = CacheKeys::openKey(file.readAll(), password, keyPath);
    }
    if (!key)
        return std::unexpected(key.error());
    return connect(path,
                   key->key,
                   key->pageSize,
                   inKeychain ? std::optional<QString>(entry) : std::nullopt,
                   options);
}

Result<void> ClientStore::resealKey(const QString &password)
{
    auto sealed = CacheKeys::sealKey(m_key, m_pageSize, password);
    if (!sealed)
        return std::unexpected(sealed.error());
    // The new seal replaces the old in one step (the keychain's write, or a
    // file renamed over the old): the cache opens with one of the two
    // passwords, never with none.
    if (m_keychainEntry)
        return Keychain().write(*m_keychainEntry, *sealed);
    return CacheKeys::writeKeyFile(m_path + QStringLiteral(".key"), *sealed);
}

Result<std::unique_ptr<ClientStore>> ClientStore::another() const
{
    return connect(m_path, m_key, m_pageSize, m_keychainEntry, m_options);
}

Result<std::unique_ptr<ClientStore>> ClientStore::connect(const QString &path,
                                                          const QByteArray &key,
                                                          int pageSize,
                                                          const std::optional<QString> &entry,
                                                          const CacheOptions &options)
{
    auto db = Sqlite::Connection::open(path);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<ClientStore> store(
        new ClientStore(std::move(*db), path, key, pageSize, entry, options));
    const QByteArray pragma = "PRAGMA key = \"x'" + key.toHex() + "'\"";
    if (auto ok = store->m_db->exec(pragma); !ok)
        return std::unexpected(ok.error());
    const QByteArray pageSizePragma = "PRAGMA cipher_page_size = " + QByteArray::number(pageSize);
    if (auto ok = store->m_db->exec(pageSizePragma); !ok)
        return std::unexpected(ok.error());
    // The first read tells a wrong key or a file that is not a cache.
    if (!store->m_db->exec("SELECT count(*) FROM sqlite_master")) {
        return fail(QStringLiteral("store.not-a-cache"),
                    StoreTr::tr("\"%1\" is not a Kezek cache, or it is damaged; it was left as it "
                                "is.")
                        .arg(path));
    }
    for (const char *statement : {"PRAGMA journal_mode = WAL",
                                  "PRAGMA synchronous = NORMAL",
                                  "PRAGMA busy_timeout = 5000",
                                  "PRAGMA foreign_keys = ON",
                                  // 64 MiB of decrypted pages: the queues' indexes for
                                  // 100,000 cases stay in memory, not decrypted again and again.
                                  "PRAGMA cache_size = -65536"}) {
        if (auto ok = store->m_db->exec(statement); !ok)
            return std::unexpected(ok.error());
    }
    if (auto migrated = store->migrate(options.migrations); !migrated)
        return std::unexpected(migrated.error());
    if (auto ok = store->fillPermitNumbers(); !ok)
        return std::unexpected(ok.error());
    // A bulk load cut short (the program killed), or names not yet split
    // into words: the queues' indexes are built now, before anyone searches.
    auto bulk = store->m_settings.setting(QStringLiteral("bulk-indexes"), false);
    auto stale = store->m_settings.setting(QStringLiteral("words-stale"), false);
    if (!bulk || !stale)
        return std::unexpected((bulk ? stale : bulk).error());
    if (!bulk->isEmpty() || !stale->isEmpty()) {
        if (bulk->isEmpty()) {
            if (auto ok = store->m_db->exec("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                            "('bulk-indexes', '[]')");
                !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = store->endBulkLoad(); !ok)
            return std::unexpected(ok.error());
    }
    return store;
}

Result<void> ClientStore::migrate(const QString &folder)
{
    if (auto ok
        = m_db->exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                     "KEY, name TEXT NOT NULL)");
        !ok)
        return ok;
    {
        // Finished before any migration runs: a statement still open would
        // keep a migration from dropping a table.
        Statement current(*m_db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        if (auto ok = current.row(); !ok)
            return ok;
        m_schemaVersion = int(current.integer(0));
    }
    auto migrations = loadMigrations(folder);
    if (!migrations)
        return std::unexpected(migrations.error());
    const int newest = migrations->isEmpty() ? 0 : migrations->constLast().version;
    if (m_schemaVersion > newest) {
        return fail(QStringLiteral("store.newer"),
                    StoreTr::tr("The cache has schema version %1, newer than this program knows "
                                "(%2). Upgrade Kezek; the cache was not changed.")
                        .arg(m_schemaVersion)
                        .arg(newest));
    }
    for (const Migration &migration : std::as_const(*migrations)) {
        if (migration.version <= m_schemaVersion)
            continue;
        auto transaction = Transaction::begin(*m_db);
        if (!transaction)
            return std::unexpected(transaction.error());
        Result<void> applied;
        for (const QString &statement : migration.statements) {
            applied = m_db->exec(statement.toUtf8());
            if (!applied)
                break;
        }
        if (applied) {
            applied
                = Statement(*m_db, "INSERT INTO schema_migrations (version, name) VALUES (?, ?)")
                      .bind(qint64(migration.version))
                      .bind(migration.name)
                      .run();
        }
        if (!applied || !transaction->commit()) {
            return fail(QStringLiteral("store.migration"),
                        StoreTr::tr("Migration %1 (%2) failed and was rolled back: %3")
                            .arg(migration.version)
                            .arg(migration.name, applied ? QString() : applied.error().message));
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

Result<qint64> ClientStore::cursor()
{
    Statement query(*m_db, "SELECT value FROM meta WHERE key = 'cursor'");
    if (auto ok = query.row(); !ok)
        return std::unexpected(ok.error());
    return query.text(0).toLongLong();
}

Result<QString> ClientStore::lawVersion()
{
    Statement query(*m_db, "SELECT value FROM meta WHERE key = 'law'");
    if (auto ok = query.row(); !ok)
        return std::unexpected(ok.error());
    return query.text(0);
}

Result<QByteArray> ClientStore::law()
{
    auto json = m_settings.setting(QStringLiteral("law-book"), false);
    if (!json)
        return std::unexpected(json.error());
    return json->toUtf8();
}

Result<void> ClientStore::setLaw(const QByteArray &json)
{
    return Statement(*m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('law-book', ?)")
        .bindText(json)
        .run();
}

namespace {

// A case as the cache indexes it: its columns as UTF-8, its text the bytes
// it came in.
using IndexedCase = ClientStore::PreparedCase;

std::unexpected<Error> malformedPage()
{
    return fail(QStringLiteral("store.malformed-page"),
                StoreTr::tr("The server sent a page that is not whole; nothing of it was kept."));
}

std::unexpected<Error> malformedCase(const QString &id)
{
    return fail(QStringLiteral("store.malformed-case"),
                StoreTr::tr("The server sent a case that is not whole (\"%1\"); the page was not "
                            "kept.")
                    .arg(id));
}

// The columns the queues need, read from the case's text and checked; the
// whole case is decoded (strictly) when it is opened.
// `top` are the case's members, read (and checked whole) with it.
Result<IndexedCase> indexCase(QByteArrayView body, const QList<JsonSlices::Member> &top)
{
    using namespace JsonSlices;
    IndexedCase c;
    c.text = body;
    QByteArray surname;
    QByteArray givenNames;
    bool applicant = false;
    auto text = [](QByteArrayView value) {
        return utf8(value).value_or(QByteArray());
    };
    for (const Member &member : top) {
        if (member.name == "id") {
            c.id = text(member.value);
        } else if (member.name == "number") {
            c.number = text(member.value);
        } else if (member.name == "city") {
            c.city = text(member.value);
        } else if (member.name == "state") {
            c.state = text(member.value);
        } else if (member.name == "receivedOn") {
            c.receivedOn = text(member.value);
        } else if (member.name == "version") {
            c.version = integer(member.value).value_or(-1);
        } else if (member.name == "preliminaryPermitNumber") {
            c.permitNumber = text(member.value);
        } else if (member.name == "applicant") {
            const auto fields = members(member.value);
            if (!fields)
                return malformedCase(QString::fromUtf8(c.id));
            applicant = !fields->isEmpty();
            for (const Member &field : *fields) {
                if (field.name == "iin")
                    c.iin = text(field.value);
                else if (field.name == "passportNumber")
                    c.passportNumber = text(field.value);
                else if (field.name == "surname")
                    surname = text(field.value);
                else if (field.name == "givenNames")
                    givenNames = text(field.value);
            }
        }
    }
    if (c.id.isEmpty() || !caseStateFromId(QString::fromUtf8(c.state))
        || !cityFromId(QString::fromUtf8(c.city)) || c.version < 0 || !applicant)
        return malformedCase(QString::fromUtf8(c.id));
    // One space between words, whatever the source wrote (tabs, no-break
    // spaces): the words table is split the same way in SQL and here.
    c.name = QString::fromUtf8(surname + ' ' + givenNames).toLower().simplified().toUtf8();
    return c;
}

// A case read from its text alone. The whole case must be JSON, down to its
// last checklist item: it is kept as it came and decoded only when opened,
// perhaps offline.
Result<IndexedCase> indexCase(QByteArrayView body)
{
    const auto top = JsonSlices::members(body);
    if (!top)
        return malformedCase(QString());
    return indexCase(body, *top);
}

} // namespace

Result<void> ClientStore::fillPermitNumbers()
{
    auto stale = m_settings.setting(QStringLiteral("permits-stale"), false);
    if (!stale)
        return std::unexpected(stale.error());
    if (stale->isEmpty())
        return {};
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> done;
    {
        Statement bodies(*m_db,
                         "SELECT c.id, b.body FROM cases c JOIN case_bodies b ON b.case_seq = "
                         "c.seq");
        Statement update(*m_db, "UPDATE cases SET permit_number = ? WHERE id = ?");
        done = bodies.each([&]() -> Result<void> {
            const auto body = caseText(*m_bodies, bodies, 1);
            if (!body)
                return {};
            auto c = indexCase(*body);
            if (!c || c->permitNumber.isEmpty())
                return {};
            update.reset();
            return update.bindText(c->permitNumber).bind(bodies.text(0)).run();
        });
    }
    if (done)
        done = m_db->exec("DELETE FROM meta WHERE key = 'permits-stale'");
    if (!done)
        return done;
    return transaction->commit();
}

Result<void> ClientStore::applyPage(const QList<QJsonObject> &cases,
                                    const QList<QJsonObject> &documents,
                                    qint64 next,
                                    const QString &lawVersion)
{
    // The cases' text one after another, each read from its slice.
    QByteArray text;
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QJsonObject &json : cases) {
        const qsizetype start = text.size();
        text.append(QJsonDocument(json).toJson(QJsonDocument::Compact));
        spans.append({start, text.size() - start});
    }
    QList<JsonSlices::Object> read;
    read.reserve(cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QByteArrayView body
            = QByteArrayView(text).sliced(spans.at(i).first, spans.at(i).second);
        auto members = JsonSlices::members(body);
        if (!members)
            return malformedCase(cases.at(i).value(u"id").toString());
        read.append({body, std::move(*members)});
    }
    auto prepared = preparePage(text, {}, read, next, lawVersion);
    if (!prepared)
        return std::unexpected(prepared.error());
    prepared->documents = documents;
    if (auto written = writePage(*prepared); !written)
        return std::unexpected(written.error());
    return {};
}

Result<qsizetype>
ClientStore::applyPageBytes(const QByteArray &page, qint64 next, const QString &lawVersion)
{
    // One strict reading of the whole page, each case's members with it.
    QList<JsonSlices::Member> top;
    const auto cases = JsonSlices::objectsUnder(page, "cases", &top);
    if (!cases)
        return malformedPage();
    return applyReadPage(page, top, *cases, next, lawVersion);
}

Result<qsizetype> ClientStore::applyReadPage(const QByteArray &page,
                                             const QList<JsonSlices::Member> &top,
                                             const QList<JsonSlices::Object> &cases,
                                             qint64 next,
                                             const QString &lawVersion)
{
    auto prepared = preparePage(page, top, cases, next, lawVersion);
    if (!prepared)
        return std::unexpected(prepared.error());
    return writePage(*prepared);
}

Result<ClientStore::PreparedPage> ClientStore::preparePage(const QByteArray &page,
                                                           const QList<JsonSlices::Member> &top,
                                                           const QList<JsonSlices::Object> &cases,
                                                           qint64 next,
                                                           const QString &lawVersion) const
{
    PreparedPage prepared;
    prepared.source = page;
    prepared.next = next;
    prepared.lawVersion = lawVersion;
    std::optional<QList<QByteArrayView>> documents = QList<QByteArrayView>();
    for (const JsonSlices::Member &member : top) {
        if (member.name == "documents")
            documents = JsonSlices::elements(member.value);
    }
    if (!documents)
        return malformedPage();
    for (const QByteArrayView document : *documents)
        prepared.documents.append(QJsonDocument::fromJson(document.toByteArray()).object());
    // Everything is checked before anything is written.
    prepared.cases.reserve(cases.size());
    for (const JsonSlices::Object &read : cases) {
        auto c = indexCase(read.text, read.members);
        if (!c)
            return std::unexpected(c.error());
        prepared.cases.append(std::move(*c));
    }
    return prepared;
}

Result<qsizetype> ClientStore::writePage(const PreparedPage &page)
{
    const QList<QJsonObject> &documents = page.documents;
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> applied;
    {
        Statement existing(*m_db, "SELECT seq, version, name FROM cases WHERE id = ?");
        // A plain insert or update, not INSERT OR REPLACE: that one may delete
        // a row, so SQLite keeps a statement journal of every page it
        // touches, which SQLCipher encrypts (most of a bulk load's time).
        Statement insert(*m_db,
                         "INSERT INTO cases (number, city, state, version, iin, passport_number, "
                         "permit_number, name, received_on, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?)");
        Statement update(*m_db,
                         "UPDATE cases SET number = ?, city = ?, state = ?, version = ?, iin = ?, "
                         "passport_number = ?, permit_number = ?, name = ?, received_on = ? "
                         "WHERE id = ?");
        // The text beside the row, by the row's number (see 0006_case_bodies.sql).
        Statement insertBody(*m_db, "INSERT INTO case_bodies (body, case_seq) VALUES (?, ?)");
        Statement updateBody(*m_db, "UPDATE case_bodies SET body = ? WHERE case_seq = ?");
        Statement addWord(*m_db, "INSERT OR IGNORE INTO case_words (word, case_id) VALUES (?, ?)");
        Statement dropWord(*m_db, "DELETE FROM case_words WHERE word = ? AND case_id = ?");
        // A case that moved on leaves the overdue queue and its count at once;
        // its deadline is worked out again after the sync (refreshDueDates).
        Statement dropDue(*m_db, "DELETE FROM case_due WHERE case_id = ?");
        const auto columns = [](Statement &row, const PreparedCase &c) -> Statement & {
            return row.bindText(c.number)
                .bindText(c.city)
                .bindText(c.state)
                .bind(c.version)
                .bindText(c.iin)
                .bindText(c.passportNumber)
                .bindText(c.permitNumber)
                .bindText(c.name)
                .bindText(c.receivedOn)
                .bindText(c.id);
        };
        for (const PreparedCase &c : page.cases) {
            // A bulk load's cases are nearly all new: each is inserted at
            // once, and looked up only when it is there already (it changed
            // while the load went on).
            bool inserted = false;
            if (m_bulk) {
                insert.reset();
                const auto ok = columns(insert, c).run();
                inserted = bool(ok);
                if (!inserted && !m_db->failedOnUnique()) {
                    applied = ok;
                    break;
                }
            }
            bool known = false;
            qint64 seq = 0;
            QByteArray oldName;
            if (!inserted) {
                existing.reset();
                const auto found = existing.bindText(c.id).next();
                if (!found) {
                    applied = std::unexpected(found.error());
                    break;
                }
                known = *found;
                // A page that comes late (an answer repeated on the way) never
                // puts an older version of a case over a newer one.
                if (known && existing.integer(1) > c.version)
                    continue;
                seq = known ? existing.integer(0) : 0;
                oldName = known ? existing.view(2).toByteArray() : QByteArray();
                existing.reset();
                Statement &upsert = known ? update : insert;
                upsert.reset();
                applied = columns(upsert, c).run();
            }
            if (applied) {
                Statement &body = known ? updateBody : insertBody;
                body.reset();
                // Kept as text when zstd cannot pack it (out of memory).
                const QByteArray packed = m_bodies->pack(c.text);
                if (packed.isEmpty())
                    body.bindText(c.text);
                else
                    body.bindBlob(packed);
                applied = body.bind(known ? seq : m_db->lastInsertRowId()).run();
            }
            if (applied && known) {
                dropDue.reset();
                applied = dropDue.bindText(c.id).run();
            }
            // While loading in bulk, the words are found at the end, at once.
            if (!applied)
                break;
            if (m_bulk || (known && oldName == c.name))
                continue;
            for (const QString &word : nameWords(QString::fromUtf8(oldName))) {
                dropWord.reset();
                if (applied = dropWord.bind(word).bindText(c.id).run(); !applied)
                    break;
            }
            for (const QString &word : nameWords(QString::fromUtf8(c.name))) {
                addWord.reset();
                if (applied = addWord.bind(word).bindText(c.id).run(); !applied)
                    break;
            }
            if (!applied)
                break;
        }
    }
    Statement scan(*m_db,
                   "INSERT OR REPLACE INTO documents (sha256, case_id, name, content_type, size, "
                   "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; applied && i < documents.size(); ++i) {
        const QJsonObject &d = documents.at(i);
        scan.reset();
        applied = scan.bind(d.value(u"sha256").toString())
                      .bind(d.value(u"caseId").toString())
                      .bind(d.value(u"name").toString())
                      .bind(d.value(u"contentType").toString())
                      .bind(d.value(u"size").toInteger())
                      .bind(d.value(u"uploadedBy").toString())
                      .bind(d.value(u"uploadedAt").toString())
                      .run();
    }
    if (applied)
        applied = m_outbox.forgetArrivedCommands();
    if (applied) {
        applied = Statement(*m_db, "UPDATE meta SET value = ? WHERE key = 'cursor'")
                      .bind(QString::number(page.next))
                      .run();
    }
    if (applied) {
        applied = Statement(*m_db, "UPDATE meta SET value = ? WHERE key = 'law'")
                      .bind(page.lawVersion)
                      .run();
    }
    // A failure SQLite answered by rolling the whole transaction back
    // itself (a full disk) fails the commit: the rest is not kept alone.
    if (applied)
        applied = transaction->commit();
    if (!applied)
        return std::unexpected(applied.error());
    return page.cases.size();
}

namespace {

// Every word of every cached name, from the names themselves. A stored name
// is lowercase with single spaces (indexCase), so its words are what lies
// between spaces and hyphens, as nameWords finds them. They go in sorted as
// the index keeps them (bytes, then the case's id), so that each lands at
// the index's end: faster than words found in SQL, inserted case by case.
Result<void> rebuildWords(Sqlite::Connection &db)
{
    if (auto ok = db.exec("DELETE FROM case_words"); !ok)
        return ok;
    // Every id, then every name, one after another, each by its start.
    QByteArray ids;
    QByteArray names;
    QList<qsizetype> idStarts{0};
    QList<qsizetype> nameStarts{0};
    {
        Statement cases(db, "SELECT id, name FROM cases");
        auto read = cases.each([&] {
            ids.append(cases.view(0));
            idStarts.append(ids.size());
            names.append(cases.view(1));
            nameStarts.append(names.size());
        });
        if (!read)
            return read;
    }
    const qsizetype count = idStarts.size() - 1;
    const auto idOf = [&](qsizetype i) {
        return QByteArrayView(ids).sliced(idStarts.at(i), idStarts.at(i + 1) - idStarts.at(i));
    };
    // The cases in the order of their ids, so that words tie by a number.
    std::vector<quint32> byId(static_cast<size_t>(count));
    std::iota(byId.begin(), byId.end(), 0U);
    std::sort(byId.begin(), byId.end(), [&](quint32 a, quint32 b) {
        return idOf(a).compare(idOf(b)) < 0;
    });
    struct Word
    {
        const char *text;
        quint32 size;
        quint32 rank; // the case's place in byId
    };
    std::vector<Word> words;
    words.reserve(size_t(count) * 3);
    for (quint32 rank = 0; rank < quint32(count); ++rank) {
        const qsizetype i = byId[rank];
        const char *name = names.constData() + nameStarts.at(i);
        const qsizetype size = nameStarts.at(i + 1) - nameStarts.at(i);
        qsizetype start = 0;
        for (qsizetype at = 0; at <= size; ++at) {
            if (at < size && name[at] != ' ' && name[at] != '-')
                continue;
            if (at > start)
                words.push_back({name + start, quint32(at - start), rank});
            start = at + 1;
        }
    }
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        const int byText = std::memcmp(a.text, b.text, std::min(a.size, b.size));
        if (byText != 0)
            return byText < 0;
        if (a.size != b.size)
            return a.size < b.size;
        return a.rank < b.rank;
    });
    // A name that holds a word twice gives it once.
    Statement add(db, "INSERT OR IGNORE INTO case_words (word, case_id) VALUES (?, ?)");
    for (const Word &w : words) {
        add.reset();
        if (auto ok
            = add.bindText(QByteArrayView(w.text, w.size)).bindText(idOf(byId[w.rank])).run();
            !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<void> ClientStore::beginBulkLoad()
{
    if (m_bulk)
        return {};
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // The queues' indexes, as they are defined, kept to be built again.
    QJsonArray definitions;
    QStringList names;
    Result<void> done;
    {
        Statement query(*m_db,
                        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                        "'cases' AND sql IS NOT NULL ORDER BY name");
        done = query.each([&] {
            names.append(query.text(0));
            definitions.append(query.text(1));
        });
    }
    if (done) {
        done = Statement(*m_db,
                         "INSERT OR REPLACE INTO meta (key, value) VALUES ('bulk-indexes', ?)")
                   .bind(
                       QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)))
                   .run();
    }
    for (qsizetype i = 0; done && i < names.size(); ++i)
        done = m_db->exec(QByteArray("DROP INDEX \"" + names.at(i).toUtf8() + '"'));
    if (done)
        done = m_db->exec("DELETE FROM case_words");
    if (done)
        done = transaction->commit();
    if (!done)
        return done;
    m_bulk = true;
    return {};
}

Result<void> ClientStore::endBulkLoad()
{
    auto kept = m_settings.setting(QStringLiteral("bulk-indexes"), false);
    if (!kept)
        return std::unexpected(kept.error());
    if (kept->isEmpty()) {
        m_bulk = false;
        return {};
    }
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> done;
    for (const auto &definition : QJsonDocument::fromJson(kept->toUtf8()).array()) {
        done = m_db->exec(definition.toString().toUtf8());
        if (!done)
            break;
    }
    if (done)
        done = rebuildWords(*m_db);
    if (done)
        done = m_db->exec("DELETE FROM meta WHERE key IN ('bulk-indexes', 'words-stale')");
    if (done)
        done = transaction->commit();
    if (!done)
        return done;
    m_bulk = false;
    return {};
}

Result<std::pair<int, int>> ClientStore::purgeEnded(QDate today, int days)
{
    // The states are the program's own words, never input: written into
    // the statement (this SQLCipher has no json_each).
    QStringList states;
    for (CaseState state : allCaseStates()) {
        if (isFinalState(state))
            states.append(QLatin1Char('\'') + caseStateId(state) + QLatin1Char('\''));
    }
    QStringList due;
    {
        const QByteArray sql
            = QStringLiteral("SELECT id FROM cases WHERE state IN (%1) AND NOT EXISTS "
                             "(SELECT 1 FROM outbox o WHERE o.case_id = cases.id AND "
                             "o.status IN ('pending', 'conflict', 'rejected'))")
                  .arg(states.join(QLatin1Char(',')))
                  .toUtf8();
        Statement query(*m_db, sql);
        if (auto read = query.each([&] { due.append(query.text(0)); }); !read)
            return std::unexpected(read.error());
    }
    // Only those the retention reaches; their case says when they ended.
    QStringList purge;
    for (const QString &id : std::as_const(due)) {
        auto c = m_cases.findCase(id);
        if (!c)
            return std::unexpected(c.error());
        if (*c && endedLongAgo(**c, today, days))
            purge.append(id);
    }
    if (purge.isEmpty())
        return std::pair{0, 0};
    // The scans no case left in the cache names (two of the cases that go
    // may share one: an applicant refused twice).
    const QSet<QString> going(purge.cbegin(), purge.cend());
    QSet<QString> scans;
    for (const QString &id : std::as_const(purge)) {
        Statement query(*m_db, "SELECT sha256 FROM documents WHERE case_id = ?");
        query.bind(id);
        if (auto read = query.each([&] { scans.insert(query.text(0)); }); !read)
            return std::unexpected(read.error());
    }
    for (auto it = scans.begin(); it != scans.end();) {
        Statement holders(*m_db, "SELECT case_id FROM documents WHERE sha256 = ?");
        holders.bind(*it);
        bool kept = false;
        auto read = holders.each([&] { kept = kept || !going.contains(holders.text(0)); });
        if (!read)
            return std::unexpected(read.error());
        it = kept ? scans.erase(it) : std::next(it);
    }
    // The files first: should the rows then fail, a case still here whose
    // scan is gone reads it from the server again; a file is never left
    // behind that no row names.
    int removed = 0;
    for (const QString &sha256 : std::as_const(scans))
        removed += m_scans.remove(sha256) ? 1 : 0;
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const QString &id : std::as_const(purge)) {
        for (const char *sql :
             {"DELETE FROM case_bodies WHERE case_seq = (SELECT seq FROM cases WHERE id = ?)",
              "DELETE FROM documents WHERE case_id = ?",
              "DELETE FROM case_words WHERE case_id = ?",
              "DELETE FROM case_due WHERE case_id = ?",
              "DELETE FROM claims WHERE case_id = ?",
              "DELETE FROM uploads WHERE case_id = ?",
              "DELETE FROM outbox WHERE case_id = ?",
              "DELETE FROM cases WHERE id = ?"}) {
            if (auto ok = Statement(*m_db, sql).bind(id).run(); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return std::pair{int(purge.size()), removed};
}

Result<int> ClientStore::forgetScansOfDeletedCases()
{
    // A scan another case still names (the applicant's next application)
    // stays for that one.
    Statement query(*m_db,
                    "SELECT DISTINCT d.sha256 FROM documents d JOIN cases k ON k.id = d.case_id "
                    "WHERE k.state = 'deleted' AND NOT EXISTS (SELECT 1 FROM documents o JOIN "
                    "cases l ON l.id = o.case_id WHERE o.sha256 = d.sha256 AND l.state <> "
                    "'deleted')");
    int forgotten = 0;
    auto read = query.each([&] {
        if (m_scans.remove(query.text(0)))
            ++forgotten;
    });
    if (!read)
        return std::unexpected(read.error());
    return forgotten;
}

} // namespace Kezek
