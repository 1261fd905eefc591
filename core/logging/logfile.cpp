#include "core/logging/logfile.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <algorithm>

namespace Kezek {

LogFile::LogFile(QString folder, Limits limits, QString baseName)
    : m_folder(std::move(folder))
    , m_limits{std::max<qint64>(limits.maxBytes, 1), std::max(limits.keptFiles, 1)}
    , m_baseName(std::move(baseName))
{}

QString LogFile::pathOf(int generation) const
{
    const QString name
        = generation == 0 ? m_baseName : m_baseName + QStringLiteral(".%1").arg(generation);
    return QDir(m_folder).filePath(name);
}

Result<void> LogFile::open()
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_folder))
        return fail(QStringLiteral("log.folder"),
                    QStringLiteral("cannot make the log folder %1").arg(m_folder));
    m_file.setFileName(pathOf(0));
    // Unbuffered: every write goes straight to the operating system.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(
            QStringLiteral("log.file"),
            QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_size = m_file.size();
    return {};
}

void LogFile::write(QByteArrayView line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    // A line is never split between two files; one longer than the limit
    // has a file to itself.
    if (m_size > 0 && m_size + line.size() > m_limits.maxBytes)
        rotate();
    const qint64 written = m_file.write(line.data(), line.size());
    if (written > 0)
        m_size += written;
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(pathOf(m_limits.keptFiles - 1));
    bool moved = true;
    for (int generation = m_limits.keptFiles - 2; generation >= 0; --generation) {
        if (QFile::exists(pathOf(generation)))
            moved = QFile::rename(pathOf(generation), pathOf(generation + 1)) && moved;
    }
    // The file written is emptied only once it was moved aside: when it
    // could not be (another program holds it), it grows past the limit
    // rather than lose its lines.
    const bool rotated = moved && !QFile::exists(pathOf(0));
    m_file.setFileName(pathOf(0));
    (void)m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered
                      | (rotated ? QIODevice::Truncate : QIODevice::Append));
    m_size = rotated ? 0 : m_file.size();
}

QByteArray LogFile::snapshot() const
{
    // Read with the writers held: a rotation cannot move lines between the
    // files while they are read, so none is read twice or missed.
    QMutexLocker lock(&m_mutex);
    QByteArray all;
    for (const QString &name : files()) {
        QFile part(name);
        if (!part.open(QIODevice::ReadOnly))
            continue;
        all += "\n===== " + QFileInfo(name).fileName().toUtf8() + " =====\n";
        all += part.readAll();
    }
    return all;
}

QStringList LogFile::files() const
{
    QStringList found;
    for (int generation = m_limits.keptFiles - 1; generation >= 0; --generation) {
        if (QFileInfo::exists(pathOf(generation)))
            found.append(pathOf(generation));
    }
    return found;
}

} // namespace Kezek
