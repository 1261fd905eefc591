#include "core/logging/loghandler.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Kezek::Logging {

namespace {

// A UUID is matched first, so that its last twelve hex digits are kept even
// when every one is a digit; an IIN is twelve digits with no digit beside them.
const QRegularExpression &iinLike()
{
    static const QRegularExpression pattern(
        QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
                       "|(?<![0-9])([0-9]{12})(?![0-9])"));
    return pattern;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

QString threadName()
{
    QThread *thread = QThread::currentThread();
    if (!thread->objectName().isEmpty())
        return thread->objectName();
    if (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())
        return QStringLiteral("main");
    return QStringLiteral("0x%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
}

// The installed log; guarded, as messages come from every thread.
QMutex installed;
std::unique_ptr<LogFile> current;
std::atomic<QtMessageHandler> previous = nullptr;
// A message said while this thread writes one (a file's own warning) goes
// only to the handler before, not into a second lock of the file.
thread_local bool writing = false;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = redactPersonalData(message);
    if (!writing) {
        writing = true;
        QMutexLocker lock(&installed);
        if (current) {
            current->write(formatLine(
                type, context.category, redacted, QDateTime::currentDateTimeUtc(), threadName()));
        }
        writing = false;
    }
    if (const QtMessageHandler next = previous.load())
        next(type, context, redacted);
}

} // namespace

QString redactPersonalData(const QString &input)
{
    // Qt's own warnings name files by their whole path, and the home folder
    // is named after the person signed in to the computer: said as "~".
    static const QString home = QDir::homePath();
    QString homeless;
    const bool atHome = home.size() > 1 && input.contains(home);
    if (atHome)
        homeless = QString(input).replace(home, QStringLiteral("~"));
    const QString &text = atHome ? homeless : input;
    // Most lines have no twelve digits at all: those are not searched.
    if (std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) < 12)
        return text;
    QString result;
    qsizetype from = 0;
    auto matches = iinLike().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedStart(1) < 0)
            continue; // a UUID
        result += QStringView(text).mid(from, match.capturedStart(1) - from);
        result += QStringLiteral("[iin]");
        from = match.capturedEnd(1);
    }
    if (from == 0)
        return text;
    result += QStringView(text).mid(from);
    return result;
}

QByteArray formatLine(QtMsgType type,
                      const char *category,
                      const QString &message,
                      const QDateTime &utc,
                      const QString &thread)
{
    QString oneLine = message;
    oneLine.replace(u'\n', QStringLiteral("\\n"));
    oneLine.remove(u'\r');
    return (utc.toUTC().toString(Qt::ISODateWithMs) + u' ' + QLatin1StringView(levelName(type))
            + u' ' + QLatin1StringView(category ? category : "default") + QStringLiteral(" [")
            + thread + QStringLiteral("] ") + oneLine + u'\n')
        .toUtf8();
}

Result<void> install(const QString &folder, LogFile::Limits limits)
{
    auto file = std::make_unique<LogFile>(folder, limits);
    if (auto opened = file->open(); !opened)
        return opened;
    QMutexLocker lock(&installed);
    const bool first = !current;
    current = std::move(file);
    if (first)
        previous.store(qInstallMessageHandler(handle));
    return {};
}

void uninstall()
{
    QMutexLocker lock(&installed);
    if (!current)
        return;
    qInstallMessageHandler(previous.exchange(nullptr));
    current.reset();
}

QString folder()
{
    QMutexLocker lock(&installed);
    return current ? current->folder() : QString();
}

QStringList files()
{
    QMutexLocker lock(&installed);
    return current ? current->files() : QStringList();
}

QByteArray snapshot()
{
    QMutexLocker lock(&installed);
    return current ? current->snapshot() : QByteArray();
}

} // namespace Kezek::Logging
