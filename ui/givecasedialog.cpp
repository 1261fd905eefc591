#include "ui/givecasedialog.h"
#include "ui_givecasedialog.h"

#include "core/domain/roles.h"
#include "core/domain/workflow.h"

#include "ui/inlinemessage.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>

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

namespace {

// The roles that work every one of `cases` at its stage.
QList<Role> deskRolesOf(const QList<Case> &cases)
{
    QList<Role> desk = cases.isEmpty() ? QList<Role>() : Workflow::deskRoles(cases.first().state);
    for (const Case &c : cases) {
        const QList<Role> roles = Workflow::deskRoles(c.state);
        desk.removeIf([&roles](Role role) { return !roles.contains(role); });
    }
    return desk;
}

} // namespace

QList<Colleague> GiveCaseDialog::offered(const Case &c, const QList<Colleague> &colleagues)
{
    return offered(QList<Case>{c}, colleagues);
}

QList<Colleague> GiveCaseDialog::offered(const QList<Case> &cases,
                                         const QList<Colleague> &colleagues)
{
    const QList<Role> desk = deskRolesOf(cases);
    QList<Colleague> offered;
    for (const Colleague &colleague : colleagues) {
        const auto role = roleFromId(colleague.role);
        if (role && desk.contains(*role))
            offered.append(colleague);
    }
    return offered;
}

namespace {

// One colleague on one line: who and what they do, then where (an office
// the server names), then how busy (a server that counts it).
QString colleagueLine(const Colleague &colleague)
{
    const auto role = roleFromId(colleague.role);
    QString line = UiTr::tr("%1 (%2) · %3")
                       .arg(colleague.name, colleague.id, role ? roleTitle(*role) : colleague.role);
    if (!colleague.office.isEmpty())
        line = UiTr::tr("%1 · %2").arg(line, colleague.office);
    if (colleague.held) {
        QString load = UiTr::tr("holds %n case(s)", nullptr, *colleague.held);
        if (colleague.dueThisWeek && *colleague.dueThisWeek > 0)
            load = UiTr::tr("%1, %n due this week", nullptr, *colleague.dueThisWeek).arg(load);
        line = UiTr::tr("%1 · %2").arg(line, load);
    }
    return line;
}

} // namespace

GiveCaseDialog::GiveCaseDialog(std::shared_ptr<SyncEngine> engine,
                               const Case &c,
                               const QList<Colleague> &colleagues,
                               QWidget *parent)
    : GiveCaseDialog(std::move(engine), QList<Case>{c}, colleagues, parent)
{}

// Several cases at once (issue 31, point 2): the colleagues whose role works
// every one of them, and the cases' count in the question; the caller gives
// them one by one (BulkGive), not give().
GiveCaseDialog::GiveCaseDialog(std::shared_ptr<SyncEngine> engine,
                               const QList<Case> &cases,
                               const QList<Colleague> &colleagues,
                               QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_caseId(cases.size() == 1 ? cases.first().id : QString())
    , m_number(cases.size() == 1 ? cases.first().number : QString())
    , m_ui(std::make_unique<Ui::GiveCaseDialog>())
{
    const Case c = cases.value(0);
    // Its tests and the guide know it by a name that is no C++ identifier,
    // which the form would not keep: named before the form is set up.
    setObjectName(QStringLiteral("give-case"));
    m_ui->setupUi(this);
    // The words are the workstation's (UiTr), the form is givecasedialog.ui.
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(cases.size() > 1 ? UiTr::tr("Give the cases") : UiTr::tr("Give the case"));
    m_ui->label->setText(
        cases.size() > 1 ? UiTr::tr("Give the %n selected case(s) to:", nullptr, int(cases.size()))
                         : UiTr::tr("Give %1 to:").arg(c.number));
    m_list = m_ui->colleagues;
    const QList<Colleague> shown = offered(cases, colleagues);
    for (const Colleague &colleague : shown) {
        auto *item = new QListWidgetItem(colleagueLine(colleague));
        item->setData(Qt::UserRole, colleague.id);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(0);
    QDialogButtonBox *buttons = m_ui->buttons;
    QPushButton *give = buttons->addButton(UiTr::tr("Give"), QDialogButtonBox::AcceptRole);
    give->setDefault(true);
    give->setEnabled(!shown.isEmpty());
    // Why the list is shorter than the city's staff, or empty.
    QStringList desk;
    for (Role role : deskRolesOf(cases))
        desk.append(roleTitle(role));
    QString reason;
    if (cases.size() > 1) {
        reason = desk.isEmpty()
                     ? UiTr::tr("No one role works all the selected cases at their stages: "
                                "select cases that one role works.")
                     : UiTr::tr("Only the role \"%1\" works all the selected cases at their "
                                "stages.")
                           .arg(desk.join(QStringLiteral(", ")));
    } else {
        reason = desk.isEmpty()
                     ? UiTr::tr("The case is \"%1\": nobody works it any more.")
                           .arg(caseStateTitle(c.state))
                     : UiTr::tr("While the case is \"%1\", only the role \"%2\" works it.")
                           .arg(caseStateTitle(c.state), desk.join(QStringLiteral(", ")));
    }
    InlineMessage *why = m_ui->why;
    why->setObjectName(QStringLiteral("give-case-why"));
    why->setKind(InlineMessage::Kind::Information);
    why->setText(reason);
    addCancelButton(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_list->setFocus();
    // Wide enough for a name, a role, an office and a load on one line.
    resize(std::max(560, m_list->sizeHintForColumn(0) + 60), 360);
}

GiveCaseDialog::~GiveCaseDialog() = default;

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
