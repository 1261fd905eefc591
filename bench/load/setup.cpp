#include "bench/load/setup.h"

#include "core/domain/workflow.h"
#include "core/security/passwords.h"
#include "core/simulation/applicationgenerator.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <map>

namespace Kezek::Load {

namespace {

QString userOf(int index)
{
    return QStringLiteral("load.%1").arg(index, 4, 10, QLatin1Char('0'));
}

City cityOf(int index)
{
    return index % 2 == 0 ? City::Astana : City::Almaty;
}

// A connection of our own to the server's database, for reading only.
class Database
{
public:
    explicit Database(const QString &url)
        : m_name(QStringLiteral("load-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db;
        if (url.startsWith(u"sqlite:")) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(url.mid(7));
        } else {
            const QUrl parsed(url);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(parsed.host());
            db.setPort(parsed.port(5432));
            db.setUserName(parsed.userName());
            db.setPassword(parsed.password());
            db.setDatabaseName(parsed.path().mid(1));
        }
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Database() { QSqlDatabase::removeDatabase(m_name); }
    bool open() const { return m_open; }
    QString error() const { return m_error; }
    QSqlQuery query(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.setForwardOnly(true);
        if (!query.exec(sql))
            m_error = query.lastError().text();
        return query;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

Result<void> seed(const QString &databaseUrl, int workstations, int casesPerCity)
{
    auto store = ServerStore::open(databaseUrl);
    if (!store)
        return std::unexpected(store.error());
    const QDate today = QDate::currentDate();
    ApplicationGenerator generator(2026, today);
    const Actor system{Role::System, std::nullopt, QStringLiteral("bench")};
    std::map<City, int> made;
    QList<Case> batch;
    while (made[City::Astana] < casesPerCity || made[City::Almaty] < casesPerCity) {
        const NewApplication application = generator.next();
        if (made[application.city] >= casesPerCity)
            continue;
        auto received = Workflow::receive(application, system, today, std::nullopt);
        if (!received)
            return std::unexpected(received.error());
        ++made[application.city];
        batch.append(received->after);
        if (batch.size() == 2000) {
            if (auto saved = (*store)->saveCases(batch); !saved)
                return std::unexpected(saved.error());
            batch.clear();
        }
    }
    if (!batch.isEmpty()) {
        if (auto saved = (*store)->saveCases(batch); !saved)
            return std::unexpected(saved.error());
    }
    // One password hash for all: scrypt is slow on purpose, and a thousand
    // of them would take minutes to make.
    auto hash = hashPassword(LoadPassword);
    if (!hash)
        return std::unexpected(hash.error());
    UserStore users(**store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < workstations; ++i) {
        UserRecord user;
        user.id = userOf(i);
        user.name = QStringLiteral("Load officer %1").arg(i);
        user.role = Role::MigrationOfficer;
        user.city = cityOf(i);
        user.passwordHash = *hash;
        if (auto added = users.addUser(user, now); !added)
            return std::unexpected(added.error());
    }
    return {};
}

Result<LoadPlan> planFromDatabase(const QString &databaseUrl, int workstations)
{
    Database db(databaseUrl);
    if (!db.open())
        return fail(QStringLiteral("load.database"), db.error());
    LoadPlan plan;
    std::map<City, QList<int>> byCity; // the workstations of each city, in order
    for (int i = 0; i < workstations; ++i) {
        WorkstationPlan workstation;
        workstation.index = i;
        workstation.user = userOf(i);
        workstation.password = LoadPassword;
        // 127.1.0.1, 127.1.0.2, ... 127.1.0.250, 127.1.1.1, ...
        workstation.source = asio::ip::make_address_v4(
            (127u << 24) | (1u << 16) | (unsigned(i / 250 % 256) << 8) | unsigned(i % 250 + 1));
        byCity[cityOf(i)].append(i);
        plan.workstations.push_back(std::move(workstation));
    }
    std::map<City, int> dealt;
    QSqlQuery cases = db.query(QStringLiteral("SELECT id, city, version, revision FROM cases "
                                              "ORDER BY revision"));
    while (cases.next()) {
        const auto city = cityFromId(cases.value(1).toString());
        if (!city || byCity[*city].isEmpty())
            continue;
        const QList<int> &peers = byCity[*city];
        const int owner = peers.at(dealt[*city]++ % peers.size());
        plan.workstations[std::size_t(owner)].cases.push_back(
            {cases.value(0).toString(), cases.value(2).toInt()});
        plan.latest = std::max(plan.latest, cases.value(3).toLongLong());
    }
    if (dealt.empty())
        return fail(QStringLiteral("load.database"),
                    QStringLiteral("no cases in the database (seed it first): %1").arg(db.error()));
    return plan;
}

QStringList checkAppliedOnce(const QString &databaseUrl,
                             const LoadPlan &plan,
                             const std::vector<PushedCommand> &pushed)
{
    QStringList problems;
    Database db(databaseUrl);
    if (!db.open())
        return {QStringLiteral("the database cannot be opened: %1").arg(db.error())};
    // The rows of the load's users: one per id at most, the table's key says.
    QHash<QString, QString> answers; // command id -> its answer's status
    QHash<QString, int> appliedOnCase;
    QSqlQuery rows = db.query(QStringLiteral("SELECT id, case_id, answer FROM commands "
                                             "WHERE user_id LIKE 'load.%'"));
    while (rows.next()) {
        const QString status = QJsonDocument::fromJson(rows.value(2).toByteArray())
                                   .object()
                                   .value(u"status")
                                   .toString();
        answers.insert(rows.value(0).toString(), status);
        appliedOnCase[rows.value(1).toString()] += status == u"applied";
    }
    QSet<QString> sent;
    QHash<QString, int> outcomes;
    for (const PushedCommand &command : pushed) {
        sent.insert(command.id);
        ++outcomes[command.outcome];
        const bool answeredApplied
            = command.outcome == u"applied" || command.outcome == u"duplicate";
        if (!answeredApplied && problems.size() < 20)
            problems << QStringLiteral("command %1 on case %2 by %3 was answered %4")
                            .arg(command.id, command.caseId, command.user, command.outcome);
        if (answeredApplied && answers.value(command.id) != u"applied" && problems.size() < 20)
            problems << QStringLiteral("command %1 was answered %2 but is not kept as applied")
                            .arg(command.id, command.outcome);
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!sent.contains(it.key()))
            problems << QStringLiteral("command %1 is kept but was never sent").arg(it.key());
    }
    // Each case's version counts the commands applied on it, once each.
    QHash<QString, int> versions;
    QSqlQuery cases = db.query(QStringLiteral("SELECT id, version FROM cases"));
    while (cases.next())
        versions.insert(cases.value(0).toString(), cases.value(1).toInt());
    for (const WorkstationPlan &workstation : plan.workstations) {
        for (const OwnCase &own : workstation.cases) {
            const int expected = own.version + appliedOnCase.value(own.id);
            if (versions.value(own.id) != expected && problems.size() < 40)
                problems << QStringLiteral("case %1 is at version %2, not %3 (from %4 and %5 "
                                           "commands applied)")
                                .arg(own.id)
                                .arg(versions.value(own.id))
                                .arg(expected)
                                .arg(own.version)
                                .arg(appliedOnCase.value(own.id));
        }
    }
    return problems;
}

QString verifyAudit(const QString &ctl, const QString &databaseUrl, const QString &auditKey)
{
    QStringList arguments{QStringLiteral("audit"),
                          QStringLiteral("verify"),
                          QStringLiteral("--database"),
                          databaseUrl};
    if (!auditKey.isEmpty())
        arguments << QStringLiteral("--audit-key") << auditKey;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ctl, arguments);
    if (!process.waitForFinished(600000))
        return QStringLiteral("kezekctl audit verify did not finish");
    const QString said = QString::fromUtf8(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return said.isEmpty() ? QStringLiteral("kezekctl audit verify failed") : said;
    return {};
}

} // namespace Kezek::Load
