#pragma once

#include <QString>

namespace Kezek::Testing {

// A new, empty database in the PostgreSQL cluster scripts/test.sh starts
// (KEZEK_TEST_POSTGRES_URL), named `prefix` and a random suffix; its URL, or
// an empty string when no cluster runs. Fails the test run when the cluster
// is there and refuses.
QString freshPostgresDatabase(const QString &prefix);

} // namespace Kezek::Testing
