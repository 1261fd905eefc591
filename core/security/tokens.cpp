#include "core/security/tokens.h"

#include "core/security/opensslsupport.h"
#include "core/security/signatures.h"

#include <QFileInfo>

#include <libp11.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>

namespace Kezek {

namespace Detail {

// The loaded module and its one enumeration of slots, one for the whole
// process per module (issue 29 review, point 1): PKCS#11 keeps its login
// and sessions per process, so a second libp11 context on the same module
// would close this one's sessions (C_CloseAllSessions), log it out, or
// finalize the module under it, and would take a second PIN for granted
// while the first login holds. libp11 closes every session of a slot when
// an enumeration of it is released, so a signing session and a listing
// share this one: while a session is open the slots are not enumerated
// again. Every call into the module holds `lock`, whichever thread makes it.
struct TokenModuleState
{
    std::recursive_mutex lock;
    PKCS11_CTX *context = nullptr;
    bool loaded = false;
    PKCS11_SLOT *slots = nullptr;
    unsigned int slotCount = 0;
    bool sessionOpen = false;

    TokenModuleState() = default;
    TokenModuleState(const TokenModuleState &) = delete;
    TokenModuleState &operator=(const TokenModuleState &) = delete;
    ~TokenModuleState()
    {
        releaseSlots();
        if (loaded)
            PKCS11_CTX_unload(context);
        if (context)
            PKCS11_CTX_free(context);
        ERR_clear_error();
    }

    // Releasing the slots is also what wipes the PIN libp11 keeps after a
    // login (to log in again after a fork).
    void releaseSlots()
    {
        if (slots)
            PKCS11_release_all_slots(context, slots, slotCount);
        slots = nullptr;
        slotCount = 0;
    }

