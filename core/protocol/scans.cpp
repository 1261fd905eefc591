#include "core/protocol/scans.h"

#include <array>
#include <utility>

namespace Kezek::Scans {

namespace {

constexpr std::array<std::pair<QByteArrayView, QByteArrayView>, 3> Types{{
    {"application/pdf", "%PDF-"},
    {"image/png", "\x89PNG\r\n\x1a\n"},
    {"image/jpeg", "\xff\xd8\xff"},
}};

} // namespace

QString sniffType(QByteArrayView bytes)
{
    for (const auto &[type, magic] : Types) {
        if (bytes.startsWith(magic))
            return QString::fromLatin1(type);
    }
    return {};
}

bool isType(QByteArrayView bytes, QByteArrayView contentType)
{
    for (const auto &[type, magic] : Types) {
        if (contentType == type)
            return bytes.startsWith(magic);
    }
    return false;
}

QString extensionOf(const QString &contentType)
{
    if (contentType == u"application/pdf")
        return QStringLiteral("pdf");
    return contentType == u"image/png" ? QStringLiteral("png") : QStringLiteral("jpg");
}

bool isPdf(QByteArrayView bytes)
{
    return bytes.startsWith("%PDF");
}

} // namespace Kezek::Scans
