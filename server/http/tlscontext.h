#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QString>

#include <openssl/ssl.h>

namespace Kezek {

// The certificate pair the server presents: read from files, or for --dev-cert
// made once in a folder and reused after (cert.pem, key.pem).
Result<PemPair> loadServerCertificate(const QString &certificateFile,
                                      const QString &keyFile,
                                      const QString &devCertificateDir,
                                      const QString &listenAddress);

// The authority whose certificates may sign decisions (PEM): read from its
// file, or for --dev-cert made once in that folder (signing-ca.pem, with its
// key in signing-ca-key.pem for `kezekctl admin issue-certificate`).
Result<QByteArray> loadSigningAuthority(const QString &authorityFile,
                                        const QString &devCertificateDir);

// TLS 1.2 and 1.3 only, forward-secret AEAD ciphers, no compression, no
// renegotiation, the server's cipher order.
bool configureTls(SSL_CTX &context, const PemPair &pem);

} // namespace Kezek