    Result<void> enumerate()
    {
        if (sessionOpen && slots)
            return {};
        releaseSlots();
        if (PKCS11_enumerate_slots(context, &slots, &slotCount) != 0) {
            ERR_clear_error();
            slots = nullptr;
            slotCount = 0;
            return fail(QStringLiteral("token.none"),
                        SecurityTr::tr("The token's module lists no slots: is the token "
                                       "reader connected?"));
        }
        return {};
    }
};

} // namespace Detail

using Detail::TokenModuleState;

namespace {

// The modules loaded in this process, by their file: one state each, shared
// by every TokenModule and session on it, unloaded when the last is gone.
struct ModuleRegistry
{
    std::mutex mutex;
    std::condition_variable unloaded;
    std::map<QString, std::weak_ptr<TokenModuleState>> modules;
};

ModuleRegistry &registry()
{
    static ModuleRegistry modules;
    return modules;
}

// The module's state, loaded now unless another user in this process has it.
std::shared_ptr<TokenModuleState> sharedModule(const QString &modulePath)
{
    const QFileInfo file(modulePath);
    const QString key = file.exists() ? file.canonicalFilePath() : modulePath;
    ModuleRegistry &modules = registry();
    std::unique_lock<std::mutex> held(modules.mutex);
    for (auto found = modules.modules.find(key); found != modules.modules.end();
         found = modules.modules.find(key)) {
        if (auto state = found->second.lock())
            return state;
        // Its last user is unloading it (C_Finalize): loaded anew after.
        modules.unloaded.wait(held);
    }
    auto *loading = new TokenModuleState;
    loading->context = PKCS11_CTX_new();
    if (!loading->context
        || PKCS11_CTX_load(loading->context, modulePath.toLocal8Bit().constData()) != 0) {
        delete loading;
        return nullptr;
    }
    loading->loaded = true;
    std::shared_ptr<TokenModuleState> state(loading, [key](TokenModuleState *last) {
        ModuleRegistry &loaded = registry();
        {
            const std::lock_guard<std::mutex> unloading(loaded.mutex);
            delete last;
            loaded.modules.erase(key);
        }
        loaded.unloaded.notify_all();
    });
    modules.modules[key] = state;
    return state;
}

} // namespace

struct TokenSigningSession::Key
{
    PKCS11_SLOT *slot = nullptr;
    OpenSsl::Key key;
    OpenSsl::Certificate certificate;
};

namespace {

QString text(const char *value)
{
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

QByteArray pemOf(X509 *certificate)
{
    const OpenSsl::Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(out.get(), certificate) != 1) {
        ERR_clear_error();
        return {};
    }
    return OpenSsl::drain(out.get());
}

// PKCS#11 return values (CKR_…, fixed by the standard; libp11's headers do
// not carry them) that the refusals below tell apart.
enum TokenReturn : unsigned long {
    DeviceError = 0x30,
    DeviceRemoved = 0x32,
    PinLocked = 0xA4,
    SessionClosed = 0xB0,
    SessionHandleInvalid = 0xB3,
    TokenNotPresent = 0xE0,
    TokenNotRecognized = 0xE1,
    UserNotLoggedIn = 0x101,
    NotInitialized = 0x190,
};

// The PKCS#11 return value (CKR_…) libp11 left on the error queue, or 0.
unsigned long lastTokenError()
{
    unsigned long found = 0;
    while (const unsigned long error = ERR_get_error()) {
        const char *library = ERR_lib_error_string(error);
        if (library && std::strcmp(library, "PKCS#11 module") == 0)
            found = ERR_GET_REASON(error);
    }
    return found;
}

bool meansRemoved(unsigned long tokenError)
{
    return tokenError == DeviceRemoved || tokenError == TokenNotPresent
           || tokenError == TokenNotRecognized || tokenError == SessionHandleInvalid
           || tokenError == SessionClosed || tokenError == DeviceError;
}

// The login or the module itself gone from under the session (logged out,
// or finalized): the token is there, the session is not.
bool meansSessionLost(unsigned long tokenError)
{
    return tokenError == UserNotLoggedIn || tokenError == NotInitialized;
}

std::unexpected<Error> sessionEnded()
{
    return fail(QStringLiteral("token.closed"),
                SecurityTr::tr("The signing session on the token has ended. Enter the PIN "
                               "again."));
}

std::unexpected<Error> removed()
{
    return fail(QStringLiteral("token.removed"),
                SecurityTr::tr("The token was removed. What was signed before stays signed; "
                               "insert the token and sign the rest again."));
}

std::unexpected<Error> noToken()
{
    return fail(QStringLiteral("token.none"),
                SecurityTr::tr("No token is inserted. Insert your token and try again."));
}

QList<PKCS11_SLOT *> slotsWithTokens(const TokenModuleState &state)
{
    QList<PKCS11_SLOT *> found;
    for (unsigned int at = 0; at < state.slotCount; ++at) {
        PKCS11_SLOT *slot = &state.slots[at];
        if (slot->token && slot->token->initialized)
            found.append(slot);
    }
    return found;
}

// A certificate on a token, with the token's and its own labels.
TokenCertificate describe(PKCS11_SLOT *slot, const PKCS11_CERT &certificate)
{
    TokenCertificate described;
    described.tokenLabel = text(slot->token->label);
    described.tokenSerial = text(slot->token->serialnr);
    described.label = text(certificate.label);
    described.certificate = pemOf(certificate.x509);
    described.iin = certificateIin(described.certificate);
    described.signsActs = keyServes(described.certificate, KeyPurpose::SignActs);
    described.authenticates = keyServes(described.certificate, KeyPurpose::Authenticate);
    return described;
}

// The certificate of `iin` for `purpose` on any token: among several (a
// renewed one beside the old), the one that stays valid longest.
struct Choice
{
    PKCS11_SLOT *slot = nullptr;
    PKCS11_CERT *certificate = nullptr;
};

Choice chosenCertificate(const QList<PKCS11_SLOT *> &slots, const QString &iin, KeyPurpose purpose)
{
    Choice choice;
    for (PKCS11_SLOT *slot : slots) {
        PKCS11_CERT *certificates = nullptr;
        unsigned int count = 0;
        if (PKCS11_enumerate_certs(slot->token, &certificates, &count) != 0) {
            ERR_clear_error();
            continue;
        }
        for (unsigned int at = 0; at < count; ++at) {
            PKCS11_CERT *candidate = &certificates[at];
            if (!candidate->x509)
                continue;
            const QByteArray pem = pemOf(candidate->x509);
            if (!keyServes(pem, purpose) || certificateIin(pem) != iin)
                continue;
            if (!choice.certificate
                || ASN1_TIME_compare(X509_get0_notAfter(candidate->x509),
                                     X509_get0_notAfter(choice.certificate->x509))
                       > 0)
                choice = {slot, candidate};
        }
    }
    return choice;
}

// What a refused login says, with the tries left when the token tells them
// (PKCS#11 says only "few" and "the last").
std::unexpected<Error> refusedPin(unsigned long tokenError, const PKCS11_TOKEN *token)
{
    if (tokenError == PinLocked || (token && token->userPinLocked)) {
        return fail(QStringLiteral("token.pin-locked"),
                    SecurityTr::tr("The token's PIN is locked after too many wrong tries. "
                                   "Nothing was signed. Unlock it with the PUK the token came "
                                   "with."));
    }
    if (meansRemoved(tokenError))
        return removed();
    if (token && token->userPinFinalTry) {
        return fail(QStringLiteral("token.pin"),
                    SecurityTr::tr("The PIN is wrong. Nothing was signed. One try is left "
                                   "before the token locks the PIN."));
    }
    if (token && token->userPinCountLow) {
        return fail(QStringLiteral("token.pin"),
                    SecurityTr::tr("The PIN is wrong. Nothing was signed. Few tries are left "
                                   "before the token locks the PIN."));
    }
    return fail(QStringLiteral("token.pin"),
                SecurityTr::tr("The PIN is wrong. Nothing was signed."));
}

// The token's flags after a refused login (they count the wrong tries).
const PKCS11_TOKEN *tokenBySerial(TokenModuleState &state, const QString &serial)
{
    if (!state.enumerate())
        return nullptr;
    for (PKCS11_SLOT *slot : slotsWithTokens(state)) {
        if (text(slot->token->serialnr) == serial)
            return slot->token;
    }
    return nullptr;
}

// Logs in with the PIN (UTF-8), the copy made for the module wiped at once.
Result<void> logInTo(TokenModuleState &state, PKCS11_SLOT *slot, QByteArrayView pin)
{
    QByteArray bytes(pin.data(), pin.size()); // NUL-terminated for the module
    const int result = PKCS11_login(slot, 0, bytes.constData());
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    if (result == 0)
        return {};
    const unsigned long tokenError = lastTokenError();
    const QString serial = text(slot->token->serialnr);
    const auto refusal = refusedPin(tokenError, tokenBySerial(state, serial));
    state.releaseSlots();
    return refusal;
}

} // namespace

TokenModule::TokenModule(std::shared_ptr<TokenModuleState> state)
    : m_state(std::move(state))
{}

Result<TokenModule> TokenModule::open(const QString &modulePath)
{
    if (auto state = sharedModule(modulePath))
        return TokenModule(std::move(state));
    ERR_clear_error();
    return fail(QStringLiteral("token.module"),
                SecurityTr::tr("The token's module %1 cannot be loaded. Check that the token's "
                               "software is installed and the module's path is right.")
                    .arg(modulePath));
}

Result<QList<TokenInfo>> TokenModule::tokens() const
{
    const std::lock_guard<std::recursive_mutex> held(m_state->lock);
    if (auto listed = m_state->enumerate(); !listed)
        return std::unexpected(listed.error());
    QList<TokenInfo> found;
    for (PKCS11_SLOT *slot : slotsWithTokens(*m_state)) {
        found.append({text(slot->token->label),
                      text(slot->token->serialnr),
                      text(slot->token->manufacturer),
                      text(slot->token->model)});
    }
    return found;
}

Result<QList<TokenCertificate>> TokenModule::certificates() const
{
    const std::lock_guard<std::recursive_mutex> held(m_state->lock);
    if (auto listed = m_state->enumerate(); !listed)
        return std::unexpected(listed.error());
    QList<TokenCertificate> found;
    for (PKCS11_SLOT *slot : slotsWithTokens(*m_state)) {
        PKCS11_CERT *certificates = nullptr;
        unsigned int count = 0;
        if (PKCS11_enumerate_certs(slot->token, &certificates, &count) != 0) {
            ERR_clear_error();
            continue;
        }
        for (unsigned int at = 0; at < count; ++at) {
            if (certificates[at].x509)
                found.append(describe(slot, certificates[at]));
        }
    }
    return found;
}

Result<TokenSigningSession>
TokenModule::logIn(const QString &iin, const QString &pin, KeyPurpose purpose) const
{
    QByteArray bytes = pin.toUtf8();
    auto session = logIn(iin, QByteArrayView(bytes), purpose);
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    return session;
}

Result<TokenSigningSession>
TokenModule::logIn(const QString &iin, QByteArrayView pin, KeyPurpose purpose) const
{
    const std::lock_guard<std::recursive_mutex> held(m_state->lock);
    // Whoever holds the session, in this process: a second login would be
    // taken for granted by the module (CKR_USER_ALREADY_LOGGED_IN), its PIN
    // never checked.
    if (m_state->sessionOpen) {
        return fail(QStringLiteral("token.busy"),
                    SecurityTr::tr("A signing session is already open on the token. Finish it "
                                   "first."));
    }
    if (auto listed = m_state->enumerate(); !listed)
        return std::unexpected(listed.error());
    const QList<PKCS11_SLOT *> slots = slotsWithTokens(*m_state);
    if (slots.isEmpty())
        return noToken();
    const Choice choice = chosenCertificate(slots, iin, purpose);
    if (!choice.certificate && purpose == KeyPurpose::Authenticate) {
        return fail(QStringLiteral("token.no-certificate"),
                    SecurityTr::tr("No token holds an authentication certificate for IIN %1. "
                                   "Insert the token with your authentication key.")
                        .arg(iin));
    }
    if (!choice.certificate) {
        return fail(QStringLiteral("token.no-certificate"),
                    SecurityTr::tr("No token holds a signing certificate for IIN %1. Insert the "
                                   "token with your signing key (not only the authentication "
                                   "one).")
                        .arg(iin));
    }
    if (auto loggedIn = logInTo(*m_state, choice.slot, pin); !loggedIn)
        return std::unexpected(loggedIn.error());

    auto key = std::make_unique<TokenSigningSession::Key>();
    key->slot = choice.slot;
    key->certificate.reset(X509_dup(choice.certificate->x509));
    if (PKCS11_KEY *found = PKCS11_find_key(choice.certificate))
        key->key.reset(PKCS11_get_private_key(found));
    if (!key->key || !key->certificate
        || X509_check_private_key(key->certificate.get(), key->key.get()) != 1) {
        ERR_clear_error();
        key.reset();
        PKCS11_logout(choice.slot);
        m_state->releaseSlots();
        ERR_clear_error();
        return fail(
            QStringLiteral("token.no-certificate"),
            SecurityTr::tr("The token holds the certificate for IIN %1 but not its key.").arg(iin));
    }
    m_state->sessionOpen = true;
    QByteArray certificate = pemOf(key->certificate.get());
    return TokenSigningSession(m_state, std::move(key), std::move(certificate));
}

TokenSigningSession::TokenSigningSession(std::shared_ptr<TokenModuleState> state,
                                         std::unique_ptr<Key> key,
                                         QByteArray certificate)
    : m_state(std::move(state))
    , m_key(std::move(key))
    , m_certificate(std::move(certificate))
{}

TokenSigningSession::TokenSigningSession(TokenSigningSession &&other) noexcept = default;

TokenSigningSession &TokenSigningSession::operator=(TokenSigningSession &&other) noexcept
{
    if (this != &other) {
        close();
        m_state = std::move(other.m_state);
        m_key = std::move(other.m_key);
        m_certificate = std::move(other.m_certificate);
    }
    return *this;
}

TokenSigningSession::~TokenSigningSession()
{
    close();
}

Result<QByteArray> TokenSigningSession::signDetached(const QByteArray &content)
{
    if (!isOpen())
        return sessionEnded();
    const std::shared_ptr<TokenModuleState> state = m_state;
    const std::lock_guard<std::recursive_mutex> held(state->lock);
    ERR_clear_error();
    QByteArray signature = OpenSsl::signCms(
        content, m_key->certificate.get(), m_key->key.get(), CMS_BINARY | CMS_DETACHED);
    if (!signature.isEmpty())
        return signature;
    const unsigned long tokenError = lastTokenError();
    // Nothing more can be signed: the PIN goes with the session.
    if (meansRemoved(tokenError)) {
        close();
        return removed();
    }
    if (meansSessionLost(tokenError)) {
        close();
        return sessionEnded();
    }
    return OpenSsl::error("sign on the token");
}

QByteArray TokenSigningSession::certificate() const
{
    return m_certificate;
}

bool TokenSigningSession::isOpen() const
{
    return m_state && m_key;
}

void TokenSigningSession::close()
{
    if (!isOpen())
        return;
    const std::shared_ptr<TokenModuleState> state = m_state;
    const std::lock_guard<std::recursive_mutex> held(state->lock);
    // The key first: it refers to the slot the release frees.
    m_key->key.reset();
    PKCS11_logout(m_key->slot);
    m_key.reset();
    m_state->sessionOpen = false;
    m_state->releaseSlots();
    m_state.reset();
    ERR_clear_error();
}

} // namespace Kezek
