#include "tests/integration/apifixture.h"

using namespace Kezek;
using namespace Kezek::Testing;

// The server's API over real TLS (issue 32, point 3: by resource): accounts and sign-in, the audit
// log, retention and the pilot report.
class TestServerApiAccounts : public ApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSite(); }
    void signInNeedsTheRightPasswordAndLocksAfterFive();
    void requestsWithoutAValidSessionAreRefused();
    void errorsSpeakTheClientsLanguage();
    void itDisablesRevokesResetsAndTheOfficerChanges();
    void everyCommandReadAndSignInIsInAnIntactAuditChain();
    void theAuditKeyAndCheckpointsCatchACutTail();
    void readsAreAuditedCompactlyBeforeTheAnswer();
    void theSitesRetentionRemovesScansAndPersonalData();
    void thePilotReportIsTheMinistrysAndEachSupervisorsCitys();
    void thePilotReportRefusesABadPeriodAndOtherRoles_data();
    void thePilotReportRefusesABadPeriodAndOtherRoles();
    void kezekctlWritesTheReportWholeOrNothing_data();
    void kezekctlWritesTheReportWholeOrNothing();
    void anAbsenceUnderAnotherPersonsIdIsRefusedInWords();
};

void TestServerApiAccounts::signInNeedsTheRightPasswordAndLocksAfterFive()
{
    Client client(*m_server);
    const Answer good = client.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(good.status, 200);
    QCOMPARE(good.json.value(u"user").toObject().value(u"city").toString(),
             QStringLiteral("astana"));
    QCOMPARE(client.signIn(QStringLiteral("nobody")).status, 401);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            client.signIn(QStringLiteral("locked.out"), QStringLiteral("wrong password")).status,
            401);
    const Answer locked = client.signIn(QStringLiteral("locked.out"));
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.json.value(u"code").toString(), QStringLiteral("locked"));
    // A name nobody has is answered the same way: a 423 does not tell which
    // user names exist.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.signIn(QStringLiteral("nobody"), QStringLiteral("wrong password")).status,
                 401);
    const Answer unknown = client.signIn(QStringLiteral("nobody"));
    QCOMPARE(unknown.status, 423);
    QCOMPARE(unknown.json.value(u"code").toString(), QStringLiteral("locked"));
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
    QCOMPARE(unknown.json.value(u"message")
                 .toString()
                 .replace(QStringLiteral("nobody"), QStringLiteral("NAME"))
                 .remove(time),
             locked.json.value(u"message")
                 .toString()
                 .replace(QStringLiteral("locked.out"), QStringLiteral("NAME"))
                 .remove(time));
}

void TestServerApiAccounts::requestsWithoutAValidSessionAreRefused()
{
    Client client(*m_server);
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes")).status, 401);
    client.setToken("forged-token-that-was-never-issued");
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes")).json.value(u"code").toString(),
             QStringLiteral("unauthorized"));
    client.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(client.send("DELETE", QStringLiteral("/api/v1/session")).status, 204);
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes")).status,
             401); // signed out means signed out
}

void TestServerApiAccounts::errorsSpeakTheClientsLanguage()
{
    int tries = 0;
    auto wrongPassword = [this, &tries](const QByteArray &language) {
        Client client(*m_server);
        client.setLanguage(language);
        // A new name each time: five tries lock a name, real or not.
        return client
            .signIn(QStringLiteral("nobody.%1").arg(++tries), QStringLiteral("not the password"))
            .json.value(u"message")
            .toString();
    };
    const QString english = wrongPassword({});
    QCOMPARE(english, QStringLiteral("The user name or the password is wrong."));
    QCOMPARE(wrongPassword("en-GB,en;q=0.8"), english);
    const QString kazakh = wrongPassword("kk-KZ, ru;q=0.8");
    QVERIFY2(kazakh != english
                 && kazakh.contains(QRegularExpression(QStringLiteral("[әғқңөұүһі]"))),
             qPrintable(kazakh));
    const QString russian = wrongPassword("ru");
    QVERIFY2(russian != english && russian.contains(QRegularExpression(QStringLiteral("[а-я]"))),
             qPrintable(russian));
    QCOMPARE(wrongPassword("de-DE, fr"), english); // none we speak: English

    // The law's own refusals too, for a command.
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.setLanguage("ru");
    officer.signIn(QStringLiteral("officer.astana"));
    const QString refusal = officer.commands({command(QStringLiteral("teleport"), filed.id, 1, {})})
                                .at(0)
                                .toObject()
                                .value(u"message")
                                .toString();
    QVERIFY2(refusal.contains(QStringLiteral("Kezek"))
                 && refusal.contains(QRegularExpression(QStringLiteral("[а-я]"))),
             qPrintable(refusal));
}

