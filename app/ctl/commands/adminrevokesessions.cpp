#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"

#include "db/server/userstore.h"

namespace Kezek::Ctl {

// Every session of the user ended (a lost laptop): they sign in again.
int runAdminRevokeSessions(const Invocation &invocation, Console &console)
{
    return changeAccount(
        QStringLiteral("revoke-sessions"),
        invocation.arguments,
        console,
        [](AccountChange &account) -> Result<void> {
            auto ended = account.users.revokeSessions(account.id);
            if (!ended)
                return std::unexpected(ended.error());
            account.said = Tr::tr("%n session(s) of %1 ended.", nullptr, *ended).arg(account.id);
            return {};
        });
}

} // namespace Kezek::Ctl
