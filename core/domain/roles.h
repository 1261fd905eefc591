#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Kezek {

enum class Role {
    MigrationOfficer, // of one city's Migration Service Department
    CscOperator,      // of one Public Service Center
    MinistryReviewer, // MDDIAI staff (petitions, order p.3)
    Supervisor,       // sees a city's cases and reassigns them
    Administrator,    // users, roles and offices; no case work
    System,           // integrations (eGov intake, Berkut, checks), and the server itself
};

// The two pilot cities (order p.1).
enum class City { Astana, Almaty };

QString roleId(Role role);
std::optional<Role> roleFromId(QStringView id);
QString roleTitle(Role role);
const QList<Role> &allRoles();

QString cityId(City city);
std::optional<City> cityFromId(QStringView id);
QString cityTitle(City city);

// Who acts: a role, and for office-bound roles the city of the office.
struct Actor
{
    Role role = Role::MigrationOfficer;
    std::optional<City> city;
    QString userId;
};

} // namespace Kezek
