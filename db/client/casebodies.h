#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

namespace Kezek {

// A case's text as the cache keeps it: compressed with zstd against a
// dictionary of the case format (dictionaries/case-1.json), about a ninth of
// the text. A first sync then writes, encrypts and authenticates a ninth of
// the pages, and a page of the cache holds some seventy cases instead of
// seven.
//
// A packed body is a blob: one byte naming the dictionary, then a zstd frame.
// A dictionary, once shipped, never changes: every cache that used it still
// needs it to read its cases. A better one is added beside it with the next
// number. Bodies cached before, as text, are read as they are.
//
// One codec a connection: it keeps zstd's working memory between cases, and
// is not to be shared between threads.
class CaseBodyCodec
{
public:
    CaseBodyCodec();
    ~CaseBodyCodec();
    CaseBodyCodec(const CaseBodyCodec &) = delete;
    CaseBodyCodec &operator=(const CaseBodyCodec &) = delete;

    // The blob kept for a case's JSON text; empty if zstd fails (out of
    // memory) or the text is over MaxText, and the caller then keeps the
    // text as it is.
    QByteArray pack(QByteArrayView json);
    // The JSON text of a blob `pack` made; nullopt when it is damaged, names
    // a dictionary this program does not have, or would unpack to more than
    // a case can hold.
    std::optional<QByteArray> unpack(QByteArrayView blob);

    // The largest text a case's body may unpack to.
    static constexpr qsizetype MaxText = 16 * 1024 * 1024;

private:
    struct Contexts;
    std::unique_ptr<Contexts> m_contexts;
};

} // namespace Kezek
