// Who may take cases out on paper or in a file (issue 31, point 4), and the
// extract's period and formats: the domain's facts that the workstation, the
// server and kezekctl all ask.
#include "core/domain/papers.h"

#include <QTest>

using namespace Kezek;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Kezek::Role)
Q_DECLARE_METATYPE(std::optional<Kezek::City>)

class TestPaperRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyOverseersExportListsAndReadTheAuditLog_data();
    void onlyOverseersExportListsAndReadTheAuditLog();
    void anExtractsPeriodMustRunForwardsWithinTenYears_data();
    void anExtractsPeriodMustRunForwardsWithinTenYears();
    void anUnknownFormatIsRefusedByName();
};

void TestPaperRules::onlyOverseersExportListsAndReadTheAuditLog_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<std::optional<City>>("city");
    QTest::addColumn<bool>("exports");
    QTest::addColumn<bool>("reads");
    QTest::addColumn<std::optional<City>>("scope");
    QTest::addColumn<bool>("prints");
    const std::optional<City> none;
    const std::optional<City> astana = City::Astana;
    // Order p.3, p.7: the ministry oversees every city, a supervisor theirs.
    QTest::newRow("ministry") << Role::MinistryReviewer << none << true << true << none << true;
    QTest::newRow("supervisor") << Role::Supervisor << astana << true << true << astana << true;
    QTest::newRow("supervisor without a city")
        << Role::Supervisor << none << false << false << none << true;
    QTest::newRow("officer") << Role::MigrationOfficer << astana << false << false << none << true;
    QTest::newRow("csc operator") << Role::CscOperator << astana << false << false << none << true;
    QTest::newRow("administrator")
        << Role::Administrator << none << false << false << none << false;
    QTest::newRow("integration") << Role::System << none << false << false << none << false;
}

void TestPaperRules::onlyOverseersExportListsAndReadTheAuditLog()
{
    QFETCH(Role, role);
    QFETCH(std::optional<City>, city);
    QFETCH(bool, exports);
    QFETCH(bool, reads);
    QFETCH(std::optional<City>, scope);
    QFETCH(bool, prints);
    const Actor actor{role, city, u"someone"_s};
    QCOMPARE(mayExportCaseLists(actor), exports);
    QCOMPARE(mayPrintDossier(actor), prints);
    const auto audit = auditScope(actor);
    QCOMPARE(audit.has_value(), reads);
    if (audit)
        QCOMPARE(audit->city, scope);
    else
        QCOMPARE(audit.error().code, u"audit.forbidden"_s);
}

void TestPaperRules::anExtractsPeriodMustRunForwardsWithinTenYears_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("code");
    QTest::newRow("one day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << QString();
    QTest::newRow("a month") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << QString();
    QTest::newRow("reversed") << QDate(2026, 3, 10) << QDate(2026, 3, 1)
                              << u"audit.period-reversed"_s;
    QTest::newRow("no first day") << QDate() << QDate(2026, 3, 1) << u"audit.date-missing"_s;
    // Ten years, both days included, are 3,653 days or more.
    QTest::newRow("just under ten years") << QDate(2016, 1, 2) << QDate(2026, 1, 1) << QString();
    QTest::newRow("ten years") << QDate(2016, 1, 1) << QDate(2026, 1, 1)
                               << u"audit.period-too-long"_s;
}

void TestPaperRules::anExtractsPeriodMustRunForwardsWithinTenYears()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, code);
    const auto checked = checkAuditPeriod(from, to);
    QCOMPARE(checked ? QString() : checked.error().code, code);
    if (code == u"audit.period-reversed")
        QVERIFY(checked.error().message.contains(u"01.03.2026"));
}

void TestPaperRules::anUnknownFormatIsRefusedByName()
{
    QCOMPARE(checkPaperFormat(u" XLSX"_s, {u"csv"_s, u"xlsx"_s}).value_or(QString()), u"xlsx"_s);
    const auto refused = checkPaperFormat(u"docx"_s, {u"csv"_s, u"xlsx"_s});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"export.format"_s);
    QVERIFY(refused.error().message.contains(u"docx"));
    QVERIFY(refused.error().message.contains(u"csv, xlsx"));
}

QTEST_GUILESS_MAIN(TestPaperRules)
#include "tst_paperrules.moc"
