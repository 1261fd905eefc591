#include "sync/syncengine.h"

#include "core/domain/casenotes.h"
#include "core/domain/lawbook.h"
#include "core/domain/queues.h"
#include "core/protocol/api.h"
#include "core/protocol/signinstatement.h"
#include "sync/syncerrors.h"
#include "sync/synclog.h"

#include "db/client/jsonslices.h"
#include "sync/synctr.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSet>

#include <thread>

namespace Kezek {

namespace {

// From this many changes on, a first sync loads in bulk.
constexpr qint64 BulkLoadFrom = 5000;

// Whether `results` answer `batch`, one each, in order, matched by `key`: an
// answer to something else (repeated on the way) settles nothing.
bool answersTo(const QJsonArray &results, const QJsonArray &batch, QStringView key)
{
    if (results.size() != batch.size())
        return false;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results.at(i).toObject().value(key) != batch.at(i).toObject().value(key))
            return false;
    }
    return true;
}

std::unexpected<Error> serverSaid(const QJsonObject &json, int status)
{
    return fail(json.value(u"code").toString(QStringLiteral("sync.http-%1").arg(status)),
                json.value(u"message").toString(SyncTr::tr("The server answered %1.").arg(status)));
}

// Where the next page starts, from the end of this one, where the server
// writes `"more":true,"next":N}`; nullopt when it does not read so (the last
// page, or another order). Only a hint, for asking for the next page early.
std::optional<qint64> glanceNext(QByteArrayView page)
{
    const QByteArrayView text = page.trimmed();
    const QByteArrayView tail = text.last(std::min<qsizetype>(text.size(), 48));
    const qsizetype more = tail.lastIndexOf("\"more\":true,\"next\":");
    if (more < 0 || !tail.endsWith('}'))
        return std::nullopt;
    const qsizetype from = more + qsizetype(sizeof "\"more\":true,\"next\":") - 1;
    bool ok = false;
    const qint64 next = tail.sliced(from, tail.size() - 1 - from).toLongLong(&ok);
    return ok ? std::optional(next) : std::nullopt;
}

// A page of changes read whole, once: its own fields, and each case's
// members for the cache (views into the page's bytes).
struct PageFields
{
    std::optional<QList<JsonSlices::Object>> cases;
    QList<JsonSlices::Member> top;
    qint64 next = -1;
    bool more = false;
    bool hasCases = false;
    QString law;
};

PageFields readPage(const QByteArray &page)
{
    PageFields fields;
    fields.cases = JsonSlices::objectsUnder(page, "cases", &fields.top);
    for (const JsonSlices::Member &member : std::as_const(fields.top)) {
        if (member.name == "next")
            fields.next = JsonSlices::integer(member.value).value_or(-1);
        else if (member.name == "more")
            fields.more = member.value == "true";
        else if (member.name == "law")
            fields.law = JsonSlices::string(member.value).value_or(QString());
        else if (member.name == "cases")
            fields.hasCases = member.value.startsWith('[');
    }
    return fields;
}

// Why a page that should start at `since` cannot be kept, if it cannot.
Result<void> pageProblem(const PageFields &page, qint64 since)
{
    if (!page.cases) {
        return fail(QString(SyncErrors::Malformed),
                    SyncTr::tr("The server sent a page that is not whole JSON; nothing of it "
                               "was kept."));
    }
    if (page.next < since || !page.hasCases) {
        return fail(QString(SyncErrors::Malformed),
                    SyncTr::tr("The server sent a page that does not continue from %1; nothing "
                               "of it was kept.")
                        .arg(since));
    }
    return {};
}

// Pages written to the cache one at a time, each on a thread of its own, while
// the sync thread's event loop takes in the next page (the network's answers
// reach their reply only through that loop) and prepares it. While a page is
// being written, nothing on the sync thread may touch the cache's database.
class PageWriter
{
public:
    explicit PageWriter(ClientStore &store)
        : m_store(store)
    {}
    ~PageWriter() { (void)wait(); }
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    // Starts writing `page`, once the write before it has been waited for.
    void start(ClientStore::PreparedPage page)
    {
        Q_ASSERT(!m_thread.joinable());
        m_done = false;
        m_thread = std::thread([this, page = std::move(page)] {
            m_written = m_store.writePage(page);
            QMetaObject::invokeMethod(
                &m_context,
                [this] {
                    m_done = true;
                    if (m_loop)
                        m_loop->quit();
                },
                Qt::QueuedConnection);
        });
    }
    // What the write answered once it is done, the event loop running
    // meanwhile; nullopt when nothing was being written.
    std::optional<Result<qsizetype>> wait()
    {
        if (!m_thread.joinable())
            return std::nullopt;
        if (!m_done) {
            QEventLoop loop;
            m_loop = &loop;
            loop.exec();
            m_loop = nullptr;
        }
        m_thread.join();
        return std::exchange(m_written, qsizetype(0));
    }

private:
    ClientStore &m_store;
    QObject m_context; // on the sync thread: where the writer says it is done
    std::thread m_thread;
    Result<qsizetype> m_written = qsizetype(0);
    bool m_done = false;
    QEventLoop *m_loop = nullptr;
};

