#pragma once

#include "sync/casedesk.h"

#include <QString>

namespace Kezek {

// How a deadline reads on a badge: time left in the clock's own unit
// ("2 wd", "11 d"), and how urgent it is.
enum class Urgency { Calm, Warning, Breached };

QString timeLeftText(const ClockStatus &status);
Urgency urgencyOf(const ClockStatus &status);
QString formatDate(QDate date); // the locale's short format

} // namespace Kezek
