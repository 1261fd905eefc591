#include "core/simulation/scangenerator.h"

#include <QRandomGenerator>

#include <array>

namespace Kezek::ScanGenerator {

namespace {

QByteArray pdfText(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char latin = u < 0x20 || u > 0xff ? '?' : static_cast<char>(u);
        if (latin == '(' || latin == ')' || latin == '\\')
            out += '\\';
        out += latin;
    }
    return out;
}

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffU;
    for (const char byte : bytes)
        c = table[(c ^ static_cast<quint8>(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffU;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += static_cast<char>((value >> shift) & 0xff);
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian(png, static_cast<quint32>(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png += typed;
    appendBigEndian(png, crc32(typed));
}

} // namespace

QByteArray pdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT /F1 18 Tf 56 780 Td (" + pdfText(title) + ") Tj ET\n";
    int y = 740;
    for (const QString &line : lines) {
        content
            += "BT /F1 11 Tf 56 " + QByteArray::number(y) + " Td (" + pdfText(line) + ") Tj ET\n";
        y -= 18;
    }
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray png(int width, int height, quint32 seed)
{
    QRandomGenerator random(seed);
    // 8-bit grey, each row led by filter byte 0; paper with a little noise.
    QByteArray raw;
    raw.reserve(static_cast<qsizetype>(height) * (width + 1));
    const int margin = width / 12;
    const int photoRight = margin + width / 4;
    const int photoBottom = margin + height / 4;
    const int lineHeight = std::max(height / 40, 4);
    for (int y = 0; y < height; ++y) {
        raw += '\0';
        const int line = std::max(0, (y - photoBottom - margin) / lineHeight);
        const int lineLength = width / 3 + static_cast<int>((seed >> (line % 16)) % (width / 2));
        for (int x = 0; x < width; ++x) {
            int shade = 235 + static_cast<int>(random.bounded(12));
            const bool inside
                = x >= margin && x < width - margin && y >= margin && y < height - margin;
            if (!inside)
                shade = 250;
            else if (x < photoRight && y < photoBottom)
                shade = 90 + ((x * 7 + y * 3 + static_cast<int>(seed)) % 40);
            else if (y > photoBottom + margin
                     && (y - photoBottom - margin) % lineHeight < lineHeight / 2
                     && x < margin + lineLength && x < width - margin)
                shade = 40 + static_cast<int>(random.bounded(30));
            raw += static_cast<char>(shade);
        }
    }
    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(width));
    appendBigEndian(header, static_cast<quint32>(height));
    header
        += QByteArray("\x08\x00\x00\x00\x00", 5); // 8 bits, grey, deflate, no filter, no interlace
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    appendChunk(out, "IHDR", header);
    appendChunk(out, "IDAT", qCompress(raw, 6).mid(4)); // qCompress leads with the length
    appendChunk(out, "IEND", {});
    return out;
}

} // namespace Kezek::ScanGenerator
