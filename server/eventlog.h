#pragma once

#include <QString>

#include <initializer_list>
#include <utility>

namespace Kezek {

// One field of a journal line: a fixed name and a value from anywhere (a URL
// path, a user name typed at sign-in, an eGov case number).
struct LogField
{
    LogField(const char *fieldName, QString fieldValue)
        : name(fieldName)
        , value(std::move(fieldValue))
    {}

    const char *name;
    QString value;
};

// A value as the journal writes it: bare when it is a plain word, else in
// double quotes with quotes, backslashes and every control, line-breaking or
// direction-changing character escaped, so that no value can end its line,
// start another, or pass for another field. Operators' alerting greps these
// lines; a client must not be able to write one.
QString logValue(const QString &value);

// One line per event on stderr, `TIME LEVEL event name=value ...`: the time
// in UTC to the millisecond, the fields escaped.
void logEvent(const char *level, const char *event, std::initializer_list<LogField> fields = {});

} // namespace Kezek
