#include "ui/uilog.h"

namespace Kezek {
// Info and above by default; debug when QT_LOGGING_RULES asks for it.
Q_LOGGING_CATEGORY(lcApp, "kezek.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "kezek.ui", QtInfoMsg)
} // namespace Kezek
