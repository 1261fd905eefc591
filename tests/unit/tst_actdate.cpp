#include "core/domain/actdate.h"
#include "core/domain/casecommand.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Kezek;

namespace {

// Noon in Astana (UTC+5) on a day, as UTC.
QDateTime noon(QDate day)
{
    return QDateTime(day, QTime(7, 0), QTimeZone::utc());
}

const QDate Day44(2026, 3, 2);

} // namespace

// An act counts from when it was made, not from when it reached the server:
// a decision made offline on day 44 and synced on day 47 is day 44's.
class TestActDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anActMadeOfflineIsDatedWhenMade();
    void anActOlderThanTheWindowIsDatedOnReceiptAndSaysWhy();
    void anActFromTheFutureOrBeforeItsBaseIsRefused();
    void theMomentTravelsInsideTheSignedBytes();
};

void TestActDate::anActMadeOfflineIsDatedWhenMade()
{
    // Made on day 44 at 23:30 in Astana (18:30 UTC), received 60 hours later.
    const QDateTime made(Day44, QTime(18, 30), QTimeZone::utc());
    auto dated = dateOfAct(made, made.addSecs(60 * 3600), 72, noon(Day44.addDays(-3)));
    QVERIFY(dated);
    QCOMPARE(dated->date, Day44);
    QVERIFY(!dated->atReceipt);
    // Kazakhstan's day, not UTC's: 19:30 UTC is already the next day there.
    QCOMPARE(dateOfAct(made.addSecs(3600), made.addSecs(7200), 72, {})->date, Day44.addDays(1));
    // No moment said: the day it was received.
    auto unsaid = dateOfAct({}, noon(Day44.addDays(3)), 72, {});
    QCOMPARE(unsaid->date, Day44.addDays(3));
    QVERIFY(unsaid->atReceipt);
}

void TestActDate::anActOlderThanTheWindowIsDatedOnReceiptAndSaysWhy()
{
    const QDateTime received = noon(Day44.addDays(4));
    auto late = dateOfAct(noon(Day44), received, 72, {});
    QVERIFY(late);
    QCOMPARE(late->date, Day44.addDays(4));
    QVERIFY(late->atReceipt);
    QVERIFY(late->why.contains(QStringLiteral("72")));
    // A site's wider window keeps it.
    QCOMPARE(dateOfAct(noon(Day44), received, 120, {})->date, Day44);
}

void TestActDate::anActFromTheFutureOrBeforeItsBaseIsRefused()
{
    const QDateTime received = noon(Day44);
    QCOMPARE(dateOfAct(received.addSecs(3600), received, 72, {}).error().code,
             QStringLiteral("command.made-in-future"));
    // A few minutes ahead is a clock's drift, not the future.
    QVERIFY(dateOfAct(received.addSecs(120), received, 72, {}));
    QCOMPARE(dateOfAct(noon(Day44.addDays(-2)), received, 72, noon(Day44.addDays(-1))).error().code,
             QStringLiteral("command.made-before-base"));
}

void TestActDate::theMomentTravelsInsideTheSignedBytes()
{
    CaseCommand command{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        QStringLiteral("grant-final"),
                        QStringLiteral("case-1"),
                        7,
                        {},
                        QDateTime(Day44, QTime(9, 15), QTimeZone::utc()),
                        {}};
    const QByteArray signedBytes = signedContent(command);
    QVERIFY(signedBytes.contains("\"madeAt\":\"2026-03-02T09:15:00Z\""));
    auto back = caseCommandFromJson(QJsonDocument::fromJson(signedBytes).object());
    QVERIFY(back);
    QCOMPARE(back->madeAt, command.madeAt);
    // Moving the moment changes the bytes the officer signed.
    CaseCommand moved = command;
    moved.madeAt = moved.madeAt.addDays(-3);
    QVERIFY(signedContent(moved) != signedBytes);
    // A moment without its time zone, or no moment at all, is refused.
    QJsonObject json = QJsonDocument::fromJson(signedBytes).object();
    json.insert(QStringLiteral("madeAt"), QStringLiteral("2026-03-02T09:15:00"));
    QCOMPARE(caseCommandFromJson(json).error().code, QStringLiteral("command.made-at"));
    json.insert(QStringLiteral("madeAt"), QStringLiteral("yesterday"));
    QCOMPARE(caseCommandFromJson(json).error().code, QStringLiteral("command.made-at"));
}

QTEST_GUILESS_MAIN(TestActDate)
#include "tst_actdate.moc"
