#include "core/domain/legalbasis.h"

#include "core/domain/displaydate.h"

#include "core/domain/case.h"
#include "core/domain/domaintr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Kezek {

namespace {

Result<QDate> dateOf(const QJsonObject &object, const char *field, bool required)
{
    const QString text = object.value(QLatin1StringView(field)).toString();
    if (text.isEmpty() && !required)
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return fail(QStringLiteral("basis.date"),
                    DomainTr::tr("The legal basis \"%1\" has an impossible %2 \"%3\".")
                        .arg(object.value(u"id").toString(), QLatin1StringView(field), text));
    }
    return date;
}

} // namespace

Result<LegalBasis> LegalBasis::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(u"format").toInt() != 1) {
        return fail(QStringLiteral("basis.json"),
                    DomainTr::tr("The legal basis is not a format 1 JSON file."));
    }
    LegalBasis basis;
    QSet<QString> ids;
    for (const QJsonValue &value : document.object().value(u"instruments").toArray()) {
        const QJsonObject object = value.toObject();
        LegalInstrument instrument;
        instrument.id = object.value(u"id").toString();
        instrument.title = LocalizedText::fromJson(object.value(u"title"));
        instrument.numbers = object.value(u"numbers").toString();
        instrument.extends = object.value(u"extends").toString();
        instrument.source = object.value(u"source").toString();
        if (instrument.id.isEmpty() || ids.contains(instrument.id)
            || !instrument.title.isComplete()) {
            return fail(QStringLiteral("basis.instrument"),
                        DomainTr::tr("A legal basis needs an id of its own and a title in "
                                     "Kazakh, Russian and English (\"%1\").")
                            .arg(instrument.id));
        }
        auto adopted = dateOf(object, "adoptedOn", true);
        auto from = dateOf(object, "inForceFrom", true);
        auto until = dateOf(object, "inForceUntil", false);
        for (const auto *date : {&adopted, &from, &until}) {
            if (!*date)
                return std::unexpected(date->error());
        }
        instrument.adoptedOn = *adopted;
        instrument.inForceFrom = *from;
        instrument.inForceUntil = *until;
        if (instrument.inForceUntil.isValid() && instrument.inForceUntil < instrument.inForceFrom) {
            return fail(QStringLiteral("basis.term"),
                        DomainTr::tr("The legal basis \"%1\" ends on %2, before it takes effect "
                                     "on %3.")
                            .arg(instrument.id,
                                 displayDate(instrument.inForceUntil),
                                 displayDate(instrument.inForceFrom)));
        }
        if (!instrument.extends.isEmpty() && !ids.contains(instrument.extends)) {
            return fail(QStringLiteral("basis.extends"),
                        DomainTr::tr("The legal basis \"%1\" extends \"%2\", which comes "
                                     "nowhere before it in the file.")
                            .arg(instrument.id, instrument.extends));
        }
        ids.insert(instrument.id);
        basis.m_instruments.append(instrument);
    }
    if (basis.m_instruments.isEmpty()) {
        return fail(QStringLiteral("basis.empty"),
                    DomainTr::tr("The legal basis file names no instrument."));
    }
    return basis;
}

const LegalInstrument *LegalBasis::find(QStringView id) const
{
    for (const LegalInstrument &instrument : m_instruments) {
        if (instrument.id == id)
            return &instrument;
    }
    return nullptr;
}

const LegalInstrument *LegalBasis::inForceOn(QDate day) const
{
    const LegalInstrument *found = nullptr;
    for (const LegalInstrument &instrument : m_instruments) {
        if (instrument.inForceOn(day) && (!found || instrument.inForceFrom >= found->inForceFrom))
            found = &instrument;
    }
    return found;
}

QDate LegalBasis::lastDayInForce() const
{
    QDate last;
    for (const LegalInstrument &instrument : m_instruments) {
        if (!instrument.inForceUntil.isValid())
            return {};
        if (!last.isValid() || instrument.inForceUntil > last)
            last = instrument.inForceUntil;
    }
    return last;
}

void markLegalBasis(Case &c, const LegalBasis &basis)
{
    const LegalInstrument *instrument = basis.inForceOn(c.receivedOn);
    c.legalBasis = instrument ? instrument->id : QString();
    c.outsideLegalBasis = instrument == nullptr;
}

} // namespace Kezek
