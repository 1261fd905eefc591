#include "app/ctl/commands/serverdatabase.h"

#include "db/server/auditlog.h"

#include <QFile>

namespace Kezek::Ctl {

Result<std::unique_ptr<ServerStore>> openServerStore(const QString &url, const QString &keyFile)
{
    const QString path = !keyFile.isEmpty() ? keyFile
                         : qEnvironmentVariableIsSet("KEZEK_AUDIT_KEY")
                             ? qEnvironmentVariable("KEZEK_AUDIT_KEY")
                             : AuditLog::defaultKeyPath(url);
    if (!path.isEmpty() && (QFile::exists(path) || !keyFile.isEmpty())) {
        auto key = AuditLog::loadKey(path, false);
        if (!key)
            return std::unexpected(key.error());
        AuditLog::setKey(url, *key);
    }
    return ServerStore::open(url);
}

bool parseOptions(QCommandLineParser &parser,
                  std::initializer_list<const char *> names,
                  const QStringList &arguments)
{
    for (const char *name : names)
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    return parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments);
}

Result<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("ctl.file"),
                    Tr::tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    }
    return file.readAll();
}

} // namespace Kezek::Ctl
