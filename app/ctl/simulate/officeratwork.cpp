#include "app/ctl/simulate/officeratwork.h"

#include "core/domain/casecommand.h"
#include "core/domain/commandkinds.h"
#include "core/domain/queues.h"
#include "core/protocol/api.h"

#include <QSet>
#include <QUuid>

namespace Kezek::Ctl {

OfficerAtWork::OfficerAtWork(const QUrl &server,
                             const QSslConfiguration &tls,
                             PemPair key,
                             quint32 seed)
    : m_client(server, tls)
    , m_key(std::move(key))
    , m_random(seed)
{}

Result<void> OfficerAtWork::signIn(const QString &user, const QString &secret)
{
    m_user = user;
    return m_client.signIn(user, secret);
}

Result<int> OfficerAtWork::round(int delaySeconds, int percent, int most)
{
    m_leftAlone = 0;
    if (auto pulled = m_feed.pull(m_client); !pulled)
        return std::unexpected(pulled.error());
    // A colleague leaves alone what someone else holds: the person at the
    // keyboard who claimed a case keeps it.
    const ApiClient::Reply claims = m_client.get(Api::path(Api::Route::ListClaims));
    if (claims.status != 200) {
        return fail(QStringLiteral("ctl.simulate"),
                    claims.status == 0 ? claims.error : claims.json.value(u"message").toString());
    }
    QSet<QString> heldByOthers;
    for (const auto &value : claims.json.value(u"claims").toArray()) {
        const QJsonObject claim = value.toObject();
        if (claim.value(u"holder").toString() != m_user)
            heldByOthers.insert(claim.value(u"caseId").toString());
    }
    QJsonArray batch;
    int taken = 0;
    for (auto it = m_feed.cases().cbegin(); it != m_feed.cases().cend(); ++it) {
        if (most > 0 && taken >= most)
            break;
        if (heldByOthers.contains(it.key())) {
            ++m_leftAlone;
            continue;
        }
        if (m_feed.waited(it.key()) >= delaySeconds
            && static_cast<int>(m_random.bounded(100)) < percent) {
            const auto before = batch.size();
            act(it.value(), batch);
            taken += batch.size() > before ? 1 : 0;
        }
        if (batch.size() > 400)
            break;
    }
    if (!m_failure.isEmpty())
        return fail(QStringLiteral("ctl.simulate"), m_failure);
    if (batch.isEmpty())
        return 0;
    const ApiClient::Reply reply
        = m_client.post(Api::path(Api::Route::Commands), {{QStringLiteral("commands"), batch}});
    if (reply.status != 200) {
        return fail(QStringLiteral("ctl.simulate"),
                    reply.status == 0 ? reply.error : reply.json.value(u"message").toString());
    }
    int applied = 0;
    for (const auto &result : reply.json.value(u"results").toArray())
        applied += result.toObject().value(u"status").toString() == u"applied";
    return applied;
}

void OfficerAtWork::add(
    QJsonArray &batch, const Case &c, int &version, const QString &type, const QJsonObject &payload)
{
    CaseCommand command{
        QUuid::createUuid().toString(QUuid::WithoutBraces), type, c.id, version, payload, {}, {}};
    if (needsSignature(command)) {
        auto signature = signDetached(signedContent(command), m_key);
        if (!signature) {
            m_failure = signature.error().message;
            return; // the case's later steps wait for the next round
        }
        command.signature = *signature;
    }
    ++version;
    batch.append(caseCommandToJson(command));
}

void OfficerAtWork::act(const Case &c, QJsonArray &batch)
{
    int version = c.version;
    const QDate today = QDate::currentDate();
    switch (c.state) {
    case CaseState::Received: {
        if (c.kqpNumber.isEmpty())
            return; // КҚП АЖ has not numbered it yet
        const CheckContext context = c.checkContext(ChecklistKind::Preliminary, today);
        QJsonArray atFault;
        for (const ChecklistItem &item : c.preliminaryDocuments.items()) {
            const auto results = c.preliminaryDocuments.checkResults(item.type, context);
            if (item.required
                && (item.status == DocumentStatus::Missing
                    || std::any_of(results.cbegin(), results.cend(), [](const CheckResult &r) {
                           return !r.passed;
                       })))
                atFault.append(documentTypeId(item.type));
        }
        if (!atFault.isEmpty()) {
            add(batch,
                c,
                version,
                QStringLiteral("return-for-rework"),
                {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-NONCOMPLIANT")}},
                 {QStringLiteral("documentsAtFault"), atFault}});
            return;
        }
        for (const ChecklistItem &item : c.preliminaryDocuments.items()) {
            if (item.status == DocumentStatus::Submitted) {
                add(batch,
                    c,
                    version,
                    caseFactId(CaseFact::UpdateDocument),
                    {{QStringLiteral("checklist"), QStringLiteral("preliminary")},
                     {QStringLiteral("document"), documentTypeId(item.type)},
                     {QStringLiteral("command"), QStringLiteral("verify")}});
            }
        }
        add(batch, c, version, QStringLiteral("register"), {});
        return;
    }
    case CaseState::Registered:
        if (c.checkOutcome(CheckPhase::Preliminary, CheckKind::Idb) != CheckOutcome::Pending
            && c.checkOutcome(CheckPhase::Preliminary, CheckKind::CriminalRecords)
                   != CheckOutcome::Pending)
            add(batch, c, version, QStringLiteral("send-to-nsc"), {});
        return;
    case CaseState::DecisionDue: {
        const bool hit
            = c.checkOutcome(CheckPhase::Preliminary, CheckKind::Idb) == CheckOutcome::Hit
              || c.checkOutcome(CheckPhase::Preliminary, CheckKind::CriminalRecords)
                     == CheckOutcome::Hit;
        if (c.nscApproved == false || hit) {
            add(batch,
                c,
                version,
                QStringLiteral("refuse-preliminarily"),
                {{QStringLiteral("reasonCodes"),
                  QJsonArray{hit ? QStringLiteral("RECORDS-HIT")
                                 : QStringLiteral("NSC-NOT-APPROVED")}}});
        } else {
            add(batch,
                c,
                version,
                QStringLiteral("approve-preliminarily"),
                {{QStringLiteral("reference"),
                  QStringLiteral("PP-%1-%2")
                      .arg(today.year())
                      .arg(m_random.bounded(100000, 999999))}});
        }
        return;
    }
    default:
        return;
    }
}

} // namespace Kezek::Ctl
