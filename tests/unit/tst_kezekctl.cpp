#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/auditextract.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "tests/support/builders.h"
#include "tests/support/postgres.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace Kezek;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kezekctl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    if (!input.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("KEZEK_PASSWORD"));
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(KEZEKCTL_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(30000))
        qFatal("kezekctl did not finish");
    if (process.exitStatus() != QProcess::NormalExit)
        return {-1, {}, QStringLiteral("crashed")};
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A SQLite site that ran for a while: something in every table the server's
// migrations make, written by kezekctl and by the store as the server writes
// it, with a keyed audit chain (its key beside the database, as the server
// makes it).
struct Site
{
    QTemporaryDir dir;
    QString url;
    QString keyFile;
};

std::unique_ptr<ServerStore> openOrFail(const QString &url)
{
    auto store = ServerStore::open(url);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(url), qPrintable(store.error().message));
    return std::move(*store);
}

void must(const Result<void> &done, const char *what)
{
    if (!done)
        qFatal("%s: %s", what, qPrintable(done.error().message));
}

bool fillSite(Site &site)
{
    const QString path = site.dir.filePath(QStringLiteral("kezek-server.db"));
    site.url = QStringLiteral("sqlite:") + path;
    site.keyFile = AuditLog::defaultKeyPath(site.url);
    const auto failed = [](const char *step) {
        qWarning("the site could not be filled: %s", step);
        return false;
    };
    if (!AuditLog::loadKey(site.keyFile, true) || !AuditLog::noteKeyedFrom(site.keyFile, 1))
        return failed("the key");
    auto admin = [&site](const QStringList &arguments) {
        const Run run = kezekctl(QStringList{QStringLiteral("admin")} + arguments
                                     + QStringList{QStringLiteral("--database"), site.url},
                                 "long enough password\n");
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.exitCode == 0;
    };
    if (!admin({QStringLiteral("add-office"),
                QStringLiteral("--id"),
                QStringLiteral("dept.astana"),
                QStringLiteral("--kind"),
                QStringLiteral("department"),
                QStringLiteral("--city"),
                QStringLiteral("astana"),
                QStringLiteral("--name"),
                QStringLiteral("Астана көші-қон қызметі")})
        || !admin({QStringLiteral("add-user"),
                   QStringLiteral("--id"),
                   QStringLiteral("aigerim"),
                   QStringLiteral("--role"),
                   QStringLiteral("migration-officer"),
                   QStringLiteral("--office"),
                   QStringLiteral("dept.astana")})
        || !admin({QStringLiteral("seed-history"),
                   QStringLiteral("--count"),
                   QStringLiteral("12"),
                   QStringLiteral("--days"),
                   QStringLiteral("120")}))
        return failed("kezekctl");

    auto store = openOrFail(site.url); // its key found beside it
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto page = store->changesSince(0, 100);
    if (!page || page->cases.isEmpty())
        return failed("the cases");
    const Case first = page->cases.constFirst();
    // A signed command, as an officer's decision arrives.
    CaseCommand command{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        QStringLiteral("record-check"),
                        first.id,
                        first.version,
                        {},
                        now,
                        QByteArray("\x30\x82\x00\x01signature", 14)};
    auto applied = store->applyCommand(
        command,
        QStringLiteral("aigerim"),
        false,
        [&](const std::optional<Case> &current,
            const QList<InterveningChange> &) -> Result<ServerStore::CommandDecision> {
            Case after = *current;
            ++after.version;
            return ServerStore::CommandDecision{
                after,
                {},
                {QStringLiteral("aigerim"), QStringLiteral("command"), after.id, command.type},
                {},
                std::nullopt};
        });
    if (!applied)
        qFatal("command: %s", qPrintable(applied.error().message));
    // Its signature as kept, with the server's archive timestamp and the CRL
    // it was checked by.
    if (!store->keepSignatureEvidence(command.id,
                                      {command.signature,
                                       QByteArray("\x30\x82\x00\x02stamped", 11),
                                       QStringLiteral("archive"),
                                       now,
                                       QStringLiteral("CN=Kezek demo archive timestamps"),
                                       QByteArray("\x30\x82\x00\x03crl", 7),
                                       QStringLiteral("crl")}))
        return failed("the signature's evidence");
    // A scan: bytes of every value, NUL among them.
    QByteArray scan;
    for (int i = 0; i < 512; ++i)
        scan.append(char(i % 256));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex());
    if (!store->addDocument({sha,
                             first.id,
                             QStringLiteral("паспорт.png"),
                             QStringLiteral("image/png"),
                             scan.size(),
                             QStringLiteral("aigerim"),
                             now.toString(Qt::ISODate)},
                            scan,
                            {QStringLiteral("aigerim"), QStringLiteral("upload"), first.id, sha}))
        return failed("a scan");
    if (!store->claimCase(first.id, QStringLiteral("aigerim"), now, 3600))
        return failed("a claim");
    // An escalation told to the officer holding the case (issue 30, point 3).
    ServerStore::Escalation escalation;
    escalation.id = QStringLiteral("escalation-1");
    escalation.caseId = first.id;
    escalation.city = first.city;
    escalation.clock = QStringLiteral("review");
    escalation.started = first.receivedOn;
    escalation.level = QStringLiteral("breached");
    escalation.due = first.receivedOn.addDays(45);
    escalation.raisedAt = now;
    if (auto raised = store->raiseEscalation(escalation,
                                             {QStringLiteral("aigerim")},
                                             {QStringLiteral("system"),
                                              QStringLiteral("escalation"),
                                              first.id,
                                              QStringLiteral("review")});
        !raised || !*raised)
        return failed("an escalation");
    // Issue 31: an absence, a give made once by its request id, a note on
    // the case and an export entered in the audit log.
    ServerStore::AbsenceRecord absence{{QStringLiteral("absence-1"),
                                        QStringLiteral("aigerim"),
                                        QDate(2026, 12, 1),
                                        QDate(2026, 12, 4)},
                                       first.city,
                                       QStringLiteral("aigerim"),
                                       now};
    must(store->addAbsence(absence,
                           [](const QList<Absence> &) -> Result<void> { return {}; },
                           {QStringLiteral("aigerim"),
                            QStringLiteral("absence"),
                            QStringLiteral("aigerim"),
                            QStringLiteral("2026-12-01..2026-12-04")}),
         "an absence");
    const auto given
        = store->giveCase({QStringLiteral("give-1"),
                           first.id,
                           QStringLiteral("aigerim"),
                           QStringLiteral("aigerim"),
                           std::nullopt},
                          now,
                          3600,
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("assigned")}},
                          {QStringLiteral("aigerim"),
                           QStringLiteral("assign"),
                           first.id,
                           QStringLiteral("to aigerim")});
    if (!given)
        qFatal("a give: %s", qPrintable(given.error().message));
    CaseNote note;
    note.id = QStringLiteral("note-1");
    note.caseId = first.id;
    note.authorId = QStringLiteral("aigerim");
    note.authorName = QStringLiteral("Айгерім");
    note.madeAt = now;
    note.text = QStringLiteral("Өтініш беруші дүйсенбіде келеді.");
    if (!store->addNote(
            note,
            first.city,
            {QStringLiteral("aigerim"), QStringLiteral("case-note"), first.id, note.id}))
        return failed("a note");
    if (!AuditExtracts(*store).recordExport(QStringLiteral("aigerim"),
                                            {QStringLiteral("export-1"),
                                             QStringLiteral("All cases"),
                                             {},
                                             12,
                                             QStringLiteral("csv"),
                                             now}))
        return failed("an export");
    // Notices: one delivered, one still due (a NULL the copy keeps).
    Case intake = Builders::caseIn(CaseState::Received);
    intake.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    intake.number = QStringLiteral("AST-MIGRATE-1");
    Notice notice;
    notice.date = QDate(2026, 11, 30);
    notice.language = QStringLiteral("kk");
    notice.text = QStringLiteral("Өтінішіңіз қабылданды");
    if (auto inserted = store->insertCase(
            intake,
            {notice, notice},
            {QStringLiteral("egov"), QStringLiteral("intake"), intake.id, intake.number});
        !inserted) {
        qWarning("%s", qPrintable(inserted.error().message));
        return failed("an intake");
    }
    auto pending = store->pendingNotices(10);
    if (!pending || pending->isEmpty())
        return failed("the notices");
    must(store->markNoticeDelivered(pending->constFirst().id, now), "notice");
    UserStore users(*store);
    must(
        users.createSession(QByteArray(32, 'd'), QStringLiteral("aigerim"), now, now.addSecs(3600)),
        "session");
    if (!users.reserveSignIn(QStringLiteral("nobody"), now, 5, 15))
        return failed("a sign-in");
    must(users.addSignInChallenge(tokenDigest("a challenge"), now, now.addSecs(120)),
         "a sign-in challenge");
    must(users.setSigningCertificate(
             QStringLiteral("aigerim"),
             "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
             now),
         "certificate");
    must(store->recordReads(
             QStringLiteral("session-1"), QStringLiteral("aigerim"), {first.id}, now, 15),
         "reads");
    return true;
}

