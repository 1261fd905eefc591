// Papers that leave the desk: the letter to the applicant and the courier's
// transfer list, printed the way a printer gets them (here a PDF printer, read
// back), and the folders the file dialogs open in.
#include "core/domain/documentcatalog.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "tests/gui/guifixture.h"
#include "tests/support/builders.h"
#include "ui/actiondialog.h"
#include "ui/courierdialog.h"
#include "ui/filefolders.h"
#include "ui/mainwindow.h"
#include "ui/noticepreview.h"
#include "ui/transferlist.h"
#include "ui/workstation.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPageSize>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Kezek;
using namespace Kezek::Testing;

namespace {

// Why a result failed, for a failed check's message; nothing when it did not.
template<typename T>
QByteArray whyNot(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

// A printer that prints into a PDF file, as "Print to file" would.
void printToFile(QPrinter &printer, const QString &path)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
}

// Every page's text, each run of spaces and line breaks as one space: a
// table cell wraps its words where the page needs.
QString printedText(const QString &pdf)
{
    QPdfDocument document;
    if (document.load(pdf) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + u' ';
    return text.simplified();
}

// The first page as a picture, for a person to look at beside the tests.
void picture(const QString &pdf, const QString &name)
{
    const QString folder = qEnvironmentVariable("KEZEK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QPdfDocument document;
    if (document.load(pdf) != QPdfDocument::Error::None)
        return;
    const QSizeF points = document.pagePointSize(0);
    document.render(0, (points * 1.6).toSize()).save(QDir(folder).filePath(name + u".png"));
}

} // namespace

class TestPrinting : public GuiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aLetterPrintsInTheApplicantsLanguageWhateverTheScreenSpeaks();
    void ctrlPOpensThePrintDialogForTheLetter();
    void theTransferListIsInKazakhAndRussianWithOfficesByNameAndEachOriginal();
    void aDispatchIsQueuedOnlyOnceItsListIsPrinted();
    void anOfficeListMissingANameOrWithAnUnknownCityIsRefused_data();
    void anOfficeListMissingANameOrWithAnUnknownCityIsRefused();
    void fileDialogsOpenInTheSitesFolders();

private:
    QList<Case> m_registered;
    Case m_received;
};

void TestPrinting::initTestCase()
{
    QVERIFY(startServer());
    auto store = openStore();
    QVERIFY(store);
    // A CSC operator of Astana's CSC No. 1, whose originals go to the courier.
    UserStore users(*store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(users.addOffice(
        {QStringLiteral("csc.astana.1"), QStringLiteral("№1 ХҚКО"), OfficeKind::Csc, City::Astana},
        now));
    UserRecord operatorRecord;
    operatorRecord.id = QStringLiteral("csc.astana");
    operatorRecord.name = QStringLiteral("Динара Әбенова");
    operatorRecord.role = Role::CscOperator;
    operatorRecord.city = City::Astana;
    operatorRecord.passwordHash = *hashPassword(Password, ScryptCost{10, 8, 1});
    operatorRecord.office = QStringLiteral("csc.astana.1");
    QVERIFY(users.addUser(operatorRecord, now));

    m_registered = {ownCase(CaseState::FinalRegistered, 1, QStringLiteral("DNR-2026-000201")),
                    ownCase(CaseState::FinalRegistered, 1, QStringLiteral("DNR-2026-000202"))};
    m_registered[0].preliminaryPermitNumber = QStringLiteral("PP-2026-0201");
    m_registered[1].preliminaryPermitNumber = QStringLiteral("PP-2026-0202");
    m_received = ownCase(CaseState::Received, 1, QStringLiteral("DNR-2026-000203"));
    QVERIFY(store->saveCases(m_registered + QList<Case>{m_received}));
}

void TestPrinting::aLetterPrintsInTheApplicantsLanguageWhateverTheScreenSpeaks()
{
    Workstation::applyLanguage(QStringLiteral("en"));
    // An applicant who reads Kazakh, approved preliminarily: their letter.
    Case approved = Builders::caseIn(CaseState::PreliminarilyApproved);
    approved.applicant.language = QStringLiteral("kk");
    Notice approval = approved.notices.constLast();
    approval.language = QStringLiteral("kk");
    NoticePreview preview(approved, approval, *m_reasons, *m_calendar);

    QPrinter printer(QPrinter::HighResolution);
    const QString pdf = m_dir.filePath(QStringLiteral("letter-kk.pdf"));
    printToFile(printer, pdf);
    preview.print(printer);
    QCOMPARE(printer.printerState(), QPrinter::Idle);
    const QString text = printedText(pdf);
    QVERIFY2(text.contains(QStringLiteral("тұрақты тұруға рұқсат")), qPrintable(text));
    QVERIFY2(text.contains(approved.preliminaryPermitNumber), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("permanent residence"), Qt::CaseInsensitive),
             qPrintable(text));
    // The screen still speaks English.
    QCOMPARE(Workflow::actionTitle(Action::ReturnForRework), QStringLiteral("Return for rework"));
    picture(pdf, QStringLiteral("print-letter-kk"));

    // The same letter to a Russian reader prints in Russian, on the paper
    // the print dialog chose (a site with Letter paper), not forced to A4.
    approval.language = QStringLiteral("ru");
    NoticePreview russian(approved, approval, *m_reasons, *m_calendar);
    const QString ruPdf = m_dir.filePath(QStringLiteral("letter-ru.pdf"));
    QPrinter ruPrinter(QPrinter::HighResolution);
    printToFile(ruPrinter, ruPdf);
    ruPrinter.setPageSize(QPageSize(QPageSize::Letter));
    russian.print(ruPrinter);
    QPdfDocument printed;
    QCOMPARE(printed.load(ruPdf), QPdfDocument::Error::None);
    QCOMPARE(printed.pagePointSize(0).toSize(), QPageSize(QPageSize::Letter).sizePoints());
    const QString ruText = printedText(ruPdf);
    QVERIFY2(ruText.contains(QStringLiteral("постоянное жительство")), qPrintable(ruText));
    QVERIFY2(!ruText.contains(QStringLiteral("тұрақты")), qPrintable(ruText));
}

void TestPrinting::ctrlPOpensThePrintDialogForTheLetter()
{
    Case approved = Builders::caseIn(CaseState::PreliminarilyApproved);
    Notice approval = approved.notices.constLast();
    approval.language = QStringLiteral("kk");
    NoticePreview preview(approved, approval, *m_reasons, *m_calendar);
    auto *print = preview.findChild<QPushButton *>(QStringLiteral("printNotice"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    screenshot(&preview, QStringLiteral("print-letter-preview-en"));

    // The system's print dialog comes up; cancelling it prints nothing and
    // says nothing.
    preview.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&preview));
    QString seen;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &preview, [&] {
        if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
            poll.stop();
            seen = dialog->printer()->docName();
            screenshot(dialog, QStringLiteral("print-dialog-en"));
            dialog->reject();
        }
    });
    poll.start();
    // A button's shortcut presses it as a click would be seen: a moment later.
    QTest::keyClick(&preview, Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(!seen.isEmpty());
    QVERIFY2(seen.contains(approved.number), qPrintable(seen));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestPrinting::theTransferListIsInKazakhAndRussianWithOfficesByNameAndEachOriginal()
{
    Workstation::applyLanguage(QStringLiteral("en"));
    const auto offices = ShippedData::offices();
    QVERIFY2(offices, whyNot(offices).constData());
    const Office *csc = offices->find(u"csc.astana.1");
    const Office *department = offices->department(City::Astana);
    QVERIFY(csc && department);

    Account sender;
    sender.id = QStringLiteral("csc.astana");
    sender.name = QStringLiteral("Динара Әбенова");
    sender.role = Role::CscOperator;
    sender.city = City::Astana;
    sender.office = QStringLiteral("csc.astana.1");
    const TransferList list{
        m_registered, QStringLiteral("KZP-2026-000901"), sender, QDate(2026, 12, 7)};
    QPrinter printer(QPrinter::HighResolution);
    const QString pdf = m_dir.filePath(QStringLiteral("transfer-list.pdf"));
    printToFile(printer, pdf);
    list.print(*offices, printer);
    QCOMPARE(printer.printerState(), QPrinter::Idle);
    const QString text = printedText(pdf);
    picture(pdf, QStringLiteral("print-transfer-list"));

    // Both languages' headings, whatever the screen speaks.
    for (const QString &expected : {QStringLiteral("Құжаттар түпнұсқаларының тапсыру тізімі"),
                                    QStringLiteral("Передаточный реестр подлинников документов"),
                                    QStringLiteral("Курьерлік трек-нөмір"),
                                    QStringLiteral("Трек-номер курьера"),
                                    QStringLiteral("АЛДЫН АЛА"),
                                    QStringLiteral("ПРЕДВАРИТЕЛЬНЫЙ"),
                                    QStringLiteral("07.12.2026"),
                                    QStringLiteral("KZP-2026-000901")})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: " + text));
    QVERIFY2(!text.contains(QStringLiteral("Transfer list")), qPrintable(text));
    // The offices by their names, in both languages, never by their ids.
    for (const QString &name :
         {csc->name.kk, csc->name.ru, department->name.kk, department->name.ru})
        QVERIFY2(text.contains(name), qPrintable(name + u" not in: " + text));
    QVERIFY2(!text.contains(QStringLiteral("csc.astana")), qPrintable(text));
    // Each case, and each original in its envelope by name in both languages.
    for (const Case &c : m_registered) {
        QVERIFY2(text.contains(c.number), qPrintable(text));
        QVERIFY2(text.contains(c.preliminaryPermitNumber), qPrintable(text));
        const QList<DocumentType> originals = originalsInEnvelope(c);
        QVERIFY(originals.size() >= 5);
        for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            const auto translator = ShippedData::translator(language);
            QVERIFY(translator);
            QCoreApplication::installTranslator(translator.get());
            QStringList titles;
            for (DocumentType type : originals)
                titles.append(documentTitle(type));
            QCoreApplication::removeTranslator(translator.get());
            for (const QString &title : std::as_const(titles))
                QVERIFY2(text.count(title) >= m_registered.size(),
                         qPrintable(title + u" not listed for each case in: " + text));
        }
    }
}

