#pragma once

#include <QCoreApplication>

namespace Kezek {

struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Sync)
};

} // namespace Kezek
