#pragma once

#include "core/domain/case.h"
#include "core/domain/casecodec.h"
#include "core/result/result.h"
#include "db/client/cacherows.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace Kezek {

namespace Sqlite {
class Connection;
}
class CacheSettings;
class CaseBodyCodec;

// The cached cases: each read whole, found by a search, listed in the
// queues, and their deadlines kept beside them.
class CacheCases
{
public:
    // `bodies` unpacks the cases' text; `settings` tells whether a first
    // sync is loading (its words are not found yet).
    CacheCases(Sqlite::Connection &db, CaseBodyCodec &bodies, CacheSettings &settings);
    CacheCases(const CacheCases &) = delete;
    CacheCases &operator=(const CacheCases &) = delete;

    Result<qint64> caseCount();
    Result<std::optional<Case>> findCase(const QString &id);
    // What a queue's row shows of a case, read from those members of its text
    // alone: a row is on screen faster than a case opened whole.
    Result<std::optional<CaseGlance>> glanceAt(const QString &id);
    // The same for the rows of a page at once, by case id (a case not in
    // the cache is left out): one read for the rows on screen, not one each.
    Result<QHash<QString, CaseGlance>> glancesAt(const QStringList &ids);
    // Every case of a city (by its id), or of every city, as the figures of
    // oversight count it (issue 30): what core/domain/oversightdigest.h keeps
    // of it, read from the digest kept beside its text, made again from the
    // text for the cases that changed since.
    Result<QList<Case>> casesForOversight(const std::optional<QString> &cityId);
    // The same cases kept between two reads, by whoever asks again and again
    // (the dashboard's loader, over its own connection): the next read
    // unpacks only the cases added or changed since, drops those gone, and
    // reads nothing at all when no other connection wrote to the cache.
    struct OversightMemory
    {
        std::optional<QString> cityId;
        bool filled = false;
        qint64 dataVersion = -1; // SQLite's data_version at the last read
        QList<qint64> seqs;      // each case's row, in the cache's order
        QList<qint64> versions;  // and its version, as `cases` holds it
        QList<Case> cases;
        // Counts every change of what is kept: a question answered at the
        // same generation has the same cases to count.
        quint64 generation = 0;
    };
    // How many cases were read again or left (0: the memory stood).
    Result<qsizetype> refreshOversight(OversightMemory &memory,
                                       const std::optional<QString> &cityId);
    // The queue columns of these cases (a case not in the cache is left out),
    // newest first: the cases a dashboard's figure names, as a list.
    Result<QList<CaseRow>> rowsOf(const QStringList &ids);
    // By case number, IIN or passport number (exact or prefix), or by name
    // (any word's prefix), newest first; within a queue when `scope` says
    // (its stages, and for the overdue queue the deadlines needing attention).
    struct SearchScope
    {
        QStringList states; // empty: every stage
        std::optional<QDate> attentionOn;
    };
    Result<QList<CaseRow>> search(const QString &text, int limit, const SearchScope &scope = {});
    // The cases whose preliminary permit has this number (§21): an arrival.
    Result<QList<CaseRow>> findByPermitNumber(const QString &number);
    // A queue: the cases in `states`, a page of them in the order asked for
    // (only the columns the queues index), from the one after `after` (the
    // last row of the page before): a sync that changes the queue between
    // two pages neither repeats nor skips a case.
    // With `city` (its id), that city's cases alone.
    Result<QList<CaseRow>> queue(const QStringList &states,
                                 CaseOrder order,
                                 bool descending,
                                 int limit,
                                 const CaseRow *after = nullptr,
                                 const QString &city = {});
    // The city of each of these cases, by case id (a list filtered by city).
    Result<QHash<QString, QString>> citiesOf(const QStringList &ids);
    Result<QHash<QString, qint64>> countsByState();

    // Deadlines kept beside the cases (the first running duty clock of each):
    // worked out by `nextDue` from the clocks of the cases whose version
    // changed since, at most `limit` at a time, going on from `position`
    // (0 at first); how many were worked out, 0 when all are current.
    struct KeptDeadline
    {
        QDate due;
        QDate attention; // the first day its chip is amber (warningFrom)
        QString clock;
    };
    using DueOf = std::function<std::optional<KeptDeadline>(const QList<DeadlineClock> &)>;
    Result<int> refreshDueDates(const DueOf &nextDue, int limit, qint64 &position);
    // The cases in `states` whose deadline needs attention on `date` (amber
    // or past, by each clock's own threshold, as the chips show it): a page
    // of them, the soonest due first, and how many.
    Result<QList<CaseRow>> needingAttention(const QStringList &states,
                                            QDate date,
                                            int limit,
                                            const CaseRow *after = nullptr,
                                            const QString &city = {});
    Result<qint64> countNeedingAttention(const QStringList &states, QDate date);
    // Every kept deadline is worked out again at the next refreshDueDates
    // (a new calendar); until then the old ones stand.
    Result<void> markDueDatesStale();

private:
    struct OversightRow;
    using MadeDigests = QList<std::pair<OversightRow, QByteArray>>;
    Result<void>
    decodeOversightBatch(QList<OversightRow> &batch, QList<Case> &cases, MadeDigests &made);
    Result<qsizetype> readOversightRows(const std::optional<QString> &cityId,
                                        const QList<qint64> *seqs,
                                        OversightMemory &into);
    Result<qsizetype> changedForOversight(OversightMemory &memory);
    Result<void> sameCasesAtTheEnd(const OversightMemory &memory,
                                   const QList<qint64> &seqs,
                                   QList<qsizetype> &keptAt);
    Result<void> keepDigests(const MadeDigests &made);
    Result<QList<CaseRow>> queueByDeadline(const QStringList &states,
                                           bool descending,
                                           int limit,
                                           const CaseRow *after,
                                           const QString &city);

    Sqlite::Connection &m_db;
    CaseBodyCodec &m_bodies;
    CacheSettings &m_settings;
};

} // namespace Kezek
