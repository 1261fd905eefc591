// Internal notes on a case (issue 31, point 3) against the real server: who
// reads them, that the applicant's side never does, that each is audited and
// kept once, and that a note written offline reaches the server once.
#include "core/domain/casecodec.h"
#include "core/domain/casenotes.h"
#include "core/domain/lawbook.h"
#include "core/protocol/api.h"
#include "db/client/clientstore.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "sync/casedesk.h"
#include "sync/syncengine.h"
#include "tests/support/builders.h"
#include "tests/support/faultproxy.h"
#include "tests/support/openapi.h"
#include "tests/support/people.h"
#include "tests/support/postgres.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
};

// A client of the API as the workstation is: HTTPS, JSON, a bearer token;
// every answer checked against docs/openapi.yaml.
class Client
{
public:
    explicit Client(const ServerProcess &server)
        : m_server(server)
    {}

    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(QUrl(m_server.baseUrl() + path));
        request.setSslConfiguration(m_server.trustingConfiguration());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        return m_manager.sendCustomRequest(request, method, body);
    }
    static Answer finish(const QByteArray &method, const QString &path, QNetworkReply *reply)
    {
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            qFatal("no answer");
        const QByteArray raw = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString deviation = OpenApi::document().check(
            method,
            path,
            status,
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            raw);
        if (!deviation.isEmpty())
            qFatal("%s %s differs from docs/openapi.yaml: %s",
                   method.constData(),
                   qPrintable(path),
                   qPrintable(deviation));
        reply->deleteLater();
        return {status, QJsonDocument::fromJson(raw).object(), raw};
    }
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return finish(method, path, start(method, path, body));
    }
    Answer signIn(const QString &user)
    {
        const Answer answer
            = send("POST",
                   Api::path(Api::Route::SignIn),
                   QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                             {QStringLiteral("password"), Password}})
                       .toJson());
        m_token = answer.json.value(u"token").toString().toLatin1();
        if (m_token.isEmpty())
            qFatal("%s could not sign in: %s", qPrintable(user), answer.raw.constData());
        return answer;
    }
    Answer writeNote(const QString &caseId, const QString &text, const QString &id = newId())
    {
        return send("POST", Api::caseNotesPath(caseId), noteBody(id, text));
    }
    QJsonArray notes(qint64 after = 0)
    {
        const Answer answer = send("GET", Api::notesPath(after, 2000));
        if (answer.status != 200)
            qFatal("notes: %s", answer.raw.constData());
        return answer.json.value(u"notes").toArray();
    }
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QByteArray noteBody(const QString &id, const QString &text)
    {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("madeAt"),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("text"), text}})
            .toJson();
    }

private:
    const ServerProcess &m_server;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
};

QStringList textsOf(const QJsonArray &notes, const QString &caseId)
{
    QStringList texts;
    for (const QJsonValue &value : notes) {
        if (value.toObject().value(u"caseId").toString() == caseId)
            texts.append(value.toObject().value(u"text").toString());
    }
    return texts;
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNoteIsReadByTheCitysStaffAndTheMinistryNeverByAnotherCity();
    void theApplicantsSideNeverReadsNorWritesANote();
    void aNoteIsNotAStepOfTheLaw();
    void eachNoteIsAuditedWithoutItsTextAndKeptOnceWhenSentTwice();
    void anEmptyOrTooLongNoteIsRefusedAndNothingIsKept_data();
    void anEmptyOrTooLongNoteIsRefusedAndNothingIsKept();
    void notesWrittenAtOnceOnOneCaseAreAllKeptNoneDoubled();
    void aNoteWrittenOfflineShowsAtOnceSurvivesARestartAndIsSentOnce();

private:
    int count(const QString &sql, const QString &value);
    std::unique_ptr<ClientStore> cache(const QString &name);
    SyncSettings settings(const QString &user, const QString &server) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ServerStore> m_store;
    Case m_astana;
    Case m_almaty;
};