// The tables of a database, without SQLite's own.
QStringList tablesOf(QSqlDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.tables(QSql::Tables)) {
        if (!table.startsWith(u"sqlite_"))
            tables.append(table);
    }
    tables.sort();
    return tables;
}

// Every row of a table as text, columns by name, sorted: the same on SQLite
// and PostgreSQL when the rows are the same. NULL is not the empty text, and
// bytes are shown as bytes.
QStringList rowsOf(QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    columns.sort();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2")
                        .arg(columns.join(QStringLiteral(", ")),
                             db.driver()->escapeIdentifier(table, QSqlDriver::TableName))))
        qFatal("cannot read %s", qPrintable(table));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            values.append(value.isNull() ? QStringLiteral("<NULL>")
                          : value.metaType() == QMetaType::fromType<QByteArray>()
                              ? QStringLiteral("bytes:")
                                    + QString::fromLatin1(value.toByteArray().toHex())
                              : value.toString());
        }
        rows.append(columns.join(u',') + u'=' + values.join(QStringLiteral("|")));
    }
    rows.sort();
    return rows;
}

// Rows in every table but the migrations' own (the applied versions, the
// counters at zero).
qint64 siteRows(QSqlDatabase &db)
{
    qint64 rows = 0;
    for (const QString &table : tablesOf(db)) {
        if (table == u"schema_migrations")
            continue;
        QSqlQuery query(db);
        query.exec(table == u"counters"
                       ? QStringLiteral("SELECT COUNT(*) FROM counters WHERE value <> 0")
                       : QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        rows += query.next() ? query.value(0).toLongLong() : 0;
    }
    return rows;
}

// What every file in a folder holds, to show that nothing was written.
QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(file.fileName(),
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

class TestKezekctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlinePrintsTheDueDate_data();
    void deadlinePrintsTheDueDate();
    void deadlineJsonHasTheDocumentedFields();
    void checkIinDecodesOrNamesTheReason();
    void checkMrzPrintsFieldsOrNamesTheFailingCheck();
    void calendarListsDaysOffWithTheirCauses();
    void wrongArgumentsGiveUsageAndExitTwo_data();
    void wrongArgumentsGiveUsageAndExitTwo();
    void brokenCalendarFileIsADataError();
    void versionIsPrinted();
    void messagesSpeakTheChosenLanguage();
    void toolCommandsSpeakTheChosenLanguageToo();
    void usersBelongToOfficesOfTheirKind();
    void issueCertificateGivesASigningKeyAndAnAuthenticationKeyThatCannotSign();
    void migrateMovesTheWholeSiteToPostgresqlWithItsAuditChain();
    void migrateRefusesATargetThatHoldsAnyRow();
    void migrateRefusesBadInputAndChangesNothing_data();
    void migrateRefusesBadInputAndChangesNothing();
};

void TestKezekctl::deadlinePrintsTheDueDate_data()
{
    QTest::addColumn<QString>("clock");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("due");
    QTest::newRow("registration") << "registration"
                                  << "2025-11-21"
                                  << "2025-11-25";
    QTest::newRow("rework") << "rework"
                            << "2025-03-19"
                            << "2025-03-26";
    QTest::newRow("review") << "review"
                            << "2025-11-18"
                            << "2026-01-05";
    QTest::newRow("ban from a leap day") << "reapply-ban"
                                         << "2024-02-29"
                                         << "2025-02-28";
    QTest::newRow("final verification") << "final-verification"
                                        << "2025-12-12"
                                        << "2025-12-18";
}

void TestKezekctl::deadlinePrintsTheDueDate()
{
    QFETCH(QString, clock);
    QFETCH(QString, start);
    QFETCH(QString, due);
    const Run run = kezekctl({QStringLiteral("deadline"), clock, start});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, due + QLatin1Char('\n'));
}