// The connection a sync goes by: the workstation's protocol and language
// sent with every request.
ApiConnectionSettings connectionSettings(const SyncSettings &settings)
{
    ApiConnectionSettings connection;
    connection.server = settings.server;
    connection.tls = settings.tls;
    connection.pinnedKey = settings.pinnedKey;
    connection.protocol = settings.protocol;
    connection.sendLanguage = true;
    connection.timeoutMs = settings.requestTimeoutMs;
    connection.attempts = settings.attempts;
    connection.firstBackoffMs = settings.firstBackoffMs;
    connection.longestRetryAfterMs = settings.longestRetryAfterMs;
    connection.retryRefused = settings.retryRefused;
    connection.clock = settings.clock;
    return connection;
}

} // namespace

SyncEngine::SyncEngine(ClientStore &store, SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_settings(std::move(settings))
    , m_api(connectionSettings(m_settings))
{
    connectApi();
}

Result<QJsonObject> SyncEngine::checkAccount(SyncSettings settings)
{
    settings.token.clear();
    SyncEngine engine(std::move(settings));
    if (auto ok = engine.signIn(); !ok)
        return std::unexpected(ok.error());
    return engine.m_account;
}

SyncEngine::SyncEngine(SyncSettings settings)
    : m_settings(std::move(settings))
    , m_api(connectionSettings(m_settings))
{
    connectApi();
}

void SyncEngine::connectApi()
{
    m_api.setToken(m_settings.token);
    // An expired session signs in again with the password, once a request.
    m_api.onSessionExpired([this] { return signIn(); });
    m_api.onOnlineChanged([this](bool online) { Q_EMIT onlineChanged(online); });
}

Result<void> SyncEngine::signedIn()
{
    return m_api.token().isEmpty() ? signIn() : Result<void>();
}

Result<void> SyncEngine::signIn()
{
    if (m_settings.password.isEmpty()) {
        return fail(QString(SyncErrors::PasswordNeeded),
                    SyncTr::tr("The server asks %1 to sign in again. Enter your password to "
                               "sync; your commands wait in the outbox until then.")
                        .arg(m_settings.user));
    }
    QJsonObject body{{QStringLiteral("user"), m_settings.user},
                     {QStringLiteral("password"), m_settings.password}};
    if (m_settings.signInKey) {
        if (auto signedIn = signWithKey(body); !signedIn)
            return signedIn;
    }
    auto reply = m_api.request("POST", Api::path(Api::Route::SignIn), body);
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    m_api.setToken(reply->json.value(u"token").toString().toLatin1());
    m_account = reply->json.value(u"user").toObject();
    // A one-time password IT gave: the workstation asks for a new one.
    if (m_store) {
        if (auto noted = m_store->setSetting(QStringLiteral("must-change-password"),
                                             reply->json.value(u"mustChangePassword").toBool()
                                                 ? QStringLiteral("1")
                                                 : QStringLiteral("0"));
            !noted)
            return noted;
    }
    // Who the officer is (role, city) for the workstation's queues, kept so
    // that an offline sign-in knows it too.
    if (m_store && !m_account.isEmpty()) {
        return m_store->setSetting(
            QStringLiteral("account"),
            QString::fromUtf8(QJsonDocument(m_account).toJson(QJsonDocument::Compact)));
    }
    return {};
}

Result<void> SyncEngine::signWithKey(QJsonObject &body)
{
    // A new challenge for every sign-in: one is good once.
    auto reply = m_api.request("POST", Api::path(Api::Route::SignInChallenge), QJsonObject());
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    const QString challenge = reply->json.value(u"challenge").toString();
    auto signature = m_settings.signInKey(
        SignIn::statement(challenge, m_settings.user, SignIn::audience(m_settings.server)));
    // Used: the key's bytes or the token's PIN are wiped now, for every copy
    // of the key (issue 29 review, point 2). A newcomer's account check
    // (no cache yet) leaves it to the first sync, which signs in anew.
    if (m_store)
        m_settings.signInKey.forget();
    if (!signature)
        return std::unexpected(signature.error());
    body.insert(QStringLiteral("challenge"), challenge);
    body.insert(QStringLiteral("signature"), QString::fromLatin1(signature->toBase64()));
    return {};
}

Result<void> SyncEngine::noteClock(const Reply &reply)
{
    const QDateTime server
        = QDateTime::fromString(reply.json.value(u"now").toString(), Qt::ISODateWithMs);
    if (!server.isValid() || !reply.sentAt.isValid())
        return {};
    // The server read its clock somewhere between sending and receiving.
    const QDateTime local = reply.sentAt.addMSecs(reply.sentAt.msecsTo(reply.receivedAt) / 2);
    return m_store->setClockOffset(local.msecsTo(server));
}

Result<void> SyncEngine::pushClaims(SyncSummary &summary)
{
    auto toSend = m_store->claimsToSend();
    if (!toSend)
        return std::unexpected(toSend.error());
    for (qsizetype start = 0; start < toSend->size(); start += m_settings.batchSize) {
        QJsonArray batch;
        for (const ClaimRow &row : toSend->mid(start, m_settings.batchSize)) {
            batch.append(QJsonObject{{QStringLiteral("caseId"), row.caseId},
                                     {QStringLiteral("release"), row.status == u"release"}});
        }
        auto reply = m_api.request(
            "POST", Api::path(Api::Route::Claims), {{QStringLiteral("claims"), batch}});
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status != 200)
            return serverSaid(reply->json, reply->status);
        const QJsonArray results = reply->json.value(u"results").toArray();
        if (!answersTo(results, batch, u"caseId")) {
            return fail(QString(SyncErrors::Malformed),
                        SyncTr::tr("The server's answer does not match the %1 claims sent; they "
                                   "go again with the next sync.")
                            .arg(batch.size()));
        }
        for (const auto &value : results) {
            const QJsonObject answer = value.toObject();
            if (auto ok = m_store->recordClaimAnswer(answer, m_settings.user); !ok)
                return ok;
            const QString status = answer.value(u"status").toString();
            if (status == u"held")
                ++summary.claimsHeld;
            else if (status == u"taken")
                ++summary.claimsTaken;
        }
        if (auto ok = noteClock(*reply); !ok)
            return ok;
    }
    return {};
}

