#pragma once

#include "core/domain/roles.h"

#include "db/server/serverstore.h"

#include <QDate>
#include <QJsonObject>

// What the routes share beyond the HTTP layer.
namespace Kezek {

struct UserRecord;
namespace Http {
struct Request;
struct Response;
} // namespace Http

// The date in Kazakhstan: the day every step of the law is counted on.
QDate kazakhstanToday();
// The actor the domain judges a signed-in user's request as.
Actor actorOf(const UserRecord &user);
// A stored scan as the API describes it.
QJsonObject documentJson(const ServerStore::DocumentInfo &info);
// A whole-number query parameter within its bounds, its default when absent,
// or an answered 400.
std::optional<qint64> queryNumber(const Http::Request &request,
                                  Http::Response &response,
                                  const char *name,
                                  qint64 fallback,
                                  qint64 minimum,
                                  qint64 maximum);

} // namespace Kezek
