#pragma once

#include <QByteArray>
#include <QStringList>

namespace Kezek::ScanGenerator {

// Files that look like what a scanner or eGov hands over, made without a
// display or a font: for demos, training and tests.

// A one-page A4 PDF 1.4 with these lines in Helvetica (Latin-1; other
// characters become '?').
QByteArray pdf(const QString &title, const QStringList &lines);

// A grey scanned page as PNG: a margin, a photo block and lines of "text",
// laid out from the seed, so that each applicant's scan differs.
QByteArray png(int width, int height, quint32 seed);

} // namespace Kezek::ScanGenerator
