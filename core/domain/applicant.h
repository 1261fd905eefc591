#pragma once

#include "core/domain/iin.h"

#include <QDate>
#include <QString>

namespace Kezek {

// The applicant as the eGov application describes them. Names are the Latin
// spelling of the passport, so that they compare with its MRZ.
struct Applicant
{
    QString surname;
    QString givenNames;
    QString iin;
    QString passportNumber;
    QString nationality; // ICAO three-letter code
    QDate birthDate;
    Sex sex = Sex::Male;
    QDate passportExpiry;
    QString language = QStringLiteral("en"); // notices go out in it: "kk", "ru" or "en"

    friend bool operator==(const Applicant &, const Applicant &) = default;
};

} // namespace Kezek
