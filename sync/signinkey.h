#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Kezek {

// The officer's authentication key, for a sign-in with the server where the
// site asks for it (issue 29, point 3): it signs the statement that binds
// the server's one-time challenge (core/protocol/signinstatement.h). Made
// when the officer gives it and passed with the sync it is for, as the
// password is: neither the key file's password nor the token's PIN outlives
// that sync.
using SignInKey = std::function<Result<QByteArray>(const QByteArray &statement)>;

// A PKCS#12 file opened with its password now, so that a wrong password or
// a file that holds the signing key instead (auth.key-not-authentication)
// is said at once.
Result<SignInKey> signInKeyFromFile(const QString &path, const QString &password);

// The authentication key on a PKCS#11 token (the maker's module), reached
// with its PIN: the token's authentication certificate names the holder
// (its IIN) whose key is logged in to. The PIN is tried now, so that a wrong
// one is said at once; each statement is then signed on the token. In
// KezekDeskTokens (signinkeytoken.cpp), with libp11.
Result<SignInKey> signInKeyOnToken(const QString &modulePath, const QString &pin);

} // namespace Kezek
