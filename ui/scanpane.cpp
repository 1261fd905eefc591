#include "ui/scanpane.h"

#include "core/protocol/scans.h"
#include "ui/uitr.h"

#include <QBuffer>
#include <QGraphicsPixmapItem>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QVBoxLayout>

namespace Kezek {

namespace {

// A picture of a scan: the image itself, or a PDF's first page rendered at
// twice its point size (about 144 dpi), enough to read a passport's MRZ.
QImage renderScan(const QByteArray &bytes, int *pages)
{
    *pages = 1;
    if (!Scans::isPdf(bytes))
        return QImage::fromData(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1)
        return {};
    *pages = pdf.pageCount();
    const QSizeF points = pdf.pagePointSize(0);
    return pdf.render(0, (points * 2).toSize());
}

} // namespace

ScanPane::ScanPane(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    layout->addWidget(heading);
    m_view = new QGraphicsView(&m_scene);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    // A page shows its edges on the theme's shadow, light or dark.
    m_view->setBackgroundBrush(m_view->palette().color(QPalette::Dark));
    m_view->setMinimumSize(240, 160);
    layout->addWidget(m_view, 1);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

bool ScanPane::show(const QByteArray &bytes)
{
    int pages = 1;
    const QImage image = renderScan(bytes, &pages);
    if (image.isNull()) {
        say(UiTr::tr("This scan is neither a picture nor a PDF Kezek can show."));
        return false;
    }
    m_scene.clear();
    m_item = m_scene.addPixmap(QPixmap::fromImage(image));
    m_item->setTransformationMode(Qt::SmoothTransformation);
    m_scene.setSceneRect(m_item->boundingRect());
    m_status->setText(pages > 1
                          ? UiTr::tr("%1 × %2 px, page 1 of %3: the other pages in the scan viewer "
                                     "(Ctrl+Shift+S on the case)")
                                .arg(image.width())
                                .arg(image.height())
                                .arg(pages)
                          : UiTr::tr("%1 × %2 px").arg(image.width()).arg(image.height()));
    return true;
}

void ScanPane::say(const QString &text)
{
    m_scene.clear();
    m_item = nullptr;
    m_status->setText(text);
}

QSize ScanPane::pictureSize() const
{
    return m_item ? m_item->pixmap().size() : QSize();
}

} // namespace Kezek
