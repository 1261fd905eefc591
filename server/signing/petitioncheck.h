#pragma once

#include "core/domain/petition.h"
#include "core/result/result.h"
#include "server/signing/ministryauthority.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace Kezek {

struct NewApplication;

// The ministry's petition of an application, verified at intake (§8,
// §10(3)): signed by the ministry (its certificate chains to the ministry's
// authority at `now` and carries its BIN), over a statement naming this
// application's petition number and applicant. None when the site checks
// petitions by eye (no authority), or the demo ministry's application came
// without one. Each refusal has its code: petition.missing,
// petition.malformed, petition.invalid (bytes changed), petition.not-ministry,
// petition.number-differs, petition.other-applicant, and the chain's
// signature.expired, signature.not-yet-valid, signature.authority-not-valid,
// signature.unknown-issuer, signature.chain, signature.key-usage.
Result<std::optional<VerifiedPetition>>
verifyPetition(const NewApplication &application,
               const std::optional<MinistryAuthority> &ministry,
               const QDateTime &now,
               QDate today);

} // namespace Kezek
