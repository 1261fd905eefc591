#include "tests/support/serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <thread>
#include <vector>

using namespace Kezek::Testing;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Answer get(const ServerProcess &server, const QString &path, bool trust = true)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server.baseUrl() + path));
    if (trust)
        request.setSslConfiguration(server.trustingConfiguration());
    QNetworkReply *reply = manager.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        qFatal("no answer from the server");
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->error(),
                  reply->readAll(),
                  reply->sslConfiguration().sessionProtocol()};
    reply->deleteLater();
    return answer;
}

// A TLS connection the test drives byte by byte.
std::unique_ptr<QSslSocket> connectRaw(const ServerProcess &server)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(server.trustingConfiguration());
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                   static_cast<quint16>(server.port()));
    if (!socket->waitForEncrypted(10000))
        qFatal("TLS handshake failed: %s", qPrintable(socket->errorString()));
    return socket;
}

} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthAnswersOverVerifiedTls();
    void anUntrustedCertificateStopsTheClient();
    void unknownRouteGetsAJsonError();
    void oversizeBodyIsRefusedBeforeItIsRead_data();
    void oversizeBodyIsRefusedBeforeItIsRead();
    void silentClientIsDropped();
    void oldCiphersAreRefused();
    void metricsCountTheResponses();
    void healthOnPostgresql();
    void aRestartedDatabaseIsReconnected();
    void badSettingsStopTheServerWithAReason_data();
    void badSettingsStopTheServerWithAReason();
    void aSettingsFileWithCommentsIsRead();
    void hangUpDoesNotStopTheServer();
    void nobodyWritesALineOfTheJournal();
    void longJournalLinesWrittenAtOnceStayWhole();
    void signInIsLimitedPerRealClientAddress();

private:
    std::unique_ptr<ServerProcess> m_server;
};

void TestServerHttp::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--read-timeout"),
                                                           QStringLiteral("2"),
                                                           QStringLiteral("--max-body"),
                                                           QStringLiteral("65536")});
    QVERIFY(m_server->start());
}

void TestServerHttp::healthAnswersOverVerifiedTls()
{
    const Answer answer = get(*m_server, QStringLiteral("/health"));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(answer.json().value(u"database").toString(), QStringLiteral("sqlite"));
    QCOMPARE(answer.json().value(u"revision").toInt(-1), 0);
    QVERIFY(answer.protocol == QSsl::TlsV1_3 || answer.protocol == QSsl::TlsV1_2);
}

void TestServerHttp::anUntrustedCertificateStopsTheClient()
{
    const Answer answer = get(*m_server, QStringLiteral("/health"), false);
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(answer.body.isEmpty());
}

void TestServerHttp::unknownRouteGetsAJsonError()
{
    const Answer answer = get(*m_server, QStringLiteral("/api/v1/../../etc/passwd"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json().value(u"code").toString(), QStringLiteral("not-found"));
    QVERIFY(!answer.json().value(u"message").toString().isEmpty());
}

void TestServerHttp::oversizeBodyIsRefusedBeforeItIsRead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("commands") << QByteArray("POST /api/v1/commands HTTP/1.1\r\nContent-Type: "
                                            "application/json\r\n");
    QTest::newRow("scan") << QByteArray("PUT /api/v1/documents/" + QByteArray(64, 'a')
                                        + "?case=x&name=a.pdf HTTP/1.1\r\nContent-Type: "
                                          "application/pdf\r\n");
}

void TestServerHttp::oversizeBodyIsRefusedBeforeItIsRead()
{
    QFETCH(QByteArray, head);
    auto socket = connectRaw(*m_server);
    // 100 MiB announced, a few bytes sent: the answer must come without the rest.
    socket->write(head + "Host: 127.0.0.1\r\nContent-Length: 104857600\r\n\r\n[{\"id\":");
    QVERIFY(socket->waitForBytesWritten(5000));
    QByteArray response;
    QVERIFY(QTest::qWaitFor(
        [&] {
            socket->waitForReadyRead(100);
            response += socket->readAll();
            return response.contains("}");
        },
        10000));
    QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
    QVERIFY(response.contains("\"code\":\"too-large\""));
    QCOMPARE(get(*m_server, QStringLiteral("/health")).status, 200); // and it stays up
}

