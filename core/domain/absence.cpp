#include "core/domain/absence.h"

#include "core/domain/displaydate.h"
#include "core/domain/domaintr.h"

#include <algorithm>

namespace Kezek {

namespace {

bool worksCases(Role role)
{
    return role == Role::MigrationOfficer || role == Role::CscOperator;
}

Result<void> checkDates(const Absence &proposed)
{
    if (!proposed.from.isValid() || !proposed.to.isValid()) {
        return fail(QStringLiteral("absence.dates"),
                    DomainTr::tr("An absence needs its first and its last day."));
    }
    if (proposed.to < proposed.from) {
        return fail(QStringLiteral("absence.reversed"),
                    DomainTr::tr("The absence ends on %1, before it starts on %2.")
                        .arg(displayDate(proposed.to), displayDate(proposed.from)));
    }
    return {};
}

} // namespace

Result<void> mayMarkAbsent(const Actor &supervisor,
                           const Actor &person,
                           const Absence &proposed,
                           const QList<Absence> &known)
{
    if (supervisor.role != Role::Supervisor || !supervisor.city) {
        return fail(QStringLiteral("absence.role"),
                    DomainTr::tr("Only a supervisor marks a colleague absent."));
    }
    if (!worksCases(person.role)) {
        return fail(QStringLiteral("absence.role"),
                    DomainTr::tr("%1 holds no cases: only a migration officer or a CSC operator "
                                 "is marked absent.")
                        .arg(person.userId));
    }
    if (person.city != supervisor.city) {
        return fail(QStringLiteral("absence.city"),
                    DomainTr::tr("%1 does not work in %2: a supervisor marks absent only the "
                                 "people of their own city.")
                        .arg(person.userId, cityTitle(*supervisor.city)));
    }
    if (auto ok = checkDates(proposed); !ok)
        return ok;
    const auto clash = std::find_if(known.cbegin(), known.cend(), [&](const Absence &other) {
        return other.userId == proposed.userId && other.overlaps(proposed);
    });
    if (clash != known.cend()) {
        return fail(QStringLiteral("absence.overlaps"),
                    DomainTr::tr("%1 is already absent from %2 to %3; an absence of one person "
                                 "does not overlap another.")
                        .arg(person.userId, displayDate(clash->from), displayDate(clash->to)));
    }
    return {};
}

bool isAbsentOn(const QList<Absence> &absences, QDate day)
{
    return std::any_of(absences.cbegin(), absences.cend(), [day](const Absence &absence) {
        return absence.covers(day);
    });
}

} // namespace Kezek
