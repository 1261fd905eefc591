#pragma once

#include "core/result/result.h"
#include "sync/apiconnection.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QUrl>

namespace Kezek::Ctl {

// The workstation's connection to the server's API (ApiConnection), as the
// command line uses it: HTTPS with the given trust, one try a request, JSON in
// and out, a bearer token after sign-in, and any answer read by the caller.
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
    ApiConnection m_connection;
};

// The TLS trust for --ca FILE (a server's own or its authority's certificate),
// or the system's when empty.
Result<QSslConfiguration> trustFor(const QString &caFile);

} // namespace Kezek::Ctl
