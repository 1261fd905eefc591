#include "core/domain/displaydate.h"

namespace Kezek {

QString displayDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace Kezek
