#pragma once

#include "core/result/result.h"
#include "core/security/certificates.h"

#include <QList>
#include <QString>

#include <optional>

#include <openssl/ssl.h>

namespace Kezek {

// A file of the server's PKI, whole; and one written readable by its owner
// only (a key, or what a demo folder holds). Errors: tls.file.
Result<QByteArray> readFile(const QString &path);
Result<void> writePrivateFile(const QString &path, const QByteArray &bytes);

// The certificate pair the server presents: read from files, or for --dev-cert
// made once in a folder and reused after (cert.pem, key.pem).
Result<PemPair> loadServerCertificate(const QString &certificateFile,
                                      const QString &keyFile,
                                      const QString &devCertificateDir,
                                      const QString &listenAddress);

// The authority whose certificates may sign decisions (PEM): read from its
// file, or for --dev-cert made once in that folder (signing-ca.pem, with its
// key in signing-ca-key.pem for `kezekctl admin issue-certificate`), with an
// OCSP responder certificate it authorised (ocsp.pem, ocsp-key.pem) and its
// empty CRL (signing-ca.crl).
Result<QByteArray> loadSigningAuthority(const QString &authorityFile,
                                        const QString &devCertificateDir);

// The server's own timestamp authority (certificate and key, PEM in one
// file): from the file, or for --dev-cert made once in that folder
// (archive-tsa.pem) under the demo root; none when neither is given.
Result<std::optional<PemPair>> loadArchiveTsa(const QString &file,
                                              const QString &devCertificateDir);
// The site TSA's certificates (PEM) a carried token may be signed by; none
// when no file is given.
Result<QList<QByteArray>> loadTsaCertificates(const QString &file);

// TLS 1.2 and 1.3 only, forward-secret AEAD ciphers, no compression, no
// renegotiation, the server's cipher order.
bool configureTls(SSL_CTX &context, const PemPair &pem);

} // namespace Kezek