void TestPrinting::aDispatchIsQueuedOnlyOnceItsListIsPrinted()
{
    Workstation workstation(config(m_dir.filePath(QStringLiteral("csc"))), *m_law);
    MainWindow *window = openAs(workstation, QStringLiteral("csc.astana"));
    QVERIFY(window);
    QCOMPARE(workstation.session().account.office, QStringLiteral("csc.astana.1"));
    CourierDialog batch(*workstation.session().desk, CourierDialog::Mode::Dispatch, window);
    QCOMPARE(batch.cases()->count(), 2);
    QVERIFY(batch.findChild<QPushButton *>(QStringLiteral("dispatchCourier")));
    QVERIFY(batch.findChild<QPushButton *>(QStringLiteral("dispatchCourierPdf")));
    batch.setTracking(QStringLiteral("KZP-2026-000902"));
    batch.show();
    screenshot(&batch, QStringLiteral("print-courier-en"));
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        Workstation::applyLanguage(language);
        CourierDialog translated(
            *workstation.session().desk, CourierDialog::Mode::Dispatch, window);
        translated.show();
        screenshot(&translated, QStringLiteral("print-courier-") + language);
        Case approved = Builders::caseIn(CaseState::PreliminarilyApproved);
        NoticePreview preview(approved, approved.notices.constLast(), *m_reasons, *m_calendar);
        preview.show();
        screenshot(&preview, QStringLiteral("print-letter-preview-") + language);
    }
    Workstation::applyLanguage(QStringLiteral("en"));

    // A printer that cannot take the list: nothing goes.
    QPrinter broken(QPrinter::HighResolution);
    printToFile(broken, m_dir.filePath(QStringLiteral("no-such-folder/list.pdf")));
    QVERIFY(!batch.dispatchPrinted(broken));
    QVERIFY2(batch.errorText().contains(QStringLiteral("Nothing was sent")),
             qPrintable(batch.errorText()));
    QVERIFY(workstation.session().store->outbox(QStringLiteral("pending"), 10)->isEmpty());

    // The printer takes it: the list names the CSC by name, and the batch is queued.
    QPrinter printer(QPrinter::HighResolution);
    const QString pdf = m_dir.filePath(QStringLiteral("printed-list.pdf"));
    printToFile(printer, pdf);
    QVERIFY2(batch.dispatchPrinted(printer), qPrintable(batch.errorText()));
    QCOMPARE(batch.dispatchedCount(), 2);
    QCOMPARE(workstation.session().store->outbox(QStringLiteral("pending"), 10)->size(), 2);
    const QString text = printedText(pdf);
    const auto offices = ShippedData::offices();
    QVERIFY(offices);
    const Office *csc = offices->find(u"csc.astana.1");
    QVERIFY(csc);
    QVERIFY2(text.contains(csc->name.kk) && text.contains(csc->name.ru), qPrintable(text));
    for (const Case &c : m_registered)
        QVERIFY2(text.contains(c.number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("KZP-2026-000902")), qPrintable(text));
}

