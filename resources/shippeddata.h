#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/domain/lawbook.h"
#include "core/domain/officedirectory.h"
#include "core/domain/reasoncatalog.h"

#include <QStringList>
#include <QTranslator>

#include <memory>

namespace Kezek::ShippedData {

// The business calendar compiled into the program, or the one at `path` when
// given (a newer calendar from the central server, or a site's own).
Result<BusinessCalendar> calendar(const QString &path = {});
Result<ReasonCatalog> reasons(const QString &path = {});
// The offices' names in the three languages, for the papers that name them.
Result<OfficeDirectory> offices(const QString &path = {});
// Both as one Lawbook, the calendar built in or the one at `calendarPath`:
// what the server hands to the workstations and counts by.
// The shipped law, or a site's calendar and legal basis files instead.
Result<Lawbook> lawbook(const QString &calendarPath = {}, const QString &basisPath = {});

// The languages Kezek speaks, by code.
QStringList languages();
// Installs the shipped translation for "kk", "ru" or "en" into the application;
// false for any other language.
bool installTranslator(const QString &language);
// A translator for `language`, not installed: for a text in another
// language than the screen's (a notice in the applicant's).
std::unique_ptr<QTranslator> translator(const QString &language);

} // namespace Kezek::ShippedData
