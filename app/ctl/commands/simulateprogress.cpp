#include "app/ctl/apiclient.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/simulate.h"
#include "app/ctl/simulate/officeratwork.h"

#include <QCommandLineParser>
#include <QFile>
#include <QThread>

namespace Kezek::Ctl {

// A migration officer at work on phase 1, a round every few seconds.
int runSimulateProgress(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    for (const char *name :
         {"server", "ca", "user", "key", "delay", "rounds", "percent", "interval", "most", "seed"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), simulateSynopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    bool ok[6] = {true, true, true, true, true, true};
    const int interval = parser.value(QStringLiteral("interval")).isEmpty()
                             ? 1
                             : parser.value(QStringLiteral("interval")).toInt(&ok[4]);
    const int most = parser.value(QStringLiteral("most")).isEmpty()
                         ? 0
                         : parser.value(QStringLiteral("most")).toInt(&ok[5]);
    const int delay = parser.value(QStringLiteral("delay")).isEmpty()
                          ? 5
                          : parser.value(QStringLiteral("delay")).toInt(&ok[0]);
    const int rounds = parser.value(QStringLiteral("rounds")).isEmpty()
                           ? 0
                           : parser.value(QStringLiteral("rounds")).toInt(&ok[1]);
    const int percent = parser.value(QStringLiteral("percent")).isEmpty()
                            ? 30
                            : parser.value(QStringLiteral("percent")).toInt(&ok[2]);
    const quint32 seed = parser.value(QStringLiteral("seed")).isEmpty()
                             ? 2025
                             : parser.value(QStringLiteral("seed")).toUInt(&ok[3]);
    if (server.scheme() != u"https" || parser.value(QStringLiteral("user")).isEmpty()
        || parser.value(QStringLiteral("key")).isEmpty() || !ok[0] || !ok[1] || !ok[2] || !ok[3]
        || !ok[4] || !ok[5] || delay < 0 || rounds < 0 || percent < 1 || percent > 100
        || interval < 1 || interval > 3600 || most < 0) {
        return console.usage(Tr::tr("simulate progress needs an https:// --server, a --user, "
                                    "the user's --key (PKCS#12) and numbers in range."),
                             simulateSynopsis());
    }
    QFile keyFile(parser.value(QStringLiteral("key")));
    if (!keyFile.open(QIODevice::ReadOnly))
        return console.error(
            DataError,
            Tr::tr("Cannot read \"%1\": %2.").arg(keyFile.fileName(), keyFile.errorString()));
    auto key = readPkcs12(keyFile.readAll(), qEnvironmentVariable("KEZEK_KEY_PASSWORD"));
    if (!key)
        return console.error(CheckFailed, key.error().message);
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    OfficerAtWork officer(server, *tls, *key, seed);
    if (auto signedIn
        = officer.signIn(parser.value(QStringLiteral("user")), readSecret("KEZEK_PASSWORD"));
        !signedIn)
        return console.error(CheckFailed, signedIn.error().message);
    for (int i = 0; rounds == 0 || i < rounds; ++i) {
        if (i > 0)
            QThread::sleep(interval);
        auto applied = officer.round(delay, percent, most);
        if (!applied)
            return console.error(DataError, applied.error().message);
        if (*applied > 0)
            console.out() << Tr::tr("applied: %1").arg(*applied) << Qt::endl;
        if (officer.leftAlone() > 0)
            console.out() << Tr::tr("left alone, held by someone else: %1").arg(officer.leftAlone())
                          << Qt::endl;
    }
    return Ok;
}

} // namespace Kezek::Ctl
