#include "core/security/revocation.h"

#include "core/security/opensslsupport.h"

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QTimeZone>

#include <ctime>
#include <memory>

namespace Kezek {

namespace {

using namespace OpenSsl;
using Crl = std::unique_ptr<X509_CRL, Deleter<X509_CRL, X509_CRL_free>>;
using Revoked = std::unique_ptr<X509_REVOKED, Deleter<X509_REVOKED, X509_REVOKED_free>>;
using Time = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME, ASN1_TIME_free>>;
using Integer = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using OcspRequest = std::unique_ptr<OCSP_REQUEST, Deleter<OCSP_REQUEST, OCSP_REQUEST_free>>;
using OcspResponse = std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>>;
using BasicResponse = std::unique_ptr<OCSP_BASICRESP, Deleter<OCSP_BASICRESP, OCSP_BASICRESP_free>>;
using CertId = std::unique_ptr<OCSP_CERTID, Deleter<OCSP_CERTID, OCSP_CERTID_free>>;

struct CertificateStackFree
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using CertificateStack = std::unique_ptr<STACK_OF(X509), CertificateStackFree>;

// Clocks disagree: a responder's thisUpdate a little ahead of the server's
// clock is not a response from the future (openssl ocsp allows the same).
constexpr qint64 clockSkewSeconds = 5 * 60;

std::unexpected<Error> badCertificate()
{
    return fail(QStringLiteral("security.certificate"),
                SecurityTr::tr("The certificate or its issuer's certificate is not valid PEM."));
}

std::unexpected<Error> malformed(const QString &message)
{
    ERR_clear_error();
    return fail(QStringLiteral("revocation.malformed"), message);
}

std::unexpected<Error> untrusted(const QString &message)
{
    ERR_clear_error();
    return fail(QStringLiteral("revocation.ocsp-untrusted"), message);
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec),
                     QTimeZone::utc());
}

Time toAsn1(const QDateTime &at)
{
    return Time(ASN1_TIME_set(nullptr, static_cast<time_t>(at.toSecsSinceEpoch())));
}

QString shown(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Whether `issuer` issued `subject`: it names it as issuer and its key
// verifies the subject's signature.
bool issued(X509 *issuer, X509 *subject)
{
    EVP_PKEY *key = X509_get0_pubkey(issuer);
    const bool ok
        = key && X509_NAME_cmp(X509_get_issuer_name(subject), X509_get_subject_name(issuer)) == 0
          && X509_verify(subject, key) == 1;
    ERR_clear_error();
    return ok;
}

bool validAt(X509 *certificate, const QDateTime &at)
{
    time_t moment = static_cast<time_t>(at.toSecsSinceEpoch());
    return X509_cmp_time(X509_get0_notBefore(certificate), &moment) < 0
           && X509_cmp_time(X509_get0_notAfter(certificate), &moment) > 0;
}

// A status is only as good as the certificate it speaks of: one the issuer
// did not issue cannot be vouched for by the issuer's list or responder.
Result<void> issuedBy(X509 *issuer, X509 *certificate)
{
    if (issued(issuer, certificate))
        return {};
    return fail(QStringLiteral("revocation.wrong-issuer"),
                SecurityTr::tr("The certificate was not issued by the authority given as its "
                               "issuer."));
}

// --- CRL --------------------------------------------------------------------

Result<void> addRevoked(X509_CRL *crl, const RevokedCertificate &entry)
{
    BIGNUM *raw = nullptr;
    const QByteArray hex = entry.serialHex;
    const int digits = hex.isEmpty() ? 0 : BN_hex2bn(&raw, hex.constData());
    const Number number(raw);
    if (digits != hex.size() || !number) {
        return malformed(SecurityTr::tr("The serial number “%1” is not hexadecimal.")
                             .arg(QString::fromLatin1(hex)));
    }
    Revoked item(X509_REVOKED_new());
    const Integer serial(BN_to_ASN1_INTEGER(number.get(), nullptr));
    const Time at = toAsn1(entry.revokedAt);
    if (!item || !serial || !at || X509_REVOKED_set_serialNumber(item.get(), serial.get()) != 1
        || X509_REVOKED_set_revocationDate(item.get(), at.get()) != 1
        || X509_CRL_add0_revoked(crl, item.get()) != 1) {
        return OpenSsl::error("list a revoked certificate");
    }
    item.release(); // the CRL owns it now
    return {};
}

// RFC 5280 §5.2.1 and §5.2.3: the authority key identifier ties the CRL to the
// issuer's key, and the CRL number grows with each CRL; thisUpdate in seconds
// does, as a demo authority issues at most one CRL a second.
bool addCrlExtensions(X509_CRL *crl, X509 *issuer, const QDateTime &thisUpdate)
{
    const Integer number(ASN1_INTEGER_new());
    if (!number || ASN1_INTEGER_set_int64(number.get(), thisUpdate.toSecsSinceEpoch()) != 1
        || X509_CRL_add1_ext_i2d(crl, NID_crl_number, number.get(), 0, 0) != 1) {
        return false;
    }
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, nullptr, nullptr, crl, 0);
    const Extension keyId(
        X509V3_EXT_conf_nid(nullptr, &context, NID_authority_key_identifier, "keyid"));
    return keyId && X509_CRL_add_ext(crl, keyId.get(), -1) == 1;
}

