#include "core/domain/displaydate.h"
#include "core/domain/oversight.h"
#include "core/domain/oversightcodec.h"
#include "core/domain/roles.h"
#include "core/domain/workflow.h"
#include "report/pilotreport.h"
#include "resources/shippeddata.h"
#include "tests/support/builders.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;
using namespace Qt::StringLiterals;

namespace {

using Builders::decisionOn;
using Builders::handMadeCase;
using Builders::historyStep;

// The pilot's first quarter of 2026: five applications of both cities and
// three nationalities; permits, a refusal with its reason, a deletion after
// a late registration (§12), a case outside the legal basis.
QList<Case> firstQuarter()
{
    Case p1 = handMadeCase("p1", CaseState::Received, QDate(2026, 1, 10), City::Astana, "DEU");
    p1.state = CaseState::PermitIssued;
    p1.filedAt = QDateTime(QDate(2026, 1, 9), QTime(21, 30), Qt::UTC); // 10 January in Kazakhstan
    p1.history = {historyStep(Action::ApprovePreliminarily, QDate(2026, 1, 20)),
                  historyStep(Action::GrantFinal, QDate(2026, 2, 25)),
                  historyStep(Action::IssueResidencePermit, QDate(2026, 3, 5))};
    Case p2 = handMadeCase("p2", CaseState::Received, QDate(2026, 2, 2), City::Almaty, "IND");
    p2.state = CaseState::PreliminarilyRefused;
    p2.history = {historyStep(Action::RefusePreliminarily, QDate(2026, 2, 20))};
    p2.decisions = {
        decisionOn(DecisionKind::PreliminaryRefusal, QDate(2026, 2, 20), {u"PETITION-MISSING"_s})};
    Case p3 = handMadeCase("p3", CaseState::Received, QDate(2026, 3, 2), City::Astana, "DEU");
    p3.state = CaseState::Withdrawn;
    p3.outsideLegalBasis = true;
    p3.history = {historyStep(Action::Withdraw, QDate(2026, 3, 20))};
    Case p4 = handMadeCase("p4", CaseState::Received, QDate(2026, 3, 16), City::Almaty, "USA");
    p4.state = CaseState::Deleted;
    p4.history = {historyStep(Action::DeleteAfterRework, QDate(2026, 3, 25))};
    // §12 from Monday 16 March: due Wednesday 18, registered Friday 20.
    p4.clocks = {DeadlineClock::restore(
        ClockKind::Registration, QDate(2026, 3, 16), {}, QDate(2026, 3, 20))};
    Case p5 = handMadeCase("p5", CaseState::Received, QDate(2026, 3, 30), City::Astana, "KOR");
    return {p1, p2, p3, p4, p5};
}

OversightFigures quarterFigures()
{
    static const auto law = ShippedData::lawbook();
    if (!law)
        qFatal("no shipped law: %s", qPrintable(law.error().message));
    OversightQuery query;
    query.today = QDate(2026, 4, 10);
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 3, 31);
    query.holders = {{u"p5"_s, u"officer-1"_s}};
    auto figures = computeOversight(firstQuarter(), query, *law);
    if (!figures)
        qFatal("oversight refused: %s", qPrintable(figures.error().message));
    return *figures;
}

Report::ReportOptions optionsIn(const QString &language)
{
    static const auto reasons = ShippedData::reasons();
    // Made at 04:30 UTC: 09:30 on Kazakhstan's clock (UTC+5), which the report states.
    return {language,
            QDateTime(QDate(2026, 4, 10), QTime(4, 30), Qt::UTC),
            reasons ? &*reasons : nullptr};
}

QByteArray rendered(Report::Format format, const QString &language)
{
    auto bytes = Report::renderReport(quarterFigures(), format, optionsIn(language));
    if (!bytes)
        qFatal("the report refused: %s", qPrintable(bytes.error().message));
    return *bytes;
}

// RFC 4180 read back: fields split at commas outside quotes.
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

// One part of an XLSX (a zip) by `unzip -p`.
QByteArray xlsxPart(const QString &file, const QString &part)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, file, part});
    if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

