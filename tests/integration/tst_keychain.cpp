#include "core/domain/casecodec.h"
#include "core/security/keychain.h"
#include "db/client/clientstore.h"
#include "tests/support/builders.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Kezek;

namespace {

const QString Password = QStringLiteral("officer's own password");

} // namespace

// The cache's key in the system keychain, as on an officer's desktop: a
// GNOME keyring on the test's own session bus (tests/support/with-keyring.sh).
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theKeyIsInTheKeychainAndTheCopiedFileRevealsNothing();
    void theSessionTokenIsKeptInTheKeychain();
    void aKeyFileFromBeforeIsStillUsed();

private:
    QTemporaryDir m_dir;
    QString entryFor(const QString &path) const
    {
        return QStringLiteral("cache:") + QFileInfo(path).absoluteFilePath();
    }
};

void TestKeychain::initTestCase()
{
    QVERIFY2(Keychain::available(),
             "no Secret Service: this test runs under dbus-run-session with "
             "tests/support/with-keyring.sh");
}

void TestKeychain::theKeyIsInTheKeychainAndTheCopiedFileRevealsNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("desk.db"));
    Case c = Builders::caseIn(CaseState::Registered);
    c.applicant.surname = QStringLiteral("ҚҰДАЙБЕРГЕНҰЛЫ");
    {
        auto store = ClientStore::open(path, Password);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QVERIFY((*store)->keyInKeychain());
        QVERIFY((*store)->applyPage({caseToJson(c)}, {}, 1, QString()));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".key"))); // nothing beside the cache
    // The keychain holds the key sealed under the password, not the key.
    const auto sealed = Keychain().read(entryFor(path));
    QVERIFY(sealed && sealed->has_value());
    QVERIFY(QJsonDocument::fromJson(**sealed).object().contains(u"salt"));

    // Offline, the password opens it; a guess does not.
    {
        auto again = ClientStore::open(path, Password);
        QVERIFY(again);
        QCOMPARE(**(*again)->findCase(c.id), c);
    }
    const auto guessed = ClientStore::open(path, QStringLiteral("a guess"));
    QVERIFY(!guessed);
    QCOMPARE(guessed.error().code, QStringLiteral("store.password"));

    // The file copied elsewhere: no key there, and no name or IIN inside.
    QTemporaryDir stranger;
    const QString copy = stranger.filePath(QStringLiteral("desk.db"));
    QVERIFY(QFile::copy(path, copy));
    QFile raw(copy);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    raw.close();
    QVERIFY(!bytes.contains(c.applicant.surname.toUtf8()));
    QVERIFY(!bytes.contains(c.applicant.iin.toUtf8()));
    const auto copied = ClientStore::open(copy, Password);
    QVERIFY(!copied);
    QCOMPARE(copied.error().code, QStringLiteral("store.key-missing"));
    QVERIFY(QFile(copy).size() == bytes.size()); // left as it was
}

void TestKeychain::theSessionTokenIsKeptInTheKeychain()
{
    const QString path = m_dir.filePath(QStringLiteral("token.db"));
    auto store = ClientStore::open(path, Password);
    QVERIFY(store);
    QVERIFY((*store)->setSessionToken("session-token-1"));
    QCOMPARE(*(*store)->sessionToken(), QByteArray("session-token-1"));
    QCOMPARE(**Keychain().read(QStringLiteral("token:") + entryFor(path)),
             QByteArray("session-token-1"));
    QCOMPARE(*(*store)->setting(QStringLiteral("token")), QString()); // not in the cache
}

void TestKeychain::aKeyFileFromBeforeIsStillUsed()
{
    const QString path = m_dir.filePath(QStringLiteral("older.db"));
    {
        auto store = ClientStore::open(path, Password, {.keyPlace = KeyPlace::File});
        QVERIFY(store);
        QVERIFY(!(*store)->keyInKeychain());
    }
    QVERIFY(QFile::exists(path + QStringLiteral(".key")));
    auto store = ClientStore::open(path, Password);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    QVERIFY(!(*store)->keyInKeychain());
    QVERIFY(!Keychain().read(entryFor(path))->has_value());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
