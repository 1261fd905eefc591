#include "core/domain/reasoncatalog.h"
#include "tests/support/testdata.h"

#include <QTest>

using namespace Kezek;

class TestReasonCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogSpeaksAllThreeLanguages();
    void everyDecisionHasReasonsToChooseFrom();
    void validationRefusesUnknownEmptyAndMisusedCodes();
    void brokenCatalogIsRefused_data();
    void brokenCatalogIsRefused();
};

void TestReasonCatalog::shippedCatalogSpeaksAllThreeLanguages()
{
    const ReasonCatalog &catalog = TestData::reasons();
    QVERIFY(catalog.reasons().size() >= 10);
    // Kazakh-specific letters prove the Kazakh column is Kazakh, not Russian copied over.
    const QString kazakhLetters = QStringLiteral("әғқңөұүһі");
    int kazakhWithOwnLetters = 0;
    for (const Reason &reason : catalog.reasons()) {
        QVERIFY(reason.text.isComplete());
        QVERIFY2(reason.paragraph.startsWith(u'§'), qPrintable(reason.code));
        QVERIFY(!reason.usableFor.isEmpty());
        QVERIFY(reason.text.kk != reason.text.ru);
        for (QChar c : reason.text.kk) {
            if (kazakhLetters.contains(c.toLower())) {
                ++kazakhWithOwnLetters;
                break;
            }
        }
    }
    QVERIFY(kazakhWithOwnLetters >= catalog.reasons().size() - 2);
}

void TestReasonCatalog::everyDecisionHasReasonsToChooseFrom()
{
    for (ReasonUse use : {ReasonUse::Return,
                          ReasonUse::PreliminaryRefusal,
                          ReasonUse::FinalRefusal,
                          ReasonUse::CscDecline})
        QVERIFY2(!TestData::reasons().usableFor(use).isEmpty(), qPrintable(reasonUseId(use)));
}

void TestReasonCatalog::validationRefusesUnknownEmptyAndMisusedCodes()
{
    const ReasonCatalog &catalog = TestData::reasons();
    QVERIFY(catalog.validate({QStringLiteral("DOCS-INCOMPLETE")}, ReasonUse::Return));
    QCOMPARE(catalog.validate({}, ReasonUse::Return).error().code,
             QStringLiteral("reasons.required"));
    QCOMPARE(catalog.validate({QStringLiteral("NO-SUCH")}, ReasonUse::Return).error().code,
             QStringLiteral("reasons.unknown"));
    QCOMPARE(catalog.validate({QStringLiteral("NSC-NOT-APPROVED")}, ReasonUse::Return).error().code,
             QStringLiteral("reasons.not-for-use"));
}

void TestReasonCatalog::brokenCatalogIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("[") << "reasons.json";
    QTest::newRow("missing Kazakh") << QByteArray(
        R"({"reasons":[{"code":"X","text":{"ru":"a","en":"b"},"usableFor":["return"]}]})")
                                    << "reasons.entry";
    QTest::newRow("duplicate code") << QByteArray(
        R"({"reasons":[{"code":"X","text":"a","usableFor":[]},{"code":"X","text":"a","usableFor":[]}]})")
                                    << "reasons.entry";
    QTest::newRow("unknown use") << QByteArray(
        R"({"reasons":[{"code":"X","text":"a","usableFor":["whim"]}]})")
                                 << "reasons.use";
}

void TestReasonCatalog::brokenCatalogIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    auto catalog = ReasonCatalog::fromJson(json);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, code);
}

QTEST_GUILESS_MAIN(TestReasonCatalog)
#include "tst_reasoncatalog.moc"