void TestNotes::initTestCase()
{
    QString url;
    if (qEnvironmentVariable("KEZEK_TEST_BACKEND") == u"postgresql") {
        if (qEnvironmentVariableIsEmpty("KEZEK_TEST_POSTGRES_URL"))
            QSKIP("no PostgreSQL cluster: scripts/test.sh starts one");
        url = freshPostgresDatabase(QStringLiteral("kezek_notes_"));
    }
    m_server = std::make_unique<ServerProcess>(QStringList{}, url);
    if (url.isEmpty())
        url = QStringLiteral("sqlite:") + m_server->folder() + QStringLiteral("/server.db");
    auto store = ServerStore::open(url);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(*store);
    UserStore users(*m_store);
    QVERIFY(addPeople(
        users,
        {{"officer", QStringLiteral("Айгерім Сәрсенова"), Role::MigrationOfficer, City::Astana, ""},
         {"colleague", QStringLiteral("Colleague"), Role::MigrationOfficer, City::Astana, ""},
         {"supervisor", QStringLiteral("Supervisor"), Role::Supervisor, City::Astana, ""},
         {"ministry", QStringLiteral("Ministry"), Role::MinistryReviewer, std::nullopt, ""},
         {"almaty-officer", QStringLiteral("Almaty"), Role::MigrationOfficer, City::Almaty, ""},
         {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
        Password));
    m_astana = Builders::caseIn(CaseState::Received, QDate::currentDate(), City::Astana);
    m_astana.id = Client::newId();
    m_astana.number = QStringLiteral("DNR-2026-NOTE01");
    m_almaty = Builders::caseIn(CaseState::Received, QDate::currentDate(), City::Almaty);
    m_almaty.id = Client::newId();
    m_almaty.number = QStringLiteral("DNR-2026-NOTE02");
    QVERIFY(m_store->saveCases({m_astana, m_almaty}));
    QVERIFY(m_server->start());
}

int TestNotes::count(const QString &sql, const QString &value)
{
    QSqlQuery query(m_store->connection());
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        qFatal("count failed: %s", qPrintable(sql));
    return query.value(0).toInt();
}

// Issue 31, point 3: "visible to the staff who may see the case" — the city's
// officers and supervisor and the ministry (Workflow::maySeeCity).
void TestNotes::aNoteIsReadByTheCitysStaffAndTheMinistryNeverByAnotherCity()
{
    const QString text = QStringLiteral("Заявитель принесёт договор о жилье в понедельник.");
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer"));
    const Answer written = officer.writeNote(m_astana.id, QStringLiteral("  %1 \n").arg(text));
    QCOMPARE(written.status, 201);
    QCOMPARE(written.json.value(u"text").toString(), text); // trimmed
    QCOMPARE(written.json.value(u"authorName").toString(), QStringLiteral("Айгерім Сәрсенова"));
    QCOMPARE(written.json.value(u"authorRole").toString(), QStringLiteral("migration-officer"));
    QVERIFY(written.json.value(u"revision").toInteger() > 0);

    for (const QString &reader :
         {QStringLiteral("colleague"), QStringLiteral("supervisor"), QStringLiteral("ministry")}) {
        Client client(*m_server);
        client.signIn(reader);
        QVERIFY2(textsOf(client.notes(), m_astana.id).contains(text), qPrintable(reader));
    }
    // Another city's officer: not in their feed, and the case is not theirs to write on.
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("almaty-officer"));
    QVERIFY(textsOf(almaty.notes(), m_astana.id).isEmpty());
    const Answer refused = almaty.writeNote(m_astana.id, QStringLiteral("From Almaty"));
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.json.value(u"code").toString(), QStringLiteral("case.not-found"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE author_id = ?"),
                   QStringLiteral("almaty-officer")),
             0);
    // Their own city's case is.
    QCOMPARE(almaty.writeNote(m_almaty.id, QStringLiteral("Almaty's own")).status, 201);
    Client colleague(*m_server);
    colleague.signIn(QStringLiteral("colleague"));
    QVERIFY(textsOf(colleague.notes(), m_almaty.id).isEmpty());
}

// "never to the applicant": eGov (the applicant's cabinet) reads no note, nor
// finds one in the case it reads.
void TestNotes::theApplicantsSideNeverReadsNorWritesANote()
{
    const QString text
        = QStringLiteral("Internal: check the apostille again %1").arg(Client::newId());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer"));
    QCOMPARE(officer.writeNote(m_astana.id, text).status, 201);

    Client egov(*m_server);
    egov.signIn(QStringLiteral("egov"));
    const Answer feed = egov.send("GET", Api::notesPath(0, 100));
    QCOMPARE(feed.status, 403);
    QVERIFY(!feed.raw.contains(text.toUtf8()));
    QCOMPARE(egov.writeNote(m_astana.id, QStringLiteral("from eGov")).status, 403);
    // The cases eGov reads for the cabinet carry the case, never its notes.
    const Answer changes = egov.send("GET", Api::changesPath(0, 100));
    QCOMPARE(changes.status, 200);
    QVERIFY(changes.raw.contains(m_astana.id.toUtf8()));
    QVERIFY(!changes.raw.contains(text.toUtf8()));
}

