#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

// The key of the workstation's cache, and how it is sealed and kept.
namespace Kezek::CacheKeys {

// The sealed key: {salt, cost, key}, the random cache key sealed under a key
// derived from the officer's password. Kept in the system keychain or in a
// key file beside the cache; either, without the password, opens nothing.

// The cache's pages are this big (fixed when the file is made; older caches
// say nothing and have 4 KiB): 16 KiB holds several cases a page, so a first
// sync encrypts and authenticates far fewer pages.
constexpr int PageSize = 16384;
constexpr int FirstPageSize = 4096;

struct CacheKey
{
    QByteArray key;
    int pageSize = FirstPageSize;
};

struct NewKey
{
    CacheKey key;
    QByteArray sealed; // JSON, for the keychain or the key file
};

// `key` sealed under `password` with a fresh salt, as JSON.
Result<QByteArray> sealKey(const QByteArray &key, int pageSize, const QString &password);
// A new random key for a new cache, and the same sealed under `password`.
Result<NewKey> makeKey(const QString &password);
// The key `sealedJson` keeps, opened with `password`; `where` names the
// place in errors: the key file or the keychain.
Result<CacheKey>
openKey(const QByteArray &sealedJson, const QString &password, const QString &where);
// Writes the sealed key to the file beside the cache, readable by its owner
// alone, replacing the old one in one step.
Result<void> writeKeyFile(const QString &keyPath, const QByteArray &bytes);
// The error for a cache whose key is nowhere to be found.
std::unexpected<Error> keyMissing(const QString &path);

} // namespace Kezek::CacheKeys
