// Exports and papers (issue 31, point 4), at the workstation against the real
// server: a list exported as CSV and XLSX exactly as filtered, its record
// queued in the cache and entered once in the server's audit log by the next
// sync; the case dossier's PDF in Kazakh and Russian; the audit extract of a
// case or a period for the ministry (every city) and a supervisor (their
// city) only, itself audited, from the window and from kezekctl; bad periods
// and formats refused with nothing written.
#include "core/domain/papers.h"
#include "core/protocol/api.h"
#include "db/server/auditextract.h"
#include "db/server/serverstore.h"
#include "report/auditextract.h"
#include "report/tableexport.h"
#include "sync/syncengine.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/auditextractdialog.h"
#include "ui/casetablemodel.h"
#include "ui/dossierdialog.h"
#include "ui/listexportdialog.h"
#include "ui/mainwindow.h"
#include "ui/uitr.h"
#include "ui/workstation.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;
using namespace Qt::StringLiterals;

namespace {

// RFC 4180 as the export writes it (quoted fields may hold commas).
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u',') {
            row.append(std::exchange(field, {}));
        } else if (!quoted && c == u'\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
        } else if (quoted || c != u'\r') {
            field += c;
        }
    }
    return rows;
}

// One part of an XLSX (a zip) by `unzip -p`.
QString xlsxPart(const QString &file, const QString &part)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, file, part});
    if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The XLSX's first sheet as rows of text: libxlsxwriter keeps each text
// once in sharedStrings.xml and a cell names it by its number.
QList<QStringList> xlsxRows(const QString &file)
{
    QStringList shared;
    static const QRegularExpression string(u"<si><t[^>]*>([^<]*)</t></si>"_s);
    for (const auto &match : string.globalMatch(xlsxPart(file, u"xl/sharedStrings.xml"_s)))
        shared.append(match.captured(1)
                          .replace(u"&amp;"_s, u"&"_s)
                          .replace(u"&lt;"_s, u"<"_s)
                          .replace(u"&gt;"_s, u">"_s));
    // A cell by its column's letter: an empty cell is not written at all.
    QList<QStringList> rows;
    static const QRegularExpression rowShape(u"<row [^>]*>(.*?)</row>"_s);
    static const QRegularExpression cellShape(
        u"<c r=\"([A-Z])\\d+\"[^>]*t=\"s\"[^>]*><v>(\\d+)</v>"_s);
    for (const auto &row : rowShape.globalMatch(xlsxPart(file, u"xl/worksheets/sheet1.xml"_s))) {
        QStringList cells;
        for (const auto &cell : cellShape.globalMatch(row.captured(1))) {
            const int column = cell.captured(1).at(0).unicode() - u'A';
            while (cells.size() < column)
                cells.append(QString());
            cells.append(shared.value(cell.captured(2).toInt()));
        }
        rows.append(cells);
    }
    return rows;
}

QString pdfText(const QString &pdf)
{
    QPdfDocument document;
    if (document.load(pdf) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + u' ';
    return text.simplified();
}

void picture(const QString &pdf, const QString &name)
{
    const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOTS");
    QPdfDocument document;
    if (folder.isEmpty() || document.load(pdf) != QPdfDocument::Error::None)
        return;
    document.render(0, (document.pagePointSize(0) * 1.6).toSize())
        .save(QDir(folder).filePath(name + u".png"));
}

} // namespace

class TestPapers : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anExportIsTheFilteredListAndIsAuditedOnceWithItsCountAndFormat();
    void anOfficerNeitherExportsNorReadsTheAuditLog();
    void aSupervisorExtractsOnlyTheirCityAndTheMinistryEvery();
    void aReversedPeriodAnImpossibleDayOrAnUnknownFormatIsRefused();
    void aCellASpreadsheetWouldRunIsWrittenAsText();
    void kezekctlWritesTheExtractOrNothing();
    void theDossierNamesTheCaseItsVerdictsAndItsSigner_data();
    void theDossierNamesTheCaseItsVerdictsAndItsSigner();

