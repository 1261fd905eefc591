#include "ui/scanviewer.h"

#include "core/protocol/scans.h"
#include "ui/icons.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace Kezek {

ScanViewer::ScanViewer(const QString &title, const QByteArray &bytes, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(UiTr::tr("Scan: %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    auto *tools = new QHBoxLayout;
    const auto addButton
        = [this,
           tools](const QString &text, const QString &icon, const QKeySequence &keys, auto slot) {
              auto *button = new QPushButton(Icons::named(icon), text);
              button->setAutoDefault(false);
              button->setToolTip(keys.toString(QKeySequence::NativeText));
              button->setAccessibleDescription(button->toolTip());
              connect(button, &QPushButton::clicked, this, slot);
              auto *shortcut = new QShortcut(keys, this);
              connect(shortcut, &QShortcut::activated, this, slot);
              tools->addWidget(button);
              return button;
          };
    addButton(UiTr::tr("Previous document"),
              QStringLiteral("go-previous"),
              QKeySequence(Qt::ALT | Qt::Key_PageUp),
              [this] { Q_EMIT stepRequested(-1); });
    addButton(UiTr::tr("Next document"),
              QStringLiteral("go-next"),
              QKeySequence(Qt::ALT | Qt::Key_PageDown),
              [this] { Q_EMIT stepRequested(1); });
    tools->addStretch();
    addButton(UiTr::tr("Zoom out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut, [this] {
        zoomBy(1 / 1.25);
    });
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("scanZoom"));
    tools->addWidget(m_zoomLabel);
    addButton(UiTr::tr("Zoom in"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn, [this] {
        zoomBy(1.25);
    });
    addButton(UiTr::tr("Fit"),
              QStringLiteral("zoom-fit-best"),
              QKeySequence(Qt::CTRL | Qt::Key_0),
              [this] { fit(); });
    layout->addLayout(tools);
    if (Scans::isPdf(bytes)) {
        m_buffer = new QBuffer(this);
        m_buffer->setData(bytes);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdf = new QPdfDocument(this);
        m_pdf->load(m_buffer);
        m_pdfView = new QPdfView;
        m_pdfView->setDocument(m_pdf);
        m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
        layout->addWidget(m_pdfView);
    } else {
        const QImage image = QImage::fromData(bytes);
        m_picture = new QLabel;
        m_picture->setAlignment(Qt::AlignCenter);
        if (image.isNull()) {
            m_picture->setText(
                UiTr::tr("This scan is neither a picture nor a PDF Kezek can show."));
        } else {
            m_original = QPixmap::fromImage(image);
        }
        m_scroll = new QScrollArea;
        m_scroll->setWidget(m_picture);
        m_scroll->setWidgetResizable(true);
        layout->addWidget(m_scroll);
    }
    auto *buttons = new QDialogButtonBox;
    addCloseButton(buttons)->setDefault(true); // Enter, as Escape, closes the scan
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(800, 900);
    fit();
}

void ScanViewer::fit()
{
    m_zoom = 0;
    showZoom();
}

void ScanViewer::zoomBy(double factor)
{
    // From the fitted size on, when it was fitted.
    double now = m_zoom;
    if (now == 0) {
        now = 1;
        if (!m_original.isNull() && m_scroll)
            now = std::min(1.0, double(m_scroll->viewport()->width()) / m_original.width());
        else if (m_pdfView)
            now = m_pdfView->zoomFactor();
    }
    m_zoom = std::clamp(now * factor, 0.1, 8.0);
    showZoom();
}

void ScanViewer::showZoom()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(m_zoom == 0 ? QPdfView::ZoomMode::FitToWidth
                                           : QPdfView::ZoomMode::Custom);
        if (m_zoom > 0)
            m_pdfView->setZoomFactor(m_zoom);
    }
    if (!m_original.isNull()) {
        const int width = m_zoom == 0 ? std::max(100, m_scroll->viewport()->width() - 4)
                                      : int(m_original.width() * m_zoom);
        m_picture->setPixmap(m_original.scaledToWidth(width, Qt::SmoothTransformation));
    }
    m_zoomLabel->setText(m_zoom == 0 ? UiTr::tr("fitted")
                                     : QLocale().toString(qRound(m_zoom * 100)) + u'%');
}

} // namespace Kezek
