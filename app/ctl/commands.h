#pragma once

#include "console.h"

namespace Kezek::Ctl {

int runDeadline(const Invocation &invocation, Console &console);
int runCheck(const Invocation &invocation, Console &console);
int runCalendar(const Invocation &invocation, Console &console);

} // namespace Kezek::Ctl
