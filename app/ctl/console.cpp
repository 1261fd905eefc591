#include "app/ctl/console.h"

#include <QJsonDocument>

#include <cstdio>

namespace Kezek::Ctl {

// NOLINTNEXTLINE(modernize-use-equals-default): the streams need their files
Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{}

int Console::usage(const QString &message, const QString &synopsis)
{
    m_err << "kezekctl: " << message << '\n' << Tr::tr("usage: %1").arg(synopsis) << '\n';
    m_err.flush();
    return Usage;
}

int Console::error(int code, const QString &message)
{
    m_err << "kezekctl: " << message << '\n';
    m_err.flush();
    return code;
}

void Console::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

QString readSecret(const char *variable)
{
    QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        value = QTextStream(stdin).readLine();
    return value;
}

} // namespace Kezek::Ctl
