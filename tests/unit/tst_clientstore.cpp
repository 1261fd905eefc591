#include "core/domain/casecodec.h"
#include "core/domain/oversightdigest.h"
#include "core/domain/retention.h"
#include "core/simulation/scangenerator.h"
#include "db/client/clientstore.h"
#include "db/client/jsonslices.h"
#include "tests/support/builders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <atomic>
#include <memory>

using namespace Kezek;
using namespace Kezek::Builders;

namespace {

const QString Password = QStringLiteral("officer's own password");

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A scan's record as the feed sends it.
QJsonObject record(const QString &sha256, const QString &caseId)
{
    return QJsonObject{{QStringLiteral("sha256"), sha256},
                       {QStringLiteral("caseId"), caseId},
                       {QStringLiteral("name"), QStringLiteral("scan.png")},
                       {QStringLiteral("contentType"), QStringLiteral("image/png")},
                       {QStringLiteral("size"), 100},
                       {QStringLiteral("uploadedBy"), QStringLiteral("egov")},
                       {QStringLiteral("uploadedAt"), QStringLiteral("2025-11-01T10:00:00Z")}};
}

Case numbered(CaseState state, int n)
{
    Case c = caseIn(state);
    c.id = QStringLiteral("case-%1").arg(n);
    c.number = QStringLiteral("DNR-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    return c;
}

CaseCommand command(const QString &caseId)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("send-to-nsc"),
            caseId,
            3,
            {},
            {},
            {}};
}

} // namespace

// The workstation's cache: encrypted at rest, one page at a time, and an
// outbox that loses nothing.
class TestClientStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aCopiedCacheRevealsNoNameAndNoIin();
    void onlyTheOfficersPasswordOpensIt();
    void aPageAndItsCursorAreKeptTogetherOrNotAtAll();
    void casesAreFoundByNumberIinPassportAndName();
    void aPersonIsFoundHoweverTheNameWasWritten();
    void aQueueRowReadsWhatTheWholeCaseSays();
    void anArrivalIsFoundByItsPermitNumber();
    void aDeletedApplicationsScansLeaveTheCache();
    void aDeskScanWaitsForItsUploadAcrossARestart();
    void casesOverLongerThanTheRetentionLeaveTheCache();
    void aQueueSortsByTheOfficersDeadline();
    void aQueueSortsByItsHoldersNamesAndKeepsToOneCity();
    void aSearchInAQueueFindsItsFewCasesAmongMany();
    void theOutboxKeepsWhatTheServerDidNotApply();
    void aFileThatIsNotACacheIsRefusedAndLeftAsItIs();
    void aCacheNewerThanTheProgramIsRefusedAndLeftAsItIs();
    void aCacheFromAnEarlierVersionKeepsItsCases();
    void claimsWaitForTheServerAndGiveWayToIt();
    void notificationsArriveOnceAndStayReadAcrossARestart();
    void aPageIsKeptFromItsBytesExactlyOrNotAtAll();
    void aPreparedPageNeedsNothingOfItsReader();
    void aBulkLoadCutShortIsIndexedAtTheNextOpen();
    void theDashboardReadsEachCaseAsItNowStands();
    void theDashboardsKeptCasesFollowEverySync();
    void theDashboardReadsWhileASyncWrites();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("cache.db")); }
};

void TestClientStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestClientStore::aCopiedCacheRevealsNoNameAndNoIin()
{
    const Case c = numbered(CaseState::Registered, 1);
    {
        auto store = ClientStore::open(path(), Password);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QVERIFY((*store)->applyPage({caseToJson(c)}, {}, 7, QStringLiteral("law-1")));
        QCOMPARE(*(*store)->caseCount(), 1);
    }
    // Every file the cache wrote: the database, its WAL, the key file.
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("cache.db")));
    for (const QString &name : files) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY2(!raw.contains(c.applicant.surname.toUtf8()), qPrintable(name));
        QVERIFY2(!raw.contains(c.applicant.iin.toUtf8()), qPrintable(name));
        QVERIFY2(!raw.contains(c.number.toUtf8()), qPrintable(name));
        QVERIFY2(!raw.contains("SQLite format 3"), qPrintable(name));
    }
}

void TestClientStore::onlyTheOfficersPasswordOpensIt()
{
    const Case c = numbered(CaseState::Registered, 1);
    {
        auto store = ClientStore::open(path(), Password);
        QVERIFY(store);
        QVERIFY((*store)->applyPage({caseToJson(c)}, {}, 7, QStringLiteral("law-1")));
    }
    const auto wrong = ClientStore::open(path(), QStringLiteral("a guess"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("store.password"));

    // Offline, with the password alone: everything is there.
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QCOMPARE(*(*store)->cursor(), 7);
    QCOMPARE(*(*store)->lawVersion(), QStringLiteral("law-1"));
    QCOMPARE(**(*store)->findCase(c.id), c);

    QVERIFY(QFile::remove(path() + QStringLiteral(".key")));
    const auto keyless = ClientStore::open(path(), Password);
    QVERIFY(!keyless);
    // No keychain here to look in: said so, and nothing changed.
    QCOMPARE(keyless.error().code, QStringLiteral("store.keychain-unavailable"));
}

void TestClientStore::aQueueRowReadsWhatTheWholeCaseSays()
{
    // A row reads only the stage, applicant, checks and clocks of a case's
    // text; what it reads is what the whole case says, at every stage.
    QList<Case> cases;
    int n = 0;
    for (CaseState state : {CaseState::Received, CaseState::WithNsc, CaseState::Registered}) {
        Case c = numbered(state, ++n);
        c.checks.append({CheckPhase::Preliminary,
                         CheckKind::Idb,
                         CheckOutcome::Hit,
                         QDate(2026, 11, 2),
                         QStringLiteral("IDB-1"),
                         {},
                         {}});
        cases.append(c);
    }
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QList<QJsonObject> page;
    for (const Case &c : std::as_const(cases))
        page.append(caseToJson(c));
    QVERIFY((*store)->applyPage(page, {}, 1, QString()));
    for (const Case &c : std::as_const(cases)) {
        const auto row = (*store)->glanceAt(c.id);
        QVERIFY2(row, qPrintable(row ? QString() : row.error().message));
        QVERIFY(row->has_value());
        QCOMPARE(**row, glanceOf(**(*store)->findCase(c.id)));
        QCOMPARE((*row)->state, c.state);
        QCOMPARE(latestOutcome((*row)->checks, CheckPhase::Preliminary, CheckKind::Idb),
                 CheckOutcome::Hit);
    }
    QVERIFY(!(*store)->glanceAt(QStringLiteral("case-99"))->has_value());
    // A page's rows read at once (issue 27: one read for the rows on screen)
    // are the same glances; a case not in the cache is left out.
    QStringList ids{QStringLiteral("case-99")};
    for (const Case &c : std::as_const(cases))
        ids.append(c.id);
    const auto atOnce = (*store)->glancesAt(ids);
    QVERIFY2(atOnce, qPrintable(atOnce ? QString() : atOnce.error().message));
    QCOMPARE(atOnce->size(), cases.size());
    for (const Case &c : std::as_const(cases))
        QCOMPARE(atOnce->value(c.id), **(*store)->glanceAt(c.id));
}

void TestClientStore::aPageAndItsCursorAreKeptTogetherOrNotAtAll()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QVERIFY((*store)->applyPage({caseToJson(numbered(CaseState::Received, 1))}, {}, 1, QString()));
    QJsonObject malformed = caseToJson(numbered(CaseState::Received, 3));
    malformed.insert(QStringLiteral("state"), QStringLiteral("teleported"));
    const auto page = (*store)->applyPage(
        {caseToJson(numbered(CaseState::Received, 2)), malformed}, {}, 3, QString());
    QVERIFY(!page);
    // Neither the good case before it nor the cursor moved.
    QCOMPARE(*(*store)->caseCount(), 1);
    QCOMPARE(*(*store)->cursor(), 1);
    QVERIFY(!(*(*store)->findCase(QStringLiteral("case-2"))));

    // A case comes again with a newer version: replaced, not doubled.
    Case newer = numbered(CaseState::Received, 1);
    newer.version = 5;
    QVERIFY((*store)->applyPage({caseToJson(newer)}, {}, 4, QString()));
    QCOMPARE(*(*store)->caseCount(), 1);
    QCOMPARE((*(*store)->findCase(QStringLiteral("case-1")))->version, 5);

    // An older version that comes late (a page repeated on the way) does not
    // put the case back.
    Case older = numbered(CaseState::Received, 1);
    older.version = 4;
    QVERIFY((*store)->applyPage({caseToJson(older)}, {}, 5, QString()));
    QCOMPARE((*(*store)->findCase(QStringLiteral("case-1")))->version, 5);
    QCOMPARE(*(*store)->cursor(), 5);
}

