#include "report/reporttables.h"

#include "core/domain/displaydate.h"
#include "core/domain/queues.h"
#include "core/domain/roles.h"
#include "resources/shippeddata.h"

#include <array>

namespace Kezek::Report {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array outcomeMembers{
    &PilotOutcomes::preliminarilyApproved,
    &PilotOutcomes::preliminarilyRefused,
    &PilotOutcomes::deleted,
    &PilotOutcomes::annulled,
    &PilotOutcomes::granted,
    &PilotOutcomes::finallyRefused,
    &PilotOutcomes::permitsIssued,
    &PilotOutcomes::withdrawn,
};

QStringList pilotHeaders(const QString &first)
{
    QStringList headers{first, ReportTr::tr("Applications")};
    headers += outcomeTitles();
    headers += {ReportTr::tr("Days from eGov filing to permit, median"),
                ReportTr::tr("Days from eGov filing to permit, 90th percentile"),
                ReportTr::tr("Permits whose eGov filing time is unknown")};
    return headers;
}

const QStringList pilotColumns{u"name"_s,
                               u"applications"_s,
                               u"preliminarily-approved"_s,
                               u"preliminarily-refused"_s,
                               u"deleted"_s,
                               u"annulled"_s,
                               u"granted"_s,
                               u"finally-refused"_s,
                               u"permits-issued"_s,
                               u"withdrawn"_s,
                               u"filing-to-permit-median-days"_s,
                               u"filing-to-permit-p90-days"_s,
                               u"filing-time-unknown"_s};

QList<Cell> pilotCells(const QString &name, const PilotRow &row, bool withDays = true)
{
    QList<Cell> cells{Cell{name, std::nullopt}, Cell::of(row.applications)};
    for (int value : outcomeValues(row.outcomes))
        cells.append(Cell::of(value));
    if (withDays && row.filingToPermit.count > 0) {
        cells += {Cell::of(row.filingToPermit.median), Cell::of(row.filingToPermit.p90)};
    } else {
        cells += {Cell{}, Cell{}};
    }
    cells.append(Cell::of(row.filingUnknown));
    return cells;
}

QString cityName(const QString &key)
{
    const auto city = cityFromId(key);
    return city ? cityTitle(*city) : key;
}

Table pilotTable(const char *id,
                 const QString &sheet,
                 const QString &title,
                 const QString &first,
                 const QList<PilotRow> &rows,
                 QString (*name)(const QString &))
{
    Table table{QString::fromLatin1(id), sheet, title, pilotHeaders(first), pilotColumns, {}, {}};
    for (const PilotRow &row : rows) {
        table.rows.append(pilotCells(name(row.key), row));
        table.keys.append(row.key);
    }
    return table;
}

QString asIs(const QString &key)
{
    return key;
}

Table reasonsTable(const OversightFigures &figures, const ReportOptions &options)
{
    Table table{u"reasons"_s,
                ReportTr::tr("Reasons"),
                ReportTr::tr("Reasons for returns, CSC declines and refusals"),
                {ReportTr::tr("Code"),
                 ReportTr::tr("Reason"),
                 ReportTr::tr("Returns for rework"),
                 ReportTr::tr("CSC declines"),
                 ReportTr::tr("Refusals")},
                {u"code"_s, u"name"_s, u"returns"_s, u"csc-declines"_s, u"refusals"_s},
                {},
                {}};
    for (const ReasonFigure &figure : figures.reasons) {
        const Reason *reason = options.reasons ? options.reasons->find(figure.code) : nullptr;
        table.rows.append(
            {Cell{figure.code, std::nullopt},
             Cell{reason ? reason->text.in(options.language) : QString(), std::nullopt},
             Cell::of(figure.returns),
             Cell::of(figure.cscDeclines),
             Cell::of(figure.refusals)});
        table.keys.append(figure.code);
    }
    return table;
}

Table breachesTable(const OversightFigures &figures)
{
    Table table{u"breaches"_s,
                ReportTr::tr("Breaches"),
                ReportTr::tr("The law's clocks breached"),
                {ReportTr::tr("Clock"),
                 ReportTr::tr("Paragraph"),
                 ReportTr::tr("Cases"),
                 ReportTr::tr("Case numbers")},
                {u"name"_s, u"paragraph"_s, u"cases"_s, u"case-numbers"_s},
                {},
                {}};
    for (const ClockBreaches &breach : figures.pilot.breaches) {
        const ClockDefinition &clock = clockDefinition(breach.kind);
        table.rows.append({Cell{clock.title(), std::nullopt},
                           Cell{QString::fromUtf8(clock.paragraph), std::nullopt},
                           Cell::of(breach.caseIds.size()),
                           Cell{breach.caseIds.join(u", "), std::nullopt}});
        table.keys.append(clockId(breach.kind));
    }
    return table;
}

Table outsideTable(const OversightFigures &figures)
{
    const QStringList &ids = figures.pilot.outsideLegalBasis;
    return {u"outside-legal-basis"_s,
            ReportTr::tr("Outside the basis"),
            ReportTr::tr("Applications received outside the legal basis"),
            {ReportTr::tr("Cases"), ReportTr::tr("Case numbers")},
            {u"cases"_s, u"case-numbers"_s},
            {{Cell::of(ids.size()), Cell{ids.join(u", "), std::nullopt}}},
            {u"all"_s}};
}

} // namespace

