#pragma once

#include "app/ctl/console.h"
#include "core/result/result.h"

namespace Kezek::Ctl {

// What check iin and check mrz share: their usage, and how they say that a
// number or a zone does not hold.
int checkUsage(Console &console);
int reportCheckFailure(const Invocation &invocation, Console &console, const Error &error);

} // namespace Kezek::Ctl
