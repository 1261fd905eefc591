#include "core/domain/petition.h"

#include "core/domain/case.h"
#include "core/domain/displaydate.h"
#include "core/domain/domaintr.h"
#include "core/domain/jsonreader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Kezek {

namespace {

Error malformed(const QString &why)
{
    return {
        QStringLiteral("petition.malformed"),
        DomainTr::tr("The ministry's petition is not in the form it is signed in: %1").arg(why)};
}

} // namespace

QByteArray petitionStatementBytes(const PetitionStatement &statement)
{
    const QJsonObject applicant{{QStringLiteral("iin"), statement.applicantIin},
                                {QStringLiteral("name"), statement.applicantName},
                                {QStringLiteral("passportNumber"), statement.passportNumber}};
    const QJsonObject json{{QStringLiteral("applicant"), applicant},
                           {QStringLiteral("number"), statement.number},
                           {QStringLiteral("signedOn"), statement.signedOn.toString(Qt::ISODate)}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<PetitionStatement> petitionStatementFromBytes(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(malformed(DomainTr::tr("the signed content is not JSON.")));
    JsonReader reader(document.object(), QStringLiteral("petition"));
    PetitionStatement statement;
    statement.number = reader.string("number", true);
    statement.signedOn = reader.date("signedOn", true);
    JsonReader applicant(reader.object("applicant", true), reader.path("applicant"));
    statement.applicantIin = applicant.string("iin", true);
    statement.applicantName = applicant.string("name");
    statement.passportNumber = applicant.string("passportNumber");
    if (auto done = applicant.finish(); !done)
        reader.take(done.error());
    if (auto done = reader.finish(); !done)
        return std::unexpected(malformed(done.error().message));
    return statement;
}

PetitionStatement
petitionStatementFor(const Applicant &applicant, const QString &number, QDate signedOn)
{
    return {number,
            applicant.iin,
            applicant.passportNumber,
            applicant.givenNames + QLatin1Char(' ') + applicant.surname,
            signedOn};
}

Result<void> matchPetition(const PetitionStatement &statement,
                           const QString &number,
                           const Applicant &applicant,
                           QDate today)
{
    if (statement.number != number) {
        return fail(QStringLiteral("petition.number-differs"),
                    DomainTr::tr("The ministry signed petition No. %1, but the application "
                                 "gives No. %2 (§8).")
                        .arg(statement.number, number));
    }
    // The passport is compared when the petition names one: the IIN alone
    // already says whose it is.
    if (statement.applicantIin != applicant.iin
        || (!statement.passportNumber.isEmpty()
            && statement.passportNumber.compare(applicant.passportNumber, Qt::CaseInsensitive)
                   != 0)) {
        return fail(QStringLiteral("petition.other-applicant"),
                    DomainTr::tr("The ministry's petition No. %1 was signed for another "
                                 "applicant (IIN %2), not for this one (§8, §10(3)).")
                        .arg(statement.number, statement.applicantIin));
    }
    if (statement.signedOn > today) {
        return std::unexpected(
            malformed(DomainTr::tr("it says it was signed on %1, after today (%2).")
                          .arg(displayDate(statement.signedOn), displayDate(today))));
    }
    return {};
}

Result<void> acceptVerifiedPetition(Case &c, const VerifiedPetition &petition, QDate today)
{
    Checklist &documents = c.preliminaryDocuments;
    // The signature is the petition: eGov need not list it among the scans.
    if (const ChecklistItem *item = documents.item(DocumentType::Petition);
        item && item->status == DocumentStatus::Missing) {
        if (auto ok = documents.submit(DocumentType::Petition, {}); !ok)
            return ok;
    }
    if (auto ok = documents.verify(DocumentType::Petition,
                                   c.checkContext(ChecklistKind::Preliminary, today));
        !ok)
        return ok;
    c.petition = petition;
    return {};
}

QString petitionSummary(const VerifiedPetition &petition)
{
    return DomainTr::tr("Petition No. %1, signed by %2, %3, verified")
        .arg(petition.number, petition.signerName, DomainTr::tr("MDDIAI"));
}

} // namespace Kezek
