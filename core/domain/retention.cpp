#include "core/domain/retention.h"

namespace Kezek {

namespace {

const QString Purged = QStringLiteral("retention-purged");

} // namespace

std::optional<QDate> endedOn(const Case &c)
{
    if (!isFinalState(c.state))
        return std::nullopt;
    for (auto it = c.history.crbegin(); it != c.history.crend(); ++it) {
        if (it->to == c.state && it->from != c.state && it->date.isValid())
            return it->date;
    }
    // No step says when (a case imported bare): from when it was received.
    return c.receivedOn.isValid() ? std::optional<QDate>(c.receivedOn) : std::nullopt;
}

bool retentionApplied(const Case &c)
{
    return std::any_of(c.history.cbegin(), c.history.cend(), [](const HistoryEntry &entry) {
        return entry.action == Purged;
    });
}

bool endedLongAgo(const Case &c, QDate today, int days)
{
    const auto ended = endedOn(c);
    return ended && ended->addDays(days) < today;
}

bool retentionDue(const Case &c, QDate today, int days, const BusinessCalendar &calendar)
{
    if (!endedLongAgo(c, today, days))
        return false;
    if (!retentionApplied(c))
        return true;
    if (c.applicant.iin.isEmpty() && c.applicant.passportNumber.isEmpty())
        return false;
    const auto ban = c.bannedUntil(calendar);
    return !ban || *ban < today;
}

Case afterRetention(const Case &c, QDate today, const BusinessCalendar &calendar)
{
    Case kept = c;
    const auto ban = c.bannedUntil(calendar);
    const bool banRuns = ban && *ban >= today;
    // Empty, not absent: a case keeps its shape for every reader.
    const QString none = QStringLiteral("");
    kept.applicant = Applicant();
    kept.applicant.surname = none;
    kept.applicant.givenNames = none;
    kept.applicant.nationality = none;
    kept.applicant.language = c.applicant.language;
    kept.applicant.iin = banRuns ? c.applicant.iin : none;
    kept.applicant.passportNumber = banRuns ? c.applicant.passportNumber : none;
    // Which other cases the person may also be is about the person too.
    kept.possibleDuplicates.clear();
    kept.preliminaryDocuments = Checklist::forStage(Stage::Preliminary);
    kept.cscComparison = Checklist::forStage(Stage::Final);
    kept.originals = Checklist::forStage(Stage::Final);
    kept.registration = Checklist::forStage(Stage::Registration);
    for (Notice &notice : kept.notices)
        notice.text.clear();
    kept.history.append(
        {Purged, today, Role::System, QStringLiteral("retention"), c.state, c.state, {}});
    kept.version = c.version + 1;
    return kept;
}

} // namespace Kezek