void TestClientStore::casesAreFoundByNumberIinPassportAndName()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QList<QJsonObject> page;
    for (int n = 1; n <= 30; ++n)
        page.append(caseToJson(numbered(CaseState::Received, n)));
    Case other = numbered(CaseState::Registered, 31);
    other.applicant.surname = QStringLiteral("ӘБЕНОВА");
    other.applicant.givenNames = QStringLiteral("ДИНАРА");
    other.applicant.iin = QStringLiteral("880101400123");
    other.applicant.passportNumber = QStringLiteral("N12345678");
    page.append(caseToJson(other));
    QVERIFY((*store)->applyPage(page, {}, 31, QString()));

    auto ids = [&](const QString &text) {
        QStringList found;
        const auto rows = (*store)->search(text, 50);
        for (const CaseRow &row : *rows)
            found.append(row.id);
        return found;
    };
    QCOMPARE(ids(QStringLiteral("DNR-2026-000031")), QStringList{QStringLiteral("case-31")});
    QCOMPARE(ids(QStringLiteral("DNR-2026-00002")).size(), 10); // 20..29
    QCOMPARE(ids(QStringLiteral("8801014")), QStringList{QStringLiteral("case-31")});
    QCOMPARE(ids(QStringLiteral("n1234")), QStringList{QStringLiteral("case-31")});
    QCOMPARE(ids(QStringLiteral("әбен")), QStringList{QStringLiteral("case-31")});
    QCOMPARE(ids(QStringLiteral("динара")), QStringList{QStringLiteral("case-31")});
    QCOMPARE(ids(QStringLiteral("jonas")).size(), 30);
    // Every word typed, in any order, each by its start.
    QCOMPARE(ids(QStringLiteral("дин әбен")), QStringList{QStringLiteral("case-31")});
    QVERIFY(ids(QStringLiteral("динара jonas")).isEmpty());
    // A name that changes is found by its new words only.
    other.applicant.surname = QStringLiteral("ТӨЛЕУОВА-ӘБЕНОВА");
    other.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(other)}, {}, 32, QString()));
    QCOMPARE(ids(QStringLiteral("төлеу")), QStringList{QStringLiteral("case-31")});
    QCOMPARE(ids(QStringLiteral("әбенова")), QStringList{QStringLiteral("case-31")});
    other.applicant.surname = QStringLiteral("СЕРІКОВА");
    other.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(other)}, {}, 33, QString()));
    QVERIFY(ids(QStringLiteral("төлеу")).isEmpty());
    QCOMPARE(ids(QStringLiteral("серік")), QStringList{QStringLiteral("case-31")});
    QVERIFY(ids(QStringLiteral("nobody")).isEmpty());
}

// Issue 31 point 5: names come from the passport's MRZ, from eGov in
// Cyrillic or Kazakh Latin, and from an officer's typing; each finds the
// others, whether the cases came in a first sync (keyed at its end) or page
// by page.
void TestClientStore::aPersonIsFoundHoweverTheNameWasWritten()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    const auto named = [](int n, const QString &surname, const QString &givenNames) {
        Case c = numbered(CaseState::Received, n);
        c.applicant.surname = surname;
        c.applicant.givenNames = givenNames;
        return caseToJson(c);
    };
    QVERIFY((*store)->beginBulkLoad());
    QVERIFY((*store)->applyPage({named(1, u"MUELLER"_qs, u"ANNA"_qs),
                                 named(2, u"Әлиев"_qs, u"Нұрлан"_qs),
                                 named(3, u"MOELLER"_qs, u"KARL"_qs)},
                                {},
                                1,
                                QString()));
    QVERIFY((*store)->endBulkLoad());
    QVERIFY((*store)->applyPage(
        {named(4, u"Müller"_qs, u"Jürgen"_qs), named(5, u"ALIYEV"_qs, u"NURLAN"_qs)},
        {},
        2,
        QString()));
    auto ids = [&](const QString &text) {
        QStringList found;
        const auto rows = (*store)->search(text, 50);
        for (const CaseRow &row : *rows)
            found.append(row.id);
        found.sort();
        return found;
    };
    const QStringList muellers{u"case-1"_qs, u"case-4"_qs};
    QCOMPARE(ids(u"Мюллер"_qs), muellers);
    QCOMPARE(ids(u"Müller"_qs), muellers);
    QCOMPARE(ids(u"mueller"_qs), muellers);
    QCOMPARE(ids(u"MÜL"_qs), muellers); // as typed, each keystroke
    const QStringList alievs{u"case-2"_qs, u"case-5"_qs};
    QCOMPARE(ids(u"Äliev"_qs), alievs);
    QCOMPARE(ids(u"Алиев"_qs), alievs);
    QCOMPARE(ids(u"aliyev nurlan"_qs), alievs);
    QCOMPARE(ids(u"Нұр Әли"_qs), alievs);
    // Möller is another name: not found as Müller, and finds only itself.
    QCOMPARE(ids(u"Möller"_qs), QStringList{u"case-3"_qs});
    QVERIFY(ids(u"Müller Karl"_qs).isEmpty());
}

void TestClientStore::anArrivalIsFoundByItsPermitNumber()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    Case approved = numbered(CaseState::PreliminarilyApproved, 1);
    approved.preliminaryPermitNumber = QStringLiteral("PP-2026-0042");
    Case other = numbered(CaseState::PreliminarilyApproved, 2);
    other.preliminaryPermitNumber = QStringLiteral("PP-2026-0043");
    const Case fresh = numbered(CaseState::Received, 3); // no permit yet
    QVERIFY((*store)->applyPage(
        {caseToJson(approved), caseToJson(other), caseToJson(fresh)}, {}, 3, QString()));
    auto ids = [&](const QString &text) {
        QStringList found;
        const auto rows = (*store)->findByPermitNumber(text);
        for (const CaseRow &row : *rows)
            found.append(row.id);
        return found;
    };
    QCOMPARE(ids(QStringLiteral(" pp-2026-0042 ")), QStringList{QStringLiteral("case-1")});
    QVERIFY(ids(QStringLiteral("PP-2026-004")).isEmpty()); // whole numbers only
    QVERIFY(ids(QString()).isEmpty());
    // The number stays with the case as it moves on.
    approved.state = CaseState::AtCsc;
    approved.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(approved)}, {}, 4, QString()));
    QCOMPARE(ids(QStringLiteral("PP-2026-0042")), QStringList{QStringLiteral("case-1")});
}

