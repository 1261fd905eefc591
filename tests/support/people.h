#pragma once

#include "core/security/passwords.h"
#include "db/server/userstore.h"

#include <QDateTime>

#include <optional>

namespace Kezek::Testing {

// A user the API tests sign in as: a person of an office, or an outside
// system speaking for one integration.
struct Person
{
    const char *id;
    QString name;
    Role role;
    std::optional<City> city;
    const char *integration;
};

// Adds them all with one password (hashed cheaply: tests sign in often).
inline Result<void>
addPeople(UserStore &users, std::initializer_list<Person> people, const QString &password)
{
    auto hash = hashPassword(password, ScryptCost{10, 8, 1});
    if (!hash)
        return std::unexpected(hash.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Person &person : people) {
        if (auto added = users.addUser({QString::fromLatin1(person.id),
                                        person.name,
                                        person.role,
                                        person.city,
                                        *hash,
                                        0,
                                        {},
                                        QString::fromLatin1(person.integration),
                                        {},
                                        {},
                                        false},
                                       now);
            !added)
            return added;
    }
    return {};
}

} // namespace Kezek::Testing
