#pragma once

#include "core/domain/actdate.h"
#include "core/domain/lawbook.h"
#include "core/result/result.h"
#include "core/security/signatures.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "server/http/signinthrottle.h"
#include "server/serverconfig.h"
#include "server/signing/crlfetcher.h"
#include "server/signing/crlfiles.h"
#include "server/signing/decisiontimes.h"
#include "server/signing/ministryauthority.h"
#include "server/signing/ocspresponder.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include "server/http/httpserver.h"
#include "server/http/message.h"
#include "server/http/pagecache.h"
#include "server/http/readledger.h"
#include "server/http/sessioncache.h"

#include <mutex>
#include <optional>

namespace Kezek {

// The routes of API v1 on the HTTP layer (server/http/httpserver.h), with what
// every route shares: JSON errors {code, message}, the body limits, one log
// line per request, and the counters /metrics reports. Each worker thread
// keeps its own database connection (QtSql connections belong to one thread).
class HttpApi
{
public:
    // `signingAuthority`: the PEM certificate decisions' signatures chain to;
    // `law`: the calendar and reasons every command is judged by;
    // `ocspResponders`: the OCSP responders the site trusts besides the
    // authorities; `ministry`: whose petitions intake verifies (none:
    // checked by eye).
    HttpApi(ServerConfig config,
            QByteArray signingAuthority,
            DecisionTimes time,
            Lawbook law,
            QList<QByteArray> ocspResponders,
            std::optional<MinistryAuthority> ministry);

    // What the HTTP layer asks of the API: the checks before a body is read,
    // the limits, the words of its refusals, the log, the client's address.
    Http::Server::Hooks hooks();
    // The HTTP layer's limits from the settings.
    Http::Limits limits() const;
    void install(Http::Server &server);
    // The port the server is bound to, before it serves: without
    // --sign-in-audience, a sign-in names the listen address and this port.
    void listening(int port);
    // Writes the reads counted in memory (readledger.h) and stops counting:
    // once the server has stopped answering, before the last read periods
    // go into the audit chain.
    void stopCountingReads();

    // The routes, one file each under server/routes/, installed from
    // Api::Routes (core/protocol/api.h).
    void health(const Http::Request &request, Http::Response &response);
    void metrics(const Http::Request &request, Http::Response &response);
    void law(const Http::Request &request, Http::Response &response);
    void login(const Http::Request &request, Http::Response &response);
    void signInChallenge(const Http::Request &request, Http::Response &response);
    void logout(const Http::Request &request, Http::Response &response);
    void changePassword(const Http::Request &request, Http::Response &response);
    void changes(const Http::Request &request, Http::Response &response);
    void notifications(const Http::Request &request, Http::Response &response);
    void commands(const Http::Request &request, Http::Response &response);
    void claims(const Http::Request &request, Http::Response &response);
    void listClaims(const Http::Request &request, Http::Response &response);
    void colleagues(const Http::Request &request, Http::Response &response);
    void markAbsence(const Http::Request &request, Http::Response &response);
    void listAbsences(const Http::Request &request, Http::Response &response);
    void intake(const Http::Request &request, Http::Response &response);
    void integrationCommands(const Http::Request &request, Http::Response &response);
    void uploadDocument(const Http::Request &request, Http::Response &response);
    void downloadDocument(const Http::Request &request, Http::Response &response);
    void caseDocuments(const Http::Request &request, Http::Response &response);
    void caseDecisions(const Http::Request &request, Http::Response &response);
    void timestamp(const Http::Request &request, Http::Response &response);
    void pilotReport(const Http::Request &request, Http::Response &response);
    void addCaseNote(const Http::Request &request, Http::Response &response);
    void notes(const Http::Request &request, Http::Response &response);
    void auditExports(const Http::Request &request, Http::Response &response);
    void auditExtract(const Http::Request &request, Http::Response &response);

