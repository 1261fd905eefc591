#include "ui/filefolders.h"

#include "ui/workstationconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <array>

namespace Kezek::FileFolders {

namespace {

constexpr std::size_t KindCount = 3;

struct Folders
{
    std::array<QString, KindCount> configured;
    std::array<QString, KindCount> lastUsed;
};

Folders &folders()
{
    static Folders state;
    return state;
}

std::size_t index(Kind kind)
{
    return static_cast<std::size_t>(kind);
}

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

void configure(const WorkstationConfig &config)
{
    Folders &state = folders();
    state.configured = {config.scansFolder, config.documentsFolder, config.keysFolder};
    state.lastUsed = {};
}

QString startFolder(Kind kind)
{
    const Folders &state = folders();
    for (const QString &folder : {state.lastUsed[index(kind)], state.configured[index(kind)]}) {
        if (isFolder(folder))
            return QDir(folder).absolutePath();
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return isFolder(documents) ? documents : QDir::homePath();
}

QString startPath(Kind kind, const QString &fileName)
{
    return QDir(startFolder(kind)).filePath(fileName);
}

void remember(Kind kind, const QString &chosenFile)
{
    if (!chosenFile.isEmpty())
        folders().lastUsed[index(kind)] = QFileInfo(chosenFile).absolutePath();
}

} // namespace Kezek::FileFolders
