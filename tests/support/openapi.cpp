#include "tests/support/openapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Kezek::Testing {

OpenApi::OpenApi(QJsonObject spec)
    : m_spec(std::move(spec))
{}

const OpenApi &OpenApi::document()
{
    static const OpenApi api = [] {
        QFile file(QStringLiteral(KEZEK_OPENAPI_JSON));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("%s is missing: the build makes it from docs/openapi.yaml", KEZEK_OPENAPI_JSON);
        return OpenApi(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return api;
}

QJsonObject OpenApi::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value(u"$ref").toString();
    if (ref.isEmpty())
        return schema;
    QJsonValue node = m_spec;
    for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
        node = node.toObject().value(part);
    return resolve(node.toObject());
}

QString
OpenApi::checkValue(const QJsonValue &value, const QJsonObject &given, const QString &where) const
{
    const QJsonObject schema = resolve(given);
    if (value.isNull())
        return schema.value(u"nullable").toBool() ? QString() : where + QStringLiteral(" is null");
    const QString type = schema.value(u"type").toString();
    const bool typeOk
        = type.isEmpty() || (type == u"object" && value.isObject())
          || (type == u"array" && value.isArray()) || (type == u"string" && value.isString())
          || (type == u"boolean" && value.isBool()) || (type == u"number" && value.isDouble())
          || (type == u"integer" && value.isDouble()
              && value.toDouble() == double(value.toInteger()));
    if (!typeOk)
        return QStringLiteral("%1 is not of type %2").arg(where, type);
    if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
        return QStringLiteral("%1 is not one of %2")
            .arg(
                where,
                QString::fromUtf8(
                    QJsonDocument(schema.value(u"enum").toArray()).toJson(QJsonDocument::Compact)));
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (QString problem = checkValue(items.at(i),
                                             schema.value(u"items").toObject(),
                                             QStringLiteral("%1[%2]").arg(where).arg(i));
                !problem.isEmpty())
                return problem;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (const auto &required : schema.value(u"required").toArray()) {
            if (!object.contains(required.toString()))
                return QStringLiteral("%1 lacks \"%2\"").arg(where, required.toString());
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (properties.contains(it.key())) {
                if (QString problem = checkValue(it.value(),
                                                 properties.value(it.key()).toObject(),
                                                 where + QLatin1Char('.') + it.key());
                    !problem.isEmpty())
                    return problem;
            } else if (schema.value(u"additionalProperties") == QJsonValue(false)) {
                return QStringLiteral("%1 has the undocumented \"%2\"").arg(where, it.key());
            }
        }
    }
    return {};
}

QString OpenApi::check(const QByteArray &method,
                       const QString &path,
                       int status,
                       const QByteArray &contentType,
                       const QByteArray &body) const
{
    const QString bare = path.section(QLatin1Char('?'), 0, 0);
    const QJsonObject paths = m_spec.value(u"paths").toObject();
    QJsonObject operation;
    QString matched;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        QString pattern = QRegularExpression::escape(it.key());
        static const QRegularExpression parameter(QStringLiteral("\\\\\\{[A-Za-z0-9]+\\\\\\}"));
        pattern.replace(parameter, QStringLiteral("[^/]+"));
        if (QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'))
                .match(bare)
                .hasMatch()) {
            operation
                = it.value().toObject().value(QString::fromLatin1(method).toLower()).toObject();
            matched = it.key();
            break;
        }
    }
    const QString call
        = QStringLiteral("%1 %2 → %3").arg(QString::fromLatin1(method), bare).arg(status);
    if (matched.isEmpty() || operation.isEmpty())
        return call + QStringLiteral(": the operation is not documented");
    const QJsonObject responses = operation.value(u"responses").toObject();
    const QJsonObject response = resolve(responses.value(QString::number(status)).toObject());
    if (response.isEmpty())
        return call + QStringLiteral(": the status is not documented for %1").arg(matched);
    const QJsonObject content = response.value(u"content").toObject();
    if (content.isEmpty())
        return body.isEmpty() ? QString()
                              : call + QStringLiteral(": a body where none is documented");
    const QString type = QString::fromLatin1(contentType).section(QLatin1Char(';'), 0, 0).trimmed();
    if (!content.contains(type))
        return call + QStringLiteral(": content type %1 is not documented").arg(type);
    const QJsonObject schema = content.value(type).toObject().value(u"schema").toObject();
    if (type != u"application/json" || schema.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return call + QStringLiteral(": the body is not JSON");
    const QString problem
        = checkValue(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()),
                     schema,
                     QStringLiteral("body"));
    return problem.isEmpty() ? QString() : call + QStringLiteral(": ") + problem;
}

} // namespace Kezek::Testing
