#include "ui/absencedialog.h"

#include "core/domain/displaydate.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kezek {

AbsenceDialog::AbsenceDialog(std::shared_ptr<SyncEngine> engine,
                             const QList<Colleague> &colleagues,
                             HeldCount held,
                             QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_colleagues(colleagues)
    , m_held(std::move(held))
{
    setObjectName(QStringLiteral("absences"));
    setWindowTitle(UiTr::tr("Absences"));
    m_person = new QComboBox;
    m_person->setObjectName(QStringLiteral("absentPerson"));
    for (const Colleague &colleague : colleagues)
        m_person->addItem(UiTr::tr("%1 · %2").arg(colleague.name, colleague.id), colleague.id);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today);
    m_from->setObjectName(QStringLiteral("absentFrom"));
    m_to = new QDateEdit(today);
    m_to->setObjectName(QStringLiteral("absentTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    auto *mark = new QPushButton(UiTr::tr("&Mark absent"));
    mark->setObjectName(QStringLiteral("markAbsent"));
    connect(mark, &QPushButton::clicked, this, &AbsenceDialog::markAbsent);
    auto *form = new QFormLayout;
    form->addRow(UiTr::tr("&Colleague:"), m_person);
    form->addRow(UiTr::tr("&From:"), m_from);
    form->addRow(UiTr::tr("&To (included):"), m_to);
    form->addRow(QString(), mark);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("absenceMessage"));
    m_message->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("absenceList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {UiTr::tr("Colleague"), UiTr::tr("From"), UiTr::tr("To"), UiTr::tr("Cases held")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *handOut = new QPushButton(UiTr::tr("&Hand out their cases…"));
    handOut->setObjectName(QStringLiteral("handOut"));
    connect(handOut, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT handOutRequested(item->data(0, Qt::UserRole).toString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(UiTr::tr("Away now or later:")));
    layout->addWidget(m_list);
    layout->addWidget(handOut);
    layout->addWidget(buttons);
    resize(620, 460);
    if (auto loaded = reload(); !loaded)
        m_message->setText(loaded.error().message);
}

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
        m_message->setText(marked.error().message);
        return;
    }
    m_message->setText(
        UiTr::tr("%1 is marked absent from %2 to %3.")
            .arg(nameOf(userId), displayDate(marked->from), displayDate(marked->to)));
    if (auto loaded = reload(); !loaded)
        m_message->setText(loaded.error().message);
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
