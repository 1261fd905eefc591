#include "report/pilotreport.h"

#include "core/domain/displaydate.h"
#include "core/domain/queues.h"
#include "report/tableexport.h"

namespace Kezek::Report {

namespace {

using namespace Qt::StringLiterals;

void row(QString &csv, const QStringList &fields)
{
    csv += csvLine(fields);
}

} // namespace

QByteArray csvReport(const OversightFigures &figures, const ReportOptions &options)
{
    QString csv;
    row(csv, {u"section"_s, u"key"_s, u"name"_s, u"figure"_s, u"value"_s});
    const QString title = reportTitle(figures);
    row(csv, {u"report"_s, {}, title, u"period-from"_s, displayDate(figures.from)});
    row(csv, {u"report"_s, {}, title, u"period-to"_s, displayDate(figures.to)});
    row(csv, {u"report"_s, {}, title, u"law-version"_s, figures.lawVersion});
    row(csv,
        {u"report"_s,
         {},
         title,
         u"made-at"_s,
         displayDate(kazakhstanTime(options.madeAt).date()) + u' '
             + kazakhstanTime(options.madeAt).toString(u"HH:mm"_s)});
    for (const Table &table : reportTables(figures, options)) {
        const qsizetype nameColumn = table.columns.indexOf(u"name"_s);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QList<Cell> &cells = table.rows.at(r);
            const QString name = nameColumn >= 0 ? cells.at(nameColumn).text : QString();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                // The name has its column; a reason's code is the row's key.
                if (c == nameColumn || table.columns.at(c) == u"code" || cells.at(c).text.isEmpty())
                    continue;
                row(csv,
                    {table.id, table.keys.value(r), name, table.columns.at(c), cells.at(c).text});
            }
        }
    }
    // The byte order mark: Excel reads UTF-8 only when the file says so.
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace Kezek::Report
