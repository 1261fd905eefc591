#include "core/domain/noticeletter.h"
#include "resources/shippeddata.h"
#include "tests/support/builders.h"
#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QTest>

using namespace Kezek;
using namespace Kezek::Builders;

namespace {

// A letter as the applicant reads it, in their language.
QString read(const Case &c, const Notice &notice, const QString &language)
{
    const auto translator = ShippedData::translator(language);
    if (!translator)
        qFatal("no translation for %s", qPrintable(language));
    QCoreApplication::installTranslator(translator.get());
    const NoticeLetter letter = noticeLetter(c, notice, TestData::reasons(), TestData::calendar());
    QCoreApplication::removeTranslator(translator.get());
    return QStringList{letter.office, letter.title, letter.addressee}.join(u'\n') + u'\n'
           + letter.paragraphs.join(u'\n') + u'\n' + letter.documents.join(u'\n');
}

// Each kind of notice, on the case that sent it.
QList<std::pair<Case, Notice>> everyNotice()
{
    QList<std::pair<Case, Notice>> all;
    for (CaseState state : {CaseState::ReturnedForRework,
                            CaseState::Deleted,
                            CaseState::PreliminarilyApproved,
                            CaseState::PreliminarilyRefused,
                            CaseState::ApprovalAnnulled,
                            CaseState::Granted,
                            CaseState::FinalRefused,
                            CaseState::Withdrawn}) {
        const Case c = caseIn(state);
        all.append({c, c.notices.constLast()});
    }
    Case declined = caseIn(CaseState::AtCsc);
    ActionInput decline = input(Action::DeclineAtCsc,
                                dayReached(CaseState::AtCsc),
                                {},
                                {QStringLiteral("DOCS-NONCOMPLIANT")});
    declined = Workflow::apply(declined, cscOperator(), decline, context())->after;
    all.append({declined, declined.notices.constLast()});
    ActionInput revocation = input(Action::RevokeDecision, dayReached(CaseState::ApprovalAnnulled));
    revocation.text = QStringLiteral("Fingerprinted in time.");
    const Case revoked = Workflow::apply(caseIn(CaseState::ApprovalAnnulled),
                                         actorFor(Role::Supervisor),
                                         revocation,
                                         context())
                             ->after;
    all.append({revoked, revoked.notices.constLast()});
    return all;
}

} // namespace

// The letters to applicants say what the law says, in the glossary's words,
// in Kazakh, Russian and English.
class TestNoticeLetter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLetterCallsThePermitPermanentInEachLanguage();
    void aBansLetterNamesTheFirstDayIntakeTakesANewApplication();
    void theApprovalAndTheGrantCarryThePermitNumber();
};

void TestNoticeLetter::everyLetterCallsThePermitPermanentInEachLanguage()
{
    // The order is about a permanent residence permit (тұрақты тұруға рұқсат,
    // разрешение на постоянное жительство); never "temporary".
    const QHash<QString, QString> permanent{
        {QStringLiteral("kk"), QStringLiteral("тұрақты тұруға рұқсат")},
        {QStringLiteral("ru"), QStringLiteral("постоянное жительство")},
        {QStringLiteral("en"), QStringLiteral("permanent residence permit")}};
    const QStringList temporary{
        QStringLiteral("уақытша"), QStringLiteral("временн"), QStringLiteral("temporary")};
    const QList<NoticeKind> namingThePermit{NoticeKind::ReturnForRework,
                                            NoticeKind::PreliminaryApproval,
                                            NoticeKind::PreliminaryRefusal,
                                            NoticeKind::FinalGrant,
                                            NoticeKind::FinalRefusal,
                                            NoticeKind::Withdrawn};
    QSet<NoticeKind> seen;
    for (const auto &[c, notice] : everyNotice()) {
        seen.insert(notice.kind);
        const QString english = read(c, notice, QStringLiteral("en"));
        for (const QString &language : permanent.keys()) {
            const QString letter = read(c, notice, language);
            for (const QString &word : temporary)
                QVERIFY2(!letter.contains(word, Qt::CaseInsensitive), qPrintable(letter));
            if (namingThePermit.contains(notice.kind))
                QVERIFY2(letter.contains(permanent.value(language), Qt::CaseInsensitive),
                         qPrintable(language + u'\n' + letter));
            if (language != u"en") // translated, not the English left in
                QVERIFY2(letter != english, qPrintable(letter));
        }
    }
    QCOMPARE(seen.size(), 10); // every kind of notice there is
}

void TestNoticeLetter::aBansLetterNamesTheFirstDayIntakeTakesANewApplication()
{
    // §19, §24: "a new application is possible from D": on D intake takes it,
    // on the day before it still refuses.
    for (CaseState state :
         {CaseState::PreliminarilyRefused, CaseState::ApprovalAnnulled, CaseState::FinalRefused}) {
        const Case c = caseIn(state);
        const QDate lastDay = *c.bannedUntil(TestData::calendar());
        const QDate from = lastDay.addDays(1);
        const QString letter = read(c, c.notices.constLast(), QStringLiteral("en"));
        QVERIFY2(letter.contains(from.toString(QStringLiteral("dd.MM.yyyy"))), qPrintable(letter));
        QVERIFY(!letter.contains(lastDay.toString(QStringLiteral("dd.MM.yyyy"))));
        QVERIFY(!Workflow::receive(application(), system(), lastDay, lastDay));
        QVERIFY(Workflow::receive(application(), system(), from, lastDay));
    }
}

void TestNoticeLetter::theApprovalAndTheGrantCarryThePermitNumber()
{
    // §19, §21: the applicant brings the preliminary permit's number to the
    // CSC, which compares on it; the grant (§23) names the permit by it.
    for (CaseState state : {CaseState::PreliminarilyApproved, CaseState::Granted}) {
        const Case c = caseIn(state);
        QVERIFY(!c.preliminaryPermitNumber.isEmpty());
        for (const QString &language :
             {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")})
            QVERIFY(read(c, c.notices.constLast(), language).contains(c.preliminaryPermitNumber));
    }
}

QTEST_GUILESS_MAIN(TestNoticeLetter)
#include "tst_noticeletter.moc"
