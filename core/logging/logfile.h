#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace Kezek {

// A log file that rotates by size: `kezek.log` is written, and when the next
// line would take it past the limit it becomes `kezek.log.1` (the one before
// becomes `.2`, and so on), the oldest beyond the files kept is removed. Safe
// to write from any thread; each line reaches the operating system as it is
// written, so a crash loses nothing written before it.
class LogFile
{
public:
    struct Limits
    {
        qint64 maxBytes = 1024 * 1024; // a file's most, before it rotates
        int keptFiles = 5;             // the one written and those rotated
    };

    explicit LogFile(QString folder, Limits limits, QString baseName = QStringLiteral("kezek.log"));
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Makes the folder and opens the file to append to it.
    Result<void> open();
    // One line, its end included.
    void write(QByteArrayView line);

    QString folder() const { return m_folder; }
    // The files there are, the oldest first and the one written last.
    QStringList files() const;
    // Every file's lines, the oldest first, each part headed by its file's
    // name: read whole while no line is written.
    QByteArray snapshot() const;

private:
    QString pathOf(int generation) const;
    void rotate(); // with m_mutex held

    const QString m_folder;
    const Limits m_limits;
    const QString m_baseName;
    mutable QMutex m_mutex;
    QFile m_file;
    qint64 m_size = 0;
};

} // namespace Kezek
