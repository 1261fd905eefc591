#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"

#include "db/server/userstore.h"

#include "core/security/passwords.h"

namespace Kezek::Ctl {

// A one-time password the user must change at their next sign-in; their
// sessions end.
int runAdminResetPassword(const Invocation &invocation, Console &console)
{
    return changeAccount(
        QStringLiteral("reset-password"),
        invocation.arguments,
        console,
        [](AccountChange &account) -> Result<void> {
            // Sixteen characters of a random token: typed once, then changed.
            account.secret = QString::fromLatin1(randomToken().left(16));
            auto hash = hashPassword(account.secret);
            if (!hash)
                return std::unexpected(hash.error());
            if (auto set = account.users.setPasswordHash(account.id, *hash, true); !set)
                return std::unexpected(set.error());
            if (auto ended = account.users.revokeSessions(account.id); !ended)
                return std::unexpected(ended.error());
            if (auto cleared = account.users.clearSignInFailures(account.id); !cleared)
                return cleared;
            account.said = Tr::tr("One-time password for %1 (to be changed at the next sign-in):")
                               .arg(account.id);
            return {};
        });
}

} // namespace Kezek::Ctl
