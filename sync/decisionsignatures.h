#pragma once

#include "core/domain/case.h"
#include "core/result/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Kezek {

// A case's signed decisions as the server keeps them: the exact bytes each
// signature covers, the detached CMS signature, and the certificate of the
// authority every officer's signing certificate is issued by.
struct SignedDecision
{
    QString commandId;
    QString type;
    QString userId;
    QByteArray content;
    QByteArray signature;
    QString timeSource; // as the server says: "tsa", "archive", or "" (none kept)
};

struct SignedDecisions
{
    QByteArray authorityPem;
    QList<SignedDecision> decisions;
};

Result<SignedDecisions> signedDecisionsFromJson(const QJsonObject &json);

// What checking the signature of one step of the history found: the
// signature is intact, chains to the authority, and covers this very
// decision (its case, its kind, its reasons and its text).
struct StepSignature
{
    QString signerSubject;
    QDateTime signedAt; // as the signature says; invalid: it says none
    QString commandId;
    // The timestamp token the signature carries, verified here: its time and
    // TSA; whether the officer's workstation got it online ("tsa") or the
    // server stamped the decision on receipt ("archive"). Invalid: none.
    QDateTime trustedAt;
    QString tsa;
    QString timeSource;
    // The signer as a person reads them: the certificate's name and IIN.
    QString signerName;
    QString signerIin;
};

// Checks the signature of the decision made at `c.history[historyIndex]`:
// the step's own signed command is found among `decisions` (the n-th of its
// kind by its maker is the n-th such step), its signature verified against
// the authority, and what it covers compared with the decision the case
// shows. The error says, in words, which of these failed.
Result<StepSignature>
checkStepSignature(const Case &c, qsizetype historyIndex, const SignedDecisions &decisions);

} // namespace Kezek
