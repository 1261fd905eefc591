#include "db/client/cachefeed.h"

#include "core/domain/casecodec.h"
#include "core/names/namekey.h"
#include "db/client/cacheoutbox.h"
#include "db/client/cachereads.h"
#include "db/client/cachesettings.h"
#include "db/client/casebodies.h"
#include "db/client/jsonslices.h"
#include "db/sqlite/connection.h"
#include "db/sqlite/statement.h"
#include "db/sqlite/transaction.h"
#include "db/storetr.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <vector>

namespace Kezek {

using Sqlite::Statement;
using Sqlite::Transaction;

CacheFeed::CacheFeed(Sqlite::Connection &db,
                     CaseBodyCodec &bodies,
                     CacheSettings &settings,
                     CacheOutbox &outbox)
    : m_db(db)
    , m_bodies(bodies)
    , m_settings(settings)
    , m_outbox(outbox)
{}

Result<qint64> CacheFeed::cursor()
{
    Statement query(m_db, "SELECT value FROM meta WHERE key = 'cursor'");
    if (auto ok = query.row(); !ok)
        return std::unexpected(ok.error());
    return query.text(0).toLongLong();
}

Result<QString> CacheFeed::lawVersion()
{
    Statement query(m_db, "SELECT value FROM meta WHERE key = 'law'");
    if (auto ok = query.row(); !ok)
        return std::unexpected(ok.error());
    return query.text(0);
}

Result<QByteArray> CacheFeed::law()
{
    auto json = m_settings.setting(QStringLiteral("law-book"), false);
    if (!json)
        return std::unexpected(json.error());
    return json->toUtf8();
}

Result<void> CacheFeed::setLaw(const QByteArray &json)
{
    return Statement(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('law-book', ?)")
        .bindText(json)
        .run();
}

namespace {

// A case as the cache indexes it: its columns as UTF-8, its text the bytes
// it came in.
using IndexedCase = CacheFeed::PreparedCase;

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

Result<void> CacheFeed::fillPermitNumbers()
{
    auto stale = m_settings.setting(QStringLiteral("permits-stale"), false);
    if (!stale)
        return std::unexpected(stale.error());
    if (stale->isEmpty())
        return {};
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> done;
    {
        Statement bodies(m_db,
                         "SELECT c.id, b.body FROM cases c JOIN case_bodies b ON b.case_seq = "
                         "c.seq");
        Statement update(m_db, "UPDATE cases SET permit_number = ? WHERE id = ?");
        done = bodies.each([&]() -> Result<void> {
            const auto body = caseText(m_bodies, bodies, 1);
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
        done = m_db.exec("DELETE FROM meta WHERE key = 'permits-stale'");
    if (!done)
        return done;
    return transaction->commit();
}

Result<void> CacheFeed::applyPage(const QList<QJsonObject> &cases,
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
CacheFeed::applyPageBytes(const QByteArray &page, qint64 next, const QString &lawVersion)
{
    // One strict reading of the whole page, each case's members with it.
    QList<JsonSlices::Member> top;
    const auto cases = JsonSlices::objectsUnder(page, "cases", &top);
    if (!cases)
        return malformedPage();
    return applyReadPage(page, top, *cases, next, lawVersion);
}

Result<qsizetype> CacheFeed::applyReadPage(const QByteArray &page,
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

Result<CacheFeed::PreparedPage> CacheFeed::preparePage(const QByteArray &page,
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

namespace {

using PreparedCase = CacheFeed::PreparedCase;

// The statements a page is written with, prepared once for the page.
class PageWriter
{
public:
    PageWriter(Sqlite::Connection &db, CaseBodyCodec &bodies, bool bulk);

    Result<void> writeCase(const PreparedCase &c);
    Result<void> writeDocuments(const QList<QJsonObject> &documents);

private:
    // Where a case's row stands once its columns are written.
    struct Placed
    {
        bool older = false; // the cache holds a newer version: nothing written
        bool known = false; // the row was there already, as `seq`, named `oldName`
        qint64 seq = 0;
        QByteArray oldName;
    };
    Statement &bindColumns(Statement &row, const PreparedCase &c);
    Result<Placed> placeRow(const PreparedCase &c);
    Result<void> writeBody(const PreparedCase &c, const Placed &placed);
    Result<void> rewriteWords(const PreparedCase &c, const QByteArray &oldName);

    Sqlite::Connection &m_db;
    CaseBodyCodec &m_bodies;
    bool m_bulk;
    Statement m_existing;
    Statement m_insert;
    Statement m_update;
    Statement m_insertBody;
    Statement m_updateBody;
    Statement m_addWord;
    Statement m_dropWord;
    Statement m_dropDue;
    Statement m_document;
};

PageWriter::PageWriter(Sqlite::Connection &db, CaseBodyCodec &bodies, bool bulk)
    : m_db(db)
    , m_bodies(bodies)
    , m_bulk(bulk)
    , m_existing(db, "SELECT seq, version, name FROM cases WHERE id = ?")
    // A plain insert or update, not INSERT OR REPLACE: that one may delete
    // a row, so SQLite keeps a statement journal of every page it
    // touches, which SQLCipher encrypts (most of a bulk load's time).
    , m_insert(db,
               "INSERT INTO cases (number, city, state, version, iin, passport_number, "
               "permit_number, name, received_on, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_update(db,
               "UPDATE cases SET number = ?, city = ?, state = ?, version = ?, iin = ?, "
               "passport_number = ?, permit_number = ?, name = ?, received_on = ? WHERE id = ?")
    // The text beside the row, by the row's number (see 0006_case_bodies.sql).
    , m_insertBody(db, "INSERT INTO case_bodies (body, case_seq) VALUES (?, ?)")
    , m_updateBody(db, "UPDATE case_bodies SET body = ? WHERE case_seq = ?")
    , m_addWord(db, "INSERT OR IGNORE INTO case_words (word, case_id) VALUES (?, ?)")
    , m_dropWord(db, "DELETE FROM case_words WHERE word = ? AND case_id = ?")
    // A case that moved on leaves the overdue queue and its count at once;
    // its deadline is worked out again after the sync (refreshDueDates).
    , m_dropDue(db, "DELETE FROM case_due WHERE case_id = ?")
    , m_document(db,
                 "INSERT OR REPLACE INTO documents (sha256, case_id, name, content_type, size, "
                 "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
{}

Statement &PageWriter::bindColumns(Statement &row, const PreparedCase &c)
{
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
}

Result<void> PageWriter::writeCase(const PreparedCase &c)
{
    auto placed = placeRow(c);
    if (!placed)
        return std::unexpected(placed.error());
    if (placed->older)
        return {};
    if (auto ok = writeBody(c, *placed); !ok)
        return ok;
    if (placed->known) {
        m_dropDue.reset();
        if (auto ok = m_dropDue.bindText(c.id).run(); !ok)
            return ok;
    }
    // While loading in bulk, the words are found at the end, at once.
    if (m_bulk || (placed->known && placed->oldName == c.name))
        return {};
    return rewriteWords(c, placed->oldName);
}

Result<PageWriter::Placed> PageWriter::placeRow(const PreparedCase &c)
{
    // A bulk load's cases are nearly all new: each is inserted at once, and
    // looked up only when it is there already (it changed while the load
    // went on).
    if (m_bulk) {
        m_insert.reset();
        const auto inserted = bindColumns(m_insert, c).run();
        if (inserted)
            return Placed{};
        if (!m_db.failedOnUnique())
            return std::unexpected(inserted.error());
    }
    m_existing.reset();
    const auto found = m_existing.bindText(c.id).next();
    if (!found)
        return std::unexpected(found.error());
    Placed placed;
    placed.known = *found;
    // A page that comes late (an answer repeated on the way) never puts an
    // older version of a case over a newer one.
    placed.older = placed.known && m_existing.integer(1) > c.version;
    placed.seq = placed.known ? m_existing.integer(0) : 0;
    placed.oldName = placed.known ? m_existing.view(2).toByteArray() : QByteArray();
    m_existing.reset();
    if (placed.older)
        return placed;
    Statement &upsert = placed.known ? m_update : m_insert;
    upsert.reset();
    if (auto ok = bindColumns(upsert, c).run(); !ok)
        return std::unexpected(ok.error());
    return placed;
}

Result<void> PageWriter::writeBody(const PreparedCase &c, const Placed &placed)
{
    Statement &body = placed.known ? m_updateBody : m_insertBody;
    body.reset();
    // Kept as text when zstd cannot pack it (out of memory).
    const QByteArray packed = m_bodies.pack(c.text);
    if (packed.isEmpty())
        body.bindText(c.text);
    else
        body.bindBlob(packed);
    return body.bind(placed.known ? placed.seq : m_db.lastInsertRowId()).run();
}

Result<void> PageWriter::rewriteWords(const PreparedCase &c, const QByteArray &oldName)
{
    // The words' keys (core/names/namekey.h): the name is found however
    // the search writes it.
    for (const QString &key : nameKeys(QString::fromUtf8(oldName))) {
        m_dropWord.reset();
        if (auto ok = m_dropWord.bind(key).bindText(c.id).run(); !ok)
            return ok;
    }
    for (const QString &key : nameKeys(QString::fromUtf8(c.name))) {
        m_addWord.reset();
        if (auto ok = m_addWord.bind(key).bindText(c.id).run(); !ok)
            return ok;
    }
    return {};
}

Result<void> PageWriter::writeDocuments(const QList<QJsonObject> &documents)
{
    for (const QJsonObject &d : documents) {
        m_document.reset();
        auto ok = m_document.bind(d.value(u"sha256").toString())
                      .bind(d.value(u"caseId").toString())
                      .bind(d.value(u"name").toString())
                      .bind(d.value(u"contentType").toString())
                      .bind(d.value(u"size").toInteger())
                      .bind(d.value(u"uploadedBy").toString())
                      .bind(d.value(u"uploadedAt").toString())
                      .run();
        if (!ok)
            return ok;
    }
    return {};
}

} // namespace

Result<qsizetype> CacheFeed::writePage(const PreparedPage &page)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> applied;
    {
        PageWriter writer(m_db, m_bodies, m_bulk);
        for (qsizetype i = 0; applied && i < page.cases.size(); ++i)
            applied = writer.writeCase(page.cases.at(i));
        if (applied)
            applied = writer.writeDocuments(page.documents);
    }
    if (applied)
        applied = m_outbox.forgetArrivedCommands();
    if (applied) {
        applied = Statement(m_db, "UPDATE meta SET value = ? WHERE key = 'cursor'")
                      .bind(QString::number(page.next))
                      .run();
    }
    if (applied) {
        applied = Statement(m_db, "UPDATE meta SET value = ? WHERE key = 'law'")
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

// The keys of a bulk load's words, each distinct word keyed once: names
// repeat their words, and a key costs microseconds where a slice costs
// nanoseconds.
class WordKeys
{
public:
    static constexpr quint32 None = std::numeric_limits<quint32>::max();

    // The number of `word`'s key (words that are spelt apart may share one),
    // or None when it has none.
    quint32 of(QByteArrayView word)
    {
        // The slice points into the names, which outlive this table.
        const QByteArray raw = QByteArray::fromRawData(word.data(), word.size());
        if (const auto known = m_byWord.constFind(raw); known != m_byWord.cend())
            return *known;
        const QByteArray key = nameKey(QString::fromUtf8(word)).toUtf8();
        quint32 number = None;
        if (!key.isEmpty()) {
            number = m_byKey.value(key, quint32(m_keys.size()));
            if (number == m_keys.size()) {
                m_byKey.insert(key, number);
                m_keys.push_back(key);
            }
        }
        m_byWord.insert(raw, number);
        return number;
    }

    const QByteArray &key(quint32 number) const { return m_keys.at(number); }

    // Each key's place among the keys in the index's order (bytes).
    std::vector<quint32> places() const
    {
        std::vector<quint32> order(m_keys.size());
        std::iota(order.begin(), order.end(), 0U);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return m_keys.at(a) < m_keys.at(b);
        });
        std::vector<quint32> place(m_keys.size());
        for (quint32 i = 0; i < quint32(order.size()); ++i)
            place[order[i]] = i;
        return place;
    }

private:
    QHash<QByteArray, quint32> m_byWord;
    QHash<QByteArray, quint32> m_byKey;
    std::vector<QByteArray> m_keys;
};

// Every word's key of every cached name, from the names themselves. A stored
// name is lowercase with single spaces (indexCase), so its words are what lies
// between spaces and hyphens, as nameKeys finds them. They go in sorted as
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
        quint32 key;  // its number in keys, then its place among them
        quint32 rank; // the case's place in byId
    };
    WordKeys keys;
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
            if (at > start) {
                if (const quint32 key = keys.of(QByteArrayView(name + start, at - start));
                    key != WordKeys::None)
                    words.push_back({key, rank});
            }
            start = at + 1;
        }
    }
    const std::vector<quint32> places = keys.places();
    std::vector<quint32> keyAt(places.size());
    for (Word &w : words) {
        keyAt[places[w.key]] = w.key;
        w.key = places[w.key];
    }
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.key != b.key ? a.key < b.key : a.rank < b.rank;
    });
    // Two words of a name with one key ("Müller-Mueller") give it once.
    words.erase(std::unique(words.begin(),
                            words.end(),
                            [](const Word &a, const Word &b) {
                                return a.key == b.key && a.rank == b.rank;
                            }),
                words.end());
    Statement add(db, "INSERT OR IGNORE INTO case_words (word, case_id) VALUES (?, ?)");
    for (const Word &w : words) {
        add.reset();
        if (auto ok = add.bindText(keys.key(keyAt[w.key])).bindText(idOf(byId[w.rank])).run(); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<void> CacheFeed::beginBulkLoad()
{
    if (m_bulk)
        return {};
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // The queues' indexes, as they are defined, kept to be built again.
    QJsonArray definitions;
    QStringList names;
    Result<void> done;
    {
        Statement query(m_db,
                        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                        "'cases' AND sql IS NOT NULL ORDER BY name");
        done = query.each([&] {
            names.append(query.text(0));
            definitions.append(query.text(1));
        });
    }
    if (done) {
        done
            = Statement(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('bulk-indexes', ?)")
                  .bind(
                      QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)))
                  .run();
    }
    for (qsizetype i = 0; done && i < names.size(); ++i)
        done = m_db.exec(QByteArray("DROP INDEX \"" + names.at(i).toUtf8() + '"'));
    if (done)
        done = m_db.exec("DELETE FROM case_words");
    if (done)
        done = transaction->commit();
    if (!done)
        return done;
    m_bulk = true;
    return {};
}

Result<void> CacheFeed::endBulkLoad()
{
    auto kept = m_settings.setting(QStringLiteral("bulk-indexes"), false);
    if (!kept)
        return std::unexpected(kept.error());
    if (kept->isEmpty()) {
        m_bulk = false;
        return {};
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    Result<void> done;
    for (const auto &definition : QJsonDocument::fromJson(kept->toUtf8()).array()) {
        done = m_db.exec(definition.toString().toUtf8());
        if (!done)
            break;
    }
    if (done)
        done = rebuildWords(m_db);
    if (done)
        done = m_db.exec("DELETE FROM meta WHERE key IN ('bulk-indexes', 'words-stale')");
    if (done)
        done = transaction->commit();
    if (!done)
        return done;
    m_bulk = false;
    return {};
}

Result<void> CacheFeed::buildMissingIndexes()
{
    auto bulk = m_settings.setting(QStringLiteral("bulk-indexes"), false);
    auto stale = m_settings.setting(QStringLiteral("words-stale"), false);
    if (!bulk || !stale)
        return std::unexpected((bulk ? stale : bulk).error());
    if (bulk->isEmpty() && stale->isEmpty())
        return {};
    if (bulk->isEmpty()) {
        if (auto ok
            = m_db.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('bulk-indexes', '[]')");
            !ok)
            return ok;
    }
    return endBulkLoad();
}

} // namespace Kezek
