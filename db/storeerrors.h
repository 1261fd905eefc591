#pragma once

#include <QLatin1StringView>

// The codes of the stores' errors that callers act on: retry, answer 409,
// or tell a person the password was wrong. Named once for both stores.
namespace Kezek::StoreErrors {

inline constexpr QLatin1StringView Busy{"store.busy"};
inline constexpr QLatin1StringView Unavailable{"store.unavailable"};
inline constexpr QLatin1StringView CaseExists{"store.case-exists"};
inline constexpr QLatin1StringView OfficeExists{"store.office-exists"};
inline constexpr QLatin1StringView UserExists{"store.user-exists"};
inline constexpr QLatin1StringView Password{"store.password"};
// Every store error starts so: the database's, not the request's.
inline constexpr QLatin1StringView Prefix{"store."};

} // namespace Kezek::StoreErrors
