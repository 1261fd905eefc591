#include "ui/dashboardparts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Kezek::DashboardParts {

QTableWidget *
figureTable(const QString &objectName, const QString &accessibleName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    // Every column as wide as its words, the names first among them: a
    // stage or a person is never cut to "…" (at 125% in Russian they were);
    // a table wider than its place scrolls.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return table;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void addRow(QTableWidget *table, const QList<QTableWidgetItem *> &items)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < items.size(); ++column)
        table->setItem(row, column, items.at(column));
}

void fitRows(QTableWidget *table)
{
    const int rows = std::min(table->rowCount(), 14); // twelve weeks and their total
    const int height = table->horizontalHeader()->sizeHint().height()
                       + std::max(rows, 2) * table->verticalHeader()->defaultSectionSize()
                       + 2 * table->frameWidth() + 4;
    table->setMinimumHeight(height);
    table->setMaximumHeight(height + table->horizontalScrollBar()->sizeHint().height());
}

void fitColumns(QTableWidget *table)
{
    table->setMinimumWidth(table->horizontalHeader()->length() + 2 * table->frameWidth()
                           + table->verticalScrollBar()->sizeHint().width());
}

QWidget *
section(const QString &title, std::initializer_list<QWidget *> parts, Qt::Orientation orientation)
{
    auto *box = new QGroupBox(title);
    QBoxLayout *layout = orientation == Qt::Vertical ? static_cast<QBoxLayout *>(new QVBoxLayout)
                                                     : new QHBoxLayout;
    box->setLayout(layout);
    // Charts take the room there is; tables and notes keep to the top.
    bool grows = false;
    for (QWidget *part : parts) {
        const bool chart = qobject_cast<QChartView *>(part) != nullptr;
        grows = grows || chart;
        layout->addWidget(part, chart ? 1 : 0, chart ? Qt::Alignment() : Qt::AlignTop);
    }
    if (!grows)
        layout->addStretch(1);
    return box;
}

QChartView *chartView(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    view->setFocusPolicy(Qt::NoFocus); // its numbers are in the table beside it
    return view;
}

void setChart(QChartView *view,
              QAbstractSeries *series,
              const QStringList &categories,
              int most,
              Qt::Orientation categoryAxis,
              const QString &categoryTitle)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setTitleText(categoryTitle);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(1, most));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(std::clamp(most + 1, 2, 6));
    if (most > 5)
        counts->applyNiceNumbers();
    const bool vertical = categoryAxis == Qt::Vertical;
    chart->addAxis(names, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(counts);
    chart->legend()->setVisible(qobject_cast<QAbstractBarSeries *>(series)
                                && qobject_cast<QAbstractBarSeries *>(series)->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

} // namespace Kezek::DashboardParts
