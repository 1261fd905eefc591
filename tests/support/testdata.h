#pragma once

#include "calendar/businesscalendar.h"
#include "domain/reasoncatalog.h"

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

} // namespace Kezek::TestData
