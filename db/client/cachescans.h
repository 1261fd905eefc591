#pragma once

#include "core/result/result.h"
#include "db/client/cacherows.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kezek {

namespace Sqlite {
class Connection;
}

// Scans, kept beside the cache in FILE.scans/, each sealed (AES-256-GCM)
// under the cache's key and named by a keyed hash of its SHA-256, so the
// folder tells a stranger neither the content nor which documents are
// there. Checked against their SHA-256 when stored and when read. Their
// records come with the feed; the scans made at a desk wait here for their
// upload.
class CacheScans
{
public:
    // `key`: the cache's own, from which the scans' keys are derived.
    CacheScans(Sqlite::Connection &db, const QByteArray &key, const QString &folder);
    CacheScans(const CacheScans &) = delete;
    CacheScans &operator=(const CacheScans &) = delete;

    Result<void> putScan(const QString &sha256, const QByteArray &bytes);
    // Not cached: nullopt. Cached but altered or damaged: an error.
    Result<std::optional<QByteArray>> scan(const QString &sha256);
    // The same as putScan, for bytes whose SHA-256 is not known yet: it is
    // answered.
    Result<QString> keep(const QByteArray &bytes);
    // Removes a cached scan's file; whether there was one.
    bool remove(const QString &sha256);
    Result<QList<DocumentRow>> documentsOfCase(const QString &caseId);

    // A scan made at a desk, kept already (`keep`), waits for the next sync
    // to upload it before the command `commandId` goes; it is listed with
    // its case at once.
    Result<void> awaitUpload(const QString &sha256, const DeskScan &scan, const QString &commandId);
    Result<QList<DocumentRow>> pendingUploads();
    Result<void> uploaded(const QString &sha256, const QString &caseId);
    // The server would not take the scan: it waits no more (the command that
    // names it meets the server's refusal, and the officer sees why).
    Result<void> uploadFailed(const QString &sha256, const QString &caseId, const QString &why);
    // A command taken back or discarded takes its scan with it.
    Result<void> forgetUploadOf(const QString &commandId);

    // The scans of the cases this officer holds claims on that are not here
    // yet: what a sync brings so that they can be read offline.
    Result<QStringList> missingScansOfClaimedCases();

private:
    QString scanPath(const QString &sha256) const;
    QByteArray scanKey(const char *purpose) const;

    Sqlite::Connection &m_db;
    QByteArray m_key;
    QString m_folder; // FILE.scans
};

} // namespace Kezek
