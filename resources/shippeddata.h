#pragma once

#include "calendar/businesscalendar.h"
#include "domain/reasoncatalog.h"

#include <QStringList>

namespace Kezek::ShippedData {

// The business calendar compiled into the program, or the one at `path` when
// given (a newer calendar from the central server, or a site's own).
Result<BusinessCalendar> calendar(const QString &path = {});
Result<ReasonCatalog> reasons(const QString &path = {});

// The languages Kezek speaks, by code.
QStringList languages();
// Installs the shipped translation for "kk", "ru" or "en" into the application;
// false for any other language.
bool installTranslator(const QString &language);

} // namespace Kezek::ShippedData