void TestClientStore::casesOverLongerThanTheRetentionLeaveTheCache()
{
    // The workstation keeps a case that is over for the site's days (30 by
    // default), then it leaves the cache with its scans; an open case, one
    // over lately, and one with a command still to send stay.
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    const QDate today(2026, 12, 6);
    const QByteArray own = ScanGenerator::png(60, 80, 5);
    const QByteArray shared = ScanGenerator::png(60, 80, 6);
    const QByteArray twice = ScanGenerator::png(60, 80, 7); // named by two cases that both go
    Case lately = caseIn(CaseState::FinalRefused, today.addDays(-20));
    lately.id = QStringLiteral("case-2");
    lately.number = QStringLiteral("DNR-2026-000002");
    QVERIFY(*endedOn(lately) > today.addDays(-30));
    QVERIFY((*store)->applyPage({caseToJson(numbered(CaseState::PreliminarilyRefused, 1)),
                                 caseToJson(lately),
                                 caseToJson(numbered(CaseState::Received, 3)),
                                 caseToJson(numbered(CaseState::PermitIssued, 4)),
                                 caseToJson(numbered(CaseState::FinalRefused, 5))},
                                {record(sha(own), QStringLiteral("case-1")),
                                 record(sha(shared), QStringLiteral("case-1")),
                                 record(sha(shared), QStringLiteral("case-3")),
                                 record(sha(twice), QStringLiteral("case-1")),
                                 record(sha(twice), QStringLiteral("case-5"))},
                                4,
                                QString()));
    QVERIFY((*store)->putScan(sha(own), own));
    QVERIFY((*store)->putScan(sha(shared), shared));
    QVERIFY((*store)->putScan(sha(twice), twice));
    QVERIFY((*store)->enqueue(command(QStringLiteral("case-4"))));

    const auto retired = (*store)->purgeEnded(today, 30);
    QVERIFY2(retired, qPrintable(retired ? QString() : retired.error().message));
    QCOMPARE(*retired, (std::pair{2, 2}));
    QVERIFY(!(*store)->scan(sha(twice))->has_value());
    QVERIFY(!(*store)->findCase(QStringLiteral("case-5"))->has_value());
    QVERIFY(!(*store)->findCase(QStringLiteral("case-1"))->has_value());
    QVERIFY((*store)->documentsOfCase(QStringLiteral("case-1"))->isEmpty());
    QVERIFY(!(*store)->scan(sha(own))->has_value());
    QCOMPARE(*(*store)->scan(sha(shared)), std::optional<QByteArray>(shared));
    QVERIFY((*store)->search(QStringLiteral("DNR-2026-000001"), 10)->isEmpty());
    for (const char *kept : {"case-2", "case-3", "case-4"})
        QVERIFY2((*store)->findCase(QString::fromLatin1(kept))->has_value(), kept);
    // Nothing more is due the same day.
    QCOMPARE(*(*store)->purgeEnded(today, 30), (std::pair{0, 0}));
}

void TestClientStore::aDeletedApplicationsScansLeaveTheCache()
{
    // §12: a deleted application keeps its record; its scans leave the cache,
    // but not one the applicant's next application names too.
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    const QByteArray own = ScanGenerator::png(60, 80, 3);
    const QByteArray shared = ScanGenerator::png(60, 80, 4);
    QVERIFY((*store)->applyPage({caseToJson(numbered(CaseState::ReturnedForRework, 1)),
                                 caseToJson(numbered(CaseState::Received, 2))},
                                {record(sha(own), QStringLiteral("case-1")),
                                 record(sha(shared), QStringLiteral("case-1")),
                                 record(sha(shared), QStringLiteral("case-2"))},
                                3,
                                QString()));
    QVERIFY((*store)->putScan(sha(own), own));
    QVERIFY((*store)->putScan(sha(shared), shared));
    QCOMPARE(*(*store)->forgetScansOfDeletedCases(), 0); // returned, not deleted yet
    QVERIFY((*store)->applyPage({caseToJson(numbered(CaseState::Deleted, 1))}, {}, 4, QString()));
    QCOMPARE(*(*store)->forgetScansOfDeletedCases(), 1);
    QVERIFY(!(*store)->scan(sha(own))->has_value());
    QCOMPARE(*(*store)->scan(sha(shared)), std::optional<QByteArray>(shared));
    QCOMPARE((**(*store)->findCase(QStringLiteral("case-1"))).state, CaseState::Deleted);
}

void TestClientStore::aDeskScanWaitsForItsUploadAcrossARestart()
{
    const QByteArray png = ScanGenerator::png(70, 90, 7);
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    const CaseCommand submit = command(QStringLiteral("case-1"));
    const CaseCommand verdict = command(QStringLiteral("case-1"));
    {
        auto store = ClientStore::open(path(), Password);
        QVERIFY(store);
        auto kept = (*store)->enqueueAll({submit, verdict},
                                         DeskScan{QStringLiteral("case-1"),
                                                  QStringLiteral("csc-comparison-photo.png"),
                                                  QStringLiteral("image/png"),
                                                  png});
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    }
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    // The scan and both commands, after a restart.
    QCOMPARE((*store)->outbox(QStringLiteral("pending"), 10)->size(), 2);
    const auto pending = (*store)->pendingUploads();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().sha256, sha256);
    QCOMPARE(pending->first().name, QStringLiteral("csc-comparison-photo.png"));
    QCOMPARE(**(*store)->scan(sha256), png); // sealed, and whole
    QCOMPARE((*store)->documentsOfCase(QStringLiteral("case-1"))->size(), 1);

    // Taken back, the command takes its scan with it: nothing goes up.
    QVERIFY(*(*store)->takeBack(submit.id));
    QVERIFY((*store)->pendingUploads()->isEmpty());
    QVERIFY((*store)->documentsOfCase(QStringLiteral("case-1"))->isEmpty());

    // A scan the server would not take waits no more; one it took stays readable.
    QVERIFY((*store)->enqueueAll(
        {command(QStringLiteral("case-2"))},
        DeskScan{
            QStringLiteral("case-2"), QStringLiteral("a.png"), QStringLiteral("image/png"), png}));
    QVERIFY((*store)->uploadFailed(sha256, QStringLiteral("case-2"), QStringLiteral("too large")));
    QVERIFY((*store)->pendingUploads()->isEmpty());
    QVERIFY((*store)->enqueueAll(
        {command(QStringLiteral("case-3"))},
        DeskScan{
            QStringLiteral("case-3"), QStringLiteral("b.png"), QStringLiteral("image/png"), png}));
    QCOMPARE((*store)->pendingUploads()->size(), 1);
    QVERIFY((*store)->uploaded(sha256, QStringLiteral("case-3")));
    QVERIFY((*store)->pendingUploads()->isEmpty());
    QCOMPARE(**(*store)->scan(sha256), png);
}

// Issue 31.1: a queue sorts by who holds each case, by the name the server
// gave (the account where none), those held by nobody first, a page at a
// time; and keeps to one city for the ministry's filter.
void TestClientStore::aQueueSortsByItsHoldersNamesAndKeepsToOneCity()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QList<QJsonObject> page;
    for (int n = 1; n <= 5; ++n) {
        Case c = numbered(CaseState::Registered, n);
        c.city = n == 5 ? City::Almaty : City::Astana;
        page.append(caseToJson(c));
    }
    QVERIFY((*store)->applyPage(page, {}, 5, QString()));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    // case-1 by "zeta" (no name known), case-2 and case-4 by Ерлан, case-3
    // by nobody; an expired claim on case-5 holds it no more.
    QVERIFY((*store)->replaceClaims(
        {{QStringLiteral("case-1"), QStringLiteral("zeta"), later, {}},
         {QStringLiteral("case-2"), QStringLiteral("e2"), later, {}},
         {QStringLiteral("case-4"), QStringLiteral("e2"), later, {}},
         {QStringLiteral("case-5"), QStringLiteral("e2"), later.addSecs(-7200), {}}},
        QStringLiteral("me")));
    QVERIFY((*store)->rememberNames({{QStringLiteral("e2"), QStringLiteral("Ерлан Жұмабаев")}}));
    QCOMPARE((*store)->personNames()->value(QStringLiteral("e2")),
             QStringLiteral("Ерлан Жұмабаев"));
    const QStringList registered{QStringLiteral("registered")};
    const auto order = [&](bool descending, int pageSize, const QString &city = {}) {
        QStringList ids;
        std::optional<CaseRow> last;
        for (int read = 0; read < 10; ++read) {
            const auto rows = (*store)->queue(
                registered, CaseOrder::Holder, descending, pageSize, last ? &*last : nullptr, city);
            if (!rows || rows->isEmpty())
                break;
            for (const CaseRow &row : *rows)
                ids.append(row.id);
            last = rows->constLast();
        }
        return ids;
    };
    // "zeta" < "Ерлан" by code point: the account sorts among the names.
    const QStringList ascending{QStringLiteral("case-3"),
                                QStringLiteral("case-5"),
                                QStringLiteral("case-1"),
                                QStringLiteral("case-2"),
                                QStringLiteral("case-4")};
    QCOMPARE(order(false, 10), ascending);
    QCOMPARE(order(false, 1), ascending);
    QCOMPARE(order(true, 2),
             (QStringList{QStringLiteral("case-4"),
                          QStringLiteral("case-2"),
                          QStringLiteral("case-1"),
                          QStringLiteral("case-5"),
                          QStringLiteral("case-3")}));
    QCOMPARE(order(false, 2, QStringLiteral("almaty")), QStringList{QStringLiteral("case-5")});
    QCOMPARE(order(false, 2, QStringLiteral("astana")).size(), 4);
    const auto cities = (*store)->citiesOf({QStringLiteral("case-1"), QStringLiteral("case-5")});
    QCOMPARE(cities->value(QStringLiteral("case-5")), QStringLiteral("almaty"));
    QCOMPARE(cities->value(QStringLiteral("case-1")), QStringLiteral("astana"));
}