    // What a sign-in brings besides the user name and password: the
    // challenge the server gave and the detached CMS over the statement
    // (core/protocol/signinstatement.h) made with the authentication key.
    struct SignInProof
    {
        QString challenge;
        QByteArray signature;                     // DER
        std::optional<ChallengeUse> challengeUse; // what using the challenge found
    };

private:
    ServerStore *store(); // this thread's connection, opened on first use
    // The page of changes from `since` (of `city` only, or of all): kept
    // from an earlier read while nothing was written since (pagecache.h),
    // else read.
    Result<std::shared_ptr<const ServerStore::StoredPage>>
    changesPage(qint64 since, int limit, std::optional<City> city);
    void count(int status);
    // Before a body is read: the protocol version and the body's size, so
    // that an outdated client or an oversize body is refused from headers.
    // True when it has answered.
    bool beforeReading(const Http::Request &request, Http::Response &response);
    // A request refused by the HTTP layer, in the request's language.
    void refused(Http::Refusal why, const Http::Request &request, Http::Response &response);
    // One log line per answer, and the counters /metrics reports.
    void logAnswer(const Http::Request &request, const Http::Response &response);
    // The client's address: the connection's, or, from a trusted proxy, the
    // last address its X-Forwarded-For names that is not a trusted proxy.
    QString clientAddress(const Http::Request &request) const;
    // A password check's limits (per address, on the server, per user name):
    // true when it may go on, else the 429 or 423 is answered.
    bool mayCheckPassword(const QString &name,
                          const QString &address,
                          UserStore &users,
                          Http::Response &response);
    // The client address's turn at a sign-in (a try or a challenge): true
    // when it may go on, else the 429 is answered.
    bool mayTrySignIn(const QString &name, const QString &address, Http::Response &response);
    // The sign-in's authentication key, when the site asks for it or one
    // was sent (issue 29, point 3): the challenge known, unexpired and now
    // used; the signature over this user's statement to one of the servers
    // the site names (--sign-in-audience), by an authentication key under
    // the signing authority, the user's own (IIN), not revoked. Nothing when
    // none is needed or sent; else the signer, or the refusal (auth.*,
    // signature.*, revocation.*). Checked before the password, so that its
    // answer says nothing of the password; `user` is who the name is, none
    // when no account has it (refused as another person's key).
    Result<std::optional<SignerIdentity>> checkSignInKey(const QString &userId,
                                                         const std::optional<UserRecord> &user,
                                                         const SignInProof &proof,
                                                         const Http::Request &request);
    // The signature over the sign-in statement verified for one of the
    // servers the site names; a signature.invalid when it names none.
    Result<SignerIdentity>
    verifySignInStatement(const QString &userId, const SignInProof &proof, const QDateTime &now);
    // A sign-in whose key was refused: audited and logged with why (it
    // counted as a failed try), and answered with the refusal.
    void refuseSignInKey(ServerStore &db,
                         const QString &userId,
                         const QString &address,
                         const Error &why,
                         Http::Response &response);
    // The session of a user whose sign-in held (`key`: the authentication
    // key it was made with), audited, and its token answered.
    void startSession(ServerStore &db,
                      const UserRecord &user,
                      const QString &address,
                      const std::optional<SignerIdentity> &key,
                      Http::Response &response);
    // The certificate (PEM) registered for the user's decisions, naming the
    // IIN that both their decisions and their sign-ins are bound to.
    Result<QByteArray> registeredCertificate(const UserRecord &user);
    // A supervisor's reassignment of `c` (a claims batch item with "assignTo"),
    // made once per request id, and only from the holder the supervisor saw
    // when they say whom (issue 31, point 2).
    struct GiveAsked
    {
        QString requestId;
        std::optional<QString> fromHolder;
    };
    QJsonObject assign(const UserRecord &supervisor,
                       const Case &c,
                       const QString &assigneeId,
                       const GiveAsked &give,
                       const QDateTime &now);
    // The array under `key` of a JSON body ("commands", "claims"), at most
    // MaxBatch long; otherwise the error is sent and nothing comes back.
    std::optional<QJsonArray> commandBatch(const Http::Request &request,
                                           Http::Response &response,
                                           const char *key = "commands");
    // Each command validated and applied on its own, atomically, the
    // batch's commands in one transaction (ServerStore::applyCommands);
    // `onlyTypes` (for an integration) limits the types and lets the base
    // version default to the case's current one. An error: the database
    // failed (not the commands), and the batch is to be sent again.
    Result<QJsonArray>
    applyBatch(const UserRecord &user, const QJsonArray &batch, const QStringList &onlyTypes);
    // A command of a batch to apply, at its place `at` in the batch's answers.
    struct PendingCommand
    {
        qsizetype at = 0;
        CaseCommand command;
        bool onCurrentVersion = false;
        std::optional<Case> applied;                            // the case as the command left it
        std::optional<ServerStore::SignatureEvidence> evidence; // a signed command's
    };
    // One command checked before it is applied (its form, an earlier answer,
    // its signature): the answer it gets without being applied, or nothing
    // when it is to be applied (`admitted`), or the database's failure.
    Result<std::optional<QJsonObject>>
    admitCommand(const UserRecord &user, const QJsonObject &json, PendingCommand &admitted);
    // What the store answered for one command, as the client gets it, with
    // the claim it ends released; or the database's failure.
    Result<QJsonObject> answered(const UserRecord &user,
                                 const Actor &actor,
                                 const PendingCommand &one,
                                 const Result<QJsonObject> &answer);
    // One command judged on the case as it stands inside its transaction:
    // who may act, the scan it names, the base it was made on (applied on top
    // when nothing it relies on changed since, by the domain's rules), and the
    // law itself. `applied` receives the case as the command leaves it.
    Result<ServerStore::CommandDecision> decideCommand(const UserRecord &user,
                                                       const Actor &actor,
                                                       const CaseCommand &command,
                                                       bool onCurrentVersion,
                                                       QDate today,
                                                       const std::optional<Case> &found,
                                                       const QList<InterveningChange> &since,
                                                       std::optional<Case> &applied);
    // The day a command counts from: when it was made, within the window
    // and not before its base (the inner error: the command's; the outer:
    // the database's).
    Result<Result<ActDating>>
    dateCommand(const CaseCommand &command, const Case &current, int baseVersion, QDate today);
    // The batch's results, or the retryable 503 its database failure is.
    static void sendResults(Http::Response &response, const Result<QJsonArray> &results);