LanguageScope::LanguageScope(const QString &language)
    : m_translator(ShippedData::translator(language))
{
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
}

LanguageScope::~LanguageScope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList outcomeTitles()
{
    return {ReportTr::tr("Preliminary approvals"),
            ReportTr::tr("Preliminary refusals"),
            ReportTr::tr("Applications deleted"),
            ReportTr::tr("Decisions annulled"),
            ReportTr::tr("Permits granted"),
            ReportTr::tr("Final refusals"),
            ReportTr::tr("Residence permits issued"),
            ReportTr::tr("Withdrawn")};
}

QList<int> outcomeValues(const PilotOutcomes &outcomes)
{
    QList<int> values;
    for (auto member : outcomeMembers)
        values.append(outcomes.*member);
    return values;
}

PilotRow pilotTotal(const OversightFigures &figures)
{
    PilotRow total;
    for (const PilotRow &row : figures.pilot.byCity) {
        total.applications += row.applications;
        for (auto member : outcomeMembers)
            total.outcomes.*member += row.outcomes.*member;
        total.filingUnknown += row.filingUnknown;
    }
    return total;
}

QString monthTitle(const QString &key)
{
    const QDate first = QDate::fromString(key + u"-01"_s, Qt::ISODate);
    return first.isValid() ? first.toString(u"MM.yyyy"_s) : key;
}

QString reportTitle(const OversightFigures &)
{
    return ReportTr::tr("Digital Nomad permanent residence pilot: report");
}

QStringList reportHeading(const OversightFigures &figures, const ReportOptions &options)
{
    return {
        ReportTr::tr("Period: %1 to %2").arg(displayDate(figures.from), displayDate(figures.to)),
        ReportTr::tr("Counted by the law's version %1")
            .arg(figures.lawVersion.isEmpty() ? u"-"_s : figures.lawVersion),
        // On Kazakhstan's clock, as the period's days are.
        ReportTr::tr("Made on %1 at %2")
            .arg(displayDate(kazakhstanTime(options.madeAt).date()),
                 kazakhstanTime(options.madeAt).toString(u"HH:mm"_s))};
}

QList<Table> reportTables(const OversightFigures &figures, const ReportOptions &options)
{
    Table byCity = pilotTable("city",
                              ReportTr::tr("By city"),
                              ReportTr::tr("Applications and outcomes by city"),
                              ReportTr::tr("City"),
                              figures.pilot.byCity,
                              cityName);
    // The total has no median of its own: the domain gives one per row only.
    byCity.rows.append(pilotCells(ReportTr::tr("Total"), pilotTotal(figures), false));
    byCity.keys.append(u"total"_s);
    return {byCity,
            pilotTable("nationality",
                       ReportTr::tr("By nationality"),
                       ReportTr::tr("Applications and outcomes by nationality"),
                       ReportTr::tr("Nationality"),
                       figures.pilot.byNationality,
                       asIs),
            pilotTable("month",
                       ReportTr::tr("By month"),
                       ReportTr::tr("Applications and outcomes by month"),
                       ReportTr::tr("Month"),
                       figures.pilot.byMonth,
                       monthTitle),
            reasonsTable(figures, options),
            breachesTable(figures),
            outsideTable(figures)};
}

} // namespace Kezek::Report
