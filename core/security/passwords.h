#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

namespace Kezek {

// scrypt cost: N = 2^log2N, r, p. The default takes 32 MiB and about a tenth
// of a second, which makes a stolen table of hashes slow to guess.
struct ScryptCost
{
    int log2N = 15;
    int r = 8;
    int p = 1;
};

// A 32-byte key from a password and a salt (scrypt): what opens an officer's
// encrypted cache on the workstation, online or off.
Result<QByteArray> deriveKey(const QString &password, const QByteArray &salt, ScryptCost cost = {});

// "scrypt$LOG2N$R$P$SALT$HASH" with a random 16-byte salt (base64 parts).
Result<QString> hashPassword(const QString &password, ScryptCost cost = {});
// Compares in constant time; a malformed stored hash is an error, not a mismatch.
Result<bool> verifyPassword(const QString &password, const QString &stored);

// A random session token for the client (32 bytes, base64url), and the form the
// server stores: its SHA-256, so a copied table of sessions opens nothing.
QByteArray randomToken();
QByteArray tokenDigest(const QByteArray &token);

} // namespace Kezek
