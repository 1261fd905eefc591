#include "core/security/timestamps.h"

#include "core/security/opensslsupport.h"

#include <openssl/cms.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QCryptographicHash>
#include <QStringList>
#include <QTimeZone>

#include <ctime>
#include <memory>

namespace Kezek {

namespace {

using namespace OpenSsl;
using Pkcs7 = std::unique_ptr<PKCS7, Deleter<PKCS7, PKCS7_free>>;
using Request = std::unique_ptr<TS_REQ, Deleter<TS_REQ, TS_REQ_free>>;
using Response = std::unique_ptr<TS_RESP, Deleter<TS_RESP, TS_RESP_free>>;
using ResponseContext = std::unique_ptr<TS_RESP_CTX, Deleter<TS_RESP_CTX, TS_RESP_CTX_free>>;
using VerifyContext = std::unique_ptr<TS_VERIFY_CTX, Deleter<TS_VERIFY_CTX, TS_VERIFY_CTX_free>>;
using TstInfo = std::unique_ptr<TS_TST_INFO, Deleter<TS_TST_INFO, TS_TST_INFO_free>>;
using Imprint = std::unique_ptr<TS_MSG_IMPRINT, Deleter<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using Algorithm = std::unique_ptr<X509_ALGOR, Deleter<X509_ALGOR, X509_ALGOR_free>>;
using Integer = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using Object = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT, ASN1_OBJECT_free>>;

// A stack that owns its certificates.
struct CertificatesFree
{
    void operator()(STACK_OF(X509) * certificates) const
    {
        sk_X509_pop_free(certificates, X509_free);
    }
};
using Certificates = std::unique_ptr<STACK_OF(X509), CertificatesFree>;

std::unexpected<Error> badCertificatePem()
{
    ERR_clear_error();
    return fail(QStringLiteral("security.certificate"),
                SecurityTr::tr("The certificate is not valid PEM."));
}

std::unexpected<Error> malformedToken()
{
    ERR_clear_error();
    return fail(QStringLiteral("timestamp.malformed"),
                SecurityTr::tr("The timestamp is not an RFC 3161 timestamp token."));
}

std::unexpected<Error> notCovering()
{
    return fail(QStringLiteral("timestamp.not-covering"),
                SecurityTr::tr("The timestamp is not over this signature: it stamps other bytes, "
                               "or not by SHA-256."));
}

std::unexpected<Error> notATsa()
{
    ERR_clear_error();
    return fail(QStringLiteral("timestamp.not-a-tsa"),
                SecurityTr::tr("The certificate is not a timestamp authority's: it lacks the "
                               "critical timeStamping extended key usage."));
}

// Certificates from PEM texts, each of which must be one.
Result<Certificates> readCertificates(const QList<QByteArray> &pems)
{
    Certificates certificates(sk_X509_new_null());
    if (!certificates)
        return OpenSsl::error("allocate a certificate list");
    for (const QByteArray &pem : pems) {
        Certificate certificate = readCertificate(pem);
        if (!certificate)
            return badCertificatePem();
        if (sk_X509_push(certificates.get(), certificate.get()) == 0)
            return OpenSsl::error("allocate a certificate list");
        certificate.release();
    }
    return certificates;
}

// Adds each of `from` to `to`, which then owns a reference of its own.
bool appendCertificates(STACK_OF(X509) * to, STACK_OF(X509) * from)
{
    for (int i = 0; from && i < sk_X509_num(from); ++i) {
        X509 *certificate = sk_X509_value(from, i);
        if (X509_up_ref(certificate) != 1)
            return false;
        if (sk_X509_push(to, certificate) == 0) {
            X509_free(certificate);
            return false;
        }
    }
    return true;
}

// DER by one of OpenSSL's i2d_*_bio functions.
template<typename T, typename Encode>
Result<QByteArray> toDer(T *value, Encode encode, const char *what)
{
    const Bio out(BIO_new(BIO_s_mem()));
    if (!out || encode(out.get(), value) != 1)
        return OpenSsl::error(what);
    return drain(out.get());
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QDateTime toDateTime(const ASN1_GENERALIZEDTIME *time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec),
                     QTimeZone::utc());
}

// A token and what it says, or timestamp.malformed.
struct ParsedToken
{
    Pkcs7 token;
    TstInfo info;
};

Result<ParsedToken> readToken(const QByteArray &der)
{
    const Bio in = memoryBio(der);
    Pkcs7 token(d2i_PKCS7_bio(in.get(), nullptr));
    if (!token)
        return malformedToken();
    // Checks that it is SignedData over a TSTInfo, and reads that.
    TstInfo info(PKCS7_to_TS_TST_INFO(token.get()));
    if (!info)
        return malformedToken();
    return ParsedToken{std::move(token), std::move(info)};
}

// Whether the token's message imprint is the SHA-256 of `data`: the only
// digest Kezek accepts, so that a weaker one cannot be slipped in.
bool covers(TS_TST_INFO *info, const QByteArray &data)
{
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(info);
    const ASN1_OBJECT *algorithm = nullptr;
    X509_ALGOR_get0(&algorithm, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    if (OBJ_obj2nid(algorithm) != NID_sha256)
        return false;
    const ASN1_OCTET_STRING *digest = TS_MSG_IMPRINT_get_msg(imprint);
    const QByteArray expected = sha256(data);
    return digest
           && QByteArray::fromRawData(reinterpret_cast<const char *>(ASN1_STRING_get0_data(digest)),
                                      ASN1_STRING_length(digest))
                  == expected;
}

// A decision's CMS signature and its one SignerInfo.
struct SignedCms
{
    Cms cms;
    CMS_SignerInfo *signer = nullptr; // owned by cms
};

Result<SignedCms> readSignature(const QByteArray &cmsDer)
{
    const Bio in = memoryBio(cmsDer);
    Cms cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms) {
        ERR_clear_error();
        return fail(QStringLiteral("signature.malformed"),
                    SecurityTr::tr("The signature is not a CMS (PKCS#7) signature."));
    }
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("signature.signers"),
                    SecurityTr::tr("A decision is signed by exactly one person."));
    }
    CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(infos, 0);
    return SignedCms{std::move(cms), signer};
}

