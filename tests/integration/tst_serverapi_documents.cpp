#include "tests/integration/apifixture.h"

using namespace Kezek;
using namespace Kezek::Testing;

// The server's API over real TLS (issue 32, point 3: by resource): decisions and their signatures,
// scans, notices and the ministry's petitions.
class TestServerApiDocuments : public ApiSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSite(); }
    void decisionsCarryTheirOfficersOwnSignature();
    void theSitesTsaStampsWhatAnOfficerAsksAndNothingElse();
    void scansAreAddressedByTheirHashAndGuardedByTheirCase();
    void noticesReachTheApplicantsCabinet();
    void theCscsMatchNeedsTheOriginalsScanOrAReasonAndTheAuditKeepsWhich();
    void aPetitionTheMinistrySignedIsVerifiedAtIntake();
    void aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication_data();
    void aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication();
};

void TestServerApiDocuments::decisionsCarryTheirOfficersOwnSignature()
{
    // A second application, to be returned for rework: a decision.
    const NewApplication second
        = fileAnother(*m_server, freshApplication(), QStringLiteral("DNR-2026-000002"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QJsonObject decision
        = command(QStringLiteral("return-for-rework"),
                  second.id,
                  1,
                  {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}});
    auto code = [&officer](const QJsonObject &sent) {
        return officer.commands({sent}).at(0).toObject().value(u"code").toString();
    };

    QCOMPARE(code(decision), QStringLiteral("signature.missing"));
    // A colleague's key is another person's (their IIN); a second key of the
    // officer's own that nobody registered is not theirs either; their
    // authentication key is not for signing (issue 28).
    QCOMPARE(code(signedBy(decision, m_almatyKey)), QStringLiteral("signature.other-person"));
    QFile caCertificate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QFile caKey(m_server->folder() + QStringLiteral("/tls/signing-ca-key.pem"));
    QVERIFY(caCertificate.open(QIODevice::ReadOnly) && caKey.open(QIODevice::ReadOnly));
    const PemPair authority{caCertificate.readAll(), caKey.readAll()};
    const QString iin = Builders::staffIin(QStringLiteral("officer.astana"));
    auto unregistered = issueSigningCertificate(authority, QStringLiteral("officer.astana"), iin);
    QVERIFY(unregistered);
    QCOMPARE(code(signedBy(decision, *unregistered)), QStringLiteral("signature.not-yours"));
    auto signIn = issueAuthenticationCertificate(authority, QStringLiteral("officer.astana"), iin);
    QVERIFY(signIn);
    QCOMPARE(code(signedBy(decision, *signIn)), QStringLiteral("signature.key-usage"));
    QJsonObject altered = signedBy(decision, m_astanaKey);
    altered.insert(QStringLiteral("payload"),
                   QJsonObject{{QStringLiteral("reasonCodes"),
                                QJsonArray{QStringLiteral("DOCS-NONCOMPLIANT")}}});
    QCOMPARE(code(altered), QStringLiteral("signature.invalid"));
    auto stranger = makeCertificateAuthority(QStringLiteral("Not the ministry"));
    QVERIFY(stranger);
    auto forged = issueSigningCertificate(*stranger,
                                          QStringLiteral("officer.astana"),
                                          Builders::staffIin(QStringLiteral("officer.astana")));
    QVERIFY(forged);
    QCOMPARE(code(signedBy(decision, *forged)), QStringLiteral("signature.unknown-issuer"));
    QJsonObject garbage = decision;
    garbage.insert(QStringLiteral("signature"), QStringLiteral("!!not base64!!"));
    QCOMPARE(code(garbage), QStringLiteral("command.signature"));

    // Trusted time (issue 28): a decision signed online carries the site
    // TSA's token over its signature. One from a TSA this site does not
    // trust is refused; one whose time is ten minutes from the act's own is
    // refused; nothing is applied.
    const QDateTime madeAt = QDateTime::currentDateTimeUtc();
    QJsonObject dated = decision;
    dated.insert(QStringLiteral("madeAt"), madeAt.toString(Qt::ISODate));
    const auto stamped = [&](const PemPair &tsa, const QDateTime &at) {
        QJsonObject json = signedBy(dated, m_astanaKey);
        const QByteArray cms
            = QByteArray::fromBase64(json.value(u"signature").toString().toLatin1());
        const auto request = timestampRequest(*signatureValue(cms));
        const auto token = tokenOfResponse(*issueTimestamp(*request, tsa, at, 7));
        json.insert(QStringLiteral("signature"),
                    QString::fromLatin1(addSignatureTimestamp(cms, *token)->toBase64()));
        return json;
    };
    auto strangersTsa = makeTimestampAuthority(*stranger, QStringLiteral("Not the site's TSA"));
    QVERIFY(strangersTsa);
    QCOMPARE(code(stamped(*strangersTsa, madeAt)), QStringLiteral("timestamp.untrusted-tsa"));
    QFile archive(m_server->folder() + QStringLiteral("/tls/archive-tsa.pem"));
    QVERIFY(archive.open(QIODevice::ReadOnly));
    const QByteArray archivePem = archive.readAll();
    const qsizetype keyAt = archivePem.indexOf("-----BEGIN PRIVATE KEY-----");
    const PemPair siteTsa{archivePem.left(keyAt), archivePem.mid(keyAt)};
    QCOMPARE(code(stamped(siteTsa, madeAt.addSecs(10 * 60))),
             QStringLiteral("timestamp.time-disagrees"));

    // Revocation (issue 28): a key of the officer's revoked an hour before
    // the decision is refused, and so is any decision while the list is out
    // of date; the registered key goes back as it was.
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        UserStore users(**store);
        auto revoked = issueSigningCertificate(authority, QStringLiteral("officer.astana"), iin);
        QVERIFY(revoked);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(users.setSigningCertificate(
            QStringLiteral("officer.astana"), revoked->certificate, now));
        QVERIFY(writeCrl({{*serialOf(revoked->certificate), now.addSecs(-3600)}}));
        QCOMPARE(code(signedBy(decision, *revoked)), QStringLiteral("revocation.revoked"));
        // Dated before the revocation, but outside the window an act made
        // offline has (72 hours): checked as received, and refused.
        QJsonObject backdated = decision;
        backdated.insert(QStringLiteral("madeAt"), now.addDays(-5).toString(Qt::ISODate));
        QCOMPARE(code(signedBy(backdated, *revoked)), QStringLiteral("revocation.revoked"));
        QVERIFY(users.setSigningCertificate(
            QStringLiteral("officer.astana"), m_astanaKey.certificate, now));
        QVERIFY(writeCrl({}, true));
        QCOMPARE(code(signedBy(decision, m_astanaKey)), QStringLiteral("revocation.crl-stale"));
        QVERIFY(writeCrl({}));
    }

    // None of those touched the case; the officer's own signature applies it.
    const QJsonObject result = officer.commands({signedBy(decision, m_astanaKey)}).at(0).toObject();
    QVERIFY2(result.value(u"status").toString() == u"applied",
             QJsonDocument(result).toJson().constData());
    QCOMPARE(result.value(u"version").toInt(), 2);
    // Signed offline (no token): the server stamped it on receipt, and the
    // case's decisions say so, with the token inside the kept signature.
    const Answer decisions
        = officer.get(QStringLiteral("/api/v1/cases/%1/decisions").arg(second.id));
    QCOMPARE(decisions.status, 200);
    const QJsonObject kept = decisions.json.value(u"decisions").toArray().last().toObject();
    QCOMPARE(kept.value(u"timeSource").toString(), QStringLiteral("archive"));
    const QDateTime trustedAt
        = QDateTime::fromString(kept.value(u"trustedAt").toString(), Qt::ISODate);
    QVERIFY(qAbs(trustedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QByteArray keptSignature
        = QByteArray::fromBase64(kept.value(u"signature").toString().toLatin1());
    QVERIFY(signatureTimestampToken(keptSignature)->has_value());

    // Exported, the decision verifies with the plain openssl command, and an
    // edited copy does not.
    // The site's trusted chain, as the server reads its --signing-ca: the
    // demo root and the intermediate under it.
    QTemporaryDir out;
    QFile bundle(out.filePath(QStringLiteral("site-authorities.pem")));
    QFile root(m_server->folder() + QStringLiteral("/tls/signing-root.pem"));
    QFile intermediate(m_server->folder() + QStringLiteral("/tls/signing-ca.pem"));
    QVERIFY(bundle.open(QIODevice::WriteOnly) && root.open(QIODevice::ReadOnly)
            && intermediate.open(QIODevice::ReadOnly));
    bundle.write(root.readAll() + intermediate.readAll());
    bundle.close();
    QString printed;
    QCOMPARE(run(QStringLiteral(KEZEKCTL_PATH),
                 {QStringLiteral("export"),
                  QStringLiteral("decisions"),
                  QStringLiteral("--database"),
                  m_databaseUrl,
                  QStringLiteral("--case"),
                  second.id,
                  QStringLiteral("--out"),
                  out.path(),
                  QStringLiteral("--authority"),
                  bundle.fileName()},
                 &printed),
             0);
    const QString id = decision.value(u"id").toString();
    QVERIFY2(printed.contains(id), qPrintable(printed));
    const QStringList verify = {QStringLiteral("cms"),
                                QStringLiteral("-verify"),
                                QStringLiteral("-binary"),
                                QStringLiteral("-inform"),
                                QStringLiteral("DER"),
                                QStringLiteral("-in"),
                                out.filePath(id + QStringLiteral(".p7s")),
                                QStringLiteral("-content"),
                                out.filePath(id + QStringLiteral(".json")),
                                // The authorities and the CRL the server checked
                                // it by, kept with it.
                                QStringLiteral("-CAfile"),
                                out.filePath(id + QStringLiteral(".trust.pem")),
                                QStringLiteral("-crl_check"),
                                QStringLiteral("-out"),
                                QStringLiteral("/dev/null")};
    QVERIFY2(run(QStringLiteral("openssl"), verify, &printed) == 0, qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("Verification successful")), qPrintable(printed));
    // Its trusted time, apart: the server's stamp on receipt over the
    // signature's value, checked by openssl ts against the site's authorities.
    const QStringList stamp = {QStringLiteral("ts"),
                               QStringLiteral("-verify"),
                               QStringLiteral("-token_in"),
                               QStringLiteral("-in"),
                               out.filePath(id + QStringLiteral(".tst")),
                               QStringLiteral("-data"),
                               out.filePath(id + QStringLiteral(".sigvalue")),
                               QStringLiteral("-CAfile"),
                               bundle.fileName()};
    QVERIFY2(run(QStringLiteral("openssl"), stamp, &printed) == 0, qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("Verification: OK")), qPrintable(printed));
    QFile value(out.filePath(id + QStringLiteral(".sigvalue")));
    QVERIFY(value.open(QIODevice::Append));
    value.write("x"); // another signature's value: the token does not cover it
    value.close();
    QVERIFY(run(QStringLiteral("openssl"), stamp) != 0);
    QFile exported(out.filePath(id + QStringLiteral(".json")));
    QVERIFY(exported.open(QIODevice::ReadWrite));
    QByteArray text = exported.readAll();
    QVERIFY(text.contains("DOCS-INCOMPLETE"));
    text.replace("DOCS-INCOMPLETE", "DOCS-INCOMPLETF");
    QVERIFY(exported.seek(0) && exported.write(text) == text.size());
    exported.close();
    QVERIFY(run(QStringLiteral("openssl"), verify) != 0);
}

