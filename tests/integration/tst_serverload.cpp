// The server holds the load: no client can starve it, and nothing a client
// sends before it is authenticated can exhaust its memory. The real server
// over real TLS on loopback; the clients come from many 127.0.0.0/8
// addresses, as a city's workstations would, so the per-address caps see
// many clients. No timing is asserted: every request must be served, and the
// server's memory must stay bounded.
#include "tests/support/serverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <zlib.h>

#include <memory>
#include <vector>

using namespace Kezek::Testing;

namespace {

// The connection settings of the server under test: a small body limit, a
// per-address cap the flood passes, and deadlines longer than each test.
constexpr int MaxBody = 65536;
constexpr int PerAddress = 128;

// A value of /proc/PID/status in KiB ("VmHWM", "VmRSS").
qint64 statusKiB(qint64 pid, QByteArrayView field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QHostAddress loopback(int third, int fourth)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(third).arg(fourth));
}

// A TLS connection from `from`, encrypted or nullptr.
std::unique_ptr<QSslSocket> connectFrom(const ServerProcess &server, const QHostAddress &from)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(server.trustingConfiguration());
    if (!socket->bind(from))
        qFatal("cannot bind to %s", qPrintable(from.toString()));
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                   static_cast<quint16>(server.port()));
    if (!socket->waitForEncrypted(20000))
        return nullptr;
    return socket;
}

// Whatever the server answers on `socket` until it has a whole JSON error
// or closes.
QByteArray answerOn(QSslSocket &socket, int timeoutMs = 20000)
{
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            socket.waitForReadyRead(50);
            answer += socket.readAll();
            return (answer.contains("\r\n\r\n") && answer.endsWith("}"))
                   || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return answer + socket.readAll();
}

QByteArray errorCode(const QByteArray &answer)
{
    const qsizetype body = answer.indexOf("\r\n\r\n");
    return QJsonDocument::fromJson(answer.mid(body + 4))
        .object()
        .value(u"code")
        .toString()
        .toUtf8();
}

// `size` zero bytes, gzipped as they stream through (never all in memory).
QByteArray gzippedZeros(qint64 size)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    QByteArray chunk(256 * 1024, '\0');
    for (qint64 left = size; left >= 0;) {
        const qint64 now = std::min<qint64>(left, zeros.size());
        left -= now;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = static_cast<uInt>(now);
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
            stream.avail_out = static_cast<uInt>(chunk.size());
            deflate(&stream, flush);
            out.append(chunk.constData(), chunk.size() - stream.avail_out);
        } while (stream.avail_out == 0);
        if (flush == Z_FINISH)
            break;
    }
    deflateEnd(&stream);
    return out;
}

// `count` /health requests at once from 127.0.0.1: how many answered 200.
int freshHealthServed(const ServerProcess &server, int count)
{
    QNetworkAccessManager manager;
    std::vector<QNetworkReply *> replies;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/health")));
        request.setSslConfiguration(server.trustingConfiguration());
        replies.push_back(manager.get(request));
    }
    (void)QTest::qWaitFor(
        [&] {
            return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *reply) {
                return reply->isFinished();
            });
        },
        30000);
    int served = 0;
    for (QNetworkReply *reply : replies) {
        served += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
    }
    return served;
}

} // namespace

class TestServerLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idleAndSlowClientsDoNotStarveOthers();
    void anOversizedHeadIsRefused_data();
    void anOversizedHeadIsRefused();
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit();
    void aGzipBombIsRefusedWithoutBeingInflated();
    void aPackedBodyWithinTheLimitIsRead();
    void anUnknownEncodingIsRefused();
    void aFloodFromOneAddressIsCappedWhileOthersAreServed();
    void everyAnswerForbidsSniffingAndRemembersHttps();
    void headIsAnsweredAsGetWithoutItsBody();
    void theProxysIdleConnectionsOutlastItsOwnKeepAlive();

private:
    std::unique_ptr<ServerProcess> m_server;
};

void TestServerLoad::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(
        QStringList{QStringLiteral("--read-timeout"),
                    QStringLiteral("30"),
                    QStringLiteral("--max-body"),
                    QString::number(MaxBody),
                    QStringLiteral("--max-connections-per-address"),
                    QString::number(PerAddress)});
    QVERIFY(m_server->start());
}

