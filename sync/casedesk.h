#pragma once

#include "core/domain/lawbook.h"
#include "core/domain/workflow.h"
#include "core/result/result.h"
#include "core/security/certificates.h"
#include "db/client/clientstore.h"
#include "sync/desksigner.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Kezek {

// Who is signed in, as the server knows them (role and city decide the
// queues and what the law lets them do).
struct Account
{
    QString id;
    QString name;
    Role role = Role::MigrationOfficer;
    std::optional<City> city;
    QString office;

    Actor actor() const { return {role, city, id}; }
};

Result<Account> accountFromJson(const QJsonObject &json);

// A running clock of a case as an officer sees it on the queue: the one that
// falls due first.
struct DeadlineBadge
{
    ClockKind kind = ClockKind::Registration;
    ClockStatus status;
};

// The running clock of `c` that falls due first, on `today`; with
// `dutiesOnly`, only an officer's duties (not an applicant's windows).
std::optional<DeadlineBadge> firstDeadline(const QList<DeadlineClock> &clocks,
                                           const BusinessCalendar &calendar,
                                           QDate today,
                                           bool dutiesOnly = false);

// The workstation's work on cases, below the screen: the case as the
// officer's own waiting commands leave it, what the law offers them on it,
// and a command checked by the same rules the server will apply, signed when
// the law asks for a signature, and put in the outbox. The UI shows; this
// decides.
class CaseDesk
{
public:
    CaseDesk(
        ClientStore &store,
        Account account,
        const WorkflowContext &law,
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); });

    const Account &account() const { return m_account; }
    ClientStore &store() { return m_store; }
    const WorkflowContext &law() const { return *m_law; }
    // The law a sync brought, from now on (the desk keeps it alive).
    void setLaw(const Lawbook &law);
    // Kazakhstan's date on the server's clock (the cache keeps the offset).
    QDate today();

    // The cached case with the commands still waiting in the outbox applied,
    // so the officer sees their own work at once, online or not.
    Result<std::optional<Case>> currentCase(const QString &id);
    // The same for a queue's row: only what the row shows, and the steps
    // waiting in the outbox among them (the case is worked out whole only
    // when a step of this workstation changes it).
    struct Glance
    {
        CaseGlance glance;
        int waiting = 0; // the steps not yet sent
    };
    Result<std::optional<Glance>> currentGlance(const QString &id);
    // The same for the rows of a page at once, by case id: three reads for
    // the page, not three a row (a case not in the cache is left out).
    Result<QHash<QString, Glance>> currentGlances(const QStringList &ids);
    QList<Action> availableActions(const Case &c) const;
    std::optional<DeadlineBadge> nextDeadline(const Case &c);

    // The scan of a document as the applicant filed it on eGov: the
    // preliminary checklist's, else the one eGov uploaded under the
    // document's name. Empty when none was filed.
    Result<QString> filedScan(const Case &c, DocumentType type);
    // The scan of a document in a checklist (the CSC's scan of an original);
    // for the officer's verification of the originals, the CSC's.
    QString checklistScan(const Case &c, ChecklistKind kind, DocumentType type) const;

    // A command on `c` as it stands now: refused, with the law's reason, if
    // the server would refuse it.
    // `outcome`, when given, receives the case after it and the notices it
    // sends the applicant (for a preview before signing).
    Result<CaseCommand> prepare(const Case &c,
                                const QString &type,
                                const QJsonObject &payload = {},
                                CommandOutcome *outcome = nullptr);
    // Signs the command if it needs it (with `signer`) and puts it in the outbox.
    Result<void> submit(CaseCommand command, DeskSigner *signer = nullptr);
    // Decisions made together with one entry of the PIN or password (issue
    // 29, point 2): each signed into its own CMS and queued on its own, in
    // order, so that a key lost half-way (a token taken out) leaves the ones
    // signed before queued and the rest not. `progress` is told how many are
    // done after each; false from it stops the batch there.
    struct SignedBatch
    {
        int queued = 0;
        std::optional<Error> stoppedBy; // why the rest were not queued
    };
    SignedBatch submitSigned(const QList<CaseCommand> &commands,
                             DeskSigner &signer,
                             const std::function<bool(int done)> &progress = {});
    // Each command signed into its own CMS (a courier's manifest, whose
    // cases travel in one envelope): all of them, or the reason none is.
    static Result<QList<CaseCommand>> signEach(QList<CaseCommand> commands, DeskSigner &signer);
    // Commands made together, with the desk's scan the first one names: all
    // into the outbox, or none (ClientStore::enqueueAll). None is a decision.
    Result<void> submitAll(const QList<CaseCommand> &commands,
                           const std::optional<DeskScan> &scan = std::nullopt);
    // A command the server answered "conflict" to, made again on the case as
    // it is now (the server's, from the last sync): checked by the law again,
    // signed again with `signer` if it is a decision. The old one leaves the outbox.
    Result<void> rebase(const OutboxEntry &entry, DeskSigner *signer = nullptr);

    // An internal note on a case (issue 31, point 3), by the staff who may
    // see it: trimmed and checked as the server checks it, kept at once as
    // not yet sent, and sent once at the next sync. Not a command: the case's
    // stage and version stay as they are. The note as kept, or why not.
    Result<CaseNote> writeNote(const QString &caseId, const QString &text);
    // The case's notes, the newest first, with those not yet sent.
    Result<QList<NoteRow>> notesOfCase(const QString &caseId);

    // Told of the commands each submit put in the outbox (the window says
    // what was done, and sends them soon); none to stop telling.
    using QueuedListener = std::function<void(const QList<CaseCommand> &commands)>;
    void onQueued(QueuedListener listener) { m_queued = std::move(listener); }

private:
    // The case as the outbox's waiting steps leave it.
    Case withSteps(Case c, const QList<OutboxEntry> &waiting);
    Result<void> queued(Result<void> result, const QList<CaseCommand> &commands);

    ClientStore &m_store;
    Account m_account;
    const WorkflowContext *m_law;
    std::optional<Lawbook> m_ownLaw; // once setLaw has given one
    std::function<QDateTime()> m_clock;
    QueuedListener m_queued;
};

} // namespace Kezek
