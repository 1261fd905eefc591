#include "db/client/storelog.h"

namespace Kezek {
// Info and above by default; debug when QT_LOGGING_RULES asks for it.
Q_LOGGING_CATEGORY(lcStore, "kezek.store", QtInfoMsg)
} // namespace Kezek
