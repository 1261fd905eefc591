#include "report/tableexport.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Kezek::Report {

namespace {

using namespace Qt::StringLiterals;

// A field as RFC 4180 quotes it: in quotes when it holds a comma, a quote or
// a line break, its quotes doubled. Text a spreadsheet would run as a formula
// (=, +, -, @ first; a name comes from an applicant) is led by an apostrophe,
// which spreadsheets show as text; a number stays a number.
QString csvField(const QString &given)
{
    QString text = given;
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (!text.isEmpty() && formulaStarts.contains(text.front())) {
        bool number = false;
        (void)text.toDouble(&number);
        if (!number)
            text.prepend(u'\'');
    }
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(csvField(text));
    return quoted.join(u',') + u"\r\n"_s;
}

QByteArray csvTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QString csv = csvLine(headers);
    for (const QStringList &row : rows)
        csv += csvLine(row);
    // The byte order mark: Excel reads UTF-8 only when the file says so.
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

Table textTable(const QString &sheet, const QStringList &headers, const QList<QStringList> &rows)
{
    Table table;
    table.sheet = sheet;
    table.headers = headers;
    table.columns = headers;
    table.rows.reserve(rows.size());
    for (const QStringList &row : rows) {
        QList<Cell> cells;
        cells.reserve(row.size());
        for (const QString &text : row)
            cells.append({text, std::nullopt});
        table.rows.append(cells);
    }
    return table;
}

QString tableHtml(const QString &title,
                  const QStringList &heading,
                  const QStringList &headers,
                  const QList<QStringList> &rows)
{
    QString html = u"<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt\">"
                   "<h2>%1</h2>"_s.arg(title.toHtmlEscaped());
    for (const QString &line : heading)
        html += u"<p style=\"margin: 0\">%1</p>"_s.arg(line.toHtmlEscaped());
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
            "style=\"margin-top: 8px; border-collapse: collapse\"><thead><tr>"_s;
    for (const QString &header : headers)
        html += u"<th align=\"left\">%1</th>"_s.arg(header.toHtmlEscaped());
    html += u"</tr></thead>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &text : row)
            html += u"<td>%1</td>"_s.arg(text.toHtmlEscaped());
        html += u"</tr>"_s;
    }
    return html + u"</table></body></html>"_s;
}

Result<QByteArray>
htmlPdf(const QString &html, const QString &title, QPageLayout::Orientation orientation)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(u"report.write"_s, ReportTr::tr("Cannot make the PDF in memory."));
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(orientation);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(u"Kezek"_s);
        QTextDocument document;
        document.setMetaInformation(QTextDocument::DocumentTitle, title);
        document.setHtml(html);
        document.print(&writer);
    }
    if (bytes.isEmpty())
        return fail(u"report.write"_s, ReportTr::tr("The PDF could not be drawn."));
    return bytes;
}

Result<void> writeWhole(const QString &path, const Result<QByteArray> &bytes)
{
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(u"report.write"_s,
                    ReportTr::tr("Cannot write \"%1\": %2.").arg(path, file.errorString()));
    return {};
}

} // namespace Kezek::Report
