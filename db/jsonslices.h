#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// A few fields read from JSON text without building a document: what the
// cache needs to index a case, while the case itself is kept as the bytes it
// came in. Strict about structure (a value that does not end, a stray
// character): any doubt answers nullopt, and the caller refuses the page.
namespace JsonSlices {

// The elements of the array under `key` in the top-level object, as slices
// of `text`; an empty list when the key is absent.
std::optional<QList<QByteArrayView>> arrayElements(QByteArrayView text, QByteArrayView key);

// The members of an object, by name: each value as its slice of the text.
struct Member
{
    QByteArrayView name;  // as written, escapes included
    QByteArrayView value; // the whole value's text
};
std::optional<QList<Member>> members(QByteArrayView object);

// Whether `value` is one whole JSON value, strictly: structure, strings and
// their escapes, numbers and literals (not the UTF-8 of its bytes; see
// QUtf8StringView::isValidUtf8).
bool isValid(QByteArrayView value);

// A string value's text (with its quotes) as a QString, escapes resolved.
std::optional<QString> string(QByteArrayView value);
// An integer value.
std::optional<qint64> integer(QByteArrayView value);

} // namespace JsonSlices

} // namespace Kezek
