// The log for IT from the Help menu (issue 32, point 1): the files the
// workstation's log keeps (core/logging), saved as one text file for the
// officer to send, and their folder opened.
#include "core/logging/loghandler.h"
#include "ui/filefolders.h"
#include "ui/mainwindow.h"
#include "ui/toast.h"
#include "ui/uilog.h"
#include "ui/uitr.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStatusBar>
#include <QUrl>

namespace Kezek {

void MainWindow::addLogActions(QMenu *help)
{
    help->addSeparator();
    const bool kept = !Logging::folder().isEmpty();
    QAction *send
        = help->addAction(UiTr::tr("Send the &log to IT…"), this, [this] { sendLogToIt(); });
    send->setObjectName(QStringLiteral("sendLog"));
    send->setEnabled(kept);
    QAction *folder
        = help->addAction(UiTr::tr("Open the log &folder"), this, [this] { openLogFolder(); });
    folder->setObjectName(QStringLiteral("openLogFolder"));
    folder->setEnabled(kept);
}

Result<void> MainWindow::saveLog(const QString &path) const
{
    const QStringList files = Logging::files();
    if (files.isEmpty()) {
        return fail(QStringLiteral("log.none"),
                    UiTr::tr("This workstation keeps no log, so there is nothing to send."));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("log.save"),
                    UiTr::tr("The log could not be saved to \"%1\": %2")
                        .arg(QDir::toNativeSeparators(path), out.errorString()));
    }
    // One file, the oldest lines first; each part says which file it was.
    out.write(QStringLiteral("Kezek %1, log saved %2 (UTC)\n")
                  .arg(QCoreApplication::applicationVersion(),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                  .toUtf8());
    out.write(Logging::snapshot());
    if (!out.commit()) {
        return fail(QStringLiteral("log.save"),
                    UiTr::tr("The log could not be saved to \"%1\": %2")
                        .arg(QDir::toNativeSeparators(path), out.errorString()));
    }
    return {};
}

void MainWindow::sendLogToIt()
{
    if (m_locked)
        return;
    const QString proposed = FileFolders::startPath(
        FileFolders::Kind::Documents,
        UiTr::tr("kezek-log-%1.txt")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(
        this, UiTr::tr("Save the log for IT"), proposed, UiTr::tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(FileFolders::Kind::Documents, path);
    if (auto saved = saveLog(path); !saved) {
        statusBar()->showMessage(saved.error().message, 30000);
        return;
    }
    qCInfo(lcUi) << "the log was saved for IT";
    // Where it went, in the status bar long enough to find it again.
    const QString said = UiTr::tr("The log was saved to %1. Send this file to your IT department.")
                             .arg(QDir::toNativeSeparators(path));
    m_toast->post(said);
    statusBar()->showMessage(said, 60000);
}

void MainWindow::openLogFolder()
{
    const QString folder = Logging::folder();
    if (m_locked || folder.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        statusBar()->showMessage(UiTr::tr("No file manager opened; the log is in %1.")
                                     .arg(QDir::toNativeSeparators(folder)),
                                 60000);
    }
}

} // namespace Kezek
