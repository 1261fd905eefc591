#include "core/domain/legalization.h"

#include "core/domain/domaintr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Kezek {

namespace {

Result<LegalizationRules::StateList> readList(const QJsonObject &object, const char *name)
{
    LegalizationRules::StateList list;
    list.source = object.value(u"source").toString();
    list.asOf = QDate::fromString(object.value(u"asOf").toString(), Qt::ISODate);
    list.complete = object.value(u"complete").toBool();
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (list.source.isEmpty() || !list.asOf.isValid()) {
        return fail(QStringLiteral("legalization.list"),
                    DomainTr::tr("The legalization list \"%1\" needs its source and the date "
                                 "it is as of.")
                        .arg(QLatin1StringView(name)));
    }
    for (const QJsonValue &value : object.value(u"states").toArray()) {
        const QString state = value.toObject().value(u"state").toString();
        if (!code.match(state).hasMatch() || list.states.contains(state)) {
            return fail(QStringLiteral("legalization.state"),
                        DomainTr::tr("The legalization list \"%1\" names \"%2\", which is not a "
                                     "three-letter state code of its own.")
                            .arg(QLatin1StringView(name), state));
        }
        list.states.insert(state, value.toObject().value(u"confirmed").toBool());
    }
    return list;
}

} // namespace

Result<LegalizationRules> LegalizationRules::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject() || document.object().value(u"format").toInt() != 1) {
        return fail(QStringLiteral("legalization.json"),
                    DomainTr::tr("The legalization lists are not a format 1 JSON file."));
    }
    LegalizationRules rules;
    auto apostille = readList(document.object().value(u"apostille").toObject(), "apostille");
    if (!apostille)
        return std::unexpected(apostille.error());
    auto treaties = readList(document.object().value(u"treatyExempt").toObject(), "treatyExempt");
    if (!treaties)
        return std::unexpected(treaties.error());
    rules.m_apostille = *apostille;
    rules.m_treatyExempt = *treaties;
    return rules;
}

LegalizationRules::Answer LegalizationRules::member(const StateList &list, const QString &state)
{
    const auto found = list.states.constFind(state);
    if (found != list.states.constEnd())
        return *found ? Answer::Yes : Answer::Ask;
    return list.complete ? Answer::No : Answer::Ask;
}

} // namespace Kezek
