#include "core/domain/documentchecks.h"
#include "core/domain/mrz.h"
#include "tests/support/builders.h"

#include <QTest>

using namespace Kezek;

namespace {

const QDate ApplicationDate(2025, 11, 3);

CheckContext context()
{
    return {ApplicationDate, Builders::applicant(ApplicationDate)};
}

} // namespace

class TestDocumentChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passportMustBeValidMoreThan180Days_data();
    void passportMustBeValidMoreThan180Days();
    void photoMustBe7To9_data();
    void photoMustBe7To9();
    void legalizationDependsOnTheIssuingState_data();
    void legalizationDependsOnTheIssuingState();
    void housingContractRules_data();
    void housingContractRules();
    void foreignDocumentsMustBeLegalizedOrApostilled_data();
    void foreignDocumentsMustBeLegalizedOrApostilled();
    void aCitizenshipRecordIsForeignWhateverTheFilingSays();
    void dutyEdsAndMedicalForm();
    void passportMrzMustAgreeWithTheApplication();
    void iinMustAgreeWithThePassport();
    void everyCatalogStageListsTheOrdersDocuments();
};

void TestDocumentChecks::passportMustBeValidMoreThan180Days_data()
{
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<bool>("passes");
    // 3 Nov 2025 + 180 days = 2 May 2026: the passport must outlive that day.
    QTest::newRow("expires on day 180") << QDate(2026, 5, 2) << false;
    QTest::newRow("expires on day 181") << QDate(2026, 5, 3) << true;
    QTest::newRow("already expired") << QDate(2025, 1, 1) << false;
    QTest::newRow("valid for years") << QDate(2030, 1, 1) << true;
}

void TestDocumentChecks::passportMustBeValidMoreThan180Days()
{
    QFETCH(QDate, expiry);
    QFETCH(bool, passes);
    DocumentFacts facts;
    facts.expiryDate = expiry;
    const CheckResult result = runCheck(AutoCheck::PassportValidity, facts, context());
    QCOMPARE(result.passed, passes);
    if (!passes) {
        QCOMPARE(result.code, QStringLiteral("passport.validity"));
        QVERIFY(result.message.contains(expiry.toString(QStringLiteral("dd.MM.yyyy"))));
    }
}

void TestDocumentChecks::photoMustBe7To9_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("passes");
    QTest::newRow("35x45 at 600 dpi") << 827 << 1063 << true;
    QTest::newRow("exact 7:9") << 700 << 900 << true;
    QTest::newRow("within 2%") << 710 << 900 << true;
    QTest::newRow("3x4") << 675 << 900 << false;
    QTest::newRow("square") << 900 << 900 << false;
    QTest::newRow("landscape") << 900 << 700 << false;
    QTest::newRow("unknown size") << int(0) << int(0) << false;
}

void TestDocumentChecks::photoMustBe7To9()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, passes);
    DocumentFacts facts;
    facts.pixelWidth = width;
    facts.pixelHeight = height;
    QCOMPARE(runCheck(AutoCheck::PhotoAspect, facts, context()).passed, passes);
}

void TestDocumentChecks::housingContractRules_data()
{
    QTest::addColumn<bool>("notarized");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QString>("code");
    QTest::newRow("a year, notarized") << true << QDate(2025, 11, 1) << QDate(2026, 11, 1) << "";
    // §20: at least 180 days, its first and last day both counted.
    QTest::newRow("exactly 180 days") << true << QDate(2025, 11, 1) << QDate(2026, 4, 29) << "";
    QTest::newRow("179 days") << true << QDate(2025, 11, 1) << QDate(2026, 4, 28) << "housing.term";
    QTest::newRow("not notarized")
        << false << QDate(2025, 11, 1) << QDate(2026, 11, 1) << "housing.not-notarized";
    QTest::newRow("starts after the application")
        << true << QDate(2025, 12, 1) << QDate(2026, 12, 1) << "housing.not-in-force";
    QTest::newRow("no term") << true << QDate() << QDate() << "housing.term-unknown";
}

