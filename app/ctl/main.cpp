#include "app/ctl/commands/commands.h"
#include "resources/shippeddata.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

using namespace Kezek::Ctl;

int main(int argc, char *argv[])
{
    // The PDF report draws Qt Charts, which are widgets: that command gets a
    // QApplication, on the offscreen platform unless told otherwise (kezekctl
    // shows no window and runs where there is no display); the others stay
    // QtCore alone.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (drawsWithWidgets(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kezekctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEZEK_VERSION));
    // The sync's and the cache's log lines are the workstation's; kezekctl
    // says what it did in its own words, and shows them only when
    // QT_LOGGING_RULES asks (which wins over this).
    QLoggingCategory::setFilterRules(QStringLiteral("kezek.*.info=false\nkezek.*.warning=false"));
    Console console;

    // Global options may stand anywhere; what remains is the command and its
    // arguments. MRZ lines start with "P<", never with "--", so nothing clashes.
    Invocation invocation;
    QStringList positional;
    const QStringList args = QCoreApplication::arguments().mid(1);
    // A command that owns its options (admin, simulate, audit...) takes
    // everything after its name. A --lang before the name still chooses the
    // language.
    // English by default: its plurals ("1 session", "2 sessions") are
    // the translation's too, not the source's "(s)".
    Kezek::ShippedData::installTranslator(invocation.language);
    bool translated = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--calendar" || args.at(i) == u"--lang") {
            if (args.at(i) == u"--lang" && i + 1 < args.size()) {
                translated = Kezek::ShippedData::installTranslator(args.at(i + 1));
                if (translated)
                    invocation.language = args.at(i + 1);
            }
            ++i;
            continue;
        }
        if (!args.at(i).startsWith(u"--")) {
            const Command *command = findCommand(args.mid(i, 2));
            if (command != nullptr && command->ownOptions) {
                const qsizetype words = command->name.count(u' ') + 1;
                invocation.arguments = args.mid(i + words);
                return command->run(invocation, console);
            }
            break;
        }
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--json") {
            invocation.json = true;
        } else if (arg == u"--calendar" || arg == u"--lang") {
            if (i + 1 >= args.size())
                return console.usage(Tr::tr("%1 needs a value.").arg(arg), overview());
            (arg == u"--calendar" ? invocation.calendarPath : invocation.language) = args.at(++i);
        } else if (arg == u"--version") {
            console.out() << "kezekctl " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        } else if (arg == u"--help" || arg == u"-h") {
            console.out() << Tr::tr("usage: %1").arg(overview()) << '\n';
            return Ok;
        } else if (arg.startsWith(u"--")) {
            return console.usage(Tr::tr("unknown option %1.").arg(arg), overview());
        } else {
            positional.append(arg);
        }
    }
    if (!Kezek::ShippedData::languages().contains(invocation.language))
        return console.usage(Tr::tr("--lang takes kk, ru or en."), overview());
    // Messages, the law's errors among them, speak the chosen language.
    if (!translated)
        Kezek::ShippedData::installTranslator(invocation.language);
    if (positional.isEmpty())
        return console.usage(Tr::tr("no command given."), overview());

    const Command *command = findCommand(positional.mid(0, 2));
    if (command == nullptr || command->ownOptions)
        return console.usage(Tr::tr("unknown command \"%1\".").arg(positional.first()), overview());
    invocation.arguments = positional.mid(command->name.count(u' ') + 1);
    return command->run(invocation, console);
}