void TestServerApiAccounts::itDisablesRevokesResetsAndTheOfficerChanges()
{
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(addPeople(
            users,
            {{"account.owner", QStringLiteral("Қанат"), Role::MigrationOfficer, City::Astana, ""}},
            Password));
    }
    const QString owner = QStringLiteral("account.owner");
    const auto admin = [this, &owner](const char *what, QString *printed) {
        const int code = runKezekctl({QStringLiteral("admin"),
                                      QString::fromLatin1(what),
                                      QStringLiteral("--database"),
                                      m_databaseUrl,
                                      QStringLiteral("--id"),
                                      owner},
                                     printed);
        if (code != 0)
            qWarning("kezekctl admin %s: %s", what, qPrintable(*printed));
        return code;
    };
    QString printed;

    // A lost laptop: IT ends the officer's sessions; the token opens nothing.
    Client laptop(*m_server);
    QCOMPARE(laptop.signIn(owner).status, 200);
    QCOMPARE(laptop.get(QStringLiteral("/api/v1/claims")).status, 200);
    QCOMPARE(admin("revoke-sessions", &printed), 0);
    QVERIFY2(printed.contains(u"1 session"), qPrintable(printed));
    // Servers believe a session for SessionCache::TimeToLive (5 s) at most.
    QTRY_COMPARE_WITH_TIMEOUT(laptop.get(QStringLiteral("/api/v1/claims")).status, 401, 6000);

    // An officer who left: disabled, their session ends and the right
    // password is answered like a wrong one; enabled again, it works.
    QCOMPARE(laptop.signIn(owner).status, 200);
    QCOMPARE(admin("disable-user", &printed), 0);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.get(QStringLiteral("/api/v1/claims")).status, 401, 6000);
    const Answer disabled = laptop.signIn(owner);
    QCOMPARE(disabled.status, 401);
    QCOMPARE(disabled.json.value(u"code").toString(), QStringLiteral("bad-credentials"));
    QCOMPARE(admin("enable-user", &printed), 0);
    QCOMPARE(laptop.signIn(owner).status, 200);

    // A forgotten password: IT gives a one-time one. The old one stops
    // working, the new one opens nothing but its own change.
    QCOMPARE(admin("reset-password", &printed), 0);
    const QString oneTime = printed.trimmed().split(u'\n').constLast().trimmed();
    QCOMPARE(oneTime.size(), 16);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.get(QStringLiteral("/api/v1/claims")).status, 401, 6000);
    QCOMPARE(laptop.signIn(owner).status, 401);
    const Answer first = laptop.signIn(owner, oneTime);
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value(u"mustChangePassword").toBool());
    const Answer blocked = laptop.get(QStringLiteral("/api/v1/changes"));
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.json.value(u"code").toString(), QStringLiteral("password.must-change"));
    const auto change = [&laptop](const QString &current, const QString &next) {
        return laptop.post(
            QStringLiteral("/api/v1/password"),
            {{QStringLiteral("password"), current}, {QStringLiteral("newPassword"), next}});
    };
    QCOMPARE(change(oneTime, QStringLiteral("short")).json.value(u"code").toString(),
             QStringLiteral("password.weak"));
    QCOMPARE(change(QStringLiteral("not the one-time one"), QStringLiteral("a long new secret"))
                 .json.value(u"code")
                 .toString(),
             QStringLiteral("password.wrong"));
    Client otherDesk(*m_server);
    QCOMPARE(otherDesk.signIn(owner, oneTime).status, 200);
    QCOMPARE(change(oneTime, QStringLiteral("a long new secret")).status, 204);
    // This session goes on; the other one ended with the old password.
    QCOMPARE(laptop.get(QStringLiteral("/api/v1/claims")).status, 200);
    QCOMPARE(otherDesk.get(QStringLiteral("/api/v1/claims")).status, 401);
    const Answer renewed = laptop.signIn(owner, QStringLiteral("a long new secret"));
    QCOMPARE(renewed.status, 200);
    QVERIFY(!renewed.json.value(u"mustChangePassword").toBool());

    // Five sessions at most: the sixth sign-in ends the oldest.
    std::vector<std::unique_ptr<Client>> desks;
    for (int i = 0; i < 6; ++i) {
        desks.push_back(std::make_unique<Client>(*m_server));
        QCOMPARE(desks.back()->signIn(owner, QStringLiteral("a long new secret")).status, 200);
        QTest::qWait(5); // sessions are ordered by when they began
    }
    QCOMPARE(desks.front()->get(QStringLiteral("/api/v1/claims")).status, 401);
    QCOMPARE(desks.back()->get(QStringLiteral("/api/v1/claims")).status, 200);

    // Each step is in the audit log; a reset for a user nobody has is
    // refused and changes nothing.
    const auto audited = [this](const QString &action) {
        auto store = ServerStore::open(m_databaseUrl);
        QSqlQuery query((*store)->connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    for (const char *action :
         {"revoke-sessions", "disable-user", "enable-user", "reset-password", "password-changed"})
        QVERIFY2(audited(QString::fromLatin1(action)) >= 1, action);
    QCOMPARE(runKezekctl({QStringLiteral("admin"),
                          QStringLiteral("reset-password"),
                          QStringLiteral("--database"),
                          m_databaseUrl,
                          QStringLiteral("--id"),
                          QStringLiteral("no.such.user")},
                         &printed),
             1);
    QVERIFY2(printed.contains(u"nothing was changed"), qPrintable(printed));
}

void TestServerApiAccounts::everyCommandReadAndSignInIsInAnIntactAuditChain()
{
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    const auto counted = [&store] {
        QSqlQuery query((*store)->connection());
        QHash<QString, int> counts;
        if (!query.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log GROUP BY action")))
            return counts;
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
        return counts;
    };
    const QHash<QString, int> before = counted();

    // One application, a sign-in refused and one made, a command applied and
    // the same again, one refused, a scan stored and read, cases read.
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    QCOMPARE(officer.signIn(QStringLiteral("officer.astana"), QStringLiteral("wrong")).status, 401);
    QCOMPARE(officer.signIn(QStringLiteral("officer.astana")).status, 200);
    int version = 1;
    const QJsonArray verified = verifyPreliminaryDocuments(filed.id, version);
    const QJsonArray one{verified.at(0)};
    QCOMPARE(officer.commands(one).at(0).toObject().value(u"status").toString(),
             QStringLiteral("applied"));
    QCOMPARE(officer.commands(one).at(0).toObject().value(u"status").toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(officer.commands({command(QStringLiteral("send-to-nsc"), filed.id, 2, {})})
                 .at(0)
                 .toObject()
                 .value(u"status")
                 .toString(),
             QStringLiteral("rejected"));
    Client csc(*m_server);
    QCOMPARE(csc.signIn(QStringLiteral("csc.astana")).status, 200);
    const QString hash = sha256Of(Png);
    QVERIFY(
        csc.send("PUT",
                 QStringLiteral("/api/v1/documents/%1?case=%2&name=scan.png").arg(hash, filed.id),
                 Png,
                 "image/png")
            .status
        < 300);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + hash).status, 200);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/changes?since=0")).status, 200);

    auto verdict = AuditLog(**store).verify();
    QVERIFY(verdict);
    QVERIFY2(!verdict->firstBroken, qPrintable(verdict->problem));
    const QHash<QString, int> after = counted();
    const auto added = [&](const char *action) {
        const QString name = QString::fromLatin1(action);
        return after.value(name) - before.value(name);
    };
    QCOMPARE(added("intake"), 1);
    // No duplicate, and nothing for what was refused.
    QCOMPARE(added("command"), 1);
    QCOMPARE(added("login"), 3); // the integration's, the officer's, the operator's
    QCOMPARE(added("login-failed"), 1);
    // A scan stored once (another test may have stored the same bytes first).
    QVERIFY(added("upload-document") <= 1);
    QCOMPARE(added("read-document"), 1);
    // Reads are kept compactly, before the answer, and enter the chain when
    // their period is over (readsAreAuditedCompactlyBeforeTheAnswer).
    QSqlQuery query((*store)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_reads")) && query.next());
    QVERIFY(query.value(0).toInt() >= 1);
}

void TestServerApiAccounts::theAuditKeyAndCheckpointsCatchACutTail()
{
    // A server of its own, stopped as systemd stops it, so that its last
    // checkpoint is written.
    ServerProcess server;
    QVERIFY(server.start());
    const QString database = server.folder() + QStringLiteral("/server.db");
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + database);
        QVERIFY(store);
        UserStore users(**store);
        QVERIFY(addPeople(
            users,
            {{"audited.officer", QStringLiteral("Дана"), Role::MigrationOfficer, City::Astana, ""},
             {"egov", QStringLiteral("eGov"), Role::System, std::nullopt, "egov"}},
            Password));
    }
    Client client(server);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.signIn(QStringLiteral("audited.officer")).status, 200);
    // A read, which the server enters in the chain as it stops.
    fileAnother(server, freshApplication(), QStringLiteral("DNR-2026-000777"));
    QCOMPARE(client.get(QStringLiteral("/api/v1/changes?since=0")).status, 200);
    server.stop();
    // The key beside the database, readable by its owner only; the
    // checkpoints in the journal and in their file.
    const QFileInfo key(database + QStringLiteral(".audit-key"));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // It says which entry it wrote first: the log was empty when it was made.
    {
        QFile keyFile(key.filePath());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.readAll().contains("\nkeyed-from 1\n"));
    }
    // Three sign-ins, eGov's sign-in and intake, and the read: six entries.
    QVERIFY2(server.standardError().contains(u"audit-checkpoint seq=6 hash=hmac:"),
             qPrintable(server.standardError()));
    const QString checkpoints = database + QStringLiteral(".audit-checkpoints");
    QFile file(checkpoints);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains(" seq=6 hash=hmac:"), written.constData());

    const QStringList verify{QStringLiteral("audit"),
                             QStringLiteral("verify"),
                             QStringLiteral("--database"),
                             QStringLiteral("sqlite:") + database};
    QString printed;
    QCOMPARE(
        runKezekctl(verify + QStringList{QStringLiteral("--checkpoint"), checkpoints}, &printed),
        0);
    QVERIFY2(printed.contains(u"intact: 6 entries"), qPrintable(printed));

    // Someone with the database cuts the last sign-in and lowers the counter:
    // the chain alone still holds, the checkpoint does not.
    {
        auto store = ServerStore::open(QStringLiteral("sqlite:") + database);
        QSqlQuery cut((*store)->connection());
        QVERIFY(cut.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 6")));
        QVERIFY(cut.exec(QStringLiteral("UPDATE counters SET value = 5 WHERE name = 'audit'")));
    }
    QCOMPARE(runKezekctl(verify, &printed), 0);
    QCOMPARE(
        runKezekctl(verify + QStringList{QStringLiteral("--checkpoint"), checkpoints}, &printed),
        1);
    QVERIFY2(printed.contains(u"Entry 6") && printed.contains(u"cut"), qPrintable(printed));
    // Without the key file, a keyed log is not verified at all.
    QVERIFY(QFile::rename(key.filePath(), key.filePath() + QStringLiteral(".away")));
    QCOMPARE(runKezekctl(verify, &printed), 3);
    QVERIFY2(printed.contains(u"keyed"), qPrintable(printed));
}