// Issue "The server holds the load": 1,000 idle TCP connections and 100
// TLS clients sending their head a byte at a time are held open, from ten
// and a hundred addresses, while 20 fresh /health requests are all served.
void TestServerLoad::idleAndSlowClientsDoNotStarveOthers()
{
    const qint64 pid = m_server->processId();
    const qint64 rssBefore = statusKiB(pid, "VmRSS");
    std::vector<std::unique_ptr<QSslSocket>> slow;
    for (int i = 0; i < 100; ++i) {
        auto socket = connectFrom(*m_server, loopback(2, 1 + i));
        QVERIFY2(socket, "a slow client could not even connect");
        socket->write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        slow.push_back(std::move(socket));
    }
    // The idle ones last: a connection that sends nothing is dropped after
    // the handshake's deadline (10 s), which opening the slow ones may take.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 1000; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY(socket->bind(loopback(1, 1 + i / 100)));
        socket->connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_server->port()));
        idle.push_back(std::move(socket));
    }
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, this, [&slow] {
        for (const auto &socket : slow)
            socket->write("a");
    });
    drip.start(500);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(idle.begin(), idle.end(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::ConnectedState;
            });
        },
        20000));

    QCOMPARE(freshHealthServed(*m_server, 20), 20);

    // All of them still held: none was dropped to make room.
    const auto held = std::count_if(idle.begin(), idle.end(), [](const auto &socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    });
    const auto slowHeld = std::count_if(slow.begin(), slow.end(), [](const auto &socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    });
    const qint64 rssHeld = statusKiB(pid, "VmRSS");
    qInfo("held %lld idle and %lld slow connections; server memory %lld KiB, then %lld KiB",
          static_cast<long long>(held),
          static_cast<long long>(slowHeld),
          rssBefore,
          rssHeld);
    QCOMPARE(held, 1000);
    QCOMPARE(slowHeld, 100);
    // A held connection costs memory, bounded: well under 100 KiB each, even
    // with the sanitizers' own overhead.
    QVERIFY2(rssHeld - rssBefore < 100 * 1024, qPrintable(QString::number(rssHeld - rssBefore)));
}

void TestServerLoad::anOversizedHeadIsRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("one header of 20 KiB") << "X-Big: " + QByteArray(20 * 1024, 'a') + "\r\n";
    QByteArray many;
    for (int i = 0; i < 100; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": a\r\n";
    QTest::newRow("100 headers") << many;
}

// Issue "The server holds the load": 431 for a head too large or with too
// many headers, before any authentication; the connection closes.
void TestServerLoad::anOversizedHeadIsRefused()
{
    QFETCH(QByteArray, headers);
    auto socket = connectFrom(*m_server, loopback(3, 1));
    QVERIFY(socket);
    socket->write("GET /api/v1/changes HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n");
    const QByteArray answer = answerOn(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    QCOMPARE(errorCode(answer), QByteArray("head-too-large"));
    QVERIFY(QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; },
                            10000));
}

// Issue "The server holds the load": a chunked body is refused with 413 as
// soon as it passes the limit, before the 401 its missing session would
// earn, and without the server taking the rest (it was read whole before,
// to 1.2 GiB for a 150 MiB upload).
void TestServerLoad::aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit()
{
    const qint64 pid = m_server->processId();
    const qint64 peakBefore = statusKiB(pid, "VmHWM");
    auto socket = connectFrom(*m_server, loopback(3, 2));
    QVERIFY(socket);
    socket->write("POST /api/v1/commands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  "application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece(256 * 1024, 'x');
    const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    QByteArray answer;
    qint64 sent = 0;
    // Up to 150 MiB, stopping at the answer.
    while (sent < 150LL * 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState
           && !answer.contains("\r\n\r\n")) {
        socket->write(chunk);
        sent += piece.size();
        socket->waitForBytesWritten(1000);
        socket->waitForReadyRead(10);
        answer += socket->readAll();
    }
    answer += answerOn(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QCOMPARE(errorCode(answer), QByteArray("too-large"));
    QVERIFY2(sent < 100LL * 1024 * 1024, "the server went on reading past the limit");
    const qint64 grown = statusKiB(pid, "VmHWM") - peakBefore;
    QVERIFY2(grown < 64 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
    QCOMPARE(freshHealthServed(*m_server, 1), 1);
}

// Issue "The server holds the load": 60 KiB of gzip that would inflate to
// 300 MiB is refused with 413 once its decoded size passes the limit; the
// server's peak memory barely moves.
void TestServerLoad::aGzipBombIsRefusedWithoutBeingInflated()
{
    const QByteArray bomb = gzippedZeros(60LL * 1024 * 1024);
    QVERIFY(bomb.size() < MaxBody);
    const qint64 pid = m_server->processId();
    const qint64 peakBefore = statusKiB(pid, "VmHWM");
    auto socket = connectFrom(*m_server, loopback(3, 3));
    QVERIFY(socket);
    socket->write("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  "application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
                  + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb);
    const QByteArray answer = answerOn(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QCOMPARE(errorCode(answer), QByteArray("too-large"));
    const qint64 grown = statusKiB(pid, "VmHWM") - peakBefore;
    QVERIFY2(grown < 32 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
}

// A gzipped body within its limit is unpacked and read like any other: here
// a sign-in with a wrong password, judged on its content.
void TestServerLoad::aPackedBodyWithinTheLimitIsRead()
{
    const QByteArray json = R"({"user":"nobody","password":"wrong-password"})";
    QByteArray packed = qCompress(json);
    packed.remove(0, 4); // qCompress's own length prefix; the rest is zlib (deflate)
    auto socket = connectFrom(*m_server, loopback(3, 4));
    QVERIFY(socket);
    socket->write("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  "application/json\r\nContent-Encoding: deflate\r\nContent-Length: "
                  + QByteArray::number(packed.size()) + "\r\n\r\n" + packed);
    const QByteArray answer = answerOn(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(300).constData());
    QCOMPARE(errorCode(answer), QByteArray("bad-credentials"));
}

void TestServerLoad::anUnknownEncodingIsRefused()
{
    auto socket = connectFrom(*m_server, loopback(3, 5));
    QVERIFY(socket);
    socket->write("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                  "application/json\r\nContent-Encoding: br\r\nContent-Length: 2\r\n\r\n{}");
    const QByteArray answer = answerOn(*socket);
    QVERIFY2(answer.startsWith("HTTP/1.1 415"), answer.left(300).constData());
    QCOMPARE(errorCode(answer), QByteArray("unsupported-encoding"));
}

// Issue "The server holds the load": one address holding its share of
// connections gets 503 with Retry-After for more, while another address is
// served; its connections given back, it is served again.
void TestServerLoad::aFloodFromOneAddressIsCappedWhileOthersAreServed()
{
    const QHostAddress flooder = loopback(4, 1);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < PerAddress; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY(socket->bind(flooder));
        socket->connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_server->port()));
        QVERIFY(socket->waitForConnected(5000));
        held.push_back(std::move(socket));
    }
    QTest::qWait(300); // the server has counted them
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
        auto socket = connectFrom(*m_server, flooder);
        QVERIFY(socket);
        const QByteArray answer = answerOn(*socket);
        if (answer.startsWith("HTTP/1.1 503") && answer.contains("Retry-After: ")
            && errorCode(answer) == "server.too-many-connections")
            ++refused;
    }
    QCOMPARE(refused, 10);
    QCOMPARE(freshHealthServed(*m_server, 5), 5);

    held.clear();
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto socket = connectFrom(*m_server, flooder);
            if (!socket)
                return false;
            socket->write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            return answerOn(*socket, 5000).startsWith("HTTP/1.1 200");
        },
        10000));
}

