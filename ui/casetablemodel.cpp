#include "ui/casetablemodel.h"

#include "ui/chips.h"
#include "ui/deadlinetext.h"
#include "ui/icons.h"
#include "ui/kezekpalette.h"
#include "ui/uitr.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace Kezek {

namespace {

CaseOrder orderOf(int column)
{
    switch (column) {
    case CaseTableModel::Number:
        return CaseOrder::Number;
    case CaseTableModel::Applicant:
        return CaseOrder::Name;
    case CaseTableModel::Iin:
        return CaseOrder::Iin;
    case CaseTableModel::Passport:
        return CaseOrder::Passport;
    case CaseTableModel::Stage:
        return CaseOrder::State;
    case CaseTableModel::Deadline:
        return CaseOrder::Deadline;
    case CaseTableModel::Holder:
        return CaseOrder::Holder;
    case CaseTableModel::CaseCity:
        return CaseOrder::City;
    default:
        return CaseOrder::ReceivedOn;
    }
}

} // namespace

CaseTableModel::CaseTableModel(CaseDesk &desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
{
    // Kazakh and Russian names sort by their alphabets, not by code points.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void CaseTableModel::setStates(const QList<CaseState> &states, std::optional<QDate> attentionOn)
{
    m_attentionOn = attentionOn;
    m_pinned.reset();
    m_states.clear();
    for (CaseState state : states)
        m_states.append(caseStateId(state));
    readRows();
}

void CaseTableModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search && !m_pinned)
        return;
    m_search = text.trimmed();
    m_pinned.reset();
    readRows();
}

void CaseTableModel::setCity(const QString &cityId)
{
    if (cityId == m_city)
        return;
    m_city = cityId;
    readRows();
}

void CaseTableModel::setCaseIds(const QStringList &caseIds)
{
    if (caseIds.isEmpty())
        m_pinned.reset();
    else
        m_pinned = caseIds;
    readRows();
}

QList<CaseRow> CaseTableModel::readPage(const CaseRow *after)
{
    if (m_attentionOn) {
        auto due
            = m_desk.store().needingAttention(m_states, *m_attentionOn, PageSize, after, m_city);
        if (!due) {
            m_error = due.error().message;
            return {};
        }
        return *due;
    }
    auto rows = m_desk.store().queue(
        m_states, orderOf(m_sortColumn), m_order == Qt::DescendingOrder, PageSize, after, m_city);
    if (!rows) {
        m_error = rows.error().message;
        return {};
    }
    return *rows;
}

void CaseTableModel::reload()
{
    // The cases changed (a sync, a command): what was read of them goes.
    m_details.clear();
    readRows();
}

void CaseTableModel::readRows()
{
    beginResetModel();
    m_error.clear();
    // The names change only at a sync; a read of the list reads them again.
    if (auto names = m_desk.store().personNames())
        m_names = *names;
    if (m_pinned) {
        m_more = false;
        auto rows = m_desk.store().rowsOf(*m_pinned);
        m_rows = rows ? *rows : QList<CaseRow>();
        keepCityRows();
        if (!rows)
            m_error = rows.error().message;
        else if (m_sortColumn != Received || m_order != Qt::DescendingOrder)
            sortFound();
    } else if (m_search.isEmpty()) {
        m_rows = readPage(nullptr);
        m_more = m_rows.size() == PageSize;
    } else {
        m_more = false;
        m_rows.clear();
        auto found = m_desk.store().search(m_search, 500, {m_states, m_attentionOn});
        if (!found) {
            m_error = found.error().message;
        } else {
            m_rows = *found;
            keepCityRows();
            // The cache gives the newest first, which is the table's own order.
            if (m_sortColumn != Received || m_order != Qt::DescendingOrder)
                sortFound();
        }
    }
    endResetModel();
}

void CaseTableModel::keepCityRows()
{
    if (m_city.isEmpty() || m_rows.isEmpty())
        return;
    QStringList ids;
    for (const CaseRow &row : std::as_const(m_rows))
        ids.append(row.id);
    auto cities = m_desk.store().citiesOf(ids);
    if (!cities) {
        m_error = cities.error().message;
        m_rows.clear();
        return;
    }
    m_rows.removeIf([&](const CaseRow &row) { return cities->value(row.id) != m_city; });
}

void CaseTableModel::refreshDeadlines()
{
    m_details.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

QString CaseTableModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CaseTableModel::rowOf(const QString &caseId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == caseId)
            return int(row);
    }
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseTableModel::Details &CaseTableModel::details(const CaseRow &row) const
{
    auto found = m_details.constFind(row.id);
    if (found != m_details.cend())
        return *found;
    // The rows are drawn top down: the rows below this one come next.
    const auto at = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [&row](const CaseRow &r) { return r.id == row.id; });
    if (at != m_rows.cend())
        readDetails(at - m_rows.cbegin());
    found = m_details.constFind(row.id);
    if (found != m_details.cend())
        return *found;
    // Not in the cache (any more): the row shows what its index columns hold.
    return *m_details.insert(row.id, Details{});
}