void TestServerApiAccounts::readsAreAuditedCompactlyBeforeTheAnswer()
{
    // A workstation polling its cases: a hundred reads of the same cases.
    fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000888"));
    Client officer(*m_server);
    QCOMPARE(officer.signIn(QStringLiteral("officer.astana")).status, 200);
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    const auto count = [&store](const QString &sql) {
        QSqlQuery query((*store)->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    // The hundred reads fall in one read period (the server's 15 minutes):
    // a boundary between them would rightly start a second row per case.
    // Near one, wait for it to pass.
    const qint64 periodSeconds = 15 * 60;
    const qint64 intoPeriod = QDateTime::currentSecsSinceEpoch() % periodSeconds;
    if (intoPeriod > periodSeconds - 90)
        QTest::qWait(int(periodSeconds - intoPeriod + 1) * 1000);
    const qint64 chainBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const qint64 rowsBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_reads"));
    int seen = 0;
    for (int i = 0; i < 100; ++i) {
        const Answer page = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
        QCOMPARE(page.status, 200);
        seen = int(page.json.value(u"cases").toArray().size());
    }
    QVERIFY(seen > 0);
    // One row per case read in the period, there before the first answer;
    // nothing in the chain yet.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_reads")) - rowsBefore, seen);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), chainBefore);
    // Each row counts the hundred reads once the server has written the
    // repeated ones it counts (ReadLedger::FlushInterval, 2 s).
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT MAX(reads) FROM audit_reads")), 100, 6000);
    // Who read which case is there to ask.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT case_id) FROM audit_reads WHERE "
                                  "user_id = 'officer.astana' AND reads = 100")),
             seen);
    // IT asks who read a case.
    QString printed;
    const QString someCase = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                                 .json.value(u"cases")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"id")
                                 .toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT MAX(reads) FROM audit_reads")), 101, 6000);
    QCOMPARE(runKezekctl({QStringLiteral("audit"),
                          QStringLiteral("reads"),
                          QStringLiteral("--database"),
                          m_databaseUrl,
                          QStringLiteral("--case"),
                          someCase},
                         &printed),
             0);
    QVERIFY2(printed.contains(u"officer.astana") && printed.contains(u"reads: 101"),
             qPrintable(printed));
    // When the period is over, each session's reads are one chain entry
    // (several servers may sum them at once: each is summed once).
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    auto other = ServerStore::open(m_databaseUrl);
    QVERIFY(other);
    const auto first = (*store)->chainReads(later, 15, false);
    const auto second = (*other)->chainReads(later, 15, false);
    QVERIFY(first && second);
    QVERIFY(*first >= 1);
    QCOMPARE(*second, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_reads WHERE chained = 0")), 0);
    // This session's entry: its cases, and the hundred reads of each.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND "
                             "actor = 'officer.astana' AND detail LIKE '%1 cases, %2 reads: %'")
                  .arg(seen)
                  .arg(seen * 101)),
        1);
    const auto verdict = AuditLog(**store).verify();
    QVERIFY(verdict && !verdict->firstBroken);
}

