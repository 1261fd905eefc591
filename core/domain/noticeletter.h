#pragma once

#include "core/domain/case.h"
#include "core/domain/reasoncatalog.h"

#include <QStringList>

namespace Kezek {

// A notice to the applicant in words, as their eGov cabinet shows it and as
// it is printed: what was decided, why (the catalog's reasons, in the
// notice's language), what to do and by when (§12, §19, §21, §23, §24, §26).
struct NoticeLetter
{
    QString office; // who sends it
    QString title;
    QString addressee;
    QStringList paragraphs;
    QString reasonsHeading;
    QStringList reasons;
    QString documentsHeading;
    QStringList documents;
};

// The texts come through DomainTr: the caller has a translator for
// `notice.language` installed while this runs, so that the letter speaks the
// applicant's language whatever the officer's screen speaks. `c` is the case
// as the notice left it.
NoticeLetter noticeLetter(const Case &c,
                          const Notice &notice,
                          const ReasonCatalog &reasons,
                          const BusinessCalendar &calendar);

} // namespace Kezek
