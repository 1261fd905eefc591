#include "tests/support/serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek::Testing;

// The server's TLS as an outside auditor sees it: testssl.sh (Debian's
// `testssl`) against a server with a certificate as a site would have one,
// issued by a CA with a revocation list. Nothing rated high or critical.
class TestTestssl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testsslFindsNothingHighOrCritical();

private:
    static bool openssl(const QStringList &arguments, const QString &folder)
    {
        QProcess process;
        process.setWorkingDirectory(folder);
        process.start(QStringLiteral("openssl"), arguments);
        process.waitForFinished(60000);
        if (process.exitCode() != 0)
            qWarning("openssl: %s", process.readAllStandardError().constData());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
};

void TestTestssl::testsslFindsNothingHighOrCritical()
{
    const QString testssl = QStandardPaths::findExecutable(QStringLiteral("testssl"));
    QVERIFY2(!testssl.isEmpty(), "testssl (Debian's testssl.sh; scripts/test.sh installs it)");
    QTemporaryDir dir;
    {
        QFile extensions(dir.filePath(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                         "basicConstraints = critical, CA:FALSE\n"
                         "keyUsage = critical, digitalSignature\n"
                         "extendedKeyUsage = serverAuth\n"
                         "crlDistributionPoints = URI:http://pki.kezek.example/ca.crl\n"
                         "authorityInfoAccess = OCSP;URI:http://ocsp.kezek.example\n");
    }
    QVERIFY(openssl({QStringLiteral("req"),
                     QStringLiteral("-x509"),
                     QStringLiteral("-newkey"),
                     QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"),
                     QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"),
                     QStringLiteral("ca.key"),
                     QStringLiteral("-out"),
                     QStringLiteral("ca.pem"),
                     QStringLiteral("-days"),
                     QStringLiteral("365"),
                     QStringLiteral("-subj"),
                     QStringLiteral("/CN=Kezek test CA")},
                    dir.path()));
    QVERIFY(openssl({QStringLiteral("req"),
                     QStringLiteral("-newkey"),
                     QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"),
                     QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"),
                     QStringLiteral("server.key"),
                     QStringLiteral("-out"),
                     QStringLiteral("server.csr"),
                     QStringLiteral("-subj"),
                     QStringLiteral("/CN=localhost")},
                    dir.path()));
    QVERIFY(openssl({QStringLiteral("x509"),
                     QStringLiteral("-req"),
                     QStringLiteral("-in"),
                     QStringLiteral("server.csr"),
                     QStringLiteral("-CA"),
                     QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"),
                     QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"),
                     QStringLiteral("365"),
                     QStringLiteral("-extfile"),
                     QStringLiteral("server.ext"),
                     QStringLiteral("-out"),
                     QStringLiteral("server.pem")},
                    dir.path()));

    ServerProcess server({QStringLiteral("--cert"),
                          dir.filePath(QStringLiteral("server.pem")),
                          QStringLiteral("--key"),
                          dir.filePath(QStringLiteral("server.key"))});
    QVERIFY(server.start());

    // Protocols, cipher categories, forward secrecy, server defaults, headers
    // and every vulnerability check; client simulations are left out for time.
    QProcess run;
    run.start(testssl,
              {QStringLiteral("--quiet"),
               QStringLiteral("--color"),
               QStringLiteral("0"),
               QStringLiteral("--warnings"),
               QStringLiteral("batch"),
               QStringLiteral("--add-ca"),
               dir.filePath(QStringLiteral("ca.pem")),
               QStringLiteral("--jsonfile"),
               dir.filePath(QStringLiteral("testssl.json")),
               QStringLiteral("-p"),
               QStringLiteral("-s"),
               QStringLiteral("-f"),
               QStringLiteral("-S"),
               QStringLiteral("-h"),
               QStringLiteral("-U"),
               QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QVERIFY(run.waitForFinished(600000));
    QFile json(dir.filePath(QStringLiteral("testssl.json")));
    QVERIFY2(json.open(QIODevice::ReadOnly), run.readAllStandardOutput().constData());
    const QJsonArray findings = QJsonDocument::fromJson(json.readAll()).array();
    QVERIFY(findings.size() > 20); // it did look
    QStringList serious;
    for (const auto &value : findings) {
        const QJsonObject finding = value.toObject();
        const QString severity = finding.value(u"severity").toString();
        if (severity == u"HIGH" || severity == u"CRITICAL")
            serious.append(severity + QLatin1Char(' ') + finding.value(u"id").toString()
                           + QStringLiteral(": ") + finding.value(u"finding").toString());
    }
    QVERIFY2(serious.isEmpty(), qPrintable(serious.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTestssl)
#include "tst_testssl.moc"
