#include "db/client/jsonslices.h"

#include <cstring>

namespace Kezek::JsonSlices {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
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

// A strict reader of JSON text: it says where a value ends, checking all of
// it on the way (structure, strings with their escapes and UTF-8, numbers,
// literals, depth). It is the only reader here, so no slice is handed out of
// text that was not checked. A page of cases is read once, and that pass is
// most of a first sync's reading: it walks pointers, not indexes.
// Whether any of the eight bytes in `block` is a quote, a backslash, a
// control character or past ASCII (the usual bit tricks: a byte's high bit
// set by subtracting from it tells it was below the constant; one past a
// byte that matched may be set too, which only sends the block to be read
// byte by byte).
constexpr bool needsLook(quint64 block)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto zeroIn = [](quint64 x) {
        return (x - ones) & ~x & highs;
    };
    return (zeroIn(block ^ (ones * '"')) | zeroIn(block ^ (ones * '\\'))
            | ((block - ones * 0x20) & ~block & highs) | (block & highs))
           != 0;
}

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_at(text.data())
        , m_end(text.data() + text.size())
    {}

    char peek() const { return m_at < m_end ? *m_at : '\0'; }
    void space()
    {
        while (m_at < m_end && isSpace(*m_at))
            ++m_at;
    }
    // Whether only space is left.
    bool finished()
    {
        space();
        return m_at == m_end;
    }

    // One whole value from here, with the space before it.
    bool value()
    {
        space();
        switch (peek()) {
        case '{':
            return sequence(true, [this](QByteArrayView, const char *) { return value(); });
        case '[':
            return sequence(false, [this](QByteArrayView, const char *) { return value(); });
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

    // An object from here, its members kept in `members`.
    bool object(QList<Member> &members)
    {
        space();
        if (peek() != '{')
            return false;
        return sequence(true, [&](QByteArrayView name, const char *start) {
            if (!value())
                return false;
            members.append({name, since(start)});
            return true;
        });
    }

    // An array from here, its elements kept in `elements`.
    bool array(QList<QByteArrayView> &elements)
    {
        space();
        if (peek() != '[')
            return false;
        return sequence(false, [&](QByteArrayView, const char *start) {
            if (!value())
                return false;
            elements.append(since(start));
            return true;
        });
    }

    // An array of objects from here, each kept with its members.
    bool objects(QList<Object> &objects)
    {
        space();
        if (peek() != '[')
            return false;
        return sequence(false, [&](QByteArrayView, const char *start) {
            Object object;
            object.members.reserve(32);
            if (!this->object(object.members))
                return false;
            object.text = since(start);
            objects.append(std::move(object));
            return true;
        });
    }

    // A run of values between brackets, from the opening one: members of an
    // object when `named`, elements of an array if not. `each(name, start)`
    // reads each value (the space before it skipped; `start` is where it
    // begins) and answers whether it was whole.
    template<typename Each>
    bool sequence(bool named, Each &&each)
    {
        const char close = named ? '}' : ']';
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
            QByteArrayView name;
            if (named) {
                space();
                if (peek() != '"')
                    return false;
                const char *quote = m_at;
                if (!string())
                    return false;
                name = QByteArrayView(quote + 1, m_at - quote - 2);
                space();
                if (peek() != ':')
                    return false;
                ++m_at;
            }
            space();
            if (!each(name, static_cast<const char *>(m_at)))
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

    // The text from `start` to here.
    QByteArrayView since(const char *start) const { return QByteArrayView(start, m_at - start); }

private:
    static constexpr int MaxDepth = 64;

    // A string from its opening quote to one past its closing quote.
    bool string()
    {
        ++m_at; // the quote
        for (;;) {
            // Plain text goes by fast, eight bytes at a time: most of a page
            // is inside strings. A block with a quote, a backslash, a control
            // character or a byte past ASCII is left to the loop below.
            while (m_end - m_at >= 8) {
                quint64 block;
                std::memcpy(&block, m_at, sizeof block);
                if (needsLook(block))
                    break;
                m_at += 8;
            }
            while (m_at < m_end) {
                const auto c = static_cast<unsigned char>(*m_at);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_at;
            }
            if (m_at >= m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c >= 0x80) {
                if (!utf8())
                    return false;
                continue;
            }
            ++m_at;
            if (c == '"')
                return true;
            if (c != '\\')
                return false; // a control character
            if (m_at >= m_end)
                return false; // a backslash at the very end
            const char escaped = *m_at++;
            if (escaped == 'u') {
                for (int k = 0; k < 4; ++k) {
                    if (hexDigit(peek()) < 0)
                        return false;
                    ++m_at;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(escaped)) {
                return false;
            }
        }
    }

    // One character of two to four bytes, well formed (no overlong form, no
    // surrogate, nothing past U+10FFFF), from its first byte.
    bool utf8()
    {
        const auto first = static_cast<unsigned char>(*m_at);
        int more = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (first >= 0xC2 && first <= 0xDF) {
            more = 1;
        } else if (first >= 0xE0 && first <= 0xEF) {
            more = 2;
            if (first == 0xE0)
                low = 0xA0;
            else if (first == 0xED)
                high = 0x9F;
        } else if (first >= 0xF0 && first <= 0xF4) {
            more = 3;
            if (first == 0xF0)
                low = 0x90;
            else if (first == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (m_end - m_at <= more)
            return false;
        for (int k = 1; k <= more; ++k) {
            const auto next = static_cast<unsigned char>(m_at[k]);
            if (next < low || next > high)
                return false;
            low = 0x80;
            high = 0xBF;
        }
        m_at += more + 1;
        return true;
    }

    bool digits()
    {
        const char *start = m_at;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
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
        if (!QByteArrayView(m_at, m_end - m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }

    const char *m_at;
    const char *m_end;
    int m_depth = 0;
};

} // namespace

bool isValid(QByteArrayView value)
{
    Reader reader(value);
    return reader.value() && reader.finished();
}

std::optional<QList<Member>> members(QByteArrayView object)
{
    QList<Member> members;
    members.reserve(16);
    Reader reader(object);
    if (!reader.object(members) || !reader.finished())
        return std::nullopt;
    return members;
}

std::optional<QList<QByteArrayView>> elements(QByteArrayView array)
{
    QList<QByteArrayView> elements;
    elements.reserve(64);
    Reader reader(array);
    if (!reader.array(elements) || !reader.finished())
        return std::nullopt;
    return elements;
}

std::optional<QList<QByteArrayView>> arrayElements(QByteArrayView text, QByteArrayView key)
{
    const auto top = members(text);
    if (!top)
        return std::nullopt;
    for (const Member &member : *top) {
        if (member.name == key)
            return elements(member.value);
    }
    return QList<QByteArrayView>();
}

std::optional<QList<Object>>
objectsUnder(QByteArrayView text, QByteArrayView key, QList<Member> *top)
{
    QList<Object> found;
    bool seen = false;
    QList<Member> members;
    Reader reader(text);
    reader.space();
    if (reader.peek() != '{')
        return std::nullopt;
    const bool whole = reader.sequence(true, [&](QByteArrayView name, const char *start) {
        if (name == key ? seen || !(seen = reader.objects(found)) : !reader.value())
            return false; // a second array under `key` would be a second page
        members.append({name, reader.since(start)});
        return true;
    });
    if (!whole || !reader.finished())
        return std::nullopt;
    if (top)
        *top = std::move(members);
    return found;
}

std::optional<QString> string(QByteArrayView value)
{
    const auto text = utf8(value);
    if (!text)
        return std::nullopt;
    return QString::fromUtf8(*text);
}

std::optional<QByteArray> utf8(QByteArrayView value)
{
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return std::nullopt;
    const QByteArrayView inner = value.sliced(1, value.size() - 2);
    if (!inner.contains('\\'))
        return inner.toByteArray();
    QByteArray resolved;
    resolved.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const char c = inner[i];
        if (c != '\\') {
            resolved.append(c);
            continue;
        }
        if (++i >= inner.size())
            return std::nullopt;
        switch (inner[i]) {
        case '"':
            resolved.append('"');
            break;
        case '\\':
            resolved.append('\\');
            break;
        case '/':
            resolved.append('/');
            break;
        case 'b':
            resolved.append('\b');
            break;
        case 'f':
            resolved.append('\f');
            break;
        case 'n':
            resolved.append('\n');
            break;
        case 'r':
            resolved.append('\r');
            break;
        case 't':
            resolved.append('\t');
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
            resolved.append(QString::fromUcs4(&point, 1).toUtf8());
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return resolved;
}

std::optional<qint64> integer(QByteArrayView value)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace Kezek::JsonSlices
