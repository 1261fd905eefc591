#pragma once

#include "app/ctl/console.h"
#include "core/result/result.h"

#include <QDateTime>

#include <functional>

namespace Kezek {
class UserStore;
}

namespace Kezek::Ctl {

// What the admin subcommands share.
QString adminSynopsis();

// Registers a user's signing certificate, with its audit entry.
int registerCertificate(const QString &databaseUrl,
                        const QString &userId,
                        const QByteArray &pem,
                        Console &console);

// What an account change does, in the transaction that audits it: `said` is
// what the command prints, and `secret` a line printed after it.
struct AccountChange
{
    UserStore &users;
    const QString &id;
    const QDateTime &now;
    QString said;
    QString secret;
};

// An account's state changed by IT (`what`: the subcommand): each audited,
// and an unknown user changes nothing.
int changeAccount(const QString &what,
                  const QStringList &arguments,
                  Console &console,
                  const std::function<Result<void>(AccountChange &)> &change);

} // namespace Kezek::Ctl
