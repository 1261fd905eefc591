#pragma once

#include "app/ctl/apiclient.h"
#include "app/ctl/simulate/casefeed.h"
#include "core/security/signatures.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Kezek::Ctl {

// An officer at work on phase 1, as training data needs: verifies and
// registers what КҚП АЖ has numbered, sends checked cases to NSC, and decides,
// signing each decision with the officer's own key. Faulty filings go back
// for rework, with the documents at fault. The law is the domain library's:
// nothing is tried that it would refuse.
class OfficerAtWork
{
public:
    OfficerAtWork(const QUrl &server, const QSslConfiguration &tls, PemPair key, quint32 seed);

    Result<void> signIn(const QString &user, const QString &secret);

    int leftAlone() const { return m_leftAlone; }

    // One round: each case that waited `delay` seconds is taken up with
    // `percent` per cent chance, so that cases spread over the stages.
    Result<int> round(int delaySeconds, int percent, int most);

private:
    void add(QJsonArray &batch,
             const Case &c,
             int &version,
             const QString &type,
             const QJsonObject &payload);

    void act(const Case &c, QJsonArray &batch);

    ApiClient m_client;
    QString m_user;
    int m_leftAlone = 0; // in the last round: the cases another person holds
    PemPair m_key;
    QString m_failure; // why a command could not be signed
    QRandomGenerator m_random;
    CaseFeed m_feed;
};

} // namespace Kezek::Ctl