void TestKezekctl::deadlineJsonHasTheDocumentedFields()
{
    const Run run = kezekctl({QStringLiteral("deadline"),
                              QStringLiteral("nsc"),
                              QStringLiteral("2026-12-20"),
                              QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"clock").toString(), QStringLiteral("nsc"));
    QCOMPARE(object.value(u"start").toString(), QStringLiteral("2026-12-20"));
    QCOMPARE(object.value(u"due").toString(), QStringLiteral("2027-01-14"));
    QCOMPARE(object.value(u"length").toInt(), 25);
    QCOMPARE(object.value(u"unit").toString(), QStringLiteral("calendar-days"));
    QCOMPARE(object.value(u"calendar_confirmed").toBool(true), false); // 2027 is not decreed
}

void TestKezekctl::checkIinDecodesOrNamesTheReason()
{
    Run run = kezekctl(
        {QStringLiteral("check"), QStringLiteral("iin"), QStringLiteral("851224400172")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("birth-date: 1985-12-24")));
    QVERIFY(run.out.contains(QStringLiteral("sex: female")));

    run = kezekctl({QStringLiteral("check"),
                    QStringLiteral("iin"),
                    QStringLiteral("900515300921"),
                    QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"birth_date").toString(), QStringLiteral("1990-05-15"));
    QCOMPARE(object.value(u"sex").toString(), QStringLiteral("male"));

    run = kezekctl(
        {QStringLiteral("check"), QStringLiteral("iin"), QStringLiteral("900515300009")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("check digit")));

    run = kezekctl({QStringLiteral("check"),
                    QStringLiteral("iin"),
                    QStringLiteral("900515300910"),
                    QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"code").toString(),
             QStringLiteral("iin.unresolvable"));
}

