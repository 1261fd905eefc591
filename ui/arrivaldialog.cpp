#include "ui/arrivaldialog.h"
#include "ui_arrivaldialog.h"

#include "ui/deadlinetext.h"
#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Kezek {

ArrivalDialog::ArrivalDialog(CaseDesk &desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_ui(std::make_unique<Ui::ArrivalDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is arrivaldialog.ui:
    // the label above the field, so that a long Kazakh or Russian label
    // leaves the whole width to the number.
    setWindowTitle(UiTr::tr("An applicant has arrived"));
    m_search = m_ui->arrivalSearch;
    m_search->setPlaceholderText(UiTr::tr("from the notice of preliminary approval"));
    m_ui->searchLabel->setText(
        UiTr::tr("&Find by the preliminary permit number, IIN or passport number (the list "
                 "follows as you type):"));
    m_matches = m_ui->arrivalMatches;
    m_matches->setAccessibleName(UiTr::tr("Cases found"));
    m_verdict = m_ui->arrivalVerdict;
    m_verdict->setKind(InlineMessage::Kind::Information);
    // The fields below stay where they are while the verdict comes and goes.
    QSizePolicy keep = m_verdict->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_verdict->setSizePolicy(keep);
    m_ui->permitLabel->setText(UiTr::tr("&Permit number on the notice:"));
    m_permit = m_ui->arrivalPermit;
    m_error = m_ui->arrivalError;

    QDialogButtonBox *buttons = m_ui->buttons;
    m_record = buttons->addButton(UiTr::tr("&Record the arrival"), QDialogButtonBox::ActionRole);
    m_record->setObjectName(QStringLiteral("recordArrival"));
    m_open = buttons->addButton(UiTr::tr("&Open the case"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openArrival"));
    addCloseButton(buttons);
    // Enter belongs to the search field, never to a button (a button box
    // makes its accepting button the default: there is none here).
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);
    connect(m_record, &QPushButton::clicked, this, &ArrivalDialog::recordArrival);
    // Enter in the permit number records the arrival, as Enter in the
    // search finds the case.
    connect(m_permit, &QLineEdit::returnPressed, this, &ArrivalDialog::recordArrival);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_case) {
            m_chosen = m_case->id;
            accept();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    // The list follows the typing, as the main search does, once it pauses.
    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, [this] {
        if (m_search->text().trimmed().size() >= 4)
            find(m_search->text());
    });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_matches, &QListWidget::currentRowChanged, this, &ArrivalDialog::showChoice);
    m_record->setEnabled(false);
    m_open->setEnabled(false);
}

ArrivalDialog::~ArrivalDialog() = default;

void ArrivalDialog::find(const QString &text)
{
    m_typing.stop();
    if (m_search->text() != text)
        m_search->setText(text);
    m_matches->clear();
    m_case.reset();
    m_error->clear();
    const QString term = text.trimmed();
    if (term.isEmpty()) {
        showChoice();
        return;
    }
    QStringList ids;
    QList<CaseRow> rows;
    auto byPermit = m_desk.store().findByPermitNumber(term);
    if (!byPermit) {
        m_verdict->setText(byPermit.error().message);
        return;
    }
    rows = *byPermit;
    const bool permitTyped = !rows.isEmpty();
    // An IIN or a passport number, whole: the same person's every case.
    auto found = m_desk.store().search(term, 50);
    if (!found) {
        m_verdict->setText(found.error().message);
        return;
    }
    for (const CaseRow &row : std::as_const(*found)) {
        if (row.iin == term || row.passportNumber == term.toUpper())
            rows.append(row);
    }
    for (const CaseRow &row : std::as_const(rows)) {
        if (ids.contains(row.id))
            continue;
        ids.append(row.id);
        auto c = m_desk.currentCase(row.id);
        if (!c || !*c)
            continue;
        auto *item = new QListWidgetItem(UiTr::tr("%1 · %2 %3 · %4")
                                             .arg((*c)->number,
                                                  (*c)->applicant.surname,
                                                  (*c)->applicant.givenNames,
                                                  caseStateTitle((*c)->state)));
        item->setData(Qt::UserRole, row.id);
        m_matches->addItem(item);
    }
    // Found otherwise than by its permit, the operator reads the number off
    // the notice (showChoice() fills it for a case found by it).
    m_byPermit.clear();
    if (permitTyped) {
        for (const CaseRow &row : std::as_const(*byPermit))
            m_byPermit.insert(row.id);
    }
    m_permit->clear();
    if (m_matches->count() == 0) {
        m_verdict->setMessage(
            InlineMessage::Kind::Information,
            UiTr::tr("No case of this city has the permit number, IIN or passport number "
                     "\"%1\". Check the number on the notice; a case of another city is not "
                     "shown here.")
                .arg(term));
        showChoice();
        return;
    }
    m_matches->setCurrentRow(0);
}