Result<Crl> readCrl(const QByteArray &bytes)
{
    Bio bio = memoryBio(bytes);
    Crl crl(d2i_X509_CRL_bio(bio.get(), nullptr));
    if (!crl) {
        bio = memoryBio(bytes);
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    }
    if (!crl)
        return malformed(SecurityTr::tr("The revocation list is not a CRL."));
    ERR_clear_error();
    return crl;
}

// The CRL is the issuer's: it names the issuer, its signature verifies with the
// issuer's key, and the issuer may sign CRLs (RFC 5280 §4.2.1.3).
Result<void> crlIsIssuers(X509_CRL *crl, X509 *issuer)
{
    EVP_PKEY *key = X509_get0_pubkey(issuer);
    const bool mayIssue = (X509_get_extension_flags(issuer) & EXFLAG_KUSAGE) == 0
                          || (X509_get_key_usage(issuer) & KU_CRL_SIGN) != 0;
    const bool ok = key && mayIssue
                    && X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer)) == 0
                    && X509_CRL_verify(crl, key) == 1;
    ERR_clear_error();
    if (ok)
        return {};
    return fail(QStringLiteral("revocation.crl-not-issuer"),
                SecurityTr::tr("The revocation list was not issued by the certificate's "
                               "issuer, or was altered."));
}

// A CRL speaks for the period from its thisUpdate to its nextUpdate; after
// that a newer one may list certificates this one does not.
Result<void>
crlCurrent(const QDateTime &thisUpdate, const QDateTime &nextUpdate, const QDateTime &now)
{
    if (!thisUpdate.isValid() || !nextUpdate.isValid()) {
        return fail(QStringLiteral("revocation.crl-stale"),
                    SecurityTr::tr("The revocation list gives no next update, so it cannot be "
                                   "known to be current."));
    }
    if (now < thisUpdate || now >= nextUpdate) {
        return fail(QStringLiteral("revocation.crl-stale"),
                    SecurityTr::tr("The revocation list is valid from %1 until %2, not at %3: "
                                   "fetch the current one.")
                        .arg(shown(thisUpdate), shown(nextUpdate), shown(now)));
    }
    return {};
}

// A delta CRL, or one that speaks only of some certificates (an issuing
// distribution point), is not the whole list: a certificate absent from it
// may be revoked in another. So is one with a critical extension this check
// does not read.
Result<void> crlIsWhole(X509_CRL *crl)
{
    const auto partial = [] {
        return fail(QStringLiteral("revocation.crl-partial"),
                    SecurityTr::tr("The revocation list is a delta list, or covers only some of "
                                   "the authority's certificates: give the authority's full "
                                   "list."));
    };
    if (X509_CRL_get_ext_by_NID(crl, NID_delta_crl, -1) >= 0
        || X509_CRL_get_ext_by_NID(crl, NID_issuing_distribution_point, -1) >= 0)
        return partial();
    for (int i = 0; i < X509_CRL_get_ext_count(crl); ++i) {
        X509_EXTENSION *extension = X509_CRL_get_ext(crl, i);
        const int nid = OBJ_obj2nid(X509_EXTENSION_get_object(extension));
        if (X509_EXTENSION_get_critical(extension) && nid != NID_crl_number
            && nid != NID_authority_key_identifier)
            return partial();
    }
    return {};
}

