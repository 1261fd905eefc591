// The rule of an internal note (issue 31, point 3), as the workstation and
// the server both apply it: what text is kept, and who may read and write.
#include "core/domain/casenotes.h"

#include <QTest>

using namespace Kezek;

class TestNoteText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNoteIsTrimmedAndRefusedWhenEmptyOrTooLong_data();
    void aNoteIsTrimmedAndRefusedWhenEmptyOrTooLong();
    void onlyTheStaffWhoMaySeeTheCaseUseItsNotes_data();
    void onlyTheStaffWhoMaySeeTheCaseUseItsNotes();
    void aNoteTravelsWhole();
};

void TestNoteText::aNoteIsTrimmedAndRefusedWhenEmptyOrTooLong_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << QStringLiteral("Call back") << QStringLiteral("Call back")
                           << QString();
    QTest::newRow("trimmed") << QStringLiteral(" \n Қоңырау шалу \t")
                             << QStringLiteral("Қоңырау шалу") << QString();
    QTest::newRow("lines inside kept")
        << QStringLiteral("one\ntwo") << QStringLiteral("one\ntwo") << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("note.empty");
    QTest::newRow("blank") << QStringLiteral(" \n\t ") << QString() << QStringLiteral("note.empty");
    QTest::newRow("the longest") << QString(CaseNotes::MaxLength, u'ә')
                                 << QString(CaseNotes::MaxLength, u'ә') << QString();
    QTest::newRow("longest after trimming")
        << QStringLiteral("  ") + QString(CaseNotes::MaxLength, u'a') + QStringLiteral("  ")
        << QString(CaseNotes::MaxLength, u'a') << QString();
    QTest::newRow("one too many") << QString(CaseNotes::MaxLength + 1, u'a') << QString()
                                  << QStringLiteral("note.too-long");
}

void TestNoteText::aNoteIsTrimmedAndRefusedWhenEmptyOrTooLong()
{
    QFETCH(QString, text);
    QFETCH(QString, kept);
    QFETCH(QString, code);
    const auto checked = CaseNotes::checkedText(text);
    if (code.isEmpty()) {
        QVERIFY(checked);
        QCOMPARE(*checked, kept);
    } else {
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, code);
        QVERIFY(!checked.error().message.isEmpty());
    }
}

void TestNoteText::onlyTheStaffWhoMaySeeTheCaseUseItsNotes_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("actorCity"); // -1: none
    QTest::addColumn<bool>("mayUse");
    const int astana = int(City::Astana);
    const int almaty = int(City::Almaty);
    QTest::newRow("officer of the city") << int(Role::MigrationOfficer) << astana << true;
    QTest::newRow("CSC operator of the city") << int(Role::CscOperator) << astana << true;
    QTest::newRow("supervisor of the city") << int(Role::Supervisor) << astana << true;
    QTest::newRow("the ministry") << int(Role::MinistryReviewer) << -1 << true;
    QTest::newRow("officer of another city") << int(Role::MigrationOfficer) << almaty << false;
    QTest::newRow("supervisor of another city") << int(Role::Supervisor) << almaty << false;
    QTest::newRow("administrator") << int(Role::Administrator) << -1 << false;
    // eGov speaks for the applicant's side: never.
    QTest::newRow("an integration") << int(Role::System) << -1 << false;
}

void TestNoteText::onlyTheStaffWhoMaySeeTheCaseUseItsNotes()
{
    QFETCH(int, role);
    QFETCH(int, actorCity);
    QFETCH(bool, mayUse);
    Actor actor{Role(role),
                actorCity < 0 ? std::nullopt : std::optional<City>(City(actorCity)),
                QStringLiteral("someone")};
    QCOMPARE(CaseNotes::mayUse(actor, City::Astana), mayUse);
}

void TestNoteText::aNoteTravelsWhole()
{
    CaseNote note{QStringLiteral("5d0c3d7e-6a43-4c1f-9b53-2a1f0b6c9e11"),
                  QStringLiteral("case-1"),
                  QStringLiteral("officer"),
                  QStringLiteral("Айгерім"),
                  Role::Supervisor,
                  QDateTime(QDate(2026, 12, 7), QTime(9, 15, 0, 250), Qt::UTC),
                  QStringLiteral("text"),
                  42};
    const auto back = CaseNotes::fromJson(CaseNotes::toJson(note));
    QVERIFY(back);
    QCOMPARE(back->id, note.id);
    QCOMPARE(back->caseId, note.caseId);
    QCOMPARE(back->authorName, note.authorName);
    QCOMPARE(back->authorRole, note.authorRole);
    QCOMPARE(back->madeAt, note.madeAt);
    QCOMPARE(back->text, note.text);
    QCOMPARE(back->revision, note.revision);
    QVERIFY(!CaseNotes::fromJson({{QStringLiteral("text"), QStringLiteral("no id")}}));
}

QTEST_GUILESS_MAIN(TestNoteText)
#include "tst_notetext.moc"
