#pragma once

#include "app/ctl/console.h"

namespace Kezek::Ctl {

int runDeadline(const Invocation &invocation, Console &console);
int runCheck(const Invocation &invocation, Console &console);
int runCalendar(const Invocation &invocation, Console &console);
// admin takes its own options, after the word "admin".
int runAdmin(const QStringList &arguments, Console &console);
int runSimulate(const QStringList &arguments, Console &console);
int runAudit(const QStringList &arguments, Console &console);
int runExport(const QStringList &arguments, Console &console);
int runSync(const QStringList &arguments, Console &console);
int runStatus(const QStringList &arguments, Console &console);

} // namespace Kezek::Ctl
