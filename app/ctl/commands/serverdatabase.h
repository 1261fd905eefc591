#pragma once

#include "app/ctl/console.h"
#include "core/result/result.h"
#include "db/server/serverstore.h"

#include <QCommandLineParser>

#include <initializer_list>
#include <memory>

namespace Kezek::Ctl {

// What the commands on a server's database (admin, audit, export) share.

// The server's store, with the audit log's key when this user can read it:
// KEZEK_AUDIT_KEY names the file, else the one beside a SQLite database. A
// keyed log is not written without it (AuditLog::append says so).
Result<std::unique_ptr<ServerStore>> openServerStore(const QString &url,
                                                     const QString &keyFile = {});
// Options that each take a value, parsed from a command's arguments.
bool parseOptions(QCommandLineParser &parser,
                  std::initializer_list<const char *> names,
                  const QStringList &arguments);
Result<QByteArray> readWhole(const QString &path);

} // namespace Kezek::Ctl
