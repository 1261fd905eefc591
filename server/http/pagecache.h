#pragma once

#include "db/server/serverstore.h"

#include <QHash>

#include <memory>
#include <mutex>

namespace Kezek {

// Pages of the changes feed as the database gave them, each with the
// revision it was read at, shared by the worker threads. Every write takes a
// new revision, so a page read at the revision still current is the page a
// read now would give: it is served again, not read again (many workstations
// of a city first-syncing the same pages in a morning; a list read again).
// Any write anywhere, on any server, moves the revision on and retires every
// page kept. Bounded in bytes and pages; the least recently used go first.
class PageCache
{
public:
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxEntries = 1024;

    // What a page holds: from `since`, at most `limit` long, of one city
    // or of all (nullopt).
    struct Key
    {
        qint64 since = 0;
        int limit = 0;
        std::optional<City> city;
        bool operator==(const Key &) const = default;
    };

    // The page, when it was read at `revision`.
    std::shared_ptr<const ServerStore::StoredPage> find(const Key &key, qint64 revision);
    void
    remember(const Key &key, qint64 revision, std::shared_ptr<const ServerStore::StoredPage> page);

    qsizetype bytes() const;

private:
    struct Entry
    {
        qint64 revision = 0;
        std::shared_ptr<const ServerStore::StoredPage> page;
        qsizetype bytes = 0;
        quint64 used = 0; // when last found, by m_clock
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.since, key.limit, key.city ? int(*key.city) : -1);
    }

    mutable std::mutex m_mutex;
    QHash<Key, Entry> m_entries;
    qsizetype m_bytes = 0;
    qint64 m_newest = 0; // the newest revision a page was read at
    quint64 m_clock = 0;
};

} // namespace Kezek
