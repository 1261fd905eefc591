#include "tests/integration/apifixture.h"

#include <zlib.h>
#include <zstd.h>

using namespace Kezek;
using namespace Kezek::Testing;

// The server's API over real TLS (issue 32, point 3: by resource): intake, the changes feed,
// commands, the law and claims.
class TestServerApiCases : public ApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSite(); }
    void onlyTheIntegrationFilesApplications();
    void officesSeeOnlyTheirOwnCitysCases();
    void commandsApplyOnceAndRepeatAsDuplicates();
    void aStaleBaseVersionIsAConflictThatShowsTheCase();
    void theLawRefusesWhatItRefuses();
    void theLawComesWithTheFeed();
    void aSitesCalendarIsTheLawTheWorkstationsGet();
    void changesResumeAfterTheCursor();
    void aLargePageGoesPacked();
    void eachIntegrationSpeaksOnlyForItself();
    void eachIntegrationReadsOnlyWhatItsJobNeeds();
    void theSimulatedWorldFilesScansAndAnswers();
    void theSamePersonUnderAnotherIdentityIsFlaggedAtIntake();
    void aClaimedCaseIsWorkedOnlyByItsHolder();
    void aClaimEndsWhenTheCaseLeavesItsHoldersDesk();
    void aCaseGoesOnlyToARoleThatWorksItsStageAndColleaguesShowTheirLoad();
};

void TestServerApiCases::onlyTheIntegrationFilesApplications()
{
    NewApplication application = freshApplication();
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = freshNumber();
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(officer
                 .post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(application))
                 .status,
             403);

    Client egov(*m_server);
    QCOMPARE(egov.signIn(QStringLiteral("egov")).status, 200);
    QJsonObject broken = newApplicationToJson(application);
    broken.insert(QStringLiteral("priority"), QStringLiteral("urgent"));
    const Answer refused
        = egov.post(QStringLiteral("/api/v1/integration/egov/applications"), broken);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json.value(u"message").toString().contains(QStringLiteral("priority")));

    const Answer filed = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                   newApplicationToJson(application));
    QCOMPARE(filed.status, 201);
    QCOMPARE(filed.json.value(u"caseId").toString(), application.id);
    QCOMPARE(filed.json.value(u"version").toInt(), 1);
    QCOMPARE(egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(application))
                 .status,
             409);
}

void TestServerApiCases::officesSeeOnlyTheirOwnCitysCases()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    const auto ids = [](const Answer &page) {
        QStringList seen;
        for (const auto &value : page.json.value(u"cases").toArray())
            seen.append(value.toObject().value(u"id").toString());
        return seen;
    };
    Client astana(*m_server);
    astana.signIn(QStringLiteral("officer.astana"));
    const Answer mine = astana.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
    QVERIFY(ids(mine).contains(filed.id));

    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    const Answer other = almaty.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
    QVERIFY(!ids(other).contains(filed.id));
    // The cursor still moves past it.
    QVERIFY(other.json.value(u"next").toInteger() >= mine.json.value(u"next").toInteger());

    // The ministry follows the petitions it signed in every city, and works none.
    Client ministry(*m_server);
    ministry.signIn(QStringLiteral("ministry.reviewer"));
    QVERIFY(
        ids(ministry.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))).contains(filed.id));
    const QJsonArray claimed
        = ministry
              .post(QStringLiteral("/api/v1/claims"),
                    {{QStringLiteral("claims"),
                      QJsonArray{QJsonObject{{QStringLiteral("caseId"), filed.id}}}}})
              .json.value(u"results")
              .toArray();
    QCOMPARE(claimed.at(0).toObject().value(u"code").toString(), QStringLiteral("claim.role"));
    const QJsonArray acted = ministry.commands(
        {command(QStringLiteral("register"),
                 filed.id,
                 1,
                 {{QStringLiteral("reference"), QStringLiteral("KQP-2026-0001")}})});
    QCOMPARE(acted.at(0).toObject().value(u"status").toString(), QStringLiteral("rejected"));
}

void TestServerApiCases::commandsApplyOnceAndRepeatAsDuplicates()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    int version = 1;
    QJsonArray registration = verifyPreliminaryDocuments(filed.id, version);
    registration.append(command(QStringLiteral("register"),
                                filed.id,
                                version,
                                {{QStringLiteral("reference"), QStringLiteral("KQP-2026-0001")}}));

    const QJsonArray applied = officer.commands(registration);
    QCOMPARE(applied.size(), registration.size());
    for (qsizetype i = 0; i < applied.size(); ++i) {
        const QJsonObject result = applied.at(i).toObject();
        QVERIFY2(result.value(u"status").toString() == u"applied",
                 QJsonDocument(result).toJson().constData());
        QCOMPARE(result.value(u"version").toInt(), i + 2);
    }

    // The same batch again (a retry after a dropped connection): nothing is
    // applied twice, and every answer is what it was.
    const QJsonArray repeated = officer.commands(registration);
    for (qsizetype i = 0; i < repeated.size(); ++i) {
        QCOMPARE(repeated.at(i).toObject().value(u"status").toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(repeated.at(i).toObject().value(u"version").toInt(),
                 applied.at(i).toObject().value(u"version").toInt());
        QCOMPARE(repeated.at(i).toObject().value(u"revision").toInt(),
                 applied.at(i).toObject().value(u"revision").toInt());
    }
}

void TestServerApiCases::aStaleBaseVersionIsAConflictThatShowsTheCase()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, filed.id), 8);
    const QJsonArray results = officer.commands({signedBy(
        command(QStringLiteral("return-for-rework"),
                filed.id,
                1,
                {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}}),
        m_astanaKey)});
    const QJsonObject conflict = results.at(0).toObject();
    QCOMPARE(conflict.value(u"status").toString(), QStringLiteral("conflict"));
    QCOMPARE(conflict.value(u"version").toInt(), 8);
    auto current = caseFromJson(conflict.value(u"case").toObject());
    QVERIFY(current);
    QCOMPARE(current->state, CaseState::Registered);
    QCOMPARE(current->kqpNumber, QStringLiteral("KQP-2026-0001"));
    // Its signature was good, but the command was not applied: no evidence
    // of it is kept, as if it had been (issue 28, evidence with the decision).
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    QSqlQuery kept((*store)->connection());
    QVERIFY(kept.prepare(
        QStringLiteral("SELECT COUNT(*) FROM signature_evidence WHERE command_id = ?")));
    kept.addBindValue(conflict.value(u"id").toString());
    QVERIFY(kept.exec() && kept.next());
    QCOMPARE(kept.value(0).toInt(), 0);
}

