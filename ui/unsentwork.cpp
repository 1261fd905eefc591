#include "ui/unsentwork.h"

#include "core/domain/casecommand.h"
#include "core/domain/commuting.h"
#include "db/client/clientstore.h"
#include "ui/uitr.h"

#include <QMessageBox>
#include <QPushButton>

namespace Kezek {

namespace {

// The first few steps, one a line, and how many more there are.
QStringList unsentLines(ClientStore &store, const QList<OutboxEntry> &pending)
{
    QStringList lines;
    for (const OutboxEntry &entry : pending) {
        if (lines.size() >= 6)
            break;
        const auto found = store.findCase(entry.command.caseId);
        const QString number
            = found && found->has_value() ? (*found)->number : entry.command.caseId;
        lines.append(UiTr::tr("• %1: %2").arg(number, commandTypeTitle(entry.command.type)));
    }
    if (pending.size() > lines.size())
        lines.append(UiTr::tr("• and %1 more").arg(pending.size() - lines.size()));
    return lines;
}

} // namespace

UnsentWorkAnswer askAboutUnsentWork(ClientStore &store, QWidget *parent)
{
    auto pending = store.outbox(QStringLiteral("pending"), 1000);
    if (!pending)
        return UnsentWorkAnswer::NothingUnsent;
    // Notes written here wait too (issue 31, point 3).
    const int notes = store.unsentNotes().value_or(0);
    if (pending->isEmpty() && notes == 0)
        return UnsentWorkAnswer::NothingUnsent;
    int signedCount = 0;
    for (const OutboxEntry &entry : std::as_const(*pending))
        signedCount += needsSignature(entry.command);
    // Each count by its own plural rule (Russian has three forms).
    QString counted
        = pending->isEmpty()
              ? QString()
              : UiTr::tr("%n step(s) have not reached the server.", nullptr, int(pending->size()));
    if (signedCount > 0)
        counted = UiTr::tr("%1 %2").arg(
            counted, UiTr::tr("%n of them are signed decisions.", nullptr, signedCount));
    if (notes > 0) {
        const QString noted = UiTr::tr("%n note(s) have not reached the server.", nullptr, notes);
        counted = counted.isEmpty() ? noted : UiTr::tr("%1 %2").arg(counted, noted);
    }
    QMessageBox box(QMessageBox::Warning,
                    UiTr::tr("Work not yet sent"),
                    UiTr::tr("%1\n%2\n\nUnsent work stays in this workstation's encrypted "
                             "outbox and goes at the next sync.")
                        .arg(counted, unsentLines(store, *pending).join(u'\n')),
                    QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("unsentOnQuit"));
    QPushButton *send = box.addButton(UiTr::tr("&Sync now"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(UiTr::tr("&Quit anyway"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(UiTr::tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(send);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == quit)
        return UnsentWorkAnswer::QuitAnyway;
    return box.clickedButton() == send ? UnsentWorkAnswer::SyncNow : UnsentWorkAnswer::Stay;
}

} // namespace Kezek