// The exports made here, for the server's audit log (issue 31 point 4): each
// forgotten once the server has entered it (or had it already); one it
// refuses stays here (never lost), and the rest of the sync goes on.
Result<void> SyncEngine::pushExports(SyncSummary &summary)
{
    auto toSend = m_store->exportRecordsToSend();
    if (!toSend)
        return std::unexpected(toSend.error());
    for (qsizetype start = 0; start < toSend->size(); start += m_settings.batchSize) {
        QJsonArray batch;
        for (const QJsonObject &record : toSend->mid(start, m_settings.batchSize))
            batch.append(record);
        auto reply = m_api.request(
            "POST", Api::path(Api::Route::AuditExports), {{QStringLiteral("exports"), batch}});
        if (!reply)
            return std::unexpected(reply.error());
        // A role that no longer exports (403) or a server without the route
        // (404): the records wait, and the rest of the sync goes on.
        if (reply->status == 403 || reply->status == 404)
            return {};
        if (reply->status != 200)
            return serverSaid(reply->json, reply->status);
        const QJsonArray results = reply->json.value(u"results").toArray();
        if (!answersTo(results, batch, u"id")) {
            return fail(QString(SyncErrors::Malformed),
                        SyncTr::tr("The server's answer does not match the %1 export records "
                                   "sent; they go again with the next sync.")
                            .arg(batch.size()));
        }
        for (const auto &value : results) {
            const QJsonObject answer = value.toObject();
            const QString status = answer.value(u"status").toString();
            // A record the server cannot take stays here (never lost) and
            // keeps nothing else from going up.
            if (status != u"recorded" && status != u"duplicate")
                continue;
            if (auto ok = m_store->forgetExportRecord(answer.value(u"id").toString()); !ok)
                return ok;
            ++summary.exportsRecorded;
        }
    }
    return {};
}

Result<QJsonObject> SyncEngine::auditExtract(const QString &path)
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    auto reply = m_api.request("GET", path);
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    return reply->json;
}