void TestServerApiAccounts::theSitesRetentionRemovesScansAndPersonalData()
{
    // A refusal of January 2025 (its one-year ban long over), with its scan,
    // and one refused last week: a site keeping a year purges the first.
    Case old = Builders::caseIn(CaseState::PreliminarilyRefused, QDate(2025, 1, 13));
    old.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    old.number = QStringLiteral("DNR-2025-000901");
    Case recent = Builders::caseIn(CaseState::PreliminarilyRefused,
                                   QDateTime::currentDateTimeUtc().date().addDays(-30));
    recent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    recent.number = QStringLiteral("DNR-2026-000902");
    const QByteArray png = Png + QByteArrayLiteral("retention"); // this case's own
    const QString sha256 = sha256Of(png);
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({old, recent}));
        QVERIFY((*store)->addDocument({sha256,
                                       old.id,
                                       QStringLiteral("passport.png"),
                                       QStringLiteral("image/png"),
                                       png.size(),
                                       QStringLiteral("egov"),
                                       QStringLiteral("2025-01-13T09:00:00Z")},
                                      png,
                                      {QStringLiteral("egov"),
                                       QStringLiteral("upload-document"),
                                       old.id,
                                       QStringLiteral("passport.png")}));
    }
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256).status, 200);

    const QStringList purge{QStringLiteral("admin"),
                            QStringLiteral("purge"),
                            QStringLiteral("--database"),
                            m_databaseUrl,
                            QStringLiteral("--days"),
                            QStringLiteral("365")};
    QString printed;
    // Said first, changed nothing.
    QCOMPARE(runKezekctl(purge + QStringList{QStringLiteral("--dry-run")}, &printed), 0);
    QVERIFY2(printed.contains(old.number) && !printed.contains(recent.number)
                 && printed.contains(u"would purge"),
             qPrintable(printed));
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256).status, 200);
    // Then done, and reported.
    const int purged = runKezekctl(purge, &printed);
    QVERIFY2(purged == 0, qPrintable(printed));
    QVERIFY2(printed.contains(old.number + QStringLiteral("\t2025-"))
                 && printed.contains(u"scans: 1"),
             qPrintable(printed));
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256).status, 404);
    auto store = ServerStore::open(m_databaseUrl);
    const Case kept = **(*store)->findCase(old.id);
    QVERIFY(kept.applicant.surname.isEmpty() && kept.applicant.givenNames.isEmpty());
    QVERIFY(!kept.applicant.birthDate.isValid());
    QVERIFY(kept.applicant.iin.isEmpty()); // its ban ended a year ago
    QCOMPARE(kept.state, CaseState::PreliminarilyRefused);
    QCOMPARE(kept.history.size(), old.history.size() + 1); // who did what stays
    QCOMPARE(kept.version, old.version + 1);               // and every cache takes it
    QCOMPARE((**(*store)->findCase(recent.id)).applicant, recent.applicant);
    QSqlQuery audit((*store)->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'retention-purge' AND subject = '%1'")
                           .arg(old.id)));
    QVERIFY(audit.next() && audit.value(0).toInt() == 1);
    // Run again, it finds nothing more of it.
    QCOMPARE(runKezekctl(purge, &printed), 0);
    QVERIFY2(!printed.contains(old.number), qPrintable(printed));
}

