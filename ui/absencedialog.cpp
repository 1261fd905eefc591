#include "ui/absencedialog.h"
#include "ui_absencedialog.h"

#include "core/domain/displaydate.h"
#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

namespace Kezek {

AbsenceDialog::AbsenceDialog(std::shared_ptr<SyncEngine> engine,
                             const QList<Colleague> &colleagues,
                             HeldCount held,
                             QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_colleagues(colleagues)
    , m_held(std::move(held))
    , m_ui(std::make_unique<Ui::AbsenceDialog>())
{
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is absencedialog.ui.
    setWindowTitle(UiTr::tr("Absences"));
    m_person = m_ui->absentPerson;
    for (const Colleague &colleague : colleagues)
        m_person->addItem(UiTr::tr("%1 · %2").arg(colleague.name, colleague.id), colleague.id);
    const QDate today = QDate::currentDate();
    m_from = m_ui->absentFrom;
    m_to = m_ui->absentTo;
    m_from->setDate(today);
    m_to->setDate(today);
    m_ui->personLabel->setText(UiTr::tr("&Colleague:"));
    m_ui->fromLabel->setText(UiTr::tr("&From:"));
    m_ui->toLabel->setText(UiTr::tr("&To (included):"));
    m_ui->markAbsent->setText(UiTr::tr("&Mark absent"));
    connect(m_ui->markAbsent, &QPushButton::clicked, this, &AbsenceDialog::markAbsent);
    m_message = m_ui->absenceMessage;
    m_ui->awayLabel->setText(UiTr::tr("Away now or later:"));
    m_list = m_ui->absenceList;
    m_list->setHeaderLabels(
        {UiTr::tr("Colleague"), UiTr::tr("From"), UiTr::tr("To"), UiTr::tr("Cases held")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->handOut->setText(UiTr::tr("&Hand out their cases…"));
    connect(m_ui->handOut, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT handOutRequested(item->data(0, Qt::UserRole).toString());
    });
    addCloseButton(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (auto loaded = reload(); !loaded)
        m_message->setMessage(InlineMessage::Kind::Error, loaded.error().message);
}

AbsenceDialog::~AbsenceDialog() = default;

QString AbsenceDialog::nameOf(const QString &userId) const
{
    for (const Colleague &colleague : m_colleagues) {
        if (colleague.id == userId)
            return colleague.name;
    }
    return userId;
}

void AbsenceDialog::markAbsent()
{
    const QString userId = m_person->currentData().toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto marked = m_engine->markAbsent(userId, m_from->date(), m_to->date());
    QApplication::restoreOverrideCursor();
    if (!marked) {
        // The server's refusal in the user's language: nothing was kept.
        m_message->setMessage(InlineMessage::Kind::Error, marked.error().message);
        return;
    }
    m_message->setMessage(
        InlineMessage::Kind::Positive,
        UiTr::tr("%1 is marked absent from %2 to %3.")
            .arg(nameOf(userId), displayDate(marked->from), displayDate(marked->to)));
    if (auto loaded = reload(); !loaded)
        m_message->setMessage(InlineMessage::Kind::Error, loaded.error().message);
}

Result<void> AbsenceDialog::reload()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto absences = m_engine->absences();
    QApplication::restoreOverrideCursor();
    if (!absences)
        return std::unexpected(absences.error());
    m_absences = *absences;
    m_list->clear();
    for (const Absence &absence : std::as_const(m_absences)) {
        auto *item = new QTreeWidgetItem({nameOf(absence.userId),
                                          displayDate(absence.from),
                                          displayDate(absence.to),
                                          QString::number(m_held(absence.userId))});
        item->setData(0, Qt::UserRole, absence.userId);
        m_list->addTopLevelItem(item);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    return {};
}

} // namespace Kezek
