#pragma once

#include "app/ctl/console.h"

#include <QLatin1StringView>

#include <span>

namespace Kezek::Ctl {

// One command of kezekctl: what the user types, how the usage lists it, and
// what runs it. A command of two words ("admin add-user") is found before the
// one of its first word alone ("admin"), which then answers everything else
// of its kind (a usage error, or the command itself when it has no second
// word).
struct Command
{
    QLatin1StringView name;
    // The usage's left column ("check iin IIN"); nullptr: not in the usage.
    const char *synopsis = nullptr;
    // The usage's one line of help, translated (QT_TRANSLATE_NOOP).
    const char *help = nullptr;
    // A command that owns its options takes every argument after its name, as
    // given; the others take the positional arguments after their name, the
    // global options (--json, --calendar, --lang) taken out.
    bool ownOptions = false;
    int (*run)(const Invocation &invocation, Console &console) = nullptr;
};

// Every command, in the order the usage lists them.
std::span<const Command> commands();
// The command `words` name (the first one or two of them), or nullptr.
const Command *findCommand(const QStringList &words);
// kezekctl's usage: the global options and the commands listed.
QString overview();

int runDeadline(const Invocation &invocation, Console &console);
int runCheck(const Invocation &invocation, Console &console);
int runCheckIin(const Invocation &invocation, Console &console);
int runCheckMrz(const Invocation &invocation, Console &console);
int runCalendar(const Invocation &invocation, Console &console);
int runAdmin(const Invocation &invocation, Console &console);
int runAdminAddOffice(const Invocation &invocation, Console &console);
int runAdminAddUser(const Invocation &invocation, Console &console);
int runAdminList(const Invocation &invocation, Console &console);
int runAdminSetCertificate(const Invocation &invocation, Console &console);
int runAdminIssueCertificate(const Invocation &invocation, Console &console);
int runAdminDisableUser(const Invocation &invocation, Console &console);
int runAdminEnableUser(const Invocation &invocation, Console &console);
int runAdminRevokeSessions(const Invocation &invocation, Console &console);
int runAdminResetPassword(const Invocation &invocation, Console &console);
int runAdminPurge(const Invocation &invocation, Console &console);
int runAdminSeedHistory(const Invocation &invocation, Console &console);
int runAdminMigrate(const Invocation &invocation, Console &console);
int runExport(const Invocation &invocation, Console &console);
int runExportDecisions(const Invocation &invocation, Console &console);
int runSync(const Invocation &invocation, Console &console);
int runStatus(const Invocation &invocation, Console &console);
int runSimulate(const Invocation &invocation, Console &console);
int runSimulateAnswer(const Invocation &invocation, Console &console);
int runSimulateProgress(const Invocation &invocation, Console &console);
int runAudit(const Invocation &invocation, Console &console);
int runAuditVerify(const Invocation &invocation, Console &console);
int runAuditReads(const Invocation &invocation, Console &console);
int runAuditExtract(const Invocation &invocation, Console &console);
int runReport(const Invocation &invocation, Console &console);
// Whether the command these arguments name draws with widgets (the PDF
// report's charts), so that main makes a QApplication on the offscreen
// platform instead of a QCoreApplication.
bool drawsWithWidgets(const QStringList &arguments);

} // namespace Kezek::Ctl