QByteArray valueOf(CMS_SignerInfo *signer)
{
    const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(signer);
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                      ASN1_STRING_length(value));
}

// The token in a SignerInfo's unsigned attributes: absent, or its DER.
Result<std::optional<QByteArray>> tokenIn(CMS_SignerInfo *signer)
{
    const int at = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (at < 0) {
        ERR_clear_error();
        return std::optional<QByteArray>();
    }
    X509_ATTRIBUTE *attribute = CMS_unsigned_get_attr(signer, at);
    ASN1_TYPE *value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value || value->type != V_ASN1_SEQUENCE)
        return malformedToken();
    // A SEQUENCE in an ASN1_TYPE keeps its whole encoding, tag and length too.
    const ASN1_STRING *sequence = value->value.sequence;
    return std::optional<QByteArray>(
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(sequence)),
                   ASN1_STRING_length(sequence)));
}

// The fixed answers the TSA context asks its callbacks for.
int fixedTime(TS_RESP_CTX *, void *data, long *seconds, long *microseconds)
{
    *seconds = static_cast<long>(*static_cast<const qint64 *>(data));
    *microseconds = 0;
    return 1;
}

ASN1_INTEGER *fixedSerial(TS_RESP_CTX *, void *data)
{
    ASN1_INTEGER *serial = ASN1_INTEGER_new();
    if (serial && ASN1_INTEGER_set_uint64(serial, *static_cast<const quint64 *>(data)) != 1) {
        ASN1_INTEGER_free(serial);
        return nullptr;
    }
    return serial;
}

// The TSA's own status words, for the person told why there is no token.
QString statusText(TS_STATUS_INFO *status)
{
    QStringList lines;
    const STACK_OF(ASN1_UTF8STRING) *texts = TS_STATUS_INFO_get0_text(status);
    for (int i = 0; texts && i < sk_ASN1_UTF8STRING_num(texts); ++i) {
        const ASN1_UTF8STRING *text = sk_ASN1_UTF8STRING_value(texts, i);
        lines.append(QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)),
                                       ASN1_STRING_length(text)));
    }
    return lines.isEmpty() ? SecurityTr::tr("(no reason given)") : lines.join(QLatin1Char(' '));
}

std::unexpected<Error> notGranted(long status, const QString &text)
{
    switch (status) {
    case TS_STATUS_WAITING:
        return fail(QStringLiteral("timestamp.waiting"),
                    SecurityTr::tr("The timestamp authority has not issued the timestamp yet: %1")
                        .arg(text));
    case TS_STATUS_REVOCATION_WARNING:
    case TS_STATUS_REVOCATION_NOTIFICATION:
        return fail(
            QStringLiteral("timestamp.revoked"),
            SecurityTr::tr("The timestamp authority's certificate is being revoked: %1").arg(text));
    default:
        return fail(QStringLiteral("timestamp.rejected"),
                    SecurityTr::tr("The timestamp authority refused the request: %1").arg(text));
    }
}