Result<void> SyncEngine::pullClaims()
{
    auto reply = m_api.request("GET", Api::path(Api::Route::ListClaims));
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    QList<ClaimRow> running;
    QHash<QString, QString> names;
    for (const auto &value : reply->json.value(u"claims").toArray()) {
        const QJsonObject claim = value.toObject();
        running.append({claim.value(u"caseId").toString(),
                        claim.value(u"holder").toString(),
                        QDateTime::fromString(claim.value(u"expiresAt").toString(), Qt::ISODate),
                        {}});
        names.insert(running.constLast().holder, claim.value(u"holderName").toString());
    }
    if (auto ok = m_store->replaceClaims(running, m_settings.user); !ok)
        return ok;
    if (auto ok = m_store->rememberNames(names); !ok)
        return ok;
    return noteClock(*reply);
}

namespace {

NotificationRow notificationFromJson(const QJsonObject &json)
{
    NotificationRow row;
    row.id = json.value(u"id").toString();
    row.caseId = json.value(u"caseId").toString();
    row.caseNumber = json.value(u"caseNumber").toString();
    row.clock = json.value(u"clock").toString();
    row.level = json.value(u"level").toString();
    row.due = QDate::fromString(json.value(u"due").toString(), Qt::ISODate);
    row.raisedAt = QDateTime::fromString(json.value(u"raisedAt").toString(), Qt::ISODateWithMs);
    row.revision = json.value(u"revision").toInteger();
    return row;
}

} // namespace

// The escalations told to this person since the last sync (issue 30, point
// 3), a page at a time, each page kept with its cursor: one raised while the
// workstation was offline comes at the next sync.
Result<void> SyncEngine::pullNotifications(SyncSummary &summary)
{
    constexpr int PageSize = 200;
    for (;;) {
        auto cursor = m_store->notificationsCursor();
        if (!cursor)
            return std::unexpected(cursor.error());
        auto reply = m_api.request("GET", Api::notificationsPath(*cursor, PageSize));
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status == 404) // a server older than escalations
            return {};
        if (reply->status != 200)
            return serverSaid(reply->json, reply->status);
        QList<NotificationRow> rows;
        for (const auto &value : reply->json.value(u"notifications").toArray())
            rows.append(notificationFromJson(value.toObject()));
        auto fresh = m_store->addNotifications(rows, reply->json.value(u"next").toInteger());
        if (!fresh)
            return std::unexpected(fresh.error());
        summary.notified += *fresh;
        if (!reply->json.value(u"more").toBool() || rows.isEmpty())
            return {};
    }
}

Result<void> SyncEngine::pushNotes(SyncSummary &summary)
{
    auto toSend = m_store->notesToSend();
    if (!toSend)
        return std::unexpected(toSend.error());
    for (const CaseNote &note : std::as_const(*toSend)) {
        auto reply = m_api.request(
            "POST",
            Api::caseNotesPath(note.caseId),
            {{QStringLiteral("id"), note.id},
             {QStringLiteral("madeAt"), note.madeAt.toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral("text"), note.text}});
        if (!reply)
            return std::unexpected(reply.error());
        // A server older than notes knows no such route: they wait for a newer one.
        if (reply->status == 404 && reply->json.value(u"code").toString() == u"not-found")
            return {};
        // Kept now or before (sent again after an answer lost on the way).
        if (reply->status == 200 || reply->status == 201) {
            auto kept = CaseNotes::fromJson(reply->json);
            if (!kept)
                return std::unexpected(kept.error());
            if (auto ok = m_store->recordNoteSent(*kept); !ok)
                return ok;
            ++summary.notesSent;
            continue;
        }
        // A refusal of the note itself is for good: its case is gone or not
        // this person's to see (404), its id is another note's (409), its
        // text is refused (422). Anything else (the server's failure, a
        // session to renew, too many requests, a password to change) waits
        // for the next sync.
        if (reply->status != 404 && reply->status != 409 && reply->status != 422)
            return serverSaid(reply->json, reply->status);
        if (auto ok = m_store->recordNoteRefused(
                note.id, serverSaid(reply->json, reply->status).error().message);
            !ok)
            return ok;
        ++summary.notesRefused;
    }
    return {};
}

