#pragma once

#include <QString>

namespace Kezek::Ctl {

// The usage of sync and status, the two commands on a workstation's cache.
QString syncSynopsis();

} // namespace Kezek::Ctl
