#include "core/domain/noticeletter.h"

#include "core/domain/displaydate.h"

#include "core/domain/domaintr.h"

namespace Kezek {

namespace {

QString day(QDate date)
{
    return displayDate(date);
}

// The catalog's reasons in the notice's language, each with its paragraph; a
// code the catalog does not know, as it is.
QStringList reasonLines(const Notice &notice, const ReasonCatalog &reasons)
{
    QStringList lines;
    for (const QString &code : notice.reasonCodes) {
        const Reason *reason = reasons.find(code);
        lines.append(reason ? QStringLiteral("%1 (%2)").arg(reason->text.in(notice.language),
                                                            reason->paragraph)
                            : code);
    }
    return lines;
}

// §12: what to correct and by when; past that day the application is deleted.
void explainReturn(NoticeLetter &letter,
                   const Case &c,
                   const Notice &notice,
                   const BusinessCalendar &calendar)
{
    letter.title = DomainTr::tr("Your application is returned for rework");
    letter.paragraphs.append(
        DomainTr::tr("The migration service reviewed your electronic application for a "
                     "permanent residence permit as a digital nomad. It does not yet comply "
                     "with the order (§12), for the reasons below."));
    const DeadlineClock *rework = c.clock(ClockKind::Rework);
    const QDate due = notice.validUntil.isValid() ? notice.validUntil
                      : rework                    ? rework->dueDate(calendar, notice.date)
                                                  : notice.date.addDays(5);
    letter.paragraphs.append(
        DomainTr::tr("Remove the reasons and send the application again by %1 (5 calendar "
                     "days). Otherwise the application is deleted; it can be considered "
                     "again once the documents comply.")
            .arg(day(due)));
    letter.documentsHeading = DomainTr::tr("Documents to correct:");
}

// §17-19: the preliminary permit's number, and the 30 days to arrive and apply.
void explainPreliminaryApproval(NoticeLetter &letter, const Case &c, const Notice &notice)
{
    letter.title = DomainTr::tr("Preliminary approval of a permanent residence permit");
    letter.paragraphs.append(
        DomainTr::tr("A permanent residence permit as a digital nomad is preliminarily "
                     "approved for you (§17-19). Preliminary permit number: %1.")
            .arg(c.preliminaryPermitNumber));
    letter.paragraphs.append(
        DomainTr::tr("This notice is valid for 30 calendar days, until %1. Within that time "
                     "arrive in Kazakhstan and apply at a Public Service Center with the "
                     "preliminary permit number; otherwise the decision is annulled and a "
                     "new application is possible only after one year.")
            .arg(day(notice.validUntil)));
    letter.documentsHeading = DomainTr::tr("Bring after arrival:");
}

// §22-23, §26: the permit's number, and what to bring for the residence permit.
void explainFinalGrant(NoticeLetter &letter, const Case &c)
{
    letter.title = DomainTr::tr("A permanent residence permit is granted");
    letter.paragraphs.append(
        DomainTr::tr("A permanent residence permit as a digital nomad is granted to you "
                     "(§22-23). Permit number: %1.")
            .arg(c.preliminaryPermitNumber));
    letter.paragraphs.append(
        DomainTr::tr("For registration and a residence permit, come to a Public Service "
                     "Center with your valid passport, this notice and the receipt for the "
                     "residence-permit state duty (§26)."));
}

// A decision made in error is revoked: its ban lifted, an annulled approval in
// force again until the notice's day.
void explainRevocation(NoticeLetter &letter, const Case &c, const Notice &notice)
{
    letter.title = DomainTr::tr("A decision on your application is revoked");
    letter.paragraphs.append(
        DomainTr::tr("The decision on your application was made in error and is revoked "
                     "by the head of the migration service department. The ban on a new "
                     "application it set no longer applies, and the review of your "
                     "application continues."));
    if (notice.validUntil.isValid()) {
        letter.paragraphs.append(
            DomainTr::tr("Your preliminary approval (number %1) is in force again until %2. "
                         "Within that time arrive in Kazakhstan and apply to the migration "
                         "service or at a Public Service Center with the preliminary permit "
                         "number.")
                .arg(c.preliminaryPermitNumber, day(notice.validUntil)));
        letter.documentsHeading = DomainTr::tr("Bring after arrival:");
    }
}

// The letter's title and paragraphs for the notice's kind: what was decided,
// what to do and by when.
void explain(NoticeLetter &letter,
             const Case &c,
             const Notice &notice,
             const BusinessCalendar &calendar)
{
    // §19, §24: the first day intake takes a new application, the day after
    // the ban's last.
    const std::optional<QDate> banned = c.bannedUntil(calendar);
    const QString bannedText = banned ? day(banned->addDays(1)) : QString();
    switch (notice.kind) {
    case NoticeKind::ReturnForRework:
        explainReturn(letter, c, notice, calendar);
        break;
    case NoticeKind::ApplicationDeleted:
        letter.title = DomainTr::tr("Your application is deleted");
        letter.paragraphs.append(
            DomainTr::tr("The reasons given on return were not removed within 5 calendar days, "
                         "so the electronic application is deleted (§12). You may apply again "
                         "once the documents comply."));
        break;
    case NoticeKind::PreliminaryApproval:
        explainPreliminaryApproval(letter, c, notice);
        break;
    case NoticeKind::PreliminaryRefusal:
        letter.title = DomainTr::tr("Refusal of a permanent residence permit");
        letter.paragraphs.append(
            DomainTr::tr("Your application for a permanent residence permit as a digital nomad "
                         "is refused (§19), for the reasons below."));
        letter.paragraphs.append(
            DomainTr::tr("A new application is possible one year after this decision, from %1.")
                .arg(bannedText));
        break;
    case NoticeKind::ApprovalAnnulled:
        letter.title = DomainTr::tr("The preliminary approval is annulled");
        letter.paragraphs.append(
            DomainTr::tr("You did not arrive and apply to the migration service within 30 "
                         "calendar days of the preliminary approval, so it is annulled (§19). A "
                         "new application is possible from %1.")
                .arg(bannedText));
        break;
    case NoticeKind::CscDeclined:
        letter.title = DomainTr::tr("The Public Service Center could not accept your application");
        letter.paragraphs.append(
            DomainTr::tr("The documents you brought do not match the application or the order "
                         "(§20-21), for the reasons below. Bring the documents in order while "
                         "the preliminary approval is valid."));
        letter.documentsHeading = DomainTr::tr("Documents to correct:");
        break;
    case NoticeKind::FinalGrant:
        explainFinalGrant(letter, c);
        break;
    case NoticeKind::FinalRefusal:
        letter.title = DomainTr::tr("Refusal of a permanent residence permit");
        letter.paragraphs.append(
            DomainTr::tr("After comparing your original documents and the checks, your "
                         "application is refused (§22, §24), for the reasons below."));
        letter.paragraphs.append(
            DomainTr::tr("A new application is possible one year after this decision, from %1.")
                .arg(bannedText));
        break;
    case NoticeKind::Withdrawn:
        letter.title = DomainTr::tr("Your application is withdrawn");
        letter.paragraphs.append(
            DomainTr::tr("As you asked through eGov, your application for a permanent "
                         "residence permit as a digital nomad is withdrawn and its review has "
                         "ended. The withdrawal does not bar a new application."));
        break;
    case NoticeKind::DecisionRevoked:
        explainRevocation(letter, c, notice);
        break;
    }
}

} // namespace

NoticeLetter noticeLetter(const Case &c,
                          const Notice &notice,
                          const ReasonCatalog &reasons,
                          const BusinessCalendar &calendar)
{
    NoticeLetter letter;
    letter.office = DomainTr::tr("Migration Service Department, %1").arg(cityTitle(c.city));
    letter.addressee = DomainTr::tr("To %1 %2, passport %3; application %4 of %5")
                           .arg(c.applicant.surname,
                                c.applicant.givenNames,
                                c.applicant.passportNumber,
                                c.number,
                                day(c.receivedOn));
    letter.reasonsHeading = DomainTr::tr("Reasons:");
    letter.reasons = reasonLines(notice, reasons);
    for (DocumentType type : notice.documents)
        letter.documents.append(documentTitle(type));
    explain(letter, c, notice, calendar);
    if (!notice.text.trimmed().isEmpty())
        letter.paragraphs.append(notice.text.trimmed());
    return letter;
}

} // namespace Kezek