void TestDocumentChecks::housingContractRules()
{
    QFETCH(bool, notarized);
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(QString, code);
    DocumentFacts facts;
    facts.notarized = notarized;
    facts.validFrom = from;
    facts.validUntil = until;
    const CheckResult result = runCheck(AutoCheck::HousingContractTerms, facts, context());
    QCOMPARE(result.passed, code.isEmpty());
    QCOMPARE(result.code, code);
}

void TestDocumentChecks::foreignDocumentsMustBeLegalizedOrApostilled_data()
{
    QTest::addColumn<bool>("foreign");
    QTest::addColumn<Legalization>("legalization");
    QTest::addColumn<bool>("passes");
    QTest::newRow("foreign, nothing") << true << Legalization::None << false;
    QTest::newRow("foreign, consular") << true << Legalization::Consular << true;
    QTest::newRow("foreign, apostille") << true << Legalization::Apostille << true;
    QTest::newRow("foreign, treaty") << true << Legalization::TreatyExempt << true;
    QTest::newRow("domestic") << false << Legalization::None << true;
}

void TestDocumentChecks::foreignDocumentsMustBeLegalizedOrApostilled()
{
    QFETCH(bool, foreign);
    QFETCH(Legalization, legalization);
    QFETCH(bool, passes);
    DocumentFacts facts;
    facts.foreignIssued = foreign;
    facts.legalization = legalization;
    facts.issuingState = QStringLiteral("DEU"); // which lists judge: legalizationDependsOn...
    QCOMPARE(runCheck(AutoCheck::Legalized, facts, context()).passed, passes);
}

void TestDocumentChecks::aCitizenshipRecordIsForeignWhateverTheFilingSays()
{
    // §10(4): issued by the applicant's own state, so §28 applies even when
    // the filing does not mark it as issued abroad.
    for (const Stage stage : {Stage::Preliminary, Stage::Final}) {
        const auto entries = catalogFor(stage);
        const auto record
            = std::find_if(entries.cbegin(), entries.cend(), [](const CatalogEntry &entry) {
                  return entry.type == DocumentType::CitizenshipRecord;
              });
        QVERIFY(record != entries.cend());
        DocumentFacts facts;
        facts.foreignIssued = false;
        facts.legalization = Legalization::None;
        const QList<CheckResult> results = runChecks(*record, facts, context());
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.constFirst().code, QStringLiteral("document.not-legalized"));
        facts.legalization = Legalization::Apostille;
        QVERIFY(runChecks(*record, facts, context()).constFirst().passed);
    }
}

void TestDocumentChecks::dutyEdsAndMedicalForm()
{
    DocumentFacts facts;
    QCOMPARE(runCheck(AutoCheck::DutyPaid, facts, context()).code, QStringLiteral("duty.unpaid"));
    facts.dutyPaid = true;
    QVERIFY(runCheck(AutoCheck::DutyPaid, facts, context()).passed);

    QCOMPARE(runCheck(AutoCheck::SignedWithEds, facts, context()).code,
             QStringLiteral("questionnaire.unsigned"));
    facts.signedWithEds = true;
    QVERIFY(runCheck(AutoCheck::SignedWithEds, facts, context()).passed);

    facts.formNumber = QStringLiteral("086/у");
    QCOMPARE(runCheck(AutoCheck::MedicalForm028, facts, context()).code,
             QStringLiteral("medical.form"));
    facts.formNumber = QStringLiteral("028/u"); // typed with a Latin u
    QVERIFY(runCheck(AutoCheck::MedicalForm028, facts, context()).passed);
    // Latin look-alikes are the Cyrillic letters they look like: "028/y" is 028/у.
    for (const QString &typed :
         {QStringLiteral("028/y"), QStringLiteral("028/Y"), QStringLiteral(" 028 / у ")}) {
        facts.formNumber = typed;
        QVERIFY2(runCheck(AutoCheck::MedicalForm028, facts, context()).passed, qPrintable(typed));
    }
    facts.formNumber = QStringLiteral("086/у"); // another form altogether
    QVERIFY(!runCheck(AutoCheck::MedicalForm028, facts, context()).passed);
    QCOMPARE(foldLookalikes(QStringLiteral("CAX")), foldLookalikes(QStringLiteral("САХ")));
}