namespace {

// A period around today that holds every case the tests filed.
QString reportPeriod()
{
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(5 * 3600).date(); // Kazakhstan
    return QStringLiteral("/api/v1/reports/pilot?from=%1&to=%2")
        .arg(today.addDays(-60).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate));
}

int applicationsOf(const OversightFigures &figures, const QString &city)
{
    for (const PilotRow &row : figures.pilot.byCity) {
        if (row.key == city)
            return row.applications;
    }
    return -1;
}

} // namespace

// Issue 30, point 2: the pilot report "for the ministry and the controllers",
// every city; a supervisor reads the same figures of their own city alone.
void TestServerApiAccounts::thePilotReportIsTheMinistrysAndEachSupervisorsCitys()
{
    Client ministry(*m_server);
    ministry.signIn(QStringLiteral("ministry.reviewer"));
    const auto before = oversightFromJson(ministry.get(reportPeriod()).json);
    QVERIFY(before);
    // One more application in Astana today, of an applicant no earlier test
    // refused (a refusal bars the applicant for a year, §19): the report
    // counts it there.
    NewApplication newcomer = freshApplication();
    newcomer.applicant.iin = QStringLiteral("880721310009");
    fileAnother(*m_server, newcomer, QStringLiteral("DNR-2026-000301"));
    const Answer all = ministry.get(reportPeriod());
    QCOMPARE(all.status, 200);
    const auto everyCity = oversightFromJson(all.json);
    QVERIFY2(everyCity, qPrintable(everyCity ? QString() : everyCity.error().message));
    QCOMPARE(everyCity->city, std::nullopt);
    QVERIFY(!everyCity->lawVersion.isEmpty());
    QCOMPARE(applicationsOf(*everyCity, u"astana"_qs), applicationsOf(*before, u"astana"_qs) + 1);
    QCOMPARE(applicationsOf(*everyCity, u"almaty"_qs), applicationsOf(*before, u"almaty"_qs));

    Client supervisor(*m_server);
    supervisor.signIn(QStringLiteral("supervisor.astana"));
    const Answer own = supervisor.get(reportPeriod());
    QCOMPARE(own.status, 200);
    const auto astana = oversightFromJson(own.json);
    QVERIFY(astana);
    QCOMPARE(astana->city, City::Astana);
    QCOMPARE(astana->lawVersion, everyCity->lawVersion);
    QCOMPARE(applicationsOf(*astana, u"astana"_qs), applicationsOf(*everyCity, u"astana"_qs));
    QCOMPARE(applicationsOf(*astana, u"almaty"_qs), 0);
    QVERIFY(astana->cases <= everyCity->cases);
}

