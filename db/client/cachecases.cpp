#include "db/client/cachecases.h"

#include "core/domain/casecodec.h"
#include "core/domain/oversightdigest.h"
#include "core/names/namekey.h"
#include "db/client/cachereads.h"
#include "db/client/cachesettings.h"
#include "db/client/casebodies.h"
#include "db/client/jsonslices.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"
#include "db/storetr.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

namespace {

// The queue columns of the cases a query selects, in this order: id,
// number, state, name, iin, passport_number, received_on, version.
Result<QList<CaseRow>> caseRows(Statement &query)
{
    QList<CaseRow> rows;
    auto read = query.each([&] {
        rows.append({query.text(0),
                     query.text(1),
                     query.text(2),
                     query.text(3),
                     query.text(4),
                     query.text(5),
                     query.text(6),
                     int(query.integer(7)),
                     query.columns() > 8 ? query.text(8) : QString(),
                     query.columns() > 9 ? query.text(9) : QString()});
    });
    if (!read)
        return std::unexpected(read.error());
    return rows;
}

QString marksFor(const QStringList &states)
{
    QStringList marks;
    for (qsizetype i = 0; i < states.size(); ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

CacheCases::CacheCases(Sqlite::Connection &db, CaseBodyCodec &bodies, CacheSettings &settings)
    : m_db(db)
    , m_bodies(bodies)
    , m_settings(settings)
{}

Result<qint64> CacheCases::caseCount()
{
    Statement query(m_db, "SELECT COUNT(*) FROM cases");
    if (auto ok = query.row(); !ok)
        return std::unexpected(ok.error());
    return query.integer(0);
}

namespace {

Result<void> damagedCase(const QString &id)
{
    return fail(QStringLiteral("store.damaged-case"),
                StoreTr::tr("The cached text of case %1 cannot be read, and the case cannot "
                            "be opened on this workstation. Nothing was changed. Tell your IT "
                            "department: the cache is damaged or was written by a newer "
                            "Kezek.")
                    .arg(id));
}

// The case's text, or nullopt when no case has this id.
Result<std::optional<QByteArray>>
caseBody(Sqlite::Connection &db, CaseBodyCodec &bodies, const QString &id)
{
    Statement query(
        db, "SELECT b.body FROM cases c JOIN case_bodies b ON b.case_seq = c.seq WHERE c.id = ?");
    const auto found = query.bind(id).next();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<QByteArray>();
    auto body = caseText(bodies, query, 0);
    if (!body)
        return std::unexpected(damagedCase(id).error());
    return body;
}

} // namespace

Result<std::optional<Case>> CacheCases::findCase(const QString &id)
{
    const auto body = caseBody(m_db, m_bodies, id);
    if (!body || !*body)
        return body ? Result<std::optional<Case>>() : std::unexpected(body.error());
    auto decoded = caseFromJson(QJsonDocument::fromJson(**body).object());
    if (!decoded)
        return std::unexpected(decoded.error());
    return std::optional<Case>(*decoded);
}

namespace {

// A row's members of a case's text, decoded: the rest is not parsed.
Result<CaseGlance> glanceOfText(const QString &id, const QByteArray &body)
{
    const auto members = JsonSlices::members(body);
    if (!members)
        return std::unexpected(damagedCase(id).error());
    // The row's members as an object of their own: the rest is not parsed.
    QByteArray part = "{";
    for (const JsonSlices::Member &member : *members) {
        if (member.name != "id" && member.name != "state" && member.name != "version"
            && member.name != "applicant" && member.name != "checks" && member.name != "clocks")
            continue;
        if (part.size() > 1)
            part += ',';
        part += '"' + member.name.toByteArray() + "\":" + member.value.toByteArray();
    }
    part += '}';
    return caseGlanceFromJson(QJsonDocument::fromJson(part).object());
}

} // namespace

Result<std::optional<CaseGlance>> CacheCases::glanceAt(const QString &id)
{
    const auto body = caseBody(m_db, m_bodies, id);
    if (!body || !*body)
        return body ? Result<std::optional<CaseGlance>>() : std::unexpected(body.error());
    auto decoded = glanceOfText(id, **body);
    if (!decoded)
        return std::unexpected(decoded.error());
    return std::optional<CaseGlance>(*decoded);
}

Result<QHash<QString, CaseGlance>> CacheCases::glancesAt(const QStringList &ids)
{
    QHash<QString, CaseGlance> glances;
    if (ids.isEmpty())
        return glances;
    Statement query(m_db,
                    QStringLiteral("SELECT c.id, b.body FROM cases c JOIN case_bodies b ON "
                                   "b.case_seq = c.seq WHERE c.id IN (%1)")
                        .arg(marksFor(ids))
                        .toUtf8());
    for (const QString &id : ids)
        query.bind(id);
    auto read = query.each([&]() -> Result<void> {
        const QString id = query.text(0);
        const auto body = caseText(m_bodies, query, 1);
        if (!body)
            return damagedCase(id);
        auto decoded = glanceOfText(id, *body);
        if (!decoded)
            return std::unexpected(decoded.error());
        glances.insert(id, *decoded);
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return glances;
}

// One case the oversight read found: its digest when it is of the case's
// version (null when not: its text is read instead).
struct CacheCases::OversightRow
{
    qint64 seq = 0;
    qint64 version = 0;
    QByteArray digest;
};

Result<QList<Case>> CacheCases::casesForOversight(const std::optional<QString> &cityId)
{
    OversightMemory memory;
    if (auto read = refreshOversight(memory, cityId); !read)
        return std::unexpected(read.error());
    return std::move(memory.cases);
}

Result<qsizetype> CacheCases::refreshOversight(OversightMemory &memory,
                                               const std::optional<QString> &cityId)
{
    // SQLite's count of what other connections wrote, asked before the read:
    // a sync that lands during it is read the next time.
    Statement written(m_db, "PRAGMA data_version");
    if (auto ok = written.row(); !ok)
        return std::unexpected(ok.error());
    const qint64 dataVersion = written.integer(0);
    // Its read ends here: the reads below each see the cache as it is, and
    // the digests made are written without waiting on a snapshot.
    written.reset();
    const bool same = memory.filled && memory.cityId == cityId;
    if (same && memory.dataVersion == dataVersion)
        return 0;
    Result<qsizetype> read = 0;
    if (same) {
        read = changedForOversight(memory);
        if (read && *read > 0)
            ++memory.generation;
    } else {
        OversightMemory fresh;
        read = readOversightRows(cityId, nullptr, fresh);
        if (read) {
            fresh.generation = memory.generation + 1;
            memory = std::move(fresh);
        }
    }
    if (!read) {
        // Half moved, perhaps: read whole the next time.
        const quint64 generation = memory.generation;
        memory = {};
        memory.generation = generation + 1;
        return read;
    }
    memory.cityId = cityId;
    memory.filled = true;
    memory.dataVersion = dataVersion;
    return read;
}

Result<qsizetype> CacheCases::changedForOversight(OversightMemory &memory)
{
    // Every case's row and version, in the order a whole read gives them
    // (the index on city and version answers it without the rows): where
    // each was kept, and which are new or at another version.
    const QByteArray select = "SELECT seq, version FROM cases";
    Statement scan(m_db,
                   select + (memory.cityId ? " WHERE city = ? ORDER BY seq" : " ORDER BY seq"));
    if (memory.cityId)
        scan.bind(*memory.cityId);
    QList<qint64> seqs;
    QList<qint64> versions;
    QList<qsizetype> keptAt; // -1: new, or to be read again
    QList<bool> wasThere;    // a row kept before, at whatever version
    seqs.reserve(memory.seqs.size());
    versions.reserve(memory.seqs.size());
    keptAt.reserve(memory.seqs.size());
    QHash<qint64, qsizetype> kept; // built only when the rows moved
    QList<qint64> changed;
    auto scanned = scan.each([&] {
        const qint64 seq = scan.integer(0);
        const qsizetype here = seqs.size();
        qsizetype at = -1;
        if (here < memory.seqs.size() && memory.seqs.at(here) == seq) {
            at = here;
        } else {
            if (kept.isEmpty()) {
                kept.reserve(memory.seqs.size());
                for (qsizetype i = 0; i < memory.seqs.size(); ++i)
                    kept.insert(memory.seqs.at(i), i);
            }
            at = kept.value(seq, -1);
        }
        seqs.append(seq);
        versions.append(scan.integer(1));
        wasThere.append(at >= 0);
        if (at < 0 || memory.versions.at(at) != versions.constLast())
            at = -1;
        keptAt.append(at);
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (auto reused = sameCasesAtTheEnd(memory, seqs, keptAt); !reused)
        return std::unexpected(reused.error());
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        if (keptAt.at(i) < 0)
            changed.append(seqs.at(i));
    }
    OversightMemory read;
    if (auto got = readOversightRows(memory.cityId, &changed, read); !got)
        return got;
    QHash<qint64, qsizetype> readAt;
    for (qsizetype j = 0; j < read.seqs.size(); ++j)
        readAt.insert(read.seqs.at(j), j);
    const auto fresh = [&](qsizetype i) -> std::optional<qsizetype> {
        const qsizetype j = readAt.value(seqs.at(i), -1);
        return j < 0 ? std::nullopt : std::optional(j);
    };
    bool inPlace = seqs.size() == memory.seqs.size();
    for (qsizetype i = 0; inPlace && i < seqs.size(); ++i)
        inPlace = keptAt.at(i) == i
                  || (keptAt.at(i) < 0 && seqs.at(i) == memory.seqs.at(i) && fresh(i));
    const qsizetype before = memory.seqs.size();
    if (inPlace) {
        // The same cases in the same rows (the usual sync): the changed ones
        // replaced where they stand, the rest left untouched.
        for (qsizetype i = 0; i < seqs.size(); ++i) {
            if (keptAt.at(i) >= 0)
                continue;
            const qsizetype j = *fresh(i);
            memory.versions[i] = read.versions.at(j);
            memory.cases[i] = std::move(read.cases[j]);
        }
        return read.cases.size();
    }
    // Cases came or went: the list made again in the cache's order, a case
    // gone between the scan and its read left out.
    OversightMemory next;
    qsizetype stayed = 0; // of the rows kept before, those still there
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        if (keptAt.at(i) >= 0) {
            next.seqs.append(seqs.at(i));
            next.versions.append(versions.at(i));
            next.cases.append(std::move(memory.cases[keptAt.at(i)]));
            ++stayed;
        } else if (const auto j = fresh(i)) {
            next.seqs.append(seqs.at(i));
            next.versions.append(read.versions.at(*j));
            next.cases.append(std::move(read.cases[*j]));
            stayed += wasThere.at(i) ? 1 : 0;
        }
    }
    memory.seqs = std::move(next.seqs);
    memory.versions = std::move(next.versions);
    memory.cases = std::move(next.cases);
    // The cases read, and those gone: either changes the figures.
    return read.cases.size() + (before - stayed);
}

Result<void> CacheCases::sameCasesAtTheEnd(const OversightMemory &memory,
                                           const QList<qint64> &seqs,
                                           QList<qsizetype> &keptAt)
{
    // SQLite gives a new row the number after the last one's, so a number
    // is used again only when every row from it on went: a row kept since
    // the read before is below every number used again. From the last row
    // down, each row's case is asked for until one is the case kept there
    // (most often the very last); a row whose case is another is read again.
    Statement idAt(m_db, "SELECT id FROM cases WHERE seq = ?");
    for (qsizetype i = seqs.size() - 1; i >= 0; --i) {
        const bool wasThere = keptAt.at(i) >= 0;
        const qsizetype before = wasThere ? keptAt.at(i) : memory.seqs.indexOf(seqs.at(i));
        if (before < 0)
            continue; // new: read anyway
        idAt.reset();
        auto found = idAt.bind(seqs.at(i)).next();
        if (!found)
            return std::unexpected(found.error());
        if (*found && idAt.text(0) == memory.cases.at(before).id)
            return {};
        keptAt[i] = -1;
    }
    return {};
}

Result<qsizetype> CacheCases::readOversightRows(const std::optional<QString> &cityId,
                                                const QList<qint64> *seqs,
                                                OversightMemory &into)
{
    // What the figures read of each case (core/domain/oversightdigest.h),
    // kept beside its text: the text is read, unpacked and decoded only for
    // the cases that changed since their digest was made (all of them the
    // first time), and their digests are written after the read. A batch at
    // a time over the cores; never the whole city's text at once.
    constexpr qsizetype BatchSize = 4096;
    // With `seqs`, those cases alone, a part at a time within SQLite's limit
    // on a statement's parameters; without, every case of the city.
    constexpr qsizetype Part = 500;
    // The digests are read alone: joining the texts' table would read a page
    // of it for every case, digest or not.
    const QByteArray select = "SELECT c.seq, c.version, o.version, o.digest FROM cases c LEFT JOIN "
                              "case_oversight o ON o.case_seq = c.seq";
    QList<OversightRow> batch;
    MadeDigests made; // (row, its new digest)
    batch.reserve(BatchSize);
    const auto decodeBatch = [&]() -> Result<void> {
        auto decoded = decodeOversightBatch(batch, into.cases, made);
        batch.clear();
        return decoded;
    };
    const auto readRows = [&](Statement &query) {
        return query.each([&]() -> Result<void> {
            OversightRow row{query.integer(0), query.integer(1), {}};
            if (!query.isNull(2) && query.integer(2) == row.version)
                row.digest = query.bytes(3);
            into.seqs.append(row.seq);
            into.versions.append(row.version);
            batch.append(std::move(row));
            return batch.size() < BatchSize ? Result<void>() : decodeBatch();
        });
    };
    if (!seqs) {
        Statement query(m_db,
                        select + (cityId ? " WHERE c.city = ? ORDER BY c.seq" : " ORDER BY c.seq"));
        if (cityId)
            query.bind(*cityId);
        if (auto read = readRows(query); !read)
            return std::unexpected(read.error());
    }
    for (qsizetype first = 0; seqs && first < seqs->size(); first += Part) {
        const QList<qint64> part = seqs->mid(first, Part);
        QByteArray marks;
        for (qsizetype i = 0; i < part.size(); ++i)
            marks += i ? ",?" : "?";
        Statement query(m_db, select + " WHERE c.seq IN (" + marks + ")");
        for (const qint64 seq : part)
            query.bind(seq);
        if (auto read = readRows(query); !read)
            return std::unexpected(read.error());
    }
    if (auto decoded = decodeBatch(); !decoded)
        return std::unexpected(decoded.error());
    // A digest not kept is made again next time: the figures stand either way.
    (void)keepDigests(made);
    return into.cases.size();
}

Result<void>
CacheCases::decodeOversightBatch(QList<OversightRow> &batch, QList<Case> &cases, MadeDigests &made)
{
    QList<QByteArray> digests;
    digests.reserve(batch.size());
    for (const OversightRow &row : std::as_const(batch))
        digests.append(row.digest);
    QList<std::optional<Case>> slots = casesFromOversightDigests(digests);
    // No digest, or one of another format: the case's text, decoded and
    // digested again.
    Statement text(m_db, "SELECT body FROM case_bodies WHERE case_seq = ?");
    QList<QByteArray> bodies;
    QList<qsizetype> where;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (slots.at(i))
            continue;
        text.reset();
        auto found = text.bind(batch.at(i).seq).next();
        if (!found)
            return std::unexpected(found.error());
        std::optional<QByteArray> body
            = *found ? caseText(m_bodies, text, 0) : std::optional<QByteArray>();
        if (!body)
            return damagedCase(QString::number(batch.at(i).seq));
        bodies.append(std::move(*body));
        where.append(i);
    }
    QList<Case> decoded;
    if (auto ok = casesForOversightFromJson(bodies, decoded); !ok)
        return ok;
    for (qsizetype k = 0; k < where.size(); ++k) {
        const qsizetype i = where.at(k);
        made.append({OversightRow{batch.at(i).seq, batch.at(i).version, {}},
                     oversightDigest(decoded.at(k))});
        slots[i] = std::move(decoded[k]);
    }
    for (std::optional<Case> &c : slots)
        cases.append(std::move(*c));
    return {};
}

Result<void> CacheCases::keepDigests(const MadeDigests &made)
{
    if (made.isEmpty())
        return {};
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Statement keep(m_db,
                   "INSERT OR REPLACE INTO case_oversight (case_seq, version, digest) "
                   "VALUES (?, ?, ?)");
    for (const auto &[row, digest] : made) {
        keep.reset();
        if (auto ok = keep.bind(row.seq).bind(row.version).bindBlob(digest).run(); !ok)
            return ok;
    }
    return transaction->commit();
}

Result<QList<CaseRow>> CacheCases::rowsOf(const QStringList &ids)
{
    // A figure may name thousands of cases: read in parts that stay well
    // within SQLite's limit on a statement's parameters.
    constexpr qsizetype Part = 500;
    QList<CaseRow> rows;
    for (qsizetype first = 0; first < ids.size(); first += Part) {
        const QStringList part = ids.mid(first, Part);
        Statement query(m_db,
                        QStringLiteral("SELECT id, number, state, name, iin, passport_number, "
                                       "received_on, version FROM cases WHERE id IN (%1)")
                            .arg(marksFor(part))
                            .toUtf8());
        for (const QString &id : part)
            query.bind(id);
        auto read = caseRows(query);
        if (!read)
            return std::unexpected(read.error());
        rows.append(*read);
    }
    std::sort(rows.begin(), rows.end(), [](const CaseRow &a, const CaseRow &b) {
        return a.receivedOn != b.receivedOn ? a.receivedOn > b.receivedOn : a.number > b.number;
    });
    return rows;
}

namespace {

// What a search looks for, and how: the term for the number, IIN and
// passport number, the words of a name, and the parameters they take.
struct SearchTerms
{
    QString upper;
    QStringList words;
    bool bulk = false;
    QString names; // the name's part of the query, by its words ("" for none)
    int next = 4;  // the number of the next free parameter
    int limit = 0;
    CacheCases::SearchScope scope;
    bool fewNeedAttention = false; // the overdue list is short: read it whole
};

// Every part is an index range, [term, term + U+FFFF): the number, IIN and
// passport number by their start, the name by the start of each of its words'
// keys (all the words typed must match), so that "Мюл" finds "MUELLER" and
// "Али" finds "Әлиев" (core/names/namekey.h). While a first sync loads
// (`bulk`: the keys are found once it ends, see beginBulkLoad), names are read
// from the cases themselves as they were written: slower, but the officer
// finds the case meanwhile.
SearchTerms
searchTerms(const QString &term, int limit, const CacheCases::SearchScope &scope, bool bulk)
{
    SearchTerms terms{term.toUpper(),
                      (bulk ? nameWords(term.toLower()) : nameKeys(term)).mid(0, 4),
                      bulk,
                      {},
                      4,
                      limit,
                      scope};
    QStringList byName;
    for (qsizetype i = 0; i < terms.words.size(); ++i, terms.next += bulk ? 1 : 2) {
        byName.append(
            bulk ? QStringLiteral("SELECT id AS case_id FROM cases WHERE ' ' || replace(name, "
                                  "'-', ' ') LIKE ?%1 ESCAPE '!'")
                       .arg(terms.next)
                 : QStringLiteral("SELECT case_id FROM case_words WHERE word >= ?%1 "
                                  "AND word < ?%2")
                       .arg(terms.next)
                       .arg(terms.next + 1));
    }
    terms.names = byName.join(QStringLiteral(" INTERSECT "));
    return terms;
}

// A search's query, `sql`, with the terms bound.
Result<QList<CaseRow>>
runSearch(Sqlite::Connection &db, const SearchTerms &terms, const QString &sql)
{
    Statement query(db, sql.toUtf8());
    query.bind(terms.upper).bind(terms.upper + QChar(0xFFFF)).bind(qint64(terms.limit));
    for (QString word : terms.words) {
        if (terms.bulk) {
            word.replace(u'!', QStringLiteral("!!"))
                .replace(u'%', QStringLiteral("!%"))
                .replace(u'_', QStringLiteral("!_"));
            query.bind(QStringLiteral("% ") + word + u'%');
        } else {
            query.bind(word).bind(word + QChar(0xFFFF));
        }
    }
    if (sql.contains(u"state IN")) {
        for (const QString &state : terms.scope.states)
            query.bind(state);
    }
    if (sql.contains(u"case_due"))
        query.bind(terms.scope.attentionOn->toString(Qt::ISODate));
    return caseRows(query);
}

constexpr QLatin1StringView SearchColumns("SELECT id, number, state, name, iin, passport_number, "
                                          "received_on, version FROM cases");

// The first `limit` matches anywhere, kept when they are in the scope's
// stages; nullopt when they may not be all of those in scope. Each part
// stops at `limit` matches, so that a prefix every case shares ("DNR-")
// costs as little as a rare one.
Result<std::optional<QList<CaseRow>>> searchEverywhere(Sqlite::Connection &db,
                                                       const SearchTerms &terms)
{
    auto all = runSearch(
        db,
        terms,
        QStringLiteral("%1 WHERE id IN (SELECT id FROM (SELECT id FROM cases WHERE number >= "
                       "?1 AND number < ?2 LIMIT ?3) UNION SELECT id FROM (SELECT id FROM "
                       "cases WHERE iin >= ?1 AND iin < ?2 LIMIT ?3) UNION SELECT id FROM "
                       "(SELECT id FROM cases WHERE passport_number >= ?1 AND passport_number "
                       "< ?2 LIMIT ?3)%2) ORDER BY received_on DESC LIMIT ?3")
            .arg(SearchColumns,
                 terms.names.isEmpty() ? QString()
                                       : QStringLiteral(" UNION SELECT case_id FROM (SELECT "
                                                        "case_id FROM (%1) LIMIT ?3)")
                                             .arg(terms.names)));
    if (!all)
        return std::unexpected(all.error());
    QList<CaseRow> inScope;
    for (const CaseRow &row : std::as_const(*all)) {
        if (terms.scope.states.isEmpty() || terms.scope.states.contains(row.state))
            inScope.append(row);
    }
    // Whole when no part reached its limit, or when all of it is in scope.
    if (all->size() < terms.limit || inScope.size() == all->size())
        return std::optional<QList<CaseRow>>(inScope);
    return std::optional<QList<CaseRow>>();
}

// Of `rows`, those whose deadline needs attention on `day`: one look at the
// kept deadlines of a few hundred cases, not a pass over the list.
Result<QList<CaseRow>>
needingAttentionAmong(Sqlite::Connection &db, const QList<CaseRow> &rows, QDate day)
{
    if (rows.isEmpty())
        return rows;
    QStringList marks;
    for (qsizetype i = 0; i < rows.size(); ++i)
        marks.append(QStringLiteral("?"));
    Statement query(db,
                    QStringLiteral("SELECT case_id FROM case_due WHERE case_id IN (%1) AND "
                                   "attention <> '' AND attention <= ?")
                        .arg(marks.join(u','))
                        .toUtf8());
    for (const CaseRow &row : rows)
        query.bind(row.id);
    query.bind(day.toString(Qt::ISODate));
    QSet<QString> due;
    auto read = query.each([&] { due.insert(query.text(0)); });
    if (!read)
        return std::unexpected(read.error());
    QList<CaseRow> kept;
    for (const CaseRow &row : rows) {
        if (due.contains(row.id))
            kept.append(row);
    }
    return kept;
}

// The queue's own cases are searched: for a broad term whose first `limit`
// matches are mostly elsewhere, so that none of them is missed, and for the
// overdue queue.
Result<QList<CaseRow>> searchInScope(Sqlite::Connection &db, const SearchTerms &terms)
{
    int next = terms.next;
    QStringList marks;
    for (qsizetype i = 0; i < terms.scope.states.size(); ++i)
        marks.append(QStringLiteral("?%1").arg(next++));
    return runSearch(
        db,
        terms,
        QStringLiteral("%1 c WHERE %2(number >= ?1 AND number < ?2 OR iin >= ?1 AND iin < "
                       "?2 OR passport_number >= ?1 AND passport_number < ?2%3)%4 ORDER BY "
                       "received_on DESC LIMIT ?3")
            .arg(SearchColumns,
                 marks.isEmpty() ? QString()
                                 : QStringLiteral("state IN (%1) AND ").arg(marks.join(u',')),
                 terms.names.isEmpty() ? QString()
                                       : QStringLiteral(" OR id IN (%1)").arg(terms.names),
                 // A short overdue list is read whole first; a long one is
                 // looked up per case as the newest are read, so that a broad
                 // term stops at its limit.
                 !terms.scope.attentionOn ? QString()
                 : terms.fewNeedAttention
                     ? QStringLiteral(" AND id IN (SELECT case_id FROM case_due WHERE "
                                      "attention <> '' AND attention <= ?%1)")
                           .arg(next)
                     : QStringLiteral(" AND EXISTS (SELECT 1 FROM case_due d WHERE d.case_id "
                                      "= c.id AND d.attention <> '' AND d.attention <= ?%1)")
                           .arg(next)));
}

} // namespace

Result<QList<CaseRow>> CacheCases::search(const QString &text, int limit, const SearchScope &scope)
{
    const QString term = text.trimmed();
    if (term.isEmpty())
        return QList<CaseRow>();
    auto loading = m_settings.setting(QStringLiteral("bulk-indexes"), false);
    if (!loading)
        return std::unexpected(loading.error());
    SearchTerms terms = searchTerms(term, limit, scope, !loading->isEmpty());
    auto found = searchEverywhere(m_db, terms);
    if (!found)
        return std::unexpected(found.error());
    if (*found && !scope.attentionOn)
        return **found;
    if (*found) {
        // The newest matches, those of them on the overdue list: whole when
        // the matches were, or when every one of them is on it.
        auto kept = needingAttentionAmong(m_db, **found, *scope.attentionOn);
        if (!kept || kept->size() == (*found)->size() || (*found)->size() < limit)
            return kept;
    }
    if (scope.attentionOn) {
        auto listed = countNeedingAttention(scope.states, *scope.attentionOn);
        if (!listed)
            return std::unexpected(listed.error());
        terms.fewNeedAttention = *listed < 5000;
    }
    return searchInScope(m_db, terms);
}

Result<QList<CaseRow>> CacheCases::findByPermitNumber(const QString &number)
{
    Statement query(m_db,
                    "SELECT id, number, state, name, iin, passport_number, received_on, version "
                    "FROM cases WHERE permit_number IN (?, ?) AND permit_number <> '' ORDER BY "
                    "received_on DESC LIMIT 20");
    query.bind(number.trimmed()).bind(number.trimmed().toUpper());
    return caseRows(query);
}

namespace {

// What a queue's order sorts by, and the row's key for the page after it.
struct OrderColumn
{
    QString column;
    QString key;
};

OrderColumn orderColumn(CaseOrder order, const CaseRow *after)
{
    const auto key = [after](QString CaseRow::*field) {
        return after ? after->*field : QString();
    };
    switch (order) {
    case CaseOrder::Number:
        return {QStringLiteral("c.number"), key(&CaseRow::number)};
    case CaseOrder::Name:
        return {QStringLiteral("c.name"), key(&CaseRow::name)};
    case CaseOrder::Iin:
        return {QStringLiteral("c.iin"), key(&CaseRow::iin)};
    case CaseOrder::Passport:
        return {QStringLiteral("c.passport_number"), key(&CaseRow::passportNumber)};
    case CaseOrder::State:
        return {QStringLiteral("c.state"), key(&CaseRow::state)};
    case CaseOrder::City:
        return {QStringLiteral("c.city"), key(&CaseRow::sortKey)};
    case CaseOrder::Holder:
        // The holder by the name the server gave (kept in meta, see
        // CacheClaims::rememberNames), else by the account; "" for none.
        return {QStringLiteral("COALESCE(p.value, h.holder, '')"), key(&CaseRow::sortKey)};
    case CaseOrder::ReceivedOn:
    case CaseOrder::Deadline:
        break;
    }
    return {QStringLiteral("c.received_on"), key(&CaseRow::receivedOn)};
}

} // namespace

Result<QList<CaseRow>> CacheCases::queue(const QStringList &states,
                                         CaseOrder order,
                                         bool descending,
                                         int limit,
                                         const CaseRow *after,
                                         const QString &city)
{
    if (states.isEmpty())
        return QList<CaseRow>();
    if (order == CaseOrder::Deadline)
        return queueByDeadline(states, descending, limit, after, city);
    const OrderColumn by = orderColumn(order, after);
    const QLatin1String direction = descending ? QLatin1String("DESC") : QLatin1String("ASC");
    const QLatin1String beyond = descending ? QLatin1String("<") : QLatin1String(">");
    // A running claim's holder, as the list shows it (CacheClaims::holdersAt).
    const bool byHolder = order == CaseOrder::Holder;
    const QString holders = byHolder
                                ? QStringLiteral(" LEFT JOIN claims h ON h.case_id = c.id AND "
                                                 "h.status <> 'release' AND (h.expires_at = '' "
                                                 "OR h.expires_at > ?) LEFT JOIN meta p ON "
                                                 "p.key = 'person.' || h.holder")
                                : QString();
    // The number breaks ties, so that the order is total and a page starts
    // right after the row the one before ended on.
    const QByteArray sql
        = QStringLiteral("SELECT c.id, c.number, c.state, c.name, c.iin, c.passport_number, "
                         "c.received_on, c.version, '', %6 FROM cases c%5 WHERE c.state IN "
                         "(%1)%4 ORDER BY %2 %3, c.number %3 LIMIT ?")
              .arg(marksFor(states),
                   by.column,
                   direction,
                   (city.isEmpty() ? QString() : QStringLiteral(" AND c.city = ?"))
                       + (after ? QStringLiteral(" AND (%1, c.number) %2 (?, ?)")
                                      .arg(by.column, beyond)
                                : QString()),
                   holders,
                   by.column)
              .toUtf8();
    Statement query(m_db, sql);
    if (byHolder) {
        auto now = m_settings.serverTime(QDateTime::currentDateTimeUtc());
        if (!now)
            return std::unexpected(now.error());
        query.bind(now->toUTC().toString(Qt::ISODate));
    }
    for (const QString &state : states)
        query.bind(state);
    if (!city.isEmpty())
        query.bind(city);
    if (after)
        query.bind(by.key).bind(after->number);
    query.bind(qint64(limit));
    return caseRows(query);
}

Result<QList<CaseRow>> CacheCases::queueByDeadline(const QStringList &states,
                                                   bool descending,
                                                   int limit,
                                                   const CaseRow *after,
                                                   const QString &city)
{
    const QLatin1String direction = descending ? QLatin1String("DESC") : QLatin1String("ASC");
    const QLatin1String beyond = descending ? QLatin1String("<") : QLatin1String(">");
    // The cases without a deadline come last either way.
    const QByteArray sql
        = QStringLiteral("SELECT c.id, c.number, c.state, c.name, c.iin, c.passport_number, "
                         "c.received_on, c.version, COALESCE(d.due, '') FROM cases c LEFT "
                         "JOIN case_due d ON d.case_id = c.id WHERE c.state IN (%1)%3 ORDER "
                         "BY COALESCE(d.due, '') = '', COALESCE(d.due, '') %2, c.number %2 "
                         "LIMIT ?")
              .arg(marksFor(states),
                   direction,
                   (city.isEmpty() ? QString() : QStringLiteral(" AND c.city = ?"))
                       + (after ? QStringLiteral(" AND ((COALESCE(d.due, '') = '') > ? OR "
                                                 "((COALESCE(d.due, '') = '') = ? AND "
                                                 "(COALESCE(d.due, ''), c.number) %1 (?, ?)))")
                                      .arg(beyond)
                                : QString()))
              .toUtf8();
    Statement query(m_db, sql);
    for (const QString &state : states)
        query.bind(state);
    if (!city.isEmpty())
        query.bind(city);
    if (after) {
        const qint64 none = after->due.isEmpty() ? 1 : 0;
        query.bind(none).bind(none).bind(after->due).bind(after->number);
    }
    query.bind(qint64(limit));
    return caseRows(query);
}

Result<QHash<QString, QString>> CacheCases::citiesOf(const QStringList &ids)
{
    constexpr qsizetype Part = 500;
    QHash<QString, QString> cities;
    for (qsizetype first = 0; first < ids.size(); first += Part) {
        const QStringList part = ids.mid(first, Part);
        Statement query(m_db,
                        QStringLiteral("SELECT id, city FROM cases WHERE id IN (%1)")
                            .arg(marksFor(part))
                            .toUtf8());
        for (const QString &id : part)
            query.bind(id);
        auto read = query.each([&] { cities.insert(query.text(0), query.text(1)); });
        if (!read)
            return std::unexpected(read.error());
    }
    return cities;
}

Result<QHash<QString, qint64>> CacheCases::countsByState()
{
    return countsBy(m_db, "SELECT state, COUNT(*) FROM cases GROUP BY state");
}

Result<int> CacheCases::refreshDueDates(const DueOf &nextDue, int limit, qint64 &position)
{
    // One pass in row order: a batch never reads again what the one before
    // it already saw.
    Statement stale(m_db,
                    "SELECT c.seq, c.id, c.version, c.state, b.body, c.number FROM cases c JOIN "
                    "case_bodies b ON b.case_seq = c.seq LEFT JOIN case_due d ON d.case_id = "
                    "c.id WHERE c.seq > ? AND (d.version IS NULL OR d.version <> c.version OR "
                    "d.state <> c.state) ORDER BY c.seq LIMIT ?");
    stale.bind(position).bind(qint64(limit));
    struct Due
    {
        QString id;
        qint64 version;
        QString state;
        QString due;
        QString attention;
        QString clock;
        QString number;
    };
    QList<Due> worked;
    auto read = stale.each([&] {
        position = stale.integer(0);
        Due due{stale.text(1), stale.integer(2), stale.text(3), {}, {}, {}, stale.text(5)};
        // Only the clocks are read; a case whose clocks cannot be read keeps
        // no deadline rather than stopping the rest.
        const QByteArray body = caseText(m_bodies, stale, 4).value_or(QByteArray());
        for (const JsonSlices::Member &member :
             JsonSlices::members(body).value_or(QList<JsonSlices::Member>())) {
            if (member.name != "clocks")
                continue;
            const QByteArray holder = "{\"clocks\":" + member.value.toByteArray() + '}';
            const auto clocks = clocksFromJson(QJsonDocument::fromJson(holder).object());
            if (const auto next = clocks ? nextDue(*clocks) : std::nullopt) {
                due.due = next->due.toString(Qt::ISODate);
                due.attention = next->attention.toString(Qt::ISODate);
                due.clock = next->clock;
            }
        }
        worked.append(due);
    });
    if (!read)
        return std::unexpected(read.error());
    if (worked.isEmpty())
        return 0;
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Prepared once for the batch.
    Statement drop(m_db, "DELETE FROM case_due WHERE case_id = ?");
    Statement keep(m_db,
                   "INSERT INTO case_due (case_id, version, state, due, attention, clock, number) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Result<void> done;
    for (qsizetype i = 0; done && i < worked.size(); ++i) {
        const Due &due = worked.at(i);
        drop.reset();
        keep.reset();
        done = drop.bind(due.id).run();
        if (done) {
            done = keep.bind(due.id)
                       .bind(due.version)
                       .bind(due.state)
                       .bind(due.due)
                       .bind(due.attention)
                       .bind(due.clock)
                       .bind(due.number)
                       .run();
        }
    }
    if (done)
        done = transaction->commit();
    if (!done)
        return std::unexpected(done.error());
    return int(worked.size());
}

Result<QList<CaseRow>> CacheCases::needingAttention(
    const QStringList &states, QDate date, int limit, const CaseRow *after, const QString &city)
{
    const QByteArray sql
        // Walked in the order shown, on one index that holds what the
        // filter reads: a page of a list of 100,000 cases stops at its
        // last row instead of sorting them all.
        = QStringLiteral("SELECT c.id, c.number, c.state, c.name, c.iin, c.passport_number, "
                         "c.received_on, c.version, d.due FROM case_due d INDEXED BY "
                         "case_due_order JOIN cases c ON c.id = d.case_id WHERE d.due > '' AND "
                         "d.state IN (%1) AND d.attention <> '' AND d.attention <= ?%2 ORDER BY "
                         "d.due, d.number LIMIT ?")
              .arg(marksFor(states),
                   (city.isEmpty() ? QString() : QStringLiteral(" AND c.city = ?"))
                       + (after ? QStringLiteral(" AND (d.due, d.number) > (?, ?)") : QString()))
              .toUtf8();
    Statement query(m_db, sql);
    for (const QString &state : states)
        query.bind(state);
    query.bind(date.toString(Qt::ISODate));
    if (!city.isEmpty())
        query.bind(city);
    if (after)
        query.bind(after->due).bind(after->number);
    query.bind(qint64(limit));
    return caseRows(query);
}

Result<qint64> CacheCases::countNeedingAttention(const QStringList &states, QDate date)
{
    const QByteArray sql
        = QStringLiteral("SELECT COUNT(*) FROM case_due WHERE state IN (%1) AND attention <> '' "
                         "AND attention <= ?")
              .arg(marksFor(states))
              .toUtf8();
    Statement query(m_db, sql);
    for (const QString &state : states)
        query.bind(state);
    if (auto ok = query.bind(date.toString(Qt::ISODate)).row(); !ok)
        return std::unexpected(ok.error());
    return query.integer(0);
}

Result<void> CacheCases::markDueDatesStale()
{
    // refreshDueDates takes the rows whose version differs; the old dates
    // stand meanwhile.
    return m_db.exec("UPDATE case_due SET version = -1");
}

} // namespace Kezek