Result<void> SyncEngine::pullNotes(SyncSummary &summary)
{
    constexpr int PageSize = 500;
    for (;;) {
        auto cursor = m_store->notesCursor();
        if (!cursor)
            return std::unexpected(cursor.error());
        auto reply = m_api.request("GET", Api::notesPath(*cursor, PageSize));
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status == 404) // a server older than notes
            return {};
        if (reply->status != 200)
            return serverSaid(reply->json, reply->status);
        QList<CaseNote> notes;
        for (const auto &value : reply->json.value(u"notes").toArray()) {
            auto note = CaseNotes::fromJson(value.toObject());
            if (!note)
                return std::unexpected(note.error());
            notes.append(*note);
        }
        if (auto ok = m_store->addNotes(notes, reply->json.value(u"next").toInteger()); !ok)
            return ok;
        summary.notesReceived += int(notes.size());
        if (!reply->json.value(u"more").toBool() || notes.isEmpty())
            return {};
    }
}

Result<QList<Colleague>> SyncEngine::colleagues()
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    auto reply = m_api.request("GET", Api::path(Api::Route::Colleagues));
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    QList<Colleague> list;
    QHash<QString, QString> names;
    const auto count = [](const QJsonValue &value) {
        return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
    };
    for (const auto &value : reply->json.value(u"colleagues").toArray()) {
        const QJsonObject colleague = value.toObject();
        list.append({colleague.value(u"id").toString(),
                     colleague.value(u"name").toString(),
                     colleague.value(u"role").toString(),
                     colleague.value(u"office").toString(),
                     count(colleague.value(u"held")),
                     count(colleague.value(u"dueThisWeek"))});
        names.insert(list.constLast().id, list.constLast().name);
    }
    // The names kept, so that the lists and the dashboard say who holds a case.
    if (auto ok = m_store->rememberNames(names); !ok)
        return std::unexpected(ok.error());
    return list;
}

Result<void> SyncEngine::assign(const QString &caseId, const QString &colleagueId)
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    const QJsonArray batch{
        QJsonObject{{QStringLiteral("caseId"), caseId}, {QStringLiteral("assignTo"), colleagueId}}};
    auto reply
        = m_api.request("POST", Api::path(Api::Route::Claims), {{QStringLiteral("claims"), batch}});
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    const QJsonObject result = reply->json.value(u"results").toArray().at(0).toObject();
    if (result.value(u"status").toString() != u"assigned") {
        return fail(result.value(u"code").toString(QStringLiteral("sync.assign")),
                    result.value(u"message").toString());
    }
    return pullClaims();
}

Result<void> SyncEngine::pullLaw(SyncSummary &summary)
{
    // The feed names the law's version with every page; the law itself comes
    // only when that version is not the one kept here.
    auto named = m_store->lawVersion();
    auto kept = m_store->law();
    if (!named)
        return std::unexpected(named.error());
    if (!kept)
        return std::unexpected(kept.error());
    if (!kept->isEmpty()) {
        const auto current = Lawbook::fromJson(*kept);
        if (current && (named->isEmpty() || current->version() == *named)) {
            summary.lawVersion = current->version();
            return {};
        }
    }
    auto reply = m_api.request("GET", Api::path(Api::Route::Law));
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    const QByteArray json = QJsonDocument(reply->json).toJson(QJsonDocument::Compact);
    // Checked as the domain reads it before it is kept: a broken law from the
    // server leaves the one the workstation has.
    auto law = Lawbook::fromJson(json);
    if (!law)
        return std::unexpected(law.error());
    if (auto ok = m_store->setLaw(json); !ok)
        return ok;
    summary.lawVersion = law->version();
    return {};
}

Result<QByteArray> SyncEngine::document(const QString &sha256)
{
    auto cached = m_store->scan(sha256);
    if (cached && cached->has_value())
        return **cached;
    // Not here, or damaged here: from the server, checked, and kept.
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    auto reply = m_api.request("GET", Api::documentPath(sha256));
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    if (auto kept = m_store->putScan(sha256, reply->body); !kept)
        return std::unexpected(kept.error());
    return reply->body;
}

Result<SignedDecisions> SyncEngine::signedDecisions(const QString &caseId)
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    auto reply = m_api.request("GET", Api::caseDecisionsPath(caseId));
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return serverSaid(reply->json, reply->status);
    return signedDecisionsFromJson(reply->json);
}

Result<void> SyncEngine::changePassword(const QString &current, const QString &replacement)
{
    if (auto ok = signedIn(); !ok)
        return ok;
    auto reply = m_api.request(
        "POST",
        Api::path(Api::Route::ChangePassword),
        {{QStringLiteral("password"), current}, {QStringLiteral("newPassword"), replacement}});
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 204)
        return serverSaid(reply->json, reply->status);
    m_settings.password = replacement;
    if (auto resealed = m_store->resealKey(replacement); !resealed) {
        return fail(resealed.error().code,
                    SyncTr::tr("The server has the new password, but this workstation could not "
                               "keep it for its cache (%1): offline, the cache still opens with "
                               "the old password.")
                        .arg(resealed.error().message));
    }
    return m_store->setSetting(QStringLiteral("must-change-password"), QStringLiteral("0"));
}

