#include "core/protocol/signinstatement.h"

namespace Kezek::SignIn {

QString audience(const QUrl &server)
{
    return server.host(QUrl::FullyEncoded).toLower() + u':' + QString::number(server.port(443));
}

QByteArray statement(const QString &challenge, const QString &user, const QString &audience)
{
    const QString text = QStringLiteral("purpose: kezek-sign-in-1\n"
                                        "server: %1\n"
                                        "user: %2\n"
                                        "challenge: %3\n")
                             .arg(audience, user, challenge);
    return text.toUtf8();
}

} // namespace Kezek::SignIn
