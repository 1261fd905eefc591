#pragma once

#include <QString>

namespace Kezek::Ctl {

// The usage of simulate and its answer and progress.
QString simulateSynopsis();

} // namespace Kezek::Ctl
