#pragma once

#include "core/domain/oversight.h"

#include <QJsonObject>

namespace Kezek {

// The figures of oversight as JSON: what the server answers the pilot
// report's query with (GET /api/v1/reports/pilot) and what kezekctl and the
// workstation read back before a report is rendered. Every figure travels,
// ids and counts alike, never a translated word; dates are ISO 8601. Decoding
// is as strict as the case codec's: a missing or unknown field, a wrong type
// or an unknown id is an Error naming the field, and nothing half-read is
// returned.
QJsonObject oversightToJson(const OversightFigures &figures);
Result<OversightFigures> oversightFromJson(const QJsonObject &json);

} // namespace Kezek