void TestPrinting::anOfficeListMissingANameOrWithAnUnknownCityIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    const auto office = [](const char *id, const char *kind, const char *city) -> QByteArray {
        return QByteArray(R"({"id": ")") + id + R"(", "kind": ")" + kind + R"(", "city": ")" + city
               + R"(", "name": {"kk": "ХҚКО", "ru": "ЦОН", "en": "CSC"}})";
    };
    const auto list = [](const QByteArray &offices) -> QByteArray {
        return QByteArray(R"({"format": 1, "offices": [)" + offices + "]}");
    };
    QTest::newRow("not JSON") << QByteArray("{offices") << QStringLiteral("offices.json");
    QTest::newRow("no Russian name")
        << list(R"({"id": "csc.astana.2", "kind": "csc", "city": "astana",
                    "name": {"kk": "ХҚКО", "en": "CSC"}})")
        << QStringLiteral("offices.entry");
    QTest::newRow("unknown city") << list(office("csc.shymkent.1", "csc", "shymkent"))
                                  << QStringLiteral("offices.entry");
    QTest::newRow("unknown kind") << list(office("bank.astana.1", "bank", "astana"))
                                  << QStringLiteral("offices.entry");
    QTest::newRow("the same id twice") << list(office("csc.astana.2", "csc", "astana") + ", "
                                               + office("csc.astana.2", "csc", "astana"))
                                       << QStringLiteral("offices.entry");
    // And a good one is read.
    QTest::newRow("good") << list(office("csc.astana.2", "csc", "astana")) << QString();
}

