#pragma once

#include "calendar/businesscalendar.h"
#include "domain/reasoncatalog.h"

namespace Kezek::ShippedData {

// The business calendar compiled into the program, or the one at `path` when
// given (a newer calendar from the central server, or a site's own).
Result<BusinessCalendar> calendar(const QString &path = {});
Result<ReasonCatalog> reasons(const QString &path = {});

} // namespace Kezek::ShippedData
