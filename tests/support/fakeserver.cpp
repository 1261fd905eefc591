#include "tests/support/fakeserver.h"

#include "core/protocol/api.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Kezek::Testing {

QJsonObject FakeServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeServer::Answer FakeServer::Answer::json(const QJsonObject &object, int status)
{
    Answer answer;
    answer.status = status;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeServer::~FakeServer() = default;

bool FakeServer::start()
{
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QString FakeServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort());
}

void FakeServer::putCase(const QJsonObject &json)
{
    m_changes.append({++m_revision, json});
    m_caseVersions.insert(json.value(u"id").toString(), json.value(u"version").toInt());
}

void FakeServer::script(const QString &path, int times, Script script)
{
    m_scripts.append({path, times, std::move(script)});
}

int FakeServer::count(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&path](const Request &r) {
        return r.path == path;
    }));
}

// One request at a time from each connection's bytes: its head, then as
// many bytes of body as Content-Length says.
void FakeServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray &line : lines.sliced(1)) {
            const qsizetype colon = line.indexOf(':');
            if (line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QUrl url(QString::fromLatin1(first.value(1)));
        Request request{first.value(0),
                        url.path(),
                        QUrlQuery(url),
                        buffer.mid(end + 4, length),
                        std::chrono::steady_clock::now()};
        buffer.remove(0, end + 4 + length);
        m_requests.append(request);
        serve(socket, request);
    }
}

void FakeServer::serve(QTcpSocket *socket, const Request &request)
{
    // The model acts first (a command is applied whatever becomes of its
    // answer), then a script may change what is sent.
    Answer answer = modelled(request);
    for (Scripted &scripted : m_scripts) {
        if (scripted.path == request.path && scripted.times > 0) {
            --scripted.times;
            answer = scripted.script(request, answer);
            break;
        }
    }
    if (answer.delayMs <= 0) {
        send(socket, answer);
        return;
    }
    QPointer<QTcpSocket> later(socket);
    QTimer::singleShot(answer.delayMs, this, [later, answer] {
        if (later && later->state() == QAbstractSocket::ConnectedState)
            send(later, answer);
    });
}

void FakeServer::send(QTcpSocket *socket, const Answer &answer)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Fake\r\n"
                      + "Content-Type: application/json\r\n"
                      + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    socket->write(QByteArray(head + "\r\n"));
    if (answer.cutMidBody) {
        socket->write(answer.body.left(answer.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(answer.body);
}

FakeServer::Answer FakeServer::modelled(const Request &request)
{
    using Api::Route;
    const auto is = [&request](Route route) {
        return request.path == Api::path(route);
    };
    if (is(Route::SignIn)) {
        const QString user = request.json().value(u"user").toString();
        return Answer::json(
            {{QStringLiteral("token"), QStringLiteral("fake-session")},
             {QStringLiteral("user"),
              QJsonObject{{QStringLiteral("id"), user},
                          {QStringLiteral("name"), user},
                          {QStringLiteral("role"), QStringLiteral("migration-officer")},
                          {QStringLiteral("city"), QStringLiteral("astana")}}}});
    }
    if (is(Route::Health))
        return Answer::json({{QStringLiteral("revision"), m_revision}});
    if (is(Route::Changes))
        return changes(request);
    if (is(Route::Commands))
        return commands(request);
    if (is(Route::ListClaims))
        return Answer::json({{QStringLiteral("claims"), QJsonArray()}});
    // What a site older than these routes answers: the sync goes on without.
    return Answer::json({{QStringLiteral("code"), QStringLiteral("not-found")},
                         {QStringLiteral("message"), QStringLiteral("No such route")}},
                        404);
}

// The cases changed after `since`, oldest first, `limit` at most; the
// members in the order the real server writes them ("more" and "next" last).
FakeServer::Answer FakeServer::changes(const Request &request) const
{
    const qint64 since = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    QJsonArray cases;
    qint64 next = since;
    bool more = false;
    for (const auto &[revision, json] : m_changes) {
        if (revision <= since)
            continue;
        if (cases.size() >= limit) {
            more = true;
            break;
        }
        cases.append(json);
        next = revision;
    }
    return Answer::json({{QStringLiteral("cases"), cases},
                         {QStringLiteral("documents"), QJsonArray()},
                         {QStringLiteral("more"), more},
                         {QStringLiteral("next"), next}});
}

// Each command applied at most once by its id: a repeat is answered
// "duplicate" with the first answer's version, as the real server does.
FakeServer::Answer FakeServer::commands(const Request &request)
{
    QJsonArray results;
    for (const auto &value : request.json().value(u"commands").toArray()) {
        const QJsonObject command = value.toObject();
        const QString id = command.value(u"id").toString();
        if (m_answers.contains(id)) {
            QJsonObject repeat = m_answers.value(id);
            if (repeat.value(u"status").toString() == u"applied")
                repeat.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            results.append(repeat);
            continue;
        }
        const QString caseId = command.value(u"caseId").toString();
        const int version = m_caseVersions.value(caseId);
        QJsonObject answer{{QStringLiteral("id"), id}};
        if (command.value(u"baseVersion").toInt() != version) {
            answer.insert(QStringLiteral("status"), QStringLiteral("conflict"));
            answer.insert(QStringLiteral("code"), QStringLiteral("command.conflict"));
            answer.insert(QStringLiteral("version"), version);
        } else {
            // The case's new version comes with the next pull, once, at a
            // new revision (the feed holds each case at its latest change).
            for (qsizetype i = 0; i < m_changes.size(); ++i) {
                if (m_changes.at(i).second.value(u"id").toString() == caseId) {
                    QJsonObject changed = m_changes.takeAt(i).second;
                    changed.insert(QStringLiteral("version"), version + 1);
                    m_changes.append({++m_revision, changed});
                    break;
                }
            }
            m_caseVersions.insert(caseId, version + 1);
            ++m_appliedCount[id];
            answer.insert(QStringLiteral("status"), QStringLiteral("applied"));
            answer.insert(QStringLiteral("version"), version + 1);
        }
        m_answers.insert(id, answer);
        results.append(answer);
    }
    return Answer::json({{QStringLiteral("results"), results}});
}

} // namespace Kezek::Testing