void TestPrinting::anOfficeListMissingANameOrWithAnUnknownCityIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const auto offices = OfficeDirectory::fromJson(json);
    if (code.isEmpty()) {
        QVERIFY2(offices, whyNot(offices).constData());
        QVERIFY(!offices->department(City::Astana));
        QCOMPARE(offices->find(u"csc.astana.2")->name.ru, QStringLiteral("ЦОН"));
    } else {
        QVERIFY(!offices);
        QCOMPARE(offices.error().code, code);
        QVERIFY(!offices.error().message.isEmpty());
    }
    // The shipped list names every pilot office in all three languages.
    const auto shipped = ShippedData::offices();
    QVERIFY2(shipped, whyNot(shipped).constData());
    for (const QString &id : {QStringLiteral("dept.astana"),
                              QStringLiteral("dept.almaty"),
                              QStringLiteral("csc.astana.1"),
                              QStringLiteral("csc.almaty.1")})
        QVERIFY2(shipped->find(id) && shipped->find(id)->name.isComplete(), qPrintable(id));
}

void TestPrinting::fileDialogsOpenInTheSitesFolders()
{
    // The site's folders, as /etc/xdg/Kezek/Kezek.conf or the user's settings give them.
    const QString scans = m_dir.filePath(QStringLiteral("site/scans"));
    const QString documents = m_dir.filePath(QStringLiteral("site/documents"));
    const QString keys = m_dir.filePath(QStringLiteral("site/keys"));
    for (const QString &folder : {scans, documents, keys})
        QVERIFY(QDir().mkpath(folder));
    {
        QSettings settings;
        settings.setValue(QStringLiteral("folders/scans"), scans);
        settings.setValue(QStringLiteral("folders/documents"), documents);
        settings.setValue(QStringLiteral("folders/keys"), keys);
    }
    const WorkstationConfig loaded = WorkstationConfig::load();
    QCOMPARE(loaded.scansFolder, scans);
    QCOMPARE(loaded.documentsFolder, documents);
    QCOMPARE(loaded.keysFolder, keys);

    WorkstationConfig site = config(m_dir.filePath(QStringLiteral("folders")));
    site.scansFolder = scans;
    site.documentsFolder = documents;
    site.keysFolder = keys;
    site.keyFile.clear();
    Workstation workstation(site, *m_law);
    QCOMPARE(FileFolders::startFolder(FileFolders::Kind::Scans), QDir(scans).absolutePath());
    QCOMPARE(FileFolders::startFolder(FileFolders::Kind::Documents),
             QDir(documents).absolutePath());
    QCOMPARE(FileFolders::startFolder(FileFolders::Kind::Keys), QDir(keys).absolutePath());

    // A letter is proposed in the documents folder, under its case's number.
    Case approved = Builders::caseIn(CaseState::PreliminarilyApproved);
    NoticePreview preview(approved, approved.notices.constLast(), *m_reasons, *m_calendar);
    QCOMPARE(QFileInfo(preview.saveStartPath()).absolutePath(), QDir(documents).absolutePath());
    QVERIFY(QFileInfo(preview.saveStartPath()).fileName().startsWith(approved.number));

    // The signing key is looked for in the keys folder, or where the named key is.
    MainWindow *window = openAs(workstation, QStringLiteral("officer.astana"));
    QVERIFY(window);
    CaseDesk &desk = *workstation.session().desk;
    const Case received = **desk.currentCase(m_received.id);
    ActionDialog noKey(desk, received, Action::ReturnForRework, QString());
    QCOMPARE(noKey.keyStartPath(), QDir(keys).absolutePath());
    ActionDialog withKey(desk, received, Action::ReturnForRework, m_keyFile);
    QCOMPARE(withKey.keyStartPath(), m_keyFile);

    // Within the session, the next dialog opens where the last one was used.
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    FileFolders::remember(FileFolders::Kind::Documents,
                          QDir(elsewhere).filePath(QStringLiteral("a.pdf")));
    QCOMPARE(FileFolders::startFolder(FileFolders::Kind::Documents),
             QDir(elsewhere).absolutePath());
    QCOMPARE(QFileInfo(preview.saveStartPath()).absolutePath(), QDir(elsewhere).absolutePath());
    QCOMPARE(FileFolders::startFolder(FileFolders::Kind::Scans), QDir(scans).absolutePath());

    // A folder the site named but that is not there: the user's Documents,
    // never the folder the program was started from.
    WorkstationConfig missing = site;
    missing.scansFolder = m_dir.filePath(QStringLiteral("site/gone"));
    FileFolders::configure(missing);
    const QString userDocuments
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(QDir().mkpath(userDocuments));
    QCOMPARE(FileFolders::startFolder(FileFolders::Kind::Scans), userDocuments);
    QVERIFY(FileFolders::startFolder(FileFolders::Kind::Scans) != QDir::currentPath());
    // A new session forgets the last one's folders.
    QCOMPARE(FileFolders::startFolder(FileFolders::Kind::Documents),
             QDir(documents).absolutePath());

    // Nothing named by the site: the user's Documents.
    const WorkstationConfig unset = config(m_dir.filePath(QStringLiteral("unset")));
    FileFolders::configure(unset);
    for (auto kind :
         {FileFolders::Kind::Scans, FileFolders::Kind::Documents, FileFolders::Kind::Keys})
        QCOMPARE(FileFolders::startFolder(kind), userDocuments);
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