void TestServerApiCases::theLawRefusesWhatItRefuses()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, filed.id), 8);
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));

    auto code = [](const QJsonArray &results) {
        return results.at(0).toObject().value(u"code").toString();
    };
    QCOMPARE(code(officer.commands(
                 {signedBy(command(QStringLiteral("approve-preliminarily"),
                                   filed.id,
                                   8,
                                   {{QStringLiteral("reference"), QStringLiteral("PP-1")}}),
                           m_astanaKey)})),
             QStringLiteral("workflow.state")); // no decision before NSC has answered
    QCOMPARE(code(officer.commands({command(QStringLiteral("send-to-nsc"), filed.id, 8, {})})),
             QStringLiteral("workflow.checks-pending"));
    QCOMPARE(code(csc.commands({command(QStringLiteral("send-to-nsc"), filed.id, 8, {})})),
             QStringLiteral("workflow.role"));
    QCOMPARE(code(almaty.commands({command(QStringLiteral("send-to-nsc"), filed.id, 8, {})})),
             QStringLiteral("case.not-found"));
    QCOMPARE(code(officer.commands({command(QStringLiteral("teleport"), filed.id, 8, {})})),
             QStringLiteral("command.type"));
    QCOMPARE(code(officer.commands(
                 {command(QStringLiteral("send-to-nsc"), QStringLiteral("' OR 1=1 --"), 8, {})})),
             QStringLiteral("case.not-found"));
    QJsonObject notUuid = command(QStringLiteral("send-to-nsc"), filed.id, 8, {});
    notUuid.insert(QStringLiteral("id"), QStringLiteral("1"));
    QCOMPARE(code(officer.commands({notUuid})), QStringLiteral("command.id"));
    QCOMPARE(
        code(officer.commands({command(QStringLiteral("record-check"),
                                       filed.id,
                                       8,
                                       {{QStringLiteral("check"), QStringLiteral("idb")},
                                        {QStringLiteral("outcome"), QStringLiteral("maybe")}})})),
        QStringLiteral("json.value"));

    QCOMPARE(officer.send("POST", QStringLiteral("/api/v1/commands"), "{\"commands\": [").status,
             400);
    QCOMPARE(officer
                 .send("POST",
                       QStringLiteral("/api/v1/commands"),
                       "x=1",
                       "application/x-www-form-urlencoded")
                 .status,
             415);

    // None of that changed the case.
    const QJsonArray cases = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                                 .json.value(u"cases")
                                 .toArray();
    const auto kept = std::find_if(cases.begin(), cases.end(), [&filed](const QJsonValue &c) {
        return c.toObject().value(u"id").toString() == filed.id;
    });
    QVERIFY(kept != cases.end());
    QCOMPARE(kept->toObject().value(u"version").toInt(), 8);
}

void TestServerApiCases::theLawComesWithTheFeed()
{
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const Answer law = officer.get(QStringLiteral("/api/v1/law"));
    QCOMPARE(law.status, 200);
    const QString version = law.json.value(u"version").toString();
    QCOMPARE(version.size(), 16);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"law").toString(),
             version);
    // The same calendar and reasons the domain library counts with.
    auto data
        = CalendarData::fromJson(QJsonDocument(law.json.value(u"calendar").toObject()).toJson());
    QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
    auto calendar = BusinessCalendar::fromData(*data);
    QVERIFY(calendar);
    QCOMPARE(calendar->workingDayCount(2025), 246);
    auto reasons
        = ReasonCatalog::fromJson(QJsonDocument(law.json.value(u"reasons").toObject()).toJson());
    QVERIFY(reasons);
    QVERIFY(reasons->find(QStringLiteral("DOCS-INCOMPLETE")));
    Client anonymous(*m_server);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/law")).status, 401);
}

void TestServerApiCases::aSitesCalendarIsTheLawTheWorkstationsGet()
{
    // Holidays are set by decree each year: a site adds 2027 (Kurban Ait on
    // Monday 17 May) without a new build, and the server counts by it.
    QTemporaryDir site;
    QFile file(site.filePath(QStringLiteral("calendar.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestData::siteCalendar2027());
    file.close();

    ServerProcess siteServer(serverArguments()
                                 + QStringList{QStringLiteral("--calendar"), file.fileName()},
                             m_databaseUrl);
    QVERIFY(siteServer.start());
    Client officer(siteServer);
    officer.signIn(QStringLiteral("officer.astana"));
    const Answer law = officer.get(QStringLiteral("/api/v1/law"));
    QCOMPARE(law.status, 200);
    auto data
        = CalendarData::fromJson(QJsonDocument(law.json.value(u"calendar").toObject()).toJson());
    QVERIFY(data);
    auto counted = BusinessCalendar::fromData(*data);
    QVERIFY(counted);
    QVERIFY(counted->isConfirmed(2027));
    QVERIFY(!counted->isWorkingDay(QDate(2027, 5, 17)));
    QVERIFY(counted->isWorkingDay(QDate(2027, 5, 18)));
    // A new law version, so every workstation takes it at its next sync.
    Client before(*m_server);
    before.signIn(QStringLiteral("officer.astana"));
    const QString shipped
        = before.get(QStringLiteral("/api/v1/law")).json.value(u"version").toString();
    QVERIFY(!shipped.isEmpty());
    QVERIFY(law.json.value(u"version").toString() != shipped);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"law").toString(),
             law.json.value(u"version").toString());

    // A broken calendar file stops the server with its name, before it serves anything.
    QFile broken(site.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1, \"years\": [");
    broken.close();
    const auto [code, error]
        = runServerToExit(serverArguments()
                          + QStringList{QStringLiteral("--port"),
                                        QStringLiteral("0"),
                                        QStringLiteral("--dev-cert"),
                                        m_server->folder() + QStringLiteral("/tls"),
                                        QStringLiteral("--database"),
                                        QStringLiteral("sqlite::memory:"),
                                        QStringLiteral("--calendar"),
                                        broken.fileName()});
    QCOMPARE(code, 1);
    QVERIFY2(error.contains(broken.fileName()), qPrintable(error));
}

void TestServerApiCases::changesResumeAfterTheCursor()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, filed.id), 8);
    const qint64 before = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                              .json.value(u"next")
                              .toInteger();
    const QJsonArray results
        = officer.commands({command(QStringLiteral("record-check"),
                                    filed.id,
                                    8,
                                    {{QStringLiteral("check"), QStringLiteral("idb")},
                                     {QStringLiteral("outcome"), QStringLiteral("clear")}})});
    QCOMPARE(results.at(0).toObject().value(u"status").toString(), QStringLiteral("applied"));
    const int made = results.at(0).toObject().value(u"version").toInt();
    QVERIFY(made >= 9); // on top of a notice's receipt, if one came meanwhile
    const Answer page
        = officer.get(QStringLiteral("/api/v1/changes?since=%1&limit=10").arg(before));
    const QJsonArray cases = page.json.value(u"cases").toArray();
    QCOMPARE(cases.size(), 1);
    QVERIFY(cases.at(0).toObject().value(u"version").toInt() >= made);
    const qint64 next = page.json.value(u"next").toInteger();
    QVERIFY(next >= before + 1);
    QVERIFY(officer.get(QStringLiteral("/api/v1/changes?since=%1").arg(next))
                .json.value(u"cases")
                .toArray()
                .isEmpty());
}

