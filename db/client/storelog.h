#pragma once

#include <QLoggingCategory>

// The encrypted cache's log (kezek.store): opened, migrated, its version,
// and its errors; never what a case holds.
namespace Kezek {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace Kezek