void TestServerApiAccounts::thePilotReportRefusesABadPeriodAndOtherRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString ministry = QStringLiteral("ministry.reviewer");
    QTest::newRow("an officer") << u"officer.astana"_qs << u"from=2026-01-01&to=2026-03-31"_qs
                                << 403 << u"forbidden"_qs;
    QTest::newRow("a CSC operator")
        << u"csc.astana"_qs << u"from=2026-01-01&to=2026-03-31"_qs << 403 << u"forbidden"_qs;
    QTest::newRow("an integration")
        << u"egov"_qs << u"from=2026-01-01&to=2026-03-31"_qs << 403 << u"forbidden"_qs;
    QTest::newRow("reversed") << ministry << u"from=2026-03-31&to=2026-01-01"_qs << 400
                              << u"report.period-reversed"_qs;
    QTest::newRow("no end") << ministry << u"from=2026-01-01"_qs << 400
                            << u"report.date-missing"_qs;
    QTest::newRow("no day of the calendar")
        << ministry << u"from=2026-02-01&to=2026-02-30"_qs << 400 << u"report.date-malformed"_qs;
    QTest::newRow("not ISO") << ministry << u"from=01.01.2026&to=2026-03-31"_qs << 400
                             << u"report.date-malformed"_qs;
    QTest::newRow("wholly to come")
        << ministry << u"from=2999-01-01&to=2999-12-31"_qs << 400 << u"report.period-future"_qs;
    // Its weeks would be counted one by one: refused before any case is read.
    QTest::newRow("ten thousand years")
        << ministry << u"from=0001-01-01&to=9999-12-31"_qs << 400 << u"report.period-too-long"_qs;
}

