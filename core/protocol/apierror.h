#pragma once

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
    BadJson,
    BadLength,
    BadParameter,
    BadHash,
    BadName,
    UnsupportedMediaType,
    UnsupportedDocument,
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
    TooLarge,
    BatchTooLarge,
    ClientOutdated,
    Internal,
    DatabaseUnavailable,
    StoreBusy,
};
inline constexpr std::size_t ApiErrorCount = std::size_t(ApiError::StoreBusy) + 1;

struct ApiErrorInfo
{
    ApiError error;
    std::string_view code;
    int status;
};

inline constexpr std::array<ApiErrorInfo, ApiErrorCount> ApiErrors{{
    {ApiError::BadJson, "bad-json", 400},
    {ApiError::BadLength, "bad-length", 400},
    {ApiError::BadParameter, "bad-parameter", 400},
    {ApiError::BadHash, "bad-hash", 400},
    {ApiError::BadName, "bad-name", 400},
    {ApiError::UnsupportedMediaType, "unsupported-media-type", 415},
    {ApiError::UnsupportedDocument, "unsupported-document", 415},
    {ApiError::HashMismatch, "hash-mismatch", 422},
    {ApiError::Unauthorized, "unauthorized", 401},
    {ApiError::BadCredentials, "bad-credentials", 401},
    {ApiError::PasswordMustChange, "password.must-change", 403},
    {ApiError::PasswordWrong, "password.wrong", 403},
    {ApiError::Forbidden, "forbidden", 403},
    {ApiError::NotFound, "not-found", 404},
    {ApiError::CaseNotFound, "case.not-found", 404},
    {ApiError::DocumentNotFound, "document.not-found", 404},
    {ApiError::PasswordWeak, "password.weak", 422},
    {ApiError::Locked, "locked", 423},
    {ApiError::SignInTooMany, "sign-in.too-many", 429},
    {ApiError::SignInBusy, "sign-in.busy", 429},
    {ApiError::TooLarge, "too-large", 413},
    {ApiError::BatchTooLarge, "batch-too-large", 413},
    {ApiError::ClientOutdated, "client.outdated", 426},
    {ApiError::Internal, "internal", 500},
    {ApiError::DatabaseUnavailable, "database-unavailable", 503},
    {ApiError::StoreBusy, "store.busy", 503},
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

} // namespace Kezek
