#pragma once

#include "core/domain/oversight.h"
#include "core/result/result.h"

#include <QWidget>

#include <optional>

class QChartView;
class QDateEdit;
class QGridLayout;
class QLabel;
class QTimer;
class QPushButton;
class QTableWidget;

namespace Kezek {

class InlineMessage;

struct Session;
class OversightLoader;

// The supervisor's dashboard (issue 30, point 1): for the supervisor's city,
// or every city for the ministry's reviewer, read from the encrypted cache
// (offline too): the cases by stage now; each of the law's clocks on time,
// in warning, paused and breached, each number a way to those cases; each
// officer's and CSC operator's desk; the flow per week; the days each stage
// took against the law's limit; refusals and returns by reason. Numbers
// beside the charts, for the eye and for a screen reader alike.
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(Session &session, QWidget *parent = nullptr);
    ~Dashboard() override;

    // The default period: the last twelve ISO weeks, this one up to today.
    static std::pair<QDate, QDate> defaultPeriod(QDate today);
    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    // Reads the figures again, for the period chosen (after a sync).
    void refresh();
    // Reads them in the background unless they are current or being read:
    // the dashboard is ready before it is first looked at.
    void prepare();
    // Whether it has shown the figures since the cases last changed.
    bool isCurrent() const { return m_current; }
    void markStale() { m_current = false; }
    const std::optional<OversightFigures> &figures() const { return m_figures; }

Q_SIGNALS:
    // A figure clicked through: `what` names it, `caseIds` are its cases.
    void casesChosen(const QString &what, const QStringList &caseIds);
    // The figures are shown, or the error why not.
    void refreshed();

private:
    void buildPeriodBar(QGridLayout *grid);
    QWidget *buildStates();
    QWidget *buildClocks();
    QWidget *buildHolders();
    QWidget *buildFlow();
    QWidget *buildStages();
    QWidget *buildReasons();
    void showFigures(const Result<OversightFigures> &figures);
    void fillSummary(const OversightFigures &figures);
    void fillStates(const OversightFigures &figures);
    void fillClocks(const OversightFigures &figures);
    void fillHolders(const OversightFigures &figures);
    void fillFlow(const OversightFigures &figures);
    void fillStages(const OversightFigures &figures);
    void fillReasons(const OversightFigures &figures);
    void addClockButton(int row, int column, const QString &what, const QStringList &ids);

    Session &m_session;
    OversightLoader *m_loader = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    InlineMessage *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_counting = nullptr; // says "Counting…" when the count takes a while
    QTableWidget *m_states = nullptr;
    QChartView *m_stateChart = nullptr;
    QWidget *m_clocks = nullptr;
    QGridLayout *m_clockGrid = nullptr;
    QTableWidget *m_holders = nullptr;
    QTableWidget *m_weeks = nullptr;
    QChartView *m_flowChart = nullptr;
    QTableWidget *m_stages = nullptr;
    QTableWidget *m_reasons = nullptr;
    std::optional<OversightFigures> m_figures;
    bool m_current = false;
};

} // namespace Kezek
