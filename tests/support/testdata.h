#pragma once

#include "core/calendar/businesscalendar.h"
#include "core/domain/reasoncatalog.h"

#include <QByteArray>
#include <QString>

namespace Kezek::TestData {

// The calendar and reason catalog as shipped in resources/, read once.
const BusinessCalendar &calendar();
const ReasonCatalog &reasons();

// A file under tests/fixtures/.
QByteArray fixture(const QString &relativePath);
// A file under the source tree.
QByteArray sourceFile(const QString &relativePath);

// The shipped calendar as a site would update it when the decree for 2027
// is out: 2027 confirmed, with Kurban Ait on Monday 17 May a day off.
QByteArray siteCalendar2027();

} // namespace Kezek::TestData
