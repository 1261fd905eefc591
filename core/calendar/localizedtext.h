#pragma once

#include <QJsonValue>
#include <QString>

namespace Kezek {

// A text that the data carries in the three working languages of Kezek.
struct LocalizedText
{
    QString kk;
    QString ru;
    QString en;

    // The text in a language code ("kk", "ru", "en"); English when that one is empty.
    QString in(QStringView language) const;

    // {"kk": "...", "ru": "...", "en": "..."}; a plain string is taken for all three.
    static LocalizedText fromJson(const QJsonValue &value);
    bool isComplete() const { return !kk.isEmpty() && !ru.isEmpty() && !en.isEmpty(); }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace Kezek