QByteArray derOf(X509_CRL *crl)
{
    const Bio out(BIO_new(BIO_s_mem()));
    return out && i2d_X509_CRL_bio(out.get(), crl) == 1 ? drain(out.get()) : QByteArray();
}

// --- OCSP -------------------------------------------------------------------

Result<BasicResponse> readBasicResponse(const QByteArray &responseDer)
{
    const Bio bio = memoryBio(responseDer);
    const OcspResponse response(d2i_OCSP_RESPONSE_bio(bio.get(), nullptr));
    if (!response)
        return malformed(SecurityTr::tr("The answer is not an OCSP response."));
    const int status = OCSP_response_status(response.get());
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        return fail(QStringLiteral("revocation.ocsp-status"),
                    SecurityTr::tr("The OCSP responder did not answer (%1): ask again later.")
                        .arg(QString::fromLatin1(OCSP_response_status_str(status))));
    }
    BasicResponse basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return malformed(SecurityTr::tr("The OCSP response holds no basic response."));
    return basic;
}

// The issuer is one of the trusted authorities or issued by one, at the
// moment the response speaks for (so that it still checks after they expire).
Result<void> issuerTrusted(X509 *issuer, const QList<QByteArray> &trustedPem, const QDateTime &at)
{
    const Store store(X509_STORE_new());
    const StoreContext context(X509_STORE_CTX_new());
    if (!store || !context)
        return OpenSsl::error("build the trust store");
    for (const QByteArray &pem : trustedPem) {
        const Certificate trusted = readCertificate(pem);
        if (trusted)
            X509_STORE_add_cert(store.get(), trusted.get());
    }
    // An intermediate authority may be trusted by itself, without its root.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    if (X509_STORE_CTX_init(context.get(), store.get(), issuer, nullptr) != 1)
        return OpenSsl::error("start verifying the issuer");
    X509_STORE_CTX_set_time(context.get(), 0, static_cast<time_t>(at.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1) {
        ERR_clear_error();
        return {};
    }
    return untrusted(SecurityTr::tr("The certificate's issuer is not one of the trusted "
                                    "authorities."));
}

// RFC 6960 §4.2.2.2: the issuer answers for its certificates itself, or
// delegates it to a responder certificate it issued with the OCSPSigning key
// purpose (anything else could say "good" for a certificate it does not own).
bool authorizedResponder(X509 *signer, X509 *issuer, STACK_OF(X509) * local, const QDateTime &at)
{
    if (X509_cmp(signer, issuer) == 0)
        return true;
    // One the site trusts itself, as long as it is valid.
    for (int i = 0; i < sk_X509_num(local); ++i) {
        if (X509_cmp(signer, sk_X509_value(local, i)) == 0)
            return validAt(signer, at);
    }
    const bool delegated = (X509_get_extension_flags(signer) & EXFLAG_XKUSAGE) != 0
                           && (X509_get_extended_key_usage(signer) & XKU_OCSP_SIGN) != 0;
    return delegated && issued(issuer, signer) && validAt(signer, at);
}

// Adds a reference to `certificate` to `stack`.
bool pushCopy(STACK_OF(X509) * stack, X509 *certificate)
{
    if (!stack || !certificate || X509_up_ref(certificate) != 1)
        return false;
    if (sk_X509_push(stack, certificate) > 0)
        return true;
    X509_free(certificate);
    return false;
}

Result<void> signedByResponder(OCSP_BASICRESP *basic,
                               X509 *issuer,
                               const QList<QByteArray> &responderPem,
                               const QDateTime &producedAt)
{
    CertificateStack known(sk_X509_new_null());
    CertificateStack local(sk_X509_new_null());
    if (!local || !pushCopy(known.get(), issuer))
        return OpenSsl::error("list the known certificates");
    for (const QByteArray &pem : responderPem) {
        const Certificate responder = readCertificate(pem);
        if (!pushCopy(local.get(), responder.get()) || !pushCopy(known.get(), responder.get()))
            return badCertificate();
    }
    X509 *signer = nullptr;
    if (OCSP_resp_get0_signer(basic, &signer, known.get()) != 1 || !signer) {
        return untrusted(SecurityTr::tr("The OCSP response is signed by a certificate it does "
                                        "not carry."));
    }
    // The signature only: whether the signer may answer is decided below, by
    // RFC 6960's rule rather than by OpenSSL's trust settings.
    if (OCSP_basic_verify(basic, known.get(), nullptr, OCSP_NOVERIFY) != 1)
        return untrusted(SecurityTr::tr("The OCSP response's signature does not verify."));
    if (!authorizedResponder(signer, issuer, local.get(), producedAt)) {
        return untrusted(SecurityTr::tr("The OCSP response is signed by a certificate the "
                                        "issuer did not authorise to answer for it."));
    }
    ERR_clear_error();
    return {};
}

// The single response about this certificate. Responders echo the request's
// CertID, SHA-1 as ocspRequest() asks, or SHA-256 from newer clients.
Result<OCSP_SINGLERESP *> singleResponseFor(OCSP_BASICRESP *basic, X509 *certificate, X509 *issuer)
{
    for (const EVP_MD *digest : {EVP_sha1(), EVP_sha256()}) {
        const CertId id(OCSP_cert_to_id(digest, certificate, issuer));
        const int at = id ? OCSP_resp_find(basic, id.get(), -1) : -1;
        if (at >= 0)
            return OCSP_resp_get0(basic, at);
    }
    ERR_clear_error();
    return fail(QStringLiteral("revocation.ocsp-other-certificate"),
                SecurityTr::tr("The OCSP response speaks of another certificate."));
}

// An OCSP answer is current from its thisUpdate until its nextUpdate, or, when
// it gives none, for as long as the site accepts (maxAge).
Result<void> ocspCurrent(const QDateTime &thisUpdate,
                         const QDateTime &nextUpdate,
                         const QDateTime &now,
                         std::chrono::seconds maxAge)
{
    const auto stale = [&](const QDateTime &until) {
        return fail(QStringLiteral("revocation.ocsp-stale"),
                    SecurityTr::tr("The OCSP response is valid from %1 until %2, not at %3: ask "
                                   "the responder again.")
                        .arg(shown(thisUpdate), shown(until), shown(now)));
    };
    const QDateTime until = nextUpdate.isValid() ? nextUpdate : thisUpdate.addSecs(maxAge.count());
    if (!thisUpdate.isValid() || thisUpdate > now.addSecs(clockSkewSeconds) || now >= until)
        return stale(until);
    return {};
}

} // namespace

