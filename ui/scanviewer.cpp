#include "ui/scanviewer.h"

#include "core/protocol/scans.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kezek {

ScanViewer::ScanViewer(const QString &title, const QByteArray &bytes, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Scan: %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    if (Scans::isPdf(bytes)) {
        m_buffer = new QBuffer(this);
        m_buffer->setData(bytes);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdf = new QPdfDocument(this);
        m_pdf->load(m_buffer);
        auto *view = new QPdfView;
        view->setDocument(m_pdf);
        view->setPageMode(QPdfView::PageMode::MultiPage);
        view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        layout->addWidget(view);
    } else {
        const QImage image = QImage::fromData(bytes);
        auto *label = new QLabel;
        if (image.isNull()) {
            label->setText(UiTr::tr("This scan is neither a picture nor a PDF Kezek can show."));
        } else {
            label->setPixmap(QPixmap::fromImage(image));
        }
        auto *scroll = new QScrollArea;
        scroll->setWidget(label);
        layout->addWidget(scroll);
    }
    auto *buttons = new QDialogButtonBox;
    addCloseButton(buttons)->setDefault(true); // Enter, as Escape, closes the scan
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(800, 900);
}

} // namespace Kezek