void TestServerApiDocuments::theSitesTsaStampsWhatAnOfficerAsksAndNothingElse()
{
    // Issue 28, trusted time: a workstation sending a decision just signed
    // asks the site's TSA (RFC 3161 over HTTP) for a token over the
    // signature's value; the server's own TSA answers, for staff only.
    const QByteArray signatureValue = QByteArrayLiteral("the value of an officer's signature");
    const auto request = timestampRequest(signatureValue);
    QVERIFY(request);
    const QString path = QStringLiteral("/api/v1/timestamp");
    Client stranger(*m_server);
    QCOMPARE(stranger.send("POST", path, *request, "application/timestamp-query").status, 401);
    Client egov(*m_server);
    egov.signIn(QStringLiteral("egov"));
    QCOMPARE(egov.send("POST", path, *request, "application/timestamp-query").status, 403);

    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const Answer granted = officer.send("POST", path, *request, "application/timestamp-query");
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.contentType, QByteArray("application/timestamp-reply"));
    const auto token = tokenOfResponse(granted.raw);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
    QFile archive(m_server->folder() + QStringLiteral("/tls/archive-tsa.pem"));
    QVERIFY(archive.open(QIODevice::ReadOnly));
    const QByteArray archivePem = archive.readAll();
    const QByteArray tsaCertificate = archivePem.left(archivePem.indexOf("-----BEGIN PRIVATE KEY"));
    const auto time = verifyTimestampToken(*token, signatureValue, {tsaCertificate});
    QVERIFY2(time, qPrintable(time ? QString() : time.error().message));
    QVERIFY(qAbs(time->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The token is over what was asked, not over anything else.
    QCOMPARE(verifyTimestampToken(*token, "another signature", {tsaCertificate}).error().code,
             QStringLiteral("timestamp.not-covering"));

    // Not a request, or not sent as one: a clear refusal, nothing stamped.
    const Answer garbage
        = officer.send("POST", path, "not a TimeStampReq", "application/timestamp-query");
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.json.value(u"code").toString(), QStringLiteral("timestamp.malformed-request"));
    const Answer json = officer.send("POST", path, *request, "application/json");
    QCOMPARE(json.status, 415);
}

