#pragma once

#include <QLoggingCategory>

// The workstation's own log: the program's start, sign-in and end
// (kezek.app), and what the windows did that IT may ask about, such as a
// sync's end as the officer saw it (kezek.ui). User ids and case ids only.
namespace Kezek {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace Kezek
