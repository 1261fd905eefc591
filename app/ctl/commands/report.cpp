#include "app/ctl/apiclient.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/displaydate.h"
#include "core/domain/lawbook.h"
#include "core/domain/oversightcodec.h"
#include "core/protocol/api.h"
#include "report/pilotreport.h"
#include "resources/shippeddata.h"

#include <QRegularExpression>

namespace Kezek::Ctl {

namespace {

using namespace Qt::StringLiterals;

QString reportSynopsis()
{
    return Tr::tr("kezekctl report --server https://HOST:PORT --user NAME [--ca FILE] "
                  "--from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|xlsx --out FILE "
                  "[--lang kk|ru|en]\n"
                  "  the pilot report (every city for the ministry, the supervisor's city for a "
                  "supervisor) for the period, both days included, counted by the server; the "
                  "password is read from KEZEK_PASSWORD or standard input");
}

// A day written YYYY-MM-DD that the calendar has (2026-02-30 is none).
std::optional<QDate> dayOf(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid())
        return std::nullopt;
    return day;
}

// The reasons' words: from the law the server counts by, else the shipped.
std::optional<ReasonCatalog> reasonsOf(ApiClient &client)
{
    const ApiClient::Reply law = client.get(Api::path(Api::Route::Law));
    if (law.status == 200) {
        if (auto book = Lawbook::fromJson(law.body))
            return book->reasons();
    }
    if (auto shipped = ShippedData::reasons())
        return *shipped;
    return std::nullopt;
}

struct ReportArguments
{
    QUrl server;
    QString user;
    QString ca;
    QDate from;
    QDate to;
    Report::Format format = Report::Format::Pdf;
    QString out;
    QString language;
};

// The arguments checked before anything is asked of the server; otherwise
// the usage error is answered and nothing comes back.
std::optional<ReportArguments>
readArguments(const Invocation &invocation, Console &console, int &exit)
{
    QCommandLineParser parser;
    if (!parseOptions(parser,
                      {"server", "user", "ca", "from", "to", "format", "out", "lang"},
                      invocation.arguments)) {
        exit = console.usage(parser.errorText(), reportSynopsis());
        return std::nullopt;
    }
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    ReportArguments arguments{QUrl(value("server")),
                              value("user"),
                              value("ca"),
                              {},
                              {},
                              Report::Format::Pdf,
                              value("out"),
                              value("lang")};
    if (arguments.language.isEmpty())
        arguments.language = invocation.language;
    QString problem;
    const auto format = Report::formatFromId(value("format"));
    const auto from = dayOf(value("from"));
    const auto to = dayOf(value("to"));
    if (arguments.server.scheme() != u"https" || arguments.user.isEmpty()
        || arguments.out.isEmpty())
        problem = Tr::tr("report needs an https:// --server, a --user and an --out file.");
    else if (!format)
        problem = Tr::tr("--format takes pdf, csv or xlsx, not \"%1\".").arg(value("format"));
    else if (!from || !to)
        problem = Tr::tr("--from and --to take a day of the calendar written YYYY-MM-DD, not "
                         "\"%1\".")
                      .arg(from ? value("to") : value("from"));
    else if (*to < *from)
        problem = Tr::tr("The period ends on %1, before it starts on %2.")
                      .arg(displayDate(*to), displayDate(*from));
    else if (!ShippedData::languages().contains(arguments.language))
        problem = Tr::tr("--lang takes kk, ru or en.");
    if (!problem.isEmpty()) {
        exit = console.usage(problem, reportSynopsis());
        return std::nullopt;
    }
    arguments.format = *format;
    arguments.from = *from;
    arguments.to = *to;
    return arguments;
}

} // namespace

// The pilot report (issue 30, point 2): the server counts, this writes the
// file, whole or not at all.
int runReport(const Invocation &invocation, Console &console)
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
    const ApiClient::Reply reply = client.get(Api::pilotReportPath(arguments->from, arguments->to));
    if (reply.status == 0)
        return console.error(DataError, reply.error);
    if (reply.status != 200)
        return console.error(CheckFailed,
                             reply.json.value(u"message")
                                 .toString(Tr::tr("The server answered %1.").arg(reply.status)));
    auto figures = oversightFromJson(reply.json);
    if (!figures)
        return console.error(DataError, figures.error().message);
    const std::optional<ReasonCatalog> reasons = reasonsOf(client);
    Report::ReportOptions options{
        arguments->language, QDateTime::currentDateTime(), reasons ? &*reasons : nullptr};
    if (auto written = Report::writeReport(*figures, arguments->format, options, arguments->out);
        !written)
        return console.error(DataError, written.error().message);
    console.out() << Tr::tr("Wrote the report for %1 to %2 (%n case(s)) to \"%3\".",
                            nullptr,
                            figures->cases)
                         .arg(displayDate(figures->from), displayDate(figures->to), arguments->out)
                  << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