void TestServerApiDocuments::scansAreAddressedByTheirHashAndGuardedByTheirCase()
{
    const NewApplication filed = fileAnother(*m_server, freshApplication(), freshNumber());
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    const QString hash = sha256Of(Png);
    auto upload = [&](Client &client,
                      const QString &address,
                      const QByteArray &bytes,
                      const QByteArray &type,
                      const QString &name = QStringLiteral("паспорт түпнұсқа.png")) {
        return client.send(
            "PUT",
            QStringLiteral("/api/v1/documents/%1?case=%2&name=%3")
                .arg(address, filed.id, QString::fromLatin1(QUrl::toPercentEncoding(name))),
            bytes,
            type);
    };

    // What is refused stores nothing, and says why.
    QCOMPARE(upload(csc, sha256Of(Pdf), Png, "image/png").json.value(u"code").toString(),
             QStringLiteral("hash-mismatch"));
    QCOMPARE(upload(csc, hash, Png, "text/plain").status, 415);
    QCOMPARE(upload(csc, sha256Of(Pdf), Pdf, "image/png").json.value(u"code").toString(),
             QStringLiteral("unsupported-document")); // a PDF called a PNG
    QCOMPARE(upload(csc, QStringLiteral("..%2F..%2Fetc%2Fpasswd"), Png, "image/png")
                 .json.value(u"code")
                 .toString(),
             QStringLiteral("bad-hash"));
    QCOMPARE(upload(csc, hash.toUpper(), Png, "image/png").status, 400);
    for (const QString &name : {QStringLiteral("../../etc/passwd"),
                                QStringLiteral("..\\boot.ini"),
                                QStringLiteral(".bashrc"),
                                QStringLiteral("scan\u0001.png")}) {
        QCOMPARE(upload(csc, hash, Png, "image/png", name).json.value(u"code").toString(),
                 QStringLiteral("bad-name"));
    }
    const QByteArray big = Pdf + QByteArray(1100000, ' ');
    // Over --max-document: refused from its headers (413, or the connection
    // closed under the rest of the body, as tst_serverhttp shows byte by byte).
    const int oversize = upload(csc, sha256Of(big), big, "application/pdf").status;
    QVERIFY2(oversize == 413 || oversize == 0, qPrintable(QString::number(oversize)));
    Client anonymous(*m_server);
    QCOMPARE(upload(anonymous, hash, Png, "image/png").status, 401);
    Client almaty(*m_server);
    almaty.signIn(QStringLiteral("officer.almaty"));
    QCOMPARE(upload(almaty, hash, Png, "image/png").json.value(u"code").toString(),
             QStringLiteral("case.not-found"));
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QString list = QStringLiteral("/api/v1/cases/%1/documents").arg(filed.id);
    QVERIFY(officer.get(list).json.value(u"documents").toArray().isEmpty());
    const qint64 before = officer.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"))
                              .json.value(u"next")
                              .toInteger();

    // Stored once; the same upload again changes nothing.
    const Answer stored = upload(csc, hash, Png, "image/png");
    QCOMPARE(stored.status, 201);
    QCOMPARE(stored.json.value(u"size").toInteger(), Png.size());
    QCOMPARE(upload(csc, hash, Png, "image/png").status, 200);
    const QJsonArray documents = officer.get(list).json.value(u"documents").toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0).toObject().value(u"name").toString(),
             QStringLiteral("паспорт түпнұсқа.png"));
    QCOMPARE(documents.at(0).toObject().value(u"uploadedBy").toString(),
             QStringLiteral("csc.astana"));

    // Downloaded by its hash, byte for byte, by whoever may see the case only.
    const Answer download = officer.get(QStringLiteral("/api/v1/documents/") + hash);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.raw, Png);
    QCOMPARE(download.contentType, QByteArray("image/png"));
    QCOMPARE(almaty.get(QStringLiteral("/api/v1/documents/") + hash).status, 404);
    QCOMPARE(almaty.get(list).status, 404);
    QCOMPARE(officer.get(QStringLiteral("/api/v1/documents/") + sha256Of(Pdf)).status, 404);

    // The changes feed brings the scan's metadata to whoever may see its case,
    // once, in order with the cases.
    const QString changes = QStringLiteral("/api/v1/changes?since=%1").arg(before);
    const Answer page = officer.get(changes);
    const QJsonArray scans = page.json.value(u"documents").toArray();
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).toObject().value(u"sha256").toString(), hash);
    // (A notice reaching its cabinet meanwhile may add a case's revision.)
    const qint64 next = page.json.value(u"next").toInteger();
    QVERIFY(next >= before + 1);
    QVERIFY(officer.get(QStringLiteral("/api/v1/changes?since=%1").arg(next))
                .json.value(u"documents")
                .toArray()
                .isEmpty());
    const Answer elsewhere = almaty.get(changes);
    QVERIFY(elsewhere.json.value(u"documents").toArray().isEmpty());
    QVERIFY(elsewhere.json.value(u"next").toInteger() >= before + 1); // moved past it all the same
}

