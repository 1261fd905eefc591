#include "tests/support/testdata.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
    QStringList forms; // a plural message's forms (one, few, many…)
};

QList<Message> readTs(const QByteArray &xml)
{
    QList<Message> messages;
    QXmlStreamReader reader(xml);
    QString context;
    Message current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"name") {
            context = reader.readElementText();
        } else if (reader.name() == u"message") {
            current = Message{context, {}, {}, {}, {}};
        } else if (reader.name() == u"source") {
            current.source = reader.readElementText();
        } else if (reader.name() == u"translation") {
            current.type = reader.attributes().value(QStringLiteral("type")).toString();
            current.forms.clear();
            QString text;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.isCharacters())
                    text += reader.text();
                else if (reader.isStartElement() && reader.name() == u"numerusform")
                    current.forms.append(reader.readElementText());
                else if (reader.isEndElement() && reader.name() == u"translation")
                    break;
            }
            current.translation = current.forms.isEmpty() ? text : current.forms.constFirst();
            messages.append(current);
        }
    }
    if (reader.hasError())
        qFatal("broken .ts file: %s", qPrintable(reader.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%\\d+"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void kazakhIsWrittenInKazakhLetters();
    void aButtonNeverSaysTheLawsRefusal();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(
        Kezek::TestData::sourceFile(QStringLiteral("translations/kezek_%1.ts").arg(language)));
    QVERIFY(messages.size() > 100);
    for (const Message &message : messages) {
        if (message.type == u"obsolete" || message.type == u"vanished")
            continue;
        const QByteArray where = (message.context + QStringLiteral(": ") + message.source).toUtf8();
        QVERIFY2(message.type != u"unfinished", where.constData());
        const QStringList forms
            = message.forms.isEmpty() ? QStringList{message.translation} : message.forms;
        for (const QString &form : forms) {
            QVERIFY2(!form.trimmed().isEmpty(), where.constData());
            // A lost or extra %N would print the wrong value, or a raw "%2", on screen.
            QVERIFY2(placeholders(form) == placeholders(message.source), where.constData());
            // A plural form without its number would say "commands" with no count.
            QVERIFY2(message.forms.isEmpty() || form.contains(u"%n"), where.constData());
        }
    }
}

void TestTranslations::kazakhIsWrittenInKazakhLetters()
{
    const QList<Message> kazakh
        = readTs(Kezek::TestData::sourceFile(QStringLiteral("translations/kezek_kk.ts")));
    const QList<Message> russian
        = readTs(Kezek::TestData::sourceFile(QStringLiteral("translations/kezek_ru.ts")));
    const QString letters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    qsizetype withKazakhLetters = 0;
    qsizetype sameAsRussian = 0;
    for (qsizetype i = 0; i < kazakh.size(); ++i) {
        const QString &text = kazakh.at(i).translation;
        if (std::any_of(text.begin(), text.end(), [&](QChar c) { return letters.contains(c); }))
            ++withKazakhLetters;
        if (i < russian.size() && text == russian.at(i).translation && text != kazakh.at(i).source)
            ++sameAsRussian;
    }
    // Short labels ("Астана", "CV") need no special letter; sentences do.
    QVERIFY2(withKazakhLetters * 10 >= kazakh.size() * 7,
             qPrintable(QString::number(withKazakhLetters)));
    QVERIFY(sameAsRussian * 10 < kazakh.size());
}

void TestTranslations::aButtonNeverSaysTheLawsRefusal()
{
    // The glossary: "Бас тарту" / "Отказ" is the law's refusal; a dialog's
    // Cancel says "Болдырмау" / "Отмена", its Close "Жабу" / "Закрыть".
    for (const auto &[file, refusal] :
         {std::pair{QStringLiteral("translations/kezek_kk.ts"), QStringLiteral("бас тарт")},
          std::pair{QStringLiteral("translations/kezek_ru.ts"), QStringLiteral("отказ")}}) {
        for (const Message &message : readTs(Kezek::TestData::sourceFile(file))) {
            const QString source = QString(message.source).remove(u'&');
            if (source == u"Cancel" || source == u"Close" || source == u"Discard"
                || source == u"Take back")
                QVERIFY2(!message.translation.contains(refusal, Qt::CaseInsensitive),
                         qPrintable(file + u": " + message.source + u" → " + message.translation));
        }
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
