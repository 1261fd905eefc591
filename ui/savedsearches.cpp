#include "ui/savedsearches.h"

#include "db/client/clientstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kezek {

QList<SavedSearch> readSavedSearches(ClientStore &store)
{
    QList<SavedSearch> saved;
    const auto json = store.setting(QStringLiteral("saved-searches"));
    for (const QJsonValue &value :
         QJsonDocument::fromJson(json.value_or(QString()).toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        saved.append({object.value(u"name").toString(),
                      object.value(u"queue").toString(),
                      object.value(u"text").toString()});
    }
    return saved;
}

Result<void> keepSavedSearches(ClientStore &store, const QList<SavedSearch> &saved)
{
    QJsonArray array;
    for (const SavedSearch &search : saved) {
        array.append(QJsonObject{{QStringLiteral("name"), search.name},
                                 {QStringLiteral("queue"), search.queue},
                                 {QStringLiteral("text"), search.text}});
    }
    return store.setSetting(QStringLiteral("saved-searches"),
                            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace Kezek
