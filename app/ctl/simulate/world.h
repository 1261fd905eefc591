#pragma once

#include "app/ctl/apiclient.h"
#include "app/ctl/simulate/casefeed.h"

#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>

#include <map>
#include <memory>

namespace Kezek::Ctl {

// The outside world's answers: each integration signs in with its own
// credential and says what it would say of a case that has waited long enough.
class World
{
public:
    World(const QUrl &server, const QSslConfiguration &tls, quint32 seed);

    Result<void> signIn(const QString &secret);

    // One round: each system pulls what changed of the cases its job waits
    // on (all it may read) and answers what has waited `delay` seconds.
    Result<QMap<QString, int>> round(int delaySeconds);

private:
    static QJsonObject message(const Case &c, const QString &type, const QJsonObject &payload);

    void recordChecks(const Case &c, CheckPhase phase, QHash<QString, QJsonArray> &messages);

    void answer(const Case &c, QHash<QString, QJsonArray> &messages);

    QRandomGenerator m_random;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    std::map<QString, CaseFeed> m_feeds; // each system's own view of the cases
};

} // namespace Kezek::Ctl
