#pragma once

#include <QLatin1StringView>

// The codes of the sync's own errors, which the windows and kezekctl act on
// (the message beside each is for the person). Named once, so that a caller
// cannot test for a code nobody makes.
namespace Kezek::SyncErrors {

inline constexpr QLatin1StringView Offline{"sync.offline"};
inline constexpr QLatin1StringView Malformed{"sync.malformed"};
inline constexpr QLatin1StringView Cancelled{"sync.cancelled"};
inline constexpr QLatin1StringView PinMismatch{"sync.pin-mismatch"};
inline constexpr QLatin1StringView Outdated{"sync.outdated"};
inline constexpr QLatin1StringView PasswordNeeded{"sync.password-needed"};
inline constexpr QLatin1StringView Internal{"sync.internal"}; // the sync itself broke down

} // namespace Kezek::SyncErrors