// A note changes neither the case's stage nor its version nor its history.
void TestNotes::aNoteIsNotAStepOfTheLaw()
{
    const auto before = m_store->findCase(m_astana.id);
    QVERIFY(before && *before);
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer"));
    QCOMPARE(
        officer.writeNote(m_astana.id, QStringLiteral("Hand-over: called the applicant")).status,
        201);
    const auto after = m_store->findCase(m_astana.id);
    QVERIFY(after && *after);
    QCOMPARE((*after)->version, (*before)->version);
    QCOMPARE((*after)->state, (*before)->state);
    QCOMPARE((*after)->history.size(), (*before)->history.size());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM commands WHERE case_id = ?"), m_astana.id),
             0);
}

void TestNotes::eachNoteIsAuditedWithoutItsTextAndKeptOnceWhenSentTwice()
{
    const QString id = Client::newId();
    const QString text = QStringLiteral("Private word for the supervisor");
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer"));
    QCOMPARE(officer.writeNote(m_astana.id, text, id).status, 201);
    // Sent again (its answer lost on the way): the note as first kept.
    const Answer again = officer.writeNote(m_astana.id, text, id);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"id").toString(), id);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE id = ?"), id), 1);
    const QString audited = QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'case-note' AND detail LIKE ?");
    QCOMPARE(count(audited, QLatin1Char('%') + id + QLatin1Char('%')), 1);
    // The audit says a note was written, by whom, on which case; not what it says.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?"),
                   QLatin1Char('%') + text + QLatin1Char('%')),
             0);
    // The same id from another person is not this note.
    Client colleague(*m_server);
    colleague.signIn(QStringLiteral("colleague"));
    const Answer taken = colleague.writeNote(m_astana.id, QStringLiteral("mine"), id);
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.json.value(u"code").toString(), QStringLiteral("note.id-taken"));
    QCOMPARE(count(audited, QLatin1Char('%') + id + QLatin1Char('%')), 1);
}

void TestNotes::anEmptyOrTooLongNoteIsRefusedAndNothingIsKept_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << QStringLiteral("note.empty");
    QTest::newRow("only spaces and lines")
        << QStringLiteral("  \n\t ") << QStringLiteral("note.empty");
    QTest::newRow("one character too long")
        << QString(CaseNotes::MaxLength + 1, u'ж') << QStringLiteral("note.too-long");
}

void TestNotes::anEmptyOrTooLongNoteIsRefusedAndNothingIsKept()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const QString id = Client::newId();
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer"));
    const Answer refused = officer.writeNote(m_astana.id, text, id);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json.value(u"code").toString(), code);
    QVERIFY(!refused.json.value(u"message").toString().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE id = ?"), id), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?"),
                   QLatin1Char('%') + id + QLatin1Char('%')),
             0);
    // The longest note is kept whole.
    const Answer longest = officer.writeNote(m_astana.id, QString(CaseNotes::MaxLength, u'ж'));
    QCOMPARE(longest.status, 201);
}

// Racing: several workstations write notes on one case at once, each note
// sent twice (a retry): every note kept once, each with its own revision and
// its own audit entry.
void TestNotes::notesWrittenAtOnceOnOneCaseAreAllKeptNoneDoubled()
{
    constexpr int Writers = 4;
    constexpr int NotesEach = 15;
    std::vector<std::unique_ptr<Client>> writers;
    QList<std::pair<QString, QNetworkReply *>> inFlight;
    QStringList ids;
    const QString path = Api::caseNotesPath(m_astana.id);
    for (int w = 0; w < Writers; ++w) {
        writers.push_back(std::make_unique<Client>(*m_server));
        writers.back()->signIn(w % 2 ? QStringLiteral("colleague") : QStringLiteral("officer"));
    }
    for (int n = 0; n < NotesEach; ++n) {
        for (int w = 0; w < Writers; ++w) {
            const QString id = Client::newId();
            ids.append(id);
            const QByteArray body
                = Client::noteBody(id, QStringLiteral("race %1/%2").arg(w).arg(n));
            inFlight.append({id, writers[size_t(w)]->start("POST", path, body)});
            inFlight.append({id, writers[size_t(w)]->start("POST", path, body)});
        }
    }
    QSet<qint64> revisions;
    for (const auto &[id, reply] : std::as_const(inFlight)) {
        const Answer answer = Client::finish("POST", path, reply);
        QVERIFY2(answer.status == 201 || answer.status == 200, answer.raw.constData());
        revisions.insert(answer.json.value(u"revision").toInteger());
    }
    QCOMPARE(revisions.size(), qsizetype(Writers * NotesEach));
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE id = ?"), id), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'case-note' AND detail LIKE ?"),
                       QLatin1Char('%') + id + QLatin1Char('%')),
                 1);
    }
    Client supervisor(*m_server);
    supervisor.signIn(QStringLiteral("supervisor"));
    const QStringList seen = textsOf(supervisor.notes(), m_astana.id);
    QCOMPARE(seen.filter(QStringLiteral("race ")).size(), qsizetype(Writers * NotesEach));
}

