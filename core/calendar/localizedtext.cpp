#include "core/calendar/localizedtext.h"

#include <QJsonObject>

namespace Kezek {

QString LocalizedText::in(QStringView language) const
{
    const QString &text = language == u"kk" ? kk : language == u"ru" ? ru : en;
    return text.isEmpty() ? en : text;
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        return {text, text, text};
    }
    const QJsonObject object = value.toObject();
    return {object.value(u"kk").toString(),
            object.value(u"ru").toString(),
            object.value(u"en").toString()};
}

} // namespace Kezek
