#pragma once

#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>

namespace Kezek::Testing {

// The real kezek-server on a free loopback port, with a temporary database
// and a freshly made certificate that the test's clients trust.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList extraArguments = {}, const QString &databaseUrl = {});
    ~ServerProcess();

    bool start(); // false, with a warning, when the server did not come up
    void kill();  // SIGKILL, as a power cut would: no chance to finish anything
    void stop();  // SIGTERM, as systemd stops it: it finishes and exits; the folder stays
    // After stop() or kill(): the same database, certificate and port, as a
    // service restarted where its clients knew it.
    bool startAgain();
    int port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    QString baseUrl() const;
    QSslConfiguration trustingConfiguration() const; // trusts this server's certificate only
    QString standardError();                         // everything the server has logged so far
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QStringList m_arguments;
    QByteArray m_stderr;
    int m_port = 0;
};

// Runs kezek-server with arguments to the end: exit code and standard error.
std::pair<int, QString> runServerToExit(const QStringList &arguments);

} // namespace Kezek::Testing
