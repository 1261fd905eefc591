#include "report/reportcharts.h"

#include "report/reporttables.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace Kezek::Report {

namespace {

using namespace Qt::StringLiterals;

QFont chartFont(qreal points, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// A chart laid out at the target's size and drawn there; the scene owns it.
// `over` draws on the page after the chart, while its layout is still there.
void drawChart(QPainter &painter,
               const QRectF &target,
               QChart *chart,
               const std::function<void(const QChart &)> &over = {})
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleFont(chartFont(9, true));
    chart->legend()->setFont(chartFont(7));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    // The chart measures its labels on the screen's metrics and the page's are
    // wider: a label it would cut ("09.20…") is drawn whole, as it fits.
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(chartFont(6.5));
        axis->setTruncateLabels(false);
    }
    scene.render(&painter, target, scene.sceneRect());
    if (over)
        over(*chart);
}

// A value axis from zero, in whole numbers.
QValueAxis *countAxis(int most)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1, most));
    axis->setLabelFormat(u"%d"_s);
    axis->setTickCount(std::min(most, 5) + 1 < 2 ? 2 : std::min(most, 5) + 1);
    if (most > 5)
        axis->applyNiceNumbers();
    return axis;
}

} // namespace

void drawMonthlyFlowChart(QPainter &painter, const QRectF &target, const OversightFigures &figures)
{
    auto *applications = new QBarSet(ReportTr::tr("Applications"));
    auto *granted = new QBarSet(ReportTr::tr("Permits granted"));
    auto *refused = new QBarSet(ReportTr::tr("Refusals"));
    QStringList months;
    int most = 0;
    for (const PilotRow &row : figures.pilot.byMonth) {
        months.append(monthTitle(row.key));
        const int refusals = row.outcomes.preliminarilyRefused + row.outcomes.finallyRefused;
        *applications << row.applications;
        *granted << row.outcomes.granted;
        *refused << refusals;
        most = std::max({most, row.applications, row.outcomes.granted, refusals});
    }
    auto *series = new QBarSeries;
    series->append({applications, granted, refused});
    auto *chart = new QChart;
    chart->setTitle(ReportTr::tr("Applications and decisions per month"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->addSeries(series);
    // The months are drawn by hand under their bars, whole: Qt Charts
    // measures its labels on the screen and cut them short on the page
    // ("09.20…"). Its own labels stay, unseen, to keep their room.
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setLabelsBrush(Qt::transparent);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = countAxis(most);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    const QFont labelFont = chartFont(6.5);
    drawChart(painter, target, chart, [&](const QChart &laid) {
        const QRectF plot = laid.plotArea().translated(target.topLeft());
        const qreal band = plot.width() / std::max<qsizetype>(1, months.size());
        const QFontMetricsF metrics(labelFont, painter.device());
        painter.save();
        painter.setFont(labelFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        for (qsizetype i = 0; i < months.size(); ++i) {
            const QRectF cell(plot.left() + i * band, plot.bottom() + 3, band, metrics.height());
            painter.drawText(cell,
                             Qt::AlignHCenter | Qt::AlignTop,
                             metrics.elidedText(months.at(i), Qt::ElideRight, band));
        }
        painter.restore();
    });
}

void drawOutcomesChart(QPainter &painter, const QRectF &target, const OversightFigures &figures)
{
    const PilotRow total = pilotTotal(figures);
    const QList<int> values = outcomeValues(total.outcomes);
    auto *set = new QBarSet(ReportTr::tr("Cases"));
    int most = 0;
    // Bottom to top as a horizontal bar chart lists them: the report's order read downwards.
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        *set << values.at(i);
        most = std::max(most, values.at(i));
    }
    QStringList titles = outcomeTitles();
    std::reverse(titles.begin(), titles.end());
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto *chart = new QChart;
    chart->setTitle(ReportTr::tr("Outcomes in the period"));
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    // The outcomes' names are the chart's point and are never cut short: the
    // chart leaves them room measured on the page itself, and they are drawn
    // there beside their bars (Qt Charts measures its labels on the screen
    // and, in Russian and Kazakh, drew them past the chart's left edge).
    const QFont labelFont = chartFont(6.5);
    const QFontMetricsF metrics(labelFont, painter.device());
    qreal labelWidth = 0;
    for (const QString &title : std::as_const(titles))
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(title));
    labelWidth = std::min(labelWidth + 6, target.width() / 2);
    chart->setMargins(QMargins(int(labelWidth) + 2, 2, 8, 2));
    auto *axisY = new QBarCategoryAxis;
    axisY->append(titles);
    axisY->setLabelsVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = countAxis(most);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    drawChart(painter, target, chart, [&](const QChart &laid) {
        const QRectF plot = laid.plotArea().translated(target.topLeft());
        const qreal band = plot.height() / std::max<qsizetype>(1, titles.size());
        painter.save();
        painter.setFont(labelFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        for (qsizetype i = 0; i < titles.size(); ++i) {
            // The first title is the lowest bar.
            const qreal bottom = plot.bottom() - i * band;
            painter.drawText(
                QRectF(target.left(), bottom - band, plot.left() - target.left() - 4, band),
                Qt::AlignRight | Qt::AlignVCenter,
                metrics.elidedText(titles.at(i), Qt::ElideRight, labelWidth));
        }
        painter.restore();
    });
}

} // namespace Kezek::Report