void TestServerApiCases::aLargePageGoesPacked()
{
    // A page of changes is megabytes of JSON on a first sync: it goes packed
    // to a client that takes it (Qt's takes zstd and gzip, and unpacks them
    // unasked), zstd first.
    for (const QString &number :
         {QStringLiteral("DNR-2026-000051"), QStringLiteral("DNR-2026-000052")})
        fileAnother(*m_server, freshApplication(), number);
    Client officer(*m_server);
    const QByteArray token = officer.signIn(QStringLiteral("officer.astana"))
                                 .json.value(u"token")
                                 .toString()
                                 .toLatin1();
    const Answer page = officer.get(QStringLiteral("/api/v1/changes?since=0"));
    QCOMPARE(page.status, 200);
    QVERIFY2(page.raw.size() >= 1024, "the page is too small to be worth packing");
    QVERIFY(!page.json.value(u"cases").toArray().isEmpty());

    QNetworkAccessManager manager;
    auto fetch = [&](const QByteArray &encodings) {
        QNetworkRequest request(
            QUrl(m_server->baseUrl() + QStringLiteral("/api/v1/changes?since=0")));
        request.setSslConfiguration(m_server->trustingConfiguration());
        request.setRawHeader("Authorization", "Bearer " + token);
        // Set by hand, the header leaves the body as it came.
        request.setRawHeader("Accept-Encoding", encodings);
        QNetworkReply *reply = manager.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            qFatal("no answer");
        reply->deleteLater();
        return std::pair{reply->rawHeader("Content-Encoding"), reply->readAll()};
    };
    const auto smaller = [&](const QByteArray &packed) {
        return packed.size() * 2 < page.raw.size();
    };
    // Unpacked here with the libraries themselves, not by Qt.
    const auto unzstd = [](const QByteArray &packed) {
        const auto size = ZSTD_getFrameContentSize(packed.constData(), size_t(packed.size()));
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
            return QByteArray();
        QByteArray text(qsizetype(size), Qt::Uninitialized);
        const size_t done = ZSTD_decompress(
            text.data(), size_t(text.size()), packed.constData(), size_t(packed.size()));
        return ZSTD_isError(done) || done != size ? QByteArray() : text;
    };
    const auto gunzip = [](const QByteArray &packed) {
        z_stream stream{};
        if (inflateInit2(&stream, 15 + 16) != Z_OK)
            return QByteArray();
        QByteArray text;
        char buffer[16384];
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
        stream.avail_in = uInt(packed.size());
        int state = Z_OK;
        while (state == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            state = inflate(&stream, Z_NO_FLUSH);
            text.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        }
        inflateEnd(&stream);
        return state == Z_STREAM_END ? text : QByteArray();
    };
    // What Qt asks for by itself: zstd, its frame's magic number first.
    const auto [zstd, framed] = fetch("zstd, br, gzip, deflate");
    QCOMPARE(zstd, QByteArray("zstd"));
    QVERIFY(framed.startsWith("\x28\xb5\x2f\xfd"));
    QCOMPARE(unzstd(framed), page.raw);
    QVERIFY2(smaller(framed),
             qPrintable(QStringLiteral("%1 of %2").arg(framed.size()).arg(page.raw.size())));
    // gzip for a client without zstd, or one that weighs gzip higher.
    for (const QByteArray &gzipFirst : {QByteArray("gzip, deflate"),
                                        QByteArray("zstd;q=0.5, gzip"),
                                        QByteArray("zstd;q=0, gzip")}) {
        const auto [gzip, packed] = fetch(gzipFirst);
        QCOMPARE(gzip, QByteArray("gzip"));
        QVERIFY(packed.startsWith("\x1f\x8b"));
        QVERIFY(smaller(packed));
        QCOMPARE(gunzip(packed), page.raw);
    }
    // A client that takes neither gets the text, the same as Qt unpacked.
    for (const QByteArray &refusing : {QByteArray("identity"),
                                       QByteArray("gzip;q=0"),
                                       QByteArray("br, GZIP ; q=0.0, zstd;q=0")}) {
        const auto [none, text] = fetch(refusing);
        QVERIFY(none.isEmpty());
        QCOMPARE(text, page.raw);
    }
}

