#include "app/ctl/apiclient.h"

#include "core/protocol/api.h"
#include "sync/syncengine.h"

#include "app/ctl/console.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace Kezek::Ctl {

ApiClient::ApiClient(QUrl server, QSslConfiguration tls)
    : m_server(std::move(server))
    , m_tls(std::move(tls))
{}

ApiClient::Reply ApiClient::send(const QByteArray &method,
                                 const QString &pathAndQuery,
                                 const QByteArray &body,
                                 const QByteArray &contentType)
{
    QUrl url = m_server;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
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
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    if (result.error.isEmpty() && result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

ApiClient::Reply ApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<void> ApiClient::signIn(const QString &user, const QString &password)
{
    const Reply session
        = post(Api::path(Api::Route::SignIn),
               {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    if (session.status != 200) {
        return fail(QStringLiteral("ctl.sign-in"),
                    session.status == 0 ? session.error
                                        : session.json.value(u"message").toString());
    }
    m_token = session.json.value(u"token").toString().toLatin1();
    return {};
}

Result<QSslConfiguration> trustFor(const QString &caFile)
{
    return tlsTrusting(caFile);
}

} // namespace Kezek::Ctl