void TestServerApiDocuments::noticesReachTheApplicantsCabinet()
{
    // A return for rework the officer signs owes the applicant a notice (§12).
    Client anyone(*m_server);
    const auto metric = [&anyone](const QByteArray &name) {
        const QByteArray metrics = anyone.get(QStringLiteral("/metrics")).raw;
        for (const QByteArray &line : metrics.split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).toLongLong();
        }
        return -1LL;
    };
    // Earlier notices (of other tests' cases) delivered first.
    QVERIFY(QTest::qWaitFor([&] { return metric("kezek_notices_pending") == 0; }, 15000));
    const qint64 deliveredBefore = metric("kezek_notices_delivered");
    const NewApplication returned = fileAnother(*m_server, freshApplication(), freshNumber());
    Client officer(*m_server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QJsonObject decision = signedBy(
        command(QStringLiteral("return-for-rework"),
                returned.id,
                1,
                {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}}),
        m_astanaKey);
    QCOMPARE(officer.commands({decision}).at(0).toObject().value(u"status").toString(),
             QStringLiteral("applied"));

    // The applicant's cabinet holds the notices of all their applications.
    const QDir cabinet(m_cabinets.path() + QLatin1Char('/') + returned.applicant.iin);
    const auto noticesOfCase = [&] {
        QList<QJsonObject> notices;
        for (const QString &name : cabinet.entryList({QStringLiteral("*.json")})) {
            QFile file(cabinet.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject notice = QJsonDocument::fromJson(file.readAll()).object();
            if (notice.value(u"caseNumber").toString() == returned.number)
                notices.append(notice);
        }
        return notices;
    };
    QVERIFY(QTest::qWaitFor([&] { return !noticesOfCase().isEmpty(); }, 15000));
    const QJsonObject notice = noticesOfCase().constFirst();
    QCOMPARE(notice.value(u"reasonCodes").toArray(), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")});
    QCOMPARE(notice.value(u"language").toString(), returned.applicant.language);

    // Delivered once, and counted so.
    QTest::qWait(1500);
    QCOMPARE(noticesOfCase().size(), 1);
    QCOMPARE(metric("kezek_notices_pending"), 0);
    QCOMPARE(metric("kezek_notices_delivered"), deliveredBefore + 1);
}

// PROCESS.md, phase 2, step 2 (§21): the CSC operator compares the documents
// with their originals. A "matched" with neither the original's scan nor a
// written reason why there is none is refused and changes nothing; the audit
// keeps which evidence each accepted one rests on.
void TestServerApiDocuments::theCscsMatchNeedsTheOriginalsScanOrAReasonAndTheAuditKeepsWhich()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // At the CSC today: caseIn() takes its last step on the day asked for.
    const QDate start = today.addDays(-today.daysTo(Builders::dayReached(CaseState::AtCsc, today)));
    Case atCsc = Builders::caseIn(CaseState::AtCsc, start);
    atCsc.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    atCsc.number = QStringLiteral("DNR-2026-000521");
    {
        auto store = ServerStore::open(m_databaseUrl);
        QVERIFY(store);
        QVERIFY((*store)->saveCases({atCsc}));
    }
    const DocumentType unscanned = atCsc.cscComparison.items().at(0).type;
    const DocumentType scanned = atCsc.cscComparison.items().at(1).type;
    const QDate applicationDate
        = atCsc.checkContext(ChecklistKind::CscComparison, today).applicationDate;
    const auto document = [&](DocumentType type, const char *what) {
        return QJsonObject{{QStringLiteral("checklist"), QStringLiteral("csc-comparison")},
                           {QStringLiteral("document"), documentTypeId(type)},
                           {QStringLiteral("command"), QString::fromLatin1(what)}};
    };
    const auto submit = [&](DocumentType type) {
        QJsonObject payload = document(type, "submit");
        payload.insert(
            QStringLiteral("facts"),
            documentFactsToJson(Builders::goodFacts(type, atCsc.applicant, applicationDate)));
        return payload;
    };
    Client csc(*m_server);
    csc.signIn(QStringLiteral("csc.astana"));
    csc.setLanguage("ru");
    int version = atCsc.version;
    const QJsonArray refused = csc.commands(
        {command(QStringLiteral("update-document"), atCsc.id, version, submit(unscanned)),
         command(QStringLiteral("update-document"),
                 atCsc.id,
                 version + 1,
                 document(unscanned, "verify")),
         command(QStringLiteral("update-document"), atCsc.id, version + 1, [&] {
             QJsonObject spaces = document(unscanned, "verify");
             spaces.insert(QStringLiteral("reason"), QStringLiteral(" \n "));
             return spaces;
         }())});
    QCOMPARE(refused.at(0).toObject().value(u"status").toString(), QStringLiteral("applied"));
    for (int i : {1, 2}) {
        const QJsonObject answer = refused.at(i).toObject();
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(answer.value(u"code").toString(), QStringLiteral("workflow.match-evidence"));
        // In the operator's language, citing the law.
        QVERIFY2(answer.value(u"message").toString().contains(u"§21")
                     && !answer.value(u"message").toString().contains(u"Matched"),
                 qPrintable(answer.value(u"message").toString()));
    }
    ++version;
    const auto stored = [this, &atCsc]() {
        auto store = ServerStore::open(m_databaseUrl);
        return store ? (*store)->findCase(atCsc.id) : Result<std::optional<Case>>();
    };
    {
        auto now = stored();
        QVERIFY(now && now->has_value());
        QCOMPARE((**now).version, version);
        QCOMPARE((**now).cscComparison.item(unscanned)->status, DocumentStatus::Submitted);
    }

    // Matched on a reason; and matched on the scan the desk uploaded first.
    const QString reason = QStringLiteral("the scanner is broken; original seen by me");
    QJsonObject onReason = document(unscanned, "verify");
    onReason.insert(QStringLiteral("reason"), QStringLiteral("  %1\n").arg(reason));
    // The original's scan, this case's own.
    const QByteArray original = Pdf + "% " + atCsc.id.toLatin1() + "\n";
    const QString hash = sha256Of(original);
    QCOMPARE(
        csc.send(
               "PUT",
               QStringLiteral("/api/v1/documents/%1?case=%2&name=original.pdf").arg(hash, atCsc.id),
               original,
               "application/pdf")
            .status,
        201);
    QJsonObject withScan = submit(scanned);
    withScan.insert(QStringLiteral("scan"), hash);
    const QJsonArray applied
        = csc.commands({command(QStringLiteral("update-document"), atCsc.id, version, onReason),
                        command(QStringLiteral("update-document"), atCsc.id, version + 1, withScan),
                        command(QStringLiteral("update-document"),
                                atCsc.id,
                                version + 2,
                                document(scanned, "verify"))});
    for (const auto &answer : applied)
        QVERIFY2(answer.toObject().value(u"status").toString() == u"applied",
                 qPrintable(answer.toObject().value(u"message").toString()));
    {
        auto now = stored();
        QVERIFY(now && now->has_value());
        QCOMPARE((**now).cscComparison.item(unscanned)->status, DocumentStatus::Verified);
        QCOMPARE((**now).cscComparison.item(unscanned)->unscannedReason, reason);
        QCOMPARE((**now).cscComparison.item(scanned)->status, DocumentStatus::Verified);
        QVERIFY((**now).cscComparison.item(scanned)->unscannedReason.isEmpty());
    }
    auto store = ServerStore::open(m_databaseUrl);
    QVERIFY(store);
    QSqlQuery query((*store)->connection());
    query.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'command' AND "
                                 "subject = ? AND detail LIKE '%evidence:%' ORDER BY seq"));
    query.addBindValue(atCsc.id);
    QVERIFY(query.exec());
    QStringList evidence;
    while (query.next())
        evidence.append(query.value(0).toString());
    QCOMPARE(evidence.size(), 2);
    QVERIFY2(evidence.at(0).endsWith(QStringLiteral(" evidence: reason \"%1\"").arg(reason)),
             qPrintable(evidence.at(0)));
    QVERIFY2(evidence.at(1).endsWith(QStringLiteral(" evidence: scan %1").arg(hash)),
             qPrintable(evidence.at(1)));
}

