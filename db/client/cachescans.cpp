#include "db/client/cachescans.h"

#include "core/security/sealing.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/storetr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace Kezek {

using Sqlite::Statement;

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Scans' records as a query selects them: sha256, case_id, name,
// content_type, size.
Result<QList<DocumentRow>> documentRows(Statement &query)
{
    QList<DocumentRow> rows;
    auto read = query.each([&] {
        rows.append({query.text(0), query.text(1), query.text(2), query.text(3), query.integer(4)});
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

} // namespace

CacheScans::CacheScans(Sqlite::Connection &db, const QByteArray &key, const QString &folder)
    : m_db(db)
    , m_key(key)
    , m_folder(folder)
{}

QByteArray CacheScans::scanKey(const char *purpose) const
{
    // A key of its own for each use, derived from the cache's key (HMAC as
    // the pseudo-random function), so the scans never share the database's.
    return QMessageAuthenticationCode::hash(
        QByteArray("kezek scans: ") + purpose, m_key, QCryptographicHash::Sha256);
}

QString CacheScans::scanPath(const QString &sha256) const
{
    const QByteArray name = QMessageAuthenticationCode::hash(
        sha256.toLatin1(), scanKey("names"), QCryptographicHash::Sha256);
    return m_folder + QLatin1Char('/') + QString::fromLatin1(name.toHex());
}

Result<void> CacheScans::putScan(const QString &sha256, const QByteArray &bytes)
{
    if (sha256Of(bytes) != sha256.toLower()) {
        return fail(QStringLiteral("store.scan-mismatch"),
                    StoreTr::tr("The scan received is not the one asked for (%1): it was not "
                                "kept.")
                        .arg(sha256));
    }
    auto sealed = seal(scanKey("sealing"), bytes);
    if (!sealed)
        return std::unexpected(sealed.error());
    if (!QDir().mkpath(m_folder)) {
        return fail(QStringLiteral("store.scan-folder"),
                    StoreTr::tr("Cannot make the folder for scans \"%1\".").arg(m_folder));
    }
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(scanPath(sha256.toLower()));
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size()
        || !file.commit()) {
        return fail(
            QStringLiteral("store.scan-write"),
            StoreTr::tr("Cannot keep a scan in \"%1\": %2.").arg(m_folder, file.errorString()));
    }
    return {};
}

Result<std::optional<QByteArray>> CacheScans::scan(const QString &sha256)
{
    QFile file(scanPath(sha256.toLower()));
    if (!file.exists())
        return std::optional<QByteArray>();
    auto bytes = file.open(QIODevice::ReadOnly) ? unseal(scanKey("sealing"), file.readAll())
                                                : Result<QByteArray>(fail({}, {}));
    if (!bytes || sha256Of(*bytes) != sha256.toLower()) {
        return fail(QStringLiteral("store.scan-damaged"),
                    StoreTr::tr("The cached scan %1 is damaged or was altered; it will be fetched "
                                "again at the next sync.")
                        .arg(sha256));
    }
    return std::optional<QByteArray>(*bytes);
}

Result<QString> CacheScans::keep(const QByteArray &bytes)
{
    const QString sha256 = sha256Of(bytes);
    if (auto kept = putScan(sha256, bytes); !kept)
        return std::unexpected(kept.error());
    return sha256;
}

Result<void>
CacheScans::awaitUpload(const QString &sha256, const DeskScan &scan, const QString &commandId)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto done = Statement(m_db,
                          "INSERT OR REPLACE INTO uploads (sha256, case_id, name, content_type, "
                          "size, made_at, command_id, failure) VALUES (?, ?, ?, ?, ?, ?, ?, '')")
                    .bind(sha256)
                    .bind(scan.caseId)
                    .bind(scan.name)
                    .bind(scan.contentType)
                    .bind(qint64(scan.bytes.size()))
                    .bind(now)
                    .bind(commandId)
                    .run();
    if (!done)
        return done;
    // Listed with the case's documents at once, as the feed will list it.
    return Statement(m_db,
                     "INSERT OR IGNORE INTO documents (sha256, case_id, name, content_type, size, "
                     "uploaded_by, uploaded_at) SELECT sha256, case_id, name, content_type, size, "
                     "'', made_at FROM uploads WHERE sha256 = ? AND case_id = ?")
        .bind(sha256)
        .bind(scan.caseId)
        .run();
}

bool CacheScans::remove(const QString &sha256)
{
    return QFile::remove(scanPath(sha256.toLower()));
}

Result<QList<DocumentRow>> CacheScans::documentsOfCase(const QString &caseId)
{
    Statement query(m_db,
                    "SELECT sha256, case_id, name, content_type, size FROM documents WHERE "
                    "case_id = ? ORDER BY uploaded_at, name");
    query.bind(caseId);
    return documentRows(query);
}

Result<QList<DocumentRow>> CacheScans::pendingUploads()
{
    Statement query(m_db,
                    "SELECT sha256, case_id, name, content_type, size FROM uploads WHERE failure "
                    "= '' ORDER BY made_at, sha256");
    return documentRows(query);
}

Result<void> CacheScans::uploaded(const QString &sha256, const QString &caseId)
{
    return Statement(m_db, "DELETE FROM uploads WHERE sha256 = ? AND case_id = ?")
        .bind(sha256)
        .bind(caseId)
        .run();
}

Result<void>
CacheScans::uploadFailed(const QString &sha256, const QString &caseId, const QString &why)
{
    return Statement(m_db, "UPDATE uploads SET failure = ? WHERE sha256 = ? AND case_id = ?")
        .bind(why.isEmpty() ? QStringLiteral("-") : why)
        .bind(sha256)
        .bind(caseId)
        .run();
}

Result<QStringList> CacheScans::missingScansOfClaimedCases()
{
    Statement query(m_db,
                    "SELECT DISTINCT d.sha256 FROM documents d JOIN claims c ON c.case_id = "
                    "d.case_id JOIN cases k ON k.id = d.case_id WHERE c.status = 'held' AND "
                    "k.state <> 'deleted' ORDER BY d.sha256");
    QStringList missing;
    auto read = query.each([&] {
        const QString sha256 = query.text(0);
        // A damaged copy counts as missing: fetched again.
        auto cached = scan(sha256);
        if (!cached || !cached->has_value())
            missing.append(sha256);
    });
    if (!read)
        return std::unexpected(read.error());
    return missing;
}

Result<void> CacheScans::forgetUploadOf(const QString &commandId)
{
    // A command taken back or discarded takes its scan with it: not uploaded,
    // not listed (an applied one's scan went up before it and stays).
    auto done = Statement(m_db,
                          "DELETE FROM documents WHERE uploaded_by = '' AND sha256 IN (SELECT "
                          "sha256 FROM uploads WHERE command_id = ?)")
                    .bind(commandId)
                    .run();
    if (done)
        done = Statement(m_db, "DELETE FROM uploads WHERE command_id = ?").bind(commandId).run();
    return done;
}

} // namespace Kezek
