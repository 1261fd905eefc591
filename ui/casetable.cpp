#include "ui/casetable.h"

#include "ui/casetablemodel.h"
#include "ui/deadlinedelegate.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QHeaderView>

namespace Kezek {

CaseTable::CaseTable(CaseTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("cases"));
    setAccessibleName(UiTr::tr("Cases of the chosen queue"));
    setModel(m_model);
    makeRowWise(this);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    sortByColumn(CaseTableModel::Received, Qt::DescendingOrder);
    setItemDelegateForColumn(CaseTableModel::Deadline, new DeadlineDelegate(this));
    sizeColumns();
    // A queue does not sort by its holders (see CaseTableModel::sort): the
    // header keeps showing the order the rows are really in.
    connect(horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            this,
            [this](int column, Qt::SortOrder order) {
                if (column != m_model->sortColumn())
                    horizontalHeader()->setSortIndicator(m_model->sortColumn(), order);
            });
}

void CaseTable::sizeColumns()
{
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Applicant, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Stage, QHeaderView::ResizeToContents);
    setAlternatingRowColors(true);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Number, QHeaderView::ResizeToContents);
    // Those two columns fit the rows on screen and a few more, not every one
    // of a search's 500 matches measured at each keystroke.
    horizontalHeader()->setResizeContentsPrecision(40);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Holder, QHeaderView::ResizeToContents);
}

} // namespace Kezek