void TestKezekctl::checkMrzPrintsFieldsOrNamesTheFailingCheck()
{
    const QString line1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    const QString line2 = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    Run run = kezekctl({QStringLiteral("check"), QStringLiteral("mrz"), line1, line2});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("document-number: L898902C3")));
    QVERIFY(run.out.contains(QStringLiteral("expiry-date: 2012-04-15")));

    QString corrupted = line2;
    corrupted[27] = QLatin1Char('0');
    run = kezekctl({QStringLiteral("check"), QStringLiteral("mrz"), line1, corrupted});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("expiry date")), qPrintable(run.err));
}

void TestKezekctl::calendarListsDaysOffWithTheirCauses()
{
    Run run = kezekctl({QStringLiteral("calendar"), QStringLiteral("2025")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("2025: 246 working days")));
    QVERIFY(run.out.contains(QStringLiteral("2025-03-24  carry-over")));
    QVERIFY(run.out.contains(QStringLiteral("2025-01-05  transferred-working-day")));

    run = kezekctl({QStringLiteral("calendar"),
                    QStringLiteral("2026"),
                    QStringLiteral("--lang"),
                    QStringLiteral("kk"),
                    QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(object.value(u"confirmed").toBool());
    bool kurban = false;
    for (const QJsonValue &day : object.value(u"days").toArray()) {
        if (day.toObject().value(u"date").toString() == u"2026-05-27")
            kurban = day.toObject().value(u"cause").toString().contains(QStringLiteral("Құрбан"));
    }
    QVERIFY(kurban);

    run = kezekctl({QStringLiteral("calendar"), QStringLiteral("2031")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("not confirmed")));
}

void TestKezekctl::wrongArgumentsGiveUsageAndExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown clock") << QStringList{
        QStringLiteral("deadline"), QStringLiteral("lunch"), QStringLiteral("2025-01-01")};
    QTest::newRow("impossible date") << QStringList{
        QStringLiteral("deadline"), QStringLiteral("nsc"), QStringLiteral("2025-02-30")};
    QTest::newRow("date in another form") << QStringList{
        QStringLiteral("deadline"), QStringLiteral("nsc"), QStringLiteral("01.02.2025")};
    QTest::newRow("missing date") << QStringList{QStringLiteral("deadline"), QStringLiteral("nsc")};
    QTest::newRow("check what") << QStringList{QStringLiteral("check"), QStringLiteral("passport")};
    QTest::newRow("mrz one line") << QStringList{
        QStringLiteral("check"), QStringLiteral("mrz"), QStringLiteral("P<")};
    QTest::newRow("calendar year text")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("next")};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("--frob"), QStringLiteral("calendar"), QStringLiteral("2025")};
    QTest::newRow("lang without value") << QStringList{
        QStringLiteral("calendar"), QStringLiteral("2025"), QStringLiteral("--lang")};
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"),
                                                     QStringLiteral("de"),
                                                     QStringLiteral("calendar"),
                                                     QStringLiteral("2025")};
}

void TestKezekctl::wrongArgumentsGiveUsageAndExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = kezekctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("usage:")));
    QVERIFY(run.out.isEmpty());
}

void TestKezekctl::brokenCalendarFileIsADataError()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(
        R"({"format":1,"weekend":[6,7],"carryOver":"next-working-day","years":[{"year":2025,"workingDays":1}]})");
    file.close();
    const Run run = kezekctl({QStringLiteral("--calendar"),
                              file.fileName(),
                              QStringLiteral("calendar"),
                              QStringLiteral("2025")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(QStringLiteral("working days")));
    const Run missing = kezekctl({QStringLiteral("--calendar"),
                                  QStringLiteral("/nonexistent/kz.json"),
                                  QStringLiteral("deadline"),
                                  QStringLiteral("nsc"),
                                  QStringLiteral("2025-01-01")});
    QCOMPARE(missing.exitCode, 3);
}

void TestKezekctl::versionIsPrinted()
{
    const Run run = kezekctl({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("kezekctl ")));
}

