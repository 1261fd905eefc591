#pragma once

#include <QByteArrayView>
#include <QString>

// What a scan of a document may be, for the server that takes it and the
// desk that sends it: the three types the law's documents come in, known by
// their first bytes, and the largest one upload carries.
namespace Kezek::Scans {

// The server's default limit on one scan (kezek-server --max-document).
inline constexpr qint64 MaxBytes = qint64(20) * 1024 * 1024;

// The content type the first bytes say ("application/pdf", "image/png",
// "image/jpeg"), or empty when they are none of these.
QString sniffType(QByteArrayView bytes);
// Whether `bytes` are what `contentType` claims and a type scans may be.
bool isType(QByteArrayView bytes, QByteArrayView contentType);
// The file extension a type is saved with: "pdf", "png" or "jpg".
QString extensionOf(const QString &contentType);
bool isPdf(QByteArrayView bytes);

} // namespace Kezek::Scans
