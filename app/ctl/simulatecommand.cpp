#include "app/ctl/commands.h"

#include "app/ctl/apiclient.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/queues.h"
#include "core/protocol/api.h"
#include "core/security/signatures.h"
#include "core/simulation/applicationgenerator.h"
#include "core/simulation/scangenerator.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QUuid>

namespace Kezek::Ctl {

namespace {

QString synopsis()
{
    return Tr::tr(
        "kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] "
        "[--faults PERCENT] [--scans]\n"
        "  files believable eGov applications on a server as its integration user,\n"
        "  with generated scans of their documents (--scans)\n"
        "kezekctl simulate answer --server URL [--ca FILE] [--delay SECONDS] [--rounds N] "
        "[--seed N]\n"
        "  answers as КҚП АЖ, NSC, the record checks and the courier (users kqp, nsc, "
        "checks, courier) once a case has waited DELAY seconds; N rounds a second apart, "
        "0 for ever\n"
        "kezekctl simulate progress --server URL --user ID --key FILE.p12 [--ca FILE] "
        "[--delay SECONDS] [--rounds N] [--percent P] [--interval SECONDS] [--most N] "
        "[--seed N]\n"
        "  works phase 1 as a migration officer: verifies and registers, sends to NSC, and "
        "decides, signing with the key (its password from KEZEK_KEY_PASSWORD); a round every "
        "INTERVAL seconds (1), taking up at most N cases in each (all)\n"
        "  passwords come from KEZEK_PASSWORD or one line on standard input");
}

QString password()
{
    return readSecret("KEZEK_PASSWORD");
}

// Uploads a scan of each filed document: the passport as an image, the rest
// as PDFs, as eGov hands them over.
QString uploadScans(ApiClient &client, const NewApplication &application, quint32 seed)
{
    const Applicant &who = application.applicant;
    for (const auto &[type, facts] : application.documents) {
        const bool image = type == DocumentType::Passport;
        const QByteArray bytes
            = image ? ScanGenerator::png(600, 840, seed ^ qHash(who.passportNumber))
                    : ScanGenerator::pdf(documentTitle(type),
                                         {who.surname + QStringLiteral(", ") + who.givenNames,
                                          QStringLiteral("Passport ") + who.passportNumber,
                                          QStringLiteral("IIN ") + who.iin,
                                          QStringLiteral("Case ") + application.number});
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString name
            = documentTypeId(type) + (image ? QStringLiteral(".png") : QStringLiteral(".pdf"));
        const ApiClient::Reply reply = client.send("PUT",
                                                   Api::uploadPath(hash, application.id, name),
                                                   bytes,
                                                   image ? "image/png" : "application/pdf");
        if (reply.status != 201 && reply.status != 200)
            return reply.status == 0 ? reply.error : reply.json.value(u"message").toString();
    }
    return {};
}

int fileApplications(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    for (const char *name : {"server", "user", "ca", "count", "seed", "faults"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    parser.addOption({QStringLiteral("scans"), QString()});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), synopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    bool countOk = true;
    bool seedOk = true;
    bool faultsOk = true;
    const int count = parser.isSet(QStringLiteral("count"))
                          ? parser.value(QStringLiteral("count")).toInt(&countOk)
                          : 20;
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt(&seedOk)
                             : 2025;
    const int faults = parser.isSet(QStringLiteral("faults"))
                           ? parser.value(QStringLiteral("faults")).toInt(&faultsOk)
                           : 15;
    if (server.scheme() != u"https" || parser.value(QStringLiteral("user")).isEmpty() || !countOk
        || count < 1 || count > 100000 || !seedOk || !faultsOk || faults < 0 || faults > 100) {
        return console.usage(
            Tr::tr("simulate needs an https:// --server, a --user, and numbers in range."),
            synopsis());
    }
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    ApiClient client(server, *tls);
    if (auto ok = client.signIn(parser.value(QStringLiteral("user")), password()); !ok)
        return console.error(CheckFailed, ok.error().message);

    ApplicationGenerator generator(seed, QDate::currentDate());
    generator.setFaultPercent(faults);
    const bool scans = parser.isSet(QStringLiteral("scans"));
    int filed = 0;
    QMap<QString, int> refused;
    for (int i = 0; i < count; ++i) {
        NewApplication application = generator.next();
        // Filed on eGov a little before the integration brought it here.
        application.filedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (1 + i % 240));
        const ApiClient::Reply reply
            = client.post(Api::path(Api::Route::Intake), newApplicationToJson(application));
        if (reply.status == 0)
            return console.error(DataError, reply.error);
        if (reply.status == 201) {
            ++filed;
            if (scans) {
                if (const QString failed = uploadScans(client, application, seed + i);
                    !failed.isEmpty())
                    return console.error(DataError, failed);
            }
        } else {
            ++refused[reply.json.value(u"code").toString()];
        }
        if ((i + 1) % 100 == 0 || i + 1 == count)
            console.err() << '\r' << Tr::tr("%1 of %2 applications sent").arg(i + 1).arg(count)
                          << Qt::flush;
    }
    console.err() << '\n';
    console.out() << Tr::tr("filed %1 applications").arg(filed) << '\n';
    for (auto it = refused.constBegin(); it != refused.constEnd(); ++it)
        console.out() << Tr::tr("refused %1: %2").arg(it.value()).arg(it.key()) << '\n';
    return refused.isEmpty() ? Ok : CheckFailed;
}

// The cases a user may see, kept up to date from the changes feed, with the
// time each entered its current state.
class CaseFeed
{
public:
    Result<void> pull(ApiClient &client)
    {
        for (bool more = true; more;) {
            const ApiClient::Reply page = client.get(Api::changesPath(m_cursor, 2000));
            if (page.status != 200) {
                return fail(QStringLiteral("ctl.simulate"),
                            page.status == 0 ? page.error : page.json.value(u"message").toString());
            }
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (const auto &value : page.json.value(u"cases").toArray()) {
                auto decoded = caseFromJson(value.toObject());
                if (!decoded)
                    return std::unexpected(decoded.error());
                const auto known = m_cases.constFind(decoded->id);
                if (known == m_cases.cend() || known->state != decoded->state)
                    m_since.insert(decoded->id, now);
                m_cases.insert(decoded->id, *decoded);
            }
            m_cursor = page.json.value(u"next").toInteger();
            more = page.json.value(u"more").toBool();
        }
        return {};
    }
    const QHash<QString, Case> &cases() const { return m_cases; }
    qint64 waited(const QString &id) const
    {
        return QDateTime::currentSecsSinceEpoch() - m_since.value(id);
    }

private:
    QHash<QString, Case> m_cases;
    QHash<QString, qint64> m_since; // when each case entered its current state
    qint64 m_cursor = 0;
};

// The outside world's answers: each integration signs in with its own
// credential and says what it would say of a case that has waited long enough.
class World
{
public:
    World(const QUrl &server, const QSslConfiguration &tls, quint32 seed)
        : m_random(seed)
    {
        for (const char *name : {"kqp", "nsc", "checks", "courier", "migration"})
            m_clients.emplace(QString::fromLatin1(name), std::make_unique<ApiClient>(server, tls));
    }

