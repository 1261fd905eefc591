#pragma once

class QAbstractItemView;

namespace Kezek {

// A table of records as the keyboard walks it: a row is one thing (a case,
// a document, a command), so the arrows move from row to row, a whole row is
// chosen, and Tab leaves the table for the next control instead of stepping
// through the cells of the row.
void makeRowWise(QAbstractItemView *table);

} // namespace Kezek
