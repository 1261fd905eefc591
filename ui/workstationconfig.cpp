#include "ui/workstationconfig.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Kezek {

QString WorkstationConfig::cachePath(const QString &user) const
{
    // A user name becomes a file name: nothing but safe characters.
    QString safe;
    for (QChar c : user)
        safe.append(c.isLetterOrNumber() || c == u'.' || c == u'-' ? c : QChar(u'_'));
    return QDir(cacheDir).filePath(safe + QStringLiteral(".kezek"));
}

WorkstationConfig WorkstationConfig::load()
{
    QSettings settings;
    WorkstationConfig config;
    config.server = QUrl(settings.value(QStringLiteral("server/url")).toString());
    config.caFile = settings.value(QStringLiteral("server/ca")).toString();
    config.pin = settings.value(QStringLiteral("server/pin")).toString();
    config.cacheDir = settings
                          .value(QStringLiteral("cache/folder"),
                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .toString();
    config.lockMinutes
        = std::clamp(settings.value(QStringLiteral("lock/minutes"), 10).toInt(), 1, 60);
    config.retentionDays
        = std::clamp(settings.value(QStringLiteral("cache/retention-days"), 30).toInt(), 1, 365);
    config.keyFile = settings.value(QStringLiteral("signing/key")).toString();
    config.pkcs11Module = settings.value(QStringLiteral("signing/pkcs11Module")).toString();
    config.signInWithKey = settings.value(QStringLiteral("signing/signInWithKey"), false).toBool();
    config.authenticationKeyFile
        = settings.value(QStringLiteral("signing/authenticationKey")).toString();
    config.signCourier = settings.value(QStringLiteral("signing/signCourier"), false).toBool();
    config.tsa = settings.value(QStringLiteral("signing/tsa"), QStringLiteral("server")).toString();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    config.scansFolder = settings.value(QStringLiteral("folders/scans"), documents).toString();
    config.documentsFolder
        = settings.value(QStringLiteral("folders/documents"), documents).toString();
    config.keysFolder = settings.value(QStringLiteral("folders/keys"), documents).toString();
    config.language = settings.value(QStringLiteral("ui/language")).toString();
    config.logFolder = qEnvironmentVariable("KEZEK_LOG_DIR");
    if (config.logFolder.isEmpty()) {
        const QString local
            = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        config.logFolder
            = settings
                  .value(QStringLiteral("logs/folder"), QString(local + QStringLiteral("/logs")))
                  .toString();
    }
    return config;
}

void WorkstationConfig::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/url"), server.toString());
    settings.setValue(QStringLiteral("server/ca"), caFile);
    settings.setValue(QStringLiteral("server/pin"), pin);
    settings.setValue(QStringLiteral("cache/folder"), cacheDir);
    settings.setValue(QStringLiteral("lock/minutes"), lockMinutes);
    settings.setValue(QStringLiteral("signing/key"), keyFile);
    settings.setValue(QStringLiteral("signing/authenticationKey"), authenticationKeyFile);
    settings.setValue(QStringLiteral("ui/language"), language);
}

} // namespace Kezek
