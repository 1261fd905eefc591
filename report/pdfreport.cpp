#include "report/pilotreport.h"

#include "report/reportcharts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace Kezek::Report {

namespace {

using namespace Qt::StringLiterals;

// The page in points (the writer's resolution is 72 dpi): A4 across, as the
// pilot's tables are wide.
constexpr qreal Margin = 36;
constexpr qreal CellPadding = 3;
// The most of a list of case numbers a page shows; the CSV and the XLSX
// have them all.
constexpr qsizetype MostCaseNumbers = 30;

// A font with every Kazakh letter (the packages depend on DejaVu).
QFont reportFont(qreal points, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Draws downwards, page after page.
class PageFlow
{
public:
    PageFlow(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_width(writer.width() - 2 * Margin)
        , m_bottom(writer.height() - Margin)
    {}

    qreal width() const { return m_width; }
    QPainter &painter() { return m_painter; }

    // The top of a band `height` high, on a new page when this one is full.
    qreal take(qreal height)
    {
        if (m_y + height > m_bottom && m_y > Margin) {
            m_writer.newPage();
            m_y = Margin;
        }
        const qreal top = m_y;
        m_y += height;
        return top;
    }
    void skip(qreal height) { m_y += height; }

    void text(const QString &line, const QFont &font)
    {
        m_painter.setFont(font);
        const qreal height = QFontMetricsF(font, m_painter.device()).height() + 2;
        const qreal top = take(height);
        m_painter.drawText(
            QRectF(Margin, top, m_width, height), Qt::AlignLeft | Qt::AlignVCenter, line);
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    qreal m_width;
    qreal m_bottom;
    qreal m_y = Margin;
};

QString shortList(const QString &text)
{
    const QStringList ids = text.split(u", "_s, Qt::SkipEmptyParts);
    if (ids.size() <= MostCaseNumbers)
        return text;
    return ReportTr::tr("%1 and %n more", nullptr, int(ids.size() - MostCaseNumbers))
        .arg(ids.mid(0, MostCaseNumbers).join(u", "_s));
}

// Whether a column holds numbers (or nothing): narrow, and set right.
QList<bool> numericColumns(const Table &table)
{
    QList<bool> numeric;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        bool all = !table.rows.isEmpty();
        for (const QList<Cell> &cells : table.rows)
            all = all && (cells.value(c).number || cells.value(c).text.isEmpty());
        numeric.append(all);
    }
    return numeric;
}

QList<qreal> columnWidths(const Table &table, const QList<bool> &numeric, qreal width)
{
    QList<qreal> weights;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const QString &id = table.columns.value(c);
        weights.append(numeric.at(c) || id == u"code" || id == u"paragraph" ? 1.0
                       : table.headers.size() > 6                           ? 1.5
                                                                            : 3.5);
    }
    qreal sum = 0;
    for (qreal w : weights)
        sum += w;
    QList<qreal> widths;
    for (qreal w : weights)
        widths.append(width * w / sum);
    return widths;
}

// One row of cells: as high as its tallest wrapped cell, on one page.
void drawRow(PageFlow &flow,
             const QStringList &texts,
             const QList<qreal> &widths,
             const QFont &font,
             const QList<bool> &rightAligned)
{
    QPainter &p = flow.painter();
    p.setFont(font);
    // Measured on the PDF itself (72 dpi), not on a screen.
    const QFontMetricsF metrics(font, p.device());
    qreal height = metrics.height();
    for (qsizetype c = 0; c < texts.size(); ++c) {
        const QRectF room(0, 0, widths.at(c) - 2 * CellPadding, 10000);
        height
            = std::max(height, metrics.boundingRect(room, Qt::TextWordWrap, texts.at(c)).height());
    }
    height += 2 * CellPadding;
    const qreal top = flow.take(height);
    qreal x = Margin;
    if (font.bold())
        p.fillRect(QRectF(x, top, flow.width(), height), QColor(0xe8, 0xec, 0xf1));
    for (qsizetype c = 0; c < texts.size(); ++c) {
        const QRectF cell(x, top, widths.at(c), height);
        p.setPen(QColor(0xb0, 0xb7, 0xc0));
        p.drawRect(cell);
        p.setPen(Qt::black);
        p.drawText(cell.adjusted(CellPadding, CellPadding, -CellPadding, -CellPadding),
                   Qt::TextWordWrap | (rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft)
                       | Qt::AlignTop,
                   texts.at(c));
        x += widths.at(c);
    }
}

void drawTable(PageFlow &flow, const Table &table)
{
    flow.skip(10);
    flow.take(60); // the title stays with the table's first rows
    flow.skip(-60);
    flow.text(table.title, reportFont(11, true));
    const QList<bool> numeric = numericColumns(table);
    const QList<qreal> widths = columnWidths(table, numeric, flow.width());
    drawRow(flow, table.headers, widths, reportFont(6.5, true), {});
    for (const QList<Cell> &cells : table.rows) {
        QStringList texts;
        for (qsizetype c = 0; c < cells.size(); ++c)
            texts.append(table.columns.value(c) == u"case-numbers" ? shortList(cells.at(c).text)
                                                                   : cells.at(c).text);
        drawRow(flow, texts, widths, reportFont(7), numeric);
    }
}

} // namespace

Result<QByteArray> pdfReport(const OversightFigures &figures, const ReportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(reportTitle(figures));
    writer.setCreator(u"Kezek"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(u"report.write"_s, ReportTr::tr("Cannot draw the PDF report."));
    PageFlow flow(writer, painter);
    flow.text(reportTitle(figures), reportFont(15, true));
    for (const QString &line : reportHeading(figures, options))
        flow.text(line, reportFont(9));
    flow.skip(8);
    // The two charts side by side: the flow per month and the outcomes.
    const qreal chartWidth = (flow.width() - 12) / 2;
    const qreal chartHeight = 230;
    const qreal top = flow.take(chartHeight);
    drawMonthlyFlowChart(painter, QRectF(Margin, top, chartWidth, chartHeight), figures);
    drawOutcomesChart(
        painter, QRectF(Margin + chartWidth + 12, top, chartWidth, chartHeight), figures);
    for (const Table &table : reportTables(figures, options))
        drawTable(flow, table);
    painter.end();
    return bytes;
}

} // namespace Kezek::Report