void ArrivalDialog::showChoice()
{
    const QListWidgetItem *item = m_matches->currentItem();
    m_case.reset();
    if (item) {
        if (auto c = m_desk.currentCase(item->data(Qt::UserRole).toString()); c && *c)
            m_case = **c;
    }
    m_open->setEnabled(m_case.has_value());
    m_record->setEnabled(false);
    if (!m_case)
        return;
    // Found by its permit: the number as the case has it, in whatever case
    // it was typed.
    if (m_byPermit.contains(m_case->id))
        m_permit->setText(m_case->preliminaryPermitNumber);
    const QDate today = m_desk.today();
    auto may = Workflow::mayArrive(*m_case, today, m_desk.law().calendar);
    QString text;
    if (!may) {
        text = may.error().message;
    } else if (m_case->state == CaseState::AtCsc) {
        const DeadlineClock *clock = m_case->clock(ClockKind::CscRegistration);
        text = UiTr::tr("The comparison began on %1; the final application is due by %2 (§21). "
                        "Open the case to go on.")
                   .arg(formatDate(m_case->cscVisitOn),
                        clock ? formatDate(clock->dueDate(m_desk.law().calendar, today))
                              : QString());
    } else {
        const DeadlineClock *clock = m_case->clock(ClockKind::ApprovalValidity);
        text = UiTr::tr("The preliminary approval of %1 is in force until %2. Check the permit "
                        "number on the notice, then record the arrival: the comparison is due "
                        "within one working day (§21).")
                   .arg(formatDate(m_case->preliminaryDecisionOn),
                        clock ? formatDate(clock->dueDate(m_desk.law().calendar, today))
                              : QString());
        m_record->setEnabled(true);
    }
    // Red only for an applicant the desk cannot take on; a case already
    // past this desk is information.
    const bool pastThisDesk = !may
                              && (may.error().code == u"workflow.already-registered"
                                  || may.error().code == u"workflow.already-granted");
    m_verdict->setMessage(may            ? InlineMessage::Kind::Positive
                          : pastThisDesk ? InlineMessage::Kind::Information
                                         : InlineMessage::Kind::Error,
                          text);
}

QString ArrivalDialog::verdictText() const
{
    return m_verdict->text();
}

bool ArrivalDialog::mayRecord() const
{
    return m_record->isEnabled();
}

void ArrivalDialog::setPermitNumber(const QString &number)
{
    m_permit->setText(number);
}

QString ArrivalDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ArrivalDialog::recordArrival()
{
    if (!m_case || !m_record->isEnabled()) {
        // Enter in the permit number says why nothing was recorded.
        m_error->setText(
            !m_case ? UiTr::tr("Find the applicant first: type the permit number, "
                               "case number, IIN, passport or name above.")
                    : UiTr::tr("The arrival cannot be recorded: %1").arg(m_verdict->text()));
        m_error->show();
        return false;
    }
    if (m_permit->text().trimmed().isEmpty()) {
        m_error->setText(UiTr::tr("Type the permit number printed on the applicant's notice: "
                                  "the desk takes the applicant on by it (§21)."));
        m_error->show();
        m_permit->setFocus();
        return false;
    }
    auto prepared = m_desk.prepare(*m_case,
                                   Workflow::actionId(Action::RecordCscVisit),
                                   {{QStringLiteral("reference"), m_permit->text().trimmed()}});
    Result<void> queued
        = prepared ? m_desk.submit(*prepared) : Result<void>(std::unexpected(prepared.error()));
    if (!queued) {
        m_error->setText(queued.error().message);
        m_error->show();
        m_permit->setFocus();
        return false;
    }
    m_chosen = m_case->id;
    accept();
    return true;
}

} // namespace Kezek
