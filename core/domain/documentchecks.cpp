#include "core/domain/documentchecks.h"

#include "core/domain/domaintr.h"
#include "core/domain/mrz.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace Kezek {

namespace {

CheckResult passed(AutoCheck check)
{
    return {check, true, {}, {}};
}

CheckResult failed(AutoCheck check, const char *code, const QString &message)
{
    return {check, false, QString::fromLatin1(code), message};
}

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString canonicalName(const QString &name)
{
    // The MRZ writes names in capitals with fillers; compare letters only.
    QString result = name.toUpper();
    result.replace(QLatin1Char('<'), QLatin1Char(' '));
    result.replace(QLatin1Char('-'), QLatin1Char(' '));
    return result.simplified();
}

CheckResult checkPassportValidity(const DocumentFacts &facts, const CheckContext &context)
{
    const QDate expiry
        = facts.expiryDate.isValid() ? facts.expiryDate : context.applicant.passportExpiry;
    if (!expiry.isValid()) {
        return failed(AutoCheck::PassportValidity,
                      "passport.expiry-unknown",
                      DomainTr::tr("The passport's expiry date is not recorded."));
    }
    const QDate limit = context.applicationDate.addDays(PassportValidityDays);
    if (expiry <= limit) {
        return failed(AutoCheck::PassportValidity,
                      "passport.validity",
                      DomainTr::tr("The passport expires on %1; it must be valid after %2, more "
                                   "than %3 calendar days after the application date %4.")
                          .arg(dayText(expiry), dayText(limit))
                          .arg(PassportValidityDays)
                          .arg(dayText(context.applicationDate)));
    }
    return passed(AutoCheck::PassportValidity);
}

CheckResult checkPassportNotExpired(const DocumentFacts &facts, const CheckContext &context)
{
    const QDate expiry
        = facts.expiryDate.isValid() ? facts.expiryDate : context.applicant.passportExpiry;
    if (!expiry.isValid() || expiry < context.applicationDate) {
        return failed(
            AutoCheck::PassportNotExpired,
            "passport.expired",
            DomainTr::tr("The passport is not valid on %1.").arg(dayText(context.applicationDate)));
    }
    return passed(AutoCheck::PassportNotExpired);
}

CheckResult checkMrz(AutoCheck check, const DocumentFacts &facts, const CheckContext &context)
{
    if (facts.mrzLine1.isEmpty() || facts.mrzLine2.isEmpty()) {
        return failed(check,
                      "mrz.missing",
                      DomainTr::tr("The passport's machine-readable zone has not been entered."));
    }
    auto mrz = parseMrz(facts.mrzLine1, facts.mrzLine2, context.applicationDate);
    if (!mrz)
        return {check, false, mrz.error().code, mrz.error().message};
    if (check == AutoCheck::PassportMrz)
        return passed(check);

    const QList<FieldMismatch> mismatches = compareWithApplicant(*mrz, context.applicant);
    if (!mismatches.isEmpty()) {
        QStringList fields;
        for (const FieldMismatch &mismatch : mismatches)
            fields.append(
                QStringLiteral("%1 (%2 / %3)")
                    .arg(mrzFieldTitle(mismatch.field), mismatch.filed, mismatch.scanned));
        return failed(check,
                      "passport.mismatch",
                      DomainTr::tr("The passport differs from the application in: %1.")
                          .arg(fields.join(QStringLiteral(", "))));
    }
    return passed(check);
}

CheckResult checkIinMatchesPassport(const DocumentFacts &facts, const CheckContext &context)
{
    auto iin = parseIin(context.applicant.iin);
    if (!iin)
        return {AutoCheck::IinMatchesPassport, false, iin.error().code, iin.error().message};
    QDate birthDate = context.applicant.birthDate;
    std::optional<Sex> sex = context.applicant.sex;
    if (!facts.mrzLine1.isEmpty()) {
        if (auto mrz = parseMrz(facts.mrzLine1, facts.mrzLine2, context.applicationDate)) {
            birthDate = mrz->birthDate;
            sex = mrz->sex;
        }
    }
    if (iin->birthDate != birthDate) {
        return failed(AutoCheck::IinMatchesPassport,
                      "iin.birth-date-mismatch",
                      DomainTr::tr("The IIN gives the birth date %1, the passport %2.")
                          .arg(dayText(iin->birthDate), dayText(birthDate)));
    }
    if (sex && *sex != iin->sex) {
        return failed(AutoCheck::IinMatchesPassport,
                      "iin.sex-mismatch",
                      DomainTr::tr("The IIN and the passport give different sexes."));
    }
    return passed(AutoCheck::IinMatchesPassport);
}

CheckResult checkPhotoAspect(const DocumentFacts &facts)
{
    if (facts.pixelWidth <= 0 || facts.pixelHeight <= 0) {
        return failed(AutoCheck::PhotoAspect,
                      "photo.size-unknown",
                      DomainTr::tr("The photo's size in pixels is not known."));
    }
    const double aspect = double(facts.pixelWidth) / facts.pixelHeight;
    const double expected = 35.0 / 45.0;
    if (std::abs(aspect - expected) / expected > PhotoAspectTolerance) {
        return failed(AutoCheck::PhotoAspect,
                      "photo.aspect",
                      DomainTr::tr("The photo is %1×%2 pixels; a 35×45 mm photo has the aspect "
                                   "7:9 (for this height, about %3 pixels wide).")
                          .arg(facts.pixelWidth)
                          .arg(facts.pixelHeight)
                          .arg(qRound(facts.pixelHeight * expected)));
    }
    return passed(AutoCheck::PhotoAspect);
}

CheckResult checkHousingContract(const DocumentFacts &facts, const CheckContext &context)
{
    const AutoCheck check = AutoCheck::HousingContractTerms;
    if (!facts.notarized.value_or(false)) {
        return failed(
            check, "housing.not-notarized", DomainTr::tr("The housing contract is not notarized."));
    }
    if (!facts.validFrom.isValid() || !facts.validUntil.isValid()) {
        return failed(check,
                      "housing.term-unknown",
                      DomainTr::tr("The housing contract's term is not recorded."));
    }
    // A term runs from its first day to its last, both counted: 1 November to
    // 29 April is 180 days.
    const qint64 days = facts.validFrom.daysTo(facts.validUntil) + 1;
    if (days < HousingContractDays) {
        return failed(check,
                      "housing.term",
                      DomainTr::tr("The housing contract runs %1 days (%2 to %3); it must run at "
                                   "least %4 calendar days.")
                          .arg(days)
                          .arg(dayText(facts.validFrom), dayText(facts.validUntil))
                          .arg(HousingContractDays));
    }
    if (facts.validFrom > context.applicationDate || facts.validUntil < context.applicationDate) {
        return failed(
            check,
            "housing.not-in-force",
            DomainTr::tr("The housing contract is not in force on the application date %1.")
                .arg(dayText(context.applicationDate)));
    }
    return passed(check);
}

CheckResult checkLegalized(const DocumentFacts &facts, const CheckContext &context)
{
    const AutoCheck check = AutoCheck::Legalized;
    if (!facts.foreignIssued)
        return passed(check);
    // §10(4): consular legalization, the rule; always enough.
    if (facts.legalization == Legalization::Consular)
        return passed(check);
    if (facts.legalization == Legalization::None) {
        return failed(check,
                      "document.not-legalized",
                      DomainTr::tr("The document was issued abroad and is neither legalized by a "
                                   "consul nor apostilled (§10(4), §28)."));
    }
    const bool apostille = facts.legalization == Legalization::Apostille;
    const QString state = facts.issuingState.trimmed().toUpper();
    if (state.isEmpty()) {
        return failed(check,
                      "document.issuing-state",
                      apostille ? DomainTr::tr("Record the state that issued the document: an "
                                               "apostille replaces legalization only for a party "
                                               "to the Hague Convention (§28).")
                                : DomainTr::tr("Record the state that issued the document: only a "
                                               "treaty with that state exempts it from "
                                               "legalization (§28)."));
    }
    if (!context.legalization)
        return passed(check);
    const LegalizationRules::StateList &list
        = apostille ? context.legalization->apostille() : context.legalization->treatyExempt();
    switch (LegalizationRules::member(list, state)) {
    case LegalizationRules::Answer::Yes:
        return passed(check);
    case LegalizationRules::Answer::No:
        return failed(check,
                      apostille ? "document.apostille-not-accepted" : "document.no-treaty",
                      apostille ? DomainTr::tr("%1 is not a party to the Hague Apostille "
                                               "Convention for Kazakhstan: the document needs "
                                               "consular legalization (§10(4), §28).")
                                      .arg(state)
                                : DomainTr::tr("No treaty with %1 exempts its documents from "
                                               "legalization: the document needs consular "
                                               "legalization (§10(4), §28).")
                                      .arg(state));
    case LegalizationRules::Answer::Ask:
        break;
    }
    CheckResult asked = passed(check);
    asked.askOfficer = true;
    asked.message
        = apostille ? DomainTr::tr("Kezek's list (as of %1) does not confirm that an apostille "
                                   "from %2 is accepted: confirm it, or ask for consular "
                                   "legalization (§28).")
                          .arg(dayText(list.asOf), state)
                    : DomainTr::tr("Kezek's list (as of %1) does not confirm a treaty exempting "
                                   "documents from %2: confirm the treaty, or ask for consular "
                                   "legalization (§28).")
                          .arg(dayText(list.asOf), state);
    return asked;
}

} // namespace

