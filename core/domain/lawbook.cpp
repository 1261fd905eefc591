#include "core/domain/lawbook.h"

#include "core/calendar/calendardata.h"
#include "core/domain/domaintr.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kezek {

namespace {

Result<BusinessCalendar> calendarOf(const QByteArray &json)
{
    auto data = CalendarData::fromJson(json);
    if (!data)
        return std::unexpected(data.error());
    return BusinessCalendar::fromData(std::move(*data));
}

} // namespace

Result<Lawbook> Lawbook::fromParts(const QByteArray &calendar,
                                   const QByteArray &reasons,
                                   const QByteArray &basis,
                                   const QByteArray &legalization)
{
    auto counted = calendarOf(calendar);
    if (!counted)
        return std::unexpected(counted.error());
    auto catalog = ReasonCatalog::fromJson(reasons);
    if (!catalog)
        return std::unexpected(catalog.error());
    auto instruments = LegalBasis::fromJson(basis);
    if (!instruments)
        return std::unexpected(instruments.error());
    auto lists = LegalizationRules::fromJson(legalization);
    if (!lists)
        return std::unexpected(lists.error());
    Lawbook law;
    law.m_parts = std::make_shared<const Parts>(
        std::move(*counted), std::move(*catalog), std::move(*instruments), std::move(*lists));
    law.m_version = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(calendar + reasons + basis + legalization),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    const QJsonObject json{
        {QStringLiteral("version"), law.m_version},
        {QStringLiteral("calendar"), QJsonDocument::fromJson(calendar).object()},
        {QStringLiteral("reasons"), QJsonDocument::fromJson(reasons).object()},
        {QStringLiteral("basis"), QJsonDocument::fromJson(basis).object()},
        {QStringLiteral("legalization"), QJsonDocument::fromJson(legalization).object()}};
    law.m_json = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return law;
}

Result<Lawbook> Lawbook::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QString version = object.value(u"version").toString();
    if (version.isEmpty() || !object.value(u"calendar").isObject()
        || !object.value(u"reasons").isObject() || !object.value(u"basis").isObject()
        || !object.value(u"legalization").isObject()) {
        return fail(QStringLiteral("law.malformed"),
                    DomainTr::tr("The law's data is not whole: it needs a version, a calendar, "
                                 "the reasons, the legal basis and the legalization lists."));
    }
    auto calendar = calendarOf(QJsonDocument(object.value(u"calendar").toObject()).toJson());
    if (!calendar)
        return std::unexpected(calendar.error());
    auto reasons
        = ReasonCatalog::fromJson(QJsonDocument(object.value(u"reasons").toObject()).toJson());
    if (!reasons)
        return std::unexpected(reasons.error());
    auto basis = LegalBasis::fromJson(QJsonDocument(object.value(u"basis").toObject()).toJson());
    if (!basis)
        return std::unexpected(basis.error());
    auto lists = LegalizationRules::fromJson(
        QJsonDocument(object.value(u"legalization").toObject()).toJson());
    if (!lists)
        return std::unexpected(lists.error());
    Lawbook law;
    law.m_parts = std::make_shared<const Parts>(
        std::move(*calendar), std::move(*reasons), std::move(*basis), std::move(*lists));
    law.m_version = version;
    law.m_json = json;
    return law;
}

} // namespace Kezek
