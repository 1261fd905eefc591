#pragma once

#include <QJsonObject>
#include <QString>

namespace Kezek::Testing {

// The server's answers checked against docs/openapi.yaml (turned into JSON at
// build time): the method and path are documented, the status is one of that
// operation's responses, and a JSON body matches the response's schema (type,
// required, properties, additionalProperties, enum, items, nullable, $ref).
class OpenApi
{
public:
    // The document the build made from docs/openapi.yaml; fails loudly when absent.
    static const OpenApi &document();

    // Empty when the answer agrees with the document; otherwise what differs.
    QString check(const QByteArray &method,
                  const QString &path,
                  int status,
                  const QByteArray &contentType,
                  const QByteArray &body) const;

private:
    explicit OpenApi(QJsonObject spec);
    QString
    checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &where) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_spec;
};

} // namespace Kezek::Testing
