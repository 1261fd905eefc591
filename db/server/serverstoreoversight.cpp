#include "db/server/serverstore.h"
#include "db/server/storeerror.h"

#include "core/domain/casecodec.h"

#include <QSqlQuery>

namespace Kezek {

namespace {

// Cases decoded at a time: the bodies of a batch are held as bytes until it
// is decoded, never the whole table's.
constexpr qsizetype BatchSize = 4096;

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
            if (auto decoded = casesForOversightFromJson(bodies, cases); !decoded)
                return std::unexpected(decoded.error());
            bodies.clear();
        }
    }
    if (query.lastError().isValid())
        return sqlError(query);
    return cases;
}

} // namespace Kezek
