#include "app/ctl/apiclient.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/simulate.h"
#include "app/ctl/simulate/world.h"

#include <QCommandLineParser>
#include <QThread>

namespace Kezek::Ctl {

// The outside world's systems answering the cases that waited on them.
int runSimulateAnswer(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    for (const char *name : {"server", "ca", "delay", "rounds", "seed"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), simulateSynopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    bool delayOk = true;
    bool roundsOk = true;
    bool seedOk = true;
    const int delay = parser.isSet(QStringLiteral("delay"))
                          ? parser.value(QStringLiteral("delay")).toInt(&delayOk)
                          : 5;
    const int rounds = parser.isSet(QStringLiteral("rounds"))
                           ? parser.value(QStringLiteral("rounds")).toInt(&roundsOk)
                           : 0;
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt(&seedOk)
                             : 2025;
    if (server.scheme() != u"https" || !delayOk || delay < 0 || delay > 86400 || !roundsOk
        || rounds < 0 || !seedOk) {
        return console.usage(
            Tr::tr("simulate answer needs an https:// --server and numbers in range."),
            simulateSynopsis());
    }
    auto tls = trustFor(parser.value(QStringLiteral("ca")));
    if (!tls)
        return console.error(DataError, tls.error().message);
    World world(server, *tls, seed);
    if (auto ok = world.signIn(readSecret("KEZEK_PASSWORD")); !ok)
        return console.error(CheckFailed, ok.error().message);
    for (int i = 0; rounds == 0 || i < rounds; ++i) {
        if (i > 0)
            QThread::sleep(1);
        auto said = world.round(delay);
        if (!said)
            return console.error(DataError, said.error().message);
        if (said->isEmpty())
            continue;
        QStringList parts;
        for (auto it = said->cbegin(); it != said->cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        console.out() << Tr::tr("answered: %1").arg(parts.join(QStringLiteral(", "))) << Qt::endl;
    }
    return Ok;
}

} // namespace Kezek::Ctl
