#include "core/domain/roles.h"

#include "core/domain/domaintr.h"

namespace Kezek {

QString roleId(Role role)
{
    switch (role) {
    case Role::MigrationOfficer:
        return QStringLiteral("migration-officer");
    case Role::CscOperator:
        return QStringLiteral("csc-operator");
    case Role::MinistryReviewer:
        return QStringLiteral("ministry-reviewer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::System:
        return QStringLiteral("system");
    }
    return {};
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles = {Role::MigrationOfficer,
                                      Role::CscOperator,
                                      Role::MinistryReviewer,
                                      Role::Supervisor,
                                      Role::Administrator,
                                      Role::System};
    return roles;
}

std::optional<Role> roleFromId(QStringView id)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id)
            return role;
    }
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::MigrationOfficer:
        return DomainTr::tr("Migration officer");
    case Role::CscOperator:
        return DomainTr::tr("CSC operator");
    case Role::MinistryReviewer:
        return DomainTr::tr("Ministry reviewer");
    case Role::Supervisor:
        return DomainTr::tr("Supervisor");
    case Role::Administrator:
        return DomainTr::tr("Administrator");
    case Role::System:
        return DomainTr::tr("Integration");
    }
    return {};
}

QString cityId(City city)
{
    return city == City::Astana ? QStringLiteral("astana") : QStringLiteral("almaty");
}

std::optional<City> cityFromId(QStringView id)
{
    if (id == u"astana")
        return City::Astana;
    if (id == u"almaty")
        return City::Almaty;
    return std::nullopt;
}

QString cityTitle(City city)
{
    return city == City::Astana ? DomainTr::tr("Astana") : DomainTr::tr("Almaty");
}

} // namespace Kezek
