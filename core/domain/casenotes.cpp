#include "core/domain/casenotes.h"

#include "core/domain/domaintr.h"
#include "core/domain/workflow.h"

namespace Kezek::CaseNotes {

Result<QString> checkedText(const QString &text)
{
    const QString kept = text.trimmed();
    if (kept.isEmpty()) {
        return fail(QStringLiteral("note.empty"),
                    DomainTr::tr("A note needs some text; an empty note is not kept."));
    }
    if (kept.size() > MaxLength) {
        return fail(QStringLiteral("note.too-long"),
                    DomainTr::tr("A note is at most %1 characters; this one has %2.")
                        .arg(MaxLength)
                        .arg(kept.size()));
    }
    return kept;
}

bool mayUse(const Actor &actor, City city)
{
    return actor.role != Role::System && Workflow::maySeeCity(actor, city);
}

QJsonObject toJson(const CaseNote &note)
{
    QJsonObject json{{QStringLiteral("id"), note.id},
                     {QStringLiteral("caseId"), note.caseId},
                     {QStringLiteral("authorId"), note.authorId},
                     {QStringLiteral("authorName"), note.authorName},
                     {QStringLiteral("authorRole"), roleId(note.authorRole)},
                     {QStringLiteral("madeAt"), note.madeAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("text"), note.text}};
    if (note.revision > 0)
        json.insert(QStringLiteral("revision"), note.revision);
    return json;
}

Result<CaseNote> fromJson(const QJsonObject &json)
{
    CaseNote note;
    note.id = json.value(u"id").toString();
    note.caseId = json.value(u"caseId").toString();
    note.authorId = json.value(u"authorId").toString();
    note.authorName = json.value(u"authorName").toString();
    note.authorRole
        = roleFromId(json.value(u"authorRole").toString()).value_or(Role::MigrationOfficer);
    note.madeAt = QDateTime::fromString(json.value(u"madeAt").toString(), Qt::ISODateWithMs);
    note.text = json.value(u"text").toString();
    note.revision = json.value(u"revision").toInteger();
    if (note.id.isEmpty() || note.caseId.isEmpty() || !note.madeAt.isValid()) {
        return fail(QStringLiteral("note.malformed"),
                    DomainTr::tr("A note needs its id, its case and the time it was written."));
    }
    return note;
}

} // namespace Kezek::CaseNotes
