#pragma once

#include "core/result/result.h"

#include <QByteArray>

namespace Kezek {

// Authenticated encryption for what the workstation keeps at rest (the cache's
// key, cached scans): AES-256-GCM with a random 12-byte nonce, laid out as
// nonce || ciphertext || 16-byte tag. A wrong key or an altered byte is
// "security.unseal", never garbage.
Result<QByteArray> seal(const QByteArray &key, const QByteArray &plaintext);
Result<QByteArray> unseal(const QByteArray &key, const QByteArray &sealed);

} // namespace Kezek
