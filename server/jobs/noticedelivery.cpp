#include "server/jobs/noticedelivery.h"

#include "core/domain/queues.h"
#include "db/server/serverstore.h"
#include "server/eventlog.h"
#include "server/http/httpapi.h"
#include "server/jobs/jobstore.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QUuid>

namespace Kezek {

namespace {

constexpr int Batch = 100;

} // namespace

NoticeDelivery::NoticeDelivery(ServerConfig config)
    : m_config(std::move(config))
{}

NoticeDelivery::~NoticeDelivery()
{
    stop();
}

void NoticeDelivery::start()
{
    m_job.start([this] { run(); });
}

void NoticeDelivery::stop()
{
    m_job.stop();
}

void NoticeDelivery::run()
{
    while (!m_job.stopping()) {
        // A full batch means more are waiting: go on at once.
        if (deliverPending() == Batch)
            continue;
        m_job.pause(std::chrono::seconds(m_config.noticeIntervalSeconds));
    }
    m_store.reset(); // closed on the thread that opened it
}

bool NoticeDelivery::recordOnCase(ServerStore &store,
                                  const ServerStore::PendingNotice &notice,
                                  const QJsonObject &body)
{
    static const QUuid Namespace
        = QUuid::fromString(u"0f5b3c62-8d2e-4a3f-9b61-27c4e8d1a5b7"); // fixed forever
    const auto kind = noticeKindFromId(body.value(u"kind").toString());
    if (!kind)
        return true; // nothing the case keeps
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = kazakhstanDate(now);
    const CaseCommand command{
        QUuid::createUuidV5(Namespace, QStringLiteral("notice/%1").arg(notice.id))
            .toString(QUuid::WithoutBraces),
        QStringLiteral("record-notice-delivery"),
        notice.caseId,
        1,
        {{QStringLiteral("kind"), noticeKindId(*kind)},
         {QStringLiteral("date"), today.toString(Qt::ISODate)}},
        {},
        {}};
    const Actor system{Role::System, std::nullopt, QStringLiteral("kezek-server")};
    const auto decide
        = [&](const std::optional<Case> &current,
              const QList<InterveningChange> &) -> Result<ServerStore::CommandDecision> {
        ServerStore::CommandDecision decision;
        auto after = current ? Workflow::recordNoticeDelivery(*current, system, *kind, today, today)
                             : Result<Case>(fail(QStringLiteral("case.not-found"), QString()));
        if (!after) {
            // Nothing to mark (the case moved on, or it was marked already).
            decision.answer = {{QStringLiteral("id"), command.id},
                               {QStringLiteral("status"), QStringLiteral("rejected")},
                               {QStringLiteral("code"), after.error().code}};
            return decision;
        }
        decision.after = *after;
        decision.audit = {system.userId,
                          QStringLiteral("notice-received"),
                          notice.caseId,
                          QStringLiteral("%1 %2 version %3 notice %4 received %5")
                              .arg(command.type, command.id)
                              .arg(after->version)
                              .arg(notice.id)
                              .arg(today.toString(Qt::ISODate))};
        return decision;
    };
    auto answer = store.applyCommand(command, system.userId, true, decide);
    if (!answer) {
        logEvent("WARN",
                 "notice-delivery",
                 {{"id", QString::number(notice.id)},
                  {"case", notice.caseId},
                  {"message", answer.error().message}});
        return false;
    }
    return true;
}

namespace {

// The applicant's eGov cabinet a notice goes to: an IIN is twelve digits;
// anything else goes to a folder that says so.
QString cabinetOf(const QJsonObject &body)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
    const QString iin = body.value(u"iin").toString();
    return twelveDigits.match(iin).hasMatch() ? iin : QStringLiteral("unknown");
}

// A notice written whole, or not at all, into its cabinet's folder.
bool writeToFolder(const QString &root,
                   const QString &cabinet,
                   const ServerStore::PendingNotice &notice)
{
    const QDir dir(root + QLatin1Char('/') + cabinet);
    QSaveFile file(dir.filePath(QStringLiteral("%1-%2.json").arg(notice.id).arg(notice.kind)));
    if (!dir.mkpath(QStringLiteral(".")) || !file.open(QIODevice::WriteOnly)
        || file.write(notice.body) != notice.body.size() || !file.commit()) {
        logEvent("WARN",
                 "notice-delivery",
                 {{"id", QString::number(notice.id)}, {"message", file.errorString()}});
        return false;
    }
    return true;
}

} // namespace

int NoticeDelivery::deliverPending()
{
    if (!openJobStore(m_store, m_config.databaseUrl, "notice-delivery"))
        return -1;
    ServerStore *store = m_store.get();
    // With several servers on one database, one delivers each round and the
    // others leave it: no applicant gets a notice twice.
    constexpr qint64 DeliveryLock = 0x4B657A656B02;
    auto mine = store->tryLockAcrossServers(DeliveryLock);
    if (!mine) {
        m_store.reset();
        logEvent("WARN", "notice-delivery", {{"message", mine.error().message}});
        return -1;
    }
    if (!*mine)
        return 0;
    const auto unlock = qScopeGuard([this] {
        if (m_store) // else its connection closed, and the lock with it
            m_store->unlockAcrossServers(DeliveryLock);
    });
    auto pending = store->pendingNotices(Batch);
    if (!pending) {
        m_store.reset();
        logEvent("WARN", "notice-delivery", {{"message", pending.error().message}});
        return -1;
    }
    const QString target = m_config.noticesTo;
    int delivered = 0;
    for (const ServerStore::PendingNotice &notice : std::as_const(*pending)) {
        const QJsonObject body = QJsonDocument::fromJson(notice.body).object();
        const QString cabinet = cabinetOf(body);
        if (target.startsWith(u"dir:") && !writeToFolder(target.mid(4), cabinet, notice))
            return -1; // the rest wait for the next round
        // The case learns the day its notice was received (§12 counts the
        // rework from it) before the notice is marked delivered: a failure
        // between the two delivers again, and the case's record of it is one
        // command id, applied once.
        if (!recordOnCase(*store, notice, body)) {
            m_store.reset();
            return -1;
        }
        if (auto marked = store->markNoticeDelivered(notice.id, QDateTime::currentDateTimeUtc());
            !marked) {
            m_store.reset();
            logEvent("WARN",
                     "notice-delivery",
                     {{"id", QString::number(notice.id)}, {"message", marked.error().message}});
            return -1;
        }
        logEvent("INFO",
                 "notice-delivered",
                 {{"id", QString::number(notice.id)},
                  {"case", notice.caseId},
                  {"kind", notice.kind},
                  {"cabinet", cabinet}});
        ++delivered;
    }
    return delivered;
}

} // namespace Kezek