QString foldLookalikes(const QString &text)
{
    static const QHash<QChar, QChar> cyrillic{{u'a', u'а'},
                                              {u'c', u'с'},
                                              {u'e', u'е'},
                                              {u'o', u'о'},
                                              {u'p', u'р'},
                                              {u'x', u'х'},
                                              {u'y', u'у'},
                                              {u'u', u'у'},
                                              {u'k', u'к'},
                                              {u'm', u'м'},
                                              {u't', u'т'},
                                              {u'b', u'в'},
                                              {u'h', u'н'}};
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text.toLower()) {
        if (c.isSpace())
            continue;
        folded.append(cyrillic.value(c, c));
    }
    return folded;
}

QString legalizationId(Legalization legalization)
{
    switch (legalization) {
    case Legalization::None:
        return QStringLiteral("none");
    case Legalization::Consular:
        return QStringLiteral("consular");
    case Legalization::Apostille:
        return QStringLiteral("apostille");
    case Legalization::TreatyExempt:
        return QStringLiteral("treaty-exempt");
    }
    return {};
}

std::optional<Legalization> legalizationFromId(QStringView id)
{
    for (Legalization value : {Legalization::None,
                               Legalization::Consular,
                               Legalization::Apostille,
                               Legalization::TreatyExempt}) {
        if (legalizationId(value) == id)
            return value;
    }
    return std::nullopt;
}

