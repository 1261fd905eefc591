#include "app/ctl/simulate/casefeed.h"

#include "core/domain/casecodec.h"
#include "core/protocol/api.h"

#include <QDateTime>
#include <QJsonArray>

namespace Kezek::Ctl {

Result<void> CaseFeed::pull(ApiClient &client)
{
    for (bool more = true; more;) {
        const ApiClient::Reply page = client.get(Api::changesPath(m_cursor, 2000));
        if (page.status != 200) {
            return fail(QStringLiteral("ctl.simulate"),
                        page.status == 0 ? page.error : page.json.value(u"message").toString());
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const auto &value : page.json.value(u"cases").toArray()) {
            auto decoded = caseFromJson(value.toObject());
            if (!decoded)
                return std::unexpected(decoded.error());
            const auto known = m_cases.constFind(decoded->id);
            if (known == m_cases.cend() || known->state != decoded->state)
                m_since.insert(decoded->id, now);
            m_cases.insert(decoded->id, *decoded);
        }
        m_cursor = page.json.value(u"next").toInteger();
        more = page.json.value(u"more").toBool();
    }
    return {};
}

qint64 CaseFeed::waited(const QString &id) const
{
    return QDateTime::currentSecsSinceEpoch() - m_since.value(id);
}

} // namespace Kezek::Ctl
