#include "ui/shortcutsheet.h"

#include "ui/standardbuttons.h"
#include "ui/tablekeys.h"
#include "ui/uitr.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Kezek {

namespace {

// A menu's words as a sentence: no mnemonic's '&', no "…".
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &sequence : sequences) {
        if (!sequence.isEmpty())
            keys.append(sequence.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutSheet::ShortcutSheet(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(UiTr::tr("Keyboard shortcuts"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(UiTr::tr("Type a word or a key to find it"));
    auto *filterLabel = new QLabel(UiTr::tr("&Find:"));
    filterLabel->setBuddy(m_filter);
    m_filter->setAccessibleName(UiTr::tr("Find a shortcut"));

    m_model = new QStandardItemModel(0, 2, this);
    m_model->setHorizontalHeaderLabels({UiTr::tr("Action"), UiTr::tr("Keys")});
    fill(window);
    m_shown = new QSortFilterProxyModel(this);
    m_shown->setSourceModel(m_model);
    m_shown->setFilterKeyColumn(-1); // both columns
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shown->setSortLocaleAware(true);
    m_shown->sort(0);
    connect(
        m_filter, &QLineEdit::textChanged, m_shown, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("shortcuts"));
    m_table->setModel(m_shown);
    m_table->setAccessibleName(UiTr::tr("Keyboard shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    makeRowWise(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    // Down from the filter goes into the rows it left.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_shown->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });

    auto *buttons = new QDialogButtonBox;
    QPushButton *close = addCloseButton(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter away from the filter closes the sheet (the filter's own Enter
    // goes to the rows).
    close->setDefault(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
    m_filter->setFocus();
}

void ShortcutSheet::fill(QWidget *window)
{
    QStringList seen; // the same key and words once (a menu's action and its button)
    const auto add = [&](const QString &what, const QString &keys) {
        const QString row = what + u'\t' + keys;
        if (what.isEmpty() || keys.isEmpty() || seen.contains(row))
            return;
        seen.append(row);
        addRow(what, keys);
    };
    for (const QAction *action : window->findChildren<QAction *>())
        add(plain(action->text()), keysOf(action->shortcuts()));
    // Shortcuts that are not in a menu say what they do in their "What's this".
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>())
        add(plain(shortcut->whatsThis()), keysOf(shortcut->keys()));
    // Keys whose actions change with the case or are the table's own.
    add(UiTr::tr("The open case's actions, in the order shown"), UiTr::tr("Alt+1…9"));
    add(UiTr::tr("Open the chosen case"),
        QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText));
}

void ShortcutSheet::addRow(const QString &what, const QString &keys)
{
    auto *whatItem = new QStandardItem(what);
    auto *keysItem = new QStandardItem(keys);
    whatItem->setEditable(false);
    keysItem->setEditable(false);
    m_model->appendRow({whatItem, keysItem});
}

QStringList ShortcutSheet::shownRows() const
{
    QStringList rows;
    for (int row = 0; row < m_shown->rowCount(); ++row) {
        rows.append(m_shown->index(row, 0).data().toString() + QStringLiteral(" — ")
                    + m_shown->index(row, 1).data().toString());
    }
    return rows;
}

} // namespace Kezek
