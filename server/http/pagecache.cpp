#include "server/http/pagecache.h"

namespace Kezek {

namespace {

qsizetype sizeOf(const ServerStore::StoredPage &page)
{
    qsizetype bytes = 256;
    for (const ServerStore::StoredCase &c : page.cases)
        bytes += c.json.size() + c.id.size() * 2 + 64;
    return bytes + page.documents.size() * 512;
}

} // namespace

std::shared_ptr<const ServerStore::StoredPage> PageCache::find(const Key &key, qint64 revision)
{
    const std::lock_guard lock(m_mutex);
    // The revision never goes back, unless the database did (a restore, a
    // failover to a standby behind): what was read after it is another
    // history, and must not come back when the revision reaches it again.
    // (A read that began before a write this cache has seen also lands
    // here, and only costs the pages kept.)
    if (revision < m_newest) {
        m_entries.clear();
        m_bytes = 0;
        m_newest = revision;
    }
    const auto found = m_entries.find(key);
    if (found == m_entries.end() || found->revision != revision)
        return nullptr;
    found->used = ++m_clock;
    return found->page;
}

void PageCache::remember(const Key &key,
                         qint64 revision,
                         std::shared_ptr<const ServerStore::StoredPage> page)
{
    const qsizetype bytes = sizeOf(*page);
    if (bytes > MaxBytes / 4)
        return; // a page that would push out most others is read each time
    const std::lock_guard lock(m_mutex);
    if (revision < m_newest)
        return; // read before a write this cache has seen
    if (revision > m_newest) {
        // The revision only moves on: pages read before it are never found again.
        m_entries.clear();
        m_bytes = 0;
        m_newest = revision;
    }
    if (const auto old = m_entries.constFind(key); old != m_entries.cend())
        m_bytes -= old->bytes;
    m_entries.insert(key, Entry{revision, std::move(page), bytes, ++m_clock});
    m_bytes += bytes;
    while (m_bytes > MaxBytes || m_entries.size() > MaxEntries) {
        auto victim = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->used < victim->used)
                victim = it;
        }
        m_bytes -= victim->bytes;
        m_entries.erase(victim);
    }
}

qsizetype PageCache::bytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

} // namespace Kezek
