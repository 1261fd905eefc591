#include "ui/courierdialog.h"
#include "ui_courierdialog.h"

#include "resources/shippeddata.h"
#include "ui/filefolders.h"
#include "ui/inlinemessage.h"
#include "ui/printeddocument.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Kezek {

namespace {

// At most this many cases are listed at once; a batch is an envelope.
constexpr int Listed = 2000;

// Whether this user registered the case's final application (§21): its
// originals are at their desk.
bool registeredBy(const Case &c, const QString &userId)
{
    for (auto entry = c.history.crbegin(); entry != c.history.crend(); ++entry) {
        if (entry->action == Workflow::actionId(Action::RegisterFinalApplication))
            return entry->userId == userId;
    }
    return false;
}

} // namespace

CourierDialog::CourierDialog(CaseDesk &desk, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_mode(mode)
    , m_ui(std::make_unique<Ui::CourierDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is courierdialog.ui.
    const bool dispatching = mode == Mode::Dispatch;
    setWindowTitle(dispatching ? UiTr::tr("Send the originals by courier")
                               : UiTr::tr("Originals received from the courier"));
    m_ui->explain->setText(
        dispatching
            ? UiTr::tr("The registered cases whose originals go in this envelope (§21). The "
                       "transfer list is printed to go with it.")
            : UiTr::tr("Type the tracking number on the envelope: its cases are listed. "
                       "Recording the receipt starts the three working days of the final "
                       "verification (§22)."));
    m_ui->trackingLabel->setText(UiTr::tr("Courier &tracking number:"));
    m_tracking = m_ui->courierTracking;
    m_cases = m_ui->courierCases;
    m_cases->setAccessibleName(UiTr::tr("Cases in the envelope"));
    m_summary = m_ui->courierSummary;
    m_error = m_ui->courierError;

    QDialogButtonBox *buttons = m_ui->buttons;
    m_go = buttons->addButton(dispatching ? UiTr::tr("&Dispatch and print the transfer list…")
                                          : UiTr::tr("&Record the receipt"),
                              QDialogButtonBox::ActionRole);
    m_go->setObjectName(dispatching ? QStringLiteral("dispatchCourier")
                                    : QStringLiteral("receiveOriginals"));
    if (dispatching) {
        auto *save = buttons->addButton(UiTr::tr("Dispatch and &save the list as PDF…"),
                                        QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("dispatchCourierPdf"));
        connect(save, &QPushButton::clicked, this, &CourierDialog::askPath);
        // A site without its offices' names prints their ids: the list still
        // goes, the names are data to add.
        if (auto offices = ShippedData::offices())
            m_offices = *offices;
    }
    addCancelButton(buttons);
    // No button takes Enter on its own (a button box makes its accepting
    // button the default: there is none here); where the tracking number is
    // typed for a new batch, Enter sends it, and where it is looked up (on
    // receiving), Enter looks it up.
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_go->setDefault(dispatching);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_go, &QPushButton::clicked, this, [this, dispatching] {
        if (dispatching)
            askPrinter();
        else
            receive();
    });
    connect(m_cases, &QListWidget::itemChanged, this, [this] {
        m_summary->setText(UiTr::tr("%n case(s) chosen.", nullptr, int(checkedCases().size())));
    });
    connect(m_tracking, &QLineEdit::textEdited, m_error, &QWidget::hide);
    if (dispatching)
        fillRegistered();
    else
        connect(m_tracking, &QLineEdit::returnPressed, this, &CourierDialog::findBatch);
}

CourierDialog::~CourierDialog() = default;

void CourierDialog::setTracking(const QString &tracking)
{
    m_tracking->setText(tracking);
}

void CourierDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString CourierDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QList<Case> CourierDialog::casesIn(CaseState state)
{
    // The cases as this desk's own waiting commands leave them.
    auto rows = m_desk.store().queue({caseStateId(state)}, CaseOrder::Number, false, Listed);
    if (!rows) {
        fail(rows.error().message);
        return {};
    }
    QList<Case> cases;
    for (const CaseRow &row : std::as_const(*rows)) {
        if (auto c = m_desk.currentCase(row.id); c && *c && (*c)->state == state)
            cases.append(**c);
    }
    return cases;
}

