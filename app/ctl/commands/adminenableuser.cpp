#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"

#include "db/server/userstore.h"

namespace Kezek::Ctl {

int runAdminEnableUser(const Invocation &invocation, Console &console)
{
    return changeAccount(
        QStringLiteral("enable-user"),
        invocation.arguments,
        console,
        [](AccountChange &account) -> Result<void> {
            if (auto set = account.users.setDisabled(account.id, false, account.now); !set)
                return std::unexpected(set.error());
            account.said = Tr::tr("%1 may sign in again.").arg(account.id);
            return {};
        });
}

} // namespace Kezek::Ctl
