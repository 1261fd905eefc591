#pragma once

#include "core/calendar/localizedtext.h"
#include "core/domain/roles.h"
#include "core/result/result.h"

#include <QByteArray>
#include <QList>

namespace Kezek {

// An office by the id the server's users carry ("csc.astana.1"), and its name
// in the three languages: papers that leave the desk name an office the way a
// reader knows it, never by its id.
struct Office
{
    enum class Kind {
        Department, // a city's Migration Service Department
        Csc,        // a Public Service Center
    };

    QString id;
    Kind kind = Kind::Department;
    City city = City::Astana;
    LocalizedText name;
};

class OfficeDirectory
{
public:
    // {"format": 1, "offices": [{"id", "kind": "department"|"csc", "city",
    // "name": {"kk", "ru", "en"}}]}; every name in all three languages.
    static Result<OfficeDirectory> fromJson(const QByteArray &json);

    const QList<Office> &offices() const { return m_offices; }
    const Office *find(QStringView id) const;
    // The Migration Service Department of `city`, where the originals go (§21-22).
    const Office *department(City city) const;

private:
    QList<Office> m_offices;
};

} // namespace Kezek