void TestServerApiCases::eachIntegrationSpeaksOnlyForItself()
{
    const NewApplication third
        = fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000003"));
    Client kqp(*m_server);
    kqp.signIn(QStringLiteral("kqp"));
    Client nsc(*m_server);
    nsc.signIn(QStringLiteral("nsc"));
    Client checks(*m_server);
    checks.signIn(QStringLiteral("checks"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    auto say = [](Client &client, const QString &integration, const QJsonObject &message) {
        return client.post(QStringLiteral("/api/v1/integration/%1/commands").arg(integration),
                           {{QStringLiteral("commands"), QJsonArray{message}}});
    };
    // Integrations answer for the case as it stands: no base version.
    auto message = [&third](const QString &type, const QJsonObject &payload) {
        return QJsonObject{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), type},
            {QStringLiteral("caseId"), third.id},
            {QStringLiteral("payload"), payload}};
    };
    auto result = [](const Answer &answer) {
        return answer.json.value(u"results").toArray().at(0).toObject();
    };
    const QJsonObject number
        = message(QStringLiteral("assign-kqp-number"),
                  {{QStringLiteral("number"), QStringLiteral("KQP-2026-0777")}});

    // Another system's credential, or a person's, does not speak for КҚП АЖ.
    QCOMPARE(say(nsc, QStringLiteral("kqp"), number).status, 403);
    QCOMPARE(say(officer, QStringLiteral("kqp"), number).status, 403);
    QCOMPARE(say(kqp, QStringLiteral("teleport"), number).status, 403);
    // Nor does a system's credential bypass its route on the officers' one.
    QJsonObject sideways
        = message(QStringLiteral("record-nsc-answer"), {{QStringLiteral("nscApproved"), true}});
    sideways.insert(QStringLiteral("baseVersion"), 1);
    QCOMPARE(kqp.post(QStringLiteral("/api/v1/commands"),
                      {{QStringLiteral("commands"), QJsonArray{sideways}}})
                 .status,
             403);
    // КҚП АЖ says only what КҚП АЖ says.
    QCOMPARE(result(say(kqp,
                        QStringLiteral("kqp"),
                        message(QStringLiteral("record-check"),
                                {{QStringLiteral("check"), QStringLiteral("idb")},
                                 {QStringLiteral("outcome"), QStringLiteral("clear")}})))
                 .value(u"code")
                 .toString(),
             QStringLiteral("integration.type"));
    // And a person may not give the number.
    QJsonObject asOfficer = number;
    asOfficer.insert(QStringLiteral("baseVersion"), 1);
    QCOMPARE(officer.commands({asOfficer}).at(0).toObject().value(u"code").toString(),
             QStringLiteral("workflow.role"));

    QCOMPARE(result(say(kqp, QStringLiteral("kqp"), number)).value(u"status").toString(),
             QStringLiteral("applied"));
    QCOMPARE(result(say(kqp, QStringLiteral("kqp"), number)).value(u"status").toString(),
             QStringLiteral("duplicate"));

    // The officer verifies and registers without typing the number.
    int version = 2;
    QJsonArray registration = verifyPreliminaryDocuments(third.id, version);
    registration.append(command(QStringLiteral("register"), third.id, version, {}));
    const QJsonArray registered = officer.commands(registration);
    QCOMPARE(registered.last().toObject().value(u"status").toString(), QStringLiteral("applied"));

    for (const char *check : {"idb", "criminal-records"}) {
        QCOMPARE(result(say(checks,
                            QStringLiteral("checks"),
                            message(QStringLiteral("record-check"),
                                    {{QStringLiteral("check"), QString::fromLatin1(check)},
                                     {QStringLiteral("outcome"), QStringLiteral("clear")},
                                     {QStringLiteral("reference"), QStringLiteral("IDB-1")}})))
                     .value(u"status")
                     .toString(),
                 QStringLiteral("applied"));
    }
    const QJsonObject sent
        = officer.commands({command(QStringLiteral("send-to-nsc"), third.id, version + 3, {})})
              .at(0)
              .toObject();
    QVERIFY2(sent.value(u"status").toString() == u"applied",
             QJsonDocument(sent).toJson().constData());
    QCOMPARE(result(say(nsc,
                        QStringLiteral("nsc"),
                        message(QStringLiteral("record-nsc-answer"),
                                {{QStringLiteral("nscApproved"), true},
                                 {QStringLiteral("reference"), QStringLiteral("BERKUT-9")}})))
                 .value(u"status")
                 .toString(),
             QStringLiteral("applied"));

    const QJsonArray cases = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                                 .json.value(u"cases")
                                 .toArray();
    std::optional<Case> now;
    for (const auto &value : cases) {
        if (value.toObject().value(u"id").toString() == third.id)
            now = *caseFromJson(value.toObject());
    }
    QVERIFY(now);
    QCOMPARE(now->kqpNumber, QStringLiteral("KQP-2026-0777"));
    QCOMPARE(now->state, CaseState::DecisionDue);
    QCOMPARE(now->nscApproved, std::optional<bool>(true));
}

void TestServerApiCases::eachIntegrationReadsOnlyWhatItsJobNeeds()
{
    // Cases of the test's own for the integrations to wait on: one just
    // filed, one registered with a scan of the CSC's.
    fileAnother(*m_server, freshApplication(), freshNumber());
    const NewApplication scanned = fileAnother(*m_server, freshApplication(), freshNumber());
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    QVERIFY(csc.send("PUT",
                     QStringLiteral("/api/v1/documents/%1?case=%2&name=scan.png")
                         .arg(sha256Of(Png), scanned.id),
                     Png,
                     "image/png")
                .status
            < 300);
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(registered(officer, scanned.id), 8);

    // What the staff see of every case, to compare with.
    Client reviewer(*m_server);
    reviewer.signIn(QStringLiteral("ministry.reviewer"));
    const QJsonObject full
        = reviewer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000")).json;
    QStringList scans;
    for (const auto &document : full.value(u"documents").toArray())
        scans.append(document.toObject().value(u"sha256").toString());
    QVERIFY(!scans.isEmpty());
    QHash<QString, Case> cases;
    for (const auto &value : full.value(u"cases").toArray()) {
        const Case c = *caseFromJson(value.toObject());
        cases.insert(c.id, c);
    }

    int seen = 0;
    for (const IntegrationScope &scope : integrationScopes()) {
        Client system(*m_server);
        QCOMPARE(system.signIn(scope.id).status, 200);
        const QJsonObject page
            = system.get(QStringLiteral("/api/v1/changes?since=0&limit=5000")).json;
        // No scans, not even their names.
        QVERIFY2(page.value(u"documents").toArray().isEmpty(), qPrintable(scope.id));
        for (const auto &value : page.value(u"cases").toArray()) {
            const QByteArray text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
            const auto c = caseFromJson(value.toObject());
            QVERIFY2(c, qPrintable(scope.id)); // the same codec reads it
            ++seen;
            // Only the cases its job waits on ...
            QVERIFY2(scope.reads.contains(c->state),
                     qPrintable(scope.id + QLatin1Char(' ') + caseStateId(c->state)));
            const Case &whole = cases.value(c->id);
            // ... and of each only what the job needs: no scan, no document's
            // facts, no decision, no notice.
            for (const QString &scan : std::as_const(scans))
                QVERIFY2(!text.contains(scan.toLatin1()), qPrintable(scope.id));
            QVERIFY2(!text.contains("\"facts\""), qPrintable(scope.id));
            QVERIFY(c->decisions.isEmpty() && c->notices.isEmpty());
            QCOMPARE(c->applicant.iin, scope.identity ? whole.applicant.iin : QString());
            QCOMPARE(c->applicant.surname, scope.identity ? whole.applicant.surname : QString());
            if (!scope.identity && !whole.applicant.iin.isEmpty())
                QVERIFY2(!text.contains(whole.applicant.iin.toLatin1()), qPrintable(scope.id));
            QCOMPARE(c->checks.isEmpty(), !scope.checks || whole.checks.isEmpty());
            QCOMPARE(c->courierTracking, scope.courier ? whole.courierTracking : QString());
        }
        // A scan, by its hash, and the claims: refused.
        QCOMPARE(system.get(QStringLiteral("/api/v1/documents/") + scans.constFirst()).status, 403);
        QCOMPARE(system.get(QStringLiteral("/api/v1/claims")).status, 403);
        // Its own commands only.
        for (const IntegrationScope &other : integrationScopes()) {
            if (other.id != scope.id)
                QCOMPARE(system
                             .post(QStringLiteral("/api/v1/integration/%1/commands").arg(other.id),
                                   {{QStringLiteral("commands"), QJsonArray()}})
                             .status,
                         403);
        }
    }
    QVERIFY(seen > 0);
}