private:
    Case astanaCase(const QString &number, const QString &surname);
    // The server's audit entries of `action`, oldest first.
    QList<AuditRecord> audited(const QString &action);
    // The extract dialog driven to write `path`; its error text, empty once written.
    QString writeExtract(MainWindow *window,
                         const std::function<void(AuditExtractDialog *)> &fill,
                         const QString &path);

    Case m_mueller1;
    Case m_mueller2;
    Case m_aliyev;
    Case m_almaty;
    Case m_approved;
};

Case TestPapers::astanaCase(const QString &number, const QString &surname)
{
    Case c = Builders::caseIn(CaseState::Registered);
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.number = number;
    c.applicant.surname = surname;
    return c;
}

void TestPapers::initTestCase()
{
    QVERIFY(startServer());
    m_mueller1 = astanaCase(u"DNR-2026-P001"_s, u"Сейфуллин"_s);
    m_mueller2 = astanaCase(u"DNR-2026-P002"_s, u"Сейфуллин"_s);
    m_aliyev = astanaCase(u"DNR-2026-P003"_s, u"Әлиев"_s);
    m_almaty = Builders::caseIn(CaseState::Registered, QDate(2025, 11, 3), City::Almaty);
    m_almaty.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_almaty.number = u"DNR-2026-P004"_s;
    // A preliminary approval (§17): its checklist verified, its decision signed.
    m_approved = Builders::caseIn(CaseState::PreliminarilyApproved);
    m_approved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_approved.number = u"DNR-2026-P005"_s;
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->saveCases({m_mueller1, m_mueller2, m_aliyev, m_almaty, m_approved}));
    // An officer's steps on an Astana case and an Almaty case, as the server
    // enters them, for the extracts to find.
    const auto append = [&store](const QString &actor, const Case &c, const QString &detail) {
        return AuditLog(*store).append({actor, u"command"_s, c.id, detail},
                                       QDateTime::currentDateTimeUtc());
    };
    QVERIFY(append(u"officer.astana"_s, m_mueller1, u"verify-document passport"_s));
    QVERIFY(append(u"officer.almaty"_s, m_almaty, u"verify-document diploma"_s));
}

QList<AuditRecord> TestPapers::audited(const QString &action)
{
    auto store = openStore();
    if (!store)
        return {};
    auto extract = AuditExtracts(*store).entries({});
    QList<AuditRecord> found;
    for (const AuditRecord &record : extract ? extract->records : QList<AuditRecord>()) {
        if (record.entry.action == action)
            found.append(record);
    }
    return found;
}

