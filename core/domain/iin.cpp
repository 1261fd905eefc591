#include "core/domain/iin.h"

#include "core/domain/domaintr.h"

#include <array>

namespace Kezek {

QString sexId(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

namespace {

// The check digit of digits 1-11, or -1 when both weightings give 10.
int iinCheckDigit(const std::array<int, 12> &digits)
{
    auto weighted = [&](const std::array<int, 11> &weights) {
        int sum = 0;
        for (size_t i = 0; i < 11; ++i)
            sum += digits[i] * weights[i];
        return sum % 11;
    };
    int check = weighted({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    if (check == 10)
        check = weighted({3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2});
    return check == 10 ? -1 : check;
}

} // namespace

Result<IinInfo> parseIin(QStringView iin)
{
    if (iin.size() != 12) {
        return fail(
            QStringLiteral("iin.length"),
            DomainTr::tr("An IIN has 12 digits; this one has %1 characters.").arg(iin.size()));
    }
    std::array<int, 12> digits{};
    for (qsizetype i = 0; i < 12; ++i) {
        if (!iin[i].isDigit() || iin[i].unicode() > u'9') {
            return fail(QStringLiteral("iin.digits"),
                        DomainTr::tr("An IIN is made of digits only; character %1 is \"%2\".")
                            .arg(i + 1)
                            .arg(iin[i]));
        }
        digits[static_cast<size_t>(i)] = iin[i].unicode() - u'0';
    }

    const int centuryDigit = digits[6];
    if (centuryDigit < 1 || centuryDigit > 6) {
        return fail(QStringLiteral("iin.century"),
                    DomainTr::tr("Digit 7 of an IIN gives the century and sex and must be 1 to 6; "
                                 "it is %1.")
                        .arg(centuryDigit));
    }
    const int century = 1800 + 100 * ((centuryDigit - 1) / 2);
    const int year = century + digits[0] * 10 + digits[1];
    const int month = digits[2] * 10 + digits[3];
    const int day = digits[4] * 10 + digits[5];
    const QDate birthDate(year, month, day);
    if (!birthDate.isValid()) {
        return fail(QStringLiteral("iin.birth-date"),
                    DomainTr::tr("Digits 1-6 of the IIN do not form a real birth date (%1-%2-%3).")
                        .arg(year)
                        .arg(month, 2, 10, QLatin1Char('0'))
                        .arg(day, 2, 10, QLatin1Char('0')));
    }

    const int check = iinCheckDigit(digits);
    if (check < 0) {
        return fail(QStringLiteral("iin.unresolvable"),
                    DomainTr::tr("This IIN cannot be valid: both weightings of its check digit "
                                 "give 10."));
    }
    if (check != digits[11]) {
        return fail(QStringLiteral("iin.checksum"),
                    DomainTr::tr("The IIN's check digit is %1, but its other digits require %2.")
                        .arg(digits[11])
                        .arg(check));
    }
    return IinInfo{birthDate, centuryDigit % 2 == 1 ? Sex::Male : Sex::Female};
}

} // namespace Kezek

namespace Kezek {

QString composeIin(QDate birthDate, Sex sex, int serial)
{
    if (!birthDate.isValid() || birthDate.year() < 1800 || birthDate.year() > 2099 || serial < 0
        || serial > 9999)
        return {};
    const int centuryIndex = (birthDate.year() - 1800) / 100; // 0, 1, 2
    const int centuryDigit = 1 + 2 * centuryIndex + (sex == Sex::Female ? 1 : 0);
    const QString head = QStringLiteral("%1%2%3")
                             .arg(birthDate.toString(QStringLiteral("yyMMdd")))
                             .arg(centuryDigit)
                             .arg(serial, 4, 10, QLatin1Char('0'));
    std::array<int, 12> digits{};
    for (size_t i = 0; i < 11; ++i)
        digits[i] = head.at(static_cast<qsizetype>(i)).unicode() - u'0';
    const int check = iinCheckDigit(digits);
    return check < 0 ? QString() : head + QString::number(check);
}

} // namespace Kezek
