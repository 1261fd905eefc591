#include "core/domain/mrz.h"

#include <QTest>

using namespace Kezek;

namespace {

// The specimen of ICAO Doc 9303 part 4.
const QString SpecimenLine1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString SpecimenLine2 = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
const QDate Today(2025, 11, 24);

QString withCharacter(QString line, qsizetype position, QChar c)
{
    line[position] = c;
    return line;
}

} // namespace

class TestMrz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void icaoSpecimenParses();
    void checkDigitOfKnownFields_data();
    void checkDigitOfKnownFields();
    void corruptedCheckDigitIsNamed_data();
    void corruptedCheckDigitIsNamed();
    void malformedLinesAreRefused_data();
    void malformedLinesAreRefused();
    void lowercaseAndSurroundingSpaceAreTolerated();
    void composeIsTheInverseOfParse();
    void birthCenturyFollowsTheReferenceDate();
};

void TestMrz::icaoSpecimenParses()
{
    auto mrz = parseMrz(SpecimenLine1, SpecimenLine2, Today);
    QVERIFY2(mrz, qPrintable(mrz ? QString() : mrz.error().message));
    QCOMPARE(mrz->documentCode, QStringLiteral("P"));
    QCOMPARE(mrz->issuingState, QStringLiteral("UTO"));
    QCOMPARE(mrz->surname, QStringLiteral("ERIKSSON"));
    QCOMPARE(mrz->givenNames, QStringLiteral("ANNA MARIA"));
    QCOMPARE(mrz->documentNumber, QStringLiteral("L898902C3"));
    QCOMPARE(mrz->nationality, QStringLiteral("UTO"));
    QCOMPARE(mrz->birthDate, QDate(1974, 8, 12));
    QCOMPARE(mrz->sex, std::optional<Sex>(Sex::Female));
    QCOMPARE(mrz->expiryDate, QDate(2012, 4, 15));
    QCOMPARE(mrz->personalNumber, QStringLiteral("ZE184226B"));
}

void TestMrz::checkDigitOfKnownFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("digit");
    QTest::newRow("document number") << "L898902C3" << 6;
    QTest::newRow("birth date") << "740812" << 2;
    QTest::newRow("expiry") << "120415" << 9;
    QTest::newRow("personal number") << "ZE184226B<<<<<" << 1;
    QTest::newRow("all fillers") << "<<<<<<<<<" << int(0);
}

void TestMrz::checkDigitOfKnownFields()
{
    QFETCH(QString, field);
    QFETCH(int, digit);
    QCOMPARE(mrzCheckDigit(field), digit);
}

void TestMrz::corruptedCheckDigitIsNamed_data()
{
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QChar>("replacement");
    QTest::addColumn<QString>("code");
    QTest::newRow("document number digit")
        << qsizetype(9) << QChar(u'7') << "mrz.document-number-check";
    QTest::newRow("document number itself")
        << qsizetype(1) << QChar(u'9') << "mrz.document-number-check";
    QTest::newRow("birth date digit") << qsizetype(19) << QChar(u'3') << "mrz.birth-date-check";
    QTest::newRow("expiry digit") << qsizetype(27) << QChar(u'8') << "mrz.expiry-date-check";
    QTest::newRow("personal number digit")
        << qsizetype(42) << QChar(u'2') << "mrz.personal-number-check";
    QTest::newRow("personal digit as filler")
        << qsizetype(42) << QChar(u'<') << "mrz.personal-number-check";
    QTest::newRow("composite digit") << qsizetype(43) << QChar(u'1') << "mrz.composite-check";
}

void TestMrz::corruptedCheckDigitIsNamed()
{
    QFETCH(qsizetype, position);
    QFETCH(QChar, replacement);
    QFETCH(QString, code);
    auto mrz = parseMrz(SpecimenLine1, withCharacter(SpecimenLine2, position, replacement), Today);
    QVERIFY(!mrz);
    QCOMPARE(mrz.error().code, code);
}

void TestMrz::malformedLinesAreRefused_data()
{
    QTest::addColumn<QString>("line1");
    QTest::addColumn<QString>("line2");
    QTest::addColumn<QString>("code");
    QTest::newRow("short line 2") << SpecimenLine1 << SpecimenLine2.left(43) << "mrz.length";
    QTest::newRow("empty") << QString() << QString() << "mrz.length";
    QTest::newRow("Cyrillic letter")
        << withCharacter(SpecimenLine1, 5, QChar(u'Е')) << SpecimenLine2 << "mrz.character";
    QTest::newRow("not a passport")
        << withCharacter(SpecimenLine1, 0, QChar(u'I')) << SpecimenLine2 << "mrz.document-code";
    QTest::newRow("sex Z") << SpecimenLine1 << withCharacter(SpecimenLine2, 20, QChar(u'Z'))
                           << "mrz.sex";
}

void TestMrz::malformedLinesAreRefused()
{
    QFETCH(QString, line1);
    QFETCH(QString, line2);
    QFETCH(QString, code);
    auto mrz = parseMrz(line1, line2, Today);
    QVERIFY(!mrz);
    QCOMPARE(mrz.error().code, code);
}

void TestMrz::lowercaseAndSurroundingSpaceAreTolerated()
{
    // What a scanner or a paste brings in.
    auto mrz = parseMrz(QString(QStringLiteral("  ") + SpecimenLine1.toLower()),
                        QString(SpecimenLine2 + QStringLiteral("\n")),
                        Today);
    QVERIFY(mrz);
    QCOMPARE(mrz->surname, QStringLiteral("ERIKSSON"));
}

void TestMrz::composeIsTheInverseOfParse()
{
    MrzData data;
    data.issuingState = QStringLiteral("DEU");
    data.surname = QStringLiteral("MUELLER-LUDENSCHEIDT");
    data.givenNames = QStringLiteral("JONAS PETER");
    data.documentNumber = QStringLiteral("C01X00T47");
    data.nationality = QStringLiteral("DEU");
    data.birthDate = QDate(1990, 5, 15);
    data.sex = Sex::Male;
    data.expiryDate = QDate(2031, 2, 1);
    const auto [line1, line2] = composeMrz(data);
    QCOMPARE(line1.size(), 44);
    QCOMPARE(line2.size(), 44);
    auto parsed = parseMrz(line1, line2, Today);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->surname, QStringLiteral("MUELLER LUDENSCHEIDT"));
    QCOMPARE(parsed->givenNames, data.givenNames);
    QCOMPARE(parsed->documentNumber, data.documentNumber);
    QCOMPARE(parsed->birthDate, data.birthDate);
    QCOMPARE(parsed->expiryDate, data.expiryDate);
    QCOMPARE(parsed->sex, data.sex);
    QVERIFY(parsed->personalNumber.isEmpty());
}

void TestMrz::birthCenturyFollowsTheReferenceDate()
{
    MrzData data;
    data.issuingState = data.nationality = QStringLiteral("KAZ");
    data.surname = QStringLiteral("ABAI");
    data.documentNumber = QStringLiteral("N0000001");
    data.birthDate = QDate(2005, 1, 1);
    data.expiryDate = QDate(2030, 1, 1);
    const auto [line1, line2] = composeMrz(data);
    QCOMPARE(parseMrz(line1, line2, Today)->birthDate, QDate(2005, 1, 1));
    // Read in 2004, a birth year "05" can only be 1905.
    QCOMPARE(parseMrz(line1, line2, QDate(2004, 6, 1))->birthDate, QDate(1905, 1, 1));
}

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_mrz.moc"