void TestDocumentChecks::passportMrzMustAgreeWithTheApplication()
{
    const CheckContext ctx = context();
    const DocumentFacts good = Builders::passportFacts(ctx.applicant);
    QVERIFY(runCheck(AutoCheck::PassportMrz, good, ctx).passed);
    QVERIFY(runCheck(AutoCheck::PassportMatchesCase, good, ctx).passed);

    Applicant other = ctx.applicant;
    other.passportNumber = QStringLiteral("C01X00T48");
    other.birthDate = QDate(1990, 5, 16);
    const DocumentFacts different = Builders::passportFacts(other);
    const CheckResult result = runCheck(AutoCheck::PassportMatchesCase, different, ctx);
    QVERIFY(!result.passed);
    QCOMPARE(result.code, QStringLiteral("passport.mismatch"));

    auto mrz = parseMrz(different.mrzLine1, different.mrzLine2, ApplicationDate);
    QVERIFY(mrz);
    const QList<FieldMismatch> mismatches = compareWithApplicant(*mrz, ctx.applicant);
    QStringList fields;
    for (const FieldMismatch &m : mismatches)
        fields.append(m.field);
    QCOMPARE(fields,
             QStringList({QStringLiteral("document-number"), QStringLiteral("birth-date")}));
    // The desk shows every field, in the passport's order, each marked.
    const QList<FieldComparison> all = compareFields(*mrz, ctx.applicant);
    QStringList shown;
    QStringList differing;
    for (const FieldComparison &field : all) {
        shown.append(field.field);
        if (!field.agrees())
            differing.append(field.field);
    }
    QCOMPARE(shown,
             QStringList({QStringLiteral("surname"),
                          QStringLiteral("given-names"),
                          QStringLiteral("document-number"),
                          QStringLiteral("nationality"),
                          QStringLiteral("birth-date"),
                          QStringLiteral("sex"),
                          QStringLiteral("expiry-date")}));
    QCOMPARE(differing, fields);
    QCOMPARE(all.at(2).filed, ctx.applicant.passportNumber);
    QCOMPARE(all.at(2).scanned, QStringLiteral("C01X00T48"));

    DocumentFacts missing;
    QCOMPARE(runCheck(AutoCheck::PassportMrz, missing, ctx).code, QStringLiteral("mrz.missing"));
}

void TestDocumentChecks::iinMustAgreeWithThePassport()
{
    CheckContext ctx = context();
    QVERIFY(runCheck(AutoCheck::IinMatchesPassport, Builders::passportFacts(ctx.applicant), ctx)
                .passed);

    Applicant woman = ctx.applicant;
    woman.sex = Sex::Female; // the passport says female, the IIN (digit 7 = 3) male
    const CheckResult sex
        = runCheck(AutoCheck::IinMatchesPassport, Builders::passportFacts(woman), ctx);
    QCOMPARE(sex.code, QStringLiteral("iin.sex-mismatch"));

    Applicant older = ctx.applicant;
    older.birthDate = QDate(1989, 5, 15);
    const CheckResult birth
        = runCheck(AutoCheck::IinMatchesPassport, Builders::passportFacts(older), ctx);
    QCOMPARE(birth.code, QStringLiteral("iin.birth-date-mismatch"));

    ctx.applicant.iin = QStringLiteral("900515300009");
    QCOMPARE(runCheck(AutoCheck::IinMatchesPassport, {}, ctx).code, QStringLiteral("iin.checksum"));
}