void TestServerApiCases::theSimulatedWorldFilesScansAndAnswers()
{
    // The ministry's reviewer sees both cities' cases, as the simulator files both.
    Client officer(*m_server);
    officer.signIn(QStringLiteral("ministry.reviewer"));
    const Answer known = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
    const qint64 before = known.json.value(u"next").toInteger();
    // The cases other tests filed, whose revisions a notice may move.
    QSet<QString> earlier;
    for (const auto &value : known.json.value(u"cases").toArray())
        earlier.insert(value.toObject().value(u"id").toString());
    const QString ca = m_server->folder() + QStringLiteral("/tls/cert.pem");
    auto kezekctl = [&](const QStringList &arguments, QString *printed) -> int {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEZEK_PASSWORD"), Password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEZEKCTL_PATH), arguments);
        process.waitForFinished(120000);
        *printed
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        if (process.exitCode() != 0)
            qWarning("kezekctl %s: %s", qPrintable(arguments.join(u' ')), qPrintable(*printed));
        if (process.exitCode() != 0)
            qWarning().noquote() << *printed;
        return process.exitCode();
    };
    QString printed;
    QCOMPARE(kezekctl({QStringLiteral("simulate"),
                       QStringLiteral("--server"),
                       m_server->baseUrl(),
                       QStringLiteral("--ca"),
                       ca,
                       QStringLiteral("--user"),
                       QStringLiteral("egov"),
                       QStringLiteral("--count"),
                       QStringLiteral("6"),
                       QStringLiteral("--faults"),
                       QStringLiteral("0"),
                       QStringLiteral("--scans"),
                       QStringLiteral("--ministry-key"),
                       m_server->folder() + QStringLiteral("/tls/ministry-signer.pem")},
                      &printed),
             0);
    QVERIFY2(printed.contains(QStringLiteral("filed 6 applications")), qPrintable(printed));

    // Each filed case has a real scan of each filed document.
    auto newCases = [&] {
        QList<Case> cases;
        const QJsonArray page
            = officer.get(QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(before))
                  .json.value(u"cases")
                  .toArray();
        for (const auto &value : page) {
            const Case c = *caseFromJson(value.toObject());
            if (!earlier.contains(c.id))
                cases.append(c);
        }
        return cases;
    };
    QList<Case> filed = newCases();
    QCOMPARE(filed.size(), 6);
    for (const Case &c : std::as_const(filed)) {
        // §8: each with the petition the demo ministry signed, verified at intake.
        QVERIFY(c.petition);
        QCOMPARE(c.petition->number, QStringLiteral("PET-") + c.number);
        QCOMPARE(c.preliminaryDocuments.item(DocumentType::Petition)->status,
                 DocumentStatus::Verified);
        const QJsonArray documents
            = officer.get(QStringLiteral("/api/v1/cases/%1/documents").arg(c.id))
                  .json.value(u"documents")
                  .toArray();
        QCOMPARE(documents.size(), c.preliminaryDocuments.items().size());
        for (const auto &document : documents) {
            const QJsonObject info = document.toObject();
            const Answer scan = officer.get(QStringLiteral("/api/v1/documents/")
                                            + info.value(u"sha256").toString());
            QCOMPARE(scan.status, 200);
            QCOMPARE(sha256Of(scan.raw), info.value(u"sha256").toString());
        }
    }

    // One round of the outside world: КҚП АЖ numbers every received case.
    QCOMPARE(kezekctl({QStringLiteral("simulate"),
                       QStringLiteral("answer"),
                       QStringLiteral("--server"),
                       m_server->baseUrl(),
                       QStringLiteral("--ca"),
                       ca,
                       QStringLiteral("--delay"),
                       QStringLiteral("0"),
                       QStringLiteral("--rounds"),
                       QStringLiteral("1")},
                      &printed),
             0);
    QVERIFY2(printed.contains(QStringLiteral("kqp ")), qPrintable(printed));
    for (const Case &c : newCases()) {
        if (c.state == CaseState::Received)
            QVERIFY2(c.kqpNumber.startsWith(QStringLiteral("KQP-")), qPrintable(c.number));
    }

    // Someone at a keyboard claims one Astana case first: the simulated
    // colleague leaves it to them.
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY(UserStore(**store).addUser({QStringLiteral("person.at.keyboard"),
                                            QStringLiteral("Әсел"),
                                            Role::MigrationOfficer,
                                            City::Astana,
                                            *hashPassword(Password, ScryptCost{10, 8, 1}),
                                            0,
                                            {},
                                            {},
                                            {},
                                            {},
                                            false},
                                           QDateTime::currentDateTimeUtc()));
    }
    QString claimedId;
    for (const Case &c : newCases()) {
        if (c.city == City::Astana && c.state == CaseState::Received && claimedId.isEmpty())
            claimedId = c.id;
    }
    QVERIFY(!claimedId.isEmpty());
    Client person(*m_server);
    person.signIn(QStringLiteral("person.at.keyboard"));
    QCOMPARE(person
                 .post(QStringLiteral("/api/v1/claims"),
                       {{QStringLiteral("claims"),
                         QJsonArray{QJsonObject{{QStringLiteral("caseId"), claimedId}}}}})
                 .json.value(u"results")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"status")
                 .toString(),
             QStringLiteral("held"));

    // A simulated colleague in Astana takes every other numbered case up:
    // verifies the documents and registers it (faultless filings), with the
    // officer's own key file for anything to sign.
    QTemporaryDir keys;
    const QString keyFile = keys.filePath(QStringLiteral("officer.astana.p12"));
    {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*makePkcs12(m_astanaKey, QStringLiteral("key password"), QStringLiteral("k")));
    }
    qputenv("KEZEK_KEY_PASSWORD", "key password");
    QCOMPARE(kezekctl({QStringLiteral("simulate"),
                       QStringLiteral("progress"),
                       QStringLiteral("--server"),
                       m_server->baseUrl(),
                       QStringLiteral("--ca"),
                       ca,
                       QStringLiteral("--user"),
                       QStringLiteral("officer.astana"),
                       QStringLiteral("--key"),
                       keyFile,
                       QStringLiteral("--delay"),
                       QStringLiteral("0"),
                       QStringLiteral("--percent"),
                       QStringLiteral("100"),
                       QStringLiteral("--rounds"),
                       QStringLiteral("1")},
                      &printed),
             0);
    qunsetenv("KEZEK_KEY_PASSWORD");
    int registered = 0;
    QSet<QString> filedIds;
    for (const Case &c : std::as_const(filed))
        filedIds.insert(c.id);
    for (const Case &c : newCases()) {
        if (c.city != City::Astana || !filedIds.contains(c.id))
            continue;
        if (c.id == claimedId) {
            QCOMPARE(c.state, CaseState::Received);
            continue;
        }
        QCOMPARE(c.state, CaseState::Registered);
        QVERIFY(c.preliminaryDocuments.isComplete());
        ++registered;
    }
    // The simulator's seed files Astana cases among the six.
    QVERIFY(registered > 0);
    QVERIFY2(printed.contains(QStringLiteral("applied: ")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("left alone, held by someone else: 1")),
             qPrintable(printed));
}

