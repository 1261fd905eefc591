#include "core/domain/casecodec.h"
#include "tests/support/builders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Kezek;

namespace {

// Sets a value at a dotted path ("applicant.iin", "checklists.preliminary.items.0.facts.x").
QJsonObject withValue(QJsonObject root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return root;
    }
    const QString key = path.first();
    const QStringList rest = path.mid(1);
    if (root.value(key).isArray()) {
        QJsonArray array = root.value(key).toArray();
        const int index = rest.first().toInt();
        array[index] = withValue(array.at(index).toObject(), rest.mid(1), value);
        root.insert(key, array);
    } else {
        root.insert(key, withValue(root.value(key).toObject(), rest, value));
    }
    return root;
}

} // namespace

class TestCaseCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateSurvivesTheRoundTrip_data();
    void everyStateSurvivesTheRoundTrip();
    void badInputIsRefusedWithThePathOfTheField_data();
    void badInputIsRefusedWithThePathOfTheField();
    void aStepsMomentTravelsWithTheCase();
    void theVerifiedPetitionTravelsWithTheCase();
    void theReportsReadLeavesOutTheDesksPartsAlone();
    void aBatchOfCasesIsReadInItsOrderOrNotAtAll();
};

void TestCaseCodec::everyStateSurvivesTheRoundTrip_data()
{
    QTest::addColumn<CaseState>("state");
    for (CaseState state : allCaseStates())
        QTest::newRow(qPrintable(caseStateId(state))) << state;
}

void TestCaseCodec::everyStateSurvivesTheRoundTrip()
{
    QFETCH(CaseState, state);
    const Case original = Builders::caseIn(state);
    const QByteArray bytes = QJsonDocument(caseToJson(original)).toJson(QJsonDocument::Compact);
    auto decoded = caseFromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(*decoded, original);
}

void TestCaseCodec::badInputIsRefusedWithThePathOfTheField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown top field") << "admin" << QJsonValue(true) << "json.unknown-field"
                                       << "admin";
    QTest::newRow("version as text") << "version" << QJsonValue(QStringLiteral("3")) << "json.type"
                                     << "version";
    QTest::newRow("version fractional") << "version" << QJsonValue(2.5) << "json.type"
                                        << "version";
    QTest::newRow("version zero") << "version" << QJsonValue(0) << "json.value"
                                  << "version";
    QTest::newRow("unknown state")
        << "state" << QJsonValue(QStringLiteral("flying")) << "json.value"
        << "state";
    QTest::newRow("impossible date")
        << "receivedOn" << QJsonValue(QStringLiteral("2025-02-30")) << "json.value"
        << "receivedOn";
    QTest::newRow("missing id") << "id" << QJsonValue() << "json.missing"
                                << "id";
    QTest::newRow("applicant unknown field")
        << "applicant.isAdmin" << QJsonValue(true) << "json.unknown-field"
        << "applicant.isAdmin";
    QTest::newRow("applicant language")
        << "applicant.language" << QJsonValue(QStringLiteral("de")) << "json.value"
        << "applicant.language";
    QTest::newRow("facts unknown field")
        << "checklists.preliminary.items.0.facts.x" << QJsonValue(1) << "json.unknown-field"
        << "facts.x";
    QTest::newRow("document type") << "checklists.preliminary.items.1.type"
                                   << QJsonValue(QStringLiteral("../etc")) << "json.value"
                                   << "type";
    QTest::newRow("checks not an array")
        << "checks" << QJsonValue(QStringLiteral("[]")) << "json.type"
        << "checks";
}

void TestCaseCodec::badInputIsRefusedWithThePathOfTheField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QString, named);
    const QJsonObject json = withValue(
        caseToJson(Builders::caseIn(CaseState::Registered)), path.split(QLatin1Char('.')), value);
    auto decoded = caseFromJson(json);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, code);
    QVERIFY2(decoded.error().message.contains(named), qPrintable(decoded.error().message));
}

void TestCaseCodec::aStepsMomentTravelsWithTheCase()
{
    // The moment a step was made reaches the workstation as the server keeps
    // it; a step without one (the intake) stays without, and a moment with
    // no time zone is refused rather than read in some local time.
    Case c = Builders::caseIn(CaseState::Registered);
    QVERIFY(c.history.size() >= 2);
    c.history.last().at = QDateTime(QDate(2025, 11, 4), QTime(6, 7, 8), QTimeZone::utc());
    const QJsonObject json = caseToJson(c);
    auto back = caseFromJson(json);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(*back, c);
    QVERIFY(!back->history.constFirst().at.isValid());
    QCOMPARE(back->history.constLast().at.toUTC(), c.history.constLast().at);
    const QStringList at{
        QStringLiteral("history"), QString::number(c.history.size() - 1), QStringLiteral("at")};
    QVERIFY(!caseFromJson(withValue(json, at, QStringLiteral("2025-11-04T06:07:08"))));
}

