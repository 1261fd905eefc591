#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/possibleduplicates.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "db/storeerrors.h"
#include "resources/shippeddata.h"
#include "server/eventlog.h"
#include "server/http/requestlanguage.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"
#include "server/signing/petitioncheck.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>
#include <chrono>
#include <cstdio>
#include <map>

namespace Kezek {

namespace {

// §8, §10(3): the petition verified at intake, kept with the case it came with.
Result<Outcome>
withPetition(Result<Outcome> received, const std::optional<VerifiedPetition> &petition, QDate today)
{
    if (received && petition) {
        if (auto kept = acceptVerifiedPetition(received->after, *petition, today); !kept)
            return std::unexpected(kept.error());
    }
    return received;
}

} // namespace

void HttpApi::intake(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    if (user->role != Role::System || user->integration != u"egov") {
        sendError(response,
                  ApiError::Forbidden,
                  ServerTr::tr("Only the eGov integration files applications."));
        return;
    }
    const auto body = jsonBody(request, response);
    if (!body)
        return;
    auto application = newApplicationFromJson(*body);
    if (!application) {
        sendError(response, 400, application.error().code, application.error().message);
        return;
    }
    ServerStore *db = store();
    auto earlier = db->casesOfApplicant(application->applicant.iin);
    if (!earlier) {
        sendError(response, ApiError::DatabaseUnavailable, earlier.error().message);
        return;
    }
    const QDate today = kazakhstanToday();
    // On a day no legal basis is in force, a site may have chosen to take no
    // application; otherwise the case is taken and marked so.
    if (m_config.refuseOutsideBasis && !m_law.legalBasis().inForceOn(today)) {
        sendError(response,
                  422,
                  QStringLiteral("law.no-basis"),
                  ServerTr::tr("No legal basis of the pilot is in force on %1 (the last ended on "
                               "%2): applications are not taken.")
                      .arg(today.toString(Qt::ISODate),
                           m_law.legalBasis().lastDayInForce().toString(Qt::ISODate)));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // §8, §10(3): the ministry's petition verified before anything is taken.
    auto petition = verifyPetition(*application, m_ministry, now, today);
    if (!petition) {
        sendError(response, 422, petition.error().code, petition.error().message);
        return;
    }
    auto received = withPetition(
        Workflow::receive(*application,
                          actorOf(*user),
                          today,
                          Workflow::reapplicationBannedUntil(*earlier, m_law.calendar(), today)),
        *petition,
        today);
    if (!received) {
        sendError(response, 422, received.error().code, received.error().message);
        return;
    }
    markLegalBasis(received->after, m_law.legalBasis());
    // Issue 31 point 5: the same person under another IIN or passport (their
    // name however written, their date of birth) is flagged for the officer,
    // never refused: two people may share both.
    auto samePerson = db->casesOfPerson(personKey(application->applicant));
    if (!samePerson) {
        sendError(response, ApiError::DatabaseUnavailable, samePerson.error().message);
        return;
    }
    received->after.possibleDuplicates = possibleDuplicatesOf(received->after, *samePerson);
    const AuditEntry audit{user->id,
                           QStringLiteral("intake"),
                           application->id,
                           received->after.outsideLegalBasis
                               ? application->number + QStringLiteral(" outside any legal basis")
                               : application->number};
    auto revision = db->insertCase(received->after, received->notices, audit);
    if (!revision) {
        sendError(response,
                  revision.error().code == StoreErrors::CaseExists ? 409 : 503,
                  revision.error().code,
                  revision.error().message);
        return;
    }
    logEvent("INFO", "intake", {{"case", application->id}, {"number", application->number}});
    sendJson(response,
             201,
             {{QStringLiteral("caseId"), received->after.id},
              {QStringLiteral("version"), received->after.version},
              {QStringLiteral("revision"), *revision}});
}

} // namespace Kezek
