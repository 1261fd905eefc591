#pragma once

#include <QDialog>
#include <QPixmap>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;

namespace Kezek {

// A document's scan, read from the encrypted cache: a picture, or a PDF page
// by page (Qt PDF). Nothing is written to disk to show it. Zoom by its
// buttons or Ctrl+plus, Ctrl+minus and Ctrl+0 (fit); Alt+Page Up and
// Alt+Page Down ask for the case's previous and next document (Page Up and
// Page Down alone turn a PDF's pages).
class ScanViewer : public QDialog
{
    Q_OBJECT

public:
    ScanViewer(const QString &title, const QByteArray &bytes, QWidget *parent = nullptr);

    double zoom() const { return m_zoom; } // 0: fitted to the window
    void zoomBy(double factor);
    void fit();

Q_SIGNALS:
    void stepRequested(int delta); // -1 the previous document, +1 the next

private:
    void showZoom();

    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QLabel *m_picture = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPixmap m_original;
    QLabel *m_zoomLabel = nullptr;
    double m_zoom = 0;
};

} // namespace Kezek
