#include "core/domain/oversightcodec.h"

#include "core/domain/domaintr.h"
#include "core/domain/jsonreader.h"

#include <QJsonArray>

#include <array>
#include <climits>
#include <utility>

namespace Kezek {

namespace {

using namespace Qt::StringLiterals;

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

std::optional<PeriodUnit> periodUnitFromId(QStringView id)
{
    for (PeriodUnit unit : {PeriodUnit::WorkingDays, PeriodUnit::CalendarDays, PeriodUnit::Years}) {
        if (periodUnitId(unit) == id)
            return unit;
    }
    return std::nullopt;
}

// The outcomes of the pilot report, each under its stable name.
const std::array<std::pair<const char *, int PilotOutcomes::*>, 8> outcomeFields{{
    {"preliminarilyApproved", &PilotOutcomes::preliminarilyApproved},
    {"preliminarilyRefused", &PilotOutcomes::preliminarilyRefused},
    {"deleted", &PilotOutcomes::deleted},
    {"annulled", &PilotOutcomes::annulled},
    {"granted", &PilotOutcomes::granted},
    {"finallyRefused", &PilotOutcomes::finallyRefused},
    {"permitsIssued", &PilotOutcomes::permitsIssued},
    {"withdrawn", &PilotOutcomes::withdrawn},
}};

const std::array<std::pair<const char *, int FlowCounts::*>, 4> flowFields{{
    {"received", &FlowCounts::received},
    {"decided", &FlowCounts::decided},
    {"granted", &FlowCounts::granted},
    {"refused", &FlowCounts::refused},
}};

template<typename T, std::size_t N>
QJsonObject countsToJson(const T &counts,
                         const std::array<std::pair<const char *, int T::*>, N> &fields)
{
    QJsonObject json;
    for (const auto &[name, member] : fields)
        json.insert(QString::fromLatin1(name), counts.*member);
    return json;
}

template<typename T, std::size_t N>
T countsFromJson(JsonReader &reader, const std::array<std::pair<const char *, int T::*>, N> &fields)
{
    T counts;
    for (const auto &[name, member] : fields)
        counts.*member = reader.integer(name, 0, INT_MAX);
    return counts;
}

QJsonObject distributionToJson(const Distribution &d)
{
    return {{u"count"_s, d.count}, {u"median"_s, d.median}, {u"p90"_s, d.p90}};
}

Distribution distributionFromJson(JsonReader &reader)
{
    return {reader.integer("count", 0, INT_MAX),
            reader.integer("median", INT_MIN, INT_MAX),
            reader.integer("p90", INT_MIN, INT_MAX)};
}

// An object under `key` read by `read`, its unknown fields refused.
template<typename Read>
auto nested(JsonReader &parent, const char *key, Read read)
{
    JsonReader reader(parent.object(key, true), parent.path(key));
    auto value = read(reader);
    if (auto ok = reader.finish(); !ok)
        parent.take(ok.error());
    return value;
}

// The array under `key`, each item an object read by `read`.
template<typename T, typename Read>
QList<T> listOf(JsonReader &parent, const char *key, Read read)
{
    QList<T> list;
    const QJsonArray array = parent.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = parent.path(key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            parent.take(
                {u"json.type"_s, DomainTr::tr("The field \"%1\" has the wrong type.").arg(path)});
            return {};
        }
        JsonReader reader(array.at(i).toObject(), path);
        T value = read(reader);
        if (auto ok = reader.finish(); !ok) {
            parent.take(ok.error());
            return {};
        }
        list.append(std::move(value));
    }
    return list;
}

template<typename T, typename Write>
QJsonArray arrayOf(const QList<T> &list, Write write)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(write(item));
    return array;
}

QJsonObject bucketToJson(const FlowBucket &b)
{
    return {{u"year"_s, b.year},
            {u"number"_s, b.number},
            {u"first"_s, dateValue(b.first)},
            {u"last"_s, dateValue(b.last)},
            {u"counts"_s, countsToJson(b.counts, flowFields)}};
}

