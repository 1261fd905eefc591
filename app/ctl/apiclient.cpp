#include "app/ctl/apiclient.h"

#include "core/protocol/api.h"

#include "app/ctl/console.h"

#include <QJsonDocument>

namespace Kezek::Ctl {

namespace {

// kezekctl says neither its protocol nor its language: the server answers it
// in its own, as it always has, and waits for it no more than 30 seconds.
ApiConnectionSettings commandLine(QUrl server, QSslConfiguration tls)
{
    ApiConnectionSettings settings;
    settings.server = std::move(server);
    settings.tls = std::move(tls);
    settings.timeoutMs = 30000;
    return settings;
}

} // namespace

ApiClient::ApiClient(QUrl server, QSslConfiguration tls)
    : m_connection(commandLine(std::move(server), std::move(tls)))
{}

ApiClient::Reply ApiClient::send(const QByteArray &method,
                                 const QString &pathAndQuery,
                                 const QByteArray &body,
                                 const QByteArray &contentType)
{
    const ApiConnection::Answer answer = m_connection.wait(m_connection.start(
        method, pathAndQuery, {}, body, body.isEmpty() ? QByteArray() : contentType));
    Reply result;
    if (answer.timedOut)
        result.error = Tr::tr("The server did not answer in 30 seconds.");
    result.status = answer.status;
    result.body = answer.body;
    result.json = QJsonDocument::fromJson(result.body).object();
    if (result.error.isEmpty() && result.status == 0)
        result.error = answer.errorString;
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
    m_connection.setToken(session.json.value(u"token").toString().toLatin1());
    return {};
}

Result<QSslConfiguration> trustFor(const QString &caFile)
{
    return tlsTrusting(caFile);
}

} // namespace Kezek::Ctl