QListWidgetItem *CourierDialog::addCase(const Case &c, const QString &text, bool chosen)
{
    auto *item = new QListWidgetItem(text);
    item->setData(Qt::UserRole, c.id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    m_cases->addItem(item);
    return item;
}

void CourierDialog::fillRegistered()
{
    m_cases->clear();
    for (const Case &c : casesIn(CaseState::FinalRegistered)) {
        QListWidgetItem *item = addCase(c,
                                        UiTr::tr("%1 · %2 %3 · passport %4")
                                            .arg(c.number,
                                                 c.applicant.surname,
                                                 c.applicant.givenNames,
                                                 c.applicant.passportNumber),
                                        registeredBy(c, m_desk.account().id));
        // Chosen already: the cases this operator registered, whose originals
        // are at this desk. A colleague's claimed case is theirs to send.
        const auto claim = m_desk.store().claimOf(c.id);
        if (claim && *claim && (*claim)->status == u"taken") {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(UiTr::tr("%1 (worked by %2)").arg(item->text(), (*claim)->holder));
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (m_cases->count() == 0)
        m_summary->setText(UiTr::tr("No registered case is waiting for the courier."));
    else
        m_summary->setText(UiTr::tr("%n case(s) chosen.", nullptr, int(checkedCases().size())));
}

void CourierDialog::findBatch()
{
    m_cases->clear();
    m_error->clear();
    const QString tracking = m_tracking->text().trimmed();
    if (tracking.isEmpty())
        return;
    for (const Case &c : casesIn(CaseState::InCourier)) {
        if (c.courierTracking.compare(tracking, Qt::CaseInsensitive) == 0) {
            addCase(
                c,
                UiTr::tr("%1 · %2 %3").arg(c.number, c.applicant.surname, c.applicant.givenNames),
                true);
        }
    }
    if (m_cases->count() == 0) {
        m_summary->setText(UiTr::tr("No case of this city is on its way under \"%1\". Check the "
                                    "number, or sync (F5) if the batch was sent just now.")
                               .arg(tracking));
    } else {
        m_summary->setText(UiTr::tr("%n case(s) chosen.", nullptr, m_cases->count()));
    }
}

QList<Case> CourierDialog::checkedCases() const
{
    QList<Case> cases;
    for (int row = 0; row < m_cases->count(); ++row) {
        const QListWidgetItem *item = m_cases->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        if (auto c = m_desk.currentCase(item->data(Qt::UserRole).toString()); c && *c)
            cases.append(**c);
    }
    return cases;
}

QString CourierDialog::saveStartPath() const
{
    const QString name = QStringLiteral("transfer-list-%1.pdf")
                             .arg(m_tracking->text().trimmed().replace(QLatin1Char('/'), u'-'));
    return FileFolders::startPath(FileFolders::Kind::Documents, name);
}

TransferList CourierDialog::transferList() const
{
    return {checkedCases(), m_tracking->text().trimmed(), m_desk.account(), m_desk.today()};
}

void CourierDialog::askPath()
{
    // The law's objections first (no tracking number, a case that cannot go),
    // before a file is asked for.
    if (!prepareBatch())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, UiTr::tr("Save the transfer list"), saveStartPath(), UiTr::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Documents, path);
    dispatch(path);
}

void CourierDialog::askPrinter()
{
    if (!prepareBatch())
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, transferList().title());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(UiTr::tr("Print: %1").arg(transferList().title()));
    if (dialog.exec() == QDialog::Accepted)
        dispatchPrinted(printer);
}

void CourierDialog::signWith(const SigningSetup &setup)
{
    if (m_mode != Mode::Dispatch || m_signingKey)
        return;
    m_signingKey = new SigningKeyFields(setup);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_error), m_signingKey);
}

