#pragma once

#include "core/result/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Kezek {

// Reads one JSON object field by field, remembering the first problem and the
// fields it has seen, so that finish() can refuse fields nobody asked for.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &path);

    QString string(const char *key, bool required = false);
    QStringList strings(const char *key);
    QDate date(const char *key, bool required = false);
    // A moment in ISO 8601 with its time zone, as UTC; invalid when absent.
    QDateTime moment(const char *key, bool required = false);
    int integer(const char *key, int minimum, int maximum, int fallback = 0);
    bool boolean(const char *key, bool fallback = false);
    std::optional<bool> optionalBoolean(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key, bool required = false);

    // An enumeration written as its id; `parse` maps an id to a value.
    template<typename E, typename Parse>
    E enumeration(const char *key, Parse parse, E fallback, bool required = true)
    {
        const QString id = string(key, required);
        if (id.isEmpty())
            return fallback;
        const std::optional<E> value = parse(id);
        if (!value)
            setError("json.value", key, id);
        return value.value_or(fallback);
    }

    // Keeps the first error of a nested read.
    void take(const Error &error);
    QString path(const char *key) const;
    bool ok() const { return !m_error; }
    Result<void> finish();

private:
    bool has(const char *key);
    void setError(const char *code, const char *key, const QString &detail = {});

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

} // namespace Kezek