// The store of trusted TSA certificates. A TSA certificate trusted directly
// is an anchor even though an authority issued it (partial chain).
// The trusted certificates, checked at `at`: the token's own time, so that
// a TSA certificate that expired since leaves its old tokens standing.
Store trustStore(STACK_OF(X509) * trusted, time_t at)
{
    Store store(X509_STORE_new());
    if (!store)
        return {};
    for (int i = 0; i < sk_X509_num(trusted); ++i) {
        if (X509_STORE_add_cert(store.get(), sk_X509_value(trusted, i)) != 1)
            return {};
    }
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), at);
    return store;
}

// Whether `signer` is, or chains through `untrusted` to, a trusted TSA
// certificate, valid at the token's time and for timestamping.
Result<void>
checkTrust(X509 *signer, STACK_OF(X509) * trusted, STACK_OF(X509) * untrusted, time_t at)
{
    const Store store = trustStore(trusted, at);
    const StoreContext context(X509_STORE_CTX_new());
    if (!store || !context
        || X509_STORE_CTX_init(context.get(), store.get(), signer, untrusted) != 1)
        return OpenSsl::error("build the trust store");
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_TIMESTAMP_SIGN);
    X509_STORE_CTX_set_time(context.get(), 0, at);
    if (X509_verify_cert(context.get()) == 1)
        return {};
    const QString reason = QString::fromLatin1(
        X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
    ERR_clear_error();
    return fail(QStringLiteral("timestamp.untrusted-tsa"),
                SecurityTr::tr("The timestamp is not from a trusted timestamp authority (%1).")
                    .arg(reason));
}

// The token's signature and its ESS signing-certificate attribute, by
// OpenSSL's own token check (which checks the chain again, already passed).
Result<void>
checkSignature(PKCS7 *token, STACK_OF(X509) * trusted, STACK_OF(X509) * untrusted, time_t at)
{
    const VerifyContext context(TS_VERIFY_CTX_new());
    Store store = trustStore(trusted, at);
    Certificates certificates(sk_X509_new_null());
    if (!context || !store || !certificates || !appendCertificates(certificates.get(), untrusted))
        return OpenSsl::error("prepare the timestamp check");
    // OpenSSL 3.0's context takes ownership of the store and the list.
    TS_VERIFY_CTX_set_store(context.get(), store.release());
    TS_VERIFY_CTX_set_certs(context.get(), certificates.release());
    TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_SIGNATURE | TS_VFY_VERSION);
    if (TS_RESP_verify_token(context.get(), token) == 1)
        return {};
    ERR_clear_error();
    return fail(QStringLiteral("timestamp.invalid"),
                SecurityTr::tr("The timestamp's signature does not verify: it was changed after "
                               "the timestamp authority issued it."));
}

// The certificate the token's signer info names, from the token or `known`.
X509 *tokenSigner(PKCS7 *token, STACK_OF(X509) * known)
{
    STACK_OF(X509) *signers = PKCS7_get0_signers(token, known, 0);
    X509 *signer = signers && sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    sk_X509_free(signers);
    ERR_clear_error();
    return signer;
}

} // namespace

Result<PemPair> makeTimestampAuthority(const PemPair &issuer, const QString &commonName, int days)
{
    const Certificate issuerCertificate = readCertificate(issuer.certificate);
    const Key issuerKey = readKey(issuer.privateKey);
    if (!issuerCertificate || !issuerKey) {
        ERR_clear_error();
        return fail(QStringLiteral("security.certificate"),
                    SecurityTr::tr("The certificate authority's certificate or key is not valid "
                                   "PEM."));
    }
    // RFC 3161 §2.3: the timeStamping purpose, critical, and only it.
    return makeCertificate(commonName,
                           days,
                           issuerCertificate.get(),
                           issuerKey.get(),
                           {{NID_basic_constraints, "critical,CA:FALSE"},
                            {NID_key_usage, "critical,digitalSignature"},
                            {NID_ext_key_usage, "critical,timeStamping"},
                            {NID_subject_key_identifier, "hash"},
                            {NID_authority_key_identifier, "keyid"}});
}

