#pragma once

#include <QDate>
#include <QString>

#include "core/result/enumtable.h"

#include <array>
#include <cstddef>
#include <string_view>

// The routes of API v1, one row each: the server installs its handlers from
// this table, clients build their paths from it, and tst_protocol holds it
// against docs/openapi.yaml, so a route cannot exist in one and not the other.
namespace Kezek::Api {

enum class Method { Get, Post, Put, Delete };

enum class Route {
    Health,
    Metrics,
    SignIn,
    SignInChallenge,
    SignOut,
    ChangePassword,
    Law,
    Changes,
    Commands,
    Claims,
    ListClaims,
    Colleagues,
    Intake,
    IntegrationCommands,
    UploadDocument,
    DownloadDocument,
    CaseDocuments,
    CaseDecisions,
    Timestamp,
    PilotReport,
    Notifications,
    MarkAbsence,
    ListAbsences,
    CaseNotes,
    Notes,
    AuditExports,
    AuditExtract,
};
inline constexpr std::size_t RouteCount = std::size_t(Route::AuditExtract) + 1;

struct RouteInfo
{
    Route route;
    Method method;
    // As the server matches it: a regular expression where the path has a
    // part (captured in order), else the literal path.
    std::string_view pattern;
    // As docs/openapi.yaml names it, its parts in braces.
    std::string_view documented;
    // Whether it needs a session (or an integration's credential); an open
    // route is documented with `security: []`.
    bool signedIn;
};

inline constexpr std::array<RouteInfo, RouteCount> Routes{{
    {Route::Health, Method::Get, "/health", "/health", false},
    {Route::Metrics, Method::Get, "/metrics", "/metrics", false},
    {Route::SignIn, Method::Post, "/api/v1/session", "/api/v1/session", false},
    {Route::SignInChallenge,
     Method::Post,
     "/api/v1/session/challenge",
     "/api/v1/session/challenge",
     false},
    {Route::SignOut, Method::Delete, "/api/v1/session", "/api/v1/session", true},
    {Route::ChangePassword, Method::Post, "/api/v1/password", "/api/v1/password", true},
    {Route::Law, Method::Get, "/api/v1/law", "/api/v1/law", true},
    {Route::Changes, Method::Get, "/api/v1/changes", "/api/v1/changes", true},
    {Route::Commands, Method::Post, "/api/v1/commands", "/api/v1/commands", true},
    {Route::Claims, Method::Post, "/api/v1/claims", "/api/v1/claims", true},
    {Route::ListClaims, Method::Get, "/api/v1/claims", "/api/v1/claims", true},
    {Route::Colleagues, Method::Get, "/api/v1/colleagues", "/api/v1/colleagues", true},
    {Route::Intake,
     Method::Post,
     "/api/v1/integration/egov/applications",
     "/api/v1/integration/egov/applications",
     true},
    {Route::IntegrationCommands,
     Method::Post,
     R"(/api/v1/integration/([a-z]+)/commands)",
     "/api/v1/integration/{integration}/commands",
     true},
    // Anything after the prefix is captured, so that a path trick is
    // answered with a reason (400) rather than passed by.
    {Route::UploadDocument,
     Method::Put,
     R"(/api/v1/documents/(.*))",
     "/api/v1/documents/{sha256}",
     true},
    {Route::DownloadDocument,
     Method::Get,
     R"(/api/v1/documents/(.*))",
     "/api/v1/documents/{sha256}",
     true},
    {Route::CaseDocuments,
     Method::Get,
     R"(/api/v1/cases/([^/]+)/documents)",
     "/api/v1/cases/{caseId}/documents",
     true},
    {Route::CaseDecisions,
     Method::Get,
     R"(/api/v1/cases/([^/]+)/decisions)",
     "/api/v1/cases/{caseId}/decisions",
     true},
    {Route::Timestamp, Method::Post, "/api/v1/timestamp", "/api/v1/timestamp", true},
    {Route::PilotReport, Method::Get, "/api/v1/reports/pilot", "/api/v1/reports/pilot", true},
    {Route::Notifications, Method::Get, "/api/v1/notifications", "/api/v1/notifications", true},
    {Route::MarkAbsence, Method::Post, "/api/v1/absences", "/api/v1/absences", true},
    {Route::ListAbsences, Method::Get, "/api/v1/absences", "/api/v1/absences", true},
    {Route::CaseNotes,
     Method::Post,
     R"(/api/v1/cases/([^/]+)/notes)",
     "/api/v1/cases/{caseId}/notes",
     true},
    {Route::Notes, Method::Get, "/api/v1/notes", "/api/v1/notes", true},
    {Route::AuditExports, Method::Post, "/api/v1/audit/exports", "/api/v1/audit/exports", true},
    {Route::AuditExtract, Method::Get, "/api/v1/audit", "/api/v1/audit", true},
}};

// Every route has its row, in the enum's order, so Routes[route] is its own.
static_assert(rowsInEnumOrder<Route>(Routes, [](const RouteInfo &row) { return row.route; }),
              "every Api::Route needs its row in Api::Routes, in order");

constexpr const RouteInfo &info(Route route)
{
    return Routes[std::size_t(route)];
}
std::string_view methodName(Method method); // "GET", "POST", ...

// The prefix every document route starts with; the server gives these
// bodies the scan limit instead of the JSON one.
inline constexpr std::string_view DocumentsPrefix = "/api/v1/documents/";

// The path of a route that has no parts.
QString path(Route route);
// The paths of the routes with parts.
QString documentPath(const QString &sha256);
QString uploadPath(const QString &sha256, const QString &caseId, const QString &name);
QString caseDocumentsPath(const QString &caseId);
QString caseDecisionsPath(const QString &caseId);
QString integrationCommandsPath(const QString &integration);
QString changesPath(qint64 since, int limit);
// The pilot report's figures for the period, both days included.
QString pilotReportPath(QDate from, QDate to);
// The signed-in user's own escalations after the cursor `after`.
QString notificationsPath(qint64 after, int limit);
// A case's internal notes (issue 31, point 3): where one is written, and the
// feed of those the signed-in person may read after the cursor `after`.
QString caseNotesPath(const QString &caseId);
QString notesPath(qint64 after, int limit);
// The audit log's entries on one case (its id or number), or in a period,
// both days included (issue 31, point 4).
QString auditCasePath(const QString &caseIdOrNumber);
QString auditPeriodPath(QDate from, QDate to);

} // namespace Kezek::Api