void CaseTableModel::readDetails(qsizetype first, qsizetype count) const
{
    QStringList ids;
    for (qsizetype i = first; i < m_rows.size() && ids.size() < count; ++i) {
        if (!m_details.contains(m_rows.at(i).id))
            ids.append(m_rows.at(i).id);
    }
    if (ids.isEmpty())
        return;
    auto seen = m_desk.currentGlances(ids);
    auto claims = m_desk.store().claimsOf(ids);
    auto cities = m_desk.store().citiesOf(ids);
    // A read that fails leaves the rows as their index columns show them.
    const auto kept = [](const auto &read, const QString &id) {
        return read && read->contains(id) ? &*read->constFind(id) : nullptr;
    };
    for (const QString &id : std::as_const(ids)) {
        Details shown = detailsOf(kept(seen, id), kept(claims, id));
        if (const QString *city = kept(cities, id)) {
            const auto known = cityFromId(*city);
            shown.city = known ? cityTitle(*known) : *city;
        }
        m_details.insert(id, shown);
    }
}

CaseTableModel::Details CaseTableModel::detailsOf(const CaseDesk::Glance *seen,
                                                  const ClaimRow *claim) const
{
    Details details;
    if (seen) {
        const CaseGlance &c = seen->glance;
        details.name = c.applicant.surname + QLatin1Char(' ') + c.applicant.givenNames;
        details.state = c.state;
        details.waiting = seen->waiting;
        const QDate today = m_desk.today();
        details.deadline = firstDeadline(c.clocks, m_desk.law().calendar, today);
        // The badge's clock is usually a duty, and then it is the one the
        // column sorts by; only an applicant's window first needs a second look.
        if (details.deadline && clockDefinition(details.deadline->kind).isDuty()) {
            details.dutyDue = details.deadline->status.due;
        } else if (const auto duty = firstDeadline(c.clocks, m_desk.law().calendar, today, true)) {
            details.dutyDue = duty->status.due;
        }
        // The queue marks a hit, so that nobody decides on it unseen.
        for (const CheckRecord &check : c.checks) {
            const QString title = checkKindTitle(check.kind);
            if (latestOutcome(c.checks, check.phase, check.kind) == CheckOutcome::Hit
                && !details.hits.contains(title))
                details.hits.append(title);
        }
    }
    if (claim) {
        const bool running = claim->status != u"release"
                             && (!claim->expiresAt.isValid()
                                 || claim->expiresAt > QDateTime::currentDateTimeUtc());
        if (running) {
            details.holderId = claim->holder;
            details.holder = holderName(*claim);
        }
    }
    return details;
}

// The holder by the name the server gave, else by their account.
QString CaseTableModel::holderName(const ClaimRow &claim) const
{
    const QString known = m_names.value(claim.holder);
    const QString name = known.isEmpty() ? claim.holder : known;
    return claim.holder == m_desk.account().id ? UiTr::tr("%1 (you)").arg(name) : name;
}

bool CaseTableModel::leftItsQueue(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const auto &state = details(m_rows.at(row)).state;
    return state && !m_states.contains(caseStateId(*state));
}

// A deadline as a chip: time left, its clock and day, coloured by urgency.
QVariant CaseTableModel::deadlineData(const Details &shown, int role) const
{
    const auto &deadline = shown.deadline;
    if (!deadline)
        return {};
    const Urgency urgency = urgencyOf(deadline->status);
    switch (role) {
    case Qt::DisplayRole:
        return timeLeftText(deadline->status);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return UiTr::tr("%1: due %2")
            .arg(clockDefinition(deadline->kind).title(), formatDate(deadline->status.due));
    case UrgencyRole:
        return int(urgency);
    case Qt::BackgroundRole:
        return urgencyColours(urgency).fill;
    case Qt::ForegroundRole:
        return urgencyColours(urgency).ink;
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(urgency != Urgency::Calm);
        return bold;
    }
    default:
        return {};
    }
}

// The stage as a chip, as this workstation's unsent steps leave it.
QVariant CaseTableModel::stageData(const CaseRow &row, const Details &shown, int role) const
{
    const CaseState state
        = shown.state.value_or(caseStateFromId(row.state).value_or(CaseState::Received));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: // said whole where the chip shows its colour alone
        return caseStateTitle(state);
    case Qt::BackgroundRole:
        return stageColours(state).fill;
    case Qt::ForegroundRole:
        return stageColours(state).ink;
    default:
        return {};
    }
}

