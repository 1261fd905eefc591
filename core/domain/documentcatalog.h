#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

// Every document the order names, across its phases.
enum class DocumentType {
    Passport,                // §4(1), §10(1), §20(1), §26(1)
    Diploma,                 // §4(2)
    Portfolio,               // §4(3)
    Photo,                   // §4(4), §10(2), §20(5)
    ProfessionalCertificate, // §4(5)
    Cv,                      // §4(6)
    MotivationLetter,        // §4(7)
    CitizenshipRecord,       // §4(8), §10(4), §20(7)
    Petition,                // §10(3), §20(6)
    Questionnaire,           // §10(5), §20(8)
    StateDuty,               // §10(6), §20(9)
    MedicalCertificate,      // §20(2)
    FingerprintCertificate,  // §20(3)
    HousingContract,         // §20(4)
    PermitNotice,            // §26(2)
    ResidencePermitDuty,     // §26(3)
};

// The set of documents a step of the process asks for.
enum class Stage {
    Petition,     // §4: to astanahub.com for the Ministry's petition
    Preliminary,  // §10: the eGov application for preliminary approval
    Final,        // §20: the final application at a CSC after arrival
    Registration, // §26: registration and residence permit at a CSC
};

// Checks a machine can run on a document's recorded facts.
enum class AutoCheck {
    PassportValidity,     // expiry more than 180 days after the application date
    PassportNotExpired,   // §26: a valid passport
    PassportMrz,          // MRZ parses with every check digit
    PassportMatchesCase,  // MRZ agrees with the application's data
    IinMatchesPassport,   // the IIN's birth date and sex agree with the passport
    PhotoAspect,          // 35x45 mm: 7:9
    HousingContractTerms, // notarized, at least 180 days, in force
    Legalized,            // §28: legalized or apostilled
    SignedWithEds,        // §10(5): the questionnaire carries the applicant's EDS
    DutyPaid,             // paid through the eGov payment gateway
    MedicalForm028,       // §20(2): form 028/у
};

struct CatalogEntry
{
    DocumentType type;
    Stage stage;
    bool required;
    const char *paragraph;
    QList<AutoCheck> autoChecks;
};

QString documentTypeId(DocumentType type);
std::optional<DocumentType> documentTypeFromId(QStringView id);
QString documentTitle(DocumentType type);
// What the person at the desk must look at with their own eyes.
QString manualCheck(DocumentType type, Stage stage);

QString stageId(Stage stage);
std::optional<Stage> stageFromId(QStringView id);
QString autoCheckId(AutoCheck check);
QString autoCheckTitle(AutoCheck check);

// The documents of one stage, in the order the paragraph lists them.
const QList<CatalogEntry> &catalogFor(Stage stage);
const CatalogEntry *catalogEntry(Stage stage, DocumentType type);

} // namespace Kezek
