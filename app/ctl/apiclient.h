#pragma once

#include "core/result/result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

namespace Kezek::Ctl {

// A blocking client of the server's API for the command line: HTTPS with the
// given trust, JSON in and out, a bearer token after sign-in.
class ApiClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no answer (error says why)
        QJsonObject json;
        QByteArray body;
        QString error;
    };

    ApiClient(QUrl server, QSslConfiguration tls);

    Result<void> signIn(const QString &user, const QString &password);
    Reply send(const QByteArray &method,
               const QString &pathAndQuery,
               const QByteArray &body = {},
               const QByteArray &contentType = "application/json");
    Reply post(const QString &path, const QJsonObject &body);
    Reply get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }

private:
    QUrl m_server;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
};

// The TLS trust for --ca FILE (a server's own or its authority's certificate),
// or the system's when empty.
Result<QSslConfiguration> trustFor(const QString &caFile);

} // namespace Kezek::Ctl
