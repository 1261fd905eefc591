#pragma once

#include "db/server/serverstore.h"

#include <memory>

namespace Kezek {

// A timed job's own connection (QtSql connections belong to one thread), kept
// between rounds and opened again after a failure, so that a database restart
// is survived: the store, or null when it cannot be opened now (said in the
// log under `event`; the next round tries again).
ServerStore *
openJobStore(std::unique_ptr<ServerStore> &store, const QString &url, const char *event);

} // namespace Kezek
