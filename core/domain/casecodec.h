#pragma once

#include "core/domain/case.h"

#include <QJsonObject>

namespace Kezek {

// A case as JSON: the wire format between server and workstation and the
// stored form in both their databases. Decoding is strict: a missing required
// field, a wrong type, an unknown field or an impossible value is an Error that
// names the field's path, and nothing half-decoded is returned.
QJsonObject caseToJson(const Case &c);
Result<Case> caseFromJson(const QJsonObject &json);
// Only the clocks of a case's JSON ({"clocks": [...]}): what a deadline needs,
// without reading the rest.
Result<QList<DeadlineClock>> clocksFromJson(const QJsonObject &json);

QJsonObject applicantToJson(const Applicant &applicant);
// `complete`: every identity field present (an application); otherwise a
// case as its reader may see it, some fields empty.
Result<Applicant> applicantFromJson(const QJsonObject &json, bool complete = true);

QJsonObject documentFactsToJson(const DocumentFacts &facts);
Result<DocumentFacts> documentFactsFromJson(const QJsonObject &json);

} // namespace Kezek