void TestServerHttp::silentClientIsDropped()
{
    auto socket = connectRaw(*m_server);
    socket->write("GET /health HTTP/1.1\r\nHost: 127.");
    QVERIFY(socket->waitForBytesWritten(5000));
    // --read-timeout 2: the server hangs up on a client that stops mid-request.
    QVERIFY(QTest::qWaitFor(
        [&] {
            socket->waitForReadyRead(100);
            return socket->state() == QAbstractSocket::UnconnectedState;
        },
        15000));
    QVERIFY(!socket->readAll().startsWith("HTTP/1.1 200"));
}

void TestServerHttp::oldCiphersAreRefused()
{
    QSslSocket socket;
    QSslConfiguration configuration = m_server->trustingConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2);
    configuration.setCiphers(
        QStringLiteral("AES128-SHA:AES256-SHA")); // no forward secrecy, no AEAD
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                  static_cast<quint16>(m_server->port()));
    QVERIFY(!socket.waitForEncrypted(10000));

    QSslSocket modern;
    QSslConfiguration tls12 = m_server->trustingConfiguration();
    tls12.setProtocol(QSsl::TlsV1_2);
    modern.setSslConfiguration(tls12);
    modern.connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                  static_cast<quint16>(m_server->port()));
    QVERIFY(modern.waitForEncrypted(10000));
    QVERIFY(modern.sessionCipher().name().startsWith(QStringLiteral("ECDHE-")));
}

void TestServerHttp::metricsCountTheResponses()
{
    (void)get(*m_server, QStringLiteral("/no-such-page"));
    const Answer answer = get(*m_server, QStringLiteral("/metrics"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("kezek_http_responses_total{code=\"404\"}"));
    QVERIFY(answer.body.contains("kezek_revision 0"));
}

void TestServerHttp::healthOnPostgresql()
{
    const QString url = qEnvironmentVariable("KEZEK_TEST_POSTGRES_URL");
    if (url.isEmpty())
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
    ServerProcess server({}, url);
    QVERIFY(server.start());
    const Answer answer = get(server, QStringLiteral("/health"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"database").toString(), QStringLiteral("postgresql"));
}

void TestServerHttp::aRestartedDatabaseIsReconnected()
{
    const QString admin = qEnvironmentVariable("KEZEK_TEST_POSTGRES_URL");
    if (admin.isEmpty())
        QSKIP("no PostgreSQL cluster: scripts/test.sh starts one and sets KEZEK_TEST_POSTGRES_URL");
    // The server reaches PostgreSQL through a relay that can drop every
    // connection at once, as a database restart or a failover does. It runs
    // on a thread of its own: the test's thread blocks while the server starts.
    const QUrl database(admin);
    QThread relayThread;
    relayThread.start();
    auto *relay = new QTcpServer;
    relay->moveToThread(&relayThread);
    QList<QPointer<QTcpSocket>> sockets; // used on the relay's thread only
    bool listening = false;
    QMetaObject::invokeMethod(
        relay,
        [&] {
            QObject::connect(relay, &QTcpServer::newConnection, relay, [&] {
                while (QTcpSocket *client = relay->nextPendingConnection()) {
                    auto *upstream = new QTcpSocket(client);
                    upstream->connectToHost(QStringLiteral("127.0.0.1"),
                                            quint16(database.port(5432)));
                    QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                        if (upstream->state() == QAbstractSocket::ConnectedState)
                            upstream->write(client->readAll());
                    });
                    QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                        upstream->write(client->readAll());
                    });
                    QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] {
                        client->write(upstream->readAll());
                    });
                    QObject::connect(
                        upstream, &QTcpSocket::disconnected, client, &QTcpSocket::close);
                    QObject::connect(
                        client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                    sockets.append(client);
                    sockets.append(upstream);
                }
            });
            listening = relay->listen(QHostAddress::LocalHost);
        },
        Qt::BlockingQueuedConnection);
    const auto stopRelay = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            relay, [relay] { delete relay; }, Qt::BlockingQueuedConnection);
        relayThread.quit();
        relayThread.wait();
    });
    QVERIFY(listening);
    const quint16 relayPort = relay->serverPort();
    QUrl through = database;
    through.setPort(relayPort);
    // One worker thread, so that the request after the drop meets the dead connection.
    ServerProcess server({QStringLiteral("--threads"), QStringLiteral("1")}, through.toString());
    QVERIFY(server.start());
    QCOMPARE(get(server, QStringLiteral("/health")).status, 200);

    const auto dropEveryConnection = [&] {
        QMetaObject::invokeMethod(
            relay,
            [&sockets] {
                for (const QPointer<QTcpSocket> &socket : std::as_const(sockets)) {
                    if (socket)
                        socket->abort();
                }
            },
            Qt::BlockingQueuedConnection);
    };
    dropEveryConnection();
    QCOMPARE(get(server, QStringLiteral("/health")).status, 503);
    // The database is back: the next request is answered, without a restart.
    QCOMPARE(get(server, QStringLiteral("/health")).status, 200);

    // A request with a session meets the break as a 503 to retry, not as a
    // 401 that would send the workstation to sign in again.
    dropEveryConnection();
    QNetworkAccessManager manager;
    QNetworkRequest changes(QUrl(server.baseUrl() + QStringLiteral("/api/v1/changes")));
    changes.setSslConfiguration(server.trustingConfiguration());
    changes.setRawHeader("Authorization", "Bearer some-session");
    QNetworkReply *reply = manager.get(changes);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    reply->deleteLater();
    QCOMPARE(get(server, QStringLiteral("/health")).status, 200);
}