FlowBucket bucketFromJson(JsonReader &r)
{
    FlowBucket b;
    b.year = r.integer("year", 0, 9999);
    b.number = r.integer("number", 0, 53);
    b.first = r.date("first", true);
    b.last = r.date("last", true);
    b.counts = nested(r, "counts", [](JsonReader &c) { return countsFromJson(c, flowFields); });
    return b;
}

QJsonObject stageToJson(const StageDuration &s)
{
    QJsonObject json{{u"kind"_s, clockId(s.kind)},
                     {u"limit"_s, s.limit},
                     {u"unit"_s, periodUnitId(s.unit)},
                     {u"calendarDays"_s, distributionToJson(s.calendarDays)},
                     {u"overLimit"_s, QJsonArray::fromStringList(s.overLimit)}};
    if (s.workingDays)
        json.insert(u"workingDays"_s, distributionToJson(*s.workingDays));
    return json;
}

StageDuration stageFromJson(JsonReader &r)
{
    StageDuration s;
    s.kind = r.enumeration("kind", clockKindFromId, ClockKind::Registration);
    s.limit = r.integer("limit", 0, INT_MAX);
    s.unit = r.enumeration("unit", periodUnitFromId, PeriodUnit::CalendarDays);
    s.calendarDays = nested(r, "calendarDays", distributionFromJson);
    if (!r.object("workingDays").isEmpty())
        s.workingDays = nested(r, "workingDays", distributionFromJson);
    s.overLimit = r.strings("overLimit");
    return s;
}

QJsonObject pilotRowToJson(const PilotRow &row)
{
    return {{u"key"_s, row.key},
            {u"applications"_s, row.applications},
            {u"outcomes"_s, countsToJson(row.outcomes, outcomeFields)},
            {u"filingToPermit"_s, distributionToJson(row.filingToPermit)},
            {u"filingUnknown"_s, row.filingUnknown}};
}

PilotRow pilotRowFromJson(JsonReader &r)
{
    PilotRow row;
    row.key = r.string("key", true);
    row.applications = r.integer("applications", 0, INT_MAX);
    row.outcomes
        = nested(r, "outcomes", [](JsonReader &o) { return countsFromJson(o, outcomeFields); });
    row.filingToPermit = nested(r, "filingToPermit", distributionFromJson);
    row.filingUnknown = r.integer("filingUnknown", 0, INT_MAX);
    return row;
}

QJsonObject pilotToJson(const PilotFigures &p)
{
    return {{u"byCity"_s, arrayOf(p.byCity, pilotRowToJson)},
            {u"byNationality"_s, arrayOf(p.byNationality, pilotRowToJson)},
            {u"byMonth"_s, arrayOf(p.byMonth, pilotRowToJson)},
            {u"breaches"_s,
             arrayOf(p.breaches,
                     [](const ClockBreaches &b) {
                         return QJsonObject{{u"kind"_s, clockId(b.kind)},
                                            {u"caseIds"_s, QJsonArray::fromStringList(b.caseIds)}};
                     })},
            {u"outsideLegalBasis"_s, QJsonArray::fromStringList(p.outsideLegalBasis)}};
}

PilotFigures pilotFromJson(JsonReader &r)
{
    PilotFigures p;
    p.byCity = listOf<PilotRow>(r, "byCity", pilotRowFromJson);
    p.byNationality = listOf<PilotRow>(r, "byNationality", pilotRowFromJson);
    p.byMonth = listOf<PilotRow>(r, "byMonth", pilotRowFromJson);
    p.breaches = listOf<ClockBreaches>(r, "breaches", [](JsonReader &b) {
        return ClockBreaches{b.enumeration("kind", clockKindFromId, ClockKind::Registration),
                             b.strings("caseIds")};
    });
    p.outsideLegalBasis = r.strings("outsideLegalBasis");
    return p;
}

QJsonObject clockToJson(const ClockFigure &c)
{
    return {{u"kind"_s, clockId(c.kind)},
            {u"onTime"_s, QJsonArray::fromStringList(c.onTime)},
            {u"warning"_s, QJsonArray::fromStringList(c.warning)},
            {u"paused"_s, QJsonArray::fromStringList(c.paused)},
            {u"breached"_s, QJsonArray::fromStringList(c.breached)}};
}

