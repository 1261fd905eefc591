#include "core/domain/officedirectory.h"

#include "core/domain/domaintr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Kezek {

namespace {

std::optional<Office::Kind> officeKindFromId(QStringView id)
{
    if (id == u"department")
        return Office::Kind::Department;
    if (id == u"csc")
        return Office::Kind::Csc;
    return std::nullopt;
}

} // namespace

Result<OfficeDirectory> OfficeDirectory::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("offices.json"),
                    DomainTr::tr("The list of offices is not valid JSON: %1.")
                        .arg(parseError.errorString()));
    }
    OfficeDirectory directory;
    QSet<QString> ids;
    for (const QJsonValue &value : document.object().value(u"offices").toArray()) {
        const QJsonObject object = value.toObject();
        Office office;
        office.id = object.value(u"id").toString();
        office.name = LocalizedText::fromJson(object.value(u"name"));
        const auto kind = officeKindFromId(object.value(u"kind").toString());
        const auto city = cityFromId(object.value(u"city").toString());
        if (office.id.isEmpty() || ids.contains(office.id) || !kind || !city
            || !office.name.isComplete()) {
            return fail(QStringLiteral("offices.entry"),
                        DomainTr::tr("The office \"%1\" has no unique id, an unknown kind or "
                                     "city, or lacks a name in Kazakh, Russian or English.")
                            .arg(office.id));
        }
        office.kind = *kind;
        office.city = *city;
        ids.insert(office.id);
        directory.m_offices.append(office);
    }
    return directory;
}

const Office *OfficeDirectory::find(QStringView id) const
{
    for (const Office &office : m_offices) {
        if (office.id == id)
            return &office;
    }
    return nullptr;
}

const Office *OfficeDirectory::department(City city) const
{
    for (const Office &office : m_offices) {
        if (office.kind == Office::Kind::Department && office.city == city)
            return &office;
    }
    return nullptr;
}

} // namespace Kezek
