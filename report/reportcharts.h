#pragma once

#include "core/domain/oversight.h"

#include <QRectF>

class QPainter;

// The pilot report's charts, drawn with Qt Charts into any painter (a PDF
// page, an image): the applications and decisions per month, and the
// period's outcomes. They need a QApplication (Qt Charts' items are widgets).
namespace Kezek::Report {

void drawMonthlyFlowChart(QPainter &painter, const QRectF &target, const OversightFigures &figures);
void drawOutcomesChart(QPainter &painter, const QRectF &target, const OversightFigures &figures);

} // namespace Kezek::Report