Result<void> SyncEngine::fetchScans(SyncSummary &summary)
{
    auto missing = m_store->missingScansOfClaimedCases();
    if (!missing)
        return std::unexpected(missing.error());
    for (const QString &sha256 : std::as_const(*missing)) {
        auto fetched = document(sha256);
        if (!fetched) {
            // One scan the server cannot give (or gave wrong) does not stop
            // the sync; the network gone, or the sync cancelled, does.
            const QString &code = fetched.error().code;
            if (code == SyncErrors::Offline || code == SyncErrors::Cancelled
                || code == SyncErrors::PinMismatch)
                return std::unexpected(fetched.error());
            ++summary.scanFailures;
            continue;
        }
        ++summary.scans;
        Q_EMIT progress(QStringLiteral("scans"), summary.scans, missing->size());
    }
    return {};
}

Result<void> SyncEngine::pushScans(SyncSummary &summary)
{
    auto pending = m_store->pendingUploads();
    if (!pending)
        return std::unexpected(pending.error());
    for (const DocumentRow &upload : std::as_const(*pending)) {
        // A scan that cannot go (gone from this cache, or refused by the
        // server) waits no more: its command goes, the server refuses it for
        // want of the scan, and the officer sees why in the outbox. Only the
        // network and the server's own failures stop the sync, as for commands.
        auto bytes = m_store->scan(upload.sha256);
        if (!bytes || !*bytes) {
            if (auto ok = m_store->uploadFailed(upload.sha256,
                                                upload.caseId,
                                                bytes ? SyncTr::tr("The scan is no longer in the "
                                                                   "cache.")
                                                      : bytes.error().message);
                !ok)
                return ok;
            ++summary.scanUploadFailures;
            continue;
        }
        auto reply = m_api.request("PUT",
                                   Api::uploadPath(upload.sha256, upload.caseId, upload.name),
                                   {},
                                   **bytes,
                                   upload.contentType.toLatin1());
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status >= 500)
            return serverSaid(reply->json, reply->status);
        if (reply->status != 200 && reply->status != 201) {
            if (auto ok
                = m_store->uploadFailed(upload.sha256,
                                        upload.caseId,
                                        serverSaid(reply->json, reply->status).error().message);
                !ok)
                return ok;
            ++summary.scanUploadFailures;
            continue;
        }
        if (auto ok = m_store->uploaded(upload.sha256, upload.caseId); !ok)
            return ok;
        ++summary.scansUploaded;
        Q_EMIT progress(QStringLiteral("upload"), summary.scansUploaded, pending->size());
    }
    return {};
}

Result<void> SyncEngine::push(SyncSummary &summary)
{
    if (auto ok = stampFreshDecisions(summary); !ok)
        return ok;
    for (;;) {
        auto pending = m_store->outbox(QStringLiteral("pending"), m_settings.batchSize);
        if (!pending)
            return std::unexpected(pending.error());
        if (pending->isEmpty())
            return {};
        // A command whose scan was made after the uploads of this sync began
        // waits, with every command after it, for the next sync: in order.
        auto uploads = m_store->pendingUploads();
        if (!uploads)
            return std::unexpected(uploads.error());
        QSet<QString> waiting;
        for (const DocumentRow &upload : std::as_const(*uploads))
            waiting.insert(upload.sha256);
        QJsonArray batch;
        for (const OutboxEntry &entry : std::as_const(*pending)) {
            if (waiting.contains(entry.command.payload.value(u"scan").toString()))
                break;
            batch.append(caseCommandToJson(entry.command));
        }
        if (batch.isEmpty())
            return {};
        auto reply = m_api.request(
            "POST", Api::path(Api::Route::Commands), {{QStringLiteral("commands"), batch}});
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status != 200)
            return serverSaid(reply->json, reply->status);
        const QJsonArray results = reply->json.value(u"results").toArray();
        if (!answersTo(results, batch, u"id")) {
            return fail(QString(SyncErrors::Malformed),
                        SyncTr::tr("The server's answer does not match the %1 commands sent; "
                                   "they stay in the outbox and go again with the next sync.")
                            .arg(batch.size()));
        }
        QList<QJsonObject> answers;
        for (const auto &value : results)
            answers.append(value.toObject());
        if (auto ok = m_store->recordAnswers(answers); !ok)
            return ok;
        for (const QJsonObject &answer : std::as_const(answers)) {
            const QString status = answer.value(u"status").toString();
            qCInfo(lcSync).noquote() << "command" << answer.value(u"id").toString() << status
                                     << answer.value(u"code").toString();
            if (status == u"applied" || status == u"duplicate")
                ++summary.pushed;
            else if (status == u"conflict")
                ++summary.conflicts;
            else
                ++summary.rejected;
        }
        Q_EMIT progress(
            QStringLiteral("push"), summary.pushed + summary.conflicts + summary.rejected, 0);
    }
}

