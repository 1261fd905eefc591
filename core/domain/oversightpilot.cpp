#include "core/domain/oversightparts.h"

#include "core/domain/queues.h"

#include <QMap>

// Figure 7 of oversight.h: the pilot report's rows by city, nationality and
// month, the duties breached and the cases outside the legal basis.

namespace Kezek::OversightParts {

namespace {

struct RowTally
{
    PilotRow row;
    QList<int> filingToPermit;
};

// The rows one event of a case counts in: its city's, its nationality's and
// the month's of the event's day.
class PilotRows
{
public:
    explicit PilotRows(const OversightQuery &query)
        : m_from(query.from)
    {
        for (City city : {City::Astana, City::Almaty})
            m_cities.append(RowTally{{cityId(city), 0, {}, {}, 0}, {}});
        for (QDate first(query.from.year(), query.from.month(), 1); first <= query.to;
             first = first.addMonths(1))
            m_months.append(RowTally{{first.toString(u"yyyy-MM"), 0, {}, {}, 0}, {}});
    }

    template<typename Count>
    void add(const Case &c, QDate day, Count count)
    {
        count(m_cities[static_cast<qsizetype>(c.city)]);
        RowTally &nationality = m_nationalities[c.applicant.nationality];
        nationality.row.key = c.applicant.nationality;
        count(nationality);
        count(m_months[(day.year() - m_from.year()) * 12 + day.month() - m_from.month()]);
    }

    void finish(PilotFigures &figures)
    {
        figures.byCity = rows(m_cities);
        figures.byNationality = rows(m_nationalities.values());
        figures.byMonth = rows(m_months);
    }

private:
    static QList<PilotRow> rows(QList<RowTally> tallies)
    {
        QList<PilotRow> rows;
        for (RowTally &tally : tallies) {
            tally.row.filingToPermit = distributionOf(std::move(tally.filingToPermit));
            rows.append(std::move(tally.row));
        }
        return rows;
    }

    QDate m_from;
    QList<RowTally> m_cities;
    QMap<QString, RowTally> m_nationalities;
    QList<RowTally> m_months;
};

void countSteps(const Case &c, const OversightQuery &query, PilotRows &rows)
{
    const QDate filedOn = c.filedAt.isValid() ? kazakhstanDate(c.filedAt) : QDate();
    for (const HistoryEntry &entry : c.history) {
        const StepMeaning *meaning = meaningOf(entry);
        if (!meaning || !within(entry.date, query.from, query.to))
            continue;
        rows.add(c, entry.date, [&](RowTally &tally) {
            ++(tally.row.outcomes.*(meaning->outcome));
            if (meaning->action != Action::IssueResidencePermit)
                return;
            if (filedOn.isValid())
                tally.filingToPermit.append(static_cast<int>(filedOn.daysTo(entry.date)));
            else
                ++tally.row.filingUnknown;
        });
    }
}

QList<ClockBreaches> breaches(const QList<const Case *> &cases,
                              const OversightQuery &query,
                              const BusinessCalendar &calendar)
{
    QList<ClockBreaches> figures;
    for (ClockKind kind : allClockKinds()) {
        if (clockDefinition(kind).isDuty())
            figures.append({kind, {}});
    }
    for (const Case *c : cases) {
        for (const DeadlineClock &clock : c->clocks) {
            if (!clockDefinition(clock.kind()).isDuty())
                continue;
            const ClockStatus status = clock.status(calendar, query.today);
            if (status.state != ClockState::Breached || !within(status.due, query.from, query.to))
                continue;
            auto figure = std::find_if(figures.begin(), figures.end(), [&](const ClockBreaches &f) {
                return f.kind == clock.kind();
            });
            if (figure->caseIds.isEmpty() || figure->caseIds.constLast() != c->id)
                figure->caseIds.append(c->id);
        }
    }
    return figures;
}

} // namespace

PilotFigures pilotFigures(const QList<const Case *> &cases,
                          const OversightQuery &query,
                          const BusinessCalendar &calendar)
{
    PilotFigures figures;
    PilotRows rows(query);
    for (const Case *c : cases) {
        if (within(c->receivedOn, query.from, query.to)) {
            rows.add(*c, c->receivedOn, [](RowTally &tally) { ++tally.row.applications; });
            if (c->outsideLegalBasis)
                figures.outsideLegalBasis.append(c->id);
        }
        countSteps(*c, query, rows);
    }
    rows.finish(figures);
    figures.breaches = breaches(cases, query, calendar);
    return figures;
}

} // namespace Kezek::OversightParts