// Issue 31 point 4, "done means": the list as filtered (a search inside the
// queue), written as CSV and XLSX with the columns and rows the window shows,
// its record kept in the cache until a sync enters it in the server's audit
// log with the count and the format, exactly once even when sent again.
void TestPapers::anExportIsTheFilteredListAndIsAuditedOnceWithItsCountAndFormat()
{
    Workstation workstation(config(m_dir.filePath(u"export"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"supervisor.astana"_s);
    QVERIFY(window);
    QVERIFY(window->findChild<QAction *>(u"exportListAction"_s));
    window->selectQueue(u"all"_s);
    // Typed as an officer types it (the test's keyboard knows only ASCII keys).
    window->searchField()->setText(u"Сейфуллин"_s);
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    QTRY_COMPARE(window->caseModel()->rowCount(), 2);
    const CaseListSnapshot shown = window->caseListSnapshot();
    QCOMPARE(shown.rows.size(), 2);
    QVERIFY(shown.headers.contains(
        window->caseModel()
            ->headerData(CaseTableModel::Number, Qt::Horizontal, Qt::DisplayRole)
            .toString()));

    const auto exportAs = [&](const QString &format, const QString &path) {
        window->activateWindow(); // back from the dialog before
        if (!QTest::qWaitForWindowActive(window))
            return false;
        return whileOpen<ListExportDialog>(
            window,
            &MainWindow::reportDialogOpened,
            [window] {
                QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
            },
            [&](ListExportDialog *dialog) {
                // Said before anything is written: the file leaves the cache.
                QVERIFY(dialog->note()->isVisible());
                QVERIFY(dialog->note()->text().contains(u"encrypted cache"));
                dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(format));
                dialog->pathField()->setText(path);
                QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
                QCOMPARE(dialog->result(), int(QDialog::Accepted));
            });
    };
    const QString csvPath = m_dir.filePath(u"list.csv"_s);
    const QString xlsxPath = m_dir.filePath(u"list.xlsx"_s);
    QVERIFY(exportAs(u"csv"_s, csvPath));
    QVERIFY(exportAs(u"xlsx"_s, xlsxPath));

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csvTable = csvRows(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(csvTable.value(0), shown.headers);
    QCOMPARE(csvTable.mid(1), shown.rows);
    const QString csvText = QString::fromUtf8(bytes);
    QVERIFY(csvText.contains(m_mueller1.number) && csvText.contains(m_mueller2.number));
    QVERIFY(!csvText.contains(m_aliyev.number));
    // The XLSX: the same header row and rows under its heading.
    const QList<QStringList> sheet = xlsxRows(xlsxPath);
    const qsizetype header = sheet.indexOf(shown.headers);
    QVERIFY2(header >= 0, qPrintable(QStringList(sheet.value(6)).join(u'|')));
    QList<QStringList> sheetRows = sheet.mid(header + 1);
    for (QStringList &row : sheetRows) {
        while (row.size() < shown.headers.size())
            row.append(QString()); // an empty last cell, such as no holder
    }
    QCOMPARE(sheetRows, shown.rows);

    // Both records wait in the cache (offline they would stay) until a sync.
    QCOMPARE(workstation.session().store->exportRecordsToSend()->size(), 2);
    QVERIFY(audited(u"export"_s).isEmpty());
    QSignalSpy synced(window, &MainWindow::syncFinished);
    window->syncNow();
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.constFirst().constFirst().toBool());
    const QList<AuditRecord> exports = audited(u"export"_s);
    QCOMPARE(exports.size(), 2);
    for (const AuditRecord &record : exports)
        QCOMPARE(record.entry.actor, u"supervisor.astana"_s);
    QVERIFY2(exports.at(0).entry.detail.startsWith(u"2 cases as csv"),
             qPrintable(exports.at(0).entry.detail));
    QVERIFY(exports.at(1).entry.detail.startsWith(u"2 cases as xlsx"));
    // That a search narrowed it, never what was typed (a name stays out of
    // the audit chain, which is never purged).
    QVERIFY(exports.at(0).entry.detail.contains(u"narrowed by a search"));
    QVERIFY(!exports.at(0).entry.detail.contains(u"Сейфуллин"));
    QVERIFY(workstation.session().store->exportRecordsToSend()->isEmpty());

    // A record sent again (its answer lost on the way) is entered once.
    const QString again = exports.at(0).entry.detail.section(u"export "_s, -1);
    QVERIFY(workstation.session().store->addExportRecord(
        {{u"id"_s, again}, {u"list"_s, u"All"_s}, {u"count"_s, 2}, {u"format"_s, u"csv"_s}},
        QDateTime::currentDateTimeUtc()));
    window->syncNow();
    QVERIFY(synced.wait(60000));
    QCOMPARE(audited(u"export"_s).size(), 2);
    QVERIFY(workstation.session().store->exportRecordsToSend()->isEmpty());
}

// Issue 31 point 4, roles: an officer is offered neither the export nor the
// extract, and the server refuses both to them with a translated error.
void TestPapers::anOfficerNeitherExportsNorReadsTheAuditLog()
{
    QVERIFY(!mayExportCaseLists(Builders::officer()));
    Workstation workstation(config(m_dir.filePath(u"officer"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"officer.astana"_s);
    QVERIFY(window);
    QVERIFY(!window->findChild<QAction *>(u"exportListAction"_s));
    QVERIFY(!window->findChild<QAction *>(u"auditExtractAction"_s));
    QVERIFY(window->findChild<QAction *>(u"dossierAction"_s));
    const qsizetype before = audited(u"export"_s).size();

    Session &session = workstation.session();
    SyncEngine engine(*session.store, *session.syncSettings());
    const auto extract = engine.auditExtract(Api::auditCasePath(m_mueller1.number));
    QVERIFY(!extract);
    QCOMPARE(extract.error().code, u"audit.forbidden"_s);
    QVERIFY(extract.error().message.contains(u"supervisor"));
    // A forged record in the officer's cache: the server will not enter it.
    QVERIFY(session.store->addExportRecord({{u"id"_s, QUuid::createUuid().toString()},
                                            {u"list"_s, u"New"_s},
                                            {u"count"_s, 1},
                                            {u"format"_s, u"csv"_s}},
                                           QDateTime::currentDateTimeUtc()));
    // The sync itself goes on (an export record never holds up the work);
    // the record is not entered and stays in the cache, never lost.
    const auto synced = engine.run();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced->exportsRecorded, 0);
    QCOMPARE(session.store->exportRecordsToSend()->size(), 1);
    QCOMPARE(audited(u"export"_s).size(), before);
    for (const AuditRecord &record : audited(u"audit-extract"_s))
        QVERIFY(record.entry.actor != u"officer.astana");
}

QString TestPapers::writeExtract(MainWindow *window,
                                 const std::function<void(AuditExtractDialog *)> &fill,
                                 const QString &path)
{
    QString error;
    window->activateWindow(); // back from the dialog before
    if (!QTest::qWaitForWindowActive(window))
        return u"no window"_s;
    const bool opened = whileOpen<AuditExtractDialog>(
        window,
        &MainWindow::reportDialogOpened,
        [window] { QTest::keyClick(window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier); },
        [&](AuditExtractDialog *dialog) {
            fill(dialog);
            dialog->pathField()->setText(path);
            QTest::mouseClick(dialog->writeButton(), Qt::LeftButton);
            if (dialog->result() != QDialog::Accepted)
                error = dialog->errorText()->text();
        });
    return opened ? error : u"no dialog"_s;
}

// Issue 31 point 4: a supervisor's extract holds their city's cases alone
// (another city's case is unknown to them), the ministry's every city's; each
// reading is itself entered in the audit log.
void TestPapers::aSupervisorExtractsOnlyTheirCityAndTheMinistryEvery()
{
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    const auto period = [today](AuditExtractDialog *dialog) {
        dialog->periodChoice()->setChecked(true);
        dialog->fromEdit()->setDate(today.addDays(-1));
        dialog->toEdit()->setDate(today);
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(u"csv"_s));
    };
    const auto readText = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    {
        Workstation workstation(config(m_dir.filePath(u"extract-supervisor"_s)), *m_law);
        MainWindow *window = openAs(workstation, u"supervisor.astana"_s);
        QVERIFY(window);
        const QString path = m_dir.filePath(u"supervisor-extract.csv"_s);
        QCOMPARE(writeExtract(window, period, path), QString());
        const QString text = readText(path);
        QVERIFY2(text.contains(m_mueller1.number), qPrintable(text));
        QVERIFY(text.contains(u"verify-document passport"));
        QVERIFY(!text.contains(m_almaty.number));
        QVERIFY(!text.contains(u"verify-document diploma"));
        // Almaty's case, asked for by its number: as unknown as no case.
        const QString never = m_dir.filePath(u"never-almaty.csv"_s);
        const QString refused = writeExtract(
            window,
            [this](AuditExtractDialog *dialog) {
                dialog->caseChoice()->setChecked(true);
                dialog->caseField()->setText(m_almaty.number);
            },
            never);
        QVERIFY2(refused.contains(m_almaty.number), qPrintable(refused));
        QVERIFY(!QFile::exists(never));
    }
    Workstation workstation(config(m_dir.filePath(u"extract-ministry"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"ministry.reviewer"_s);
    QVERIFY(window);
    const QString path = m_dir.filePath(u"ministry-extract.csv"_s);
    QCOMPARE(writeExtract(window, period, path), QString());
    const QString text = readText(path);
    QVERIFY(text.contains(m_mueller1.number) && text.contains(m_almaty.number));
    // The readings are acts of their own, in the chain.
    const QList<AuditRecord> readings = audited(u"audit-extract"_s);
    QStringList readers;
    for (const AuditRecord &record : readings)
        readers.append(record.entry.actor);
    QVERIFY2(readers.contains(u"supervisor.astana"_s) && readers.contains(u"ministry.reviewer"_s),
             qPrintable(readers.join(u',')));
    QVERIFY(readings.constLast().entry.subject.contains(u".."));
}

// Issue 31 point 4, "Bad input": a period that ends before it starts is
// refused at the desk and by the server; a day the calendar lacks and an
// unknown format too; nothing is written and nothing entered.
void TestPapers::aReversedPeriodAnImpossibleDayOrAnUnknownFormatIsRefused()
{
    Workstation workstation(config(m_dir.filePath(u"bad"_s)), *m_law);
    MainWindow *window = openAs(workstation, u"ministry.reviewer"_s);
    QVERIFY(window);
    const qsizetype readings = audited(u"audit-extract"_s).size();
    const QString never = m_dir.filePath(u"never-extract.pdf"_s);
    const QString refused = writeExtract(
        window,
        [](AuditExtractDialog *dialog) {
            dialog->periodChoice()->setChecked(true);
            dialog->fromEdit()->setDate(QDate(2026, 3, 10));
            dialog->toEdit()->setDate(QDate(2026, 3, 1));
        },
        never);
    QVERIFY2(refused.contains(u"01.03.2026") && refused.contains(u"before it starts"),
             qPrintable(refused));
    QVERIFY(!QFile::exists(never));

    Session &session = workstation.session();
    SyncEngine engine(*session.store, *session.syncSettings());
    const auto reversed
        = engine.auditExtract(Api::auditPeriodPath(QDate(2026, 3, 10), QDate(2026, 3, 1)));
    QVERIFY(!reversed);
    QCOMPARE(reversed.error().code, u"audit.period-reversed"_s);
    const auto impossible = engine.auditExtract(Api::path(Api::Route::AuditExtract)
                                                + u"?from=2026-02-30&to=2026-03-01"_s);
    QVERIFY(!impossible);
    QCOMPARE(impossible.error().code, u"audit.date-malformed"_s);
    QVERIFY(impossible.error().message.contains(u"2026-02-30"));
    QCOMPARE(audited(u"audit-extract"_s).size(), readings);

    // An export in a format the server does not know stays unentered.
    const qsizetype exports = audited(u"export"_s).size();
    QVERIFY(session.store->addExportRecord({{u"id"_s, QUuid::createUuid().toString()},
                                            {u"list"_s, u"All"_s},
                                            {u"count"_s, 3},
                                            {u"format"_s, u"docx"_s}},
                                           QDateTime::currentDateTimeUtc()));
    const qsizetype waiting = session.store->exportRecordsToSend()->size();
    const auto synced = engine.run();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced->exportsRecorded, 0);
    QCOMPARE(session.store->exportRecordsToSend()->size(), waiting);
    QCOMPARE(audited(u"export"_s).size(), exports);
    // The extract's writer refuses it too, before writing anything.
    const auto written = Report::writeAuditExtract({}, u"docx"_s, u"en"_s, {}, never);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"export.format"_s);
    QVERIFY(!QFile::exists(never));
}

// Issue 31 point 4: kezekctl writes the same extract for an inspector (a
// case's, in PDF), refuses an unknown format and a reversed period with a
// usage error, and writes nothing then.
void TestPapers::kezekctlWritesTheExtractOrNothing()
{
    const auto run = [this](const QStringList &extra, QString *printed) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KEZEK_PASSWORD"_s, Password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEZEKCTL_PATH),
                      QStringList{u"audit"_s,
                                  u"extract"_s,
                                  u"--server"_s,
                                  m_server->baseUrl(),
                                  u"--ca"_s,
                                  m_server->folder() + u"/tls/cert.pem"_s,
                                  u"--user"_s,
                                  u"ministry.reviewer"_s,
                                  u"--lang"_s,
                                  u"en"_s}
                          + extra);
        process.waitForFinished(120000);
        *printed
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };
    QString printed;
    const QString pdf = m_dir.filePath(u"ctl-extract.pdf"_s);
    QCOMPARE(
        run({u"--case"_s, m_mueller1.number, u"--format"_s, u"pdf"_s, u"--out"_s, pdf}, &printed),
        0);
    picture(pdf, u"audit-extract"_s);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(m_mueller1.number) && text.contains(u"officer.astana"),
             qPrintable(text));
    QVERIFY(!text.contains(m_almaty.number));

    const QString never = m_dir.filePath(u"ctl-never.docx"_s);
    QCOMPARE(run({u"--case"_s, m_mueller1.number, u"--format"_s, u"docx"_s, u"--out"_s, never},
                 &printed),
             2);
    QVERIFY2(printed.contains(u"docx"), qPrintable(printed));
    QCOMPARE(run({u"--from"_s,
                  u"2026-03-10"_s,
                  u"--to"_s,
                  u"2026-03-01"_s,
                  u"--format"_s,
                  u"csv"_s,
                  u"--out"_s,
                  never},
                 &printed),
             2);
    QVERIFY2(printed.contains(u"before it starts"), qPrintable(printed));
    QVERIFY(!QFile::exists(never));
}

