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
// A case as the figures of oversight (oversight.h) count it: the whole case
// but its documents' checklists, record checks, notices and petition, which
// stay as a new Case has them (every document missing, none of the others).
// Those are still checked for their type, and an unknown member is refused.
// Of 100,000 cases read for the pilot report, they are most of the work and
// none of the figures.
Result<Case> caseForOversightFromJson(const QJsonObject &json);
// Each of these JSON texts decoded by caseForOversightFromJson, appended to
// `cases` in their order, the work shared over the machine's cores: parsing
// and checking the JSON is nearly all of the time a store takes to read the
// cases oversight counts. On the first case refused, its error; `cases` then
// stays as it was.
Result<void> casesForOversightFromJson(const QList<QByteArray> &bodies, QList<Case> &cases);
// Only the clocks of a case's JSON ({"clocks": [...]}): what a deadline needs,
// without reading the rest.
Result<QList<DeadlineClock>> clocksFromJson(const QJsonObject &json);

// What a queue's row shows of a case: its stage, applicant, record checks
// and clocks, without its checklists, decisions, notices and history.
struct CaseGlance
{
    QString id;
    CaseState state = CaseState::Received;
    int version = 0;
    Applicant applicant;
    QList<CheckRecord> checks;
    QList<DeadlineClock> clocks;

    friend bool operator==(const CaseGlance &, const CaseGlance &) = default;
};
CaseGlance glanceOf(const Case &c);
// Those members of a case's JSON alone ({"id", "state", "version",
// "applicant", "checks", "clocks"}), read as strictly as the whole case.
Result<CaseGlance> caseGlanceFromJson(const QJsonObject &json);

QJsonObject applicantToJson(const Applicant &applicant);
// `complete`: every identity field present (an application); otherwise a
// case as its reader may see it, some fields empty.
Result<Applicant> applicantFromJson(const QJsonObject &json, bool complete = true);

QJsonObject documentFactsToJson(const DocumentFacts &facts);
Result<DocumentFacts> documentFactsFromJson(const QJsonObject &json);

} // namespace Kezek