void TestClientStore::aQueueSortsByTheOfficersDeadline()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    // Four cases received on different days; the second has no duty clock
    // running (its deadline is worked out as none).
    QList<QJsonObject> page;
    for (int n = 1; n <= 4; ++n) {
        Case c = numbered(CaseState::Received, n);
        const QDate received = QDate(2026, 11, 2).addDays(n == 3 ? -5 : n);
        c.clocks = {DeadlineClock(ClockKind::Registration, received)};
        page.append(caseToJson(c));
    }
    QVERIFY((*store)->applyPage(page, {}, 4, QString()));
    const ClientStore::DueOf due
        = [](const QList<DeadlineClock> &clocks) -> std::optional<ClientStore::KeptDeadline> {
        // case-2's clock counts as stopped; the others are due two days on,
        // and amber from the day before.
        if (clocks.constFirst().started() == QDate(2026, 11, 4))
            return std::nullopt;
        const QDate dueOn = clocks.constFirst().started().addDays(2);
        return ClientStore::KeptDeadline{dueOn, dueOn.addDays(-1), QStringLiteral("registration")};
    };
    qint64 position = 0;
    while (true) {
        auto done = (*store)->refreshDueDates(due, 100, position);
        QVERIFY(done);
        if (*done == 0)
            break;
    }
    auto order = [&](CaseOrder by, bool descending) {
        QStringList ids;
        const auto rows = (*store)->queue({QStringLiteral("received")}, by, descending, 10, 0);
        for (const CaseRow &row : *rows)
            ids.append(row.id);
        return ids;
    };
    // Soonest first: case-3 (received first), case-1, case-4; case-2 has none and comes last.
    QCOMPARE(order(CaseOrder::Deadline, false),
             (QStringList{QStringLiteral("case-3"),
                          QStringLiteral("case-1"),
                          QStringLiteral("case-4"),
                          QStringLiteral("case-2")}));
    QCOMPARE(order(CaseOrder::Deadline, true),
             (QStringList{QStringLiteral("case-4"),
                          QStringLiteral("case-1"),
                          QStringLiteral("case-3"),
                          QStringLiteral("case-2")}));
    // Pages of a deadline order, either way, neither repeat nor skip a case,
    // the ones without a deadline last; and so in every other order.
    for (const CaseOrder by : {CaseOrder::Deadline,
                               CaseOrder::Number,
                               CaseOrder::Name,
                               CaseOrder::Iin,
                               CaseOrder::Passport,
                               CaseOrder::State,
                               CaseOrder::ReceivedOn}) {
        for (const bool descending : {false, true}) {
            QStringList paged;
            std::optional<CaseRow> last;
            for (int read = 0; read < 4; ++read) {
                const auto rows = (*store)->queue(
                    {QStringLiteral("received")}, by, descending, 1, last ? &*last : nullptr);
                QVERIFY(rows);
                if (rows->isEmpty())
                    break;
                paged.append(rows->constFirst().id);
                last = rows->constFirst();
            }
            QCOMPARE(paged, order(by, descending));
        }
    }
    // A case that moves ahead of the page already read is not read again.
    const auto first = (*store)->queue({QStringLiteral("received")}, CaseOrder::Number, false, 2);
    QCOMPARE(first->size(), 2);
    Case early = numbered(CaseState::Received, 0);
    QVERIFY((*store)->applyPage({caseToJson(early)}, {}, 4, QString()));
    const auto second = (*store)->queue(
        {QStringLiteral("received")}, CaseOrder::Number, false, 10, &first->constLast());
    QCOMPARE(second->size(), 2);
    QCOMPARE(second->at(0).id, QStringLiteral("case-3"));

    // The overdue queue on 6 November holds case-3 and case-1: counted,
    // listed and searched alike.
    const QStringList received{QStringLiteral("received")};
    const QDate sixth(2026, 11, 6);
    const auto overdue = [&] {
        QStringList ids;
        const auto rows = (*store)->needingAttention(received, sixth, 10, nullptr);
        for (const CaseRow &row : *rows)
            ids.append(row.id);
        return ids;
    };
    QCOMPARE(*(*store)->countNeedingAttention(received, sixth), 2);
    QCOMPARE(overdue(), (QStringList{QStringLiteral("case-3"), QStringLiteral("case-1")}));
    QCOMPARE((*store)->search(QStringLiteral("DNR"), 50, {received, sixth})->size(), 2);
    QCOMPARE((*store)->search(QStringLiteral("DNR"), 50, {received, {}})->size(), 5);
    // A case registered leaves the queue at once, before its deadline is
    // worked out again.
    Case registered = numbered(CaseState::Registered, 3);
    registered.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(registered)}, {}, 5, QString()));
    QCOMPARE(*(*store)->countNeedingAttention(received, sixth), 1);
    QCOMPARE(overdue(), QStringList{QStringLiteral("case-1")});
    QCOMPARE((*store)->search(QStringLiteral("DNR"), 50, {received, sixth})->size(), 1);

    // A new calendar: every deadline is worked out again, the old ones
    // standing meanwhile.
    QVERIFY((*store)->markDueDatesStale());
    QCOMPARE(*(*store)->countNeedingAttention(received, sixth), 1);
    position = 0;
    const auto again = (*store)->refreshDueDates(due, 100, position);
    QVERIFY(again);
    QCOMPARE(*again, 5); // with case-0, never worked out
    // case-1, and case-0, received long before (its clock started then).
    QCOMPARE(*(*store)->countNeedingAttention(received, sixth), 2);
    // The next day case-4 turns amber, a day before it is due: counted by
    // the chips' threshold, not by the due day.
    QCOMPARE(*(*store)->countNeedingAttention(received, sixth.addDays(1)), 3);
}

void TestClientStore::aSearchInAQueueFindsItsFewCasesAmongMany()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    // 600 new cases, and three registered long before them, numbered last:
    // the first 500 matches of "DNR" anywhere are all new ones.
    QList<QJsonObject> page;
    for (int n = 1; n <= 603; ++n) {
        Case c = numbered(n <= 600 ? CaseState::Received : CaseState::Registered, n);
        c.receivedOn = n <= 600 ? QDate(2026, 11, 1) : QDate(2026, 1, 5);
        page.append(caseToJson(c));
    }
    QVERIFY((*store)->applyPage(page, {}, 603, QString()));
    const auto found
        = (*store)->search(QStringLiteral("DNR"), 500, {{QStringLiteral("registered")}, {}});
    QVERIFY(found);
    QStringList ids;
    for (const CaseRow &row : *found)
        ids.append(row.id);
    ids.sort();
    QCOMPARE(ids,
             (QStringList{QStringLiteral("case-601"),
                          QStringLiteral("case-602"),
                          QStringLiteral("case-603")}));
    QCOMPARE(
        (*store)->search(QStringLiteral("DNR"), 500, {{QStringLiteral("received")}, {}})->size(),
        500);
    QCOMPARE((*store)->search(QStringLiteral("DNR"), 500)->size(), 500);
}

