#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace Kezek::Ctl {

// Exit codes every kezekctl command keeps: scripts rely on them.
enum ExitCode { Ok = 0, CheckFailed = 1, Usage = 2, DataError = 3 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Ctl)
};

// What one invocation asked for, after the global options were taken out.
struct Invocation
{
    QStringList arguments; // the command's own positional arguments
    bool json = false;
    QString calendarPath; // empty: the shipped calendar
    QString language = QStringLiteral("en");
};

// A secret from an environment variable, or else one line of standard input.
QString readSecret(const char *variable);

class Console
{
public:
    Console();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    int usage(const QString &message, const QString &synopsis);
    int error(int code, const QString &message);
    void printJson(const QJsonObject &object);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Kezek::Ctl