void TestServerHttp::badSettingsStopTheServerWithAReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString cert = m_server->folder() + QStringLiteral("/tls");
    QTest::newRow("port not a number") << QStringList{QStringLiteral("--dev-cert"),
                                                      cert,
                                                      QStringLiteral("--port"),
                                                      QStringLiteral("abc")}
                                       << 2 << "port";
    QTest::newRow("no TLS") << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << 2
                            << "HTTPS";
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")} << 2
                                  << "frobnicate";
    QTest::newRow("unknown database") << QStringList{QStringLiteral("--dev-cert"),
                                                     cert,
                                                     QStringLiteral("--database"),
                                                     QStringLiteral("mysql://root@127.0.0.1/x")}
                                      << 1 << "sqlite:PATH";
    QTest::newRow("missing key file") << QStringList{QStringLiteral("--cert"),
                                                     cert + QStringLiteral("/cert.pem"),
                                                     QStringLiteral("--key"),
                                                     QStringLiteral("/nonexistent/key.pem"),
                                                     QStringLiteral("--signing-ca"),
                                                     cert + QStringLiteral("/cert.pem"),
                                                     QStringLiteral("--database"),
                                                     QStringLiteral("sqlite::memory:")}
                                      << 1 << "key.pem";
    QTest::newRow("no signing authority") << QStringList{QStringLiteral("--cert"),
                                                         cert + QStringLiteral("/cert.pem"),
                                                         QStringLiteral("--key"),
                                                         cert + QStringLiteral("/key.pem"),
                                                         QStringLiteral("--database"),
                                                         QStringLiteral("sqlite::memory:")}
                                          << 2 << "--signing-ca";
}

