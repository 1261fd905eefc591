#pragma once

#include <QTableView>

namespace Kezek {

class CaseTableModel;

// The cases of the chosen queue, a row each: whole rows chosen (several
// with Shift or Ctrl, for one decision on them all), the deadline drawn by its delegate, the
// columns sized for the rows on screen, and a header that shows the order the rows are really in.
class CaseTable : public QTableView
{
public:
    explicit CaseTable(CaseTableModel *model, QWidget *parent = nullptr);

    // What an empty list says instead of a bare grid: what is not here, and
    // what to do.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // The name's least width: where the stage's chips would leave it less,
    // they shrink to part of their titles, at the least to their colour (the
    // title whole in their tooltip and accessible text), as on a laptop at
    // 125 % in a list of mixed stages.
    int nameRoom() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void sizeColumns();
    void fitStage();

    CaseTableModel *m_model;
    QString m_emptyText;
};

} // namespace Kezek
