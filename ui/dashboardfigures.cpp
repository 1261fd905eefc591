// The dashboard's figures filled in: the clocks, the desks, the flow, the
// stages' days and the reasons (dashboard.cpp builds the frame).
#include "core/domain/displaydate.h"
#include "ui/dashboard.h"
#include "ui/dashboardparts.h"
#include "ui/icons.h"
#include "ui/kezekpalette.h"
#include "ui/session.h"
#include "ui/uitr.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace Kezek {

using namespace DashboardParts;

namespace {

QString unitCount(int value, PeriodUnit unit)
{
    switch (unit) {
    case PeriodUnit::WorkingDays:
        return UiTr::tr("%n working day(s)", nullptr, value);
    case PeriodUnit::Years:
        return UiTr::tr("%n year(s)", nullptr, value);
    case PeriodUnit::CalendarDays:
        break;
    }
    return UiTr::tr("%n day(s)", nullptr, value);
}

// A figure over the law's limit: said in words and marked, not by colour alone.
QTableWidgetItem *limitItem(int value, int limit)
{
    if (value <= limit)
        return numberItem(value);
    auto *item = numberItem(value);
    item->setText(UiTr::tr("⚠ %1 — over the limit").arg(QLocale().toString(value)));
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setBackground(KezekPalette::background(Tone::Error));
    item->setToolTip(UiTr::tr("Over the law's limit of %1").arg(QLocale().toString(limit)));
    return item;
}

// A count of what should be none (breached, over the limit): marked when not.
QTableWidgetItem *alarmItem(qsizetype value)
{
    auto *item = numberItem(value);
    if (value == 0)
        return item;
    item->setText(UiTr::tr("⚠ %1").arg(QLocale().toString(value)));
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setBackground(KezekPalette::background(Tone::Error));
    return item;
}

// "W47", as the chart's axis says it, and the whole of it for the tooltip
// and a screen reader.
QTableWidgetItem *weekItem(const FlowBucket &week)
{
    auto *item = new QTableWidgetItem(UiTr::tr("W%1").arg(week.number));
    const QString whole = UiTr::tr("Week %1 of %2").arg(week.number).arg(week.year);
    item->setToolTip(whole);
    item->setData(Qt::AccessibleTextRole, whole);
    return item;
}

// A span of days by its first, the whole of it for the tooltip and a
// screen reader (the column stays narrow beside the figures).
QTableWidgetItem *rangeItem(QDate first, QDate last)
{
    auto *item = new QTableWidgetItem(displayDate(first));
    const QString whole = UiTr::tr("%1 – %2").arg(displayDate(first), displayDate(last));
    item->setToolTip(whole);
    item->setData(Qt::AccessibleTextRole, whole);
    return item;
}

void clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

void Dashboard::addClockButton(int row, int column, const QString &what, const QStringList &ids)
{
    auto *button = new QPushButton(QLocale().toString(ids.size()));
    button->setObjectName(QStringLiteral("clock-%1-%2").arg(row).arg(column));
    button->setAccessibleName(UiTr::tr("%1: %n case(s)", nullptr, int(ids.size())).arg(what));
    button->setToolTip(button->accessibleName());
    button->setEnabled(!ids.isEmpty());
    button->setProperty("caseIds", ids);
    if (column == 4 && !ids.isEmpty()) {
        button->setIcon(Icons::named(QStringLiteral("dialog-warning")));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
    connect(
        button, &QPushButton::clicked, this, [this, what, ids] { Q_EMIT casesChosen(what, ids); });
    m_clockGrid->addWidget(button, row, column);
}

void Dashboard::fillClocks(const OversightFigures &figures)
{
    clearGrid(m_clockGrid);
    const QStringList headers{UiTr::tr("Clock"),
                              UiTr::tr("On time"),
                              UiTr::tr("Warning"),
                              UiTr::tr("Paused"),
                              UiTr::tr("Breached")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header
            = new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column).toHtmlEscaped()));
        m_clockGrid->addWidget(header, 0, column);
    }
    int row = 1;
    for (const ClockFigure &clock : figures.clocks) {
        const ClockDefinition &definition = clockDefinition(clock.kind);
        auto *name = new QLabel(
            UiTr::tr("%1 (%2)").arg(definition.title(), QString::fromUtf8(definition.paragraph)));
        name->setWordWrap(true);
        m_clockGrid->addWidget(name, row, 0);
        const QList<const QStringList *> lists{
            &clock.onTime, &clock.warning, &clock.paused, &clock.breached};
        for (int column = 1; column <= lists.size(); ++column)
            addClockButton(row,
                           column,
                           UiTr::tr("%1 — %2").arg(definition.title(), headers.at(column)),
                           *lists.at(column - 1));
        ++row;
    }
    m_clockGrid->setColumnStretch(0, 1);
}

