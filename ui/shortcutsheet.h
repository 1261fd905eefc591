#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Kezek {

// Help ▸ Keyboard (F1): every key of a window in two columns, what it does
// and the keys, read from the window's own actions and shortcuts when the
// sheet opens (so it never says a key that is no longer there), with a line
// that filters both columns as the officer types.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutSheet(QWidget *window, QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The rows the filter leaves, as "what — keys".
    QStringList shownRows() const;

private:
    void fill(QWidget *window);
    void addRow(const QString &what, const QString &keys);

    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_shown = nullptr;
};

} // namespace Kezek