Result<QByteArray> serialOf(const QByteArray &certificatePem)
{
    const Certificate certificate = readCertificate(certificatePem);
    if (!certificate)
        return badCertificate();
    const Number number(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate.get()), nullptr));
    char *hex = number ? BN_bn2hex(number.get()) : nullptr;
    if (!hex)
        return OpenSsl::error("read the serial number");
    const QByteArray serial(hex);
    OPENSSL_free(hex);
    return serial;
}

Result<QByteArray> makeCrl(const PemPair &issuer,
                           const QList<RevokedCertificate> &revoked,
                           const QDateTime &thisUpdate,
                           const QDateTime &nextUpdate)
{
    const Certificate certificate = readCertificate(issuer.certificate);
    const Key key = readKey(issuer.privateKey);
    if (!certificate || !key) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate authority's certificate or key is not valid "
                                   "PEM."));
    }
    const Crl crl(X509_CRL_new());
    const Time from = toAsn1(thisUpdate);
    const Time until = toAsn1(nextUpdate);
    if (!crl || !from || !until || X509_CRL_set_version(crl.get(), 1) != 1 // v2
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(certificate.get())) != 1
        || X509_CRL_set1_lastUpdate(crl.get(), from.get()) != 1
        || X509_CRL_set1_nextUpdate(crl.get(), until.get()) != 1) {
        return OpenSsl::error("start the revocation list");
    }
    for (const RevokedCertificate &entry : revoked) {
        if (auto added = addRevoked(crl.get(), entry); !added)
            return std::unexpected(added.error());
    }
    X509_CRL_sort(crl.get());
    if (!addCrlExtensions(crl.get(), certificate.get(), thisUpdate))
        return OpenSsl::error("add the revocation list's extensions");
    if (X509_CRL_sign(crl.get(), key.get(), EVP_sha256()) <= 0)
        return OpenSsl::error("sign the revocation list");
    const QByteArray der = derOf(crl.get());
    if (der.isEmpty())
        return OpenSsl::error("write the revocation list");
    return der;
}