void TestClientStore::theOutboxKeepsWhatTheServerDidNotApply()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    const CaseCommand applied = command(QStringLiteral("a"));
    const CaseCommand conflict = command(QStringLiteral("b"));
    const CaseCommand rejected = command(QStringLiteral("c"));
    for (const CaseCommand &c : {applied, conflict, rejected})
        QVERIFY((*store)->enqueue(c));
    QVERIFY(!(*store)->enqueue(applied)); // an id is queued once
    auto pending = (*store)->outbox(QStringLiteral("pending"), 10);
    QCOMPARE(pending->size(), 3);
    QCOMPARE(pending->at(0).command.id, applied.id); // oldest first
    QCOMPARE(pending->at(0).command, applied);

    // The command's case is cached at the version it was made on: applied,
    // it stays until the case's next version arrives.
    Case onItsWay = numbered(CaseState::Registered, 1);
    onItsWay.id = applied.caseId;
    onItsWay.version = applied.baseVersion;
    QVERIFY((*store)->applyPage({caseToJson(onItsWay)}, {}, 1, QString()));
    QVERIFY((*store)->recordAnswer(applied.id,
                                   {{QStringLiteral("status"), QStringLiteral("applied")},
                                    {QStringLiteral("version"), applied.baseVersion + 1}}));
    QVERIFY((*store)->recordAnswer(
        conflict.id,
        {{QStringLiteral("status"), QStringLiteral("conflict")}, {QStringLiteral("version"), 9}}));
    QVERIFY((*store)->recordAnswer(rejected.id,
                                   {{QStringLiteral("status"), QStringLiteral("rejected")},
                                    {QStringLiteral("code"), QStringLiteral("workflow.state")}}));
    QCOMPARE((*store)->outbox(QStringLiteral("pending"), 10)->size(), 0);
    QCOMPARE((*store)->outboxOfCase(applied.caseId)->size(), 1);
    QCOMPARE((*store)->outboxOfCase(applied.caseId)->at(0).status, QStringLiteral("applied"));
    QVERIFY(!*(*store)->takeBack(applied.id)); // sent: no longer the officer's to take back
    onItsWay.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(onItsWay)}, {}, 2, QString()));
    QVERIFY((*store)->outboxOfCase(applied.caseId)->isEmpty());
    const auto conflicts = (*store)->outbox(QStringLiteral("conflict"), 10);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->at(0).answer.value(u"version").toInt(), 9);
    const auto refused = (*store)->outbox(QStringLiteral("rejected"), 10);
    QCOMPARE(refused->size(), 1);
    QCOMPARE(refused->at(0).answer.value(u"code").toString(), QStringLiteral("workflow.state"));
    QVERIFY((*store)->discard(conflict.id));
    QCOMPARE((*store)->outbox(QStringLiteral("conflict"), 10)->size(), 0);
}

void TestClientStore::aFileThatIsNotACacheIsRefusedAndLeftAsItIs()
{
    {
        auto store = ClientStore::open(path(), Password);
        QVERIFY(store);
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QByteArray before = fileHash(path());
    const auto opened = ClientStore::open(path(), Password);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QStringLiteral("store.not-a-cache"));
    QCOMPARE(fileHash(path()), before);
}

void TestClientStore::aCacheNewerThanTheProgramIsRefusedAndLeftAsItIs()
{
    // A later Kezek has added a migration of its own to this cache.
    const QString later = m_dir->filePath(QStringLiteral("later"));
    QVERIFY(QDir().mkpath(later));
    for (const QFileInfo &file :
         QDir(QStringLiteral(":/kezek/db/client")).entryInfoList(QDir::Files))
        QVERIFY(QFile::copy(file.filePath(), later + QLatin1Char('/') + file.fileName()));
    const int newest = int(QDir(later).entryList(QDir::Files).size());
    QFile future(later + QStringLiteral("/%1_future.sql").arg(newest + 1, 4, 10, QLatin1Char('0')));
    QVERIFY(future.open(QIODevice::WriteOnly));
    future.write("CREATE TABLE future (x TEXT);\n");
    future.close();
    {
        auto store = ClientStore::open(path(), Password, {.migrations = later});
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), newest + 1);
        QVERIFY(
            (*store)->applyPage({caseToJson(numbered(CaseState::Received, 1))}, {}, 1, QString()));
    }
    const QByteArray before = fileHash(path());
    const auto refused = ClientStore::open(path(), Password);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("store.newer"));
    QVERIFY(refused.error().message.contains(QStringLiteral("version %1").arg(newest + 1)));
    QCOMPARE(fileHash(path()), before);
    // The later program still opens it, with everything in it.
    auto again = ClientStore::open(path(), Password, {.migrations = later});
    QVERIFY(again);
    QCOMPARE(*(*again)->caseCount(), 1);
}

void TestClientStore::aCacheFromAnEarlierVersionKeepsItsCases()
{
    // A cache as Kezek left it before the permit number had a column and the
    // cases' text a table of its own (version 4), holding two cases.
    const QString earlier = m_dir->filePath(QStringLiteral("earlier"));
    QVERIFY(QDir().mkpath(earlier));
    for (const QFileInfo &file :
         QDir(QStringLiteral(":/kezek/db/client")).entryInfoList(QDir::Files)) {
        if (file.fileName() <= QStringLiteral("0004_due_dates.sql"))
            QVERIFY(QFile::copy(file.filePath(), earlier + QLatin1Char('/') + file.fileName()));
    }
    Case approved = numbered(CaseState::PreliminarilyApproved, 1);
    approved.preliminaryPermitNumber = QStringLiteral("PP-2026-0042");
    const Case received = numbered(CaseState::Received, 2);
    QFile rows(earlier + QStringLiteral("/0004_due_dates.sql"));
    QVERIFY(rows.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(rows.open(QIODevice::Append));
    for (const Case &c : {approved, received}) {
        const QJsonObject json = caseToJson(c);
        const QJsonObject applicant = json.value(u"applicant").toObject();
        const QStringList values{
            c.id,
            c.number,
            json.value(u"city").toString(),
            json.value(u"state").toString(),
            applicant.value(u"iin").toString(),
            applicant.value(u"passportNumber").toString(),
            (applicant.value(u"surname").toString() + u' '
             + applicant.value(u"givenNames").toString())
                .toLower(),
            json.value(u"receivedOn").toString(),
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))};
        QStringList quoted;
        for (QString value : values)
            quoted.append(u'\'' + value.replace(u'\'', QStringLiteral("''")) + u'\'');
        rows.write(QStringLiteral("INSERT INTO cases (id, number, city, state, iin, "
                                  "passport_number, name, received_on, body, version) VALUES "
                                  "(%1, %2);\n")
                       .arg(quoted.join(QStringLiteral(", ")))
                       .arg(c.version)
                       .toUtf8());
    }
    rows.close();
    {
        auto store = ClientStore::open(path(), Password, {.migrations = earlier});
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), 4);
    }

    // This program brings it up to date and finds everything in it.
    auto store = ClientStore::open(path(), Password);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    QCOMPARE(*(*store)->caseCount(), 2);
    QCOMPARE(**(*store)->findCase(approved.id), approved);
    QCOMPARE(**(*store)->findCase(received.id), received);
    const auto byPermit = (*store)->findByPermitNumber(QStringLiteral("PP-2026-0042"));
    QCOMPARE(byPermit->size(), 1);
    QCOMPARE(byPermit->at(0).id, approved.id);
    const auto byNumber = (*store)->search(received.number, 10);
    QCOMPARE(byNumber->size(), 1);
    QCOMPARE(byNumber->at(0).id, received.id);
    QCOMPARE((*store)->search(received.applicant.surname, 10)->size(), 2);
    // And a case that moves on replaces its text there.
    Case moved = received;
    moved.state = CaseState::Registered;
    moved.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(moved)}, {}, 3, QString()));
    QCOMPARE(**(*store)->findCase(received.id), moved);
    QCOMPARE(*(*store)->caseCount(), 2);
}

