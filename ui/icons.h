#pragma once

#include <QIcon>
#include <QString>

namespace Kezek::Icons {

// One of the icons shipped in ui/icons (Adwaita's symbolic set), at 16 and
// 32 px; a null icon for a name it does not ship.
QIcon named(const QString &name);
// The icon of a queue, by its id (the stage it holds, or what it is for).
QIcon forQueue(const QString &queueId);

} // namespace Kezek::Icons