// Issue 31 point 5: the same person under another IIN or passport, the name
// written another way, is flagged at intake for the officer and still taken;
// the applicant's own case (the same IIN) and a namesake born on another day
// are not flagged.
void TestServerApiCases::theSamePersonUnderAnotherIdentityIsFlaggedAtIntake()
{
    ServerProcess server;
    QVERIFY(server.start());
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + server.folder()
                                       + QStringLiteral("/server.db"));
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(addPeople(
            users,
            {{"intake.officer", QStringLiteral("Дана"), Role::MigrationOfficer, City::Astana, ""},
             {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
            Password));
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto file = [&](const QString &number,
                          const QString &surname,
                          QDate born,
                          int serial,
                          const QString &passport) {
        NewApplication application = m_application;
        application.applicant.surname = surname;
        application.applicant.birthDate = born;
        application.applicant.iin.clear();
        for (; application.applicant.iin.isEmpty(); ++serial)
            application.applicant.iin = composeIin(born, Sex::Male, serial);
        application.applicant.passportNumber = passport;
        application.documents.clear();
        for (const CatalogEntry &entry : catalogFor(Stage::Preliminary)) {
            application.documents.append(
                {entry.type, Builders::goodFacts(entry.type, application.applicant, today)});
        }
        return fileAnother(server, application, number);
    };
    const QDate born(1990, 5, 15);
    const NewApplication first
        = file(u"DNR-2026-000101"_qs, u"MUELLER"_qs, born, 1234, u"C01X00T47"_qs);
    // Another IIN and passport, the name as eGov wrote it.
    const NewApplication second
        = file(u"DNR-2026-000102"_qs, u"Müller"_qs, born, 5678, u"C02X00T11"_qs);
    // The first applicant again, with a new passport: their own case.
    const NewApplication own
        = file(u"DNR-2026-000103"_qs, u"MUELLER"_qs, born, 1234, u"C03X00T22"_qs);
    QCOMPARE(own.applicant.iin, first.applicant.iin);
    // A namesake born on another day.
    const NewApplication namesake
        = file(u"DNR-2026-000104"_qs, u"MUELLER"_qs, born.addDays(1), 1234, u"C04X00T33"_qs);

    Client officer(server);
    QCOMPARE(officer.signIn(QStringLiteral("intake.officer")).status, 200);
    QHash<QString, Case> taken;
    for (const QJsonValue &value :
         officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"cases").toArray()) {
        auto decoded = caseFromJson(value.toObject());
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        taken.insert(decoded->id, *decoded);
    }
    QCOMPARE(taken.size(), 4);
    QVERIFY(taken.value(first.id).possibleDuplicates.isEmpty());
    QCOMPARE(taken.value(second.id).possibleDuplicates, QStringList{u"DNR-2026-000101"_qs});
    QCOMPARE(taken.value(own.id).possibleDuplicates, QStringList{u"DNR-2026-000102"_qs});
    QVERIFY(taken.value(namesake.id).possibleDuplicates.isEmpty());
    // Taken all the same: the officer decides.
    QCOMPARE(taken.value(second.id).state, CaseState::Received);
}

