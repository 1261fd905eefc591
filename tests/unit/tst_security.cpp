#include "core/security/certificates.h"
#include "core/security/passwords.h"

#include <QSslCertificate>
#include <QSslError>
#include <QTest>

using namespace Kezek;

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selfSignedCertificateVerifiesForItsHostsOnly();
    void publicKeyPinIsStablePerKey();
    void passwordsVerifyOnlyThemselves();
    void malformedStoredHashIsAnErrorNotAMismatch_data();
    void malformedStoredHashIsAnErrorNotAMismatch();
    void tokensAreRandomAndStoredAsDigests();
};

void TestSecurity::selfSignedCertificateVerifiesForItsHostsOnly()
{
    auto pair = makeSelfSignedCertificate(
        QStringLiteral("Kezek test"), {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
    QVERIFY(pair);
    QVERIFY(pair->privateKey.startsWith("-----BEGIN PRIVATE KEY-----"));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pair->certificate);
    QCOMPARE(chain.size(), 1);
    // verify() checks against the system's CAs, where a self-signed certificate
    // is not: being self-signed is all it may complain of for its own hosts.
    auto errors = [&](const QString &host) {
        QList<QSslError::SslError> found;
        for (const QSslError &error : QSslCertificate::verify(chain, host))
            found.append(error.error());
        return found;
    };
    const QList<QSslError::SslError> selfSigned{QSslError::SelfSignedCertificate};
    QCOMPARE(errors(QStringLiteral("localhost")), selfSigned);
    QCOMPARE(errors(QStringLiteral("127.0.0.1")), selfSigned);
    QVERIFY(errors(QStringLiteral("kezek.example.org")).contains(QSslError::HostNameMismatch));
    QVERIFY(chain.constFirst().expiryDate() > QDateTime::currentDateTimeUtc().addDays(300));
}

void TestSecurity::publicKeyPinIsStablePerKey()
{
    auto first = makeSelfSignedCertificate(QStringLiteral("a"), {QStringLiteral("localhost")});
    auto second = makeSelfSignedCertificate(QStringLiteral("a"), {QStringLiteral("localhost")});
    QVERIFY(first && second);
    const QByteArray pin = *publicKeyPin(first->certificate);
    QCOMPARE(QByteArray::fromBase64(pin).size(), 32);
    QCOMPARE(*publicKeyPin(first->certificate), pin);
    QVERIFY(*publicKeyPin(second->certificate) != pin); // a new key, a new pin
    QCOMPARE(publicKeyPin("not a certificate").error().code,
             QStringLiteral("security.certificate"));
}

void TestSecurity::passwordsVerifyOnlyThemselves()
{
    const ScryptCost cheap{10, 8, 1}; // the default is slow on purpose
    const QString password = QStringLiteral("Құпия-сөз 2025!");
    auto hashed = hashPassword(password, cheap);
    QVERIFY(hashed);
    QVERIFY(hashed->startsWith(QStringLiteral("scrypt$10$8$1$")));
    QVERIFY(!hashed->contains(password));
    QCOMPARE(*verifyPassword(password, *hashed), true);
    QCOMPARE(*verifyPassword(QStringLiteral("Құпия-сөз 2025?"), *hashed), false);
    QCOMPARE(*verifyPassword(QString(), *hashed), false);
    QVERIFY(*hashPassword(password, cheap) != *hashed); // a fresh salt each time
}

void TestSecurity::malformedStoredHashIsAnErrorNotAMismatch_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("hunter2");
    QTest::newRow("other scheme") << QStringLiteral("bcrypt$10$8$1$c2FsdA==$aGFzaA==");
    QTest::newRow("absurd cost") << QStringLiteral("scrypt$40$8$1$c2FsdA==$aGFzaA==");
    QTest::newRow("short hash") << QStringLiteral("scrypt$10$8$1$c2FsdA==$aGFzaA==");
}

void TestSecurity::malformedStoredHashIsAnErrorNotAMismatch()
{
    QFETCH(QString, stored);
    auto verified = verifyPassword(QStringLiteral("x"), stored);
    QVERIFY(!verified);
    QCOMPARE(verified.error().code, QStringLiteral("security.hash-format"));
}

void TestSecurity::tokensAreRandomAndStoredAsDigests()
{
    const QByteArray a = randomToken();
    const QByteArray b = randomToken();
    QVERIFY(a != b);
    QCOMPARE(QByteArray::fromBase64(a, QByteArray::Base64UrlEncoding).size(), 32);
    QCOMPARE(tokenDigest(a).size(), 64);
    QCOMPARE(tokenDigest(a), tokenDigest(a));
    QVERIFY(!tokenDigest(a).contains(a));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
