#include "tests/support/serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>

namespace Kezek::Testing {

ServerProcess::ServerProcess(QStringList extraArguments, const QString &databaseUrl)
{
    m_arguments = {QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1"),
                   QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("--dev-cert"),
                   m_dir.filePath(QStringLiteral("tls")),
                   QStringLiteral("--database"),
                   databaseUrl.isEmpty()
                       ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"))
                       : databaseUrl};
    // Tests sign in hundreds of times from one address, often at once: the
    // sign-in limits are set out of their way unless a test sets them (the
    // limits have tests of their own). Sign-ins beyond the workers wait for
    // one; each worker keeps a database connection, and two servers share
    // the test cluster's hundred.
    if (!extraArguments.contains(QStringLiteral("--sign-in-rate")))
        m_arguments += {QStringLiteral("--sign-in-rate"), QStringLiteral("100000")};
    if (!extraArguments.contains(QStringLiteral("--sign-in-workers")))
        m_arguments += {QStringLiteral("--sign-in-workers"), QStringLiteral("8")};
    m_arguments += extraArguments;
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start()
{
    m_process.start(QStringLiteral(KEZEK_SERVER_PATH), m_arguments);
    static const QRegularExpression listening(
        QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
    }
    m_stderr += m_process.readAllStandardError();
    qWarning("kezek-server did not start: %s", m_stderr.constData());
    return false;
}

bool ServerProcess::startAgain()
{
    const qsizetype port = m_arguments.indexOf(QStringLiteral("--port"));
    if (port < 0 || port + 1 >= m_arguments.size() || m_port == 0)
        return false;
    m_arguments[port + 1] = QString::number(m_port);
    return start();
}

QString ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

void ServerProcess::stop()
{
    m_process.terminate();
    m_process.waitForFinished(15000);
    m_stderr += m_process.readAllStandardError();
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QSslConfiguration ServerProcess::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(
        QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("tls/cert.pem"))));
    return configuration;
}

std::pair<int, QString> runServerToExit(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KEZEK_SERVER_PATH), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {-1, QStringLiteral("did not exit")};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Kezek::Testing
