#pragma once

#include <QCoreApplication>

namespace Kezek {

struct SecurityTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Security)
};

} // namespace Kezek