void TestKezekctl::messagesSpeakTheChosenLanguage()
{
    // The law's own error, translated: the check digit names itself in Kazakh.
    const Run kazakh = kezekctl({QStringLiteral("--lang"),
                                 QStringLiteral("kk"),
                                 QStringLiteral("check"),
                                 QStringLiteral("iin"),
                                 QStringLiteral("900515300009")});
    QCOMPARE(kazakh.exitCode, 1);
    QVERIFY2(kazakh.err.contains(QStringLiteral("ЖСН")), qPrintable(kazakh.err));
    const Run russian = kezekctl({QStringLiteral("--lang"),
                                  QStringLiteral("ru"),
                                  QStringLiteral("check"),
                                  QStringLiteral("iin"),
                                  QStringLiteral("900515300009")});
    QVERIFY2(russian.err.contains(QStringLiteral("ИИН")), qPrintable(russian.err));
    const Run calendar = kezekctl({QStringLiteral("--lang"),
                                   QStringLiteral("ru"),
                                   QStringLiteral("calendar"),
                                   QStringLiteral("2026")});
    QVERIFY2(calendar.out.contains(QStringLiteral("рабочих")), qPrintable(calendar.out));
}

void TestKezekctl::toolCommandsSpeakTheChosenLanguageToo()
{
    const Run audit
        = kezekctl({QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("audit")});
    QCOMPARE(audit.exitCode, 2);
    QVERIFY2(audit.err.contains(QStringLiteral("командасы")), qPrintable(audit.err));
    const Run after = kezekctl({QStringLiteral("calendar"),
                                QStringLiteral("2026"),
                                QStringLiteral("--lang"),
                                QStringLiteral("kk")});
    QVERIFY2(after.out.contains(QStringLiteral("жұмыс күні")), qPrintable(after.out));
}

void TestKezekctl::issueCertificateGivesASigningKeyAndAnAuthenticationKeyThatCannotSign()
{
    // Issue 28, point 5: as НУЦ РК issues them, a person's signing key and
    // authentication key, each naming their IIN; only the signing key is
    // registered, and only it signs a decision.
    QTemporaryDir dir;
    const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    const QByteArray password = "long enough password\n";
    auto admin = [&](const QStringList &arguments) {
        return kezekctl(QStringList{QStringLiteral("admin")} + arguments
                            + QStringList{QStringLiteral("--database"), database},
                        password);
    };
    QCOMPARE(admin({QStringLiteral("add-office"),
                    QStringLiteral("--id"),
                    QStringLiteral("dept"),
                    QStringLiteral("--kind"),
                    QStringLiteral("department"),
                    QStringLiteral("--city"),
                    QStringLiteral("astana")})
                 .exitCode,
             0);
    QCOMPARE(admin({QStringLiteral("add-user"),
                    QStringLiteral("--id"),
                    QStringLiteral("aigerim"),
                    QStringLiteral("--role"),
                    QStringLiteral("migration-officer"),
                    QStringLiteral("--office"),
                    QStringLiteral("dept")})
                 .exitCode,
             0);
    auto root = makeCertificateAuthority(QStringLiteral("Test root"));
    QVERIFY(root);
    auto intermediate = issueIntermediateAuthority(*root, QStringLiteral("Test signing CA"));
    QVERIFY(intermediate);
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("signing-ca.pem"), intermediate->certificate},
          std::pair{QStringLiteral("signing-ca-key.pem"), intermediate->privateKey}}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    const auto issue = [&](const QString &iin) {
        return admin({QStringLiteral("issue-certificate"),
                      QStringLiteral("--id"),
                      QStringLiteral("aigerim"),
                      QStringLiteral("--iin"),
                      iin,
                      QStringLiteral("--authority"),
                      dir.path(),
                      QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("sign.p12")),
                      QStringLiteral("--authentication"),
                      dir.filePath(QStringLiteral("auth.p12"))});
    };
    // An IIN whose check digit is wrong: refused, no key written or registered.
    const Run wrong = issue(QStringLiteral("850312410007"));
    QVERIFY2(wrong.exitCode != 0 && !wrong.err.isEmpty(), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sign.p12"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("auth.p12"))));

    const QString iin = QStringLiteral("850312410006");
    const Run issued = issue(iin);
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    const auto open = [&](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly)
                   ? readPkcs12(file.readAll(), QStringLiteral("long enough password"))
                   : Result<PemPair>(fail(QStringLiteral("test"), name));
    };
    const auto signing = open(QStringLiteral("sign.p12"));
    const auto authentication = open(QStringLiteral("auth.p12"));
    QVERIFY2(signing && authentication, "both key files open with the password");
    QCOMPARE(certificateIin(signing->certificate), iin);
    QCOMPARE(certificateIin(authentication->certificate), iin);
    QVERIFY(signing->certificate != authentication->certificate);
    auto store = openOrFail(database);
    QCOMPARE(
        UserStore(*store).signingCertificate(QStringLiteral("aigerim"))->value_or(QByteArray()),
        signing->certificate);

    auto anchors = trustAnchorsFromPem(root->certificate + intermediate->certificate);
    QVERIFY(anchors);
    const QByteArray content = "{\"type\":\"return-for-rework\"}";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(verifyDecisionSignature(content, *signDetached(content, *signing), *anchors, now));
    const auto refused
        = verifyDecisionSignature(content, *signDetached(content, *authentication), *anchors, now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("signature.key-usage"));
}

