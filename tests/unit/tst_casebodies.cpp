// The cache keeps each case's text compressed against a dictionary
// (db/casebodies.h). Every cache written with a dictionary needs it for as
// long as it lives: these tests hold the first one to its bytes, and make sure
// a damaged or unknown body is refused rather than read as a case.
#include "core/domain/casecodec.h"
#include "core/domain/workflow.h"
#include "core/simulation/applicationgenerator.h"
#include "db/client/casebodies.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Kezek;

namespace {

QByteArray someCase(int seed)
{
    ApplicationGenerator generator(quint32(seed), QDate(2026, 11, 2));
    const Actor system{Role::System, std::nullopt, QStringLiteral("egov")};
    const Case c
        = Workflow::receive(generator.next(), system, QDate(2026, 11, 2), std::nullopt)->after;
    return QJsonDocument(caseToJson(c)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCaseBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstDictionaryNeverChanges()
    {
        // Caches in use were written with it: a new dictionary gets a new
        // number and file, and this one stays as it is.
        QFile file(QStringLiteral(":/kezek/db/dictionaries/case-1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
                 QByteArray("d98c582486dbdfd61f488d01906f76372548b14bc1e51880b557c5a7645d4b84"));
    }

    void aCaseComesBackAsItWent()
    {
        CaseBodyCodec codec;
        for (int seed = 1; seed <= 50; ++seed) {
            const QByteArray text = someCase(seed);
            const QByteArray blob = codec.pack(text);
            QVERIFY(!blob.isEmpty());
            QCOMPARE(blob.front(), char(1)); // the dictionary's number
            // A case takes well under half its text: the cache's pages, and
            // what a first sync encrypts and writes, shrink with it.
            QVERIFY2(blob.size() * 3 < text.size(),
                     qPrintable(QStringLiteral("%1 of %2").arg(blob.size()).arg(text.size())));
            QCOMPARE(codec.unpack(blob), std::optional(text));
            // Another codec (another connection) reads it the same.
            QCOMPARE(CaseBodyCodec().unpack(blob), std::optional(text));
        }
    }

    void aDamagedBodyIsRefused()
    {
        CaseBodyCodec codec;
        const QByteArray blob = codec.pack(someCase(7));
        QByteArray unknown = blob;
        unknown[0] = 2; // a dictionary this program does not have
        QVERIFY(!codec.unpack(unknown));
        QVERIFY(!codec.unpack(blob.left(blob.size() / 2)));
        QVERIFY(!codec.unpack(QByteArray()));
        QVERIFY(!codec.unpack(QByteArray(1, char(1))));
        QVERIFY(!codec.unpack(QByteArray("\x01{\"id\":\"1\"}")));
        // The codec is fine after refusing.
        QCOMPARE(codec.unpack(blob), std::optional(someCase(7)));
    }
};

QTEST_GUILESS_MAIN(TestCaseBodies)
#include "tst_casebodies.moc"
