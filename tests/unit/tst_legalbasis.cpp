#include "core/domain/legalbasis.h"
#include "resources/shippeddata.h"
#include "tests/support/builders.h"

#include <QTest>

using namespace Kezek;

namespace {

// A site's file: the order, and an instrument that extends it (made up for
// the test: Kezek invents no extension of its own).
QByteArray withExtension(const QString &extends = QStringLiteral("order-2025-01-06"),
                         const QString &until = QStringLiteral("2026-12-31"))
{
    return QStringLiteral(R"({"format": 1, "instruments": [
      {"id": "order-2025-01-06", "title": {"kk": "бұйрық", "ru": "приказ", "en": "order"},
       "numbers": "MDDIAI No. 1/НҚ, MIA No. 7", "adoptedOn": "2025-01-06",
       "inForceFrom": "2025-01-15", "inForceUntil": "2025-12-31", "source": "point 9"},
      {"id": "test-extension", "title": {"kk": "ұзарту", "ru": "продление", "en": "extension"},
       "numbers": "No. 0", "adoptedOn": "2025-12-20", "inForceFrom": "2026-01-01",
       "inForceUntil": "%2", "extends": "%1", "source": "a test"}]})")
        .arg(extends, until)
        .toUtf8();
}

} // namespace

// The pilot's legal basis as data with its dates (order point 9).
class TestLegalBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theOrderIsInForceFromFifteenJanuaryToTheEndOf2025();
    void aSitesExtensionCarriesThePilotOn();
    void aCaseIsMarkedWithTheBasisOfTheDayItWasReceived();
    void aBrokenBasisFileIsRefusedWithAReason_data();
    void aBrokenBasisFileIsRefusedWithAReason();
    void theShippedLegalizationListsSayWhatTheyKnow();
};

void TestLegalBasis::theOrderIsInForceFromFifteenJanuaryToTheEndOf2025()
{
    // Order point 9: in force from its publication (15 January 2025) until
    // 31 December 2025. Kezek invents nothing after it.
    const auto law = ShippedData::lawbook();
    QVERIFY(law);
    const LegalBasis &basis = law->legalBasis();
    QCOMPARE(basis.instruments().size(), 1);
    const LegalInstrument &order = basis.instruments().constFirst();
    QCOMPARE(order.numbers, QStringLiteral("MDDIAI No. 1/НҚ, MIA No. 7"));
    QCOMPARE(order.adoptedOn, QDate(2025, 1, 6));
    QVERIFY(!basis.inForceOn(QDate(2025, 1, 14)));
    QCOMPARE(basis.inForceOn(QDate(2025, 1, 15)), &order);
    QCOMPARE(basis.inForceOn(QDate(2025, 12, 31)), &order);
    QVERIFY(!basis.inForceOn(QDate(2026, 1, 1)));
    QCOMPARE(basis.lastDayInForce(), QDate(2025, 12, 31));
    QVERIFY(order.title.isComplete());
}

void TestLegalBasis::aSitesExtensionCarriesThePilotOn()
{
    auto basis = LegalBasis::fromJson(withExtension());
    QVERIFY2(basis, qPrintable(basis ? QString() : basis.error().message));
    QCOMPARE(basis->inForceOn(QDate(2025, 6, 1))->id, QStringLiteral("order-2025-01-06"));
    QCOMPARE(basis->inForceOn(QDate(2026, 6, 1))->id, QStringLiteral("test-extension"));
    QVERIFY(!basis->inForceOn(QDate(2027, 1, 1)));
    QCOMPARE(basis->lastDayInForce(), QDate(2026, 12, 31));
    // Open-ended: in force from its day on, and no last day.
    auto open = LegalBasis::fromJson(withExtension(QStringLiteral("order-2025-01-06"), {}));
    QVERIFY(open);
    QCOMPARE(open->inForceOn(QDate(2030, 1, 1))->id, QStringLiteral("test-extension"));
    QVERIFY(!open->lastDayInForce().isValid());
}

void TestLegalBasis::aCaseIsMarkedWithTheBasisOfTheDayItWasReceived()
{
    // Cases begun under the order continue under it; one received when no
    // instrument was in force is marked so.
    const LegalBasis basis = ShippedData::lawbook()->legalBasis();
    Case under = Builders::caseIn(CaseState::Received, QDate(2025, 11, 3));
    markLegalBasis(under, basis);
    QCOMPARE(under.legalBasis, QStringLiteral("order-2025-01-06"));
    QVERIFY(!under.outsideLegalBasis);
    Case after = Builders::caseIn(CaseState::Received, QDate(2026, 2, 2));
    markLegalBasis(after, basis);
    QVERIFY(after.legalBasis.isEmpty());
    QVERIFY(after.outsideLegalBasis);
}

void TestLegalBasis::aBrokenBasisFileIsRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("{") << "basis.json";
    QTest::newRow("no instrument")
        << QByteArray(R"({"format":1,"instruments":[]})") << "basis.empty";
    QTest::newRow("extends one not there")
        << withExtension(QStringLiteral("order-1999")) << "basis.extends";
    QTest::newRow("ends before it begins")
        << withExtension(QStringLiteral("order-2025-01-06"), QStringLiteral("2025-12-01"))
        << "basis.term";
    QTest::newRow("impossible date")
        << withExtension(QStringLiteral("order-2025-01-06"), QStringLiteral("2026-02-30"))
        << "basis.date";
    QByteArray twice = withExtension();
    twice.replace("test-extension", "order-2025-01-06");
    twice.replace(R"("extends": "order-2025-01-06")", R"("extends": "")");
    QTest::newRow("an id twice") << twice << "basis.instrument";
}

void TestLegalBasis::aBrokenBasisFileIsRefusedWithAReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const auto basis = LegalBasis::fromJson(json);
    QVERIFY(!basis);
    QCOMPARE(basis.error().code, code);
    QVERIFY(!basis.error().message.isEmpty());
}

void TestLegalBasis::theShippedLegalizationListsSayWhatTheyKnow()
{
    // §28: the lists come with their sources and dates; the apostille list
    // does not claim to be complete, and the treaty list ships unconfirmed.
    const auto law = ShippedData::lawbook();
    QVERIFY(law);
    const LegalizationRules &rules = law->legalization();
    QVERIFY(rules.apostille().source.contains(u"1961"));
    QVERIFY(rules.apostille().asOf.isValid());
    QVERIFY(!rules.apostille().complete);
    QCOMPARE(LegalizationRules::member(rules.apostille(), QStringLiteral("DEU")),
             LegalizationRules::Answer::Yes);
    QCOMPARE(LegalizationRules::member(rules.apostille(), QStringLiteral("NGA")),
             LegalizationRules::Answer::Ask);
    QVERIFY(rules.treatyExempt().source.contains(u"Minsk"));
    for (auto it = rules.treatyExempt().states.cbegin(); it != rules.treatyExempt().states.cend();
         ++it)
        QVERIFY2(!it.value(), qPrintable(it.key()));
    QCOMPARE(LegalizationRules::member(rules.treatyExempt(), QStringLiteral("RUS")),
             LegalizationRules::Answer::Ask);
    // A broken list is refused with the reason.
    QCOMPARE(
        LegalizationRules::fromJson(R"({"format":1,"apostille":{"source":"x","asOf":"2025-01-01",
      "states":[{"state":"germany"}]},"treatyExempt":{"source":"x","asOf":"2025-01-01"}})")
            .error()
            .code,
        QStringLiteral("legalization.state"));
}

QTEST_GUILESS_MAIN(TestLegalBasis)
#include "tst_legalbasis.moc"