void TestServerHttp::badSettingsStopTheServerWithAReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const auto [code, error] = runServerToExit(arguments);
    QCOMPARE(code, exitCode);
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestServerHttp::aSettingsFileWithCommentsIsRead()
{
    // As the package installs it: comments, settings commented out, and real ones.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kezek-server.conf"));
    const auto write = [&path](const QByteArray &text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    write("# kezek-server settings\n"
          "#cert=/etc/kezek/tls/server-chain.pem\n"
          "; the INI way\n"
          "threads=2\n"
          "claim-minutes=60\n");
    ServerProcess server({QStringLiteral("--config"), path});
    QVERIFY2(server.start(), qPrintable(server.standardError()));
    QCOMPARE(get(server, QStringLiteral("/health")).status, 200);

    // A setting the file gets wrong stops the server and names it.
    write("# kezek-server settings\nthreads=many\n");
    auto [code, error] = runServerToExit({QStringLiteral("--config"),
                                          path,
                                          QStringLiteral("--dev-cert"),
                                          m_server->folder() + QStringLiteral("/tls")});
    QCOMPARE(code, 2);
    QVERIFY2(error.contains(u"threads"), qPrintable(error));
    write("listen=127.0.0.1\nthread=4\n");
    std::tie(code, error) = runServerToExit({QStringLiteral("--config"),
                                             path,
                                             QStringLiteral("--dev-cert"),
                                             m_server->folder() + QStringLiteral("/tls")});
    QCOMPARE(code, 2);
    QVERIFY2(error.contains(u"\"thread\""), qPrintable(error));
}

void TestServerHttp::hangUpDoesNotStopTheServer()
{
    // An operator's "kill -HUP" out of habit: systemd would not restart a
    // server that died of it, so the server says why it ignores it and goes on.
    ServerProcess server;
    QVERIFY(server.start());
    QCOMPARE(::kill(static_cast<pid_t>(server.processId()), SIGHUP), 0);
    QTRY_VERIFY(server.standardError().contains(u"sighup"));
    QCOMPARE(get(server, QStringLiteral("/health")).status, 200);
}

void TestServerHttp::nobodyWritesALineOfTheJournal()
{
    // The operations guide's alerting greps the journal for ERROR lines and
    // sign-ins: what a client sends before it is even known (a URL path, the
    // user name it signs in with) must stay inside one escaped field.
    const QString before = m_server->standardError();
    const QByteArray forged = "2026-01-01T00:00:00.000Z ERROR database message=down";
    auto socket = connectRaw(*m_server);
    socket->write("GET /x%0A" + QByteArray(forged).replace(' ', "%20")
                  + "%1B%5B2J HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QVERIFY(socket->waitForBytesWritten(5000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !socket->waitForReadyRead(100)
                   && socket->state() == QAbstractSocket::UnconnectedState;
        },
        10000));

    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_server->baseUrl() + QStringLiteral("/api/v1/session")));
    request.setSslConfiguration(m_server->trustingConfiguration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QString user = QStringLiteral("nobody\n2026-01-01T00:00:00.000Z INFO login user=admin "
                                        "remote=10.0.0.9\u001b[2J\u202e\" status=\"200");
    QNetworkReply *reply
        = manager.post(request,
                       QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                 {QStringLiteral("password"), QStringLiteral("x")}})
                           .toJson(QJsonDocument::Compact));
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();

    QString logged;
    QVERIFY(QTest::qWaitFor(
        [&] {
            logged = m_server->standardError().mid(before.size());
            return logged.contains(u"login-failed");
        },
        10000));
    static const QRegularExpression lineStart(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (INFO|WARN|ERROR) [a-z-]+( |$)"));
    for (const QString &line : logged.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(lineStart.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(!line.contains(QChar(0x1b)) && !line.contains(QChar(0x202e)), qPrintable(line));
        QVERIFY2(!line.startsWith(u"2026-01-01T00:00:00.000Z"), qPrintable(line));
    }
    // What was sent is all there, readable, each in its own field.
    QVERIFY2(logged.contains(u"path=\"/x\\n2026-01-01T00:00:00.000Z ERROR database message=down"
                             u"\\u{1b}[2J\""),
             qPrintable(logged));
    QVERIFY2(logged.contains(u"user=\"nobody\\n2026-01-01T00:00:00.000Z INFO login user=admin "
                             u"remote=10.0.0.9\\u{1b}[2J\\u{202e}\\\" status=\\\"200\""),
             qPrintable(logged));
}

void TestServerHttp::longJournalLinesWrittenAtOnceStayWhole()
{
    // A path as long as a head may be, escaped, makes a journal line several
    // times what one write to a pipe puts out whole. Written at once by the
    // server's threads into a journal that is not read for a moment (the
    // pipe full), each line must stay whole: a part of one after another's
    // would start a line with text the client chose.
    const QString before = m_server->standardError();
    QByteArray path = "/x";
    for (int i = 0; i < 2500; ++i)
        path += "%01";
    path += "%0A2026-01-01T00:00:00.000Z%20ERROR%20database%20message=forged";
    constexpr int Clients = 6;
    constexpr int Each = 8;
    std::atomic<int> answered{0};
    std::vector<std::thread> clients;
    for (int c = 0; c < Clients; ++c) {
        clients.emplace_back([&] {
            auto socket = connectRaw(*m_server);
            for (int i = 0; i < Each; ++i)
                socket->write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QByteArray answers;
            QElapsedTimer waited;
            waited.start();
            while (answers.count("HTTP/1.1 404") < Each && waited.elapsed() < 60000) {
                socket->waitForBytesWritten(100);
                if (socket->waitForReadyRead(100))
                    answers += socket->readAll();
            }
            answered += int(answers.count("HTTP/1.1 404"));
        });
    }
    // The journal left unread while the requests come in: the server's
    // threads meet a full pipe in the middle of their lines.
    QThread::msleep(2000);
    QString logged;
    const bool allLogged = QTest::qWaitFor(
        [&] {
            logged = m_server->standardError().mid(before.size());
            return logged.count(u"path=\"/x\\u{1}") >= Clients * Each;
        },
        60000);
    for (std::thread &client : clients)
        client.join();
    QCOMPARE(answered.load(), Clients * Each);
    QVERIFY2(allLogged, qPrintable(logged.right(2000)));
    static const QRegularExpression lineStart(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (INFO|WARN|ERROR) [a-z-]+( |$)"));
    for (const QString &line : logged.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(lineStart.match(line).hasMatch(), qPrintable(line.left(300)));
        QVERIFY2(!line.startsWith(u"2026-01-01T00:00:00.000Z"), qPrintable(line.left(300)));
    }
}

namespace {

struct SignInAnswer
{
    int status = 0;
    QByteArray retryAfter;
};

SignInAnswer
signInFrom(const ServerProcess &server, const QString &user, const QByteArray &forwarded)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/api/v1/session")));
    request.setSslConfiguration(server.trustingConfiguration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!forwarded.isEmpty())
        request.setRawHeader("X-Forwarded-For", forwarded);
    QNetworkReply *reply = manager.post(
        request,
        QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                  {QStringLiteral("password"), QStringLiteral("a guess")}})
            .toJson(QJsonDocument::Compact));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        qFatal("no answer from the server");
    SignInAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return answer;
}

} // namespace

