#include "core/domain/documentcatalog.h"

#include "core/domain/domaintr.h"

namespace Kezek {

namespace {

using enum DocumentType;
using enum AutoCheck;

struct TypeName
{
    DocumentType type;
    const char *id;
};

const TypeName TypeNames[] = {
    {Passport, "passport"},
    {Diploma, "diploma"},
    {Portfolio, "portfolio"},
    {Photo, "photo"},
    {ProfessionalCertificate, "professional-certificate"},
    {Cv, "cv"},
    {MotivationLetter, "motivation-letter"},
    {CitizenshipRecord, "citizenship-record"},
    {Petition, "petition"},
    {Questionnaire, "questionnaire"},
    {StateDuty, "state-duty"},
    {MedicalCertificate, "medical-certificate"},
    {FingerprintCertificate, "fingerprint-certificate"},
    {HousingContract, "housing-contract"},
    {PermitNotice, "permit-notice"},
    {ResidencePermitDuty, "residence-permit-duty"},
};

const QList<CatalogEntry> PetitionDocuments = {
    {Passport, Stage::Petition, true, "§4(1)", {PassportValidity}},
    {Diploma, Stage::Petition, false, "§4(2)", {}},
    {Portfolio, Stage::Petition, true, "§4(3)", {}},
    {Photo, Stage::Petition, true, "§4(4)", {PhotoAspect}},
    {ProfessionalCertificate, Stage::Petition, true, "§4(5)", {}},
    {Cv, Stage::Petition, true, "§4(6)", {}},
    {MotivationLetter, Stage::Petition, true, "§4(7)", {}},
    {CitizenshipRecord, Stage::Petition, true, "§4(8)", {}},
};

const QList<CatalogEntry> PreliminaryDocuments = {
    {Passport,
     Stage::Preliminary,
     true,
     "§10(1)",
     {PassportValidity, PassportMrz, PassportMatchesCase, IinMatchesPassport}},
    {Photo, Stage::Preliminary, true, "§10(2)", {PhotoAspect}},
    {Petition, Stage::Preliminary, true, "§10(3)", {}},
    {CitizenshipRecord, Stage::Preliminary, true, "§10(4), §28", {Legalized}},
    {Questionnaire, Stage::Preliminary, true, "§10(5)", {SignedWithEds}},
    {StateDuty, Stage::Preliminary, true, "§10(6)", {DutyPaid}},
};

const QList<CatalogEntry> FinalDocuments = {
    {Passport,
     Stage::Final,
     true,
     "§20(1)",
     {PassportValidity, PassportMrz, PassportMatchesCase, IinMatchesPassport}},
    {MedicalCertificate, Stage::Final, true, "§20(2)", {MedicalForm028}},
    {FingerprintCertificate, Stage::Final, true, "§20(3)", {}},
    {HousingContract, Stage::Final, true, "§20(4)", {HousingContractTerms}},
    {Photo, Stage::Final, true, "§20(5)", {PhotoAspect}},
    {Petition, Stage::Final, true, "§20(6)", {}},
    {CitizenshipRecord, Stage::Final, true, "§20(7), §28", {Legalized}},
    {Questionnaire, Stage::Final, true, "§20(8)", {}},
    {StateDuty, Stage::Final, true, "§20(9)", {DutyPaid}},
};

const QList<CatalogEntry> RegistrationDocuments = {
    {Passport, Stage::Registration, true, "§26(1)", {PassportNotExpired}},
    {PermitNotice, Stage::Registration, true, "§26(2)", {}},
    {ResidencePermitDuty, Stage::Registration, true, "§26(3)", {DutyPaid}},
};

} // namespace

QString documentTypeId(DocumentType type)
{
    return QString::fromLatin1(TypeNames[static_cast<int>(type)].id);
}

std::optional<DocumentType> documentTypeFromId(QStringView id)
{
    for (const TypeName &name : TypeNames) {
        if (id == QLatin1StringView(name.id))
            return name.type;
    }
    return std::nullopt;
}

QString documentTitle(DocumentType type)
{
    switch (type) {
    case Passport:
        return DomainTr::tr("Foreign passport");
    case Diploma:
        return DomainTr::tr("Diploma");
    case Portfolio:
        return DomainTr::tr("Portfolio");
    case Photo:
        return DomainTr::tr("Photo 35×45 mm");
    case ProfessionalCertificate:
        return DomainTr::tr("Professional development certificate");
    case Cv:
        return DomainTr::tr("CV");
    case MotivationLetter:
        return DomainTr::tr("Motivation letter");
    case CitizenshipRecord:
        return DomainTr::tr("Citizenship and criminal record document");
    case Petition:
        return DomainTr::tr("Ministry petition");
    case Questionnaire:
        return DomainTr::tr("Application questionnaire");
    case StateDuty:
        return DomainTr::tr("State duty payment");
    case MedicalCertificate:
        return DomainTr::tr("Medical certificate 028/у");
    case FingerprintCertificate:
        return DomainTr::tr("Fingerprinting certificate");
    case HousingContract:
        return DomainTr::tr("Housing contract");
    case PermitNotice:
        return DomainTr::tr("Permanent residence permit notice");
    case ResidencePermitDuty:
        return DomainTr::tr("Residence permit duty receipt");
    }
    return {};
}

QString manualCheck(DocumentType type, Stage stage)
{
    switch (type) {
    case Passport:
        return stage == Stage::Final || stage == Stage::Registration
                   ? DomainTr::tr("Compare the original passport with the copy: photo, data page, "
                                  "signs of forgery.")
                   : DomainTr::tr("Check that the copy shows the whole data page legibly.");
    case Photo:
        return DomainTr::tr("Check that the photo is a recent portrait on a plain background.");
    case Petition:
        return DomainTr::tr("Check that the petition names the applicant and is signed by the "
                            "Ministry with EDS.");
    case CitizenshipRecord:
        return DomainTr::tr("Check that the competent body of the country of residence issued it "
                            "and that it covers citizenship and criminal record.");
    case MedicalCertificate:
        return DomainTr::tr("Check that the certificate finds no disease barring entry.");
    case FingerprintCertificate:
        return DomainTr::tr("Check that the migration office of the place of residence issued it.");
    case HousingContract:
        return DomainTr::tr("Check the notary's certification and the address.");
    case PermitNotice:
        return DomainTr::tr("Check that the notice is the applicant's granted permit.");
    default:
        return DomainTr::tr("Check that the document is the applicant's, complete and legible.");
    }
}

QString stageId(Stage stage)
{
    switch (stage) {
    case Stage::Petition:
        return QStringLiteral("petition");
    case Stage::Preliminary:
        return QStringLiteral("preliminary");
    case Stage::Final:
        return QStringLiteral("final");
    case Stage::Registration:
        return QStringLiteral("registration");
    }
    return {};
}

std::optional<Stage> stageFromId(QStringView id)
{
    for (Stage stage : {Stage::Petition, Stage::Preliminary, Stage::Final, Stage::Registration}) {
        if (stageId(stage) == id)
            return stage;
    }
    return std::nullopt;
}

QString autoCheckTitle(AutoCheck check)
{
    switch (check) {
    case PassportValidity:
        return DomainTr::tr("valid 180 days after the application");
    case PassportNotExpired:
        return DomainTr::tr("not expired");
    case PassportMrz:
        return DomainTr::tr("MRZ check digits");
    case PassportMatchesCase:
        return DomainTr::tr("MRZ matches the application");
    case IinMatchesPassport:
        return DomainTr::tr("IIN matches the passport");
    case PhotoAspect:
        return DomainTr::tr("35×45 mm");
    case HousingContractTerms:
        return DomainTr::tr("notarized, 180 days, in force");
    case Legalized:
        return DomainTr::tr("legalized or apostilled");
    case SignedWithEds:
        return DomainTr::tr("signed with the applicant's EDS");
    case DutyPaid:
        return DomainTr::tr("paid through eGov");
    case MedicalForm028:
        return DomainTr::tr("form 028/у");
    }
    return {};
}

QString autoCheckId(AutoCheck check)
{
    switch (check) {
    case PassportValidity:
        return QStringLiteral("passport-validity");
    case PassportNotExpired:
        return QStringLiteral("passport-not-expired");
    case PassportMrz:
        return QStringLiteral("passport-mrz");
    case PassportMatchesCase:
        return QStringLiteral("passport-matches-case");
    case IinMatchesPassport:
        return QStringLiteral("iin-matches-passport");
    case PhotoAspect:
        return QStringLiteral("photo-aspect");
    case HousingContractTerms:
        return QStringLiteral("housing-contract");
    case Legalized:
        return QStringLiteral("legalized");
    case SignedWithEds:
        return QStringLiteral("signed-with-eds");
    case DutyPaid:
        return QStringLiteral("duty-paid");
    case MedicalForm028:
        return QStringLiteral("medical-form-028");
    }
    return {};
}

const QList<CatalogEntry> &catalogFor(Stage stage)
{
    switch (stage) {
    case Stage::Petition:
        return PetitionDocuments;
    case Stage::Preliminary:
        return PreliminaryDocuments;
    case Stage::Final:
        return FinalDocuments;
    case Stage::Registration:
        return RegistrationDocuments;
    }
    return PreliminaryDocuments;
}

const CatalogEntry *catalogEntry(Stage stage, DocumentType type)
{
    for (const CatalogEntry &entry : catalogFor(stage)) {
        if (entry.type == type)
            return &entry;
    }
    return nullptr;
}

} // namespace Kezek