void TestPapers::theDossierNamesTheCaseItsVerdictsAndItsSigner_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << u"kk"_s;
    QTest::newRow("ru") << u"ru"_s;
}

// Issue 31 point 4: the dossier of a case approved preliminarily (§17) names
// the case, each document's verdict and who signed the decision, in the
// window's language, from the case view's menu and shortcut.
void TestPapers::theDossierNamesTheCaseItsVerdictsAndItsSigner()
{
    QFETCH(QString, language);
    Workstation::applyLanguage(language);
    const auto back = qScopeGuard([] { Workstation::applyLanguage(u"en"_s); });
    Workstation workstation(config(m_dir.filePath(u"dossier-"_s + language)), *m_law);
    MainWindow *window = openAs(workstation, u"officer.astana"_s);
    QVERIFY(window);
    window->openCase(m_approved.id);
    const QString pdf = m_dir.filePath(u"dossier-"_s + language + u".pdf"_s);
    const bool opened = whileOpen<DossierDialog>(
        window,
        &MainWindow::reportDialogOpened,
        [window] { QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier); },
        [&](DossierDialog *dialog) {
            dialog->pathField()->setText(pdf);
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
            QVERIFY2(dialog->result() == QDialog::Accepted,
                     qPrintable(dialog->errorText()->text()));
        });
    QVERIFY(opened);
    picture(pdf, u"dossier-"_s + language);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(m_approved.number), qPrintable(text));
    const QString verified = documentStatusTitle(DocumentStatus::Verified);
    QVERIFY(verified != u"Verified"); // in the window's language indeed
    QVERIFY2(text.contains(verified), qPrintable(text));
    const Decision &approval = m_approved.decisions.constLast();
    QVERIFY(!approval.userId.isEmpty());
    QVERIFY2(text.contains(approval.userId), qPrintable(text));
    QVERIFY(text.contains(UiTr::tr("Signed decisions")));
}

