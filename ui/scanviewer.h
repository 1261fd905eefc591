#pragma once

#include <QDialog>

class QBuffer;
class QPdfDocument;

namespace Kezek {

// A document's scan, read from the encrypted cache: a picture, or a PDF page
// by page (Qt PDF). Nothing is written to disk to show it.
class ScanViewer : public QDialog
{
    Q_OBJECT

public:
    ScanViewer(const QString &title, const QByteArray &bytes, QWidget *parent = nullptr);

private:
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
};

} // namespace Kezek