// A cell's number in a sheet's XML, as libxlsxwriter writes it: <c r="B8"><v>2</v></c>.
QString xlsxNumber(const QByteArray &sheet, const QString &cell)
{
    const QRegularExpression number(u"<c r=\"%1\"[^>]*><v>([^<]*)</v></c>"_s.arg(cell));
    return number.match(QString::fromUtf8(sheet)).captured(1);
}

} // namespace

class TestPilotReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codecRoundTripsEveryFigure();
    void codecRefusesWhatItDoesNotKnow_data();
    void codecRefusesWhatItDoesNotKnow();
    void csvTotalsEqualTheDomainFigures();
    void xlsxSheetsHoldTheCountedCells();
    void pdfNamesPeriodLawVersionAndFigures_data();
    void pdfNamesPeriodLawVersionAndFigures();
    void unknownFormatIsNone();
    void failedWriteLeavesNoFile();
};

// Issue 30, point 2: "the server answers the report's query": the figures go
// over the wire and come back the same, every list and count.
void TestPilotReport::codecRoundTripsEveryFigure()
{
    const OversightFigures figures = quarterFigures();
    const QJsonObject json = oversightToJson(figures);
    const auto back = oversightFromJson(json);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(oversightToJson(*back), json);
    QCOMPARE(back->from, QDate(2026, 1, 1));
    QCOMPARE(back->lawVersion, figures.lawVersion);
    QVERIFY(!back->lawVersion.isEmpty());
    QCOMPARE(back->city, std::nullopt);
    QCOMPARE(back->pilot.byCity.size(), 2);
    QCOMPARE(back->pilot.byCity.at(0).outcomes, figures.pilot.byCity.at(0).outcomes);
    QCOMPARE(back->pilot.byCity.at(0).filingToPermit, (Distribution{1, 54, 54}));
    QCOMPARE(back->pilot.outsideLegalBasis, QStringList{u"p3"_s});
    QCOMPARE(back->holders.size(), 1);
    QCOMPARE(back->holders.at(0).held, QStringList{u"p5"_s});
    QCOMPARE(back->reasons.size(), 1);
    QCOMPARE(back->reasons.at(0).refusals, 1);
    QCOMPARE(back->stages.size(), figures.stages.size());
    for (qsizetype i = 0; i < figures.stages.size(); ++i)
        QCOMPARE(back->stages.at(i).workingDays.has_value(),
                 figures.stages.at(i).workingDays.has_value());
    QCOMPARE(back->months.size(), 3);
    QCOMPARE(back->months.at(2).counts, figures.months.at(2).counts);
}

void TestPilotReport::codecRefusesWhatItDoesNotKnow_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("an unknown field") << u"extra"_s << QJsonValue(1) << u"json.unknown-field"_s;
    QTest::newRow("a city of no pilot")
        << u"city"_s << QJsonValue(u"shymkent"_s) << u"json.value"_s;
    QTest::newRow("a count as text") << u"cases"_s << QJsonValue(u"7"_s) << u"json.type"_s;
    QTest::newRow("a period without its start") << u"from"_s << QJsonValue() << u"json.missing"_s;
    QTest::newRow("a state as a number")
        << u"states"_s << QJsonValue(QJsonArray{1}) << u"json.type"_s;
}

// Nothing half-read: a wrong answer is refused with the field it names.
void TestPilotReport::codecRefusesWhatItDoesNotKnow()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject json = oversightToJson(quarterFigures());
    if (value.isNull())
        json.remove(member);
    else
        json.insert(member, value);
    const auto figures = oversightFromJson(json);
    QVERIFY(!figures);
    QCOMPARE(figures.error().code, code);
}