void Dashboard::fillHolders(const OversightFigures &figures)
{
    m_holders->setRowCount(0);
    // The people by name where the server named them (a claim's holder, a
    // colleague), by their account where it has not yet.
    const auto names = m_session.store->personNames();
    for (const HolderFigure &holder : figures.holders) {
        const QString known = names ? names->value(holder.holderId) : QString();
        const QString person = known.isEmpty() ? holder.holderId : known;
        const QString name
            = holder.holderId == m_session.account.id ? UiTr::tr("%1 (you)").arg(person) : person;
        QTableWidgetItem *who = textItem(name);
        who->setToolTip(holder.holderId);
        addRow(m_holders,
               {who,
                numberItem(holder.held.size()),
                numberItem(holder.dueThisWeek.size()),
                alarmItem(holder.breached.size())});
    }
    if (figures.holders.isEmpty())
        addRow(m_holders, {textItem(UiTr::tr("No case is held now"))});
    fitRows(m_holders);
}

void Dashboard::fillFlow(const OversightFigures &figures)
{
    m_weeks->setRowCount(0);
    const QStringList names{UiTr::tr("Applications received"),
                            UiTr::tr("Decisions taken"),
                            UiTr::tr("Permits granted"),
                            UiTr::tr("Refusals")};
    QList<QBarSet *> sets;
    for (const QString &name : names)
        sets.append(new QBarSet(name));
    QStringList weeks;
    FlowCounts total;
    int most = 0;
    for (const FlowBucket &week : figures.weeks) {
        const FlowCounts &c = week.counts;
        const QList<int> values{c.received, c.decided, c.granted, c.refused};
        for (int n = 0; n < values.size(); ++n)
            *sets[n] << values.at(n);
        most = std::max({most, c.received, c.decided, c.granted, c.refused});
        total = {total.received + c.received,
                 total.decided + c.decided,
                 total.granted + c.granted,
                 total.refused + c.refused};
        // The week's number alone: "Нед. 39" had no room under twelve weeks'
        // bars and was cut to "Не…"; the axis says they are weeks.
        weeks.append(QString::number(week.number));
        addRow(m_weeks,
               {weekItem(week),
                rangeItem(week.first, week.last),
                numberItem(c.received),
                numberItem(c.decided),
                numberItem(c.granted),
                numberItem(c.refused)});
    }
    QList<QTableWidgetItem *> totals{textItem(UiTr::tr("The period")),
                                     rangeItem(figures.from, figures.to),
                                     numberItem(total.received),
                                     numberItem(total.decided),
                                     numberItem(total.granted),
                                     numberItem(total.refused)};
    for (QTableWidgetItem *item : totals) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    addRow(m_weeks, totals);
    auto *series = new QBarSeries;
    for (QBarSet *set : sets)
        series->append(set);
    setChart(m_flowChart, series, weeks, most, Qt::Horizontal, UiTr::tr("Week"));
    m_flowChart->setAccessibleDescription(
        UiTr::tr("In the period: received %1, decided %2, granted %3, refused %4")
            .arg(total.received)
            .arg(total.decided)
            .arg(total.granted)
            .arg(total.refused));
    fitRows(m_weeks);
}

void Dashboard::fillStages(const OversightFigures &figures)
{
    m_stages->setRowCount(0);
    for (const StageDuration &stage : figures.stages) {
        // In the limit's own unit: working days where the law counts them.
        const bool working = stage.unit == PeriodUnit::WorkingDays && stage.workingDays;
        const Distribution &days = working ? *stage.workingDays : stage.calendarDays;
        const ClockDefinition &definition = clockDefinition(stage.kind);
        QList<QTableWidgetItem *> row{textItem(definition.title()),
                                      textItem(unitCount(stage.limit, stage.unit)),
                                      numberItem(days.count)};
        if (days.count > 0) {
            row += {limitItem(days.median, stage.limit), limitItem(days.p90, stage.limit)};
        } else {
            row += {textItem(UiTr::tr("—")), textItem(UiTr::tr("—"))};
        }
        row.append(alarmItem(stage.overLimit.size()));
        addRow(m_stages, row);
    }
    fitRows(m_stages);
}

void Dashboard::fillReasons(const OversightFigures &figures)
{
    m_reasons->setRowCount(0);
    const QString language = QLocale().name().left(2);
    const ReasonCatalog &catalog = m_session.law->reasons();
    for (const ReasonFigure &figure : figures.reasons) {
        const Reason *reason = catalog.find(figure.code);
        QTableWidgetItem *name = textItem(
            reason ? UiTr::tr("%1 (%2)").arg(reason->text.in(language), reason->paragraph)
                   : figure.code);
        name->setToolTip(figure.code + u' ' + name->text());
        addRow(m_reasons,
               {name,
                numberItem(figure.returns),
                numberItem(figure.cscDeclines),
                numberItem(figure.refusals)});
    }
    if (figures.reasons.isEmpty())
        addRow(m_reasons, {textItem(UiTr::tr("No refusal or return in the period"))});
    fitRows(m_reasons);
}

} // namespace Kezek
