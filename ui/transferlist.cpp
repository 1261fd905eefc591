#include "ui/transferlist.h"

#include "core/domain/documentcatalog.h"
#include "ui/printeddocument.h"
#include "ui/uitr.h"

#include <array>
#include <utility>

namespace Kezek {

namespace {

// The paper's two languages, Kazakh first (the state language), then Russian.
const std::array<QString, 2> PaperLanguages{QStringLiteral("kk"), QStringLiteral("ru")};

// One language's words of the list, taken while that language is installed.
struct Words
{
    QString title;
    QString tracking;
    QString date;
    QString from;
    QString to;
    QString caseNumber;
    QString applicant;
    QString passport;
    QString permit;
    QString originals;
    QString count;
    QString handedOver;
    QString courier;
    QString received;
    QString provisional;
    QString sender;
    QString recipient;
    QList<QStringList> documents; // each case's originals, by title
};

Words wordsIn(const QString &language, const TransferList &list, const OfficeDirectory &offices)
{
    const PaperLanguage paper(language);
    Words words;
    words.title = UiTr::tr("Transfer list of original documents");
    words.tracking = UiTr::tr("Courier tracking number");
    words.date = UiTr::tr("Date");
    words.from = UiTr::tr("From", "a transfer list: the sending office");
    words.to = UiTr::tr("To", "a transfer list: the receiving office");
    words.caseNumber = UiTr::tr("Case");
    words.applicant = UiTr::tr("Applicant");
    words.passport = UiTr::tr("Passport");
    words.permit = UiTr::tr("Preliminary permit");
    words.originals = UiTr::tr("Original documents");
    words.count = UiTr::tr("Cases in the envelope: %1.").arg(list.cases.size());
    words.handedOver = UiTr::tr("Handed over by the CSC (signature)");
    words.courier = UiTr::tr("Received by the courier (signature)");
    words.received = UiTr::tr("Received at the migration department (date, signature)");
    // Printed as the dispatch is queued, before the server has it: the
    // envelope may leave offline, and says so.
    words.provisional = UiTr::tr("PROVISIONAL: printed at this desk when the dispatch was "
                                 "queued, before the central system accepted it. The cases' "
                                 "stage there (\"Originals in courier\") confirms it.");
    words.sender = TransferList::officeName(offices, list.sender.office, language);
    if (words.sender.isEmpty())
        words.sender = UiTr::tr("Public Service Center");
    const Office *department = list.sender.city ? offices.department(*list.sender.city) : nullptr;
    if (department)
        words.recipient = department->name.in(language);
    else if (list.sender.city)
        words.recipient
            = UiTr::tr("Migration Service Department, %1").arg(cityTitle(*list.sender.city));
    else
        words.recipient = UiTr::tr("Migration Service Department");
    for (const Case &c : list.cases) {
        QStringList titles;
        for (DocumentType type : originalsInEnvelope(c))
            titles.append(documentTitle(type));
        words.documents.append(titles);
    }
    return words;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Kazakh / Russian" on one line, or the word once where both write it alike.
QString both(const QString &kk, const QString &ru)
{
    return kk == ru ? escaped(kk) : QString(escaped(kk) + QStringLiteral(" / ") + escaped(ru));
}

// A heading in Kazakh above the Russian.
QString stacked(const QString &kk, const QString &ru)
{
    return kk == ru ? escaped(kk) : QString(escaped(kk) + QStringLiteral("<br>") + escaped(ru));
}

} // namespace

QList<DocumentType> originalsInEnvelope(const Case &c)
{
    QList<DocumentType> types;
    for (const ChecklistItem &item : c.cscComparison.items()) {
        if (item.status == DocumentStatus::Verified)
            types.append(item.type);
    }
    return types;
}

QString TransferList::officeName(const OfficeDirectory &offices,
                                 const QString &officeId,
                                 const QString &language)
{
    if (const Office *office = offices.find(officeId))
        return office->name.in(language);
    return officeId;
}

QString TransferList::title() const
{
    return UiTr::tr("Transfer list %1").arg(tracking);
}

QString TransferList::html(const OfficeDirectory &offices) const
{
    const Words kk = wordsIn(PaperLanguages[0], *this, offices);
    const Words ru = wordsIn(PaperLanguages[1], *this, offices);
    const QString date = day.toString(QStringLiteral("dd.MM.yyyy"));
    const auto line = [](const QString &kkLabel, const QString &ruLabel, const QString &value) {
        return QStringLiteral("%1: %2<br>").arg(both(kkLabel, ruLabel), value);
    };
    QString html
        = QStringLiteral("<h2 align=\"center\">%1</h2><p>").arg(stacked(kk.title, ru.title));
    html += line(kk.tracking, ru.tracking, QStringLiteral("<b>%1</b>").arg(escaped(tracking)));
    html += line(kk.date, ru.date, date);
    html += line(kk.from,
                 ru.from,
                 QStringLiteral("%1 (%2)").arg(both(kk.sender, ru.sender), escaped(sender.name)));
    html += line(kk.to, ru.to, both(kk.recipient, ru.recipient) + QStringLiteral(" (§21-22)"));
    html += QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "width=\"100%\"><tr><th>№</th>");
    for (const auto &[kkHeading, ruHeading] : {std::pair{kk.caseNumber, ru.caseNumber},
                                               std::pair{kk.applicant, ru.applicant},
                                               std::pair{kk.passport, ru.passport},
                                               std::pair{kk.permit, ru.permit}})
        html += QStringLiteral("<th>%1</th>").arg(stacked(kkHeading, ruHeading));
    html += QStringLiteral("</tr>");
    for (qsizetype row = 0; row < cases.size(); ++row) {
        const Case &c = cases.at(row);
        // A number is read whole: its cell never breaks it.
        html += QStringLiteral("<tr><td>%1</td><td style=\"white-space:nowrap\"><b>%2</b></td>"
                               "<td>%3 %4</td><td style=\"white-space:nowrap\">%5</td>"
                               "<td style=\"white-space:nowrap\">%6</td></tr>")
                    .arg(row + 1)
                    .arg(escaped(c.number),
                         escaped(c.applicant.surname),
                         escaped(c.applicant.givenNames),
                         escaped(c.applicant.passportNumber),
                         escaped(c.preliminaryPermitNumber));
        // Under the case, the originals in the envelope, one a line: the
        // department checks them off one by one (§22).
        QString documents;
        const QStringList &kkTitles = kk.documents.at(row);
        for (qsizetype i = 0; i < kkTitles.size(); ++i)
            documents += QStringLiteral("<br>%1. %2")
                             .arg(i + 1)
                             .arg(both(kkTitles.at(i), ru.documents.at(row).at(i)));
        html += QStringLiteral("<tr><td></td><td colspan=\"4\"><i>%1:</i>%2</td></tr>")
                    .arg(both(kk.originals, ru.originals), documents);
    }
    html += QStringLiteral("</table><p>%1</p>").arg(both(kk.count, ru.count));
    for (const auto &[kkLabel, ruLabel] : {std::pair{kk.handedOver, ru.handedOver},
                                           std::pair{kk.courier, ru.courier},
                                           std::pair{kk.received, ru.received}})
        html += QStringLiteral("<p>%1: ____________________</p>").arg(both(kkLabel, ruLabel));
    html += QStringLiteral("<p><b>%1</b></p><p><b>%2</b></p>")
                .arg(escaped(kk.provisional), escaped(ru.provisional));
    return html;
}

void TransferList::print(const OfficeDirectory &offices, QPagedPaintDevice &device) const
{
    printHtml(html(offices), title(), device);
}

} // namespace Kezek
