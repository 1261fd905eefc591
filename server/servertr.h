#pragma once

#include <QCoreApplication>

namespace Kezek {

struct ServerTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Server)
};

} // namespace Kezek
