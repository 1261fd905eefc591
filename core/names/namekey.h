#pragma once

#include <QString>
#include <QStringList>

namespace Kezek {

// The key a word of a name is found by: the same for every way the word is
// written, in Cyrillic, in Kazakh Cyrillic or Latin (the 2021 alphabet), in
// the passport's MRZ Latin or in a German or English spelling ("Мюллер",
// "Müller", "Mueller" and "MUELLER" all give "muler"; "Әлиев", "Алиев",
// "Aliyev" and "Äliev" give "aliev"). Lowercase ASCII letters and digits
// only; empty for a word without any. A key is for finding, never shown.
QString nameKey(QStringView word);

// The keys of a name's words (split at spaces and hyphens), each once, in the
// order the words come; words without letters or digits give none.
QStringList nameKeys(QStringView name);

} // namespace Kezek