ClockFigure clockFromJson(JsonReader &r)
{
    ClockFigure c;
    c.kind = r.enumeration("kind", clockKindFromId, ClockKind::Registration);
    c.onTime = r.strings("onTime");
    c.warning = r.strings("warning");
    c.paused = r.strings("paused");
    c.breached = r.strings("breached");
    return c;
}

QJsonObject holderToJson(const HolderFigure &h)
{
    return {{u"holderId"_s, h.holderId},
            {u"held"_s, QJsonArray::fromStringList(h.held)},
            {u"dueThisWeek"_s, QJsonArray::fromStringList(h.dueThisWeek)},
            {u"breached"_s, QJsonArray::fromStringList(h.breached)}};
}

HolderFigure holderFromJson(JsonReader &r)
{
    return {r.string("holderId", true),
            r.strings("held"),
            r.strings("dueThisWeek"),
            r.strings("breached")};
}

QJsonObject reasonToJson(const ReasonFigure &f)
{
    return {{u"code"_s, f.code},
            {u"returns"_s, f.returns},
            {u"cscDeclines"_s, f.cscDeclines},
            {u"refusals"_s, f.refusals},
            {u"caseIds"_s, QJsonArray::fromStringList(f.caseIds)}};
}

ReasonFigure reasonFromJson(JsonReader &r)
{
    ReasonFigure f;
    f.code = r.string("code", true);
    f.returns = r.integer("returns", 0, INT_MAX);
    f.cscDeclines = r.integer("cscDeclines", 0, INT_MAX);
    f.refusals = r.integer("refusals", 0, INT_MAX);
    f.caseIds = r.strings("caseIds");
    return f;
}

} // namespace

QJsonObject oversightToJson(const OversightFigures &f)
{
    return {
        {u"today"_s, dateValue(f.today)},
        {u"from"_s, dateValue(f.from)},
        {u"to"_s, dateValue(f.to)},
        {u"city"_s, f.city ? QJsonValue(cityId(*f.city)) : QJsonValue()},
        {u"lawVersion"_s, f.lawVersion},
        {u"cases"_s, f.cases},
        {u"states"_s,
         arrayOf(f.states,
                 [](const StateFigure &s) {
                     return QJsonObject{{u"state"_s, caseStateId(s.state)},
                                        {u"caseIds"_s, QJsonArray::fromStringList(s.caseIds)}};
                 })},
        {u"clocks"_s, arrayOf(f.clocks, clockToJson)},
        {u"holders"_s, arrayOf(f.holders, holderToJson)},
        {u"weeks"_s, arrayOf(f.weeks, bucketToJson)},
        {u"months"_s, arrayOf(f.months, bucketToJson)},
        {u"stages"_s, arrayOf(f.stages, stageToJson)},
        {u"reasons"_s, arrayOf(f.reasons, reasonToJson)},
        {u"pilot"_s, pilotToJson(f.pilot)},
    };
}

Result<OversightFigures> oversightFromJson(const QJsonObject &json)
{
    JsonReader r(json, {});
    OversightFigures f;
    f.today = r.date("today", true);
    f.from = r.date("from", true);
    f.to = r.date("to", true);
    if (const QString city = r.string("city"); !city.isEmpty())
        f.city = r.enumeration("city", cityFromId, City::Astana);
    f.lawVersion = r.string("lawVersion");
    f.cases = r.integer("cases", 0, INT_MAX);
    f.states = listOf<StateFigure>(r, "states", [](JsonReader &s) {
        return StateFigure{s.enumeration("state", caseStateFromId, CaseState::Received),
                           s.strings("caseIds")};
    });
    f.clocks = listOf<ClockFigure>(r, "clocks", clockFromJson);
    f.holders = listOf<HolderFigure>(r, "holders", holderFromJson);
    f.weeks = listOf<FlowBucket>(r, "weeks", bucketFromJson);
    f.months = listOf<FlowBucket>(r, "months", bucketFromJson);
    f.stages = listOf<StageDuration>(r, "stages", stageFromJson);
    f.reasons = listOf<ReasonFigure>(r, "reasons", reasonFromJson);
    f.pilot = nested(r, "pilot", pilotFromJson);
    if (auto ok = r.finish(); !ok)
        return std::unexpected(ok.error());
    return f;
}

} // namespace Kezek
