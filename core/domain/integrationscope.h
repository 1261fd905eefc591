#pragma once

#include "core/domain/case.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kezek {

// What each outside system may do and read, beside the command permissions
// of workflow.h: least privilege, so that a leaked credential of one system
// reveals only what that system's job needs. People's roles are in roles.h.
struct IntegrationScope
{
    QString id; // the credential's integration: egov, kqp, nsc, checks, courier, migration
    // The cases it reads in the changes feed: those in these states only.
    QList<CaseState> reads;
    // What of a case it reads, beyond its id, number, city, state and version.
    bool identity = false; // the applicant's name, IIN, passport, nationality, birth date, sex
    bool checks = false;   // the record checks already answered
    bool arrival = false;  // the border crossing and fingerprinting dates (§19-20)
    bool courier = false;  // the courier tracking number and the courier's own reports
    bool readsScans = false;
    // The command types it may send for its cases (commandkinds.h says which).
    QStringList commands;
};

// The integration's scope, or null for a name no system has.
const IntegrationScope *integrationScope(QStringView id);
const QList<IntegrationScope> &integrationScopes();

// The case as the integration may read it: what its scope names, every
// other field empty, in the shape of a case (the same codec reads it).
Case caseForIntegration(const Case &c, const IntegrationScope &scope);

} // namespace Kezek
