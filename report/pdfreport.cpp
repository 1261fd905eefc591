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

    // A line of text, wrapped to the page's width when it is longer.
    void text(const QString &line, const QFont &font)
    {
        m_painter.setFont(font);
        const qreal height = textHeight(line, font);
        const qreal top = take(height);
        m_painter.drawText(QRectF(Margin, top, m_width, height),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                           line);
    }
    qreal textHeight(const QString &line, const QFont &font) const
    {
        const QFontMetricsF metrics(font, m_painter.device());
        return metrics.boundingRect(QRectF(0, 0, m_width, 10000), Qt::TextWordWrap, line).height()
               + 2;
    }
    // A new page unless `height` more fits on this one.
    void keep(qreal height)
    {
        if (m_y + height > m_bottom && m_y > Margin) {
            m_writer.newPage();
            m_y = Margin;
        }
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

// The widest word of a header, so that no word is cut in the middle.
qreal widestWord(const QString &text, const QFontMetricsF &metrics)
{
    qreal widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

// Each column at least as wide as the widest word of its header and cells
// (Russian and Kazakh words are long), the rest shared by weight: numbers
// narrow, texts wide.
QList<qreal> columnWidths(const Table &table,
                          const QList<bool> &numeric,
                          qreal width,
                          const QFontMetricsF &headerMetrics,
                          const QFontMetricsF &cellMetrics)
{
    QList<qreal> weights;
    QList<qreal> least;
    qreal weightSum = 0;
    qreal leastSum = 0;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const QString &id = table.columns.value(c);
        weights.append(numeric.at(c) || id == u"code" || id == u"paragraph" ? 1.0
                       : table.headers.size() > 6                           ? 1.5
                                                                            : 3.5);
        qreal widest = widestWord(table.headers.at(c), headerMetrics);
        for (const QList<Cell> &cells : table.rows)
            widest = std::max(widest, widestWord(cells.value(c).text, cellMetrics));
        least.append(widest + 2 * CellPadding + 1);
        weightSum += weights.last();
        leastSum += least.last();
    }
    QList<qreal> widths;
    const qreal spare = width - leastSum;
    for (qsizetype c = 0; c < weights.size(); ++c) {
        widths.append(spare >= 0 ? least.at(c) + spare * weights.at(c) / weightSum
                                 : width * least.at(c) / leastSum);
    }
    return widths;
}

// How high a row of cells is: its tallest wrapped cell, measured on the PDF
// itself (72 dpi), not on a screen.
qreal rowHeight(const QPainter &p,
                const QStringList &texts,
                const QList<qreal> &widths,
                const QFont &font)
{
    const QFontMetricsF metrics(font, p.device());
    qreal height = metrics.height();
    for (qsizetype c = 0; c < texts.size(); ++c) {
        const QRectF room(0, 0, widths.at(c) - 2 * CellPadding, 10000);
        height
            = std::max(height, metrics.boundingRect(room, Qt::TextWordWrap, texts.at(c)).height());
    }
    return height + 2 * CellPadding;
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
    const qreal height = rowHeight(p, texts, widths, font);
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

QStringList rowTexts(const Table &table, const QList<Cell> &cells)
{
    QStringList texts;
    for (qsizetype c = 0; c < cells.size(); ++c)
        texts.append(table.columns.value(c) == u"case-numbers" ? shortList(cells.at(c).text)
                                                               : cells.at(c).text);
    return texts;
}

void drawTable(PageFlow &flow, const Table &table)
{
    const QFont titleFont = reportFont(11, true);
    const QFont headerFont = reportFont(6.5, true);
    const QFont cellFont = reportFont(7);
    const QList<bool> numeric = numericColumns(table);
    const QList<qreal> widths = columnWidths(table,
                                             numeric,
                                             flow.width(),
                                             QFontMetricsF(headerFont, flow.painter().device()),
                                             QFontMetricsF(cellFont, flow.painter().device()));
    // The title stays with the table's header and its first row.
    qreal together = 10 + flow.textHeight(table.title, titleFont)
                     + rowHeight(flow.painter(), table.headers, widths, headerFont);
    if (!table.rows.isEmpty())
        together += rowHeight(
            flow.painter(), rowTexts(table, table.rows.constFirst()), widths, cellFont);
    flow.keep(together);
    flow.skip(10);
    flow.text(table.title, titleFont);
    drawRow(flow, table.headers, widths, headerFont, {});
    for (const QList<Cell> &cells : table.rows)
        drawRow(flow, rowTexts(table, cells), widths, cellFont, numeric);
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
