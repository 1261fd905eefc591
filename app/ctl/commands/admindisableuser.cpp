#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"

#include "db/server/userstore.h"

namespace Kezek::Ctl {

// A disabled user cannot sign in, and their sessions end at once.
int runAdminDisableUser(const Invocation &invocation, Console &console)
{
    return changeAccount(
        QStringLiteral("disable-user"),
        invocation.arguments,
        console,
        [](AccountChange &account) -> Result<void> {
            if (auto set = account.users.setDisabled(account.id, true, account.now); !set)
                return std::unexpected(set.error());
            account.said = Tr::tr("%1 is disabled; their sessions ended.").arg(account.id);
            return {};
        });
}

} // namespace Kezek::Ctl
