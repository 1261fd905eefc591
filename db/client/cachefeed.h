#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kezek {

namespace Sqlite {
class Connection;
}
class CacheOutbox;
class CacheSettings;
class CaseBodyCodec;
namespace JsonSlices {
struct Member;
struct Object;
} // namespace JsonSlices

// The changes feed as the cache keeps it: the pages the server sends,
// each written whole with its cursor, and the indexes the queues and the
// search read.
class CacheFeed
{
public:
    // `bodies` packs the cases' text; `settings` keeps the feed's
    // bookkeeping; `outbox` forgets the commands a page brings the version of.
    CacheFeed(Sqlite::Connection &db,
              CaseBodyCodec &bodies,
              CacheSettings &settings,
              CacheOutbox &outbox);
    CacheFeed(const CacheFeed &) = delete;
    CacheFeed &operator=(const CacheFeed &) = delete;

    // The sync cursor and the version of the law's data last seen.
    Result<qint64> cursor();
    Result<QString> lawVersion();
    // The law's data itself ({version, calendar, reasons}), as the server
    // sent it at the last sync that brought a new version; empty before.
    Result<QByteArray> law();
    Result<void> setLaw(const QByteArray &json);
    // One page of the changes feed, with its cursor, in one transaction: an
    // interrupted pull resumes from the last page applied whole.
    Result<void> applyPage(const QList<QJsonObject> &cases,
                           const QList<QJsonObject> &documents,
                           qint64 next,
                           const QString &lawVersion);

    // The same from a page as the server sent it ({"cases": [...],
    // "documents": [...]}): each case is kept as the bytes it came in.
    // Answers how many cases the page held.
    Result<qsizetype>
    applyPageBytes(const QByteArray &page, qint64 next, const QString &lawVersion);
    // The same from a page already read (JsonSlices::objectsUnder): its
    // top-level members and its cases, slices of `page`.
    Result<qsizetype> applyReadPage(const QByteArray &page,
                                    const QList<JsonSlices::Member> &top,
                                    const QList<JsonSlices::Object> &cases,
                                    qint64 next,
                                    const QString &lawVersion);

    // A case made ready to be written: checked, its queue columns as UTF-8,
    // its text a slice of the page (packed as it is written).
    struct PreparedCase
    {
        QByteArray id;
        QByteArray number;
        QByteArray city;
        QByteArray state;
        qint64 version = -1;
        QByteArray iin;
        QByteArray passportNumber;
        QByteArray permitNumber;
        QByteArray name; // "surname given names", lowercased
        QByteArray receivedOn;
        QByteArrayView text;
    };
    // A page made ready to be written, keeping the page's bytes its cases'
    // text is sliced from (shared with the caller's, not copied).
    struct PreparedPage
    {
        QByteArray source;
        QList<PreparedCase> cases;
        QList<QJsonObject> documents;
        qint64 next = 0;
        QString lawVersion;
    };
    // applyReadPage in two halves, so that a sync reads and checks the next
    // page while this one is written: `top` and `cases` are slices of `page`.
    // Preparing touches nothing of the cache: it may run on one thread while
    // writePage runs on another. Writing is one transaction, as applyPage; it
    // answers how many cases the page held.
    Result<PreparedPage> preparePage(const QByteArray &page,
                                     const QList<JsonSlices::Member> &top,
                                     const QList<JsonSlices::Object> &cases,
                                     qint64 next,
                                     const QString &lawVersion) const;
    Result<qsizetype> writePage(const PreparedPage &page);

    // A first sync of many cases loads faster without the queues' indexes:
    // they are dropped, and built once when the load ends (or when the cache
    // is next opened, if the load was cut short). Pages are kept whole and
    // resumable all the same.
    Result<void> beginBulkLoad();
    Result<void> endBulkLoad();

    // When the cache opens: cases cached before the permit number had its
    // column get it (version 5); a bulk load cut short (the program killed),
    // or names not yet split into words, gets the queues' indexes built now,
    // before anyone searches.
    Result<void> fillPermitNumbers();
    Result<void> buildMissingIndexes();

private:
    Sqlite::Connection &m_db;
    CaseBodyCodec &m_bodies;
    CacheSettings &m_settings;
    CacheOutbox &m_outbox;
    bool m_bulk = false;
};

} // namespace Kezek