void TestServerHttp::signInIsLimitedPerRealClientAddress()
{
    // Behind nginx every request comes from the proxy: the limit counts the
    // client nginx names, and only nginx may name one.
    ServerProcess behindProxy({QStringLiteral("--sign-in-rate"),
                               QStringLiteral("3"),
                               QStringLiteral("--trusted-proxy"),
                               QStringLiteral("127.0.0.1")});
    QVERIFY(behindProxy.start());
    int name = 0;
    const auto guess = [&name](const ServerProcess &server, const QByteArray &forwarded) {
        return signInFrom(server, QStringLiteral("guess.%1").arg(++name), forwarded);
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(guess(behindProxy, "203.0.113.7").status, 401);
    const SignInAnswer fourth = guess(behindProxy, "203.0.113.7");
    QCOMPARE(fourth.status, 429);
    QVERIFY2(fourth.retryAfter.toInt() >= 1 && fourth.retryAfter.toInt() <= 20,
             fourth.retryAfter.constData());
    // Another client behind the same proxy is not held back by the first.
    QCOMPARE(guess(behindProxy, "203.0.113.8").status, 401);
    // A client that writes its own X-Forwarded-For in front of nginx's does
    // not escape: the address nginx appended is the one counted.
    QCOMPARE(guess(behindProxy, "198.51.100.1, 203.0.113.7").status, 429);

    // Without a trusted proxy the header is anybody's word and ignored: every
    // try from this address counts as this address's, whatever it claims.
    ServerProcess direct({QStringLiteral("--sign-in-rate"), QStringLiteral("3")});
    QVERIFY(direct.start());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(guess(direct, QByteArray("198.51.100.") + QByteArray::number(i + 10)).status, 401);
    QCOMPARE(guess(direct, "198.51.100.99").status, 429);
    // Refused quickly, the server still answers everyone else.
    QCOMPARE(get(direct, QStringLiteral("/health")).status, 200);
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
