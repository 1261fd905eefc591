#include "core/domain/possibleduplicates.h"

#include "core/names/namekey.h"

namespace Kezek {

QString personKey(const Applicant &applicant)
{
    QStringList keys = nameKeys(QString(applicant.surname + u' ' + applicant.givenNames));
    if (!applicant.birthDate.isValid() || keys.isEmpty())
        return {};
    keys.sort();
    return applicant.birthDate.toString(Qt::ISODate) + u' ' + keys.join(u' ');
}

namespace {

bool sameIdentity(const Applicant &a, const Applicant &b)
{
    if (!a.iin.isEmpty() && !b.iin.isEmpty())
        return a.iin == b.iin;
    return !a.passportNumber.isEmpty()
           && a.passportNumber.compare(b.passportNumber, Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList possibleDuplicatesOf(const Case &c, const QList<Case> &samePerson)
{
    const QString key = personKey(c.applicant);
    QStringList numbers;
    if (key.isEmpty())
        return numbers;
    for (const Case &other : samePerson) {
        // Only a case of the same city is named: everyone who may read this
        // case would read the number, and a city's staff may not learn of
        // another city's cases.
        if (other.id == c.id || other.city != c.city || personKey(other.applicant) != key
            || sameIdentity(c.applicant, other.applicant))
            continue;
        numbers.append(other.number);
    }
    numbers.sort();
    return numbers;
}

} // namespace Kezek
