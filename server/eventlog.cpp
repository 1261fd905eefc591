#include "server/eventlog.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

#include <unistd.h>

namespace Kezek {

namespace {

bool isPlain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'.' || u == u'-' || u == u'_' || u == u':' || u == u'/' || u == u'@'
           || u == u'+' || u == u',';
}

// Characters that end a line, hide text or turn it around on a terminal.
bool mustEscape(char32_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029
           || (u >= 0x200b && u <= 0x200f) || (u >= 0x202a && u <= 0x202e)
           || (u >= 0x2066 && u <= 0x2069) || u == 0xfeff;
}

} // namespace

QString logValue(const QString &value)
{
    if (!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), isPlain))
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const char32_t u : value.toUcs4()) {
        switch (u) {
        case U'"':
            out += QLatin1String("\\\"");
            continue;
        case U'\\':
            out += QLatin1String("\\\\");
            continue;
        case U'\n':
            out += QLatin1String("\\n");
            continue;
        case U'\r':
            out += QLatin1String("\\r");
            continue;
        case U'\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        if (mustEscape(u))
            out += QStringLiteral("\\u{%1}").arg(uint(u), 0, 16);
        else
            out += QString::fromUcs4(&u, 1);
    }
    out += QLatin1Char('"');
    return out;
}

namespace {

// The time as Qt::ISODateWithMs writes it in UTC ("2026-12-07T03:24:29.123Z"),
// its date and seconds formatted once a second on each thread: a busy server
// writes thousands of lines a second, and a QDateTime's string was a tenth of
// what answering a poll cost.
void appendTime(QByteArray &line)
{
    using namespace std::chrono;
    const qint64 ms = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    const std::time_t second = static_cast<std::time_t>(ms / 1000);
    thread_local std::time_t formattedSecond = -1;
    thread_local std::array<char, 32> formatted{};
    if (second != formattedSecond) {
        std::tm utc{};
        gmtime_r(&second, &utc);
        std::strftime(formatted.data(), formatted.size(), "%Y-%m-%dT%H:%M:%S", &utc);
        formattedSecond = second;
    }
    std::array<char, 8> millis{};
    std::snprintf(millis.data(), millis.size(), ".%03dZ", static_cast<int>(ms % 1000));
    line += formatted.data();
    line += millis.data();
}

void appendValue(QByteArray &line, const QString &value)
{
    if (!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), isPlain)) {
        for (const QChar c : value) // plain is ASCII: one byte each
            line += static_cast<char>(c.unicode());
        return;
    }
    line += logValue(value).toUtf8();
}

} // namespace

void logEvent(const char *level, const char *event, std::initializer_list<LogField> fields)
{
    QByteArray line;
    line.reserve(160);
    appendTime(line);
    line += ' ';
    line += level;
    line += ' ';
    line += event;
    for (const LogField &field : fields) {
        line += ' ';
        line += field.name;
        line += '=';
        appendValue(line, field.value);
    }
    line += '\n';
    // Whole lines, one thread at a time: a line can run past what one write
    // is sure to put out at once (a 16 KB request path, escaped), and a line
    // of another thread between its parts would start a line with text a
    // client chose.
    static std::mutex writing;
    const std::lock_guard lock(writing);
    const char *from = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t written = ::write(STDERR_FILENO, from, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // nowhere to write: the event is not worth the request
        from += written;
        left -= written;
    }
}

} // namespace Kezek
