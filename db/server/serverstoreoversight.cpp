#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include "core/domain/casecodec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace Kezek {

namespace {

// Cases decoded at a time: the bodies of a batch are held as bytes until it
// is decoded, never the whole table's.
constexpr qsizetype BatchSize = 4096;

// Appends `bodies` decoded to `cases`, in their order, the work split over
// the machine's cores: parsing and checking each case's JSON is nearly all of
// the read's time, the SQL fetch a small part of it.
Result<void> decodeInParallel(const QList<QByteArray> &bodies, QList<Case> &cases)
{
    const qsizetype parts = std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    const qsizetype share = (bodies.size() + parts - 1) / parts;
    std::vector<QList<Case>> decoded(static_cast<size_t>(parts));
    std::vector<std::optional<Error>> errors(static_cast<size_t>(parts));
    const auto decodePart = [&](qsizetype part) {
        const qsizetype end = std::min(bodies.size(), (part + 1) * share);
        for (qsizetype i = part * share; i < end; ++i) {
            auto c = caseForOversightFromJson(QJsonDocument::fromJson(bodies.at(i)).object());
            if (!c) {
                errors[static_cast<size_t>(part)] = c.error();
                return;
            }
            decoded[static_cast<size_t>(part)].append(std::move(*c));
        }
    };
    {
        std::vector<std::jthread> workers;
        for (qsizetype part = 1; part < parts; ++part)
            workers.emplace_back(decodePart, part);
        decodePart(0);
    }
    for (size_t part = 0; part < decoded.size(); ++part) {
        if (errors[part])
            return std::unexpected(*errors[part]);
        cases.append(std::move(decoded[part]));
    }
    return {};
}

} // namespace

Result<QList<Case>> ServerStore::casesForOversight(std::optional<City> city)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // On SQLite the body comes as its UTF-8 bytes (a blob), not through a
    // QString to be encoded again.
    query.prepare(QStringLiteral("SELECT %1 FROM cases%2")
                      .arg(backend() == u"sqlite" ? QStringLiteral("CAST(body AS BLOB)")
                                                  : QStringLiteral("body"),
                           city ? QStringLiteral(" WHERE city = ?") : QString()));
    if (city)
        query.addBindValue(cityId(*city));
    if (!query.exec())
        return sqlError(query);
    QList<Case> cases;
    QList<QByteArray> bodies;
    for (bool more = true; more;) {
        more = query.next();
        if (more) {
            const QVariant body = query.value(0);
            bodies.append(body.typeId() == QMetaType::QByteArray ? body.toByteArray()
                                                                 : body.toString().toUtf8());
        }
        if (bodies.size() == BatchSize || (!more && !bodies.isEmpty())) {
            if (auto decoded = decodeInParallel(bodies, cases); !decoded)
                return std::unexpected(decoded.error());
            bodies.clear();
        }
    }
    if (query.lastError().isValid())
        return sqlError(query);
    return cases;
}

} // namespace Kezek
