#include "core/domain/checklist.h"
#include "tests/support/builders.h"

#include <QTest>

using namespace Kezek;

namespace {

const QDate ApplicationDate(2025, 11, 3);

CheckContext context()
{
    return {ApplicationDate, Builders::applicant(ApplicationDate)};
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newChecklistMissesEveryRequiredDocument();
    void documentFailingAnAutomaticCheckCannotBeVerified();
    void rejectionNeedsAReasonAndCountsAsMissing();
    void resubmissionClearsTheRejection();
    void documentOfAnotherStageIsRefused();
    void completeWhenEveryRequiredDocumentIsVerified();
};

void TestChecklist::newChecklistMissesEveryRequiredDocument()
{
    const Checklist petition = Checklist::forStage(Stage::Petition);
    QCOMPARE(petition.missingDocuments().size(), 7); // the diploma is optional (§4(2))
    QVERIFY(!petition.missingDocuments().contains(DocumentType::Diploma));
    QVERIFY(!petition.isComplete());
}

void TestChecklist::documentFailingAnAutomaticCheckCannotBeVerified()
{
    Checklist checklist = Checklist::forStage(Stage::Preliminary);
    QCOMPARE(checklist.verify(DocumentType::Photo, context()).error().code,
             QStringLiteral("checklist.not-submitted"));
    DocumentFacts square;
    square.pixelWidth = square.pixelHeight = 600;
    QVERIFY(checklist.submit(DocumentType::Photo, square));
    auto verified = checklist.verify(DocumentType::Photo, context());
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, QStringLiteral("checklist.checks-failed"));
    QCOMPARE(checklist.item(DocumentType::Photo)->status, DocumentStatus::Submitted);
    QCOMPARE(checklist.checkResults(DocumentType::Photo, context()).size(), 1);
    QVERIFY(!checklist.checkResults(DocumentType::Photo, context()).constFirst().passed);
}

void TestChecklist::rejectionNeedsAReasonAndCountsAsMissing()
{
    Checklist checklist = Checklist::forStage(Stage::Preliminary);
    QVERIFY(checklist.submit(DocumentType::Petition, {}));
    QVERIFY(!checklist.missingDocuments().contains(DocumentType::Petition));
    QCOMPARE(checklist.reject(DocumentType::Petition, QStringLiteral("   ")).error().code,
             QStringLiteral("checklist.reason-required"));
    QVERIFY(checklist.reject(DocumentType::Petition, QStringLiteral("Signed by nobody")));
    QCOMPARE(checklist.item(DocumentType::Petition)->status, DocumentStatus::Rejected);
    QVERIFY(checklist.missingDocuments().contains(DocumentType::Petition));
}

void TestChecklist::resubmissionClearsTheRejection()
{
    Checklist checklist = Checklist::forStage(Stage::Preliminary);
    QVERIFY(checklist.submit(DocumentType::Petition, {}));
    QVERIFY(checklist.reject(DocumentType::Petition, QStringLiteral("Illegible")));
    QVERIFY(checklist.submit(DocumentType::Petition, {}, QStringLiteral("ab12")));
    QCOMPARE(checklist.item(DocumentType::Petition)->status, DocumentStatus::Submitted);
    QVERIFY(checklist.item(DocumentType::Petition)->rejectReason.isEmpty());
    QCOMPARE(checklist.item(DocumentType::Petition)->scanSha256, QStringLiteral("ab12"));
}

void TestChecklist::documentOfAnotherStageIsRefused()
{
    Checklist checklist = Checklist::forStage(Stage::Preliminary);
    QCOMPARE(checklist.submit(DocumentType::HousingContract, {}).error().code,
             QStringLiteral("checklist.not-in-stage"));
}

void TestChecklist::completeWhenEveryRequiredDocumentIsVerified()
{
    const CheckContext ctx = context();
    Checklist checklist = Checklist::forStage(Stage::Preliminary);
    for (const CatalogEntry &entry : catalogFor(Stage::Preliminary)) {
        QVERIFY(checklist.submit(entry.type,
                                 Builders::goodFacts(entry.type, ctx.applicant, ApplicationDate)));
        QVERIFY(!checklist.isComplete());
        auto verified = checklist.verify(entry.type, ctx);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    }
    QVERIFY(checklist.isComplete());
    QVERIFY(checklist.missingDocuments().isEmpty());
}

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
