#include "ui/deadlinetext.h"

#include "core/domain/displaydate.h"
#include "ui/uitr.h"

#include <QTimeZone>

namespace Kezek {

QString timeLeftText(const ClockStatus &status)
{
    const int left = status.left;
    if (left < 0) {
        switch (status.leftUnit) {
        case PeriodUnit::WorkingDays:
            return UiTr::tr("%n wd over", nullptr, -left);
        case PeriodUnit::CalendarDays:
            return UiTr::tr("%n d over", nullptr, -left);
        case PeriodUnit::Years:
            return UiTr::tr("%n y over", nullptr, -left);
        }
    }
    switch (status.leftUnit) {
    case PeriodUnit::WorkingDays:
        return UiTr::tr("%n wd", nullptr, left);
    case PeriodUnit::CalendarDays:
        return UiTr::tr("%n d", nullptr, left);
    case PeriodUnit::Years:
        return UiTr::tr("%n y", nullptr, left);
    }
    return {};
}

Urgency urgencyOf(const ClockStatus &status)
{
    if (status.state == ClockState::Breached || status.left < 0)
        return Urgency::Breached;
    return status.warning ? Urgency::Warning : Urgency::Calm;
}

QString formatDate(QDate date)
{
    return displayDate(date);
}

QString formatDateTime(const QDateTime &moment)
{
    return moment.isValid()
               ? moment.toTimeZone(QTimeZone(5 * 3600)).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
               : QString();
}

} // namespace Kezek