void TestKezekctl::usersBelongToOfficesOfTheirKind()
{
    QTemporaryDir dir;
    const QString database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    auto admin = [&](const QStringList &arguments) {
        return kezekctl(QStringList{QStringLiteral("admin")} + arguments
                            + QStringList{QStringLiteral("--database"), database},
                        "long enough password\n");
    };
    QCOMPARE(admin({QStringLiteral("add-office"),
                    QStringLiteral("--id"),
                    QStringLiteral("csc-astana-1"),
                    QStringLiteral("--kind"),
                    QStringLiteral("csc"),
                    QStringLiteral("--city"),
                    QStringLiteral("astana"),
                    QStringLiteral("--name"),
                    QStringLiteral("ХҚКО №1 Астана")})
                 .exitCode,
             0);
    QCOMPARE(admin({QStringLiteral("add-office"),
                    QStringLiteral("--id"),
                    QStringLiteral("csc-astana-1"),
                    QStringLiteral("--kind"),
                    QStringLiteral("csc"),
                    QStringLiteral("--city"),
                    QStringLiteral("astana")})
                 .exitCode,
             1); // exists already
    QCOMPARE(admin({QStringLiteral("add-office"),
                    QStringLiteral("--id"),
                    QStringLiteral("x"),
                    QStringLiteral("--kind"),
                    QStringLiteral("embassy"),
                    QStringLiteral("--city"),
                    QStringLiteral("astana")})
                 .exitCode,
             2);
    // An officer does not work in a CSC; an office that does not exist is named.
    const Run wrongKind = admin({QStringLiteral("add-user"),
                                 QStringLiteral("--id"),
                                 QStringLiteral("aigerim"),
                                 QStringLiteral("--role"),
                                 QStringLiteral("migration-officer"),
                                 QStringLiteral("--office"),
                                 QStringLiteral("csc-astana-1")});
    QCOMPARE(wrongKind.exitCode, 2);
    QVERIFY2(wrongKind.err.contains(QStringLiteral("csc-astana-1")), qPrintable(wrongKind.err));
    QCOMPARE(admin({QStringLiteral("add-user"),
                    QStringLiteral("--id"),
                    QStringLiteral("dinara"),
                    QStringLiteral("--role"),
                    QStringLiteral("csc-operator"),
                    QStringLiteral("--office"),
                    QStringLiteral("csc-nowhere")})
                 .exitCode,
             1);
    const Run added = admin({QStringLiteral("add-user"),
                             QStringLiteral("--id"),
                             QStringLiteral("dinara"),
                             QStringLiteral("--role"),
                             QStringLiteral("csc-operator"),
                             QStringLiteral("--office"),
                             QStringLiteral("csc-astana-1"),
                             QStringLiteral("--name"),
                             QStringLiteral("Динара Әбенова")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    const Run listed = admin({QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("csc-astana-1\tcsc\tastana\tХҚКО №1 Астана")),
             qPrintable(listed.out));
    QVERIFY2(
        listed.out.contains(QStringLiteral("dinara\tcsc-operator\tcsc-astana-1\tДинара Әбенова")),
        qPrintable(listed.out));
    QVERIFY(!listed.out.contains(QStringLiteral("aigerim")));
}

// docs/operations.md, "Move a site from SQLite to PostgreSQL": every table
// the migrations make comes over row for row (NULLs and scans' bytes as they
// were), the audit chain verifies on PostgreSQL with the site's key, the
// server reads the same cases there and goes on after the copied revisions
// and audit entries. A copy that does not verify leaves the target empty, and
// a second move into the filled target is refused without a change.
void TestKezekctl::migrateMovesTheWholeSiteToPostgresqlWithItsAuditChain()
{
    const QString target = Testing::freshPostgresDatabase(QStringLiteral("kezek_migrate_"));
    if (target.isEmpty())
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
    Site site;
    QVERIFY(fillSite(site));
    auto source = openOrFail(site.url);
    const QStringList tables = tablesOf(source->connection());
    QVERIFY(tables.contains(QStringLiteral("audit_log")));
    for (const QString &table : tables) {
        // A table left empty here would move untested: fill it in fillSite().
        QVERIFY2(!rowsOf(source->connection(), table).isEmpty(), qPrintable(table));
    }
    const auto migrate = [&](const QString &key) {
        return kezekctl({QStringLiteral("admin"),
                         QStringLiteral("migrate"),
                         QStringLiteral("--from"),
                         site.url,
                         QStringLiteral("--to"),
                         target,
                         QStringLiteral("--audit-key"),
                         key});
    };

    // Another key: the chain does not verify on the copy, and the copy is
    // rolled back whole.
    const QString otherKey = site.dir.filePath(QStringLiteral("other.audit-key"));
    QVERIFY(AuditLog::loadKey(otherKey, true));
    const Run wrongKey = migrate(otherKey);
    QVERIFY2(wrongKey.exitCode == 1, qPrintable(wrongKey.err));
    QVERIFY2(wrongKey.err.contains(QStringLiteral("does not verify")), qPrintable(wrongKey.err));
    QCOMPARE(siteRows(openOrFail(target)->connection()), 0);

    const Run moved = migrate(site.keyFile);
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY2(moved.out.contains(QStringLiteral("documents: 1 row copied")), qPrintable(moved.out));
    QVERIFY2(moved.out.contains(QStringLiteral("cases: 13 rows copied")), qPrintable(moved.out));
    auto copy = openOrFail(target);
    QCOMPARE(tablesOf(copy->connection()), tables);
    for (const QString &table : tables)
        QCOMPARE(rowsOf(copy->connection(), table), rowsOf(source->connection(), table));

    // kezekctl audit verify on the target, with the site's key, says what it
    // says of the source.
    const Run verified = kezekctl({QStringLiteral("audit"),
                                   QStringLiteral("verify"),
                                   QStringLiteral("--database"),
                                   target,
                                   QStringLiteral("--audit-key"),
                                   site.keyFile});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    const Run verifiedThere = kezekctl({QStringLiteral("audit"),
                                        QStringLiteral("verify"),
                                        QStringLiteral("--database"),
                                        site.url});
    QCOMPARE(verified.out, verifiedThere.out);
    QVERIFY(verified.out.startsWith(QStringLiteral("audit log intact: ")));

    // The server's reads find the same cases, scans and revision there.
    auto key = AuditLog::loadKey(site.keyFile, false);
    QVERIFY(key);
    AuditLog::setKey(target, *key);
    auto server = openOrFail(target);
    const auto here = source->storedChangesSince(0, 1000);
    const auto there = server->storedChangesSince(0, 1000);
    QVERIFY(here && there);
    QCOMPARE(there->cases.size(), here->cases.size());
    for (qsizetype i = 0; i < here->cases.size(); ++i) {
        QCOMPARE(there->cases.at(i).id, here->cases.at(i).id);
        QCOMPARE(there->cases.at(i).json, here->cases.at(i).json);
    }
    QCOMPARE(there->documents.size(), 1);
    const QString scan = here->documents.constFirst().info.sha256;
    QCOMPARE(*server->documentContent(scan), *source->documentContent(scan));
    const QString caseId = here->cases.constFirst().id;
    QCOMPARE(server->findCase(caseId)->value(), source->findCase(caseId)->value());
    QCOMPARE(*server->currentRevision(), *source->currentRevision());

    // A second move into the now filled target: refused, nothing changed.
    const Run again = migrate(site.keyFile);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("not empty")), qPrintable(again.err));
    for (const QString &table : tables)
        QCOMPARE(rowsOf(copy->connection(), table), rowsOf(source->connection(), table));

    // The server writes on: the next revision, a notice and an audit entry
    // after the copied ones, the chain still whole.
    const qint64 revision = *source->currentRevision();
    const qint64 entries = AuditLog(*source).verify()->entries;
    Case next = Builders::caseIn(CaseState::Received);
    next.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    next.number = QStringLiteral("AST-MIGRATE-2");
    auto inserted = server->insertCase(
        next, {Notice{}}, {QStringLiteral("egov"), QStringLiteral("intake"), next.id, next.number});
    if (!inserted)
        QFAIL(qPrintable(inserted.error().message));
    QCOMPARE(*inserted, revision + 1);
    const auto verdict = AuditLog(*server).verify();
    QVERIFY(verdict && !verdict->firstBroken);
    QCOMPARE(verdict->entries, entries + 1);
}

