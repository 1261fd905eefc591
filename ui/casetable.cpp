#include "ui/casetable.h"

#include "ui/casetablemodel.h"
#include "ui/chipdelegate.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QHeaderView>
#include <QPainter>
#include <QTextDocument>

namespace Kezek {

CaseTable::CaseTable(CaseTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("cases"));
    setAccessibleName(UiTr::tr("Cases of the chosen queue"));
    setModel(m_model);
    makeRowWise(this);
    // Several rows with Shift or Ctrl: one decision on them all (issue 29, point 2).
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    sortByColumn(CaseTableModel::Received, Qt::DescendingOrder);
    auto *chips = new ChipDelegate(this);
    setItemDelegateForColumn(CaseTableModel::Deadline, chips);
    setItemDelegateForColumn(CaseTableModel::Stage, chips);
    sizeColumns();
    // The stage's width follows the rows shown and the columns beside it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseTable::fitStage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseTable::fitStage);
    connect(
        horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int oldSize) {
            // Its own resizing and the name's stretch follow from here;
            // the stage shown again (a queue of mixed stages) is fitted.
            if ((column != CaseTableModel::Stage && column != CaseTableModel::Applicant)
                || (column == CaseTableModel::Stage && oldSize == 0))
                fitStage();
        });
    // A column the model does not sort by (see CaseTableModel::sort): the
    // header keeps showing the order the rows are really in.
    connect(horizontalHeader(),
            &QHeaderView::sortIndicatorChanged,
            this,
            [this](int column, Qt::SortOrder order) {
                if (column != m_model->sortColumn())
                    horizontalHeader()->setSortIndicator(m_model->sortColumn(), order);
            });
}

void CaseTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    setAccessibleDescription(m_model->rowCount() == 0 ? text : QString());
    viewport()->update();
}

void CaseTable::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_model->rowCount() > 0 || m_emptyText.isEmpty())
        return;
    QPainter painter(viewport());
    QTextDocument text;
    text.setDefaultFont(font());
    text.setHtml(QStringLiteral("<div align=\"center\" style=\"color:%1\">%2</div>")
                     .arg(palette().color(QPalette::PlaceholderText).name(),
                          m_emptyText.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    const QRect area = viewport()->rect().adjusted(24, 0, -24, 0);
    text.setTextWidth(area.width());
    const int top = std::max(8, (area.height() - int(text.size().height())) / 2);
    painter.translate(area.left(), top);
    text.drawContents(&painter);
}

void CaseTable::sizeColumns()
{
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Applicant, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Stage, QHeaderView::Fixed);
    setAlternatingRowColors(true);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Number, QHeaderView::ResizeToContents);
    // Those columns fit the rows on screen, not every one of a search's 500
    // matches measured at each keystroke: each row measured reads its case.
    horizontalHeader()->setResizeContentsPrecision(0);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::Holder, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(CaseTableModel::CaseCity,
                                             QHeaderView::ResizeToContents);
    // The IIN, the passport and the day as wide as what they hold, not the
    // default width, so that the name has the rest (the header's title
    // with room for the sort arrow).
    const QFontMetrics metrics = fontMetrics();
    for (const auto &[column, sample] :
         {std::pair{CaseTableModel::Iin, QStringLiteral("000000000000")},
          std::pair{CaseTableModel::Passport, QStringLiteral("N00000000")},
          std::pair{CaseTableModel::Received, QStringLiteral("00.00.0000")}}) {
        horizontalHeader()->resizeSection(
            column,
            std::max(metrics.horizontalAdvance(sample) + 16,
                     horizontalHeader()->sectionSizeHint(column) + 12));
    }
    // The deadline as wide as a bold "12 wd" chip, so that the name keeps
    // its room on a laptop; a longer "over" elides, whole in its tooltip.
    QFont bold = font();
    bold.setBold(true);
    horizontalHeader()->resizeSection(
        CaseTableModel::Deadline,
        std::max(QFontMetrics(bold).horizontalAdvance(UiTr::tr("%n wd", nullptr, 12)) + 28,
                 horizontalHeader()->sectionSizeHint(CaseTableModel::Deadline)));
}

void CaseTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitStage();
}

int CaseTable::nameRoom() const
{
    return std::max(160, fontMetrics().averageCharWidth() * 24);
}

void CaseTable::fitStage()
{
    if (isColumnHidden(CaseTableModel::Stage))
        return;
    QHeaderView *header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column) {
        if (column != CaseTableModel::Applicant && column != CaseTableModel::Stage
            && !isColumnHidden(column))
            others += header->sectionSize(column);
    }
    const int whole = std::max(sizeHintForColumn(CaseTableModel::Stage),
                               header->sectionSizeHint(CaseTableModel::Stage));
    // The stage takes what the name leaves: its chips whole, else as much of
    // their titles as fits ("Decision…" still differs from "New…", where
    // both share a colour), else their colour alone (see ChipDelegate).
    const int colour = fontMetrics().height() + 16;
    const int left = viewport()->width() - others - nameRoom();
    header->resizeSection(CaseTableModel::Stage, std::max(colour, std::min(whole, left)));
}

} // namespace Kezek
