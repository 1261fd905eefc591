#pragma once

#include <QByteArray>
#include <QHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

class QSslSocket;

namespace Kezek::Testing {

// A TLS-terminating HTTP/1.1 proxy on loopback, between the workstation and
// the real server, that misbehaves on request: it presents the server's own
// certificate, so the client's checks pass, and sees each request and answer
// whole. Runs in the thread that made it (the sync engine's nested event loop
// serves it).
class FaultProxy : public QTcpServer
{
public:
    enum class Fault {
        None,
        Cut,            // half of the answer's body, then the connection dropped
        Corrupt,        // the answer's body replaced by `replacement`
        Stall,          // the answer held back `stallMs` before it is sent
        ReplayToNext,   // sent, and sent again in place of the next request's answer
        KillBeforeReply // `onKill` runs (the server dies) before its answer leaves
    };
    struct Rule
    {
        QByteArray pathPrefix; // matched against the request's target
        Fault fault = Fault::None;
        int times = 1; // how many matching answers it spoils
        QByteArray replacement;
        int stallMs = 0;
        std::function<void()> onKill;
    };

    FaultProxy(int upstreamPort, const QString &tlsFolder);
    ~FaultProxy() override;
    bool start();
    QString baseUrl() const;
    void setUpstreamPort(int port) { m_upstreamPort = port; }
    void add(const Rule &rule) { m_rules.append(rule); }
    // Requests seen whose target starts with `prefix`.
    int requests(const QByteArray &prefix) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection;
    void clientData(Connection *connection);
    void upstreamData(Connection *connection);
    void answer(Connection *connection, const QByteArray &target, QByteArray response);
    void close(Connection *connection);
    Rule *ruleFor(const QByteArray &target);

    int m_upstreamPort;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<Connection *> m_connections;
    QList<Rule> m_rules;
    QList<QByteArray> m_seen;
    QByteArray m_replay; // an answer waiting to be sent again
};

} // namespace Kezek::Testing