void TestDocumentChecks::everyCatalogStageListsTheOrdersDocuments()
{
    // §4: eight documents, the diploma optional; §10: six; §20: nine; §26: three.
    QCOMPARE(catalogFor(Stage::Petition).size(), 8);
    QCOMPARE(catalogFor(Stage::Preliminary).size(), 6);
    QCOMPARE(catalogFor(Stage::Final).size(), 9);
    QCOMPARE(catalogFor(Stage::Registration).size(), 3);
    QVERIFY(!catalogEntry(Stage::Petition, DocumentType::Diploma)->required);
    QVERIFY(catalogEntry(Stage::Preliminary, DocumentType::CitizenshipRecord)
                ->autoChecks.contains(AutoCheck::Legalized));
    QVERIFY(catalogEntry(Stage::Final, DocumentType::HousingContract)
                ->autoChecks.contains(AutoCheck::HousingContractTerms));
    QVERIFY(!catalogEntry(Stage::Preliminary, DocumentType::HousingContract));
    for (Stage stage : {Stage::Petition, Stage::Preliminary, Stage::Final, Stage::Registration}) {
        QCOMPARE(stageFromId(stageId(stage)), stage);
        for (const CatalogEntry &entry : catalogFor(stage)) {
            QCOMPARE(documentTypeFromId(documentTypeId(entry.type)), entry.type);
            QVERIFY(!documentTitle(entry.type).isEmpty());
            QVERIFY(!manualCheck(entry.type, stage).isEmpty());
            QVERIFY(QByteArray(entry.paragraph).startsWith("§"));
        }
    }
}

namespace {

// Lists as a site might give them: DEU confirmed for apostilles, RUS named
// but unconfirmed for a treaty; the apostille list not complete, the treaty
// list complete (so a state it does not name has no treaty).
const LegalizationRules &testLists()
{
    static const LegalizationRules rules = *LegalizationRules::fromJson(R"({"format": 1,
      "apostille": {"source": "test", "asOf": "2025-01-01", "complete": false,
                    "states": [{"state": "DEU", "confirmed": true}]},
      "treatyExempt": {"source": "test", "asOf": "2025-01-01", "complete": true,
                       "states": [{"state": "RUS", "confirmed": false}]}})");
    return rules;
}

} // namespace

void TestDocumentChecks::legalizationDependsOnTheIssuingState_data()
{
    QTest::addColumn<Legalization>("legalization");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<bool>("asks");
    QTest::addColumn<QString>("code");
    // §10(4): consular legalization, from anywhere.
    QTest::newRow("consular") << Legalization::Consular << "USA" << true << false << "";
    // §28: an apostille from a confirmed Hague party; from another, the officer judges.
    QTest::newRow("apostille, a party") << Legalization::Apostille << "DEU" << true << false << "";
    QTest::newRow("apostille, not confirmed")
        << Legalization::Apostille << "NGA" << true << true << "";
    QTest::newRow("apostille, no state")
        << Legalization::Apostille << "" << false << false << "document.issuing-state";
    // §28: no legalization only where a treaty says so.
    QTest::newRow("treaty, unconfirmed")
        << Legalization::TreatyExempt << "RUS" << true << true << "";
    QTest::newRow("treaty, none") << Legalization::TreatyExempt << "USA" << false << false
                                  << "document.no-treaty";
    QTest::newRow("not legalized")
        << Legalization::None << "DEU" << false << false << "document.not-legalized";
}

void TestDocumentChecks::legalizationDependsOnTheIssuingState()
{
    QFETCH(Legalization, legalization);
    QFETCH(QString, state);
    QFETCH(bool, passes);
    QFETCH(bool, asks);
    QFETCH(QString, code);
    DocumentFacts facts;
    facts.foreignIssued = true;
    facts.legalization = legalization;
    facts.issuingState = state;
    CheckContext withLists = context();
    withLists.legalization = &testLists();
    const CheckResult result = runCheck(AutoCheck::Legalized, facts, withLists);
    QCOMPARE(result.passed, passes);
    QCOMPARE(result.askOfficer, asks);
    QCOMPARE(result.code, code);
    if (asks)
        QVERIFY(result.message.contains(state));
    // The citizenship record comes from the applicant's own state unless the
    // filing names another (§10(4)).
    if (state.isEmpty() && legalization == Legalization::Apostille) {
        const CatalogEntry *entry
            = catalogEntry(Stage::Preliminary, DocumentType::CitizenshipRecord);
        QVERIFY(entry);
        CheckContext own = withLists;
        own.applicant.nationality = QStringLiteral("DEU");
        for (const CheckResult &r : runChecks(*entry, facts, own)) {
            if (r.check == AutoCheck::Legalized)
                QVERIFY2(r.passed && !r.askOfficer, qPrintable(r.message));
        }
    }
}

QTEST_GUILESS_MAIN(TestDocumentChecks)
#include "tst_documentchecks.moc"