CheckResult runCheck(AutoCheck check, const DocumentFacts &facts, const CheckContext &context)
{
    switch (check) {
    case AutoCheck::PassportValidity:
        return checkPassportValidity(facts, context);
    case AutoCheck::PassportNotExpired:
        return checkPassportNotExpired(facts, context);
    case AutoCheck::PassportMrz:
    case AutoCheck::PassportMatchesCase:
        return checkMrz(check, facts, context);
    case AutoCheck::IinMatchesPassport:
        return checkIinMatchesPassport(facts, context);
    case AutoCheck::PhotoAspect:
        return checkPhotoAspect(facts);
    case AutoCheck::HousingContractTerms:
        return checkHousingContract(facts, context);
    case AutoCheck::Legalized:
        return checkLegalized(facts, context);
    case AutoCheck::SignedWithEds:
        if (!facts.signedWithEds.value_or(false)) {
            return failed(
                check,
                "questionnaire.unsigned",
                DomainTr::tr("The questionnaire is not signed with the applicant's EDS."));
        }
        return passed(check);
    case AutoCheck::DutyPaid:
        if (!facts.dutyPaid.value_or(false)) {
            return failed(check,
                          "duty.unpaid",
                          DomainTr::tr("The state duty has not been paid through the eGov "
                                       "payment gateway."));
        }
        return passed(check);
    case AutoCheck::MedicalForm028: {
        if (foldLookalikes(facts.formNumber) != foldLookalikes(QStringLiteral("028/у"))) {
            return failed(check,
                          "medical.form",
                          DomainTr::tr("The medical certificate must be on form 028/у; it is "
                                       "\"%1\".")
                              .arg(facts.formNumber));
        }
        return passed(check);
    }
    }
    return failed(check, "check.unknown", DomainTr::tr("Unknown check."));
}

QList<CheckResult>
runChecks(const CatalogEntry &entry, const DocumentFacts &facts, const CheckContext &context)
{
    // §10(4), §20(7): the citizenship and criminal-record document comes from
    // the competent body of the applicant's own state, so it is foreign by
    // definition, whatever the filing says, and §28 wants it legalized.
    // Issued by the applicant's own state, unless the filing names another.
    DocumentFacts effective = facts;
    if (entry.type == DocumentType::CitizenshipRecord) {
        effective.foreignIssued = true;
        if (effective.issuingState.isEmpty())
            effective.issuingState = context.applicant.nationality;
    }
    QList<CheckResult> results;
    results.reserve(entry.autoChecks.size());
    for (AutoCheck check : entry.autoChecks)
        results.append(runCheck(check, effective, context));
    return results;
}

QString mrzFieldTitle(const QString &field)
{
    if (field == u"surname")
        return DomainTr::tr("surname");
    if (field == u"given-names")
        return DomainTr::tr("given names");
    if (field == u"document-number")
        return DomainTr::tr("document number");
    if (field == u"nationality")
        return DomainTr::tr("nationality");
    if (field == u"birth-date")
        return DomainTr::tr("birth date");
    if (field == u"sex")
        return DomainTr::tr("sex");
    if (field == u"expiry-date")
        return DomainTr::tr("expiry date");
    return field;
}

QList<FieldComparison> compareFields(const MrzData &mrz, const Applicant &applicant)
{
    QList<FieldComparison> result;
    auto compare = [&](const char *field, const QString &filed, const QString &scanned) {
        result.append({QString::fromLatin1(field), filed, scanned});
    };
    compare("surname", canonicalName(applicant.surname), canonicalName(mrz.surname));
    compare("given-names", canonicalName(applicant.givenNames), canonicalName(mrz.givenNames));
    compare("document-number", applicant.passportNumber.toUpper(), mrz.documentNumber);
    compare("nationality", applicant.nationality.toUpper(), mrz.nationality);
    compare("birth-date", dayText(applicant.birthDate), dayText(mrz.birthDate));
    compare("sex", sexId(applicant.sex), mrz.sex ? sexId(*mrz.sex) : QStringLiteral("unspecified"));
    compare("expiry-date", dayText(applicant.passportExpiry), dayText(mrz.expiryDate));
    return result;
}

QList<FieldMismatch> compareWithApplicant(const MrzData &mrz, const Applicant &applicant)
{
    QList<FieldMismatch> result = compareFields(mrz, applicant);
    result.removeIf([](const FieldComparison &field) { return field.agrees(); });
    return result;
}

} // namespace Kezek