Result<QByteArray> timestampRequest(const QByteArray &data)
{
    const Request request(TS_REQ_new());
    const Algorithm algorithm(X509_ALGOR_new());
    const Imprint imprint(TS_MSG_IMPRINT_new());
    if (!request || !algorithm || !imprint)
        return OpenSsl::error("make a timestamp request");
    X509_ALGOR_set_md(algorithm.get(), EVP_sha256());
    QByteArray digest = sha256(data);
    // A random nonce ties the answer to this request (RFC 3161 §2.4.1): an
    // old answer replayed does not carry it.
    unsigned char nonceBytes[8];
    if (RAND_bytes(nonceBytes, sizeof nonceBytes) != 1)
        return OpenSsl::error("draw a nonce");
    nonceBytes[0] &= 0x7f;
    const Number nonceNumber(BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr));
    const Integer nonce(nonceNumber ? BN_to_ASN1_INTEGER(nonceNumber.get(), nullptr) : nullptr);
    if (!nonce || TS_REQ_set_version(request.get(), 1) != 1
        || TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1
        || TS_MSG_IMPRINT_set_msg(imprint.get(),
                                  reinterpret_cast<unsigned char *>(digest.data()),
                                  static_cast<int>(digest.size()))
               != 1
        || TS_REQ_set_msg_imprint(request.get(), imprint.get()) != 1
        || TS_REQ_set_nonce(request.get(), nonce.get()) != 1
        || TS_REQ_set_cert_req(request.get(), 1) != 1) {
        return OpenSsl::error("make a timestamp request");
    }
    return toDer(request.get(), i2d_TS_REQ_bio, "write the timestamp request");
}

Result<QByteArray> issueTimestamp(const QByteArray &requestDer,
                                  const PemPair &tsa,
                                  const QDateTime &at,
                                  quint64 serial)
{
    const Certificate certificate = readCertificate(tsa.certificate);
    const Key key = readKey(tsa.privateKey);
    if (!certificate || !key)
        return badCertificatePem();
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("security.key-mismatch"),
                    SecurityTr::tr("The key does not belong to the certificate."));
    }
    // An officer's signing key must not be able to vouch for time.
    if (X509_check_purpose(certificate.get(), X509_PURPOSE_TIMESTAMP_SIGN, 0) != 1)
        return notATsa();
    const Bio probe = memoryBio(requestDer);
    if (!Request(d2i_TS_REQ_bio(probe.get(), nullptr))) {
        ERR_clear_error();
        return fail(QStringLiteral("timestamp.malformed-request"),
                    SecurityTr::tr("The timestamp request is not an RFC 3161 request."));
    }
    if (!at.isValid()) {
        return fail(QStringLiteral("timestamp.no-time"),
                    SecurityTr::tr("A timestamp needs the time it states."));
    }
    qint64 seconds = at.toSecsSinceEpoch();
    quint64 serialNumber = serial;
    const ResponseContext context(TS_RESP_CTX_new());
    const Object policy(OBJ_txt2obj(kezekTimestampPolicy, 1));
    if (!context || !policy || TS_RESP_CTX_set_signer_cert(context.get(), certificate.get()) != 1
        || TS_RESP_CTX_set_signer_key(context.get(), key.get()) != 1
        || TS_RESP_CTX_set_signer_digest(context.get(), EVP_sha256()) != 1
        || TS_RESP_CTX_set_ess_cert_id_digest(context.get(), EVP_sha256()) != 1
        || TS_RESP_CTX_set_def_policy(context.get(), policy.get()) != 1
        || TS_RESP_CTX_add_md(context.get(), EVP_sha256()) != 1) {
        return OpenSsl::error("set up the timestamp authority");
    }
    TS_RESP_CTX_set_time_cb(context.get(), fixedTime, &seconds);
    TS_RESP_CTX_set_serial_cb(context.get(), fixedSerial, &serialNumber);
    const Bio in = memoryBio(requestDer);
    const Response response(TS_RESP_create_response(context.get(), in.get()));
    if (!response)
        return OpenSsl::error("issue a timestamp");
    ERR_clear_error(); // a rejection response leaves its reason on the stack
    return toDer(response.get(), i2d_TS_RESP_bio, "write the timestamp response");
}

Result<QByteArray> tokenOfResponse(const QByteArray &responseDer)
{
    const Bio in = memoryBio(responseDer);
    const Response response(d2i_TS_RESP_bio(in.get(), nullptr));
    if (!response) {
        ERR_clear_error();
        return fail(QStringLiteral("timestamp.malformed"),
                    SecurityTr::tr("The answer is not an RFC 3161 timestamp response."));
    }
    TS_STATUS_INFO *status = TS_RESP_get_status_info(response.get());
    const long code = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    if (code != TS_STATUS_GRANTED && code != TS_STATUS_GRANTED_WITH_MODS)
        return notGranted(code, statusText(status));
    PKCS7 *token = TS_RESP_get_token(response.get());
    if (!token)
        return malformedToken();
    return toDer(token, i2d_PKCS7_bio, "write the timestamp token");
}