// Issue 30, point 2 ("the report's CSV totals equal to the dashboard's for
// the same period"): every city's row and the total add up to the domain's
// figures, and the report names its period and law.
void TestPilotReport::csvTotalsEqualTheDomainFigures()
{
    const OversightFigures figures = quarterFigures();
    const QByteArray bytes = rendered(Report::Format::Csv, u"ru"_s);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 by its mark
    const QList<QStringList> rows = csvRows(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.first(),
             (QStringList{u"section"_s, u"key"_s, u"name"_s, u"figure"_s, u"value"_s}));
    QHash<QString, QString> report;
    QHash<QString, qint64> byCity;
    QHash<QString, qint64> total;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 5);
        if (row.at(0) == u"report")
            report.insert(row.at(3), row.at(4));
        else if (row.at(0) == u"city" && row.at(1) == u"total")
            total.insert(row.at(3), row.at(4).toLongLong());
        else if (row.at(0) == u"city")
            byCity[row.at(3)] += row.at(4).toLongLong();
    }
    QCOMPARE(report.value(u"period-from"_s), u"01.01.2026"_s);
    QCOMPARE(report.value(u"period-to"_s), u"31.03.2026"_s);
    QCOMPARE(report.value(u"law-version"_s), figures.lawVersion);
    QCOMPARE(report.value(u"made-at"_s), u"10.04.2026 09:30"_s);
    int applications = 0;
    PilotOutcomes sum;
    for (const PilotRow &row : figures.pilot.byCity) {
        applications += row.applications;
        sum.granted += row.outcomes.granted;
        sum.preliminarilyRefused += row.outcomes.preliminarilyRefused;
        sum.deleted += row.outcomes.deleted;
        sum.permitsIssued += row.outcomes.permitsIssued;
    }
    QCOMPARE(applications, 5);
    QCOMPARE(total.value(u"applications"_s), applications);
    QCOMPARE(byCity.value(u"applications"_s), applications);
    QCOMPARE(total.value(u"granted"_s), sum.granted);
    QCOMPARE(total.value(u"preliminarily-refused"_s), sum.preliminarilyRefused);
    QCOMPARE(total.value(u"deleted"_s), sum.deleted);
    QCOMPARE(total.value(u"permits-issued"_s), sum.permitsIssued);
    for (auto it = total.cbegin(); it != total.cend(); ++it)
        QCOMPARE(byCity.value(it.key()), it.value());
    // The month rows add up to the same applications; the reason and the breach are named.
    qint64 monthly = 0;
    bool reason = false;
    bool breach = false;
    for (const QStringList &row : rows) {
        if (row.at(0) == u"month" && row.at(3) == u"applications")
            monthly += row.at(4).toLongLong();
        reason = reason
                 || (row.at(0) == u"reasons" && row.at(1) == u"PETITION-MISSING"
                     && row.at(3) == u"refusals" && row.at(4) == u"1");
        breach = breach
                 || (row.at(0) == u"breaches" && row.at(1) == u"registration"
                     && row.at(3) == u"case-numbers" && row.at(4) == u"p4");
    }
    QCOMPARE(monthly, applications);
    QVERIFY(reason);
    QVERIFY(breach);
}

// Issue 30, point 2 ("the XLSX ... read back in the test, by unzipping it"):
// the sheets by city, nationality, month, reasons and breaches hold the
// domain's counts as numbers.
void TestPilotReport::xlsxSheetsHoldTheCountedCells()
{
    const OversightFigures figures = quarterFigures();
    QTemporaryDir folder;
    const QString path = folder.filePath(u"report.xlsx"_s);
    QVERIFY(Report::writeReport(figures, Report::Format::Xlsx, optionsIn(u"en"_s), path));
    const QByteArray book = xlsxPart(path, u"xl/workbook.xml"_s);
    QVERIFY(!book.isEmpty());
    for (const char *sheet :
         {"By city", "By nationality", "By month", "Reasons", "Breaches", "Outside the basis"})
        QVERIFY2(book.contains(QByteArray(QByteArray("<sheet name=\"") + sheet + '"')), sheet);
    const QByteArray strings = xlsxPart(path, u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains("Period: 01.01.2026 to 31.03.2026"));
    QVERIFY(strings.contains(figures.lawVersion.toUtf8()));
    QVERIFY(strings.contains("Made on 10.04.2026 at 09:30"));
    // By city: the table's rows start on row 8: Astana, Almaty, the total.
    const QByteArray byCity = xlsxPart(path, u"xl/worksheets/sheet1.xml"_s);
    const PilotRow &astana = figures.pilot.byCity.at(0);
    QCOMPARE(xlsxNumber(byCity, u"B8"_s), QString::number(astana.applications));
    QCOMPARE(xlsxNumber(byCity, u"I8"_s), QString::number(astana.outcomes.permitsIssued));
    QCOMPARE(xlsxNumber(byCity, u"K8"_s), QString::number(astana.filingToPermit.median));
    QCOMPARE(xlsxNumber(byCity, u"B10"_s), u"5"_s); // the total of applications
    // By month: March's applications; Reasons: the refusal; Breaches: registration late once.
    const QByteArray byMonth = xlsxPart(path, u"xl/worksheets/sheet3.xml"_s);
    QCOMPARE(xlsxNumber(byMonth, u"B10"_s),
             QString::number(figures.pilot.byMonth.at(2).applications));
    QCOMPARE(xlsxNumber(xlsxPart(path, u"xl/worksheets/sheet4.xml"_s), u"E8"_s), u"1"_s);
    int registrationRow = 8;
    for (const ClockBreaches &breach : figures.pilot.breaches) {
        if (breach.kind == ClockKind::Registration)
            break;
        ++registrationRow;
    }
    QCOMPARE(
        xlsxNumber(xlsxPart(path, u"xl/worksheets/sheet5.xml"_s), u"C%1"_s.arg(registrationRow)),
        u"1"_s);
}

