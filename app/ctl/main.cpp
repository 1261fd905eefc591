#include "app/ctl/commands.h"
#include "resources/shippeddata.h"

#include <QCoreApplication>

using namespace Kezek::Ctl;

namespace {

QString synopsis()
{
    return Tr::tr("kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...\n"
                  "commands:\n"
                  "  deadline CLOCK START_DATE   the due date of a clock started on a date\n"
                  "  check iin IIN               decode and verify an IIN\n"
                  "  check mrz LINE1 LINE2       parse and verify a passport MRZ\n"
                  "  calendar YEAR               the year's days off and their causes\n"
                  "  admin add-user ...          add a user to a server's database\n"
                  "  admin set-certificate ...   register a user's signing certificate\n"
                  "  admin issue-certificate ... issue a demo signing key (PKCS#12)\n"
                  "  export decisions ...        a case's signed decisions, for openssl cms\n"
                  "  sync ...                    sync a workstation cache with a server\n"
                  "  status --cache FILE         a cache's cursor, cases and outbox\n"
                  "  simulate ...                file believable applications on a server\n"
                  "  audit verify --database URL check the audit log's hash chain");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kezekctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEZEK_VERSION));
    Console console;

    // Global options may stand anywhere; what remains is the command and its
    // arguments. MRZ lines start with "P<", never with "--", so nothing clashes.
    Invocation invocation;
    QStringList positional;
    const QStringList args = QCoreApplication::arguments().mid(1);
    // admin, simulate and audit take their own options: everything after the
    // word is theirs. A --lang before the word still chooses the language.
    // English by default: its plurals ("1 session", "2 sessions") are
    // the translation's too, not the source's "(s)".
    Kezek::ShippedData::installTranslator(invocation.language);
    bool translated = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--calendar" || args.at(i) == u"--lang") {
            if (args.at(i) == u"--lang" && i + 1 < args.size())
                translated = Kezek::ShippedData::installTranslator(args.at(i + 1));
            ++i;
            continue;
        }
        if (!args.at(i).startsWith(u"--")) {
            if (args.at(i) == u"admin")
                return runAdmin(args.mid(i + 1), console);
            if (args.at(i) == u"simulate")
                return runSimulate(args.mid(i + 1), console);
            if (args.at(i) == u"audit")
                return runAudit(args.mid(i + 1), console);
            if (args.at(i) == u"export")
                return runExport(args.mid(i + 1), console);
            if (args.at(i) == u"sync")
                return runSync(args.mid(i + 1), console);
            if (args.at(i) == u"status")
                return runStatus(args.mid(i + 1), console);
            break;
        }
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--json") {
            invocation.json = true;
        } else if (arg == u"--calendar" || arg == u"--lang") {
            if (i + 1 >= args.size())
                return console.usage(Tr::tr("%1 needs a value.").arg(arg), synopsis());
            (arg == u"--calendar" ? invocation.calendarPath : invocation.language) = args.at(++i);
        } else if (arg == u"--version") {
            console.out() << "kezekctl " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        } else if (arg == u"--help" || arg == u"-h") {
            console.out() << Tr::tr("usage: %1").arg(synopsis()) << '\n';
            return Ok;
        } else if (arg.startsWith(u"--")) {
            return console.usage(Tr::tr("unknown option %1.").arg(arg), synopsis());
        } else {
            positional.append(arg);
        }
    }
    if (!Kezek::ShippedData::languages().contains(invocation.language))
        return console.usage(Tr::tr("--lang takes kk, ru or en."), synopsis());
    // Messages, the law's errors among them, speak the chosen language.
    if (!translated)
        Kezek::ShippedData::installTranslator(invocation.language);
    if (positional.isEmpty())
        return console.usage(Tr::tr("no command given."), synopsis());

    const QString command = positional.takeFirst();
    invocation.arguments = positional;
    if (command == u"deadline")
        return runDeadline(invocation, console);
    if (command == u"check")
        return runCheck(invocation, console);
    if (command == u"calendar")
        return runCalendar(invocation, console);
    return console.usage(Tr::tr("unknown command \"%1\".").arg(command), synopsis());
}
