#include "report/pilotreport.h"
#include "report/tableexport.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace Kezek::Report {

namespace {

using namespace Qt::StringLiterals;

// Rows of every sheet: the report's heading above, the table below it.
constexpr lxw_row_t TitleRow = 5;
constexpr lxw_row_t HeaderRow = 6;
constexpr lxw_row_t FirstDataRow = 7;

// A sheet's name as Excel takes it: at most 31 characters, none of []:*?/\.
QString sheetName(QString name)
{
    for (QChar forbidden : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(forbidden, u' ');
    return name.left(31).trimmed();
}

struct Formats
{
    lxw_format *bold = nullptr;
    lxw_format *header = nullptr;
};

void writeSheet(lxw_worksheet *sheet,
                const Table &table,
                const QString &title,
                const QStringList &heading,
                const Formats &formats)
{
    worksheet_write_string(sheet, 0, 0, title.toUtf8().constData(), formats.bold);
    for (qsizetype i = 0; i < heading.size(); ++i)
        worksheet_write_string(
            sheet, lxw_row_t(1 + i), 0, heading.at(i).toUtf8().constData(), nullptr);
    worksheet_write_string(sheet, TitleRow, 0, table.title.toUtf8().constData(), formats.bold);
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        worksheet_write_string(sheet,
                               HeaderRow,
                               lxw_col_t(c),
                               table.headers.at(c).toUtf8().constData(),
                               formats.header);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<Cell> &cells = table.rows.at(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const auto row = lxw_row_t(FirstDataRow + r);
            const auto column = lxw_col_t(c);
            if (cells.at(c).number)
                worksheet_write_number(sheet, row, column, double(*cells.at(c).number), nullptr);
            else if (!cells.at(c).text.isEmpty())
                worksheet_write_string(
                    sheet, row, column, cells.at(c).text.toUtf8().constData(), nullptr);
        }
    }
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(
        sheet, 1, lxw_col_t(std::max<qsizetype>(1, table.headers.size() - 1)), 14, nullptr);
    worksheet_set_row(sheet, HeaderRow, 60, nullptr);
    worksheet_freeze_panes(sheet, FirstDataRow, 1);
}

} // namespace

Result<QByteArray>
xlsxWorkbook(const QString &title, const QStringList &heading, const QList<Table> &tables)
{
    // libxlsxwriter writes a file; it is made in a private folder and read
    // back, so that the caller alone decides where the workbook lands.
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(u"report.write"_s,
                    ReportTr::tr("Cannot make a temporary folder: %1.").arg(folder.errorString()));
    const QString path = folder.filePath(u"report.xlsx"_s);
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (book == nullptr)
        return fail(u"report.write"_s, ReportTr::tr("Cannot make the XLSX workbook."));
    Formats formats{workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(formats.bold);
    format_set_bold(formats.header);
    format_set_text_wrap(formats.header);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
    for (const Table &table : tables) {
        lxw_worksheet *sheet
            = workbook_add_worksheet(book, sheetName(table.sheet).toUtf8().constData());
        if (sheet == nullptr) {
            workbook_close(book);
            return fail(
                u"report.write"_s,
                ReportTr::tr("Cannot add the sheet \"%1\" to the XLSX workbook.").arg(table.sheet));
        }
        writeSheet(sheet, table, title, heading, formats);
    }
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        return fail(u"report.write"_s,
                    ReportTr::tr("Cannot write the XLSX workbook: %1.")
                        .arg(QString::fromUtf8(lxw_strerror(error))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"report.write"_s,
                    ReportTr::tr("Cannot read \"%1\": %2.").arg(path, file.errorString()));
    return file.readAll();
}

Result<QByteArray> xlsxReport(const OversightFigures &figures, const ReportOptions &options)
{
    return xlsxWorkbook(
        reportTitle(figures), reportHeading(figures, options), reportTables(figures, options));
}

} // namespace Kezek::Report