void TestPilotReport::pdfNamesPeriodLawVersionAndFigures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("registration"); // §12's clock, as the law's words name it
    QTest::newRow("kk") << u"kk"_s << u"КҚП АЖ-да тіркеу"_s;
    QTest::newRow("ru") << u"ru"_s << u"Регистрация в ИС миграционной полиции"_s;
}

// Issue 30, point 2 ("the PDF's text with Qt PDF"): in Kazakh and Russian
// the first page names the period, the law's version and the time it was
// made, and shows the cities, the reason in the reader's language and the
// case whose registration was late (§12).
void TestPilotReport::pdfNamesPeriodLawVersionAndFigures()
{
    QFETCH(QString, language);
    QFETCH(QString, registration);
    const OversightFigures figures = quarterFigures();
    QByteArray bytes = rendered(Report::Format::Pdf, language);
    QVERIFY(bytes.startsWith("%PDF"));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + u'\n';
    text.replace(u'\n', u' ');
    QVERIFY2(text.contains(u"01.01.2026"_s) && text.contains(u"31.03.2026"_s), qPrintable(text));
    QVERIFY(text.contains(figures.lawVersion));
    QVERIFY(text.contains(u"10.04.2026"_s));
    const auto reasons = ShippedData::reasons();
    QVERIFY(reasons);
    const QString reason = reasons->find(u"PETITION-MISSING")->text.in(language);
    // Words wrap in a cell: the reason's first word is enough to find it.
    QVERIFY2(text.contains(reason.section(u' ', 0, 0)), qPrintable(reason));
    QVERIFY(text.contains(u"Алматы"_s));
    QVERIFY2(text.contains(registration), qPrintable(text));
    QVERIFY(text.contains(u"p4"_s));
    // The first page drawn: charts and tables leave ink on it.
    const QImage page = pdf.render(0, QSize(1190, 842));
    QVERIFY(!page.isNull());
    int dark = 0;
    for (int y = 0; y < page.height(); y += 4) {
        for (int x = 0; x < page.width(); x += 4)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 500);
    if (const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOTS"); !folder.isEmpty()) {
        for (int i = 0; i < pdf.pageCount(); ++i)
            pdf.render(i, QSize(1190, 842))
                .save(u"%1/pilot-report-%2-%3.png"_s.arg(folder, language).arg(i + 1));
    }
}

void TestPilotReport::unknownFormatIsNone()
{
    QCOMPARE(Report::formatFromId(u"pdf"), Report::Format::Pdf);
    QCOMPARE(Report::formatFromId(u"xlsx"), Report::Format::Xlsx);
    QCOMPARE(Report::formatFromId(u"docx"), std::nullopt);
    QCOMPARE(Report::formatFromId(u"PDF"), std::nullopt);
}

// Issue 30, point 2 ("nothing written"): a report that cannot be written
// leaves no file and no temporary behind.
void TestPilotReport::failedWriteLeavesNoFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"missing-folder/report.csv"_s);
    const auto written
        = Report::writeReport(quarterFigures(), Report::Format::Csv, optionsIn(u"en"_s), path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"report.write"_s);
    QVERIFY(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

QTEST_MAIN(TestPilotReport)
#include "tst_pilotreport.moc"
