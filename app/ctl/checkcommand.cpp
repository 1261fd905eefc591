#include "app/ctl/commands.h"

#include "core/domain/iin.h"
#include "core/domain/mrz.h"

namespace Kezek::Ctl {

namespace {

QString synopsis()
{
    return Tr::tr("kezekctl check iin IIN [--json]\n"
                  "       kezekctl check mrz LINE1 LINE2 [--json]");
}

int reportFailure(const Invocation &invocation, Console &console, const Error &error)
{
    if (invocation.json) {
        console.printJson({{QStringLiteral("valid"), false},
                           {QStringLiteral("code"), error.code},
                           {QStringLiteral("message"), error.message}});
    }
    return console.error(CheckFailed, error.message);
}

int checkIin(const Invocation &invocation, Console &console)
{
    const QString iin = invocation.arguments.at(1);
    auto info = parseIin(iin);
    if (!info)
        return reportFailure(invocation, console, info.error());
    if (invocation.json) {
        console.printJson({{QStringLiteral("valid"), true},
                           {QStringLiteral("iin"), iin},
                           {QStringLiteral("birth_date"), info->birthDate.toString(Qt::ISODate)},
                           {QStringLiteral("sex"), sexId(info->sex)}});
    } else {
        console.out() << "birth-date: " << info->birthDate.toString(Qt::ISODate) << '\n'
                      << "sex: " << sexId(info->sex) << '\n';
    }
    return Ok;
}

int checkMrz(const Invocation &invocation, Console &console)
{
    // The century of a two-digit birth year is judged against today.
    auto mrz
        = parseMrz(invocation.arguments.at(1), invocation.arguments.at(2), QDate::currentDate());
    if (!mrz)
        return reportFailure(invocation, console, mrz.error());
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

} // namespace

int runCheck(const Invocation &invocation, Console &console)
{
    const QStringList &args = invocation.arguments;
    if (args.size() == 2 && args.at(0) == u"iin")
        return checkIin(invocation, console);
    if (args.size() == 3 && args.at(0) == u"mrz")
        return checkMrz(invocation, console);
    return console.usage(Tr::tr("check takes \"iin IIN\" or \"mrz LINE1 LINE2\"."), synopsis());
}

} // namespace Kezek::Ctl
