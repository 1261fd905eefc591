// The workstation's cache without the network: how fast pages of cases go in,
// against a raw bulk insert of the same rows into plain SQLite, and how fast
// the queues' searches answer over the whole cache.
//   bench_cache [CASES]   (default 100000)
//   bench_cache --upgrade [CASES]: how long the first sign-in after an update
//   takes, bringing a cache of version 5 (the text inline) up to date.

#include "core/domain/casecodec.h"
#include "core/domain/workflow.h"
#include "core/simulation/applicationgenerator.h"
#include "db/client/clientstore.h"
#include "db/client/jsonslices.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace Kezek;

namespace {

QTextStream out(stdout);

constexpr int PageSize = 5000;

// The pages as the server sends them: {"cases": [...]}, bytes.
QList<QByteArray> makePages(int count)
{
    ApplicationGenerator generator(42, QDate(2026, 11, 2));
    const Actor system{Role::System, std::nullopt, QStringLiteral("bench")};
    QList<QByteArray> pages;
    QJsonArray page;
    for (int i = 0; i < count; ++i) {
        Case c
            = Workflow::receive(generator.next(), system, QDate(2026, 11, 2), std::nullopt)->after;
        page.append(caseToJson(c));
        if (page.size() == PageSize || i + 1 == count) {
            pages.append(QJsonDocument(QJsonObject{{QStringLiteral("cases"), page}})
                             .toJson(QJsonDocument::Compact));
            page = {};
        }
    }
    return pages;
}

// Plain SQLite, no key, one table of (id, body), a transaction a page: the
// floor any cache of these rows stands on. The rows are cut from the pages
// before the clock starts.
double rawInsert(const QString &path, const QList<QByteArray> &pages)
{
    QList<QList<std::pair<QByteArray, QByteArrayView>>> rows;
    for (const QByteArray &page : pages) {
        QList<std::pair<QByteArray, QByteArrayView>> pageRows;
        for (const QByteArrayView body :
             JsonSlices::arrayElements(page, "cases").value_or(QList<QByteArrayView>())) {
            for (const JsonSlices::Member &member :
                 JsonSlices::members(body).value_or(QList<JsonSlices::Member>())) {
                if (member.name == "id")
                    pageRows.append({JsonSlices::string(member.value)->toUtf8(), body});
            }
        }
        rows.append(pageRows);
    }
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db,
                 "CREATE TABLE cases (id TEXT PRIMARY KEY, body TEXT NOT NULL)",
                 nullptr,
                 nullptr,
                 nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO cases (id, body) VALUES (?, ?)", -1, &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (const auto &page : std::as_const(rows)) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const auto &[id, body] : page) {
            sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 2, body.data(), int(body.size()), SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = timer.elapsed() / 1000.0;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return seconds;
}

// A cache as Kezek 5 left it, with `count` cases: its migrations, the cases
// written by the last of them; then opened by this program.
int upgrade(int count)
{
    QTemporaryDir dir;
    const QString earlier = dir.filePath(QStringLiteral("earlier"));
    QDir().mkpath(earlier);
    for (const QFileInfo &file :
         QDir(QStringLiteral(":/kezek/db/client")).entryInfoList(QDir::Files)) {
        if (file.fileName() <= QStringLiteral("0005_desk_scans.sql"))
            QFile::copy(file.filePath(), earlier + QLatin1Char('/') + file.fileName());
    }
    QFile rows(earlier + QStringLiteral("/0005_desk_scans.sql"));
    rows.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!rows.open(QIODevice::Append))
        return 1;
    ApplicationGenerator generator(42, QDate(2026, 11, 2));
    const Actor system{Role::System, std::nullopt, QStringLiteral("bench")};
    for (int i = 0; i < count; ++i) {
        const Case c
            = Workflow::receive(generator.next(), system, QDate(2026, 11, 2), std::nullopt)->after;
        QString body
            = QString::fromUtf8(QJsonDocument(caseToJson(c)).toJson(QJsonDocument::Compact));
        QString name = (c.applicant.surname + u' ' + c.applicant.givenNames).toLower();
        rows.write(QStringLiteral("INSERT INTO cases (id, number, city, state, version, iin, "
                                  "passport_number, name, received_on, body) VALUES ('%1', '%2', "
                                  "'%3', '%4', %5, '%6', '%7', '%8', '%9', '%10');\n")
                       .arg(c.id, c.number, cityId(c.city), caseStateId(c.state))
                       .arg(c.version)
                       .arg(c.applicant.iin,
                            c.applicant.passportNumber,
                            name.replace(u'\'', QStringLiteral("''")),
                            c.receivedOn.toString(Qt::ISODate),
                            body.replace(u'\'', QStringLiteral("''")))
                       .toUtf8());
    }
    // Kezek 5 filled the permit numbers when it first opened the cache.
    rows.write("DELETE FROM meta WHERE key = 'permits-stale';\n");
    rows.close();
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    {
        auto made
            = ClientStore::open(path, QStringLiteral("bench password"), {KeyPlace::File, earlier});
        if (!made) {
            out << made.error().message << '\n';
            return 1;
        }
        out << "a cache of version " << (*made)->schemaVersion() << " with " << count << " cases\n";
    }
    QElapsedTimer timer;
    timer.start();
    auto store = ClientStore::open(path, QStringLiteral("bench password"), {KeyPlace::File});
    if (!store) {
        out << store.error().message << '\n';
        return 1;
    }
    out << QStringLiteral("opened and brought up to version %1: %2 s\n")
               .arg((*store)->schemaVersion())
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--upgrade")
        return upgrade(argc > 2 ? QByteArray(argv[2]).toInt() : 100000);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    out << "making " << count << " cases...\n";
    out.flush();
    const QList<QByteArray> pages = makePages(count);
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();
    out << QStringLiteral("%1 pages, %2 MB of JSON, %3 bytes a case\n")
               .arg(pages.size())
               .arg(bytes / 1e6, 0, 'f', 1)
               .arg(bytes / std::max(count, 1));