// §8, §10(3): the ministry's petition, signed by it for this applicant under
// this number, is verified at intake; the case keeps it, and the petition
// among the preliminary documents is verified without the officer looking.
void TestServerApiDocuments::aPetitionTheMinistrySignedIsVerifiedAtIntake()
{
    MinistrySite *site = ministrySite();
    QVERIFY(site);
    // Each server says at start whose petitions it verifies.
    QVERIFY(site->server->standardError().contains(
        QStringLiteral("every application brings a petition the ministry signed")));
    QVERIFY(m_server->standardError().contains(QStringLiteral("demo ministry")));
    // The authority alone does not say which organisation is the ministry.
    const auto [exitCode, said]
        = runServerToExit({QStringLiteral("--dev-cert"),
                           site->pki.filePath(QStringLiteral("tls")),
                           QStringLiteral("--ministry-ca"),
                           site->pki.filePath(QStringLiteral("ministry-ca.pem"))});
    QCOMPARE(exitCode, 2);
    QVERIFY2(said.contains(QStringLiteral("--ministry-bin")), qPrintable(said));

    NewApplication application
        = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = QStringLiteral("DNR-2026-800001");
    application.petition = petitionFor(application, site->reviewer, u"PET-2026-0417"_qs);
    Client egov(*site->server);
    QCOMPARE(egov.signIn(QStringLiteral("egov")).status, 200);
    const Answer filed = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                   newApplicationToJson(application));
    QCOMPARE(filed.status, 201);

    Client officer(*site->server);
    officer.signIn(QStringLiteral("officer.astana"));
    const QJsonArray cases
        = officer.get(QStringLiteral("/api/v1/changes?since=0")).json.value(u"cases").toArray();
    std::optional<Case> taken;
    for (const QJsonValue &value : cases) {
        if (value.toObject().value(u"id").toString() == application.id)
            taken = caseFromJson(value.toObject()).value_or(Case{});
    }
    QVERIFY(taken);
    QVERIFY(taken->petition);
    QCOMPARE(taken->petition->number, QStringLiteral("PET-2026-0417"));
    QCOMPARE(taken->petition->signerName, QStringLiteral("Асхат Нұрланұлы"));
    QCOMPARE(taken->petition->organisation, QStringLiteral("ЦДИАӨМ"));
    QCOMPARE(taken->petition->bin, MinistryBin);
    QCOMPARE(taken->petition->signature, application.petition->signature);
    QVERIFY(qAbs(taken->petition->verifiedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(taken->preliminaryDocuments.item(DocumentType::Petition)->status,
             DocumentStatus::Verified);
    QCOMPARE(petitionSummary(*taken->petition),
             QStringLiteral("Petition No. PET-2026-0417, signed by Асхат Нұрланұлы, MDDIAI, "
                            "verified"));
}

void TestServerApiDocuments::aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("code");
    QTest::newRow("signed by an officer's own key") << u"person"_qs << u"petition.not-ministry"_qs;
    QTest::newRow("signed by another organisation")
        << u"organisation"_qs << u"petition.not-ministry"_qs;
    QTest::newRow("signed under an authority the site does not trust")
        << u"stranger"_qs << u"signature.unknown-issuer"_qs;
    QTest::newRow("its bytes changed") << u"changed"_qs << u"petition.invalid"_qs;
    QTest::newRow("signed for another applicant")
        << u"other-applicant"_qs << u"petition.other-applicant"_qs;
    QTest::newRow("signed under another number") << u"number"_qs << u"petition.number-differs"_qs;
    QTest::newRow("not a signature") << u"garbage"_qs << u"petition.malformed"_qs;
    QTest::newRow("none, where the site requires one") << u"none"_qs << u"petition.missing"_qs;
}