// Issue 31 point 4: a list exported as CSV carries names from eGov and the
// applicant; one written as a formula (=, +, -, @ first) is written as text,
// so that opening the file runs nothing. Numbers stay numbers.
void TestPapers::aCellASpreadsheetWouldRunIsWrittenAsText()
{
    const QString csv = QString::fromUtf8(
        Report::csvTable({QStringLiteral("Name")},
                         {{QStringLiteral("=HYPERLINK(\"http://127.0.0.1/\",\"x\")")},
                          {QStringLiteral("@SUM(A1)")},
                          {QStringLiteral("+7 700")},
                          {QStringLiteral("-5")},
                          {QStringLiteral("Müller")}}));
    QVERIFY2(csv.contains(u"\"'=HYPERLINK(\"\"http://127.0.0.1/\"\",\"\"x\"\")\""),
             qPrintable(csv));
    QVERIFY2(csv.contains(u"'@SUM(A1)"), qPrintable(csv));
    QVERIFY2(csv.contains(u"'+7 700"), qPrintable(csv));
    QVERIFY2(csv.contains(u"\r\n-5\r\n") || csv.contains(u"\n-5\n"), qPrintable(csv));
    QVERIFY(!csv.contains(u"'-5"));
    QVERIFY(csv.contains(u"Müller"));
}

QTEST_MAIN(TestPapers)
#include "tst_papers.moc"
