#pragma once

#include <QCoreApplication>

namespace Kezek {

// One translation context for the calendar module keeps the .ts files readable.
struct CalendarTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Calendar)
};

} // namespace Kezek
