// What the server and its clients agree on (core/protocol) against the API
// document people and other systems read (docs/openapi.yaml): a route or an
// error code cannot exist in one and not the other.
#include "core/domain/commandkinds.h"
#include "core/domain/integrationscope.h"
#include "core/protocol/api.h"
#include "core/protocol/apierror.h"
#include "core/protocol/scans.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Kezek;

class TestProtocol : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_spec;

    static QString text(std::string_view view)
    {
        return QString::fromLatin1(view.data(), qsizetype(view.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KEZEK_OPENAPI_JSON));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_spec = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(m_spec.contains(u"paths"));
    }

    void everyRouteIsDocumentedWithItsMethodAndSecurity()
    {
        const QJsonObject paths = m_spec.value(u"paths").toObject();
        for (const Api::RouteInfo &route : Api::Routes) {
            const QString where
                = text(Api::methodName(route.method)) + u' ' + text(route.documented);
            const QJsonObject operation = paths.value(text(route.documented))
                                              .toObject()
                                              .value(text(Api::methodName(route.method)).toLower())
                                              .toObject();
            QVERIFY2(!operation.isEmpty(), qPrintable(where + u" is not in the API document"));
            // An open route says so (`security: []`); a signed-in one takes
            // the document's default, the bearer token.
            const bool open = operation.contains(u"security")
                              && operation.value(u"security").toArray().isEmpty();
            QVERIFY2(open == !route.signedIn, qPrintable(where + u": security differs"));
        }
    }

    void everyDocumentedOperationIsARoute()
    {
        QSet<QString> routes;
        for (const Api::RouteInfo &route : Api::Routes)
            routes.insert(text(Api::methodName(route.method)).toLower() + u' '
                          + text(route.documented));
        const QJsonObject paths = m_spec.value(u"paths").toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject operations = path.value().toObject();
            for (auto op = operations.begin(); op != operations.end(); ++op) {
                if (op.key() == u"parameters")
                    continue;
                const QString key = op.key() + u' ' + path.key();
                QVERIFY2(routes.contains(key), qPrintable(key + u" has no row in Api::Routes"));
            }
        }
    }

    void errorCodesAgreeBothWays()
    {
        const QJsonObject documented
            = m_spec.value(u"components").toObject().value(u"x-error-codes").toObject();
        QVERIFY(!documented.isEmpty());
        QSet<QString> codes;
        for (const ApiErrorInfo &error : ApiErrors) {
            const QString code = text(error.code);
            QVERIFY2(!codes.contains(code), qPrintable(code + u" is defined twice"));
            codes.insert(code);
            QVERIFY2(documented.contains(code), qPrintable(code + u" is not in the document"));
            QCOMPARE(documented.value(code).toInt(), error.status);
        }
        for (auto it = documented.begin(); it != documented.end(); ++it)
            QVERIFY2(codes.contains(it.key()), qPrintable(it.key() + u" is not an ApiError"));
    }

    // A person reads why: every error says so in words of its own, except
    // where each route names what it refused (forbidden) or counts the wait
    // (too many sign-ins).
    void everyApiErrorSaysWhy()
    {
        for (const ApiErrorInfo &error : ApiErrors) {
            const bool ownWords
                = error.error == ApiError::Forbidden || error.error == ApiError::SignInTooMany;
            QVERIFY2(apiMessage(error.error).isEmpty() == ownWords, error.code.data());
        }
        QCOMPARE(apiMessage(ApiError::CaseNotFound).arg(QStringLiteral("c-1")),
                 QStringLiteral("There is no case \"c-1\"."));
    }

    // §10: the documents are filed as scans; the server and the desk know
    // them by the same first bytes.
    void scansAreKnownByTheirFirstBytes()
    {
        QCOMPARE(Scans::sniffType("%PDF-1.7\n"), QStringLiteral("application/pdf"));
        QCOMPARE(Scans::sniffType("\x89PNG\r\n\x1a\n...."), QStringLiteral("image/png"));
        QCOMPARE(Scans::sniffType("\xff\xd8\xff\xe0"), QStringLiteral("image/jpeg"));
        QCOMPARE(Scans::sniffType("GIF89a"), QString());
        QVERIFY(Scans::isType("%PDF-1.7", "application/pdf"));
        QVERIFY(!Scans::isType("%PDF-1.7", "image/png"));
        QVERIFY(!Scans::isType("GIF89a", "image/gif"));
    }

    // Every command type is named once: a fact is no step of the workflow,
    // and each outside system sends what its paragraph gives it.
    void commandKindsAreOneTable()
    {
        QSet<QString> ids;
        for (const CaseFactInfo &fact : CaseFacts) {
            const QString id = caseFactId(fact.fact);
            QVERIFY2(!Workflow::actionFromId(id), qPrintable(id + u" is also a step"));
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            const auto kind = commandKind(id);
            QVERIFY(kind && kind->fact == fact.fact && !kind->action);
        }
        QVERIFY(commandKind(QStringLiteral("register"))
                && commandKind(QStringLiteral("register"))->action);
        // The intake has its own route (§11), never a command.
        QVERIFY(!commandKind(QStringLiteral("receive")));
        QVERIFY(!commandKind(QStringLiteral("delete-everything")));
        QCOMPARE(commandsSentBy(u"egov"),
                 (QStringList{QStringLiteral("resubmit"), QStringLiteral("withdraw")}));
        QCOMPARE(
            commandsSentBy(u"nsc"),
            (QStringList{QStringLiteral("record-nsc-answer"), QStringLiteral("record-arrival")}));
        QCOMPARE(commandsSentBy(u"kqp"), QStringList{QStringLiteral("assign-kqp-number")});
        QCOMPARE(commandsSentBy(u"checks"), QStringList{QStringLiteral("record-check")});
        QCOMPARE(commandsSentBy(u"courier"), QStringList{QStringLiteral("record-courier-status")});
        QCOMPARE(commandsSentBy(u"migration"),
                 QStringList{QStringLiteral("record-fingerprinting")});
        QVERIFY(commandsSentBy(u"nobody").isEmpty());
        for (const IntegrationScope &scope : integrationScopes())
            QCOMPARE(scope.commands, commandsSentBy(scope.id));
    }

    // The outside systems the document names are the ones with a scope.
    void integrationsAgreeWithTheDocument()
    {
        const QJsonArray parameters = m_spec.value(u"paths")
                                          .toObject()
                                          .value(u"/api/v1/integration/{integration}/commands")
                                          .toObject()
                                          .value(u"parameters")
                                          .toArray();
        QStringList documented;
        for (const QJsonValue &parameter : parameters) {
            if (parameter.toObject().value(u"name").toString() == u"integration") {
                for (const QJsonValue &id :
                     parameter.toObject().value(u"schema").toObject().value(u"enum").toArray())
                    documented.append(id.toString());
            }
        }
        QStringList scoped;
        for (const IntegrationScope &scope : integrationScopes())
            scoped.append(scope.id);
        QCOMPARE(scoped, documented);
    }

    void clientPathsAreTheDocumentedOnes()
    {
        const QString hash(64, u'a');
        QCOMPARE(Api::documentPath(hash), QStringLiteral("/api/v1/documents/") + hash);
        QCOMPARE(Api::uploadPath(hash, QStringLiteral("c-1"), QStringLiteral("passport scan.pdf")),
                 QStringLiteral("/api/v1/documents/") + hash
                     + QStringLiteral("?case=c-1&name=passport%20scan.pdf"));
        QCOMPARE(Api::caseDocumentsPath(QStringLiteral("c-1")),
                 QStringLiteral("/api/v1/cases/c-1/documents"));
        QCOMPARE(Api::integrationCommandsPath(QStringLiteral("kqp")),
                 QStringLiteral("/api/v1/integration/kqp/commands"));
        QCOMPARE(Api::changesPath(42, 500), QStringLiteral("/api/v1/changes?since=42&limit=500"));
        QCOMPARE(Api::path(Api::Route::SignIn), QStringLiteral("/api/v1/session"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
