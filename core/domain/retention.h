#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/domain/case.h"

#include <QDate>

#include <optional>

namespace Kezek {

// How long personal data is kept once a case is over (decided, deleted,
// withdrawn): on the workstations a short time (they work on open cases), on
// the server the site's retention period. What the audit and the one-year
// bans need stays: the case's number and state, its history (who did what,
// when), its decisions and clocks, and the applicant's IIN and passport number
// while a ban of theirs runs.

// The day the case reached its final state, or nothing while it is open.
std::optional<QDate> endedOn(const Case &c);

// Whether the case ended more than `days` days before `today` (a
// workstation drops it then, whole).
bool endedLongAgo(const Case &c, QDate today, int days);

// Whether the server's copy is due to be stripped on `today`, kept `days`
// days after it ended: not yet stripped, or stripped while a ban ran that
// has ended since (its IIN and passport number go then).
bool retentionDue(const Case &c, QDate today, int days, const BusinessCalendar &calendar);

// Whether the case was already stripped (its history says so).
bool retentionApplied(const Case &c);

// The case as it is kept after the retention period: names, birth date,
// nationality, passport expiry, documents' facts and scans, and the letters'
// text gone; the IIN and passport number kept only while a ban runs; a
// history entry says when. The version moves on, so that every cache takes it.
Case afterRetention(const Case &c, QDate today, const BusinessCalendar &calendar);

} // namespace Kezek
