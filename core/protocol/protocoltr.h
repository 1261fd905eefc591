#pragma once

#include <QCoreApplication>

namespace Kezek {

// The translation context of what the API says to people.
class ProtocolTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::ProtocolTr)
};

} // namespace Kezek
