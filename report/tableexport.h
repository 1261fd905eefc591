#pragma once

#include "core/result/result.h"
#include "report/reporttables.h"

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

// Tables written to files by the pilot report's own writers (issue 31,
// point 4): a list of cases as the window shows it, and the audit extract.
// The XLSX through libxlsxwriter, the CSV as RFC 4180 with a byte order mark,
// the PDF as HTML laid out on A4; each file whole or not at all.
namespace Kezek::Report {

// One CSV line (RFC 4180: a field in quotes when it holds a comma, a quote or
// a line break, its quotes doubled), ended by CRLF.
QString csvLine(const QStringList &fields);

// The header row, then each row; UTF-8 with a byte order mark, so that Excel
// shows Kazakh and Russian letters.
QByteArray csvTable(const QStringList &headers, const QList<QStringList> &rows);

// A workbook of one sheet per table, each under the heading lines (the
// title in bold, then `heading`), its headers in bold.
Result<QByteArray>
xlsxWorkbook(const QString &title, const QStringList &heading, const QList<Table> &tables);

// A table of text as one sheet: `sheet` its name, the headers and rows as given.
Table textTable(const QString &sheet, const QStringList &headers, const QList<QStringList> &rows);

// HTML laid out on A4 pages, as a PDF.
Result<QByteArray> htmlPdf(const QString &html,
                           const QString &title,
                           QPageLayout::Orientation orientation = QPageLayout::Portrait);

// The heading and a table of text as HTML (escaped), for htmlPdf.
QString tableHtml(const QString &title,
                  const QStringList &heading,
                  const QStringList &headers,
                  const QList<QStringList> &rows);

// `bytes` written to `path` through a temporary file beside it, renamed at
// the end: a failure leaves no file.
Result<void> writeWhole(const QString &path, const Result<QByteArray> &bytes);

} // namespace Kezek::Report
