#include "sync/synclog.h"

namespace Kezek {
// Info and above by default; debug when QT_LOGGING_RULES asks for it.
Q_LOGGING_CATEGORY(lcSync, "kezek.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "kezek.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSigning, "kezek.signing", QtInfoMsg)
} // namespace Kezek
