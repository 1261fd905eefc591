#include "sync/casedesk.h"

#include "core/domain/casecommand.h"
#include "core/domain/queues.h"
#include "core/security/signatures.h"
#include "sync/synctr.h"

#include <QUuid>

namespace Kezek {

Result<Account> accountFromJson(const QJsonObject &json)
{
    Account account;
    account.id = json.value(u"id").toString();
    account.name = json.value(u"name").toString(account.id);
    const auto role = roleFromId(json.value(u"role").toString());
    if (account.id.isEmpty() || !role) {
        return fail(QStringLiteral("sync.account"),
                    SyncTr::tr("The server did not say who this user is; sign in online once."));
    }
    account.role = *role;
    account.city = cityFromId(json.value(u"city").toString());
    account.office = json.value(u"office").toString();
    return account;
}

CaseDesk::CaseDesk(ClientStore &store,
                   Account account,
                   const WorkflowContext &law,
                   std::function<QDateTime()> clock)
    : m_store(store)
    , m_account(std::move(account))
    , m_law(&law)
    , m_clock(std::move(clock))
{}

void CaseDesk::setLaw(const Lawbook &law)
{
    m_ownLaw = law;
    m_law = &m_ownLaw->context();
}

QDate CaseDesk::today()
{
    const QDateTime local = m_clock();
    const auto server = m_store.serverTime(local);
    return kazakhstanDate(server ? *server : local);
}

Result<std::optional<Case>> CaseDesk::currentCase(const QString &id)
{
    auto cached = m_store.findCase(id);
    if (!cached || !*cached)
        return cached;
    auto waiting = m_store.outboxOfCase(id);
    if (!waiting)
        return std::unexpected(waiting.error());
    return std::optional<Case>(withSteps(**cached, *waiting));
}

Case CaseDesk::withSteps(Case c, const QList<OutboxEntry> &waiting)
{
    const QDate date = today();
    for (const OutboxEntry &entry : waiting) {
        // Only what is on its way, or applied but not pulled yet; a conflict
        // or a refusal is shown apart, with the server's answer, and changes
        // nothing here.
        if ((entry.status != u"pending" && entry.status != u"applied")
            || entry.command.baseVersion != c.version)
            continue;
        if (auto outcome = applyCaseCommand(c, m_account.actor(), entry.command, date, *m_law))
            c = outcome->after;
    }
    return c;
}

Result<std::optional<CaseDesk::Glance>> CaseDesk::currentGlance(const QString &id)
{
    auto waiting = m_store.outboxOfCase(id);
    if (!waiting)
        return std::unexpected(waiting.error());
    Glance seen;
    bool changes = false;
    for (const OutboxEntry &entry : std::as_const(*waiting)) {
        seen.waiting += entry.status == u"pending" ? 1 : 0;
        changes = changes || entry.status == u"pending" || entry.status == u"applied";
    }
    if (changes) {
        auto cached = m_store.findCase(id);
        if (!cached || !*cached)
            return cached ? Result<std::optional<Glance>>() : std::unexpected(cached.error());
        seen.glance = glanceOf(withSteps(**cached, *waiting));
        return seen;
    }
    auto cached = m_store.glanceAt(id);
    if (!cached || !*cached)
        return cached ? Result<std::optional<Glance>>() : std::unexpected(cached.error());
    seen.glance = **cached;
    return seen;
}

Result<QHash<QString, CaseDesk::Glance>> CaseDesk::currentGlances(const QStringList &ids)
{
    auto waiting = m_store.outboxOfCases(ids);
    if (!waiting)
        return std::unexpected(waiting.error());
    auto cached = m_store.glancesAt(ids);
    if (!cached)
        return std::unexpected(cached.error());
    QHash<QString, Glance> seen;
    for (auto at = cached->cbegin(); at != cached->cend(); ++at)
        seen.insert(at.key(), Glance{at.value(), 0});
    // The few cases with steps of this workstation's are worked out whole.
    for (auto at = waiting->cbegin(); at != waiting->cend(); ++at) {
        if (!seen.contains(at.key()))
            continue;
        auto current = currentGlance(at.key());
        if (!current)
            return std::unexpected(current.error());
        if (*current)
            seen.insert(at.key(), **current);
    }
    return seen;
}

QList<Action> CaseDesk::availableActions(const Case &c) const
{
    return Workflow::availableActions(c, m_account.actor());
}

std::optional<DeadlineBadge> CaseDesk::nextDeadline(const Case &c)
{
    return firstDeadline(c.clocks, m_law->calendar, today());
}

std::optional<DeadlineBadge> firstDeadline(const QList<DeadlineClock> &clocks,
                                           const BusinessCalendar &calendar,
                                           QDate date,
                                           bool dutiesOnly)
{
    std::optional<DeadlineBadge> first;
    for (const DeadlineClock &clock : clocks) {
        // The reapplication ban is the applicant's, not a duty on anyone.
        if (clock.kind() == ClockKind::ReapplyBan
            || (dutiesOnly && !clockDefinition(clock.kind()).isDuty()))
            continue;
        const ClockStatus status = clock.status(calendar, date);
        if (status.state != ClockState::Running && status.state != ClockState::Breached)
            continue;
        if (!first || status.due < first->status.due)
            first = DeadlineBadge{clock.kind(), status};
    }
    return first;
}

Result<QString> CaseDesk::filedScan(const Case &c, DocumentType type)
{
    if (const ChecklistItem *item = c.preliminaryDocuments.item(type);
        item && !item->scanSha256.isEmpty())
        return item->scanSha256;
    auto documents = m_store.documentsOfCase(c.id);
    if (!documents)
        return std::unexpected(documents.error());
    // eGov names each scan after its document ("passport.png"); the latest wins.
    const QString prefix = documentTypeId(type) + QLatin1Char('.');
    QString found;
    for (const DocumentRow &row : std::as_const(*documents)) {
        if (row.name.startsWith(prefix))
            found = row.sha256;
    }
    return found;
}

QString CaseDesk::checklistScan(const Case &c, ChecklistKind kind, DocumentType type) const
{
    const ChecklistItem *item = c.checklist(kind).item(type);
    if (item && !item->scanSha256.isEmpty())
        return item->scanSha256;
    if (kind == ChecklistKind::OriginalsVerification) {
        if (const ChecklistItem *csc = c.cscComparison.item(type))
            return csc->scanSha256;
    }
    return {};
}

Result<CaseCommand> CaseDesk::prepare(const Case &c,
                                      const QString &type,
                                      const QJsonObject &payload,
                                      CommandOutcome *outcome)
{
    CaseCommand command{
        QUuid::createUuid().toString(QUuid::WithoutBraces), type, c.id, c.version, payload, {}, {}};
    // When it was made, by the server's clock as last measured: the act is
    // dated by it, offline too (and it is signed with the decision).
    const QDateTime local = m_clock();
    const auto server = m_store.serverTime(local);
    command.madeAt = (server ? *server : local).toUTC();
    // The same rules the server applies to it: what it would refuse is
    // refused here, with its reason, before anyone signs.
    auto applied = applyCaseCommand(c, m_account.actor(), command, today(), *m_law);
    if (!applied)
        return std::unexpected(applied.error());
    if (outcome)
        *outcome = *applied;
    return command;
}

Result<void> CaseDesk::submit(CaseCommand command, DeskSigner *signer)
{
    if (needsSignature(command)) {
        if (!signer) {
            return fail(QStringLiteral("sync.key-needed"),
                        SyncTr::tr("A decision is signed with your key: choose your key file "
                                   "and enter its password."));
        }
        auto signature = signer->sign(signedContent(command));
        if (!signature)
            return std::unexpected(signature.error());
        command.signature = *signature;
    }
    return queued(m_store.enqueue(command), {command});
}

CaseDesk::SignedBatch CaseDesk::submitSigned(const QList<CaseCommand> &commands,
                                             DeskSigner &signer,
                                             const std::function<bool(int done)> &progress)
{
    SignedBatch batch;
    for (const CaseCommand &command : commands) {
        if (progress && !progress(batch.queued)) {
            batch.stoppedBy = Error{QStringLiteral("sync.batch-cancelled"),
                                    SyncTr::tr("You stopped the batch.")};
            break;
        }
        auto signature = signer.sign(signedContent(command));
        if (!signature) {
            batch.stoppedBy = signature.error();
            break;
        }
        CaseCommand signedCommand = command;
        signedCommand.signature = *signature;
        if (auto done = queued(m_store.enqueue(signedCommand), {signedCommand}); !done) {
            batch.stoppedBy = done.error();
            break;
        }
        ++batch.queued;
    }
    if (progress)
        progress(batch.queued);
    return batch;
}

Result<QList<CaseCommand>> CaseDesk::signEach(QList<CaseCommand> commands, DeskSigner &signer)
{
    for (CaseCommand &command : commands) {
        auto signature = signer.sign(signedContent(command));
        if (!signature)
            return std::unexpected(signature.error());
        command.signature = *signature;
    }
    return commands;
}

Result<void> CaseDesk::submitAll(const QList<CaseCommand> &commands,
                                 const std::optional<DeskScan> &scan)
{
    for (const CaseCommand &command : commands) {
        if (needsSignature(command)) {
            return fail(QStringLiteral("sync.key-needed"),
                        SyncTr::tr("A decision is signed with your key: choose your key file "
                                   "and enter its password."));
        }
    }
    return queued(m_store.enqueueAll(commands, scan), commands);
}

Result<void> CaseDesk::queued(Result<void> result, const QList<CaseCommand> &commands)
{
    if (result && m_queued)
        m_queued(commands);
    return result;
}

Result<void> CaseDesk::rebase(const OutboxEntry &entry, DeskSigner *signer)
{
    auto current = currentCase(entry.command.caseId);
    if (!current)
        return std::unexpected(current.error());
    if (!*current) {
        return fail(QStringLiteral("sync.case-gone"),
                    SyncTr::tr("The case is no longer on this workstation."));
    }
    auto command = prepare(**current, entry.command.type, entry.command.payload);
    if (!command)
        return std::unexpected(command.error());
    if (auto queued = submit(*command, signer); !queued)
        return queued;
    return m_store.discard(entry.command.id);
}

} // namespace Kezek
