#pragma once

#include "core/domain/roles.h"
#include "core/result/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Kezek {

// An officer or CSC operator away from work (issue 31, point 2): from the
// first day to the last, both included, as Kazakhstan's calendar counts them.
// While away, their held cases are handed out by a supervisor and their
// escalations go to the supervisors only.
struct Absence
{
    QString id;
    QString userId;
    QDate from;
    QDate to;

    bool covers(QDate day) const { return day.isValid() && from <= day && day <= to; }
    bool overlaps(const Absence &other) const { return from <= other.to && other.from <= to; }
};

// Whether `supervisor` may mark `person` absent for `proposed`, given the
// person's absences already kept (`known`). Refusals: "absence.role" (only a
// supervisor marks, only an officer or a CSC operator is marked),
// "absence.city" (of the supervisor's own city), "absence.dates" (a day
// missing), "absence.reversed" (it ends before it starts), "absence.overlaps"
// (it meets another absence of the same person). Pure: the caller reads
// `known` inside the write that keeps the new one.
Result<void> mayMarkAbsent(const Actor &supervisor,
                           const Actor &person,
                           const Absence &proposed,
                           const QList<Absence> &known);

// Whether any of `absences` covers `day`.
bool isAbsentOn(const QList<Absence> &absences, QDate day);

} // namespace Kezek