Result<QByteArray> signatureValue(const QByteArray &cmsDer)
{
    auto signature = readSignature(cmsDer);
    if (!signature)
        return std::unexpected(signature.error());
    return valueOf(signature->signer);
}

Result<QByteArray> addSignatureTimestamp(const QByteArray &cmsDer, const QByteArray &token)
{
    auto signature = readSignature(cmsDer);
    if (!signature)
        return std::unexpected(signature.error());
    auto parsed = readToken(token);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!covers(parsed->info.get(), valueOf(signature->signer)))
        return notCovering();
    auto present = tokenIn(signature->signer);
    if (!present)
        return std::unexpected(present.error());
    if (*present) {
        return fail(QStringLiteral("timestamp.already-present"),
                    SecurityTr::tr("The signature already carries a timestamp."));
    }
    if (CMS_unsigned_add1_attr_by_NID(signature->signer,
                                      NID_id_smime_aa_timeStampToken,
                                      V_ASN1_SEQUENCE,
                                      token.constData(),
                                      static_cast<int>(token.size()))
        != 1)
        return OpenSsl::error("add the timestamp to the signature");
    return toDer(signature->cms.get(), i2d_CMS_bio, "write the signature");
}

Result<std::optional<QByteArray>> signatureTimestampToken(const QByteArray &cmsDer)
{
    auto signature = readSignature(cmsDer);
    if (!signature)
        return std::unexpected(signature.error());
    return tokenIn(signature->signer);
}

Result<TrustedTime> verifyTimestampToken(const QByteArray &token,
                                         const QByteArray &coveredData,
                                         const QList<QByteArray> &trustedTsaPem,
                                         const QList<QByteArray> &chainCertificatesPem)
{
    auto trusted = readCertificates(trustedTsaPem);
    if (!trusted)
        return std::unexpected(trusted.error());
    auto chain = readCertificates(chainCertificatesPem);
    if (!chain)
        return std::unexpected(chain.error());
    auto parsed = readToken(token);
    if (!parsed)
        return std::unexpected(parsed.error());
    PKCS7 *p7 = parsed->token.get();

    // Every certificate that may build the TSA's chain: the given ones and
    // those the token carries; trusted ones too, to find a signer whose token
    // carries no certificate.
    const Certificates untrusted(sk_X509_new_null());
    const Certificates known(sk_X509_new_null());
    if (!untrusted || !known || !appendCertificates(untrusted.get(), chain->get())
        || !appendCertificates(untrusted.get(), p7->d.sign->cert)
        || !appendCertificates(known.get(), chain->get())
        || !appendCertificates(known.get(), trusted->get()))
        return OpenSsl::error("collect the certificates");
    X509 *signer = tokenSigner(p7, known.get());
    if (!signer) {
        return fail(QStringLiteral("timestamp.untrusted-tsa"),
                    SecurityTr::tr("The timestamp names a timestamp authority whose certificate "
                                   "is not known."));
    }
    if (X509_check_purpose(signer, X509_PURPOSE_TIMESTAMP_SIGN, 0) != 1)
        return notATsa();
    TrustedTime time;
    time.at = toDateTime(TS_TST_INFO_get_time(parsed->info.get()));
    if (!time.at.isValid())
        return malformedToken();
    const auto at = static_cast<time_t>(time.at.toSecsSinceEpoch());
    if (auto trust = checkTrust(signer, trusted->get(), untrusted.get(), at); !trust)
        return std::unexpected(trust.error());
    if (auto signature = checkSignature(p7, trusted->get(), untrusted.get(), at); !signature)
        return std::unexpected(signature.error());
    if (!covers(parsed->info.get(), coveredData))
        return notCovering();

    time.tsaSubject = subjectText(signer);
    const Bio out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), signer) != 1)
        return OpenSsl::error("write PEM");
    time.tsaCertificate = drain(out.get());
    return time;
}

Result<QByteArray> signatureTimestampRequest(const QByteArray &cmsDer)
{
    auto covered = signatureValue(cmsDer);
    if (!covered)
        return std::unexpected(covered.error());
    return timestampRequest(*covered);
}

} // namespace Kezek
