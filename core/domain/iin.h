#pragma once

#include "core/result/result.h"

#include <QDate>
#include <QStringView>

namespace Kezek {

enum class Sex { Male, Female };

QString sexId(Sex sex); // "male" / "female"

// What a valid IIN (individual identification number) tells about its holder.
struct IinInfo
{
    QDate birthDate;
    Sex sex = Sex::Male;
};

// Checks the 12 digits: birth date in digits 1-6, century and sex in digit 7,
// and the check digit 12 with the first weighting and, when that gives 10, the
// second; an IIN for which both give 10 is invalid.
Result<IinInfo> parseIin(QStringView iin);

// Composes a valid IIN for a birth date and sex with a four-digit serial
// (digits 8-11); empty when that serial gives no valid check digit.
QString composeIin(QDate birthDate, Sex sex, int serial);

} // namespace Kezek
