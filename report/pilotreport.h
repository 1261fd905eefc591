#pragma once

#include "core/domain/oversight.h"
#include "core/result/result.h"
#include "report/reporttables.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The one renderer of the pilot report (issue 30, point 2): kezekctl and the
// workstation both write their files through it, from the domain's figures
// (computeOversight, or the server's answer read by oversightFromJson).
//
// CSV layout (one table, RFC 4180, comma-separated, UTF-8 with a byte order
// mark so that Excel, which takes a file without one for the Windows code
// page, shows Kazakh and Russian letters; the XLSX is the one made for Excel,
// the CSV for scripts): the header row `section,key,name,figure,value`, then
// the report's own rows (section "report": period-from, period-to,
// law-version, made-at), then one row per figure: section "city" (key the
// city's id, and "total"), "nationality" (ICAO code), "month" ("2026-03"),
// "reasons" (the catalog's code), "breaches" (the clock's id),
// "outside-legal-basis"; `name` is the row's name in the report's language;
// `figure` a stable id (applications, granted, filing-to-permit-median-days,
// ...); `value` a number, or text for names and case numbers. Dates read
// dd.MM.yyyy. A figure with no value (a median of no permits) has no row.
namespace Kezek::Report {

enum class Format { Pdf, Csv, Xlsx };

// "pdf", "csv", "xlsx"; none for anything else.
std::optional<Format> formatFromId(QStringView id);

// The report's bytes in `format`. The PDF draws Qt Charts, which need a
// QApplication (kezekctl makes one on the offscreen platform).
Result<QByteArray>
renderReport(const OversightFigures &figures, Format format, const ReportOptions &options);

// Renders and writes the report to `path` whole or not at all: a temporary
// file beside it, renamed at the end, so that a failure leaves no file.
Result<void> writeReport(const OversightFigures &figures,
                         Format format,
                         const ReportOptions &options,
                         const QString &path);

// Each format alone (pilotreport.cpp picks one).
QByteArray csvReport(const OversightFigures &figures, const ReportOptions &options);
Result<QByteArray> xlsxReport(const OversightFigures &figures, const ReportOptions &options);
Result<QByteArray> pdfReport(const OversightFigures &figures, const ReportOptions &options);

} // namespace Kezek::Report