void TestClientStore::claimsWaitForTheServerAndGiveWayToIt()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    ClientStore &cache = **store;
    const QString me = QStringLiteral("officer.astana");
    QVERIFY(cache.claim(QStringLiteral("case-1"), me));
    QVERIFY(cache.claim(QStringLiteral("case-2"), me));
    QCOMPARE(cache.claimsToSend()->size(), 2);
    // A claim never sent is simply forgotten when given back.
    QVERIFY(cache.release(QStringLiteral("case-2")));
    QVERIFY(!cache.claimOf(QStringLiteral("case-2"))->has_value());

    // The server confirms one, and says someone else holds another.
    // Eight hours from now: a claim the server holds is not asked for again
    // until it runs out.
    const QString until = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(Qt::ISODate);
    QVERIFY(cache.recordClaimAnswer({{QStringLiteral("caseId"), QStringLiteral("case-1")},
                                     {QStringLiteral("status"), QStringLiteral("held")},
                                     {QStringLiteral("holder"), me},
                                     {QStringLiteral("expiresAt"), until}},
                                    me));
    QVERIFY(cache.replaceClaims(
        {{QStringLiteral("case-1"), me, QDateTime::fromString(until, Qt::ISODate), {}},
         {QStringLiteral("case-3"),
          QStringLiteral("officer2.astana"),
          QDateTime::fromString(until, Qt::ISODate),
          {}}},
        me));
    QCOMPARE((*cache.claimOf(QStringLiteral("case-1")))->status, QStringLiteral("held"));
    QCOMPARE((*cache.claimOf(QStringLiteral("case-3")))->status, QStringLiteral("taken"));
    // The claims of a page's rows, read at once, are the same (issue 27).
    const auto page = cache.claimsOf(
        {QStringLiteral("case-1"), QStringLiteral("case-2"), QStringLiteral("case-3")});
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->value(QStringLiteral("case-1")).holder, me);
    QCOMPARE(page->value(QStringLiteral("case-3")).status, QStringLiteral("taken"));
    QVERIFY(cache.claimsToSend()->isEmpty());
    // Held already: claiming again asks nothing of the server.
    QVERIFY(cache.claim(QStringLiteral("case-1"), me));
    QVERIFY(cache.claimsToSend()->isEmpty());
    // The server's store failed: the claim waits, unchanged, for the next sync.
    QVERIFY(cache.claim(QStringLiteral("case-5"), me));
    QVERIFY(cache.recordClaimAnswer({{QStringLiteral("caseId"), QStringLiteral("case-5")},
                                     {QStringLiteral("status"), QStringLiteral("rejected")},
                                     {QStringLiteral("code"), QStringLiteral("store.sql")}},
                                    me));
    QCOMPARE((*cache.claimOf(QStringLiteral("case-5")))->status, QStringLiteral("wanted"));
    QVERIFY(cache.release(QStringLiteral("case-5")));
    // A claim that ran out is asked for again.
    QVERIFY(cache.recordClaimAnswer(
        {{QStringLiteral("caseId"), QStringLiteral("case-6")},
         {QStringLiteral("status"), QStringLiteral("held")},
         {QStringLiteral("holder"), me},
         {QStringLiteral("expiresAt"), QStringLiteral("2020-01-01T00:00:00Z")}},
        me));
    QVERIFY(cache.claim(QStringLiteral("case-6"), me));
    QCOMPARE((*cache.claimOf(QStringLiteral("case-6")))->status, QStringLiteral("wanted"));
    QVERIFY(cache.release(QStringLiteral("case-6")));
    // A claim made here since stays when the server's list comes without it.
    QVERIFY(cache.claim(QStringLiteral("case-4"), me));
    QVERIFY(cache.replaceClaims({}, me));
    QCOMPARE(cache.claims()->size(), 1);
    QCOMPARE((*cache.claimOf(QStringLiteral("case-4")))->status, QStringLiteral("wanted"));
}

// Issue 30 point 3: the escalations a sync brings are kept with their cursor;
// one brought again (a page repeated after a cut) is not announced twice; a
// cursor never goes back; marking read keeps its first moment, over a restart.
void TestClientStore::notificationsArriveOnceAndStayReadAcrossARestart()
{
    const auto row = [](const char *id, qint64 revision) {
        return NotificationRow{QString::fromLatin1(id),
                               QStringLiteral("case-1"),
                               QStringLiteral("DNR-2026-000001"),
                               QStringLiteral("registration"),
                               QStringLiteral("breached"),
                               QDate(2026, 11, 18),
                               QDateTime(QDate(2026, 11, 19), QTime(4, 0), QTimeZone::utc()),
                               revision,
                               {}};
    };
    const QDateTime firstRead(QDate(2026, 11, 19), QTime(6, 0), QTimeZone::utc());
    {
        auto store = ClientStore::open(path(), Password);
        QVERIFY(store);
        QCOMPARE(*(*store)->notificationsCursor(), 0);
        auto fresh = (*store)->addNotifications({row("n1", 5), row("n2", 7)}, 7);
        QVERIFY(fresh);
        QCOMPARE(fresh->size(), 2);
        fresh = (*store)->addNotifications({row("n2", 7), row("n3", 9)}, 9);
        QVERIFY(fresh);
        QCOMPARE(fresh->size(), 1);
        QCOMPARE(fresh->constFirst().id, QStringLiteral("n3"));
        QVERIFY((*store)->addNotifications({}, 4)); // an older answer moves nothing back
        QCOMPARE(*(*store)->notificationsCursor(), 9);
        QCOMPARE(*(*store)->unreadNotifications(), 3);
        QVERIFY((*store)->markNotificationRead(QStringLiteral("n1"), firstRead));
        QVERIFY((*store)->markNotificationRead(QStringLiteral("n1"), firstRead.addSecs(600)));
    }
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QCOMPARE(*(*store)->unreadNotifications(), 2);
    const auto kept = (*store)->notifications();
    QVERIFY(kept);
    QCOMPARE(kept->size(), 3);
    const auto n1 = std::find_if(
        kept->cbegin(), kept->cend(), [](const NotificationRow &n) { return n.id == u"n1"; });
    QCOMPARE(n1->readAt, firstRead);
    QVERIFY((*store)->markAllNotificationsRead(firstRead.addSecs(60)));
    QCOMPARE(*(*store)->unreadNotifications(), 0);
}

void TestClientStore::aPageIsKeptFromItsBytesExactlyOrNotAtAll()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    Case c = numbered(CaseState::Received, 1);
    c.applicant.surname = QStringLiteral("Д'АРТАНЬЯН \"ӘЛІ\" \\ 😀");
    c.applicant.givenNames = QStringLiteral("ҒАЛЫМ }]{[ ҮМІТ");
    const QByteArray body = QJsonDocument(caseToJson(c)).toJson(QJsonDocument::Compact);
    const auto page = [](const QByteArray &cases, qint64 next) -> QByteArray {
        return "{\"cases\":[" + cases
               + "],\"documents\":[],\"law\":\"law-1\",\"more\":false,"
                 "\"next\":"
               + QByteArray::number(next) + "}";
    };
    auto kept = (*store)->applyPageBytes(page(body, 1), 1, QStringLiteral("law-1"));
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(*kept, 1);
    QCOMPARE(**(*store)->findCase(c.id), c);
    QCOMPARE((*store)->search(QStringLiteral("ғалым"), 10)->size(), 1);
    QCOMPARE((*store)->search(QStringLiteral("үміт д'арт"), 10)->size(), 1);

    // The same letters written as \u escapes (a surrogate pair for the emoji).
    Case escaped = numbered(CaseState::Received, 2);
    escaped.applicant.surname = c.applicant.surname;
    escaped.applicant.givenNames = QStringLiteral("ӘСЕЛ");
    QByteArray text = QJsonDocument(caseToJson(escaped)).toJson(QJsonDocument::Compact);
    text.replace(QStringLiteral("Ә").toUtf8(), "\\u04D8")
        .replace(QStringLiteral("😀").toUtf8(), "\\ud83d\\ude00");
    QVERIFY(text.contains("\\u04D8"));
    QVERIFY((*store)->applyPageBytes(page(text, 2), 2, QStringLiteral("law-1")));
    QCOMPARE(**(*store)->findCase(escaped.id), escaped);
    QCOMPARE((*store)->search(QStringLiteral("әсел"), 10)->size(), 1);

    // A page cut short, or a case whose brackets do not close: nothing kept.
    const Case third = numbered(CaseState::Received, 3);
    const QByteArray good = QJsonDocument(caseToJson(third)).toJson(QJsonDocument::Compact);
    QByteArray nested = good;
    nested.replace("\"checklists\":{", "\"checklists\":{\"x\":fals,");
    QByteArray escape = good;
    escape.replace("\"applicant\":{", "\"notes\":\"a\\qb\",\"applicant\":{");
    QByteArray bytes = good;
    bytes.replace("\"applicant\":{", "\"notes\":\"\xff\xfe\",\"applicant\":{");
    QVERIFY(nested != good && escape != good && bytes != good);
    for (const QByteArray &broken : QList<QByteArray>{page(nested, 3),
                                                      page(escape, 3),
                                                      page(bytes, 3),
                                                      page(good, 3).chopped(7),
                                                      page(good.chopped(1), 3),
                                                      page(good + ",{\"id\":", 3),
                                                      page(good + ",[1}", 3),
                                                      QByteArray("<html>oops</html>")}) {
        const auto refused = (*store)->applyPageBytes(broken, 3, QString());
        QVERIFY2(!refused, broken.right(40).constData());
        QVERIFY(!(*(*store)->findCase(third.id)));
        QCOMPARE(*(*store)->cursor(), 2);
    }

    // A field the format leaves optional may be absent: the case is kept.
    QJsonObject sparse = caseToJson(third);
    QVERIFY(sparse.contains(u"preliminaryPermitNumber"));
    sparse.remove(QStringLiteral("preliminaryPermitNumber"));
    const auto taken = (*store)->applyPageBytes(
        page(QJsonDocument(sparse).toJson(QJsonDocument::Compact), 3), 3, QString());
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QCOMPARE(**(*store)->findCase(third.id), third);
}

