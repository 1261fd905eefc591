#pragma once

#include "core/domain/iin.h"
#include "core/result/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// The fields of a passport's machine-readable zone (ICAO Doc 9303, TD3: two lines
// of 44 characters).
struct MrzData
{
    QString documentCode; // "P" or "P" and a type letter
    QString issuingState;
    QString surname;
    QString givenNames;
    QString documentNumber;
    QString nationality;
    QDate birthDate;
    std::optional<Sex> sex; // empty: unspecified ("<" or "X")
    QDate expiryDate;
    QString personalNumber;
};

// The ICAO 7-3-1 check digit of a field.
int mrzCheckDigit(QStringView field);

// The two lines of a TD3 MRZ for the data, with every check digit computed:
// the inverse of parseMrz(), for simulated passports and tests.
std::pair<QString, QString> composeMrz(const MrzData &data);

// Parses both lines and verifies every check digit (document number, birth date,
// expiry date, personal number, composite). referenceDate decides the century of
// the two-digit birth year: a birth year cannot be later than the reference.
Result<MrzData> parseMrz(QStringView line1, QStringView line2, QDate referenceDate);

} // namespace Kezek
