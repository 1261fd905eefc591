#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/result/enumtable.h"

#include <array>
#include <cstddef>
#include <string_view>

// The errors API v1 answers with on its own account (a route's refusal of a
// request, not the law's refusal of a command, which travels in the
// command's answer): each one's stable code and HTTP status, defined once.
// docs/openapi.yaml lists the same under `x-error-codes`; tst_protocol holds
// the two together.
namespace Kezek {

enum class ApiError {
    BadRequest,
    BadJson,
    BadLength,
    BadParameter,
    BadHash,
    BadName,
    UnsupportedMediaType,
    UnsupportedDocument,
    UnsupportedEncoding,
    HashMismatch,
    Unauthorized,
    BadCredentials,
    PasswordMustChange,
    PasswordWrong,
    Forbidden,
    NotFound,
    CaseNotFound,
    DocumentNotFound,
    PasswordWeak,
    Locked,
    SignInTooMany,
    SignInBusy,
    AuthKeyRequired,
    AuthChallengeUnknown,
    AuthChallengeExpired,
    AuthKeyOtherPerson,
    AuthKeyNotAuthentication,
    TooLarge,
    BatchTooLarge,
    HeadTooLarge,
    ClientOutdated,
    Internal,
    DatabaseUnavailable,
    StoreBusy,
    TooManyConnections,
};
inline constexpr std::size_t ApiErrorCount = std::size_t(ApiError::TooManyConnections) + 1;

struct ApiErrorInfo
{
    ApiError error;
    std::string_view code;
    int status;
    // What it says to a person, in English (the source of the translations,
    // in the server's context); its %1... the caller fills. Null where each
    // route says why in its own words (a refusal names what was refused).
    const char *message;
};

inline constexpr std::array<ApiErrorInfo, ApiErrorCount> ApiErrors{{
    {ApiError::BadRequest,
     "bad-request",
     400,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The request is not well-formed HTTP, or its packed body cannot be "
                       "unpacked.")},
    {ApiError::BadJson,
     "bad-json",
     400,
     QT_TRANSLATE_NOOP("Kezek::Server", "The request body is not a JSON object: %1.")},
    {ApiError::BadLength,
     "bad-length",
     400,
     QT_TRANSLATE_NOOP("Kezek::Server", "Content-Length is not a number.")},
    {ApiError::BadParameter,
     "bad-parameter",
     400,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The parameter \"%1\" must be a whole number from %2 to %3.")},
    {ApiError::BadHash,
     "bad-hash",
     400,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "A document is addressed by the SHA-256 of its bytes, in "
                       "lower-case hex; \"%1\" is not one.")},
    {ApiError::BadName,
     "bad-name",
     400,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The document's name must be a plain file name: no folders, no "
                       "control characters, no leading dot, at most 200 characters.")},
    {ApiError::UnsupportedMediaType,
     "unsupported-media-type",
     415,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The request body must be JSON (Content-Type: application/json).")},
    {ApiError::UnsupportedDocument,
     "unsupported-document",
     415,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "A scan is a PDF, PNG or JPEG file, sent with its own Content-Type "
                       "(application/pdf, image/png or image/jpeg).")},
    {ApiError::UnsupportedEncoding,
     "unsupported-encoding",
     415,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "A request body is sent as it is or packed with gzip; \"%1\" is not "
                       "accepted.")},
    {ApiError::HashMismatch,
     "hash-mismatch",
     422,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The bytes received have the SHA-256 %1, not the one in the "
                       "address: the upload was damaged or is another file.")},
    {ApiError::Unauthorized,
     "unauthorized",
     401,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Sign in first: the session is missing, expired or unknown.")},
    {ApiError::BadCredentials,
     "bad-credentials",
     401,
     QT_TRANSLATE_NOOP("Kezek::Server", "The user name or the password is wrong.")},
    {ApiError::PasswordMustChange,
     "password.must-change",
     403,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Choose your own password first: the one you signed in with was "
                       "given for one sign-in.")},
    {ApiError::PasswordWrong,
     "password.wrong",
     403,
     QT_TRANSLATE_NOOP("Kezek::Server", "The current password is wrong.")},
    {ApiError::Forbidden, "forbidden", 403, nullptr},
    {ApiError::NotFound,
     "not-found",
     404,
     QT_TRANSLATE_NOOP("Kezek::Server", "There is no %1 %2.")},
    {ApiError::CaseNotFound,
     "case.not-found",
     404,
     QT_TRANSLATE_NOOP("Kezek::Server", "There is no case \"%1\".")},
    {ApiError::DocumentNotFound,
     "document.not-found",
     404,
     QT_TRANSLATE_NOOP("Kezek::Server", "There is no document %1.")},
    {ApiError::PasswordWeak,
     "password.weak",
     422,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The new password needs at least %1 characters and must differ "
                       "from the old one and from the user name.")},
    {ApiError::Locked,
     "locked",
     423,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "Too many wrong passwords: \"%1\" is locked until %2 UTC.")},
    {ApiError::SignInTooMany, "sign-in.too-many", 429, nullptr},
    {ApiError::SignInBusy,
     "sign-in.busy",
     429,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The server is checking many sign-ins: try again in a second.")},
    {ApiError::AuthKeyRequired,
     "auth.key-required",
     401,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "This site signs in with the password and the authentication key: "
                       "choose your authentication key (a file or your token) and sign in "
                       "again.")},
    {ApiError::AuthChallengeUnknown,
     "auth.challenge-unknown",
     401,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The sign-in was signed for a request the server did not make, or that "
                       "was already used: sign in again.")},
    {ApiError::AuthChallengeExpired,
     "auth.challenge-expired",
     401,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The sign-in took too long and its request expired: sign in again.")},
    {ApiError::AuthKeyOtherPerson,
     "auth.key-other-person",
     403,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The authentication key is another person's (IIN %1), not %2's.")},
    {ApiError::AuthKeyNotAuthentication,
     "auth.key-not-authentication",
     403,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "This key is not for signing in (it is a signing key): sign in with your "
                       "authentication key.")},
    {ApiError::TooLarge,
     "too-large",
     413,
     QT_TRANSLATE_NOOP("Kezek::Server", "The request body is too large.")},
    {ApiError::BatchTooLarge,
     "batch-too-large",
     413,
     QT_TRANSLATE_NOOP("Kezek::Server", "A batch holds at most %1 commands; this one has %2.")},
    {ApiError::HeadTooLarge,
     "head-too-large",
     431,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The request's headers are too large: at most %1 bytes and %2 headers "
                       "are accepted.")},
    {ApiError::ClientOutdated,
     "client.outdated",
     426,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "This workstation speaks version %1 of Kezek's protocol; the "
                       "server accepts version %2 and later. Ask your IT department to "
                       "update Kezek: your outbox is kept until then.")},
    {ApiError::Internal,
     "internal",
     500,
     QT_TRANSLATE_NOOP("Kezek::Server", "The server failed; nothing was changed.")},
    {ApiError::DatabaseUnavailable,
     "database-unavailable",
     503,
     QT_TRANSLATE_NOOP("Kezek::Server", "The database is unavailable.")},
    {ApiError::StoreBusy,
     "store.busy",
     503,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The database is busy with other writes; send the commands again "
                       "in a moment. Nothing of them is lost.")},
    {ApiError::TooManyConnections,
     "server.too-many-connections",
     503,
     QT_TRANSLATE_NOOP("Kezek::Server",
                       "The server holds as many connections as it may, in all or from your "
                       "address: try again in a few seconds.")},
}};

static_assert(rowsInEnumOrder<ApiError>(ApiErrors,
                                        [](const ApiErrorInfo &row) { return row.error; }),
              "every ApiError needs its row in ApiErrors, in order");

constexpr const ApiErrorInfo &info(ApiError error)
{
    return ApiErrors[std::size_t(error)];
}
QString codeOf(ApiError error);
int statusOf(ApiError error);
// The message in the language of the request being answered (the server
// installs a translator per request), or empty where the route says its own.
QString apiMessage(ApiError error);

} // namespace Kezek