void TestClientStore::aPreparedPageNeedsNothingOfItsReader()
{
    // A sync prepares a page while the one before is written, and lets go of
    // the page's bytes as it reads the next: what is written is the case.
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    const Case first = numbered(CaseState::Received, 1);
    const Case second = numbered(CaseState::Received, 2);
    const auto prepare = [&](const Case &c, qint64 next) {
        QByteArray page = "{\"cases\":["
                          + QJsonDocument(caseToJson(c)).toJson(QJsonDocument::Compact)
                          + "],\"documents\":[],\"law\":\"law-1\",\"more\":false,\"next\":"
                          + QByteArray::number(next) + "}";
        QList<JsonSlices::Member> top;
        const auto cases = JsonSlices::objectsUnder(page, "cases", &top);
        auto prepared = (*store)->preparePage(page, top, *cases, next, QStringLiteral("law-1"));
        // The reader's copy is written over and dropped.
        page.fill('x');
        page.clear();
        return prepared;
    };
    auto one = prepare(first, 1);
    auto two = prepare(second, 2);
    QVERIFY(one && two);
    // Nothing is kept until a page is written, and then that page alone.
    QVERIFY(!*(*store)->findCase(first.id));
    QCOMPARE(*(*store)->writePage(*one), 1);
    QCOMPARE(*(*store)->cursor(), 1);
    QVERIFY(!*(*store)->findCase(second.id));
    QCOMPARE(*(*store)->writePage(*two), 1);
    QCOMPARE(*(*store)->cursor(), 2);
    QCOMPARE(**(*store)->findCase(first.id), first);
    QCOMPARE(**(*store)->findCase(second.id), second);
    // A case that does not read is refused when prepared, before any write.
    QList<JsonSlices::Member> top;
    const QByteArray broken = "{\"cases\":[{\"id\":\"x\"}],\"documents\":[],\"next\":3}";
    const auto cases = JsonSlices::objectsUnder(broken, "cases", &top);
    QVERIFY(cases);
    QVERIFY(!(*store)->preparePage(broken, top, *cases, 3, QString()));
    QCOMPARE(*(*store)->cursor(), 2);
}

void TestClientStore::aBulkLoadCutShortIsIndexedAtTheNextOpen()
{
    Case c = numbered(CaseState::Received, 7);
    c.applicant.surname = QStringLiteral("НҰРЛАНҚЫЗЫ");
    {
        auto store = ClientStore::open(path(), Password);
        QVERIFY(store);
        QVERIFY((*store)->beginBulkLoad());
        QVERIFY((*store)->applyPage({caseToJson(c)}, {}, 1, QString()));
        // Found by name while the load goes on, as by number.
        QCOMPARE((*store)->search(QStringLiteral("нұрлан"), 10)->size(), 1);
        QCOMPARE((*store)->search(QStringLiteral("jonas pet"), 10)->size(), 1);
        QVERIFY((*store)->search(QStringLiteral("ұрлан"), 10)->isEmpty()); // a word's start
        QVERIFY((*store)->search(QStringLiteral("н%"), 10)->isEmpty());
        QCOMPARE((*store)->search(c.number, 10)->size(), 1);
        // The program dies here, before the load ends.
    }
    auto store = ClientStore::open(path(), Password);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    QCOMPARE(*(*store)->cursor(), 1);
    QCOMPARE((*store)->search(QStringLiteral("нұрлан"), 10)->size(), 1);
    QCOMPARE((*store)->search(c.number, 10)->size(), 1);
    // A load that ends finds its words too, and later pages keep them.
    QVERIFY((*store)->beginBulkLoad());
    Case d = numbered(CaseState::Received, 8);
    d.applicant.surname = QStringLiteral("ҚАЙРАТҰЛЫ");
    QVERIFY((*store)->applyPage({caseToJson(d)}, {}, 2, QString()));
    QVERIFY((*store)->endBulkLoad());
    QCOMPARE((*store)->search(QStringLiteral("қайрат"), 10)->size(), 1);
    QCOMPARE((*store)->search(QStringLiteral("нұрлан"), 10)->size(), 1);
    d.applicant.surname = QStringLiteral("БЕКҰЛЫ");
    d.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(d)}, {}, 3, QString()));
    QCOMPARE((*store)->search(QStringLiteral("бек"), 10)->size(), 1);
    QVERIFY((*store)->search(QStringLiteral("қайрат"), 10)->isEmpty());

    // The words found at the end of a load: each half of a double name, a
    // word twice in one name, a word many cases share.
    QVERIFY((*store)->beginBulkLoad());
    QList<QJsonObject> many;
    for (int i = 0; i < 30; ++i) {
        Case e = numbered(CaseState::Received, 100 + i);
        e.applicant.surname = i == 0 ? QStringLiteral("ӘБІЛ-ӘБІЛ") : QStringLiteral("СМИТ-ЖОНС");
        e.applicant.givenNames = i == 1 ? QStringLiteral("АННА МАРИЯ") : QStringLiteral("ЖОН");
        many.append(caseToJson(e));
    }
    QVERIFY((*store)->applyPage(many, {}, 4, QString()));
    // A case that changed while the load went on comes again: the newer
    // version is kept, once; an older one coming late changes nothing.
    Case changed = numbered(CaseState::Received, 100);
    changed.applicant.surname = QStringLiteral("ӘБІЛ-ӘБІЛ");
    changed.applicant.givenNames = QStringLiteral("ЖОН");
    const qint64 before = *(*store)->caseCount();
    changed.version += 1;
    changed.number = QStringLiteral("DNR-2026-777777");
    QVERIFY((*store)->applyPage({caseToJson(changed)}, {}, 5, QString()));
    Case late = changed;
    late.version -= 1;
    late.number = QStringLiteral("DNR-2026-666666");
    QVERIFY((*store)->applyPage({caseToJson(late)}, {}, 6, QString()));
    QCOMPARE(*(*store)->caseCount(), before);
    QCOMPARE(**(*store)->findCase(changed.id), changed);
    QVERIFY((*store)->endBulkLoad());
    QCOMPARE((*store)->search(QStringLiteral("DNR-2026-777777"), 10)->size(), 1);
    QVERIFY((*store)->search(QStringLiteral("DNR-2026-666666"), 10)->isEmpty());
    QCOMPARE((*store)->search(QStringLiteral("әбіл"), 100)->size(), 1);
    QCOMPARE((*store)->search(QStringLiteral("жонс"), 100)->size(), 29);
    // The 30 ЖОН, and the two cases above whose given names hold Jonas: the
    // Kazakh Latin writes ж as j.
    QCOMPARE((*store)->search(QStringLiteral("жон"), 100)->size(), 32);
    QCOMPARE((*store)->search(QStringLiteral("мария смит"), 100)->size(), 1);
    QCOMPARE((*store)->search(QStringLiteral("бек"), 10)->size(), 1);
}

