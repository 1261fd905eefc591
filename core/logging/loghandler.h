#pragma once

#include "core/logging/logfile.h"
#include "core/result/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Kezek::Logging {

// The last line of defence for the rule that a log holds no personal data:
// any run of exactly twelve digits (an IIN's shape) becomes "[iin]". A
// case's or command's UUID is left whole, even where its last part happens
// to be twelve digits, so that the case can still be found. The home
// folder (named after the person at the computer) in a path becomes "~".
QString redactPersonalData(const QString &text);

// One line as the file keeps it, its end included:
// "2026-12-08T09:15:02.113Z info kezek.sync [sync] the message", the time in
// UTC, the message redacted and on one line.
QByteArray formatLine(QtMsgType type,
                      const char *category,
                      const QString &message,
                      const QDateTime &utc,
                      const QString &thread);

// Qt's messages written to a rotating file in `folder` (LogFile), and passed
// on, redacted, to the handler that was there before (stderr); the handler
// before comes back with uninstall(). One log at a time in a program.
Result<void> install(const QString &folder, LogFile::Limits limits = {});
void uninstall();
// The installed log's folder and its files, the oldest first; empty when
// none is installed.
QString folder();
QStringList files();
// Their lines whole (LogFile::snapshot).
QByteArray snapshot();

} // namespace Kezek::Logging
