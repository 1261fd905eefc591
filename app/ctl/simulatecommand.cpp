#include "commands.h"

#include "domain/casecommand.h"
#include "simulation/applicationgenerator.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace Kezek::Ctl {

namespace {

QString synopsis()
{
    return Tr::tr("kezekctl simulate --server URL --user ID [--ca FILE] [--count N] [--seed N] "
                  "[--faults PERCENT]\n"
                  "  files believable eGov applications on a server as its integration user;\n"
                  "  the password comes from KEZEK_PASSWORD or one line on standard input");
}

struct Reply
{
    int status = 0;
    QJsonObject json;
    QString error;
};

Reply post(QNetworkAccessManager &manager, const QNetworkRequest &base, const QJsonObject &body)
{
    QNetworkRequest request = base;
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply
        = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = Tr::tr("The server did not answer in 30 seconds.");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    if (result.error.isEmpty() && reply->error() != QNetworkReply::NoError && result.json.isEmpty())
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace

int runSimulate(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    for (const char *name : {"server", "user", "ca", "count", "seed", "faults"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    if (!parser.parse(QStringList{QStringLiteral("kezekctl")} + arguments))
        return console.usage(parser.errorText(), synopsis());
    const QUrl server(parser.value(QStringLiteral("server")));
    bool countOk = true;
    bool seedOk = true;
    bool faultsOk = true;
    const int count = parser.isSet(QStringLiteral("count"))
                          ? parser.value(QStringLiteral("count")).toInt(&countOk)
                          : 20;
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt(&seedOk)
                             : 2025;
    const int faults = parser.isSet(QStringLiteral("faults"))
                           ? parser.value(QStringLiteral("faults")).toInt(&faultsOk)
                           : 15;
    if (server.scheme() != u"https" || parser.value(QStringLiteral("user")).isEmpty() || !countOk
        || count < 1 || count > 100000 || !seedOk || !faultsOk || faults < 0 || faults > 100) {
        return console.usage(
            Tr::tr("simulate needs an https:// --server, a --user, and numbers in range."),
            synopsis());
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (parser.isSet(QStringLiteral("ca"))) {
        const QList<QSslCertificate> ca
            = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")));
        if (ca.isEmpty())
            return console.error(
                DataError,
                Tr::tr("No certificate in \"%1\".").arg(parser.value(QStringLiteral("ca"))));
        tls.setCaCertificates(ca);
    }
    QString password = qEnvironmentVariable("KEZEK_PASSWORD");
    if (password.isEmpty())
        password = QTextStream(stdin).readLine();

    QNetworkAccessManager manager;
    auto request = [&](const QString &path) {
        QUrl url = server;
        url.setPath(path);
        QNetworkRequest r(url);
        r.setSslConfiguration(tls);
        return r;
    };
    const Reply session = post(manager,
                               request(QStringLiteral("/api/v1/session")),
                               {{QStringLiteral("user"), parser.value(QStringLiteral("user"))},
                                {QStringLiteral("password"), password}});
    if (session.status != 200) {
        return console.error(CheckFailed,
                             session.error.isEmpty() ? session.json.value(u"message").toString()
                                                     : session.error);
    }
    const QByteArray token = session.json.value(u"token").toString().toLatin1();

    ApplicationGenerator generator(seed, QDate::currentDate());
    generator.setFaultPercent(faults);
    int filed = 0;
    QMap<QString, int> refused;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest intake = request(QStringLiteral("/api/v1/integration/egov/applications"));
        intake.setRawHeader("Authorization", "Bearer " + token);
        const Reply reply = post(manager, intake, newApplicationToJson(generator.next()));
        if (!reply.error.isEmpty() && reply.status == 0)
            return console.error(DataError, reply.error);
        if (reply.status == 201)
            ++filed;
        else
            ++refused[reply.json.value(u"code").toString()];
        if ((i + 1) % 100 == 0 || i + 1 == count)
            console.err() << '\r' << Tr::tr("%1 of %2 applications sent").arg(i + 1).arg(count)
                          << Qt::flush;
    }
    console.err() << '\n';
    console.out() << Tr::tr("filed %1 applications").arg(filed) << '\n';
    for (auto it = refused.constBegin(); it != refused.constEnd(); ++it)
        console.out() << Tr::tr("refused %1: %2").arg(it.value()).arg(it.key()) << '\n';
    return refused.isEmpty() ? Ok : CheckFailed;
}

} // namespace Kezek::Ctl
