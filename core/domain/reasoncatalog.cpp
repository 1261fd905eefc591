#include "core/domain/reasoncatalog.h"

#include "core/domain/domaintr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Kezek {

namespace {

constexpr ReasonUse AllUses[] = {ReasonUse::Return,
                                 ReasonUse::PreliminaryRefusal,
                                 ReasonUse::FinalRefusal,
                                 ReasonUse::CscDecline};

} // namespace

QString reasonUseId(ReasonUse use)
{
    switch (use) {
    case ReasonUse::Return:
        return QStringLiteral("return");
    case ReasonUse::PreliminaryRefusal:
        return QStringLiteral("preliminary-refusal");
    case ReasonUse::FinalRefusal:
        return QStringLiteral("final-refusal");
    case ReasonUse::CscDecline:
        return QStringLiteral("csc-decline");
    }
    return {};
}

Result<ReasonCatalog> ReasonCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("reasons.json"),
                    DomainTr::tr("The reason catalog is not valid JSON: %1.")
                        .arg(parseError.errorString()));
    }
    ReasonCatalog catalog;
    QSet<QString> codes;
    for (const QJsonValue &value : document.object().value(u"reasons").toArray()) {
        const QJsonObject object = value.toObject();
        Reason reason;
        reason.code = object.value(u"code").toString();
        reason.paragraph = object.value(u"paragraph").toString();
        reason.text = LocalizedText::fromJson(object.value(u"text"));
        if (reason.code.isEmpty() || codes.contains(reason.code) || !reason.text.isComplete()) {
            return fail(QStringLiteral("reasons.entry"),
                        DomainTr::tr("The reason catalog entry \"%1\" has no unique code or lacks "
                                     "a text in Kazakh, Russian or English.")
                            .arg(reason.code));
        }
        for (const QJsonValue &use : object.value(u"usableFor").toArray()) {
            bool known = false;
            for (ReasonUse candidate : AllUses) {
                if (reasonUseId(candidate) == use.toString()) {
                    reason.usableFor.append(candidate);
                    known = true;
                }
            }
            if (!known) {
                return fail(QStringLiteral("reasons.use"),
                            DomainTr::tr("The reason \"%1\" names an unknown use \"%2\".")
                                .arg(reason.code, use.toString()));
            }
        }
        codes.insert(reason.code);
        catalog.m_reasons.append(reason);
    }
    return catalog;
}

const Reason *ReasonCatalog::find(QStringView code) const
{
    for (const Reason &reason : m_reasons) {
        if (reason.code == code)
            return &reason;
    }
    return nullptr;
}

QList<Reason> ReasonCatalog::usableFor(ReasonUse use) const
{
    QList<Reason> result;
    for (const Reason &reason : m_reasons) {
        if (reason.usableFor.contains(use))
            result.append(reason);
    }
    return result;
}

Result<void> ReasonCatalog::validate(const QStringList &codes, ReasonUse use) const
{
    if (codes.isEmpty()) {
        return fail(
            QStringLiteral("reasons.required"),
            DomainTr::tr("A motivated decision needs at least one reason from the catalog."));
    }
    for (const QString &code : codes) {
        const Reason *reason = find(code);
        if (!reason) {
            return fail(QStringLiteral("reasons.unknown"),
                        DomainTr::tr("The reason code \"%1\" is not in the catalog.").arg(code));
        }
        if (!reason->usableFor.contains(use)) {
            return fail(
                QStringLiteral("reasons.not-for-use"),
                DomainTr::tr("The reason \"%1\" cannot be given for this decision.").arg(code));
        }
    }
    return {};
}

} // namespace Kezek
