#include "ui/tablekeys.h"

#include <QAbstractItemView>

namespace Kezek {

void makeRowWise(QAbstractItemView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
}

} // namespace Kezek