std::optional<QList<CaseCommand>> CourierDialog::signedBatch()
{
    auto commands = prepareBatch();
    if (!commands || !m_signingKey)
        return commands;
    auto signer = m_signingKey->open();
    if (!signer) {
        fail(signer.error().message);
        return std::nullopt;
    }
    // One envelope: every dispatch signed, or none queued (a token taken
    // out half-way leaves the envelope to be signed again whole).
    auto signedCommands = CaseDesk::signEach(*commands, *signer);
    signer->close();
    if (!signedCommands) {
        fail(UiTr::tr("%1 Nothing was sent.").arg(signedCommands.error().message));
        return std::nullopt;
    }
    return *signedCommands;
}

bool CourierDialog::dispatchPrinted(QPrinter &printer)
{
    const auto commands = signedBatch();
    if (!commands)
        return false;
    // The list is on paper before anything is queued, and nothing is queued
    // unless it is: the envelope and the outbox say the same.
    transferList().print(m_offices, printer);
    if (auto printed = printerOutcome(printer); !printed) {
        fail(UiTr::tr("%1 Nothing was sent.").arg(printed.error().message));
        return false;
    }
    if (auto queued = m_desk.submitAll(*commands); !queued) {
        fail(queued.error().message);
        return false;
    }
    m_done = int(commands->size());
    accept();
    return true;
}

bool CourierDialog::dispatch(const QString &pdfPath)
{
    const auto commands = signedBatch();
    if (!commands)
        return false;
    // The list is written whole before anything is queued, and nothing is
    // queued unless it was: the envelope and the outbox say the same.
    const TransferList list = transferList();
    QSaveFile file(pdfPath);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(list.title());
        writer.setCreator(QStringLiteral("Kezek"));
        list.print(m_offices, writer);
    }
    if (!written || !file.commit()) {
        fail(UiTr::tr("The transfer list could not be written to \"%1\" (%2); nothing was sent.")
                 .arg(pdfPath, file.errorString()));
        return false;
    }
    if (auto queued = m_desk.submitAll(*commands); !queued) {
        fail(queued.error().message);
        return false;
    }
    m_done = int(commands->size());
    accept();
    return true;
}

std::optional<QList<CaseCommand>> CourierDialog::prepareBatch()
{
    m_error->clear();
    const QString tracking = m_tracking->text().trimmed();
    const QList<Case> cases = checkedCases();
    if (cases.isEmpty()) {
        fail(UiTr::tr("Choose at least one case for the envelope."));
        return std::nullopt;
    }
    // Every case checked by the law first: the batch goes whole or not at all.
    QList<CaseCommand> commands;
    for (const Case &c : cases) {
        auto prepared = m_desk.prepare(c,
                                       Workflow::actionId(Action::DispatchCourier),
                                       {{QStringLiteral("reference"), tracking}});
        if (!prepared) {
            fail(UiTr::tr("Case %1: %2").arg(c.number, prepared.error().message));
            return std::nullopt;
        }
        commands.append(*prepared);
    }
    return commands;
}

bool CourierDialog::receive()
{
    m_error->clear();
    const QList<Case> cases = checkedCases();
    if (cases.isEmpty()) {
        fail(UiTr::tr("Type the tracking number and press Enter: the envelope's cases are "
                      "listed to receive."));
        return false;
    }
    QList<CaseCommand> commands;
    for (const Case &c : cases) {
        auto prepared = m_desk.prepare(c, Workflow::actionId(Action::ReceiveOriginals));
        if (!prepared) {
            fail(UiTr::tr("Case %1: %2").arg(c.number, prepared.error().message));
            return false;
        }
        commands.append(*prepared);
    }
    if (auto queued = m_desk.submitAll(commands); !queued) {
        fail(queued.error().message);
        return false;
    }
    m_done = int(commands.size());
    accept();
    return true;
}

} // namespace Kezek
