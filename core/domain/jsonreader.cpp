#include "core/domain/jsonreader.h"

#include "core/domain/domaintr.h"

namespace Kezek {

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{}

QString JsonReader::path(const char *key) const
{
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

void JsonReader::setError(const char *code, const char *key, const QString &detail)
{
    if (m_error)
        return;
    const QString field = path(key);
    QString message;
    if (qstrcmp(code, "json.missing") == 0)
        message = DomainTr::tr("The field \"%1\" is missing.").arg(field);
    else if (qstrcmp(code, "json.type") == 0)
        message = DomainTr::tr("The field \"%1\" has the wrong type.").arg(field);
    else if (qstrcmp(code, "json.unknown-field") == 0)
        message = DomainTr::tr("The field \"%1\" is not known.").arg(field);
    else
        message
            = DomainTr::tr("The field \"%1\" has an impossible value \"%2\".").arg(field, detail);
    m_error = Error{QString::fromLatin1(code), message};
}

void JsonReader::take(const Error &error)
{
    if (!m_error)
        m_error = error;
}

bool JsonReader::has(const char *key)
{
    const QString name = QString::fromLatin1(key);
    m_seen.insert(name);
    const auto it = m_object.constFind(name);
    return it != m_object.constEnd() && !it->isNull();
}

QString JsonReader::string(const char *key, bool required)
{
    if (!has(key)) {
        if (required)
            setError("json.missing", key);
        return {};
    }
    const QJsonValue value = m_object.value(QString::fromLatin1(key));
    if (!value.isString()) {
        setError("json.type", key);
        return {};
    }
    if (required && value.toString().isEmpty())
        setError("json.missing", key);
    return value.toString();
}

QStringList JsonReader::strings(const char *key)
{
    QStringList result;
    for (const auto &value : array(key)) {
        if (!value.isString()) {
            setError("json.type", key);
            return {};
        }
        result.append(value.toString());
    }
    return result;
}

QDate JsonReader::date(const char *key, bool required)
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return {};
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (!value.isValid() || text.size() != 10)
        setError("json.value", key, text);
    return value;
}

QDateTime JsonReader::moment(const char *key, bool required)
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return {};
    const QDateTime value = QDateTime::fromString(text, Qt::ISODate);
    if (!value.isValid() || value.timeSpec() == Qt::LocalTime) {
        setError("json.value", key, text);
        return {};
    }
    return value.toUTC();
}

int JsonReader::integer(const char *key, int minimum, int maximum, int fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue value = m_object.value(QString::fromLatin1(key));
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number))) {
        setError("json.type", key);
        return fallback;
    }
    if (number < minimum || number > maximum) {
        setError("json.value", key, QString::number(number));
        return fallback;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    return optionalBoolean(key).value_or(fallback);
}

std::optional<bool> JsonReader::optionalBoolean(const char *key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(QString::fromLatin1(key));
    if (!value.isBool()) {
        setError("json.type", key);
        return std::nullopt;
    }
    return value.toBool();
}

QJsonArray JsonReader::array(const char *key)
{
    if (!has(key))
        return {};
    const QJsonValue value = m_object.value(QString::fromLatin1(key));
    if (!value.isArray()) {
        setError("json.type", key);
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::object(const char *key, bool required)
{
    if (!has(key)) {
        if (required)
            setError("json.missing", key);
        return {};
    }
    const QJsonValue value = m_object.value(QString::fromLatin1(key));
    if (!value.isObject()) {
        setError("json.type", key);
        return {};
    }
    return value.toObject();
}

Result<void> JsonReader::finish()
{
    if (!m_error) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key())) {
                setError("json.unknown-field", it.key().toLatin1().constData());
                break;
            }
        }
    }
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

} // namespace Kezek