Result<void> SyncEngine::pull(SyncSummary &summary)
{
    auto cursor = m_store->cursor();
    if (!cursor)
        return std::unexpected(cursor.error());
    auto health = m_api.request("GET", Api::path(Api::Route::Health));
    const qint64 total
        = health && health->status == 200
              ? std::max<qint64>(0, health->json.value(u"revision").toInteger() - *cursor)
              : 0;
    const qint64 start = *cursor;
    // A first sync of many cases: loaded without the queues' indexes, which
    // are built once at the end, whatever happens to the load.
    const bool bulk = start == 0 && total >= BulkLoadFrom;
    if (bulk) {
        if (auto ok = m_store->beginBulkLoad(); !ok)
            return ok;
    }
    auto loaded = pullPages(summary, *cursor, start, total);
    if (bulk) {
        Q_EMIT progress(QStringLiteral("index"), 0, 0);
        if (auto ok = m_store->endBulkLoad(); !ok && loaded)
            return ok;
    }
    if (!loaded)
        return loaded;
    summary.cursor = *cursor;
    return {};
}

Result<void> SyncEngine::pullPages(SyncSummary &summary, qint64 &cursor, qint64 start, qint64 total)
{
    const auto pagePath = [this](qint64 since) {
        return Api::changesPath(since, m_settings.pageSize);
    };
    // Three pages at once: the next one on its way from the server, this one
    // read and prepared here, and the one before it being written to the
    // cache. Each is still written whole with its cursor, in order.
    std::optional<ApiConnection::Pending> ahead;
    const auto dropAhead = [&ahead] {
        if (ahead) {
            ahead->reply->abort();
            ahead->reply->deleteLater();
            ahead.reset();
        }
    };
    const auto dropAheadOnReturn = qScopeGuard(dropAhead);
    PageWriter writer(*m_store);
    qint64 writing = cursor; // the cursor of the page being written
    // The page being written, once it is: the cursor moves past it.
    const auto settle = [&]() -> Result<void> {
        auto written = writer.wait();
        if (!written)
            return {};
        if (!*written)
            return std::unexpected(written->error());
        summary.pulled += **written;
        qCDebug(lcSync) << "page written:" << **written << "cases, cursor" << writing;
        cursor = writing;
        Q_EMIT progress(QStringLiteral("pull"), cursor - start, std::max(total, cursor - start));
        return {};
    };
    qint64 since = cursor; // where the page to read next starts
    for (bool more = true; more;) {
        const bool asked = ahead && ahead->path == pagePath(since) && !m_api.cancelled();
        if (!asked)
            dropAhead();
        Result<Reply> reply = asked ? m_api.finish(*std::exchange(ahead, std::nullopt))
                                    : Result<Reply>(fail(QString(), QString()));
        // Anything but a page is asked again the careful way (retries, a new
        // session), which may write to the cache: the page before is
        // written first.
        if (!asked || !reply || reply->status != 200) {
            if (auto ok = settle(); !ok)
                return ok;
            reply = m_api.request("GET", pagePath(since));
        }
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status != 200)
            return serverSaid(reply->json, reply->status);
        // The next page is asked for at a glance, before this one is read
        // whole: the reading must then agree, or that answer is dropped.
        if (const auto glanced = glanceNext(reply->body);
            glanced && *glanced >= since && !m_api.cancelled())
            ahead = m_api.start("GET", pagePath(*glanced));
        const PageFields page = readPage(reply->body);
        more = page.more;
        // A page refused leaves the one before it written, and counted.
        if (auto kept = pageProblem(page, since); !kept) {
            if (auto ok = settle(); !ok)
                return ok;
            return kept;
        }
        if (!more || m_api.cancelled() || (ahead && ahead->path != pagePath(page.next)))
            dropAhead();
        if (more && !m_api.cancelled() && !ahead)
            ahead = m_api.start("GET", pagePath(page.next));
        auto prepared
            = m_store->preparePage(reply->body, page.top, *page.cases, page.next, page.law);
        if (auto ok = settle(); !ok)
            return ok;
        if (!prepared)
            return std::unexpected(prepared.error());
        writer.start(std::move(*prepared));
        writing = page.next;
        since = page.next;
    }
    return settle();
}