// §8, §10(3): the petition the server verified at intake reaches the
// workstation whole, its CMS included, so that anyone can check it again.
void TestCaseCodec::theVerifiedPetitionTravelsWithTheCase()
{
    Case original = Builders::caseIn(CaseState::Received);
    VerifiedPetition petition;
    petition.number = QStringLiteral("PET-2026-0417");
    petition.signerName = QStringLiteral("Асхат Нұрланұлы");
    petition.organisation = QStringLiteral("ЦДИАӨМ");
    petition.bin = QStringLiteral("990340001234");
    petition.signedOn = QDate(2026, 10, 26);
    petition.verifiedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 41, 7), QTimeZone::utc());
    petition.signature = QByteArray("\x30\x82\x01\x00 cms", 8);
    QVERIFY(acceptVerifiedPetition(original, petition, QDate(2026, 11, 2)));
    QCOMPARE(original.preliminaryDocuments.item(DocumentType::Petition)->status,
             DocumentStatus::Verified);
    const QByteArray bytes = QJsonDocument(caseToJson(original)).toJson(QJsonDocument::Compact);
    auto decoded = caseFromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(*decoded, original);
    QCOMPARE(decoded->petition->signature, petition.signature);
}

// Issue 30, point 2: the pilot report's read of a case keeps all that the
// figures count (its stage, city, applicant, dates, clocks, decisions and
// history) and leaves out only the desk's parts; it is as strict as the
// whole read about what it skips: a field of the wrong type or unknown is
// refused, never taken for a case.
void TestCaseCodec::theReportsReadLeavesOutTheDesksPartsAlone()
{
    Case original = Builders::caseIn(CaseState::FinalRefused);
    QVERIFY(!original.notices.isEmpty() && !original.checks.isEmpty());
    const QJsonObject json = caseToJson(original);
    auto read = caseForOversightFromJson(json);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    Case expected = original;
    expected.checks.clear();
    expected.notices.clear();
    expected.petition.reset();
    const Case blank; // the checklists as a new case has them, every document missing
    expected.preliminaryDocuments = blank.preliminaryDocuments;
    expected.cscComparison = blank.cscComparison;
    expected.originals = blank.originals;
    expected.registration = blank.registration;
    QCOMPARE(*read, expected);
    QCOMPARE(read->history, original.history);

    for (const char *part : {"checklists", "checks", "notices"}) {
        auto wrong = caseForOversightFromJson(
            withValue(json, {QString::fromLatin1(part)}, QStringLiteral("[]")));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("json.type"));
    }
    auto unknown = caseForOversightFromJson(withValue(json, {QStringLiteral("admin")}, true));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QStringLiteral("json.unknown-field"));
    QVERIFY(
        !caseForOversightFromJson(withValue(json, {QStringLiteral("checklists")}, QJsonValue())));
}

// Issue 30, point 1: the dashboard and the report read their cases a batch at
// a time, shared over the cores. Every case is counted once, in the store's
// order, each as caseForOversightFromJson reads it alone; one case refused
// (a damaged body) refuses the batch with its error and adds nothing, so that
// no figure is counted over part of the cases.
void TestCaseCodec::aBatchOfCasesIsReadInItsOrderOrNotAtAll()
{
    QList<QByteArray> bodies;
    for (int i = 0; i < 37; ++i) {
        Case c = Builders::caseIn(i % 2 ? CaseState::FinalRefused : CaseState::Received);
        c.id = QStringLiteral("case-%1").arg(i);
        bodies.append(QJsonDocument(caseToJson(c)).toJson(QJsonDocument::Compact));
    }
    const Case before = Builders::caseIn(CaseState::Received);
    QList<Case> cases{before};
    auto read = casesForOversightFromJson(bodies, cases);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(cases.size(), 38);
    QCOMPARE(cases.first(), before);
    for (int i = 0; i < 37; ++i) {
        QCOMPARE(cases.at(i + 1),
                 caseForOversightFromJson(QJsonDocument::fromJson(bodies.at(i)).object()).value());
    }

    bodies[30] = QByteArrayLiteral("{\"id\": 7}");
    QList<Case> none{before};
    auto damaged = casesForOversightFromJson(bodies, none);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, QStringLiteral("json.type"));
    QCOMPARE(none, QList<Case>{before});
}

QTEST_GUILESS_MAIN(TestCaseCodec)
#include "tst_casecodec.moc"
