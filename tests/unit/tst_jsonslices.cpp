// The cache reads a page of cases as slices of the server's text, without
// building a document. A page it takes is kept as it came, and each case is
// decoded only when an officer opens it, perhaps offline: whatever it lets
// through must be whole JSON, and a slice must be exactly its value.
#include "db/client/jsonslices.h"

#include <QTest>

using namespace Kezek;

class TestJsonSlices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void membersAreSlicesOfTheirValues()
    {
        const QByteArray text = " { \"id\" : \"a\\\"b\" , \"n\": -12.5e3, \"ok\":true, \"none\" "
                                ":null, \"list\":[1, {\"x\":[]}],\n"
                                "                   \"empty\": {} } ";
        const auto members = JsonSlices::members(text);
        QVERIFY(members);
        QCOMPARE(members->size(), 6);
        QCOMPARE(members->at(0).name, QByteArrayView("id"));
        QCOMPARE(members->at(0).value, QByteArrayView("\"a\\\"b\""));
        QCOMPARE(*JsonSlices::string(members->at(0).value), QStringLiteral("a\"b"));
        QCOMPARE(members->at(1).value, QByteArrayView("-12.5e3"));
        QCOMPARE(members->at(2).value, QByteArrayView("true"));
        QCOMPARE(members->at(3).value, QByteArrayView("null"));
        QCOMPARE(members->at(4).value, QByteArrayView("[1, {\"x\":[]}]"));
        QCOMPARE(members->at(5).value, QByteArrayView("{}"));
        const auto list = JsonSlices::elements(members->at(4).value);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1), QByteArrayView("{\"x\":[]}"));
    }

    void theCasesOfAPage()
    {
        const QByteArray page
            = "{\"cases\":[{\"id\":\"1\"},{\"id\":\"2\",\"x\":\"]}\"}],\"next\":7}";
        const auto cases = JsonSlices::arrayElements(page, "cases");
        QVERIFY(cases);
        QCOMPARE(cases->size(), 2);
        QCOMPARE(cases->at(1), QByteArrayView("{\"id\":\"2\",\"x\":\"]}\"}"));
        // An absent array is empty, not an error.
        QVERIFY(JsonSlices::arrayElements(page, "documents")->isEmpty());
    }

    void aPageIsReadOnceWithEachCasesMembers()
    {
        const QByteArray page = "{\"cases\":[{\"id\":\"1\",\"applicant\":{\"surname\":\"Әлі\"}},"
                                "{\"id\":\"2\"}],\"documents\":[],\"next\":7}";
        QList<JsonSlices::Member> top;
        const auto cases = JsonSlices::objectsUnder(page, "cases", &top);
        QVERIFY(cases);
        QCOMPARE(cases->size(), 2);
        QCOMPARE(cases->at(0).text,
                 QByteArrayView("{\"id\":\"1\",\"applicant\":{\"surname\":\"Әлі\"}}"));
        QCOMPARE(cases->at(0).members.size(), 2);
        QCOMPARE(cases->at(0).members.at(1).name, QByteArrayView("applicant"));
        QCOMPARE(cases->at(1).members.at(0).value, QByteArrayView("\"2\""));
        QCOMPARE(top.size(), 3);
        QCOMPARE(top.at(2).value, QByteArrayView("7"));
        // No cases is no cases; a case that is not an object is no page.
        QVERIFY(JsonSlices::objectsUnder("{\"next\":1}", "cases")->isEmpty());
        QVERIFY(!JsonSlices::objectsUnder("{\"cases\":[1]}", "cases"));
        QVERIFY(!JsonSlices::objectsUnder("{\"cases\":[{\"id\":1}] ,", "cases"));
    }

    void textMustBeUtf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("whole");
        QTest::newRow("Kazakh letters") << QByteArray("\"қазақ әліпбиі ғ ң ө ұ ү һ і\"") << true;
        QTest::newRow("four bytes") << QByteArray("\"\xF0\x9F\x98\x80\"") << true;
        QTest::newRow("an overlong slash") << QByteArray("\"\xC0\xAF\"") << false;
        QTest::newRow("a surrogate") << QByteArray("\"\xED\xA0\x80\"") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << false;
        QTest::newRow("a lone continuation") << QByteArray("\"a\x80\"") << false;
        QTest::newRow("cut off before the quote") << QByteArray("\"\xD2\"") << false;
        QTest::newRow("Latin-1, not UTF-8") << QByteArray("\"caf\xE9\"") << false;
    }
    void textMustBeUtf8()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, whole);
        QCOMPARE(JsonSlices::isValid(text), whole);
        QCOMPARE(bool(JsonSlices::members(QByteArray("{\"a\":" + text + '}'))), whole);
        // Qt's own check agrees.
        QCOMPARE(QUtf8StringView(text).isValidUtf8(), whole);
    }

    void anythingNotWholeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("cut off") << QByteArray("{\"cases\":[{\"id\":\"1\"}");
        QTest::newRow("brackets crossed") << QByteArray("{\"a\":[1}]");
        QTest::newRow("a string that does not end") << QByteArray("{\"a\":\"b}");
        QTest::newRow("a raw newline in a string") << QByteArray("{\"a\":\"b\nc\"}");
        QTest::newRow("a bad escape") << QByteArray("{\"a\":\"\\q\"}");
        QTest::newRow("a short unicode escape") << QByteArray("{\"a\":\"\\u12\"}");
        QTest::newRow("a bad number, deep inside") << QByteArray("{\"a\":[{\"b\":[1.]}]}");
        QTest::newRow("a word that is not a literal") << QByteArray("{\"a\":[{\"b\":nul}]}");
        QTest::newRow("a trailing comma") << QByteArray("{\"a\":[1,]}");
        QTest::newRow("a missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("text after the end") << QByteArray("{\"a\":1} x");
        QTest::newRow("an unquoted name") << QByteArray("{a:1}");
        QTest::newRow("a minus alone") << QByteArray("{\"a\":-}");
        QTest::newRow("a leading zero") << QByteArray("{\"a\":01}");
        QTest::newRow("a backslash at the very end") << QByteArray("{\"a\":\"\\");
        QTest::newRow("nested too deep")
            << QByteArray("{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + '}');
    }
    void anythingNotWholeIsRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonSlices::members(text));
        QVERIFY(!JsonSlices::isValid(text));
        QVERIFY(!JsonSlices::arrayElements(text, "a"));
    }

    void numbersAndDepthThatAreWhole()
    {
        for (const QByteArray number : {"-0", "1e+5", "-12.5E-3", "0.0"})
            QVERIFY2(JsonSlices::isValid(number), number.constData());
        // Sixty-four levels are read; the sixty-fifth is refused.
        QVERIFY(JsonSlices::isValid(QByteArray(QByteArray(64, '[') + QByteArray(64, ']'))));
        QVERIFY(!JsonSlices::isValid(QByteArray(QByteArray(65, '[') + QByteArray(65, ']'))));
    }

    void aSecondArrayOfCasesIsNoPage()
    {
        QVERIFY(!JsonSlices::objectsUnder("{\"cases\":[{}],\"cases\":[{}]}", "cases"));
    }

    // Plain text is skipped eight bytes at a time: whatever falls anywhere in
    // a block is still seen.
    void aCharacterIsSeenWhereverItFalls()
    {
        for (int at = 0; at < 20; ++at) {
            const QByteArray before(at, 'a');
            const QByteArray after(23 - at, 'b');
            QByteArray text; // what the last read's slices are of
            const auto read = [&](const QByteArray &inside) {
                text = "{\"a\":\"" + before + inside + after + "\",\"n\":1}";
                return JsonSlices::members(text);
            };
            const auto context = QStringLiteral("at %1").arg(at);
            QVERIFY2(!read("\x01"), qPrintable(context));
            QVERIFY2(!read("\x1f"), qPrintable(context));
            QVERIFY2(!read("\xff"), qPrintable(context));
            QVERIFY2(!read("\\q"), qPrintable(context));
            const auto quoted = read("\\\"");
            QVERIFY2(quoted && quoted->size() == 2, qPrintable(context));
            QCOMPARE(*JsonSlices::string(quoted->at(0).value),
                     QString::fromLatin1(QByteArray(before + '"' + after)));
            const auto kazakh = read("\xd2\x9b");
            QVERIFY2(kazakh && kazakh->size() == 2, qPrintable(context));
            QCOMPARE(*JsonSlices::utf8(kazakh->at(0).value),
                     QByteArray(before + "\xd2\x9b" + after));
            // The string ending anywhere: the next member is read after it.
            text = "{\"a\":\"" + before + "\",\"n\":1}";
            const auto ended = JsonSlices::members(text);
            QVERIFY2(ended && ended->size() == 2, qPrintable(context));
            QCOMPARE(ended->at(0).value, QByteArrayView(QByteArray("\"" + before + '"')));
            QCOMPARE(ended->at(1).value, QByteArrayView("1"));
        }
    }

    void escapesAreResolved()
    {
        QCOMPARE(*JsonSlices::string("\"\\u049b\\u0430\\u0437\\/\\t\""), QStringLiteral("қаз/\t"));
        // A pair of surrogates is one letter.
        QCOMPARE(*JsonSlices::string("\"\\ud83d\\ude00\""), QString::fromUtf8("😀"));
        // As UTF-8, without a QString between.
        QCOMPARE(*JsonSlices::utf8("\"\\u049b\\n\""), QByteArray("\xd2\x9b\n"));
        QCOMPARE(*JsonSlices::utf8("\"plain\""), QByteArray("plain"));
        QVERIFY(!JsonSlices::utf8("plain"));
        QCOMPARE(*JsonSlices::integer("42"), 42);
        QVERIFY(!JsonSlices::integer("4.2"));
    }
};

QTEST_APPLESS_MAIN(TestJsonSlices)
#include "tst_jsonslices.moc"