    // People read scans; an outside system only when its job needs them
    // (none does today); otherwise answers 403.
    bool readsScans(const UserRecord &user, Http::Response &response);
    // Whether the user may see the case; otherwise answers 404.
    bool visibleCase(const QString &caseId, const UserRecord &user, Http::Response &response);
    // A person signed in, not an integration (claims are people's work);
    // otherwise answers 401 or 403.
    std::optional<UserRecord> personSignedIn(const Http::Request &request,
                                             Http::Response &response);
    // A person signed in, for a case's internal notes: an integration is
    // answered 403 (notes never reach the applicant's side).
    std::optional<UserRecord> staffSignedIn(const Http::Request &request, Http::Response &response);
    // The signed-in user of a request's bearer token; otherwise answers 401.
    std::optional<UserRecord> authenticate(const Http::Request &request, Http::Response &response);

    // A decision's signature: present, intact, from the trusted authority,
    // and made with the key registered for this user.
    // The signature verified, at its trusted time and against revocation,
    // with what it was found good by (the signature as kept, the CRL).
    Result<ServerStore::SignatureEvidence> checkSignature(const CaseCommand &command,
                                                          const UserRecord &user);
    // The signing certificate's status at `now` by the site's sources, in
    // order: the OCSP responder, the CRLs fetched, the CRL files; a later one
    // is used when the one before cannot be reached. None configured: none.
    Result<std::optional<RevocationStatus>> revocationStatus(const SignerIdentity &signer,
                                                             const QDateTime &now);

    ServerConfig m_config;
    std::unique_ptr<SignInThrottle> m_throttle;
    SessionCache m_sessions;
    ReadLedger m_reads;
    PageCache m_pages;
    QByteArray m_signingAuthority;
    TrustAnchors m_trust; // read from it once
    DecisionTimes m_time;
    CrlFetcher m_fetchedCrls;
    CrlFiles m_crls;
    OcspResponder m_ocsp;
    const Lawbook m_law;
    const std::optional<MinistryAuthority> m_ministry;
    std::mutex m_countersMutex;
    QHash<int, qint64> m_responses; // by status
};

} // namespace Kezek