Result<RevocationStatus> checkCrl(const QByteArray &certificatePem,
                                  const QByteArray &issuerPem,
                                  const QByteArray &crlDerOrPem,
                                  const QDateTime &now)
{
    const Certificate certificate = readCertificate(certificatePem);
    const Certificate issuer = readCertificate(issuerPem);
    if (!certificate || !issuer)
        return badCertificate();
    auto parsed = readCrl(crlDerOrPem);
    if (!parsed)
        return std::unexpected(parsed.error());
    X509_CRL *crl = parsed->get();
    if (auto ok = issuedBy(issuer.get(), certificate.get()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = crlIsIssuers(crl, issuer.get()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = crlIsWhole(crl); !ok)
        return std::unexpected(ok.error());
    RevocationStatus status;
    status.evidence = {RevocationEvidence::Source::Crl,
                       derOf(crl),
                       toDateTime(X509_CRL_get0_lastUpdate(crl)),
                       toDateTime(X509_CRL_get0_nextUpdate(crl))};
    if (auto ok = crlCurrent(status.evidence.producedAt, status.evidence.nextUpdate, now); !ok)
        return std::unexpected(ok.error());
    // 1: listed; 2: listed as removeFromCRL, which only delta CRLs say and
    // which means the certificate is valid again.
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_cert(crl, &entry, certificate.get()) == 1 && entry) {
        status.revoked = true;
        status.revokedAt = toDateTime(X509_REVOKED_get0_revocationDate(entry));
    }
    ERR_clear_error();
    return status;
}

Result<RevocationEvidence> crlEvidence(const QByteArray &crlDerOrPem,
                                       const QList<QByteArray> &issuersPem)
{
    auto parsed = readCrl(crlDerOrPem);
    if (!parsed)
        return std::unexpected(parsed.error());
    X509_CRL *crl = parsed->get();
    // Signed by one of them, or refused as crlIsIssuers refuses.
    Result<void> issued;
    for (const QByteArray &pem : issuersPem) {
        const Certificate issuer = readCertificate(pem);
        issued = issuer ? crlIsIssuers(crl, issuer.get()) : Result<void>(badCertificate());
        if (issued)
            break;
    }
    if (!issued)
        return std::unexpected(issued.error());
    return RevocationEvidence{RevocationEvidence::Source::Crl,
                              derOf(crl),
                              toDateTime(X509_CRL_get0_lastUpdate(crl)),
                              toDateTime(X509_CRL_get0_nextUpdate(crl))};
}

Result<QByteArray> ocspRequest(const QByteArray &certificatePem, const QByteArray &issuerPem)
{
    const Certificate certificate = readCertificate(certificatePem);
    const Certificate issuer = readCertificate(issuerPem);
    if (!certificate || !issuer)
        return badCertificate();
    const OcspRequest request(OCSP_REQUEST_new());
    CertId id(OCSP_cert_to_id(EVP_sha1(), certificate.get(), issuer.get()));
    if (!request || !id || !OCSP_request_add0_id(request.get(), id.get()))
        return OpenSsl::error("make the OCSP request");
    id.release(); // the request owns it now
    const Bio out(BIO_new(BIO_s_mem()));
    if (!out || i2d_OCSP_REQUEST_bio(out.get(), request.get()) != 1)
        return OpenSsl::error("write the OCSP request");
    return drain(out.get());
}

Result<RevocationStatus> checkOcspResponse(const QByteArray &responseDer,
                                           const QByteArray &certificatePem,
                                           const QByteArray &issuerPem,
                                           const QList<QByteArray> &trustedPem,
                                           const QDateTime &now,
                                           std::chrono::seconds maxAge,
                                           const QList<QByteArray> &responderPem)
{
    const Certificate certificate = readCertificate(certificatePem);
    const Certificate issuer = readCertificate(issuerPem);
    if (!certificate || !issuer)
        return badCertificate();
    auto basic = readBasicResponse(responseDer);
    if (!basic)
        return std::unexpected(basic.error());
    const QDateTime producedAt = toDateTime(OCSP_resp_get0_produced_at(basic->get()));
    if (!producedAt.isValid())
        return malformed(SecurityTr::tr("The OCSP response does not say when it was made."));
    if (auto ok = issuedBy(issuer.get(), certificate.get()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = issuerTrusted(issuer.get(), trustedPem, producedAt); !ok)
        return std::unexpected(ok.error());
    if (auto ok = signedByResponder(basic->get(), issuer.get(), responderPem, producedAt); !ok)
        return std::unexpected(ok.error());
    auto single = singleResponseFor(basic->get(), certificate.get(), issuer.get());
    if (!single)
        return std::unexpected(single.error());

    int reason = 0;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr;
    ASN1_GENERALIZEDTIME *thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME *nextUpdate = nullptr;
    const int certificateStatus
        = OCSP_single_get0_status(*single, &reason, &revokedAt, &thisUpdate, &nextUpdate);
    RevocationStatus status;
    status.evidence
        = {RevocationEvidence::Source::Ocsp, responseDer, producedAt, toDateTime(nextUpdate)};
    if (auto ok = ocspCurrent(toDateTime(thisUpdate), status.evidence.nextUpdate, now, maxAge);
        !ok) {
        return std::unexpected(ok.error());
    }
    switch (certificateStatus) {
    case V_OCSP_CERTSTATUS_GOOD:
        return status;
    case V_OCSP_CERTSTATUS_REVOKED:
        status.revoked = true;
        status.revokedAt = toDateTime(revokedAt);
        return status;
    default:
        return fail(QStringLiteral("revocation.unknown"),
                    SecurityTr::tr("The OCSP responder does not know the certificate: it may not "
                                   "have been issued by the authority it names."));
    }
}

Result<void> revocationAllows(const RevocationStatus &status, const QDateTime &actTime)
{
    if (!status.revoked)
        return {};
    // Without both moments nothing shows the act came before the revocation.
    if (!status.revokedAt.isValid() || !actTime.isValid()) {
        return fail(QStringLiteral("revocation.revoked"),
                    SecurityTr::tr("The signing certificate is revoked."));
    }
    if (status.revokedAt > actTime)
        return {};
    return fail(QStringLiteral("revocation.revoked"),
                SecurityTr::tr("The signing certificate was revoked on %1, no later than the act "
                               "it signed on %2.")
                    .arg(shown(status.revokedAt), shown(actTime)));
}

bool stillCurrent(const RevocationEvidence &evidence, const QDateTime &now)
{
    return evidence.nextUpdate.isValid() && now < evidence.nextUpdate
           && (!evidence.producedAt.isValid()
               || evidence.producedAt <= now.addSecs(clockSkewSeconds));
}

Result<PemPair> issueOcspResponder(const PemPair &issuer, const QString &commonName, int days)
{
    const Certificate certificate = readCertificate(issuer.certificate);
    const Key key = readKey(issuer.privateKey);
    if (!certificate || !key) {
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate authority's certificate or key is not valid "
                                   "PEM."));
    }
    return OpenSsl::makeCertificate(commonName,
                                    days,
                                    certificate.get(),
                                    key.get(),
                                    {{NID_basic_constraints, "critical,CA:FALSE"},
                                     {NID_key_usage, "critical,digitalSignature"},
                                     {NID_ext_key_usage, "OCSPSigning"}});
}

QByteArray crlPem(const QByteArray &der)
{
    QByteArray pem = "-----BEGIN X509 CRL-----\n";
    const QByteArray text = der.toBase64();
    for (qsizetype at = 0; at < text.size(); at += 64)
        pem += text.mid(at, 64) + '\n';
    return pem + "-----END X509 CRL-----\n";
}

} // namespace Kezek
