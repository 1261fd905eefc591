#include "ui/givecasedialog.h"

#include "core/domain/roles.h"

#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kezek {

Result<QList<Colleague>> GiveCaseDialog::colleagues(SyncEngine &engine)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto colleagues = engine.colleagues();
    QApplication::restoreOverrideCursor();
    if (!colleagues) {
        return fail(colleagues.error().code,
                    UiTr::tr("The server is needed to give a case, and it answered: %1")
                        .arg(colleagues.error().message));
    }
    if (colleagues->isEmpty()) {
        return fail(QStringLiteral("give.no-colleague"),
                    UiTr::tr("The server knows no officer or CSC operator of your city."));
    }
    return colleagues;
}

GiveCaseDialog::GiveCaseDialog(std::shared_ptr<SyncEngine> engine,
                               const Case &c,
                               const QList<Colleague> &colleagues,
                               QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_caseId(c.id)
    , m_number(c.number)
{
    setObjectName(QStringLiteral("give-case"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(UiTr::tr("Give the case"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(UiTr::tr("Give %1 to:").arg(c.number));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("colleagues"));
    label->setBuddy(m_list);
    for (const Colleague &colleague : colleagues) {
        const auto role = roleFromId(colleague.role);
        auto *item = new QListWidgetItem(
            UiTr::tr("%1 · %2 · %3")
                .arg(colleague.name, role ? roleTitle(*role) : colleague.role, colleague.id));
        item->setData(Qt::UserRole, colleague.id);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox;
    QPushButton *give = buttons->addButton(UiTr::tr("Give"), QDialogButtonBox::AcceptRole);
    give->setDefault(true);
    addCancelButton(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    // Wide enough for a name, a role and a user id on one line.
    resize(std::max(560, m_list->sizeHintForColumn(0) + 60), 360);
}

GiveCaseDialog::GiveCaseDialog(std::shared_ptr<SyncEngine> engine,
                               const QList<Case> &cases,
                               const QList<Colleague> &colleagues,
                               QWidget *parent)
    : GiveCaseDialog(std::move(engine), cases.value(0), colleagues, parent)
{
    if (cases.size() < 2)
        return;
    setWindowTitle(UiTr::tr("Give the cases"));
    // The question is the dialog's first label.
    if (auto *label = findChild<QLabel *>())
        label->setText(UiTr::tr("Give the %n selected case(s) to:", nullptr, int(cases.size())));
    m_caseId.clear();
    m_number.clear();
}

QString GiveCaseDialog::chosenColleague() const
{
    const QListWidgetItem *chosen = m_list->currentItem();
    return chosen ? chosen->data(Qt::UserRole).toString() : QString();
}

Result<void> GiveCaseDialog::give()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto given = m_engine->assign(m_caseId, chosenColleague());
    QApplication::restoreOverrideCursor();
    return given;
}

} // namespace Kezek
