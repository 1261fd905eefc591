#pragma once

#include <QCoreApplication>

namespace Kezek {

// One translation context for the stores: the server's and the workstation's.
struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Store)
};

} // namespace Kezek