Result<SyncSummary> SyncEngine::run()
{
    const auto pending = m_store ? m_store->outboxCounts() : Result<QHash<QString, qint64>>();
    qCInfo(lcSync) << "sync started;" << (pending ? pending->value(QStringLiteral("pending")) : -1)
                   << "commands waiting in the outbox";
    QElapsedTimer timer;
    timer.start();
    auto summary = steps();
    if (!summary) {
        // The code only: a message may quote the server, which may name a case.
        qCWarning(lcSync).noquote()
            << "sync failed after" << timer.elapsed() << "ms:" << summary.error().code;
        return summary;
    }
    const SyncSummary &done = *summary;
    qCInfo(lcSync).noquote()
        << QStringLiteral("sync done in %1 ms: pulled %2 cases to revision %3; commands pushed "
                          "%4, conflicts %5, rejected %6; claims held %7, taken %8; scans "
                          "fetched %9, failed %10, uploaded %11, refused %12; notes sent %13, "
                          "refused %14, received %15; cases retired %16")
               .arg(timer.elapsed())
               .arg(done.pulled)
               .arg(done.cursor)
               .arg(done.pushed)
               .arg(done.conflicts)
               .arg(done.rejected)
               .arg(done.claimsHeld)
               .arg(done.claimsTaken)
               .arg(done.scans)
               .arg(done.scanFailures)
               .arg(done.scansUploaded)
               .arg(done.scanUploadFailures)
               .arg(done.notesSent)
               .arg(done.notesRefused)
               .arg(done.notesReceived)
               .arg(done.casesRetired);
    if (!summary->lawError.isEmpty())
        qCWarning(lcSync) << "the server's new law was not kept; the old one stands";
    return summary;
}

Result<SyncSummary> SyncEngine::steps()
{
    SyncSummary summary;
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    // Claims first: a command on a case claimed offline goes only after the
    // claim has been checked.
    if (auto ok = pushClaims(summary); !ok)
        return std::unexpected(ok.error());
    // The desk's scans before the commands that name them.
    if (auto ok = pushScans(summary); !ok)
        return std::unexpected(ok.error());
    if (auto ok = push(summary); !ok)
        return std::unexpected(ok.error());
    // The records of exports after the work itself: a server that cannot
    // take them never holds up a decision.
    if (auto ok = pushExports(summary); !ok)
        return std::unexpected(ok.error());
    if (auto ok = pushNotes(summary); !ok)
        return std::unexpected(ok.error());
    if (auto ok = pull(summary); !ok)
        return std::unexpected(ok.error());
    if (auto ok = pullClaims(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = pullNotifications(summary); !ok)
        return std::unexpected(ok.error());
    if (auto ok = pullNotes(summary); !ok)
        return std::unexpected(ok.error());
    // A deleted application's scans leave this cache (§12), and so does a
    // case over for longer than the site keeps them here, once a day.
    if (auto forgotten = m_store->forgetScansOfDeletedCases(); !forgotten)
        return std::unexpected(forgotten.error());
    const QDate today = kazakhstanDate(m_settings.clock());
    if (m_store->setting(QStringLiteral("retention-run")).value_or(QString())
        != today.toString(Qt::ISODate)) {
        auto retired = m_store->purgeEnded(today, m_settings.retentionDays);
        if (!retired)
            return std::unexpected(retired.error());
        summary.casesRetired = retired->first;
        summary.scansRetired = retired->second;
        if (auto noted
            = m_store->setSetting(QStringLiteral("retention-run"), today.toString(Qt::ISODate));
            !noted)
            return std::unexpected(noted.error());
    }
    // The scans of the cases this officer has claimed, to read offline.
    if (auto ok = fetchScans(summary); !ok)
        return std::unexpected(ok.error());
    // Last, and on its own: the cases are in whatever becomes of it, and a
    // law this workstation cannot read leaves the one it counts by.
    if (auto ok = pullLaw(summary); !ok)
        summary.lawError = ok.error().message;
    return summary;
}

} // namespace Kezek
