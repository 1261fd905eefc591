#pragma once

#include "core/domain/case.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kezek {

// Issue 31 point 5: the same person may apply twice under another IIN or
// another passport, with their name written another way (the passport's MRZ,
// eGov's Cyrillic or Kazakh Latin). At intake the server flags such a case
// for the officer; it never refuses it, as two people may share a name and a
// birthday.

// What the cases of one person share however their name was written: the
// date of birth and the keys of the name's words (core/names/namekey.h),
// sorted, so that a surname and given names swapped between sources still
// meet. Empty when the date or the name is missing (a case after retention).
QString personKey(const Applicant &applicant);

// Of `samePerson` (cases with c's personKey), the numbers of those whose
// applicant is another identity: another IIN, or, where either lacks an IIN,
// another passport number. A case of the same IIN is the applicant's own
// earlier case (its ban is §-checked at intake by the IIN), not a duplicate.
QStringList possibleDuplicatesOf(const Case &c, const QList<Case> &samePerson);

} // namespace Kezek
