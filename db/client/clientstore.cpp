#include "db/client/clientstore.h"

#include "core/security/keychain.h"
#include "db/client/cachekey.h"
#include "db/client/casebodies.h"
#include "db/client/storelog.h"
#include "db/migrationfiles.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"
#include "db/storetr.h"

#include <QFile>
#include <QFileInfo>

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
    , m_exports(*m_db)
    , m_notifications(*m_db)
    , m_notes(*m_db)
    , m_cases(*m_db, *m_bodies, m_settings)
    , m_feed(*m_db, *m_bodies, m_settings, m_outbox)
    , m_retention(*m_db, m_cases, m_scans)
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
    if (!key) {
        qCWarning(lcStore).noquote() << "the cache's key did not open:" << key.error().code;
        return std::unexpected(key.error());
    }
    auto store = connect(path,
                         key->key,
                         key->pageSize,
                         inKeychain ? std::optional<QString>(entry) : std::nullopt,
                         options);
    // Neither the path nor the user: a folder may be named after a person.
    if (!store)
        qCWarning(lcStore).noquote() << "the cache did not open:" << store.error().code;
    else
        qCInfo(lcStore).noquote() << QStringLiteral("%1 with its key in %2; schema version %3")
                                         .arg(exists ? QStringLiteral("cache opened")
                                                     : QStringLiteral("new cache made"),
                                              inKeychain ? QStringLiteral("the keychain")
                                                         : QStringLiteral("a file"))
                                         .arg((*store)->m_schemaVersion);
    return store;
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

Result<std::unique_ptr<ClientStore>> ClientStore::reader() const
{
    return connect(m_path, m_key, m_pageSize, m_keychainEntry, m_options, false);
}

Result<std::unique_ptr<ClientStore>> ClientStore::connect(const QString &path,
                                                          const QByteArray &key,
                                                          int pageSize,
                                                          const std::optional<QString> &entry,
                                                          const CacheOptions &options,
                                                          bool upkeep)
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
    if (!upkeep)
        return store;
    if (auto migrated = store->migrate(options.migrations); !migrated)
        return std::unexpected(migrated.error());
    if (auto ok = store->m_feed.fillPermitNumbers(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->m_feed.buildMissingIndexes(); !ok)
        return std::unexpected(ok.error());
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
        qCWarning(lcStore) << "the cache's schema version" << m_schemaVersion
                           << "is newer than this program's" << newest;
        return fail(QStringLiteral("store.newer"),
                    StoreTr::tr("The cache has schema version %1, newer than this program knows "
                                "(%2). Upgrade Kezek; the cache was not changed.")
                        .arg(m_schemaVersion)
                        .arg(newest));
    }
    const int from = m_schemaVersion;
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
            qCCritical(lcStore).noquote() << "migration" << migration.version << migration.name
                                          << "failed and was rolled back";
            return fail(QStringLiteral("store.migration"),
                        StoreTr::tr("Migration %1 (%2) failed and was rolled back: %3")
                            .arg(migration.version)
                            .arg(migration.name, applied ? QString() : applied.error().message));
        }
        qCDebug(lcStore).noquote()
            << "cache migration" << migration.version << migration.name << "applied";
        m_schemaVersion = migration.version;
    }
    if (m_schemaVersion != from)
        qCInfo(lcStore) << "cache migrated from schema version" << from << "to" << m_schemaVersion;
    return {};
}

} // namespace Kezek
