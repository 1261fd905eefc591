#include "ui/casedossier.h"

#include "core/domain/commuting.h"
#include "core/domain/documentcatalog.h"
#include "core/domain/workflow.h"
#include "report/tableexport.h"
#include "sync/casedesk.h"
#include "ui/deadlinetext.h"
#include "ui/uitr.h"

#include <QLocale>

namespace Kezek {

namespace {

using namespace Qt::StringLiterals;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                   "<tr>"_s;
    for (const QString &header : headers)
        html += u"<th align=\"left\">%1</th>"_s.arg(escaped(header));
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>%1</td>"_s.arg(escaped(cell));
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString when(const HistoryEntry &entry)
{
    return entry.at.isValid() ? formatDateTime(entry.at) : formatDate(entry.date);
}

QString person(const QString &userId, Role role, const Account &reader)
{
    const QString who = userId == reader.id && !reader.name.isEmpty() && reader.name != reader.id
                            ? UiTr::tr("%1 (%2)").arg(reader.name, userId)
                            : userId;
    return UiTr::tr("%1, %2").arg(who, roleTitle(role));
}

QString caseSection(const Case &c)
{
    const Applicant &a = c.applicant;
    const QList<QStringList> rows{
        {UiTr::tr("Case"), c.number},
        {UiTr::tr("City"), cityTitle(c.city)},
        {UiTr::tr("Stage"), caseStateTitle(c.state)},
        {UiTr::tr("Received"), formatDate(c.receivedOn)},
        {UiTr::tr("Applicant"), a.surname + u' ' + a.givenNames},
        {UiTr::tr("IIN"), a.iin},
        {UiTr::tr("Passport"), a.passportNumber},
        {UiTr::tr("Nationality"), a.nationality},
        {UiTr::tr("Born"), formatDate(a.birthDate)},
        {UiTr::tr("Preliminary permit"), c.preliminaryPermitNumber},
        {UiTr::tr("Residence permit"), c.residencePermitNumber},
    };
    QList<QStringList> shown;
    for (const QStringList &row : rows) {
        if (!row.at(1).trimmed().isEmpty())
            shown.append(row);
    }
    return table({UiTr::tr("Field"), UiTr::tr("Value")}, shown);
}

QString checklistTitle(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::Preliminary:
        return UiTr::tr("Documents filed on eGov (§10-12)");
    case ChecklistKind::CscComparison:
        return UiTr::tr("Originals compared at the CSC (§20-21)");
    case ChecklistKind::OriginalsVerification:
        return UiTr::tr("Originals verified by the officer (§22)");
    case ChecklistKind::Registration:
        return UiTr::tr("Registration (§26)");
    }
    return {};
}

// Each checklist that holds a verdict: every document with its state and why.
QString documentsSection(const Case &c)
{
    QString html;
    for (ChecklistKind kind : {ChecklistKind::Preliminary,
                               ChecklistKind::CscComparison,
                               ChecklistKind::OriginalsVerification,
                               ChecklistKind::Registration}) {
        QList<QStringList> rows;
        bool worked = false;
        for (const ChecklistItem &item : c.checklist(kind).items()) {
            worked = worked || item.status != DocumentStatus::Missing;
            const QString why = item.status == DocumentStatus::Rejected ? item.rejectReason
                                                                        : item.unscannedReason;
            rows.append({documentTitle(item.type), documentStatusTitle(item.status), why});
        }
        if (!worked)
            continue;
        html += u"<h3>%1</h3>"_s.arg(escaped(checklistTitle(kind)));
        html += table({UiTr::tr("Document"), UiTr::tr("Verdict"), UiTr::tr("Reason")}, rows);
    }
    if (html.isEmpty())
        html = u"<p>%1</p>"_s.arg(escaped(UiTr::tr("No document has a verdict yet.")));
    return html;
}

QString reasonsText(const Decision &decision, const ReasonCatalog &reasons)
{
    const QString language = QLocale().name().left(2);
    QStringList lines;
    for (const QString &code : decision.reasonCodes) {
        const Reason *reason = reasons.find(code);
        lines.append(reason ? UiTr::tr("%1 (%2)").arg(reason->text.in(language), reason->paragraph)
                            : code);
    }
    if (!decision.text.isEmpty())
        lines.append(decision.text);
    return lines.join(u"; "_s);
}

QString decisionsSection(const Case &c, const ReasonCatalog &reasons, const Account &reader)
{
    QList<QStringList> rows;
    for (qsizetype index = 0; index < c.history.size(); ++index) {
        const Decision *decision = Workflow::decisionOfStep(c, index);
        if (!decision)
            continue;
        const HistoryEntry &entry = c.history.at(index);
        rows.append({historyStepTitle(entry.action),
                     when(entry),
                     person(decision->userId, entry.role, reader),
                     reasonsText(*decision, reasons)});
    }
    if (rows.isEmpty())
        return u"<p>%1</p>"_s.arg(escaped(UiTr::tr("No decision has been signed on this case.")));
    return table({UiTr::tr("Decision"),
                  UiTr::tr("Signed at"),
                  UiTr::tr("Signed (EDS) by"),
                  UiTr::tr("Reasons")},
                 rows);
}

QString historySection(const Case &c, const Account &reader)
{
    QList<QStringList> rows;
    for (const HistoryEntry &entry : c.history)
        rows.append({when(entry),
                     historyStepTitle(entry.action),
                     person(entry.userId, entry.role, reader),
                     entry.from == entry.to ? caseStateTitle(entry.to)
                                            : UiTr::tr("%1 → %2").arg(caseStateTitle(entry.from),
                                                                      caseStateTitle(entry.to))});
    return table({UiTr::tr("When"), UiTr::tr("Step"), UiTr::tr("Who"), UiTr::tr("Stage")}, rows);
}

} // namespace

QString dossierTitle(const Case &c)
{
    return UiTr::tr("Case dossier %1").arg(c.number);
}

QString dossierHtml(const Case &c, const ReasonCatalog &reasons, const Account &reader)
{
    QString html = u"<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt\">"_s;
    html += u"<h2>%1</h2>"_s.arg(escaped(dossierTitle(c)));
    html += u"<p>%1</p>"_s.arg(
        escaped(UiTr::tr("Printed by %1. For the staff of the migration service: it holds "
                         "an applicant's personal data.")
                    .arg(person(reader.id, reader.role, reader))));
    html += caseSection(c);
    html += u"<h2>%1</h2>"_s.arg(escaped(UiTr::tr("Documents and their verdicts")));
    html += documentsSection(c);
    html += u"<h2>%1</h2>"_s.arg(escaped(UiTr::tr("Signed decisions")));
    html += decisionsSection(c, reasons, reader);
    html += u"<h2>%1</h2>"_s.arg(escaped(UiTr::tr("History")));
    html += historySection(c, reader);
    return html + u"</body></html>"_s;
}

Result<void> saveDossierPdf(const Case &c,
                            const ReasonCatalog &reasons,
                            const Account &reader,
                            const QString &path)
{
    const QString title = dossierTitle(c);
    return Report::writeWhole(path, Report::htmlPdf(dossierHtml(c, reasons, reader), title));
}

} // namespace Kezek
