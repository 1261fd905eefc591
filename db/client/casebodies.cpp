#include "db/client/casebodies.h"

#include <QFile>

#include <zstd.h>

namespace Kezek {

namespace {

// The one dictionary so far: a case just received and one with a decision,
// their applicants made up, as caseToJson writes them.
constexpr char FirstDictionary = 1;

// zstd's fast levels: a tenth of the text at about a third of a level-1
// pass; what costs a first sync is the CPU, not the last few bytes.
constexpr int Level = -1;

QByteArray dictionary()
{
    QFile file(QStringLiteral(":/kezek/db/dictionaries/case-1.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

struct CaseBodyCodec::Contexts
{
    QByteArray dictionary = Kezek::dictionary();
    ZSTD_CCtx *compress = ZSTD_createCCtx();
    ZSTD_DCtx *decompress = ZSTD_createDCtx();
    // Made on first use: a workstation that only reads never pays for the
    // compression tables.
    ZSTD_CDict *compressDictionary = nullptr;
    ZSTD_DDict *decompressDictionary = nullptr;

    ~Contexts()
    {
        ZSTD_freeCDict(compressDictionary);
        ZSTD_freeDDict(decompressDictionary);
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
};

CaseBodyCodec::CaseBodyCodec()
    : m_contexts(std::make_unique<Contexts>())
{}

CaseBodyCodec::~CaseBodyCodec() = default;

QByteArray CaseBodyCodec::pack(QByteArrayView json)
{
    Contexts &z = *m_contexts;
    // Beyond what unpack takes back, the text is kept as it is.
    if (!z.compress || z.dictionary.isEmpty() || json.size() > MaxText)
        return {};
    if (!z.compressDictionary) {
        z.compressDictionary
            = ZSTD_createCDict(z.dictionary.constData(), size_t(z.dictionary.size()), Level);
        if (!z.compressDictionary)
            return {};
    }
    QByteArray blob(qsizetype(1 + ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    blob[0] = FirstDictionary;
    const size_t written = ZSTD_compress_usingCDict(z.compress,
                                                    blob.data() + 1,
                                                    size_t(blob.size() - 1),
                                                    json.data(),
                                                    size_t(json.size()),
                                                    z.compressDictionary);
    if (ZSTD_isError(written))
        return {};
    blob.truncate(qsizetype(1 + written));
    return blob;
}

std::optional<QByteArray> CaseBodyCodec::unpack(QByteArrayView blob)
{
    Contexts &z = *m_contexts;
    if (blob.size() < 2 || blob.front() != FirstDictionary || !z.decompress
        || z.dictionary.isEmpty())
        return std::nullopt;
    const QByteArrayView frame = blob.sliced(1);
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR
        || size > unsigned(MaxText))
        return std::nullopt;
    if (!z.decompressDictionary) {
        z.decompressDictionary
            = ZSTD_createDDict(z.dictionary.constData(), size_t(z.dictionary.size()));
        if (!z.decompressDictionary)
            return std::nullopt;
    }
    QByteArray text(qsizetype(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress_usingDDict(z.decompress,
                                                   text.data(),
                                                   size_t(text.size()),
                                                   frame.data(),
                                                   size_t(frame.size()),
                                                   z.decompressDictionary);
    if (ZSTD_isError(read) || read != size)
        return std::nullopt;
    return text;
}

} // namespace Kezek
