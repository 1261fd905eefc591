#include "core/simulation/scangenerator.h"

#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace Kezek;

// Generated scans must be files the server and any viewer take as real ones.
class TestScanGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngDecodesAsAGreyPage();
    void pdfCrossReferencesPointAtItsObjects();
};

void TestScanGenerator::pngDecodesAsAGreyPage()
{
    const QByteArray png = ScanGenerator::png(300, 420, 7);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.size(), QSize(300, 420));
    QVERIFY(image.isGrayscale());
    // The photo block is dark, the margin paper-white.
    QVERIFY(qGray(image.pixel(40, 40)) < 140);
    QVERIFY(qGray(image.pixel(2, 2)) > 240);
    // Another applicant, another scan.
    QVERIFY(ScanGenerator::png(300, 420, 8) != png);
}

void TestScanGenerator::pdfCrossReferencesPointAtItsObjects()
{
    const QByteArray pdf
        = ScanGenerator::pdf(QStringLiteral("Passport (copy)"),
                             {QStringLiteral("MÜLLER, JONAS"), QStringLiteral("Айгерім")});
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    QVERIFY(pdf.endsWith("%%EOF\n"));
    QVERIFY(pdf.contains("(Passport \\(copy\\)) Tj"));
    QVERIFY(pdf.contains("(M\xdcLLER, JONAS) Tj"));                 // Latin-1, as WinAnsi wants
    QVERIFY(pdf.contains(QByteArray(QByteArray(7, '?') + ") Tj"))); // no Cyrillic in Helvetica
    const qsizetype start = pdf.lastIndexOf("startxref\n") + 10;
    const qsizetype xref = pdf.mid(start, pdf.indexOf('\n', start) - start).toLongLong();
    QVERIFY(pdf.mid(xref).startsWith("xref\n0 6\n"));
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) 00000 n "));
    auto matches = entry.globalMatch(QString::fromLatin1(pdf.mid(xref)));
    int object = 0;
    while (matches.hasNext()) {
        const qsizetype offset = matches.next().captured(1).toLongLong();
        ++object;
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj")),
                 qPrintable(QString::number(object)));
    }
    QCOMPARE(object, 5);
}

QTEST_GUILESS_MAIN(TestScanGenerator)
#include "tst_scangenerator.moc"
