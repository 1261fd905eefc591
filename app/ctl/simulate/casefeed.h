#pragma once

#include "app/ctl/apiclient.h"
#include "core/domain/case.h"

#include <QHash>

namespace Kezek::Ctl {

// The cases a user may see, kept up to date from the changes feed, with the
// time each entered its current state.
class CaseFeed
{
public:
    Result<void> pull(ApiClient &client);
    const QHash<QString, Case> &cases() const { return m_cases; }
    qint64 waited(const QString &id) const;

private:
    QHash<QString, Case> m_cases;
    QHash<QString, qint64> m_since; // when each case entered its current state
    qint64 m_cursor = 0;
};

} // namespace Kezek::Ctl