// Bad input is a clear error with its code; the roles the report is not for
// are refused (issue 30, point 2).
void TestServerApiAccounts::thePilotReportRefusesABadPeriodAndOtherRoles()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    Client client(*m_server);
    QCOMPARE(client.signIn(user).status, 200);
    const Answer answer = client.get(QStringLiteral("/api/v1/reports/pilot?") + query);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json.value(u"code").toString(), code);
    QVERIFY(!answer.json.value(u"message").toString().isEmpty());
}

void TestServerApiAccounts::kezekctlWritesTheReportWholeOrNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("period");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("exit");
    const QString ministry = QStringLiteral("ministry.reviewer");
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(5 * 3600).date();
    const QStringList around{today.addDays(-60).toString(Qt::ISODate),
                             today.addDays(1).toString(Qt::ISODate)};
    QTest::newRow("csv") << ministry << around << u"csv"_qs << 0;
    QTest::newRow("xlsx") << ministry << around << u"xlsx"_qs << 0;
    QTest::newRow("pdf") << u"supervisor.astana"_qs << around << u"pdf"_qs << 0;
    QTest::newRow("an unknown format") << ministry << around << u"docx"_qs << 2;
    QTest::newRow("a reversed period")
        << ministry << QStringList{u"2026-03-31"_qs, u"2026-01-01"_qs} << u"csv"_qs << 2;
    QTest::newRow("an impossible date")
        << ministry << QStringList{u"2026-02-01"_qs, u"2026-02-30"_qs} << u"csv"_qs << 2;
    QTest::newRow("a role the report is not for")
        << u"officer.astana"_qs << around << u"csv"_qs << 1;
    QTest::newRow("a period wholly to come")
        << ministry << QStringList{u"2999-01-01"_qs, u"2999-01-31"_qs} << u"csv"_qs << 1;
}

