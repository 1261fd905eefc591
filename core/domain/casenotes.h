#pragma once

#include "core/domain/roles.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Internal notes on a case (issue 31, point 3): a word from one member of
// staff to the next for a hand-over. A note is not a step of the law: it
// changes neither the case's stage nor its version nor its history, and it
// never reaches the applicant (no letter, notice, eGov answer or export
// carries it). The staff who may see the case read and write its notes.
namespace Kezek {

struct CaseNote
{
    QString id; // made by the writer's workstation: the same note sent twice is one
    QString caseId;
    QString authorId;
    QString authorName;
    Role authorRole = Role::MigrationOfficer;
    QDateTime madeAt; // UTC, when it was written (offline too)
    QString text;
    qint64 revision = 0; // the server's, once it has the note (the notes feed's cursor)
};

namespace CaseNotes {

// Enough for a hand-over, short enough to be read in a glance.
inline constexpr int MaxLength = 2000;

// The text as it is kept: trimmed; none when empty (note.empty) or longer
// than MaxLength (note.too-long).
Result<QString> checkedText(const QString &text);

// Whether `actor` may read and write the notes of a case of `city`: the
// staff who may see the case (Workflow::maySeeCity), never an outside system,
// which speaks for the applicant's side.
bool mayUse(const Actor &actor, City city);

// What the server and the workstation exchange.
QJsonObject toJson(const CaseNote &note);
Result<CaseNote> fromJson(const QJsonObject &json);

} // namespace CaseNotes

} // namespace Kezek
