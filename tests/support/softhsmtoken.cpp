#include "tests/support/softhsmtoken.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Kezek::Testing {

QString SoftHsmToken::realModule()
{
    for (const QString &candidate :
         {QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"),
          QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")}) {
        if (QFile::exists(candidate)
            && !QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty())
            return candidate;
    }
    return {};
}

QString SoftHsmToken::removalModule(int signatures)
{
    qputenv("KEZEK_PKCS11_REAL_MODULE", realModule().toLocal8Bit());
    qputenv("KEZEK_PKCS11_REMOVE_AFTER", QByteArray::number(signatures));
    return QStringLiteral(KEZEK_PKCS11_REMOVAL_MODULE);
}

void SoftHsmToken::neverRemoved()
{
    qunsetenv("KEZEK_PKCS11_REMOVE_AFTER");
}

bool SoftHsmToken::run(const QString &program, const QStringList &arguments)
{
    QProcess tool;
    tool.start(program, arguments);
    if (!tool.waitForFinished(60000) || tool.exitStatus() != QProcess::NormalExit
        || tool.exitCode() != 0) {
        qWarning("%s: %s",
                 qPrintable(program),
                 qPrintable(QString::fromLocal8Bit(tool.readAllStandardError())));
        return false;
    }
    return true;
}

bool SoftHsmToken::create(const QString &folder, const QString &label, const QString &pin)
{
    m_folder = folder;
    m_pin = pin;
    const QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("tokens")))
        return false;
    QFile config(dir.filePath(QStringLiteral("softhsm2.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("directories.tokendir = " + dir.filePath(QStringLiteral("tokens")).toUtf8()
                 + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    config.close();
    qputenv("SOFTHSM2_CONF", config.fileName().toLocal8Bit());
    return run(QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")),
               {QStringLiteral("--init-token"),
                QStringLiteral("--free"),
                QStringLiteral("--label"),
                label,
                QStringLiteral("--pin"),
                pin,
                QStringLiteral("--so-pin"),
                QStringLiteral("73915846")});
}

bool SoftHsmToken::import(const PemPair &identity, const QString &id, const QString &label)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool"));
    if (tool.isEmpty()) {
        qWarning("pkcs11-tool (Debian opensc) is missing: scripts/test.sh installs it");
        return false;
    }
    const QStringList common = {QStringLiteral("--module"),
                                realModule(),
                                QStringLiteral("--login"),
                                QStringLiteral("--pin"),
                                m_pin,
                                QStringLiteral("--id"),
                                id,
                                QStringLiteral("--label"),
                                label};
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(m_folder).filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
                   ? file.fileName()
                   : QString();
    };
    const QString key = write(label + QStringLiteral(".key.pem"), identity.privateKey);
    const QString certificate = write(label + QStringLiteral(".crt.pem"), identity.certificate);
    const bool imported = !key.isEmpty() && !certificate.isEmpty()
                          && run(tool,
                                 common
                                     + QStringList{QStringLiteral("--write-object"),
                                                   key,
                                                   QStringLiteral("--type"),
                                                   QStringLiteral("privkey")})
                          && run(tool,
                                 common
                                     + QStringList{QStringLiteral("--write-object"),
                                                   certificate,
                                                   QStringLiteral("--type"),
                                                   QStringLiteral("cert")});
    QFile::remove(key);
    return imported;
}

} // namespace Kezek::Testing
