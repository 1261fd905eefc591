#include "app/ctl/commands/commands.h"

#include <array>

namespace Kezek::Ctl {

namespace {

using namespace Qt::StringLiterals;

const std::array table{
    Command{"deadline"_L1,
            "deadline CLOCK START_DATE",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "the due date of a clock started on a date"),
            false,
            runDeadline},
    Command{"check iin"_L1,
            "check iin IIN",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "decode and verify an IIN"),
            false,
            runCheckIin},
    Command{"check mrz"_L1,
            "check mrz LINE1 LINE2",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "parse and verify a passport MRZ"),
            false,
            runCheckMrz},
    Command{"check"_L1, nullptr, nullptr, false, runCheck},
    Command{"calendar"_L1,
            "calendar YEAR",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "the year's days off and their causes"),
            false,
            runCalendar},
    Command{"admin add-user"_L1,
            "admin add-user ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "add a user to a server's database"),
            true,
            runAdminAddUser},
    Command{"admin set-certificate"_L1,
            "admin set-certificate ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "register a user's signing certificate"),
            true,
            runAdminSetCertificate},
    Command{"admin issue-certificate"_L1,
            "admin issue-certificate ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "issue a demo signing key (PKCS#12)"),
            true,
            runAdminIssueCertificate},
    Command{"admin add-office"_L1, nullptr, nullptr, true, runAdminAddOffice},
    Command{"admin list"_L1, nullptr, nullptr, true, runAdminList},
    Command{"admin disable-user"_L1, nullptr, nullptr, true, runAdminDisableUser},
    Command{"admin enable-user"_L1, nullptr, nullptr, true, runAdminEnableUser},
    Command{"admin revoke-sessions"_L1, nullptr, nullptr, true, runAdminRevokeSessions},
    Command{"admin reset-password"_L1, nullptr, nullptr, true, runAdminResetPassword},
    Command{"admin purge"_L1, nullptr, nullptr, true, runAdminPurge},
    Command{"admin seed-history"_L1, nullptr, nullptr, true, runAdminSeedHistory},
    Command{"admin migrate"_L1,
            "admin migrate ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "move a site's database from SQLite to PostgreSQL"),
            true,
            runAdminMigrate},
    Command{"admin"_L1, nullptr, nullptr, true, runAdmin},
    Command{"export decisions"_L1,
            "export decisions ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "a case's signed decisions, for openssl cms"),
            true,
            runExportDecisions},
    Command{"export"_L1, nullptr, nullptr, true, runExport},
    Command{"sync"_L1,
            "sync ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "sync a workstation cache with a server"),
            true,
            runSync},
    Command{"status"_L1,
            "status --cache FILE",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "a cache's cursor, cases and outbox"),
            true,
            runStatus},
    Command{"simulate answer"_L1, nullptr, nullptr, true, runSimulateAnswer},
    Command{"simulate progress"_L1, nullptr, nullptr, true, runSimulateProgress},
    Command{"simulate"_L1,
            "simulate ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "file believable applications on a server"),
            true,
            runSimulate},
    Command{"audit verify"_L1,
            "audit verify --database URL",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "check the audit log's hash chain"),
            true,
            runAuditVerify},
    Command{"audit reads"_L1, nullptr, nullptr, true, runAuditReads},
    Command{"audit extract"_L1,
            "audit extract ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "an inspector's audit extract of a case or a period"),
            true,
            runAuditExtract},
    Command{"audit"_L1, nullptr, nullptr, true, runAudit},
    Command{"report"_L1,
            "report ...",
            QT_TRANSLATE_NOOP("Kezek::Ctl", "the pilot report as PDF, CSV or XLSX"),
            true,
            runReport},
};

} // namespace

std::span<const Command> commands()
{
    return table;
}

const Command *findCommand(const QStringList &words)
{
    if (words.isEmpty())
        return nullptr;
    const QString two = words.size() > 1 ? words.at(0) + u' ' + words.at(1) : QString();
    for (const Command &command : table) {
        if (command.name == two)
            return &command;
    }
    for (const Command &command : table) {
        if (command.name == words.at(0))
            return &command;
    }
    return nullptr;
}

bool drawsWithWidgets(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" || arguments.at(i) == u"--calendar")
            ++i; // and its value
        else if (!arguments.at(i).startsWith(u"--"))
            return arguments.at(i) == u"report"
                   || (arguments.at(i) == u"audit" && arguments.value(i + 1) == u"extract");
    }
    return false;
}

QString overview()
{
    QString text = Tr::tr("kezekctl [--json] [--calendar FILE] [--lang kk|ru|en] COMMAND ...\n"
                          "commands:");
    for (const Command &command : table) {
        if (command.synopsis == nullptr)
            continue;
        text += u"\n  "_s + QString::fromLatin1(command.synopsis).leftJustified(27) + u' '
                + Tr::tr(command.help);
    }
    return text;
}

} // namespace Kezek::Ctl
