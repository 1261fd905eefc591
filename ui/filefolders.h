#pragma once

#include <QString>

namespace Kezek {

struct WorkstationConfig;

// Where a file dialog opens: the folder the person last used for that kind of
// file in this session, else the site's folder for it (WorkstationConfig),
// else their Documents folder; never the program's working folder, which on a
// desk is wherever it was started from.
namespace FileFolders {

enum class Kind {
    Scans,     // the desk scanner's output
    Documents, // saved letters and transfer lists
    Keys,      // signing keys
};

// The site's folders; forgets the folders used before.
void configure(const WorkstationConfig &config);
QString startFolder(Kind kind);
// `fileName` in the start folder: a save dialog's proposal.
QString startPath(Kind kind, const QString &fileName);
// The folder of `chosenFile` is where the next dialog of `kind` opens.
void remember(Kind kind, const QString &chosenFile);

} // namespace FileFolders

} // namespace Kezek
