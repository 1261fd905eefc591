#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/queues.h"
#include "db/server/userstore.h"
#include "db/storeerrors.h"

namespace Kezek::Ctl {

int runAdminAddOffice(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database", "id", "kind", "city", "name"}, arguments))
        return console.usage(parser.errorText(), adminSynopsis());
    const QString id = parser.value(QStringLiteral("id")).trimmed();
    const auto kind = officeKindFromId(parser.value(QStringLiteral("kind")));
    const auto city = cityFromId(parser.value(QStringLiteral("city")));
    if (parser.value(QStringLiteral("database")).isEmpty() || id.isEmpty() || !kind || !city)
        return console.usage(Tr::tr("add-office needs --database, --id, --kind department|csc and "
                                    "--city astana|almaty."),
                             adminSynopsis());
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    const OfficeRecord office{
        id,
        parser.value(QStringLiteral("name")).isEmpty() ? id : parser.value(QStringLiteral("name")),
        *kind,
        *city};
    if (auto added = UserStore(**store).addOffice(office, QDateTime::currentDateTimeUtc()); !added)
        return console.error(added.error().code == StoreErrors::OfficeExists ? CheckFailed
                                                                             : DataError,
                             added.error().message);
    console.out() << Tr::tr("office %1 added (%2, %3)").arg(id, officeKindId(*kind), cityId(*city))
                  << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
