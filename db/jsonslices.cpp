#include "jsonslices.h"

namespace Kezek::JsonSlices {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

// The end (one past) of the string starting at `at` (its opening quote).
std::optional<qsizetype> stringEnd(QByteArrayView text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\')
            ++i;
        else if (c == '"')
            return i + 1;
        else if (static_cast<unsigned char>(c) < 0x20)
            return std::nullopt;
    }
    return std::nullopt;
}

// The end (one past) of the value starting at `at`.
std::optional<qsizetype> valueEnd(QByteArrayView text, qsizetype at)
{
    if (at >= text.size())
        return std::nullopt;
    const char first = text[at];
    if (first == '"')
        return stringEnd(text, at);
    if (first == '{' || first == '[') {
        // Brackets are counted outside strings; their kinds must match.
        QByteArray open;
        for (qsizetype i = at; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                const auto end = stringEnd(text, i);
                if (!end)
                    return std::nullopt;
                i = *end - 1;
            } else if (c == '{' || c == '[') {
                open.append(c);
            } else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                    return std::nullopt;
                open.chop(1);
                if (open.isEmpty())
                    return i + 1;
            }
        }
        return std::nullopt;
    }
    // A number, true, false or null: up to the next delimiter.
    qsizetype i = at;
    while (i < text.size() && !isSpace(text[i]) && text[i] != ',' && text[i] != '}'
           && text[i] != ']')
        ++i;
    return i > at ? std::optional<qsizetype>(i) : std::nullopt;
}

// The members of the object whose text is `object`, or of the array's
// elements (no names) when `array`.
std::optional<QList<Member>> items(QByteArrayView text, bool array)
{
    QList<Member> result;
    const char open = array ? '[' : '{';
    const char close = array ? ']' : '}';
    qsizetype at = skipSpace(text, 0);
    if (at >= text.size() || text[at] != open)
        return std::nullopt;
    at = skipSpace(text, at + 1);
    if (at < text.size() && text[at] == close)
        return skipSpace(text, at + 1) == text.size() ? std::optional(result) : std::nullopt;
    for (;;) {
        Member member;
        if (!array) {
            if (at >= text.size() || text[at] != '"')
                return std::nullopt;
            const auto nameEnd = stringEnd(text, at);
            if (!nameEnd)
                return std::nullopt;
            member.name = text.sliced(at + 1, *nameEnd - at - 2);
            at = skipSpace(text, *nameEnd);
            if (at >= text.size() || text[at] != ':')
                return std::nullopt;
            at = skipSpace(text, at + 1);
        }
        const auto end = valueEnd(text, at);
        if (!end)
            return std::nullopt;
        member.value = text.sliced(at, *end - at);
        result.append(member);
        at = skipSpace(text, *end);
        if (at >= text.size())
            return std::nullopt;
        if (text[at] == close)
            return skipSpace(text, at + 1) == text.size() ? std::optional(result) : std::nullopt;
        if (text[at] != ',')
            return std::nullopt;
        at = skipSpace(text, at + 1);
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A strict recursive reader that only says whether the text is JSON.
class Validator
{
public:
    explicit Validator(QByteArrayView text)
        : m_text(text)
    {}
    bool whole() { return value() && (space(), m_at == m_text.size()); }

private:
    static constexpr int MaxDepth = 64;
    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }
    void space() { m_at = skipSpace(m_text, m_at); }
    bool value()
    {
        space();
        switch (peek()) {
        case '{':
            return nested('}', true);
        case '[':
            return nested(']', false);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }
    bool nested(char close, bool named)
    {
        if (++m_depth > MaxDepth)
            return false;
        ++m_at; // the bracket
        space();
        if (peek() == close) {
            ++m_at;
            --m_depth;
            return true;
        }
        for (;;) {
            if (named) {
                space();
                if (peek() != '"' || !string())
                    return false;
                space();
                if (peek() != ':')
                    return false;
                ++m_at;
            }
            if (!value())
                return false;
            space();
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() != close)
                return false;
            ++m_at;
            --m_depth;
            return true;
        }
    }
    bool string()
    {
        ++m_at; // the quote
        while (m_at < m_text.size()) {
            const char c = m_text[m_at++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\')
                continue;
            const char escaped = peek();
            ++m_at;
            if (escaped == 'u') {
                for (int k = 0; k < 4; ++k) {
                    if (hexDigit(peek()) < 0)
                        return false;
                    ++m_at;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(escaped) || escaped == '\0') {
                return false;
            }
        }
        return false;
    }
    bool digits()
    {
        const qsizetype start = m_at;
        while (peek() >= '0' && peek() <= '9')
            ++m_at;
        return m_at > start;
    }
    bool number()
    {
        if (peek() == '-')
            ++m_at;
        if (peek() == '0')
            ++m_at;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }
    bool literal(QByteArrayView word)
    {
        if (!m_text.sliced(m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
    int m_depth = 0;
};

} // namespace

bool isValid(QByteArrayView value)
{
    return Validator(value).whole();
}

std::optional<QList<QByteArrayView>> arrayElements(QByteArrayView text, QByteArrayView key)
{
    const auto top = members(text);
    if (!top)
        return std::nullopt;
    for (const Member &member : *top) {
        if (member.name != key)
            continue;
        const auto elements = items(member.value, true);
        if (!elements)
            return std::nullopt;
        QList<QByteArrayView> values;
        values.reserve(elements->size());
        for (const Member &element : *elements)
            values.append(element.value);
        return values;
    }
    return QList<QByteArrayView>();
}

std::optional<QList<Member>> members(QByteArrayView object)
{
    return items(object, false);
}

std::optional<QString> string(QByteArrayView value)
{
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return std::nullopt;
    const QByteArrayView inner = value.sliced(1, value.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QByteArray utf8;
    utf8.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const char c = inner[i];
        if (c != '\\') {
            utf8.append(c);
            continue;
        }
        if (++i >= inner.size())
            return std::nullopt;
        switch (inner[i]) {
        case '"':
            utf8.append('"');
            break;
        case '\\':
            utf8.append('\\');
            break;
        case '/':
            utf8.append('/');
            break;
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u': {
            auto unit = [&](qsizetype from) -> int {
                if (from + 4 > inner.size())
                    return -1;
                int code = 0;
                for (qsizetype k = from; k < from + 4; ++k) {
                    const int digit = hexDigit(inner[k]);
                    if (digit < 0)
                        return -1;
                    code = code * 16 + digit;
                }
                return code;
            };
            int code = unit(i + 1);
            if (code < 0)
                return std::nullopt;
            i += 4;
            char32_t point = char32_t(code);
            if (code >= 0xD800 && code < 0xDC00 && i + 2 < inner.size() && inner[i + 1] == '\\'
                && inner[i + 2] == 'u') {
                const int low = unit(i + 3);
                if (low >= 0xDC00 && low < 0xE000) {
                    point = 0x10000 + ((char32_t(code) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    i += 6;
                }
            }
            utf8.append(QString::fromUcs4(&point, 1).toUtf8());
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return QString::fromUtf8(utf8);
}

std::optional<qint64> integer(QByteArrayView value)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace Kezek::JsonSlices
