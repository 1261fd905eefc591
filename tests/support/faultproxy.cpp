#include "tests/support/faultproxy.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace Kezek::Testing {

namespace {

// The length of the first whole HTTP message in `buffer` (headers and a
// Content-Length body), or -1 while it is not all there.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype body = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const QByteArray header = line.trimmed();
        if (header.toLower().startsWith("content-length:"))
            body = header.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + body;
    return buffer.size() >= total ? total : -1;
}

QByteArray withBody(const QByteArray &response, const QByteArray &body)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    QList<QByteArray> lines;
    for (const QByteArray &line : response.left(end).split('\n')) {
        const QByteArray name = line.trimmed().toLower();
        if (name.startsWith("content-length:"))
            lines.append("Content-Length: " + QByteArray::number(body.size()) + '\r');
        else if (name.startsWith("content-encoding:"))
            continue; // the replacement is the body as the client reads it
        else
            lines.append(line);
    }
    return lines.join('\n') + "\r\n\r\n" + body;
}

} // namespace

struct FaultProxy::Connection
{
    QSslSocket *client = nullptr;
    QSslSocket *upstream = nullptr;
    QByteArray fromClient;
    QByteArray fromUpstream;
    QList<QByteArray> targets; // forwarded requests waiting for their answers
};

FaultProxy::FaultProxy(int upstreamPort, const QString &tlsFolder)
    : m_upstreamPort(upstreamPort)
{
    const QDir dir(tlsFolder);
    const auto certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
    if (!certificates.isEmpty())
        m_certificate = certificates.first();
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    if (key.open(QIODevice::ReadOnly)) {
        const QByteArray pem = key.readAll();
        m_key = QSslKey(pem, QSsl::Ec);
        if (m_key.isNull())
            m_key = QSslKey(pem, QSsl::Rsa);
    }
}

FaultProxy::~FaultProxy()
{
    for (Connection *connection : std::as_const(m_connections)) {
        close(connection);
        delete connection;
    }
}

bool FaultProxy::start()
{
    if (m_certificate.isNull() || m_key.isNull()) {
        qWarning("FaultProxy: the server's certificate or key is missing");
        return false;
    }
    return listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(serverPort());
}

int FaultProxy::requests(const QByteArray &prefix) const
{
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(), [&](const QByteArray &target) {
        return target.startsWith(prefix);
    }));
}

FaultProxy::Rule *FaultProxy::ruleFor(const QByteArray &target)
{
    for (Rule &rule : m_rules) {
        if (rule.times > 0 && target.startsWith(rule.pathPrefix))
            return &rule;
    }
    return nullptr;
}

void FaultProxy::incomingConnection(qintptr descriptor)
{
    auto *connection = new Connection;
    m_connections.append(connection);
    connection->client = new QSslSocket(this);
    connection->upstream = new QSslSocket(this);
    if (!connection->client->setSocketDescriptor(descriptor)) {
        close(connection);
        return;
    }
    connection->client->setLocalCertificate(m_certificate);
    connection->client->setPrivateKey(m_key);
    connection->upstream->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(connection->client, &QSslSocket::readyRead, this, [this, connection] {
        clientData(connection);
    });
    connect(connection->upstream, &QSslSocket::readyRead, this, [this, connection] {
        upstreamData(connection);
    });
    connect(connection->client, &QSslSocket::disconnected, this, [this, connection] {
        close(connection);
    });
    // The server closed its side (after its last answer, say): what it sent
    // is passed on first, then the client's connection is closed gently.
    const auto upstreamGone = [this, connection] {
        if (!connection->client)
            return;
        upstreamData(connection);
        if (connection->client)
            connection->client->disconnectFromHost();
    };
    connect(connection->upstream, &QSslSocket::disconnected, this, upstreamGone);
    connect(connection->upstream, &QSslSocket::errorOccurred, this, upstreamGone);
    connection->client->startServerEncryption();
    connection->upstream->connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                                 quint16(m_upstreamPort));
}

void FaultProxy::clientData(Connection *connection)
{
    connection->fromClient += connection->client->readAll();
    for (qsizetype length = messageLength(connection->fromClient); length > 0 && connection->client;
         length = messageLength(connection->fromClient)) {
        const QByteArray request = connection->fromClient.left(length);
        connection->fromClient.remove(0, length);
        const QByteArray target = request.left(request.indexOf("\r\n")).split(' ').value(1);
        m_seen.append(target);
        if (!m_replay.isEmpty()) {
            // An earlier answer comes again, in place of this one's.
            connection->client->write(std::exchange(m_replay, {}));
            continue;
        }
        connection->targets.append(target);
        connection->upstream->write(request);
    }
}

void FaultProxy::upstreamData(Connection *connection)
{
    if (!connection->upstream)
        return;
    connection->fromUpstream += connection->upstream->readAll();
    for (qsizetype length = messageLength(connection->fromUpstream);
         length > 0 && connection->client;
         length = messageLength(connection->fromUpstream)) {
        const QByteArray response = connection->fromUpstream.left(length);
        connection->fromUpstream.remove(0, length);
        const QByteArray target
            = connection->targets.isEmpty() ? QByteArray() : connection->targets.takeFirst();
        answer(connection, target, response);
    }
}

void FaultProxy::answer(Connection *connection, const QByteArray &target, QByteArray response)
{
    Rule *rule = ruleFor(target);
    if (!rule) {
        connection->client->write(response);
        return;
    }
    --rule->times;
    const qsizetype bodyStart = response.indexOf("\r\n\r\n") + 4;
    switch (rule->fault) {
    case Fault::None:
        connection->client->write(response);
        break;
    case Fault::Cut:
        connection->client->write(response.left(bodyStart + (response.size() - bodyStart) / 2));
        connection->client->flush();
        close(connection);
        break;
    case Fault::Corrupt:
        connection->client->write(withBody(response, rule->replacement));
        break;
    case Fault::Stall: {
        QPointer<QSslSocket> client = connection->client;
        QTimer::singleShot(rule->stallMs, this, [client, response] {
            if (client)
                client->write(response);
        });
        break;
    }
    case Fault::ReplayToNext:
        connection->client->write(response);
        m_replay = response;
        break;
    case Fault::KillBeforeReply:
        if (rule->onKill)
            rule->onKill();
        close(connection);
        break;
    }
}

void FaultProxy::close(Connection *connection)
{
    if (!connection->client)
        return; // closed already
    QSslSocket *client = std::exchange(connection->client, nullptr);
    QSslSocket *upstream = std::exchange(connection->upstream, nullptr);
    client->disconnect(this);
    upstream->disconnect(this);
    client->abort();
    upstream->abort();
    client->deleteLater();
    upstream->deleteLater();
    // The record itself goes once both sockets' queued signals are gone.
    QTimer::singleShot(0, this, [this, connection] {
        m_connections.removeOne(connection);
        delete connection;
    });
}

} // namespace Kezek::Testing