    Result<void> signIn(const QString &secret)
    {
        for (auto &[name, client] : m_clients) {
            if (auto ok = client->signIn(name, secret); !ok)
                return ok;
        }
        return {};
    }

    // One round: each system pulls what changed of the cases its job waits
    // on (all it may read) and answers what has waited `delay` seconds.
    Result<QMap<QString, int>> round(int delaySeconds)
    {
        QHash<QString, QJsonArray> messages;
        for (auto &[name, client] : m_clients) {
            CaseFeed &feed = m_feeds[name];
            if (auto pulled = feed.pull(*client); !pulled)
                return std::unexpected(pulled.error());
            for (auto it = feed.cases().cbegin(); it != feed.cases().cend(); ++it) {
                if (feed.waited(it.key()) < delaySeconds)
                    continue;
                QHash<QString, QJsonArray> said;
                answer(it.value(), said);
                for (const auto &one : said.value(name))
                    messages[name].append(one);
            }
        }
        QMap<QString, int> said;
        for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
            const ApiClient::Reply reply = m_clients.at(it.key())->post(
                Api::integrationCommandsPath(it.key()), {{QStringLiteral("commands"), it.value()}});
            if (reply.status != 200) {
                return fail(QStringLiteral("ctl.simulate"),
                            reply.status == 0 ? reply.error
                                              : reply.json.value(u"message").toString());
            }
            for (const auto &result : reply.json.value(u"results").toArray()) {
                if (result.toObject().value(u"status").toString() == u"applied")
                    ++said[it.key()];
            }
        }
        return said;
    }

private:
    static QJsonObject message(const Case &c, const QString &type, const QJsonObject &payload)
    {
        return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("type"), type},
                {QStringLiteral("caseId"), c.id},
                {QStringLiteral("payload"), payload}};
    }

    void recordChecks(const Case &c, CheckPhase phase, QHash<QString, QJsonArray> &messages)
    {
        const QList<CheckKind> kinds
            = phase == CheckPhase::Preliminary
                  ? QList<CheckKind>{CheckKind::Idb, CheckKind::CriminalRecords}
                  : QList<CheckKind>{CheckKind::BorderCrossing,
                                     CheckKind::Afis,
                                     CheckKind::Idb,
                                     CheckKind::CriminalRecords};
        for (const CheckKind kind : kinds) {
            if (c.checkOutcome(phase, kind) != CheckOutcome::Pending)
                continue;
            const bool hit = m_random.bounded(100) < 3;
            messages[QStringLiteral("checks")].append(message(
                c,
                QStringLiteral("record-check"),
                {{QStringLiteral("check"), checkKindId(kind)},
                 {QStringLiteral("outcome"), hit ? QStringLiteral("hit") : QStringLiteral("clear")},
                 {QStringLiteral("reference"),
                  QStringLiteral("%1-%2")
                      .arg(checkKindId(kind).toUpper())
                      .arg(m_random.bounded(100000, 999999))}}));
        }
    }

    void answer(const Case &c, QHash<QString, QJsonArray> &messages)
    {
        switch (c.state) {
        case CaseState::Received:
            if (c.kqpNumber.isEmpty()) {
                messages[QStringLiteral("kqp")].append(
                    message(c,
                            QStringLiteral("assign-kqp-number"),
                            {{QStringLiteral("number"),
                              QStringLiteral("KQP-%1-%2")
                                  .arg(c.receivedOn.year())
                                  .arg(m_random.bounded(100000, 999999))}}));
            }
            break;
        case CaseState::WithNsc:
            messages[QStringLiteral("nsc")].append(
                message(c,
                        QStringLiteral("record-nsc-answer"),
                        {{QStringLiteral("nscApproved"), m_random.bounded(100) >= 10},
                         {QStringLiteral("reference"),
                          QStringLiteral("BERKUT-%1").arg(m_random.bounded(100000, 999999))}}));
            Q_FALLTHROUGH();
        case CaseState::Registered:
        case CaseState::DecisionDue:
            recordChecks(c, CheckPhase::Preliminary, messages);
            break;
        case CaseState::InCourier: {
            static const QStringList steps = {QStringLiteral("picked-up"),
                                              QStringLiteral("in-transit"),
                                              QStringLiteral("delivered")};
            const auto reported = std::count_if(
                c.history.cbegin(), c.history.cend(), [](const HistoryEntry &entry) {
                    return entry.action.startsWith(u"courier-");
                });
            if (reported < steps.size()) {
                messages[QStringLiteral("courier")].append(
                    message(c,
                            QStringLiteral("record-courier-status"),
                            {{QStringLiteral("tracking"), c.courierTracking},
                             {QStringLiteral("status"), steps.at(reported)}}));
            }
            Q_FALLTHROUGH();
        }
        case CaseState::FinalRegistered:
        case CaseState::FinalVerification:
            recordChecks(c, CheckPhase::Final, messages);
            break;
        case CaseState::PreliminarilyApproved: {
            // §19-20: seven applicants in ten cross the border (Berkut says
            // so), and are then fingerprinted at the migration office, which
            // keeps their approval; the others let it lapse.
            if (qHash(c.id) % 10 >= 7)
                break;
            const QString today
                = kazakhstanDate(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
            if (!c.arrivedOn.isValid()) {
                messages[QStringLiteral("nsc")].append(
                    message(c,
                            QStringLiteral("record-arrival"),
                            {{QStringLiteral("date"), today},
                             {QStringLiteral("reference"),
                              QStringLiteral("BERKUT-%1").arg(m_random.bounded(100000, 999999))}}));
            } else if (!c.fingerprintedOn.isValid()) {
                messages[QStringLiteral("migration")].append(
                    message(c,
                            QStringLiteral("record-fingerprinting"),
                            {{QStringLiteral("date"), today},
                             {QStringLiteral("reference"),
                              QStringLiteral("AFIS-%1").arg(m_random.bounded(100000, 999999))}}));
            }
            break;
        }
        default:
            break;
        }
    }

    QRandomGenerator m_random;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    std::map<QString, CaseFeed> m_feeds; // each system's own view of the cases
};