void TestServerApiCases::aClaimedCaseIsWorkedOnlyByItsHolder()
{
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY(UserStore(**store).addUser({QStringLiteral("officer2.astana"),
                                            QStringLiteral("Мәди"),
                                            Role::MigrationOfficer,
                                            City::Astana,
                                            *hashPassword(Password, ScryptCost{10, 8, 1}),
                                            0,
                                            {},
                                            {},
                                            {},
                                            {},
                                            false},
                                           QDateTime::currentDateTimeUtc()));
    }
    const NewApplication filed
        = fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000009"));
    Client aigerim(*m_server);
    aigerim.signIn(QStringLiteral("officer.astana"));
    Client madi(*m_server);
    madi.signIn(QStringLiteral("officer2.astana"));
    const auto claim = [&filed](Client &client, bool release = false) {
        const Answer answer
            = client.post(QStringLiteral("/api/v1/claims"),
                          {{QStringLiteral("claims"),
                            QJsonArray{QJsonObject{{QStringLiteral("caseId"), filed.id},
                                                   {QStringLiteral("release"), release}}}}});
        return answer.json.value(u"results").toArray().at(0).toObject();
    };

    const QJsonObject held = claim(aigerim);
    QCOMPARE(held.value(u"status").toString(), QStringLiteral("held"));
    const QDateTime until = QDateTime::fromString(held.value(u"expiresAt").toString(), Qt::ISODate);
    const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(until) / 60;
    QVERIFY2(minutes >= 478 && minutes <= 480, qPrintable(QString::number(minutes)));
    const QJsonObject taken = claim(madi);
    QCOMPARE(taken.value(u"status").toString(), QStringLiteral("taken"));
    QCOMPARE(taken.value(u"holder").toString(), QStringLiteral("officer.astana"));

    // Madi's command on Aigerim's case is refused with the reason; hers goes.
    const auto verify = [&filed](int version) {
        return command(QStringLiteral("update-document"),
                       filed.id,
                       version,
                       {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                        {QStringLiteral("document"), QStringLiteral("passport")},
                        {QStringLiteral("command"), QStringLiteral("verify")}});
    };
    const QJsonObject refused = madi.commands({verify(1)}).at(0).toObject();
    QCOMPARE(refused.value(u"code").toString(), QStringLiteral("case.claimed"));
    QVERIFY(refused.value(u"message").toString().contains(QStringLiteral("officer.astana")));
    QCOMPARE(aigerim.commands({verify(1)}).at(0).toObject().value(u"status").toString(),
             QStringLiteral("applied"));

    // Everyone in Astana sees the claim; Almaty does not.
    const auto claimed = [&filed](Client &client) {
        const Answer answer = client.get(QStringLiteral("/api/v1/claims"));
        for (const auto &value : answer.json.value(u"claims").toArray()) {
            if (value.toObject().value(u"caseId").toString() == filed.id)
                return value.toObject().value(u"holder").toString();
        }
        return QString();
    };
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    QCOMPARE(claimed(almaty), QString());
    QCOMPARE(claim(almaty).value(u"code").toString(), QStringLiteral("case.not-found"));

    // Given back, it is Madi's to take; only the holder gives it back.
    QCOMPARE(claim(madi, true).value(u"status").toString(), QStringLiteral("released"));
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    QCOMPARE(claim(aigerim, true).value(u"status").toString(), QStringLiteral("released"));
    QCOMPARE(claim(madi).value(u"status").toString(), QStringLiteral("held"));

    // A supervisor gives Madi's case to Aigerim, and the audit log keeps who did.
    Client gulnar(*m_server);
    gulnar.signIn(QStringLiteral("supervisor.astana"));
    QStringList colleagues;
    for (const auto &value :
         gulnar.get(QStringLiteral("/api/v1/colleagues")).json.value(u"colleagues").toArray())
        colleagues.append(value.toObject().value(u"id").toString());
    // Astana's officers and CSC operators (others' tests add more of them),
    // never another city's, a supervisor, the ministry or an integration.
    for (const QString &desk : {QStringLiteral("csc.astana"),
                                QStringLiteral("locked.out"),
                                QStringLiteral("officer.astana"),
                                QStringLiteral("officer2.astana")})
        QVERIFY2(colleagues.contains(desk), qPrintable(colleagues.join(u' ')));
    for (const QString &other : {QStringLiteral("officer.almaty"),
                                 QStringLiteral("supervisor.astana"),
                                 QStringLiteral("ministry.reviewer"),
                                 QStringLiteral("egov")})
        QVERIFY2(!colleagues.contains(other), qPrintable(colleagues.join(u' ')));
    QCOMPARE(madi.get(QStringLiteral("/api/v1/colleagues")).status, 403);
    const auto give = [&filed](Client &client, const QString &to) {
        return client
            .post(QStringLiteral("/api/v1/claims"),
                  {{QStringLiteral("claims"),
                    QJsonArray{QJsonObject{{QStringLiteral("caseId"), filed.id},
                                           {QStringLiteral("assignTo"), to}}}}})
            .json.value(u"results")
            .toArray()
            .at(0)
            .toObject();
    };
    const QJsonObject given = give(gulnar, QStringLiteral("officer.astana"));
    QCOMPARE(given.value(u"status").toString(), QStringLiteral("assigned"));
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    QCOMPARE(madi.commands({verify(2)}).at(0).toObject().value(u"code").toString(),
             QStringLiteral("case.claimed"));
    // Only a supervisor, only to the city's own people.
    QCOMPARE(give(madi, QStringLiteral("officer2.astana")).value(u"code").toString(),
             QStringLiteral("workflow.role"));
    QCOMPARE(give(gulnar, QStringLiteral("officer.almaty")).value(u"code").toString(),
             QStringLiteral("workflow.assignee"));
    QCOMPARE(give(gulnar, QStringLiteral("nobody")).value(u"code").toString(),
             QStringLiteral("claim.assignee"));
    QCOMPARE(claimed(madi), QStringLiteral("officer.astana"));
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QSqlQuery query((*store)->connection());
        query.prepare(QStringLiteral("SELECT actor, detail FROM audit_log WHERE action = "
                                     "'assign' AND subject = ? ORDER BY seq"));
        query.addBindValue(filed.id);
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("supervisor.astana"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("to officer.astana"));
        QVERIFY(!query.next()); // the refused ones are not in it
    }

    // Integrations do not claim; a malformed batch changes nothing.
    Client egov(*m_server);
    egov.signIn(QStringLiteral("egov"));
    QCOMPARE(egov.post(QStringLiteral("/api/v1/claims"), {{QStringLiteral("claims"), QJsonArray{}}})
                 .status,
             403);
    QCOMPARE(madi.post(QStringLiteral("/api/v1/claims"), {{QStringLiteral("claim"), 1}}).status,
             400);
    const Answer noCase = madi.post(QStringLiteral("/api/v1/claims"),
                                    {{QStringLiteral("claims"), QJsonArray{QJsonObject{}}}});
    QCOMPARE(noCase.status, 200);
    QCOMPARE(noCase.json.value(u"results").toArray().at(0).toObject().value(u"status").toString(),
             QStringLiteral("rejected"));
    QCOMPARE(claimed(aigerim), QStringLiteral("officer.astana")); // as the supervisor gave it
}