std::unique_ptr<ClientStore> TestNotes::cache(const QString &name)
{
    auto store = ClientStore::open(m_dir.filePath(name), Password);
    if (!store)
        qFatal("cache: %s", qPrintable(store.error().message));
    return std::move(*store);
}

SyncSettings TestNotes::settings(const QString &user, const QString &server) const
{
    SyncSettings s;
    s.server = QUrl(server);
    s.user = user;
    s.password = Password;
    s.tls = m_server->trustingConfiguration();
    s.firstBackoffMs = 20;
    s.attempts = 3;
    return s;
}

// "notes must work offline — written into the outbox like other commands and
// delivered exactly once, shown at once as not yet sent".
void TestNotes::aNoteWrittenOfflineShowsAtOnceSurvivesARestartAndIsSentOnce()
{
    const QString text = QStringLiteral("Written on the train %1").arg(Client::newId());
    const Account me{QStringLiteral("officer"),
                     QStringLiteral("Айгерім Сәрсенова"),
                     Role::MigrationOfficer,
                     City::Astana,
                     {}};
    QString noteId;
    {
        auto store = cache(QStringLiteral("offline.db"));
        QVERIFY(SyncEngine(*store, settings(me.id, m_server->baseUrl())).run());
        const auto law = Lawbook::fromJson(*store->law());
        QVERIFY(law);
        // Offline from here: the desk needs no server to keep it.
        CaseDesk desk(*store, me, law->context());
        auto written = desk.writeNote(m_astana.id, text);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        noteId = written->id;
        auto shown = desk.notesOfCase(m_astana.id);
        QVERIFY(shown && !shown->isEmpty());
        QCOMPARE(shown->constFirst().note.text, text); // the newest first
        QCOMPARE(shown->constFirst().status, QStringLiteral("pending"));
        // Not on the server yet.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE id = ?"), noteId), 0);
        // A note on a case of another city is refused here already.
        const auto other = desk.writeNote(m_almaty.id, QStringLiteral("not mine"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("note.case-not-seen"));
    }
    // The workstation restarted: the note is still there, still waiting.
    auto store = cache(QStringLiteral("offline.db"));
    QCOMPARE(*store->unsentNotes(), 1);
    // Back online, through a connection that drops the note's first answer:
    // sent again, kept once.
    FaultProxy proxy(m_server->port(), m_server->folder() + QStringLiteral("/tls"));
    QVERIFY(proxy.start());
    proxy.add({"/api/v1/cases/", FaultProxy::Fault::Cut, 1, {}, 0, {}});
    auto summary = SyncEngine(*store, settings(me.id, proxy.baseUrl())).run();
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(proxy.requests("/api/v1/cases/"), 2);
    QCOMPARE(summary->notesSent, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE id = ?"), noteId), 1);
    QCOMPARE(*store->unsentNotes(), 0);
    const auto mine = store->notesOfCase(m_astana.id);
    QVERIFY(mine);
    const auto kept = std::find_if(
        mine->cbegin(), mine->cend(), [&](const NoteRow &row) { return row.note.id == noteId; });
    QVERIFY(kept != mine->cend());
    QCOMPARE(kept->status, QStringLiteral("sent"));
    QVERIFY(kept->note.revision > 0);
    // Another sync sends nothing again.
    auto again = SyncEngine(*store, settings(me.id, m_server->baseUrl())).run();
    QVERIFY(again);
    QCOMPARE(again->notesSent, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE id = ?"), noteId), 1);

    // A colleague's workstation reads it with its author, at their next sync.
    auto theirs = cache(QStringLiteral("colleague.db"));
    QVERIFY(SyncEngine(*theirs, settings(QStringLiteral("colleague"), m_server->baseUrl())).run());
    const auto read = theirs->notesOfCase(m_astana.id);
    QVERIFY(read);
    const auto found = std::find_if(
        read->cbegin(), read->cend(), [&](const NoteRow &row) { return row.note.id == noteId; });
    QVERIFY(found != read->cend());
    QCOMPARE(found->note.text, text);
    QCOMPARE(found->note.authorName, me.name);
    QCOMPARE(found->note.authorRole, Role::MigrationOfficer);
    QCOMPARE(found->status, QStringLiteral("sent"));
}

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
