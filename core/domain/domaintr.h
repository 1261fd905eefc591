#pragma once

#include <QCoreApplication>

namespace Kezek {

// One translation context for the whole domain module (as Qt Creator gives each
// plugin one), so that every message of the law sits together in the .ts files.
struct DomainTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Domain)
};

} // namespace Kezek