void TestServerLoad::everyAnswerForbidsSniffingAndRemembersHttps()
{
    for (const QByteArray &path :
         {QByteArray("/health"), QByteArray("/api/v1/changes"), QByteArray("/no/such/route")}) {
        auto socket = connectFrom(*m_server, loopback(3, 6));
        QVERIFY(socket);
        socket->write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        const QByteArray answer = answerOn(*socket);
        QVERIFY2(answer.contains("\r\nX-Content-Type-Options: nosniff\r\n"), path.constData());
        QVERIFY2(answer.contains("\r\nStrict-Transport-Security: max-age="), path.constData());
    }
}

// A monitor's HEAD /health: GET's status and length, no body, and the
// connection goes on to the next request intact (RFC 9110 9.3.2).
void TestServerLoad::headIsAnsweredAsGetWithoutItsBody()
{
    auto socket = connectFrom(*m_server, loopback(3, 7));
    QVERIFY(socket);
    socket->write("HEAD /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                  "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const QByteArray answers = answerOn(*socket);
    QVERIFY2(answers.startsWith("HTTP/1.1 200"), answers.left(200).constData());
    const qsizetype second = answers.indexOf("HTTP/1.1 ", 1);
    QVERIFY2(second > 0, answers.constData());
    // Nothing between the HEAD answer's headers and the GET's status line.
    QVERIFY(answers.mid(0, second).endsWith("\r\n\r\n"));
    QVERIFY(answers.mid(second).startsWith("HTTP/1.1 200"));
    QVERIFY(answers.mid(second).contains("\"status\":\"ok\""));
}

// docs/operations.md §13: nginx keeps idle upstream connections for 60 s
// and sends the next request on one without asking. The server keeps the
// proxy's open for longer (75 s), so that nginx, not the server, closes
// them: a request never goes out on a connection being closed under it
// ("upstream prematurely closed connection", and a retry on the other
// server). Anybody else's idle connection still goes after 5 s.
void TestServerLoad::theProxysIdleConnectionsOutlastItsOwnKeepAlive()
{
    ServerProcess behindProxy({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.4.1")});
    QVERIFY(behindProxy.start());
    auto proxy = connectFrom(behindProxy, loopback(4, 1));
    auto client = connectFrom(behindProxy, loopback(4, 2));
    QVERIFY(proxy && client);
    const QByteArray health = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    for (QSslSocket *socket : {proxy.get(), client.get()}) {
        socket->write(health);
        QVERIFY(answerOn(*socket).startsWith("HTTP/1.1 200"));
    }
    // Past the keep-alive of 5 s: the client's is closed, the proxy's serves on.
    QVERIFY(QTest::qWaitFor(
        [&] {
            client->waitForReadyRead(50);
            return client->state() == QAbstractSocket::UnconnectedState;
        },
        15000));
    QCOMPARE(proxy->state(), QAbstractSocket::ConnectedState);
    QTest::qWait(1000);
    proxy->write(health);
    QVERIFY(answerOn(*proxy).startsWith("HTTP/1.1 200"));
}

QTEST_MAIN(TestServerLoad)
#include "tst_serverload.moc"