// The number's marks: a record check's hit first (§11: a ground to refuse),
// then this workstation's steps not yet sent. Nothing where it has none.
QVariant CaseTableModel::numberMarks(const CaseRow &row, const Details &shown, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return shown.hits.isEmpty() ? QVariant() : QVariant(UiTr::tr("%1 ⚠").arg(row.number));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList said;
        if (!shown.hits.isEmpty())
            said.append(UiTr::tr("A record check found a hit: %1")
                            .arg(shown.hits.join(QStringLiteral(", "))));
        if (shown.waiting > 0)
            said.append(UiTr::tr(
                "%n step(s) of yours on this case wait to be sent.", nullptr, shown.waiting));
        return said.isEmpty() ? QVariant() : QVariant(said.join(u'\n'));
    }
    case Qt::ForegroundRole:
        return shown.hits.isEmpty() ? QVariant() : QVariant(KezekPalette::colour(Tone::Error));
    case Qt::DecorationRole:
        return shown.waiting > 0 ? QVariant(Icons::named(QStringLiteral("emblem-synchronizing")))
                                 : QVariant();
    default:
        return {};
    }
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow &row = m_rows.at(index.row());
    if (role == CaseIdRole)
        return row.id;
    const Details &shown = details(row);
    if (index.column() == Deadline)
        return deadlineData(shown, role);
    if (role == HitRole)
        return !shown.hits.isEmpty();
    if (role == WaitingRole)
        return shown.waiting;
    if (index.column() == Stage)
        return stageData(row, shown, role);
    if (index.column() == Number) {
        if (const QVariant marked = numberMarks(row, shown, role); marked.isValid())
            return marked;
    }
    const bool moved = shown.state && caseStateId(*shown.state) != row.state;
    if (moved && (role == Qt::ForegroundRole || role == Qt::FontRole)) {
        // Left this queue by a step of this workstation's, not yet sent.
        if (role == Qt::ForegroundRole)
            return KezekPalette::colour(Tone::Muted);
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (index.column() == Holder)
        return holderData(shown, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return row.number;
    case Applicant:
        return shown.name.isEmpty() ? row.name : shown.name;
    case Iin:
        return row.iin;
    case Passport:
        return row.passportNumber;
    case Received:
        return formatDate(QDate::fromString(row.receivedOn, Qt::ISODate));
    case CaseCity:
        return shown.city;
    default:
        return {};
    }
}

// Who holds the case: their name, their account in the tooltip; a dash
// where nobody does, said in words to a screen reader and a tooltip.
QVariant CaseTableModel::holderData(const Details &shown, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return shown.holder.isEmpty() ? UiTr::tr("—") : shown.holder;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (shown.holder.isEmpty())
            return UiTr::tr("Not held");
        return role == Qt::ToolTipRole ? UiTr::tr("%1 (%2)").arg(shown.holder, shown.holderId)
                                       : shown.holder;
    case Qt::ForegroundRole:
        return shown.holder.isEmpty() ? QVariant(KezekPalette::colour(Tone::Muted)) : QVariant();
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title in a tooltip too: a narrow column (the stage's chips as
    // their colour alone) shows only part of it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return UiTr::tr("Case");
    case Applicant:
        return UiTr::tr("Applicant");
    case Iin:
        return UiTr::tr("IIN");
    case Passport:
        return UiTr::tr("Passport");
    case Stage:
        return UiTr::tr("Stage");
    case Received:
        return UiTr::tr("Received");
    case Deadline:
        return UiTr::tr("Deadline");
    case Holder:
        return UiTr::tr("Held by");
    case CaseCity:
        return UiTr::tr("City");
    default:
        return {};
    }
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    // A search's matches and a figure's cases sort here; a queue is read
    // again in the cache's order (the holder's too: CaseOrder::Holder).
    // The overdue list is read soonest due first, whatever the header says.
    const bool inMemory = !m_search.isEmpty() || m_pinned;
    if (column < 0 || column >= ColumnCount || (m_attentionOn && !inMemory))
        return;
    m_sortColumn = column;
    m_order = order;
    if (!inMemory) {
        readRows();
        return;
    }
    beginResetModel();
    sortFound();
    endResetModel();
}

// A search's few hundred matches sort here, by the locale's collation.
void CaseTableModel::sortFound()
{
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_order;
    const auto key = [this, column, order](const CaseRow &row) -> QString {
        switch (column) {
        case Number:
            return row.number;
        case Applicant:
            return row.name;
        case Iin:
            return row.iin;
        case Passport:
            return row.passportNumber;
        case Stage:
            return row.state;
        case Holder:
            return details(row).holder;
        case CaseCity:
            return details(row).city;
        case Deadline: {
            // As the queue sorts: the officer's own deadline, the cases
            // without one last in either direction.
            const auto due = details(row).dutyDue;
            const QString date = due ? due->toString(Qt::ISODate) : QString();
            return order == Qt::AscendingOrder ? (due ? date : QStringLiteral("9999-12-31"))
                                               : (due ? date : QStringLiteral("0000-01-01"));
        }
        default:
            return row.receivedOn;
        }
    };
    // Collation keys once per row, not once per comparison.
    QList<std::pair<QCollatorSortKey, CaseRow>> keyed;
    keyed.reserve(m_rows.size());
    for (const CaseRow &row : std::as_const(m_rows))
        keyed.append({m_collator.sortKey(key(row)), row});
    std::stable_sort(keyed.begin(), keyed.end(), [order](const auto &a, const auto &b) {
        const int compared = a.first.compare(b.first);
        return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
    });
    m_rows.clear();
    for (auto &[sortKey, row] : keyed)
        m_rows.append(std::move(row));
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<CaseRow> page = readPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast());
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace Kezek
