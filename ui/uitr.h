#pragma once

#include <QCoreApplication>

namespace Kezek {

// One translation context for the workstation's windows.
struct UiTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Ui)
};

} // namespace Kezek
