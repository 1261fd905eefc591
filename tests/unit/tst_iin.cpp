#include "core/domain/iin.h"

#include <QTest>

using namespace Kezek;

class TestIin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validIinIsDecoded_data();
    void validIinIsDecoded();
    void invalidIinIsRefusedWithItsReason_data();
    void invalidIinIsRefusedWithItsReason();
    void composedIinsAreValidAndDecodeBack();
};

void TestIin::validIinIsDecoded_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<Sex>("sex");
    QTest::newRow("1900s male, first weighting")
        << "900515300008" << QDate(1990, 5, 15) << Sex::Male;
    QTest::newRow("1900s male, second weighting")
        << "900515300921" << QDate(1990, 5, 15) << Sex::Male;
    QTest::newRow("1900s female") << "851224400172" << QDate(1985, 12, 24) << Sex::Female;
    QTest::newRow("2000s male") << "010315500176" << QDate(2001, 3, 15) << Sex::Male;
    QTest::newRow("2000s female") << "070101600171" << QDate(2007, 1, 1) << Sex::Female;
    QTest::newRow("1800s male") << "660730100171" << QDate(1866, 7, 30) << Sex::Male;
    QTest::newRow("leap day 1996") << "960229400172" << QDate(1996, 2, 29) << Sex::Female;
}

void TestIin::validIinIsDecoded()
{
    QFETCH(QString, iin);
    QFETCH(QDate, birthDate);
    QFETCH(Sex, sex);
    auto info = parseIin(iin);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->birthDate, birthDate);
    QCOMPARE(info->sex, sex);
}

void TestIin::invalidIinIsRefusedWithItsReason_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << ""
                           << "iin.length";
    QTest::newRow("eleven digits") << "90051530000"
                                   << "iin.length";
    QTest::newRow("thirteen digits") << "9005153000080"
                                     << "iin.length";
    QTest::newRow("a letter") << "90051530000A"
                              << "iin.digits";
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("90051530000\u0668") << "iin.digits";
    QTest::newRow("century digit 0") << "900515000008"
                                     << "iin.century";
    QTest::newRow("century digit 7") << "900515700008"
                                     << "iin.century";
    QTest::newRow("month 13") << "901315300008"
                              << "iin.birth-date";
    QTest::newRow("29 Feb 1997") << "970229400171"
                                 << "iin.birth-date";
    QTest::newRow("wrong check digit") << "900515300009"
                                       << "iin.checksum";
    QTest::newRow("second weighting, wrong digit") << "900515300922"
                                                   << "iin.checksum";
    QTest::newRow("invalid under both weightings") << "900515300910"
                                                   << "iin.unresolvable";
}

void TestIin::invalidIinIsRefusedWithItsReason()
{
    QFETCH(QString, iin);
    QFETCH(QString, code);
    auto info = parseIin(iin);
    QVERIFY(!info);
    QCOMPARE(info.error().code, code);
    QVERIFY(!info.error().message.isEmpty());
}

void TestIin::composedIinsAreValidAndDecodeBack()
{
    int composed = 0;
    int unresolvable = 0;
    for (int serial = 0; serial < 200; ++serial) {
        const QString iin = composeIin(QDate(1988, 11, 2), Sex::Female, serial);
        if (iin.isEmpty()) {
            ++unresolvable;
            continue;
        }
        ++composed;
        auto info = parseIin(iin);
        QVERIFY2(info, qPrintable(iin));
        QCOMPARE(info->birthDate, QDate(1988, 11, 2));
        QCOMPARE(info->sex, Sex::Female);
    }
    QVERIFY(composed > 150);
    QVERIFY(unresolvable > 0); // some serials can never carry a check digit
    QVERIFY(composeIin(QDate(1988, 11, 2), Sex::Male, 10000).isEmpty());
}

QTEST_GUILESS_MAIN(TestIin)
#include "tst_iin.moc"
