#pragma once

#include "sync/casedesk.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>

namespace Kezek {

// The cases of one queue, read from the cache a page at a time (fetchMore),
// ordered by the cache's indexes, so that 100,000 cases scroll as smoothly as
// forty. A search replaces the queue with its matches inside the queue.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Applicant,
        Iin,
        Passport,
        Stage,
        Received,
        Deadline,
        Holder,
        CaseCity, // the case's city: for those who see more than one (the ministry)
        ColumnCount
    };
    enum DataRole {
        CaseIdRole = Qt::UserRole + 1,
        UrgencyRole,
        HitRole,     // true when a record check's latest answer on the case is a hit
        WaitingRole, // how many of this workstation's steps on the case wait to be sent
    };

    explicit CaseTableModel(CaseDesk &desk, QObject *parent = nullptr);

    // The cases in `states`; with `attentionOn`, only those whose duty
    // deadline needs attention that day (its chip amber or red), the
    // soonest due first.
    void setStates(const QList<CaseState> &states, std::optional<QDate> attentionOn = {});
    void setSearch(const QString &text);
    // One city's cases alone (its id), or every city's the person sees ("").
    void setCity(const QString &cityId);
    QString city() const { return m_city; }
    // Exactly these cases, whatever their stage (a figure of the dashboard
    // clicked through), until a queue or a search is chosen, or the list is
    // set empty.
    void setCaseIds(const QStringList &caseIds);
    bool showsCaseIds() const { return m_pinned.has_value(); }
    QString search() const { return m_search; }
    int sortColumn() const { return m_sortColumn; }
    // Reads the queue again (after a sync or a command), keeping the order.
    void reload();
    // Deadlines move with the day: repaint them without reading the cases.
    void refreshDeadlines();
    QString caseIdAt(int row) const;
    int rowOf(const QString &caseId) const;
    // Whether a step of this workstation's, not yet sent, took the row's
    // case out of this queue's stages.
    bool leftItsQueue(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int PageSize = 200;
    // The page after `after` (the last row read), or the first.
    QList<CaseRow> readPage(const CaseRow *after);
    void readRows();
    // A search's or a figure's rows of the chosen city alone.
    void keepCityRows();
    QString holderName(const ClaimRow &claim) const;
    void sortFound();
    // What a row shows that the queue's index columns do not hold: read from
    // the case itself, for the rows on screen only, a batch of rows at once
    // and kept with them until the cases change.
    struct Details
    {
        QString name; // as written, where the index keeps it lowercased
        std::optional<DeadlineBadge> deadline;
        std::optional<QDate> dutyDue; // the officer's own first deadline, what the column sorts by
        QStringList hits;             // the record checks whose latest answer is a hit
        QString holder;               // who holds a running claim on the case, by name
        QString holderId;             // their account
        QString city;                 // the case's city, as its title
        std::optional<CaseState> state; // as this workstation's waiting steps leave it
        int waiting = 0;                // those steps, not yet accepted by the server
    };
    const Details &details(const CaseRow &row) const;
    // Reads the details of the rows from `first` on that are not kept yet
    // (a screen's worth), in one read of their cases, claims and steps.
    void readDetails(qsizetype first, qsizetype count = DetailsBatch) const;
    Details detailsOf(const CaseDesk::Glance *seen, const ClaimRow *claim) const;
    static constexpr qsizetype DetailsBatch = 32;
    QVariant deadlineData(const Details &shown, int role) const;
    QVariant stageData(const CaseRow &row, const Details &shown, int role) const;
    QVariant numberMarks(const CaseRow &row, const Details &shown, int role) const;
    QVariant holderData(const Details &shown, int role) const;

    CaseDesk &m_desk;
    QStringList m_states;
    std::optional<QDate> m_attentionOn;
    QString m_search;
    std::optional<QStringList> m_pinned; // setCaseIds
    QString m_city;                      // setCity
    QHash<QString, QString> m_names;     // people's names by user id, as the server gave them
    QList<CaseRow> m_rows;
    bool m_more = false;
    int m_sortColumn = Received;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QString m_error;
    QCollator m_collator;
    mutable QHash<QString, Details> m_details;
};

} // namespace Kezek
