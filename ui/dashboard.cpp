#include "ui/dashboard.h"

#include "core/domain/displaydate.h"
#include "core/domain/roles.h"
#include "ui/dashboardparts.h"
#include "ui/oversightloader.h"
#include "ui/session.h"
#include "ui/standardbuttons.h"
#include "ui/uitr.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Kezek {

using namespace DashboardParts;

Dashboard::Dashboard(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(new OversightLoader(
          session, [this](const Result<OversightFigures> &figures) { showFigures(figures); }, this))
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(UiTr::tr("Dashboard"));
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    buildPeriodBar(grid);
    grid->addWidget(buildStates(), 3, 0);
    grid->addWidget(buildClocks(), 3, 1);
    grid->addWidget(buildFlow(), 4, 0);
    grid->addWidget(buildHolders(), 4, 1);
    // The stages' days and the reasons have the most columns and the
    // longest names: each the whole width.
    grid->addWidget(buildStages(), 5, 0, 1, 2);
    grid->addWidget(buildReasons(), 6, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    const auto [from, to] = defaultPeriod(m_session.desk->today());
    m_from->setDate(from);
    m_to->setDate(to);
}

Dashboard::~Dashboard() = default;

std::pair<QDate, QDate> Dashboard::defaultPeriod(QDate today)
{
    // Twelve whole ISO weeks, as the flow counts them: this one (up to
    // today) and the eleven before it.
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return {monday.addDays(-7 * 11), today};
}

void Dashboard::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

QDate Dashboard::from() const
{
    return m_from->date();
}

QDate Dashboard::to() const
{
    return m_to->date();
}

void Dashboard::prepare()
{
    if (!m_current && !m_loader->isLoading())
        refresh();
}

void Dashboard::refresh()
{
    m_current = true;
    // Said only when the count takes long enough to be seen: an answer in
    // a blink (the cases kept since the last look) does not flicker the
    // summary, nor repaint the whole view twice.
    m_counting->start();
    m_loader->load(m_loader->requestFor(m_from->date(), m_to->date()));
}

void Dashboard::buildPeriodBar(QGridLayout *grid)
{
    m_from = dateEdit(QStringLiteral("dashboardFrom"), UiTr::tr("The period's first day"));
    m_to = dateEdit(QStringLiteral("dashboardTo"), UiTr::tr("The period's last day"));
    auto *fromLabel = new QLabel(UiTr::tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(UiTr::tr("&To:"));
    toLabel->setBuddy(m_to);
    auto *show = new QPushButton(UiTr::tr("&Show"));
    show->setObjectName(QStringLiteral("dashboardShow"));
    connect(show, &QPushButton::clicked, this, &Dashboard::refresh);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QAbstractSpinBox::editingFinished, this, [this] {
            if (m_from->hasFocus() || m_to->hasFocus())
                refresh();
        });
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(UiTr::tr("<b>Flow figures for the period</b>"));
    bar->addWidget(title);
    bar->addSpacing(12);
    for (QWidget *widget : std::initializer_list<QWidget *>{fromLabel, m_from, toLabel, m_to, show})
        bar->addWidget(widget);
    bar->addStretch(1);
    grid->addLayout(bar, 0, 0, 1, 2);
    m_error = errorLine(QStringLiteral("dashboardError"));
    grid->addWidget(m_error, 1, 0, 1, 2);
    m_counting = new QTimer(this);
    m_counting->setSingleShot(true);
    m_counting->setInterval(250);
    connect(m_counting, &QTimer::timeout, this, [this] {
        if (m_loader->isLoading())
            m_summary->setText(UiTr::tr("Counting the cases in the cache…"));
    });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_summary, 2, 0, 1, 2);
}

QWidget *Dashboard::buildStates()
{
    m_states = figureTable(QStringLiteral("dashboardStates"),
                           UiTr::tr("Cases by stage now"),
                           {UiTr::tr("Stage"), UiTr::tr("Cases")});
    m_stateChart
        = chartView(QStringLiteral("dashboardStateChart"), UiTr::tr("Chart: cases by stage now"));
    // The chart under the table: beside it, the stages' names had no room.
    return section(UiTr::tr("Cases by stage now"), {m_states, m_stateChart}, Qt::Vertical);
}

QWidget *Dashboard::buildClocks()
{
    m_clocks = new QWidget;
    m_clocks->setObjectName(QStringLiteral("dashboardClocks"));
    m_clockGrid = new QGridLayout(m_clocks);
    auto *note = new QLabel(UiTr::tr("Each number opens its cases in the case list."));
    note->setWordWrap(true);
    return section(UiTr::tr("The law's clocks now"), {m_clocks, note});
}

