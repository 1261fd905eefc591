#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kezek {

struct Applicant;
struct Case;

// What the ministry (MDDIAI) signs on astanahub.com (§8): the petition's
// number, whom it is for and the day it was signed. It travels inside the
// ministry's signature (an attached CMS) as compact JSON with its keys in
// sorted order: {"applicant": {"iin", "name", "passportNumber"}, "number",
// "signedOn"}, so that a petition signed for someone else, or under another
// number, is seen for what it is.
struct PetitionStatement
{
    QString number;
    QString applicantIin;
    QString passportNumber;
    QString applicantName;
    QDate signedOn;

    friend bool operator==(const PetitionStatement &, const PetitionStatement &) = default;
};

QByteArray petitionStatementBytes(const PetitionStatement &statement);
// petition.malformed when the bytes are not such a statement.
Result<PetitionStatement> petitionStatementFromBytes(const QByteArray &bytes);
// The statement the ministry signs for this applicant under this number.
PetitionStatement
petitionStatementFor(const Applicant &applicant, const QString &number, QDate signedOn);

// The petition as the eGov integration sends it with the application: its
// number and the ministry's signature (DER) carrying the statement.
struct PetitionSubmission
{
    QString number;
    QByteArray signature;

    friend bool operator==(const PetitionSubmission &, const PetitionSubmission &) = default;
};

// Whether a signed statement is this application's petition (§8, §10(3)):
// the number the application gives (petition.number-differs), its applicant
// by IIN and passport (petition.other-applicant), signed on a day already
// come (petition.malformed).
Result<void> matchPetition(const PetitionStatement &statement,
                           const QString &number,
                           const Applicant &applicant,
                           QDate today);

// The ministry's petition as the server verified it at intake.
struct VerifiedPetition
{
    QString number;
    QString signerName;   // the signing employee, as the certificate names them
    QString organisation; // the ministry, as the certificate names it
    QString bin;          // the ministry's BIN the certificate carries
    QDate signedOn;
    QDateTime verifiedAt; // UTC
    QByteArray signature; // the CMS as received, for anyone to check again

    friend bool operator==(const VerifiedPetition &, const VerifiedPetition &) = default;
};

// Keeps the verified petition with the case, and marks the petition among
// the preliminary documents verified (§10(3)): the officer need not look.
Result<void> acceptVerifiedPetition(Case &c, const VerifiedPetition &petition, QDate today);

// "Petition No. …, signed by …, MDDIAI, verified", as the case shows it.
QString petitionSummary(const VerifiedPetition &petition);

} // namespace Kezek
