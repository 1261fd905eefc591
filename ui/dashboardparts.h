#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

class QAbstractSeries;
class QChartView;
class QDateEdit;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

// The dashboard's building blocks: its tables of numbers, its charts, its
// sections, made one way.
namespace Kezek::DashboardParts {

QTableWidget *
figureTable(const QString &objectName, const QString &accessibleName, const QStringList &headers);
QTableWidgetItem *textItem(const QString &text);
// A number as the locale writes it, right-aligned, sorting as a number.
QTableWidgetItem *numberItem(qint64 value);
void addRow(QTableWidget *table, const QList<QTableWidgetItem *> &items);
// As tall as its rows, up to fourteen (it scrolls past that).
// As wide as its columns, so that a table beside a chart is never cut or
// scrolled sideways (the chart gives way).
void fitColumns(QTableWidget *table);
void fitRows(QTableWidget *table);
QWidget *section(const QString &title,
                 std::initializer_list<QWidget *> parts,
                 Qt::Orientation orientation = Qt::Vertical);
QChartView *chartView(const QString &objectName, const QString &accessibleName);
// The chart of `series` over `categories` (on the axis `categoryAxis`
// names, under `categoryTitle` if any), counts from zero to `most`.
void setChart(QChartView *view,
              QAbstractSeries *series,
              const QStringList &categories,
              int most,
              Qt::Orientation categoryAxis,
              const QString &categoryTitle = {});
QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName);

} // namespace Kezek::DashboardParts