// Issue 30, point 2: `kezekctl report` writes the server's figures as the
// file asked for; bad input is a clear error, a non-zero exit and no file.
void TestServerApiAccounts::kezekctlWritesTheReportWholeOrNothing()
{
    QFETCH(QString, user);
    QFETCH(QStringList, period);
    QFETCH(QString, format);
    QFETCH(int, exit);
    QTemporaryDir folder;
    const QString out = folder.filePath(u"report."_qs + format);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KEZEK_PASSWORD"), Password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KEZEKCTL_PATH),
                  {u"report"_qs,
                   u"--server"_qs,
                   m_server->baseUrl(),
                   u"--ca"_qs,
                   m_server->folder() + u"/tls/cert.pem"_qs,
                   u"--user"_qs,
                   user,
                   u"--from"_qs,
                   period.at(0),
                   u"--to"_qs,
                   period.at(1),
                   u"--format"_qs,
                   format,
                   u"--out"_qs,
                   out,
                   u"--lang"_qs,
                   u"kk"_qs});
    QVERIFY(process.waitForFinished(120000));
    const QString printed
        = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exit, qPrintable(printed));
    const QStringList left = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
    if (exit != 0) {
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
        QVERIFY(!printed.trimmed().isEmpty());
        return;
    }
    QCOMPARE(left, QStringList{u"report."_qs + format}); // no temporary left beside it
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString from = QDate::fromString(period.at(0), Qt::ISODate).toString(u"dd.MM.yyyy"_qs);
    if (format == u"csv") {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("report,,"));
        QVERIFY(bytes.contains(QByteArray(",period-from," + from.toUtf8())));
    } else if (format == u"xlsx") {
        QVERIFY(bytes.startsWith("PK")); // a zip, read back cell by cell in tst_pilotreport
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
    }
}

QTEST_GUILESS_MAIN(TestServerApiAccounts)
// Issue 31's absences, from a broken or hostile client (bad input is said in
// words and changes nothing): the id of another person's absence is refused
// with 409 absence.id-taken, not taken for a failed write; the same absence
// sent again (its answer lost) is answered as the first.
void TestServerApiAccounts::anAbsenceUnderAnotherPersonsIdIsRefusedInWords()
{
    Client supervisor(*m_server);
    QCOMPARE(supervisor.signIn(QStringLiteral("supervisor.astana")).status, 200);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDate later = QDate::currentDate().addDays(200); // nobody's today
    const auto mark = [&](const QString &user) {
        return supervisor.post(QStringLiteral("/api/v1/absences"),
                               {{QStringLiteral("id"), id},
                                {QStringLiteral("userId"), user},
                                {QStringLiteral("from"), later.toString(Qt::ISODate)},
                                {QStringLiteral("to"), later.addDays(1).toString(Qt::ISODate)}});
    };
    QCOMPARE(mark(QStringLiteral("officer.astana")).status, 200);
    QCOMPARE(mark(QStringLiteral("officer.astana")).status, 200);
    const Answer taken = mark(QStringLiteral("locked.out"));
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.json.value(u"code").toString(), QStringLiteral("absence.id-taken"));
    QVERIFY2(taken.json.value(u"message").toString().contains(id), taken.raw.constData());

    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    QSqlQuery query((*store)->connection());
    query.prepare(QStringLiteral("SELECT user_id FROM absences WHERE id = ?"));
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("officer.astana"));
    QVERIFY(!query.next());
    QVERIFY((*store)->absencesOf(QStringLiteral("locked.out"))->isEmpty());
}

#include "tst_serverapi_accounts.moc"