// An officer at work on phase 1, as training data needs: verifies and
// registers what КҚП АЖ has numbered, sends checked cases to NSC, and decides,
// signing each decision with the officer's own key. Faulty filings go back
// for rework, with the documents at fault. The law is the domain library's:
// nothing is tried that it would refuse.
class OfficerAtWork
{
public:
    OfficerAtWork(const QUrl &server, const QSslConfiguration &tls, PemPair key, quint32 seed)
        : m_client(server, tls)
        , m_key(std::move(key))
        , m_random(seed)
    {}

    Result<void> signIn(const QString &user, const QString &secret)
    {
        m_user = user;
        return m_client.signIn(user, secret);
    }

    int leftAlone() const { return m_leftAlone; }

    // One round: each case that waited `delay` seconds is taken up with
    // `percent` per cent chance, so that cases spread over the stages.
    Result<int> round(int delaySeconds, int percent, int most)
    {
        m_leftAlone = 0;
        if (auto pulled = m_feed.pull(m_client); !pulled)
            return std::unexpected(pulled.error());
        // A colleague leaves alone what someone else holds: the person at the
        // keyboard who claimed a case keeps it.
        const ApiClient::Reply claims = m_client.get(Api::path(Api::Route::ListClaims));
        if (claims.status != 200) {
            return fail(QStringLiteral("ctl.simulate"),
                        claims.status == 0 ? claims.error
                                           : claims.json.value(u"message").toString());
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

private:
    void add(QJsonArray &batch,
             const Case &c,
             int &version,
             const QString &type,
             const QJsonObject &payload)
    {
        CaseCommand command{QUuid::createUuid().toString(QUuid::WithoutBraces),
                            type,
                            c.id,
                            version,
                            payload,
                            {},
                            {}};
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

    void act(const Case &c, QJsonArray &batch)
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
                    {{QStringLiteral("reasonCodes"),
                      QJsonArray{QStringLiteral("DOCS-NONCOMPLIANT")}},
                     {QStringLiteral("documentsAtFault"), atFault}});
                return;
            }
            for (const ChecklistItem &item : c.preliminaryDocuments.items()) {
                if (item.status == DocumentStatus::Submitted) {
                    add(batch,
                        c,
                        version,
                        QStringLiteral("update-document"),
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

    ApiClient m_client;
    QString m_user;
    int m_leftAlone = 0; // in the last round: the cases another person holds
    PemPair m_key;
    QString m_failure; // why a command could not be signed
    QRandomGenerator m_random;
    CaseFeed m_feed;
};

int progress(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    for (const char *name :
         {"server", "ca", "user", "key", "delay", "rounds", "percent", "interval", "most", "seed"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), synopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    bool ok[6] = {true, true, true, true, true, true};
    const int interval = parser.value(QStringLiteral("interval")).isEmpty()
                             ? 1
                             : parser.value(QStringLiteral("interval")).toInt(&ok[4]);
    const int most = parser.value(QStringLiteral("most")).isEmpty()
                         ? 0
                         : parser.value(QStringLiteral("most")).toInt(&ok[5]);
    const int delay = parser.value(QStringLiteral("delay")).isEmpty()
                          ? 5
                          : parser.value(QStringLiteral("delay")).toInt(&ok[0]);
    const int rounds = parser.value(QStringLiteral("rounds")).isEmpty()
                           ? 0
                           : parser.value(QStringLiteral("rounds")).toInt(&ok[1]);
    const int percent = parser.value(QStringLiteral("percent")).isEmpty()
                            ? 30
                            : parser.value(QStringLiteral("percent")).toInt(&ok[2]);
    const quint32 seed = parser.value(QStringLiteral("seed")).isEmpty()
                             ? 2025
                             : parser.value(QStringLiteral("seed")).toUInt(&ok[3]);
    if (server.scheme() != u"https" || parser.value(QStringLiteral("user")).isEmpty()
        || parser.value(QStringLiteral("key")).isEmpty() || !ok[0] || !ok[1] || !ok[2] || !ok[3]
        || !ok[4] || !ok[5] || delay < 0 || rounds < 0 || percent < 1 || percent > 100
        || interval < 1 || interval > 3600 || most < 0) {
        return console.usage(Tr::tr("simulate progress needs an https:// --server, a --user, "
                                    "the user's --key (PKCS#12) and numbers in range."),
                             synopsis());
    }
    QFile keyFile(parser.value(QStringLiteral("key")));
    if (!keyFile.open(QIODevice::ReadOnly))
        return console.error(
            DataError,
            Tr::tr("Cannot read \"%1\": %2.").arg(keyFile.fileName(), keyFile.errorString()));
    auto key = readPkcs12(keyFile.readAll(), qEnvironmentVariable("KEZEK_KEY_PASSWORD"));
    if (!key)
        return console.error(CheckFailed, key.error().message);
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    OfficerAtWork officer(server, *tls, *key, seed);
    if (auto signedIn = officer.signIn(parser.value(QStringLiteral("user")), password()); !signedIn)
        return console.error(CheckFailed, signedIn.error().message);
    for (int i = 0; rounds == 0 || i < rounds; ++i) {
        if (i > 0)
            QThread::sleep(interval);
        auto applied = officer.round(delay, percent, most);
        if (!applied)
            return console.error(DataError, applied.error().message);
        if (*applied > 0)
            console.out() << Tr::tr("applied: %1").arg(*applied) << Qt::endl;
        if (officer.leftAlone() > 0)
            console.out() << Tr::tr("left alone, held by someone else: %1").arg(officer.leftAlone())
                          << Qt::endl;
    }
    return Ok;
}

int answer(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    for (const char *name : {"server", "ca", "delay", "rounds", "seed"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), synopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    bool delayOk = true;
    bool roundsOk = true;
    bool seedOk = true;
    const int delay = parser.isSet(QStringLiteral("delay"))
                          ? parser.value(QStringLiteral("delay")).toInt(&delayOk)
                          : 5;
    const int rounds = parser.isSet(QStringLiteral("rounds"))
                           ? parser.value(QStringLiteral("rounds")).toInt(&roundsOk)
                           : 0;
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt(&seedOk)
                             : 2025;
    if (server.scheme() != u"https" || !delayOk || delay < 0 || delay > 86400 || !roundsOk
        || rounds < 0 || !seedOk) {
        return console.usage(
            Tr::tr("simulate answer needs an https:// --server and numbers in range."), synopsis());
    }
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    World world(server, *tls, seed);
    if (auto ok = world.signIn(password()); !ok)
        return console.error(CheckFailed, ok.error().message);
    for (int i = 0; rounds == 0 || i < rounds; ++i) {
        if (i > 0)
            QThread::sleep(1);
        auto said = world.round(delay);
        if (!said)
            return console.error(DataError, said.error().message);
        if (said->isEmpty())
            continue;
        QStringList parts;
        for (auto it = said->cbegin(); it != said->cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        console.out() << Tr::tr("answered: %1").arg(parts.join(QStringLiteral(", "))) << Qt::endl;
    }
    return Ok;
}

} // namespace

int runSimulate(const QStringList &arguments, Console &console)
{
    if (arguments.value(0) == u"answer")
        return answer(arguments.mid(1), console);
    if (arguments.value(0) == u"progress")
        return progress(arguments.mid(1), console);
    return fileApplications(arguments, console);
}

} // namespace Kezek::Ctl
