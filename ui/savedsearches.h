#pragma once

#include "core/result/result.h"

#include <QList>
#include <QString>

namespace Kezek {

class ClientStore;

// A queue and a search kept under a name, per officer, in the cache.
struct SavedSearch
{
    QString name;
    QString queue;
    QString text;
};

QList<SavedSearch> readSavedSearches(ClientStore &store);
// In the encrypted cache: a search may hold an applicant's name.
Result<void> keepSavedSearches(ClientStore &store, const QList<SavedSearch> &saved);

} // namespace Kezek
