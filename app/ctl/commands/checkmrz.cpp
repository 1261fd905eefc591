#include "app/ctl/commands/check.h"
#include "app/ctl/commands/commands.h"

#include "core/domain/mrz.h"

namespace Kezek::Ctl {

int runCheckMrz(const Invocation &invocation, Console &console)
{
    if (invocation.arguments.size() != 2)
        return checkUsage(console);
    // The century of a two-digit birth year is judged against today.
    auto mrz
        = parseMrz(invocation.arguments.at(0), invocation.arguments.at(1), QDate::currentDate());
    if (!mrz)
        return reportCheckFailure(invocation, console, mrz.error());
    const QString sex = mrz->sex ? sexId(*mrz->sex) : QStringLiteral("unspecified");
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("document-code"), mrz->documentCode},
        {QStringLiteral("issuing-state"), mrz->issuingState},
        {QStringLiteral("surname"), mrz->surname},
        {QStringLiteral("given-names"), mrz->givenNames},
        {QStringLiteral("document-number"), mrz->documentNumber},
        {QStringLiteral("nationality"), mrz->nationality},
        {QStringLiteral("birth-date"), mrz->birthDate.toString(Qt::ISODate)},
        {QStringLiteral("sex"), sex},
        {QStringLiteral("expiry-date"), mrz->expiryDate.toString(Qt::ISODate)},
        {QStringLiteral("personal-number"), mrz->personalNumber},
    };
    if (invocation.json) {
        QJsonObject object{{QStringLiteral("valid"), true}};
        for (const auto &[name, value] : fields)
            object.insert(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')), value);
        console.printJson(object);
    } else {
        for (const auto &[name, value] : fields)
            console.out() << name << ": " << value << '\n';
    }
    return Ok;
}

} // namespace Kezek::Ctl
