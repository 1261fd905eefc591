#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// A few fields read from JSON text without building a document: what the
// cache needs to index a case, while the case itself is kept as the bytes it
// came in. Strict: every slice handed out is of text checked whole
// (structure, strings and their escapes and UTF-8, numbers, literals, at most
// 64 levels deep). Any doubt answers nullopt, and the caller refuses the page.
namespace JsonSlices {

// The elements of the array under `key` in the top-level object, as slices
// of `text`; an empty list when the key is absent.
std::optional<QList<QByteArrayView>> arrayElements(QByteArrayView text, QByteArrayView key);

// The elements of an array, as slices of its text.
std::optional<QList<QByteArrayView>> elements(QByteArrayView array);

// The members of an object, by name: each value as its slice of the text.
struct Member
{
    QByteArrayView name;  // as written, escapes included
    QByteArrayView value; // the whole value's text
};
std::optional<QList<Member>> members(QByteArrayView object);

// An object inside a larger text: its text and its members.
struct Object
{
    QByteArrayView text;
    QList<Member> members;
};
// The objects in the array under `key` in the top-level object `text`, each
// with its members, and the top-level members in `top` when asked: the whole
// text read once. An absent key gives no objects; an element that is not an
// object, or the key twice, gives nullopt, as anything not whole does.
std::optional<QList<Object>>
objectsUnder(QByteArrayView text, QByteArrayView key, QList<Member> *top = nullptr);

// Whether `value` is one whole JSON value, strictly (as above).
bool isValid(QByteArrayView value);

// A string value's text (with its quotes) as a QString, escapes resolved.
std::optional<QString> string(QByteArrayView value);
// The same as UTF-8 bytes, without a round trip through a QString.
std::optional<QByteArray> utf8(QByteArrayView value);
// An integer value.
std::optional<qint64> integer(QByteArrayView value);

} // namespace JsonSlices

} // namespace Kezek