// Issue 30 point 1: the dashboard reads what the figures need of each case
// from a digest kept beside its text (0013_oversight_digests.sql), made the
// first time; a case that changed since is read from its new text, never as
// it stood when its digest was made, and the digests outlive a restart.
void TestClientStore::theDashboardReadsEachCaseAsItNowStands()
{
    const QList<CaseState> states{CaseState::Received, CaseState::WithNsc, CaseState::Registered};
    QList<Case> cases;
    for (qsizetype i = 0; i < states.size(); ++i)
        cases.append(numbered(states.at(i), int(i) + 1));
    const auto standing = [](const QList<Case> &read) {
        QHash<QString, std::pair<CaseState, QList<DeadlineClock>>> byId;
        for (const Case &c : read)
            byId.insert(c.id, {c.state, c.clocks});
        return byId;
    };
    {
        auto store = ClientStore::open(path(), Password);
        QVERIFY(store);
        QList<QJsonObject> page;
        for (const Case &c : std::as_const(cases))
            page.append(caseToJson(c));
        QVERIFY((*store)->applyPage(page, {}, 1, QString()));
        const auto first = (*store)->casesForOversight(cityId(City::Astana));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->size(), 3);
        QCOMPARE(standing(*first), standing(cases));
        const auto again = (*store)->casesForOversight(cityId(City::Astana));
        QVERIFY(again);
        QCOMPARE(standing(*again), standing(cases));
        QVERIFY((*store)->casesForOversight(cityId(City::Almaty))->isEmpty());

        Case moved = numbered(CaseState::Registered, 1);
        moved.version = cases.first().version + 1;
        cases.first() = moved;
        QVERIFY((*store)->applyPage({caseToJson(moved)}, {}, 2, QString()));
        const auto after = (*store)->casesForOversight(std::nullopt);
        QVERIFY(after);
        QCOMPARE(standing(*after), standing(cases));
    }
    auto reopened = ClientStore::open(path(), Password);
    QVERIFY(reopened);
    const auto kept = (*reopened)->casesForOversight(std::nullopt);
    QVERIFY(kept);
    QCOMPARE(standing(*kept), standing(cases));
}

// Issue 30: the dashboard keeps the cases it read, over its own connection,
// and after each sync reads only those changed, added or gone; what it keeps
// is always what a whole read of the cache says, case for case and in the
// same order.
void TestClientStore::theDashboardsKeptCasesFollowEverySync()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QList<QJsonObject> page;
    for (int n = 1; n <= 4; ++n)
        page.append(caseToJson(numbered(CaseState::Received, n)));
    QVERIFY((*store)->applyPage(page, {}, 1, QString()));
    auto reader = (*store)->another();
    QVERIFY(reader);
    ClientStore::OversightMemory memory;
    // What the figures read of each case, in order (a case read from its
    // text carries more than one read from its digest).
    const auto digests = [](const QList<Case> &cases) {
        QList<QByteArray> read;
        for (const Case &c : cases)
            read.append(oversightDigest(c));
        return read;
    };
    const auto agrees = [&](const std::optional<QString> &city) {
        auto whole = (*store)->casesForOversight(city);
        return whole && digests(memory.cases) == digests(*whole);
    };
    const std::optional<QString> astana = cityId(City::Astana);
    QCOMPARE(*(*reader)->refreshOversight(memory, astana), 4);
    QVERIFY(agrees(astana));
    // Nothing written since: nothing read.
    QCOMPARE(*(*reader)->refreshOversight(memory, astana), 0);

    // A sync moves a case on: that case alone is read again.
    Case moved = numbered(CaseState::WithNsc, 2);
    moved.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(moved)}, {}, 2, QString()));
    QCOMPARE(*(*reader)->refreshOversight(memory, astana), 1);
    QVERIFY(agrees(astana));
    QCOMPARE(memory.cases.at(1).state, CaseState::WithNsc);

    // A new case, and one of another city the supervisor does not count.
    Case almaty = numbered(CaseState::Received, 6);
    almaty.city = City::Almaty;
    QVERIFY((*store)->applyPage(
        {caseToJson(numbered(CaseState::Received, 5)), caseToJson(almaty)}, {}, 3, QString()));
    QCOMPARE(*(*reader)->refreshOversight(memory, astana), 1);
    QCOMPARE(memory.cases.size(), 5);
    QVERIFY(agrees(astana));

    // Cases over for long leave the cache, and the dashboard's memory.
    Case ended = caseIn(CaseState::FinalRefused, QDate(2026, 1, 10));
    ended.id = QStringLiteral("case-3");
    ended.number = numbered(CaseState::Received, 3).number;
    ended.version += 1;
    QVERIFY((*store)->applyPage({caseToJson(ended)}, {}, 4, QString()));
    QCOMPARE(*(*reader)->refreshOversight(memory, astana), 1);
    QVERIFY(agrees(astana));
    QVERIFY(*(*store)->purgeEnded(QDate(2026, 12, 6), 30) > std::pair(0, 0));
    const quint64 generation = memory.generation;
    QCOMPARE(*(*reader)->refreshOversight(memory, astana), 1); // one gone
    QCOMPARE(memory.cases.size(), 4);
    QVERIFY(memory.generation > generation);
    QVERIFY(agrees(astana));

    // The ministry's question is every city: read whole, then followed.
    QCOMPARE(*(*reader)->refreshOversight(memory, std::nullopt), 5);
    QVERIFY(agrees(std::nullopt));

    // The last row's number is used again once its case went: the case now
    // in that row, at the very same version, is read, not taken for the one
    // before.
    const qint64 lastSeq = memory.seqs.constLast();
    const qint64 keptVersion = memory.versions.constLast();
    Case last = caseIn(CaseState::FinalRefused, QDate(2026, 1, 10), City::Almaty);
    last.id = almaty.id;
    last.number = almaty.number;
    last.version = keptVersion + 1;
    QVERIFY((*store)->applyPage({caseToJson(last)}, {}, 5, QString()));
    QVERIFY(*(*store)->purgeEnded(QDate(2026, 12, 6), 30) > std::pair(0, 0));
    Case reused = numbered(CaseState::WithNsc, 7);
    reused.city = City::Almaty;
    reused.version = keptVersion;
    QVERIFY((*store)->applyPage({caseToJson(reused)}, {}, 6, QString()));
    QVERIFY(*(*reader)->refreshOversight(memory, std::nullopt) > 0);
    QCOMPARE(memory.seqs.constLast(), lastSeq);
    QCOMPARE(memory.cases.constLast().id, reused.id);
    QVERIFY(agrees(std::nullopt));
}

// Issue 30 and "Nothing lost": the dashboard's reader counts, and keeps its
// digests, on its own connection while a sync writes pages on another; when
// the sync is done, what the reader keeps is what the cache says.
void TestClientStore::theDashboardReadsWhileASyncWrites()
{
    auto store = ClientStore::open(path(), Password);
    QVERIFY(store);
    QList<Case> cases;
    QList<QJsonObject> page;
    for (int n = 1; n <= 40; ++n) {
        cases.append(numbered(CaseState::Received, n));
        page.append(caseToJson(cases.constLast()));
    }
    QVERIFY((*store)->applyPage(page, {}, 1, QString()));
    auto reader = (*store)->reader();
    QVERIFY(reader);
    const std::optional<QString> astana = cityId(City::Astana);
    ClientStore::OversightMemory memory;
    QVERIFY((*reader)->refreshOversight(memory, astana));

    // The sync: 30 pages, each moving 8 cases on and bringing a new one.
    std::atomic<bool> failed = false;
    std::unique_ptr<QThread> sync(QThread::create([&] {
        for (int round = 0; round < 30; ++round) {
            QList<QJsonObject> next;
            for (int k = 0; k < 8; ++k) {
                Case &c = cases[(round * 8 + k) % cases.size()];
                ++c.version;
                c.state = c.state == CaseState::Received ? CaseState::WithNsc : CaseState::Received;
                next.append(caseToJson(c));
            }
            next.append(caseToJson(numbered(CaseState::Received, 100 + round)));
            if (!(*store)->applyPage(next, {}, 2 + round, QString()))
                failed = true;
        }
    }));
    sync->start();
    int reads = 0;
    while (!sync->isFinished()) {
        QVERIFY2((*reader)->refreshOversight(memory, astana), "a read beside the sync failed");
        ++reads;
    }
    sync->wait();
    QVERIFY(!failed);
    QVERIFY(reads > 0);
    QVERIFY((*reader)->refreshOversight(memory, astana));
    const auto whole = (*store)->casesForOversight(astana);
    QVERIFY(whole);
    QCOMPARE(memory.cases.size(), 70);
    QList<QByteArray> kept;
    QList<QByteArray> read;
    for (const Case &c : std::as_const(memory.cases))
        kept.append(oversightDigest(c));
    for (const Case &c : std::as_const(*whole))
        read.append(oversightDigest(c));
    QCOMPARE(kept, read);
}

QTEST_GUILESS_MAIN(TestClientStore)
#include "tst_clientstore.moc"
