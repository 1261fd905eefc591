#pragma once

#include <QDate>
#include <QString>

namespace Kezek {

// A date as people read it in every language of the system: dd.MM.yyyy
// (07.12.2026), in messages, letters and on screen; ISO 8601 stays for data.
QString displayDate(QDate date);

} // namespace Kezek