    const double raw = rawInsert(dir.filePath(QStringLiteral("raw.db")), pages);
    out << QStringLiteral("raw SQLite insert (id + body, no key, no index): %1 s = %2 cases/s\n")
               .arg(raw, 0, 'f', 2)
               .arg(count / raw, 0, 'f', 0);
    out.flush();

    auto store = ClientStore::open(dir.filePath(QStringLiteral("cache.db")),
                                   QStringLiteral("bench password"),
                                   {.keyPlace = KeyPlace::File});
    if (!store) {
        out << store.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 cursor = 0;
    // As a first sync does: the queues' indexes built once at the end.
    (void)(*store)->beginBulkLoad();
    for (const QByteArray &page : pages) {
        cursor += PageSize;
        if (auto ok = (*store)->applyPageBytes(page, cursor, QString()); !ok) {
            out << ok.error().message << '\n';
            return 1;
        }
    }
    const double load = timer.elapsed() / 1000.0;
    (void)(*store)->endBulkLoad();
    const double cache = timer.elapsed() / 1000.0;
    out << QStringLiteral("(pages %1 s, then the indexes %2 s)\n")
               .arg(load, 0, 'f', 2)
               .arg(cache - load, 0, 'f', 2);
    out << QStringLiteral("encrypted cache, pages applied: %1 s = %2 cases/s (%3x the raw "
                          "insert)\n")
               .arg(cache, 0, 'f', 2)
               .arg(count / cache, 0, 'f', 0)
               .arg(cache / raw, 0, 'f', 1);
    out.flush();

    if (qEnvironmentVariableIsSet("KEZEK_BENCH_NO_SEARCH"))
        return 0;
    // The queues' searches over the whole cache.
    // Terms from a case in the middle of the load.
    QString number, iin, surname, givenName;
    const auto middle = JsonSlices::arrayElements(pages.at(pages.size() / 2), "cases");
    const auto someCase = JsonSlices::members(middle->at(7));
    for (const JsonSlices::Member &member : *someCase) {
        if (member.name == "number")
            number = *JsonSlices::string(member.value);
        if (member.name != "applicant")
            continue;
        const auto fields = JsonSlices::members(member.value);
        for (const JsonSlices::Member &field : *fields) {
            if (field.name == "iin")
                iin = *JsonSlices::string(field.value);
            else if (field.name == "surname")
                surname = JsonSlices::string(field.value)->toLower();
            else if (field.name == "givenNames")
                givenName = JsonSlices::string(field.value)->section(u' ', 0, 0).toLower();
        }
    }
    for (const auto &[label, term] :
         {std::pair{QStringLiteral("whole case number"), number},
          std::pair{QStringLiteral("case number prefix"), number.left(number.size() - 2)},
          std::pair{QStringLiteral("IIN prefix"), iin.left(8)},
          std::pair{QStringLiteral("surname"), surname},
          std::pair{QStringLiteral("surname and given name"), QString(surname + u' ' + givenName)},
          std::pair{QStringLiteral("a given name's start"), givenName.left(3)},
          std::pair{QStringLiteral("nothing matches"), QStringLiteral("zzzzqqq")}}) {
        timer.restart();
        int rows = 0;
        for (int i = 0; i < 20; ++i) {
            auto result = (*store)->search(term, 50);
            rows = result ? int(result->size()) : -1;
        }
        out << QStringLiteral("search by %1 (\"%2\"): %3 ms, %4 rows\n")
                   .arg(label, term)
                   .arg(timer.elapsed() / 20.0, 0, 'f', 2)
                   .arg(rows);
    }
    return 0;
}
