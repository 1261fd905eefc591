#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QTcpSocket;

namespace Kezek::Testing {

// A stand-in for kezek-server inside the test's own process (issue 32,
// point 3): plain HTTP on loopback, answering the routes a sync calls from
// a small model of a site (cases with revisions, commands applied at most
// once by their id), with any answer scripted in its place: an answer cut
// off mid-body, a 503 with Retry-After, a slow answer, malformed JSON, a
// page that comes again or goes backwards. The sync's real-server tests
// (tst_sync) stay; this one makes the edge cases fast and exact.
//
// It lives in the test's thread: the sync engine waits for each answer in an
// event loop of that thread, which serves this server too.
class FakeServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path; // without the query
        QUrlQuery query;
        QByteArray body;
        std::chrono::steady_clock::time_point at; // when it was read
        QJsonObject json() const;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = 0;         // the answer sent this much later
        bool cutMidBody = false; // the headers and half the body, then the connection closed
        static Answer json(const QJsonObject &object, int status = 200);
    };
    // What a scripted route sends instead, from the request and what the
    // model answered (the model acts first: a command is applied whatever
    // becomes of its answer).
    using Script = std::function<Answer(const Request &, const Answer &modelled)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    bool start();
    QString baseUrl() const; // http://127.0.0.1:port

    // The site's model: cases as the changes feed gives them, each change
    // with its revision (the next one is the highest plus one).
    void putCase(const QJsonObject &json);
    qint64 revision() const { return m_revision; }
    // The commands the model applied, each id once; how many times each id
    // was applied (never more than once on a real server).
    QHash<QString, int> applied() const { return m_appliedCount; }
    // The next `times` requests to `path` (without its query) answered by
    // `script` from what the model answers.
    void script(const QString &path, int times, Script script);
    // Every request received, in order.
    const QList<Request> &requests() const { return m_requests; }
    int count(const QString &path) const;

private:
    void read(QTcpSocket *socket);
    void serve(QTcpSocket *socket, const Request &request);
    Answer modelled(const Request &request);
    Answer changes(const Request &request) const;
    Answer commands(const Request &request);
    static void send(QTcpSocket *socket, const Answer &answer);

    QTcpServer m_listener;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    struct Scripted
    {
        QString path;
        int times = 0;
        Script script;
    };
    QList<Scripted> m_scripts;
    QList<std::pair<qint64, QJsonObject>> m_changes; // (revision, case), oldest first
    QHash<QString, int> m_caseVersions;              // case id -> version
    QHash<QString, QJsonObject> m_answers;           // command id -> its first answer
    QHash<QString, int> m_appliedCount;
    qint64 m_revision = 0;
};

} // namespace Kezek::Testing
