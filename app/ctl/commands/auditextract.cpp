#include "report/auditextract.h"
#include "app/ctl/apiclient.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/displaydate.h"
#include "core/domain/papers.h"
#include "core/protocol/api.h"
#include "resources/shippeddata.h"

#include <QRegularExpression>

namespace Kezek::Ctl {

namespace {

using namespace Qt::StringLiterals;

QString extractSynopsis()
{
    return Tr::tr("kezekctl audit extract --server https://HOST:PORT --user NAME [--ca FILE] "
                  "(--case NUMBER | --from YYYY-MM-DD --to YYYY-MM-DD) --format csv|pdf "
                  "--out FILE [--lang kk|ru|en]\n"
                  "  the server's audit entries on one case or in a period, for an inspector "
                  "(every city for the ministry, the supervisor's city for a supervisor); the "
                  "reading is itself audited; the password is read from KEZEK_PASSWORD or "
                  "standard input");
}

std::optional<QDate> dayOf(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid())
        return std::nullopt;
    return day;
}

struct ExtractArguments
{
    QUrl server;
    QString user;
    QString ca;
    QString caseNumber;
    QDate from;
    QDate to;
    QString format;
    QString out;
    QString language;
};

// What is wrong with the period or the case asked for, before the server is.
QString periodProblem(const QCommandLineParser &parser, ExtractArguments &arguments)
{
    const QString fromText = parser.value(u"from"_s);
    const QString toText = parser.value(u"to"_s);
    if (!arguments.caseNumber.isEmpty())
        return fromText.isEmpty() && toText.isEmpty()
                   ? QString()
                   : Tr::tr("Give either --case or --from and --to, not both.");
    const auto from = dayOf(fromText);
    const auto to = dayOf(toText);
    if (!from || !to)
        return Tr::tr("--from and --to take a day of the calendar written YYYY-MM-DD, not "
                      "\"%1\".")
            .arg(from ? toText : fromText);
    if (auto period = checkAuditPeriod(*from, *to); !period)
        return period.error().message;
    arguments.from = *from;
    arguments.to = *to;
    return {};
}

std::optional<ExtractArguments>
readArguments(const Invocation &invocation, Console &console, int &exit)
{
    QCommandLineParser parser;
    if (!parseOptions(parser,
                      {"server", "user", "ca", "case", "from", "to", "format", "out", "lang"},
                      invocation.arguments)) {
        exit = console.usage(parser.errorText(), extractSynopsis());
        return std::nullopt;
    }
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    ExtractArguments arguments{QUrl(value("server")),
                               value("user"),
                               value("ca"),
                               value("case").trimmed(),
                               {},
                               {},
                               value("format"),
                               value("out"),
                               value("lang")};
    if (arguments.language.isEmpty())
        arguments.language = invocation.language;
    QString problem;
    if (arguments.server.scheme() != u"https" || arguments.user.isEmpty()
        || arguments.out.isEmpty())
        problem = Tr::tr("audit extract needs an https:// --server, a --user and an --out file.");
    else if (auto format = checkPaperFormat(arguments.format, {u"csv"_s, u"pdf"_s}); !format)
        problem = format.error().message;
    else if (!ShippedData::languages().contains(arguments.language))
        problem = Tr::tr("--lang takes kk, ru or en.");
    else
        problem = periodProblem(parser, arguments);
    if (!problem.isEmpty()) {
        exit = console.usage(problem, extractSynopsis());
        return std::nullopt;
    }
    return arguments;
}

} // namespace

// The audit extract for an inspector (issue 31, point 4): the server reads
// its chain (and enters the reading), this writes the file, whole or not at all.
int runAuditExtract(const Invocation &invocation, Console &console)
{
    int exit = Ok;
    const auto arguments = readArguments(invocation, console, exit);
    if (!arguments)
        return exit;
    ShippedData::installTranslator(arguments->language);
    auto tls = trustFor(arguments->ca);
    if (!tls)
        return console.error(DataError, tls.error().message);
    ApiClient client(arguments->server, *tls);
    if (auto ok = client.signIn(arguments->user, readSecret("KEZEK_PASSWORD")); !ok)
        return console.error(CheckFailed, ok.error().message);
    const ApiClient::Reply reply = client.get(
        arguments->caseNumber.isEmpty() ? Api::auditPeriodPath(arguments->from, arguments->to)
                                        : Api::auditCasePath(arguments->caseNumber));
    if (reply.status == 0)
        return console.error(DataError, reply.error);
    if (reply.status != 200)
        return console.error(CheckFailed,
                             reply.json.value(u"message")
                                 .toString(Tr::tr("The server answered %1.").arg(reply.status)));
    auto extract = Report::auditExtractFromJson(reply.json);
    if (!extract)
        return console.error(DataError, extract.error().message);
    if (auto written = Report::writeAuditExtract(*extract,
                                                 arguments->format,
                                                 arguments->language,
                                                 QDateTime::currentDateTimeUtc(),
                                                 arguments->out);
        !written)
        return console.error(DataError, written.error().message);
    console.out() << Tr::tr("Wrote %n audit entry(ies) to \"%1\".",
                            nullptr,
                            int(extract->entries.size()))
                         .arg(arguments->out)
                  << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
