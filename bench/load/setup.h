#pragma once

#include "bench/load/workstation.h"
#include "core/result/result.h"

#include <QStringList>

#include <vector>

namespace Kezek::Load {

// The people and cases of a load test, made in the server's database the way
// an import brings them (as bench_server does): `casesPerCity` received cases
// in each city, and one migration officer per workstation, every other one in
// Astana and the rest in Almaty, all with one password.
Result<void> seed(const QString &databaseUrl, int workstations, int casesPerCity);

// Who each workstation is, where it connects from (127.1.x.y) and the cases
// it alone acts on (its city's, dealt out among the city's workstations),
// read back from the database; `latest` is the feed's newest revision.
struct LoadPlan
{
    std::vector<WorkstationPlan> workstations;
    qint64 latest = 0;
};
Result<LoadPlan> planFromDatabase(const QString &databaseUrl, int workstations);

// Every command pushed was applied exactly once: each has its one row in the
// commands table, answered "applied"; no other command of these users is
// there; and each case's version rose by exactly the commands applied on it.
// What is wrong, in words; empty when all is right.
QStringList checkAppliedOnce(const QString &databaseUrl,
                             const LoadPlan &plan,
                             const std::vector<PushedCommand> &pushed);

// `kezekctl audit verify`: empty when the chain verifies, else its words.
QString verifyAudit(const QString &ctl, const QString &databaseUrl, const QString &auditKey);

inline const QString LoadPassword = QStringLiteral("load test password 2026");

} // namespace Kezek::Load