void TestServerApiCases::aClaimEndsWhenTheCaseLeavesItsHoldersDesk()
{
    // A CSC operator claims a registered case and sends its originals by
    // courier; nothing more is theirs to do on it, so the officer who
    // receives the originals is not kept waiting for the lease to run out.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Case registered = Builders::caseIn(CaseState::FinalRegistered, today.addDays(-80));
    registered.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    registered.number = QStringLiteral("DNR-2026-000404");
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({registered}));
    }
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const auto claim = [&registered](Client &client) {
        return client
            .post(QStringLiteral("/api/v1/claims"),
                  {{QStringLiteral("claims"),
                    QJsonArray{QJsonObject{{QStringLiteral("caseId"), registered.id},
                                           {QStringLiteral("release"), false}}}}})
            .json.value(u"results")
            .toArray()
            .at(0)
            .toObject();
    };
    QCOMPARE(claim(csc).value(u"status").toString(), QStringLiteral("held"));
    // A document's scan reaches the server before the command that names it;
    // a command naming one that never came is refused and says so.
    const QJsonObject noScan
        = csc.commands({command(QStringLiteral("update-document"),
                                registered.id,
                                registered.version,
                                {{QStringLiteral("checklist"), QStringLiteral("csc-comparison")},
                                 {QStringLiteral("document"), QStringLiteral("photo")},
                                 {QStringLiteral("command"), QStringLiteral("submit")},
                                 {QStringLiteral("scan"), QString(64, u'a')}})})
              .at(0)
              .toObject();
    QCOMPARE(noScan.value(u"code").toString(), QStringLiteral("document.missing"));
    QCOMPARE(officer
                 .commands({command(
                     QStringLiteral("receive-originals"), registered.id, registered.version, {})})
                 .at(0)
                 .toObject()
                 .value(u"code")
                 .toString(),
             QStringLiteral("case.claimed"));
    const QJsonObject sent
        = csc.commands({command(QStringLiteral("dispatch-courier"),
                                registered.id,
                                registered.version,
                                {{QStringLiteral("reference"), QStringLiteral("KZP-404")}})})
              .at(0)
              .toObject();
    QCOMPARE(sent.value(u"status").toString(), QStringLiteral("applied"));
    for (const auto &value :
         officer.get(QStringLiteral("/api/v1/claims")).json.value(u"claims").toArray())
        QVERIFY(value.toObject().value(u"caseId").toString() != registered.id);
    const QJsonObject received
        = officer
              .commands({command(
                  QStringLiteral("receive-originals"), registered.id, registered.version + 1, {})})
              .at(0)
              .toObject();
    QCOMPARE(received.value(u"status").toString(), QStringLiteral("applied"));
}

// Issue 31 point 1: a case at the CSC (§20-21) is not given to a migration
// officer, nor a registered one (§13) to a CSC operator: refused with its
// code, the claim and the audit log unchanged. The colleagues' answer says
// how many cases each one holds now, as the claims count them.
void TestServerApiCases::aCaseGoesOnlyToARoleThatWorksItsStageAndColleaguesShowTheirLoad()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Case atCsc = Builders::caseIn(CaseState::AtCsc, today.addDays(-30));
    atCsc.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    atCsc.number = QStringLiteral("DNR-2026-003101");
    Case registered = Builders::caseIn(CaseState::Registered, today.addDays(-10));
    registered.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    registered.number = QStringLiteral("DNR-2026-003102");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto auditCount = [this] {
        auto store = ServerStore::open(m_databaseUrl);
        QSqlQuery query((*store)->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assign'"));
        query.next();
        return query.value(0).toInt();
    };
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({atCsc, registered}));
        QVERIFY((*store)->claimCase(atCsc.id, QStringLiteral("csc.astana"), now, 3600));
    }
    const int audited = auditCount();
    Client gulnar(*m_server);
    gulnar.signIn(QStringLiteral("supervisor.astana"));
    const auto give = [&gulnar](const Case &c, const QString &to) {
        return gulnar
            .post(QStringLiteral("/api/v1/claims"),
                  {{QStringLiteral("claims"),
                    QJsonArray{QJsonObject{{QStringLiteral("caseId"), c.id},
                                           {QStringLiteral("assignTo"), to}}}}})
            .json.value(u"results")
            .toArray()
            .at(0)
            .toObject();
    };
    const QJsonObject refused = give(atCsc, QStringLiteral("officer.astana"));
    QCOMPARE(refused.value(u"status").toString(), QStringLiteral("rejected"));
    QCOMPARE(refused.value(u"code").toString(), QStringLiteral("workflow.assignee-stage"));
    QVERIFY2(refused.value(u"message").toString().contains(roleTitle(Role::CscOperator)),
             qPrintable(refused.value(u"message").toString()));
    QCOMPARE(give(registered, QStringLiteral("csc.astana")).value(u"code").toString(),
             QStringLiteral("workflow.assignee-stage"));
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QCOMPARE((*(*store)->claimOf(atCsc.id, now))->holder, QStringLiteral("csc.astana"));
        QVERIFY(!(*store)->claimOf(registered.id, now)->has_value());
    }
    QCOMPARE(auditCount(), audited);
    // The roles that work each stage take it.
    QCOMPARE(give(registered, QStringLiteral("officer.astana")).value(u"status").toString(),
             QStringLiteral("assigned"));

    // Each colleague's load: the cases they hold now, by the claims.
    QHash<QString, int> held;
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        const auto active = (*store)->activeClaims(QDateTime::currentDateTimeUtc());
        QVERIFY(active);
        for (const auto &[claim, city] : *active) {
            if (city == QStringLiteral("astana"))
                ++held[claim.holder];
        }
    }
    QVERIFY(held.value(QStringLiteral("csc.astana")) >= 1);
    QVERIFY(held.value(QStringLiteral("officer.astana")) >= 1);
    const Answer colleagues = gulnar.get(QStringLiteral("/api/v1/colleagues"));
    QCOMPARE(colleagues.status, 200);
    int seen = 0;
    for (const auto &value : colleagues.json.value(u"colleagues").toArray()) {
        const QJsonObject colleague = value.toObject();
        const QString id = colleague.value(u"id").toString();
        QVERIFY2(colleague.value(u"held").isDouble(), qPrintable(id));
        QCOMPARE(colleague.value(u"held").toInt(), held.value(id));
        QVERIFY(colleague.value(u"dueThisWeek").toInt() <= held.value(id));
        ++seen;
    }
    QVERIFY(seen >= 3);
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    (void)(*store)->releaseClaim(atCsc.id, QStringLiteral("csc.astana"));
    (void)(*store)->releaseClaim(registered.id, QStringLiteral("officer.astana"));
}

QTEST_GUILESS_MAIN(TestServerApiCases)
#include "tst_serverapi_cases.moc"
