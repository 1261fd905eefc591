#pragma once

#include "core/domain/applicant.h"
#include "core/domain/documentcatalog.h"
#include "core/domain/legalization.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

enum class Legalization { None, Consular, Apostille, TreatyExempt };

QString legalizationId(Legalization legalization);
std::optional<Legalization> legalizationFromId(QStringView id);

// What is known about one submitted document, as far as a machine can check it.
// Fields a document type does not use stay empty.
struct DocumentFacts
{
    QDate expiryDate;              // passport
    QString mrzLine1;              // passport
    QString mrzLine2;              // passport
    int pixelWidth = 0;            // photo
    int pixelHeight = 0;           // photo
    std::optional<bool> notarized; // housing contract
    QDate validFrom;               // housing contract
    QDate validUntil;              // housing contract
    bool foreignIssued = false;    // §28
    Legalization legalization = Legalization::None;
    QString issuingState;              // §28: ISO 3166 alpha-3 of the state that issued it
    std::optional<bool> signedWithEds; // questionnaire
    std::optional<bool> dutyPaid;      // state duty, through the eGov gateway
    QString formNumber;                // medical certificate

    friend bool operator==(const DocumentFacts &, const DocumentFacts &) = default;
};

// What a check compares the document against.
struct CheckContext
{
    QDate applicationDate;
    Applicant applicant;
    // §28: which states an apostille or a treaty exempts; null: not known
    // here, and the legalization named is taken as given.
    const LegalizationRules *legalization = nullptr;
};

// The catalog's reason (resources/reasons.json) a failed check gives.
QString reasonCodeFor(AutoCheck check);

struct CheckResult
{
    AutoCheck check;
    bool passed = false;
    QString code;    // "" when passed, else a stable failure code
    QString message; // what was found, translated
    // Passed as far as data can tell, but the officer must judge it (a state
    // the lists do not confirm): the message says what to confirm.
    bool askOfficer = false;
};

// How far a photo's width:height may stray from 7:9 (35x45 mm) and still pass.
inline constexpr double PhotoAspectTolerance = 0.02;
// §10(1), §20(1): the passport must be valid more than this many days after the
// application date. §20(4): the housing contract's minimum term.
inline constexpr int PassportValidityDays = 180;
inline constexpr int HousingContractDays = 180;

// Text as a desk compares it: lower case, no spaces, and the Latin letters
// that look like Cyrillic ones (a c e o p x y, and u typed for у) taken as
// those, so that "028/y" typed on a Latin keyboard is form 028/у.
QString foldLookalikes(const QString &text);

CheckResult runCheck(AutoCheck check, const DocumentFacts &facts, const CheckContext &context);
QList<CheckResult>
runChecks(const CatalogEntry &entry, const DocumentFacts &facts, const CheckContext &context);

// A field of the MRZ beside the application's, in the form both compare in.
struct FieldComparison
{
    QString field;   // "surname", "given-names", "document-number", ...
    QString filed;   // as the application has it
    QString scanned; // as the MRZ has it

    bool agrees() const { return filed == scanned; }
};
using FieldMismatch = FieldComparison;

struct MrzData;
// Every field the MRZ and the application share, in the passport's order:
// the CSC desk shows them all, the differences marked (§21).
QList<FieldComparison> compareFields(const MrzData &mrz, const Applicant &applicant);
// Only the fields that differ.
QList<FieldMismatch> compareWithApplicant(const MrzData &mrz, const Applicant &applicant);
// The field's name for a person ("birth date" for "birth-date"), translated.
QString mrzFieldTitle(const QString &field);

} // namespace Kezek
