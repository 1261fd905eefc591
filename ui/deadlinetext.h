#pragma once

#include "sync/casedesk.h"

#include <QDateTime>
#include <QString>

namespace Kezek {

// How a deadline reads on a badge: time left in the clock's own unit
// ("2 wd", "11 d"), and how urgent it is.
enum class Urgency { Calm, Warning, Breached };

QString timeLeftText(const ClockStatus &status);
Urgency urgencyOf(const ClockStatus &status);
// One way to write a day everywhere, in every language: dd.MM.yyyy (a
// Kazakh short format would give two-digit years, and an officer reading
// dates off the applicant's papers reads them this way).
QString formatDate(QDate date);
// A moment as Kazakhstan's clocks show it (UTC+5): dd.MM.yyyy HH:mm.
QString formatDateTime(const QDateTime &moment);

} // namespace Kezek
