#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestKezekctl)
#include "tst_kezekctl.moc"