QWidget *Dashboard::buildHolders()
{
    m_holders = figureTable(QStringLiteral("dashboardHolders"),
                            UiTr::tr("Cases held by each officer and CSC operator"),
                            {UiTr::tr("Officer or operator"),
                             UiTr::tr("Held"),
                             UiTr::tr("Due this week"),
                             UiTr::tr("Breached")});
    return section(UiTr::tr("Officers and CSC operators now"), {m_holders});
}

QWidget *Dashboard::buildFlow()
{
    m_flowChart = chartView(QStringLiteral("dashboardFlowChart"),
                            UiTr::tr("Chart: received, decided, granted and refused per week"));
    m_weeks = figureTable(QStringLiteral("dashboardWeeks"),
                          UiTr::tr("Received, decided, granted and refused per week"),
                          {UiTr::tr("Week"),
                           UiTr::tr("From"),
                           UiTr::tr("Applications received"),
                           UiTr::tr("Decisions taken"),
                           UiTr::tr("Permits granted"),
                           UiTr::tr("Refusals")});
    // Short rows of numbers: each column as wide as its figures.
    m_weeks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_weeks->horizontalHeader()->setStretchLastSection(true);
    return section(UiTr::tr("Flow per week"), {m_flowChart, m_weeks});
}

QWidget *Dashboard::buildStages()
{
    m_stages = figureTable(QStringLiteral("dashboardStages"),
                           UiTr::tr("Days per stage against the law's limit"),
                           {UiTr::tr("Stage"),
                            UiTr::tr("The law's limit"),
                            UiTr::tr("Finished"),
                            UiTr::tr("Median"),
                            UiTr::tr("90th percentile"),
                            UiTr::tr("Over the limit")});
    auto *note = new QLabel(UiTr::tr("In the limit's unit, for the stages finished in the "
                                     "period; ⚠ marks a figure over the law's limit."));
    note->setWordWrap(true);
    return section(UiTr::tr("Days per stage"), {m_stages, note});
}

QWidget *Dashboard::buildReasons()
{
    m_reasons = figureTable(QStringLiteral("dashboardReasons"),
                            UiTr::tr("Refusals and returns by reason"),
                            {UiTr::tr("Reason"),
                             UiTr::tr("Returns for rework"),
                             UiTr::tr("CSC declines"),
                             UiTr::tr("Refusals")});
    return section(UiTr::tr("Refusals and returns by reason"), {m_reasons});
}

void Dashboard::showFigures(const Result<OversightFigures> &figures)
{
    m_counting->stop();
    if (!figures) {
        m_error->setText(figures.error().message);
        m_error->show();
        m_summary->setText(m_figures ? UiTr::tr("The figures below are still those of the "
                                                "period before.")
                                     : QString());
        Q_EMIT refreshed();
        return;
    }
    m_error->hide();
    m_error->clear();
    m_figures = *figures;
    fillSummary(*figures);
    fillStates(*figures);
    fillClocks(*figures);
    fillHolders(*figures);
    fillFlow(*figures);
    fillStages(*figures);
    fillReasons(*figures);
    Q_EMIT refreshed();
}

void Dashboard::fillSummary(const OversightFigures &figures)
{
    const QString where = figures.city ? cityTitle(*figures.city) : UiTr::tr("Every city");
    const QString law
        = figures.lawVersion.isEmpty() ? UiTr::tr("the built-in law") : figures.lawVersion;
    m_summary->setText(UiTr::tr("%1: %n case(s) in the cache. Now: as on %2. Flow: %3 – %4. "
                                "Counted by the law of version %5.",
                                nullptr,
                                figures.cases)
                           .arg(where,
                                displayDate(figures.today),
                                displayDate(figures.from),
                                displayDate(figures.to),
                                law));
}

void Dashboard::fillStates(const OversightFigures &figures)
{
    m_states->setRowCount(0);
    auto *set = new QBarSet(UiTr::tr("Cases"));
    QStringList titles;
    QStringList said;
    int most = 0;
    for (const StateFigure &state : figures.states) {
        if (state.caseIds.isEmpty())
            continue;
        const QString title = caseStateTitle(state.state);
        addRow(m_states, {textItem(title), numberItem(state.caseIds.size())});
        titles.prepend(title); // the chart lists from the bottom up
        set->insert(0, state.caseIds.size());
        most = std::max(most, int(state.caseIds.size()));
        said.append(UiTr::tr("%1: %2").arg(title, QLocale().toString(state.caseIds.size())));
    }
    if (titles.isEmpty())
        addRow(m_states, {textItem(UiTr::tr("No cases")), numberItem(0)});
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    setChart(m_stateChart, series, titles, most, Qt::Vertical);
    m_stateChart->setAccessibleDescription(said.join(QStringLiteral("; ")));
    fitRows(m_states);
}

} // namespace Kezek