// Refused means refused whole (docs/operations.md): a target that holds any
// row, even of another application, gets no table and no row.
void TestKezekctl::migrateRefusesATargetThatHoldsAnyRow()
{
    const QString target = Testing::freshPostgresDatabase(QStringLiteral("kezek_migrate_"));
    if (target.isEmpty())
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
    QTemporaryDir dir;
    const QString site = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    QCOMPARE(kezekctl({QStringLiteral("admin"),
                       QStringLiteral("add-office"),
                       QStringLiteral("--database"),
                       site,
                       QStringLiteral("--id"),
                       QStringLiteral("dept.almaty"),
                       QStringLiteral("--kind"),
                       QStringLiteral("department"),
                       QStringLiteral("--city"),
                       QStringLiteral("almaty")})
                 .exitCode,
             0);
    {
        auto other = ServerStore::connect(target, QStringLiteral("other-application"));
        QVERIFY(other);
        QSqlQuery query(*other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES (1)")));
        other->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-application"));
    const Run refused = kezekctl({QStringLiteral("admin"),
                                  QStringLiteral("migrate"),
                                  QStringLiteral("--from"),
                                  site,
                                  QStringLiteral("--to"),
                                  target});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("not empty (rows in: notes)")),
             qPrintable(refused.err));
    {
        auto looked = ServerStore::connect(target, QStringLiteral("after-refusal"));
        QVERIFY(looked);
        QCOMPARE(looked->tables(QSql::Tables), QStringList{QStringLiteral("notes")});
        looked->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after-refusal"));
}

void TestKezekctl::migrateRefusesBadInputAndChangesNothing_data()
{
    // SITE: a Kezek site whose audit key is not beside it; DIR: its folder.
    const QString nowhere = QStringLiteral("postgresql://kezek@127.0.0.1:1/nowhere");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("no target") << QStringList{QStringLiteral("--from"), QStringLiteral("SITE")} << 2
                               << QStringLiteral("needs --from and --to");
    QTest::newRow("unknown scheme")
        << QStringList{QStringLiteral("--from"),
                       QStringLiteral("SITE"),
                       QStringLiteral("--to"),
                       QStringLiteral("mysql://kezek@db/kezek")}
        << 2 << QStringLiteral("--to takes an empty PostgreSQL database");
    QTest::newRow("source not SQLite")
        << QStringList{QStringLiteral("--from"),
                       QStringLiteral("postgresql://kezek@127.0.0.1:1/old"),
                       QStringLiteral("--to"),
                       nowhere}
        << 2 << QStringLiteral("--from takes the site's SQLite database");
    QTest::newRow("same database") << QStringList{QStringLiteral("--from"),
                                                  QStringLiteral("SITE"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("SITE")}
                                   << 2 << QStringLiteral("the same database");
    QTest::newRow("same file named otherwise")
        << QStringList{QStringLiteral("--from"),
                       QStringLiteral("SITE"),
                       QStringLiteral("--to"),
                       QStringLiteral("sqlite:DIR/./server.db")}
        << 2 << QStringLiteral("the same database");
    QTest::newRow("missing source") << QStringList{QStringLiteral("--from"),
                                                   QStringLiteral("sqlite:DIR/missing.db"),
                                                   QStringLiteral("--to"),
                                                   nowhere}
                                    << 3 << QStringLiteral("There is no database");
    QTest::newRow("not a database") << QStringList{QStringLiteral("--from"),
                                                   QStringLiteral("sqlite:DIR/notes.txt"),
                                                   QStringLiteral("--to"),
                                                   nowhere}
                                    << 3 << QStringLiteral("is not a Kezek server database");
    QTest::newRow("another application's SQLite")
        << QStringList{QStringLiteral("--from"),
                       QStringLiteral("sqlite:DIR/other.db"),
                       QStringLiteral("--to"),
                       nowhere}
        << 3 << QStringLiteral("is not a Kezek server database");
    QTest::newRow("keyed log without its key")
        << QStringList{QStringLiteral("--from"),
                       QStringLiteral("SITE"),
                       QStringLiteral("--to"),
                       nowhere}
        << 3 << QStringLiteral("give its key file with --audit-key");
}

// Bad input is told before anything is opened for writing: the source is
// read read-only (SQLite would make a new file of a mistyped path), and the
// target is never reached.
void TestKezekctl::migrateRefusesBadInputAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString site = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    QVERIFY(AuditLog::loadKey(AuditLog::defaultKeyPath(site), true));
    QCOMPARE(kezekctl({QStringLiteral("admin"),
                       QStringLiteral("seed-history"),
                       QStringLiteral("--database"),
                       site,
                       QStringLiteral("--count"),
                       QStringLiteral("2")})
                 .exitCode,
             0);
    QVERIFY(
        QFile::rename(AuditLog::defaultKeyPath(site), dir.filePath(QStringLiteral("kept.key"))));
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a database\n");
    notes.close();
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(dir.filePath(QStringLiteral("other.db")));
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (id INTEGER)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("SITE"), site);
        argument.replace(QStringLiteral("DIR"), dir.path());
    }
    const auto before = filesIn(dir.path());
    const Run run
        = kezekctl(QStringList{QStringLiteral("admin"), QStringLiteral("migrate")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(filesIn(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestKezekctl)
#include "tst_kezekctl.moc"
