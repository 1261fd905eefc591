#include "server/eventlog.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>

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

QString logLine(const char *level, const char *event, std::initializer_list<LogField> fields)
{
    QString line = QLatin1StringView(level) + QLatin1Char(' ') + QLatin1StringView(event);
    for (const LogField &field : fields)
        line += QLatin1Char(' ') + QLatin1StringView(field.name) + QLatin1Char('=')
                + logValue(field.value);
    return line;
}

void logEvent(const char *level, const char *event, std::initializer_list<LogField> fields)
{
    const QByteArray line = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                             + QLatin1Char(' ') + logLine(level, event, fields) + QLatin1Char('\n'))
                                .toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace Kezek
