#include "report/auditextract.h"

#include "core/domain/displaydate.h"
#include "core/domain/papers.h"
#include "core/domain/queues.h"
#include "report/reporttables.h"
#include "report/tableexport.h"

#include <QJsonArray>
#include <QPageLayout>

namespace Kezek::Report {

namespace {

using namespace Qt::StringLiterals;

QString moment(const QDateTime &utc)
{
    const QDateTime local = kazakhstanTime(utc);
    return displayDate(local.date()) + u' ' + local.toString(u"HH:mm:ss"_s);
}

QString extractTitle(const AuditExtract &extract)
{
    if (!extract.caseNumber.isEmpty())
        return ReportTr::tr("Audit extract of case %1").arg(extract.caseNumber);
    return ReportTr::tr("Audit extract from %1 to %2")
        .arg(displayDate(extract.from), displayDate(extract.to));
}

QStringList extractHeading(const AuditExtract &extract, const QDateTime &madeAt)
{
    QStringList heading{
        extract.city ? ReportTr::tr("The cases of %1").arg(cityTitle(*extract.city))
                     : ReportTr::tr("Every city's cases"),
        ReportTr::tr("%n entry(ies), made on %1", nullptr, int(extract.entries.size()))
            .arg(moment(madeAt))};
    if (extract.truncated)
        heading.append(ReportTr::tr("Only the oldest entries are here: ask for a shorter "
                                    "period for the rest."));
    return heading;
}

QStringList extractHeaders()
{
    return {ReportTr::tr("No."),
            ReportTr::tr("When (Kazakhstan)"),
            ReportTr::tr("Who"),
            ReportTr::tr("What"),
            ReportTr::tr("Case"),
            ReportTr::tr("Subject"),
            ReportTr::tr("Detail")};
}

QList<QStringList> extractRows(const AuditExtract &extract)
{
    QList<QStringList> rows;
    rows.reserve(extract.entries.size());
    for (const AuditExtractEntry &entry : extract.entries)
        rows.append({QString::number(entry.seq),
                     moment(entry.at),
                     entry.actor,
                     entry.action,
                     entry.caseNumber,
                     entry.subject,
                     entry.detail});
    return rows;
}

} // namespace

Result<AuditExtract> auditExtractFromJson(const QJsonObject &json)
{
    AuditExtract extract;
    extract.caseNumber = json.value(u"caseNumber").toString();
    extract.from = QDate::fromString(json.value(u"from").toString(), Qt::ISODate);
    extract.to = QDate::fromString(json.value(u"to").toString(), Qt::ISODate);
    if (json.contains(u"city"))
        extract.city = cityFromId(json.value(u"city").toString());
    extract.truncated = json.value(u"truncated").toBool();
    if (!json.value(u"entries").isArray())
        return fail(u"sync.malformed"_s,
                    ReportTr::tr("The server's audit extract has no entries."));
    for (const auto &value : json.value(u"entries").toArray()) {
        const QJsonObject entry = value.toObject();
        extract.entries.append(
            {entry.value(u"seq").toInteger(),
             QDateTime::fromString(entry.value(u"at").toString(), Qt::ISODateWithMs),
             entry.value(u"actor").toString(),
             entry.value(u"action").toString(),
             entry.value(u"subject").toString(),
             entry.value(u"caseNumber").toString(),
             entry.value(u"detail").toString()});
    }
    return extract;
}

Result<void> writeAuditExtract(const AuditExtract &extract,
                               const QString &format,
                               const QString &language,
                               const QDateTime &madeAt,
                               const QString &path)
{
    const auto id = checkPaperFormat(format, {u"csv"_s, u"pdf"_s});
    if (!id)
        return std::unexpected(id.error());
    const LanguageScope words(language);
    if (*id == u"csv")
        return writeWhole(path, csvTable(extractHeaders(), extractRows(extract)));
    // On paper, the case's number stands for its id: a column less to wrap.
    QStringList headers = extractHeaders();
    headers.removeAt(5);
    QList<QStringList> rows = extractRows(extract);
    for (QStringList &row : rows) {
        if (row.at(4).isEmpty())
            row[4] = row.at(5);
        row.removeAt(5);
    }
    const QString title = extractTitle(extract);
    return writeWhole(path,
                      htmlPdf(tableHtml(title, extractHeading(extract, madeAt), headers, rows),
                              title,
                              QPageLayout::Landscape));
}

} // namespace Kezek::Report
