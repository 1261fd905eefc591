#pragma once

#include "core/domain/roles.h"

#include "db/server/serverstore.h"

#include <QDate>
#include <QJsonObject>

// What the routes share beyond the HTTP layer.
namespace Kezek {

struct UserRecord;

// The date in Kazakhstan: the day every step of the law is counted on.
QDate kazakhstanToday();
// The actor the domain judges a signed-in user's request as.
Actor actorOf(const UserRecord &user);
// A stored scan as the API describes it.
QJsonObject documentJson(const ServerStore::DocumentInfo &info);

} // namespace Kezek
