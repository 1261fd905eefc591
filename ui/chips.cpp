#include "ui/chips.h"

namespace Kezek {

ChipColours urgencyColours(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Warning:
        return {QColor(0xff, 0xc1, 0x07), QColor(0x3d, 0x2c, 0x00)};
    case Urgency::Breached:
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    case Urgency::Calm:
        break;
    }
    return {QColor(0xe8, 0xec, 0xef), QColor(0x2b, 0x33, 0x3b)};
}

ChipColours stageColours(CaseState state)
{
    using enum CaseState;
    const ChipColours working{QColor(0xdb, 0xea, 0xfe), QColor(0x0d, 0x3c, 0x8c)};
    const ChipColours waiting{QColor(0xed, 0xe4, 0xff), QColor(0x4a, 0x23, 0x8f)};
    const ChipColours granted{QColor(0xd7, 0xf5, 0xdd), QColor(0x14, 0x5a, 0x2a)};
    const ChipColours ended{QColor(0xfd, 0xe0, 0xe0), QColor(0x8e, 0x1b, 0x1b)};
    const ChipColours withdrawn{QColor(0xe8, 0xec, 0xef), QColor(0x3b, 0x43, 0x4b)};
    switch (state) {
    case Received:
    case Registered:
    case DecisionDue:
    case AtCsc:
    case FinalRegistered:
    case FinalVerification:
        return working;
    case ReturnedForRework:
    case WithNsc:
    case PreliminarilyApproved:
    case InCourier:
        return waiting;
    case Granted:
    case PermitIssued:
        return granted;
    case Deleted:
    case PreliminarilyRefused:
    case ApprovalAnnulled:
    case FinalRefused:
        return ended;
    case Withdrawn:
        return withdrawn;
    }
    return withdrawn;
}

QString chipStyleSheet(const ChipColours &colours)
{
    return QStringLiteral("background: %1; color: %2; border-radius: 9px; padding: 1px 9px")
        .arg(colours.fill.name(), colours.ink.name());
}

} // namespace Kezek
