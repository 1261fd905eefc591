#pragma once

#include "core/domain/oversight.h"
#include "core/domain/reasoncatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <optional>

// The pilot report (issue 30, point 2) as its formats share it: the words
// and the tables, built once from the domain's figures, so that the PDF, the
// CSV and the XLSX say the same in the same words. The workstation's
// dashboard may show the same tables (reportTables) beside its charts.
namespace Kezek::Report {

struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(Kezek::Report)
};

// What a report is made with besides its figures.
struct ReportOptions
{
    QString language = QStringLiteral("en"); // kk, ru or en
    // When the report was made, as the reader's clock shows it: given by the
    // caller, so that the same figures make the same file.
    QDateTime madeAt;
    // The catalog the reasons' words come from; none: codes alone.
    const ReasonCatalog *reasons = nullptr;
};

// While it lives, tr() everywhere answers in `language` (the domain's words,
// cities and clocks among them): a report in another language than the
// screen's. Installed last, so it is asked first; removed when done.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

struct Cell
{
    QString text;
    std::optional<qint64> number; // a count or a number of days, written as a number

    static Cell of(qint64 value) { return {QString::number(value), value}; }
};

struct Table
{
    QString id;    // stable, in English: the CSV's section, for scripts
    QString sheet; // the XLSX sheet's name (at most 31 characters)
    QString title;
    QStringList headers; // translated, one a column
    QStringList columns; // stable ids, one a column: the CSV's "figure"
    QList<QList<Cell>> rows;
    QStringList keys; // stable ids, one a row: a city, a code, a month "2026-03"
};

// The report's heading lines: its title, its period, the law's version it
// counted by, and when it was made (dd.MM.yyyy, as people read dates).
QString reportTitle(const OversightFigures &figures);
QStringList reportHeading(const OversightFigures &figures, const ReportOptions &options);

// The tables, in the report's order: by city (with the total), by
// nationality, by month, refusal and return reasons, breached clocks, cases
// outside the legal basis.
QList<Table> reportTables(const OversightFigures &figures, const ReportOptions &options);

// The pilot's totals: the sum of the rows by city (every case is of one city).
PilotRow pilotTotal(const OversightFigures &figures);
// A month's key ("2026-03") as read: 03.2026.
QString monthTitle(const QString &key);
// The outcomes' names and values, in the report's order.
QStringList outcomeTitles();
QList<int> outcomeValues(const PilotOutcomes &outcomes);

} // namespace Kezek::Report
