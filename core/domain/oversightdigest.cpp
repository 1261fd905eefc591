#include "core/domain/oversightdigest.h"

#include "core/domain/oversightparts.h"

#include <QDataStream>
#include <QIODevice>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace Kezek {

namespace {

// The format's own mark and version: a digest of another version is read as
// none, and the case's text is read instead.
constexpr quint32 DigestMark = 0x4b4f4401; // "KOD" 1

void write(QDataStream &out, QDate day)
{
    out << static_cast<qint64>(day.isValid() ? day.toJulianDay() : 0);
}

bool read(QDataStream &in, QDate &day)
{
    qint64 julian = 0;
    in >> julian;
    day = julian == 0 ? QDate() : QDate::fromJulianDay(julian);
    return in.status() == QDataStream::Ok;
}

template<typename Enum>
bool readEnum(QDataStream &in, Enum &value, int count)
{
    qint32 raw = -1;
    in >> raw;
    if (in.status() != QDataStream::Ok || raw < 0 || raw >= count)
        return false;
    value = static_cast<Enum>(raw);
    return true;
}

// A count that the rest of the digest can hold (a damaged one is refused
// before anything is reserved for it).
bool readCount(QDataStream &in, qint32 &count)
{
    in >> count;
    return in.status() == QDataStream::Ok && count >= 0 && count <= in.device()->bytesAvailable();
}

void writeClocks(QDataStream &out, const QList<DeadlineClock> &clocks)
{
    out << static_cast<qint32>(clocks.size());
    for (const DeadlineClock &clock : clocks) {
        out << static_cast<qint32>(clock.kind());
        write(out, clock.started());
        write(out, clock.stopped());
        out << static_cast<qint32>(clock.pauses().size());
        for (const ClockPause &pause : clock.pauses()) {
            write(out, pause.from);
            write(out, pause.until);
        }
    }
}

bool readClocks(QDataStream &in, QList<DeadlineClock> &clocks)
{
    qint32 count = 0;
    if (!readCount(in, count))
        return false;
    clocks.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        ClockKind kind{};
        QDate started;
        QDate stopped;
        qint32 pauseCount = 0;
        if (!readEnum(in, kind, static_cast<int>(allClockKinds().size())) || !read(in, started)
            || !read(in, stopped) || !readCount(in, pauseCount))
            return false;
        QList<ClockPause> pauses(pauseCount);
        for (ClockPause &pause : pauses) {
            if (!read(in, pause.from) || !read(in, pause.until))
                return false;
        }
        clocks.append(DeadlineClock::restore(kind, started, std::move(pauses), stopped));
    }
    return true;
}

// The decisions the figures count by their reasons (figure 6).
bool givesReasons(const Decision &decision)
{
    switch (decision.kind) {
    case DecisionKind::ReturnForRework:
    case DecisionKind::CscDecline:
    case DecisionKind::PreliminaryRefusal:
    case DecisionKind::FinalRefusal:
        return !decision.reasonCodes.isEmpty();
    case DecisionKind::PreliminaryApproval:
    case DecisionKind::FinalGrant:
    case DecisionKind::Revocation:
        break;
    }
    return false;
}

} // namespace

QByteArray oversightDigest(const Case &c)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << DigestMark << c.id << cityId(c.city) << static_cast<qint32>(c.state);
    write(out, c.receivedOn);
    out << static_cast<qint64>(c.filedAt.isValid() ? c.filedAt.toMSecsSinceEpoch() : -1)
        << c.applicant.nationality << c.outsideLegalBasis;
    writeClocks(out, c.clocks);
    QList<const HistoryEntry *> steps;
    for (const HistoryEntry &entry : c.history) {
        if (OversightParts::meaningOf(entry))
            steps.append(&entry);
    }
    out << static_cast<qint32>(steps.size());
    for (const HistoryEntry *entry : steps) {
        out << entry->action;
        write(out, entry->date);
    }
    QList<const Decision *> decisions;
    for (const Decision &decision : c.decisions) {
        if (givesReasons(decision))
            decisions.append(&decision);
    }
    out << static_cast<qint32>(decisions.size());
    for (const Decision *decision : decisions) {
        out << static_cast<qint32>(decision->kind);
        write(out, decision->date);
        out << decision->reasonCodes;
    }
    return bytes;
}

std::optional<Case> caseFromOversightDigest(QByteArrayView digest)
{
    const QByteArray bytes = QByteArray::fromRawData(digest.data(), digest.size());
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 mark = 0;
    in >> mark;
    if (in.status() != QDataStream::Ok || mark != DigestMark)
        return std::nullopt;
    // A case's checklists are built when it is made: made once, then shared.
    static const Case blank;
    Case c = blank;
    qint64 filedAt = -1;
    QString city;
    in >> c.id >> city;
    const std::optional<City> known = cityFromId(city);
    if (!known)
        return std::nullopt;
    c.city = *known;
    if (!readEnum(in, c.state, static_cast<int>(allCaseStates().size())) || !read(in, c.receivedOn))
        return std::nullopt;
    in >> filedAt >> c.applicant.nationality >> c.outsideLegalBasis;
    if (filedAt >= 0)
        c.filedAt = QDateTime::fromMSecsSinceEpoch(filedAt, Qt::UTC);
    if (!readClocks(in, c.clocks))
        return std::nullopt;
    qint32 steps = 0;
    if (!readCount(in, steps))
        return std::nullopt;
    c.history.resize(steps);
    for (HistoryEntry &entry : c.history) {
        in >> entry.action;
        if (!read(in, entry.date))
            return std::nullopt;
    }
    qint32 decisions = 0;
    if (!readCount(in, decisions))
        return std::nullopt;
    c.decisions.resize(decisions);
    for (Decision &decision : c.decisions) {
        if (!readEnum(in, decision.kind, static_cast<int>(DecisionKind::Revocation) + 1)
            || !read(in, decision.date))
            return std::nullopt;
        in >> decision.reasonCodes;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return c;
}

QList<std::optional<Case>> casesFromOversightDigests(const QList<QByteArray> &digests)
{
    QList<std::optional<Case>> cases(digests.size());
    std::optional<Case> *slots = cases.data(); // detached once, before the threads
    const qsizetype parts = std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    const qsizetype share = (digests.size() + parts - 1) / parts;
    const auto decodePart = [&](qsizetype part) {
        const qsizetype end = std::min(digests.size(), (part + 1) * share);
        for (qsizetype i = part * share; i < end; ++i) {
            if (!digests.at(i).isNull())
                slots[i] = caseFromOversightDigest(digests.at(i));
        }
    };
    std::vector<std::jthread> workers;
    for (qsizetype part = 1; part < parts; ++part)
        workers.emplace_back(decodePart, part);
    decodePart(0);
    return cases;
}

} // namespace Kezek