// §8: "a petition signed by anyone but the ministry" (issue 28) and every
// other petition that is not this application's is refused with its own
// code, and nothing is taken: the same application, with its true petition,
// is then filed as new.
void TestServerApiDocuments::aPetitionIsRefusedUnlessTheMinistrySignedItForThisApplication()
{
    QFETCH(QString, refusal);
    QFETCH(QString, code);
    MinistrySite *site = ministrySite();
    QVERIFY(site);
    NewApplication application
        = Builders::application(City::Astana, QDateTime::currentDateTimeUtc().date());
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.number = QStringLiteral("DNR-2026-81") + application.id.left(4);
    const QString number = QStringLiteral("PET-") + application.number;
    if (refusal == u"person")
        application.petition = petitionFor(application, site->person, number);
    else if (refusal == u"organisation")
        application.petition = petitionFor(application, site->organisation, number);
    else if (refusal == u"stranger") {
        auto root = makeCertificateAuthority(QStringLiteral("Someone's own root"));
        QVERIFY(root);
        auto forged = issueOrganisationSigningCertificate(*root,
                                                          QStringLiteral("Forger"),
                                                          u"870402300011"_qs,
                                                          QStringLiteral("ЦДИАӨМ"),
                                                          MinistryBin);
        QVERIFY(forged);
        application.petition = petitionFor(application, *forged, number);
    } else if (refusal == u"changed") {
        application.petition = petitionFor(application, site->reviewer, number);
        QByteArray &bytes = application.petition->signature;
        const qsizetype at = bytes.indexOf(application.applicant.iin.toLatin1());
        QVERIFY(at >= 0);
        bytes[at] = bytes[at] == '1' ? '2' : '1';
    } else if (refusal == u"other-applicant") {
        NewApplication someoneElse = application;
        someoneElse.applicant.iin = QStringLiteral("880721310009");
        application.petition = petitionFor(someoneElse, site->reviewer, number);
    } else if (refusal == u"number") {
        application.petition = petitionFor(application, site->reviewer, number + u'9');
        application.petition->number = number;
    } else if (refusal == u"garbage") {
        application.petition = PetitionSubmission{number, QByteArray("not a CMS signature")};
    }
    Client egov(*site->server);
    QCOMPARE(egov.signIn(QStringLiteral("egov")).status, 200);
    const Answer refused = egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                                     newApplicationToJson(application));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json.value(u"code").toString(), code);
    QVERIFY(!refused.json.value(u"message").toString().isEmpty());

    application.petition = petitionFor(application, site->reviewer, number);
    QCOMPARE(egov.post(QStringLiteral("/api/v1/integration/egov/applications"),
                       newApplicationToJson(application))
                 .status,
             201);
}

QTEST_GUILESS_MAIN(TestServerApiDocuments)
#include "tst_serverapi_documents.moc"
