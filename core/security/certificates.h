#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Kezek {

struct PemPair
{
    QByteArray certificate;
    QByteArray privateKey;
};

// The certificate and the key of one PEM file that holds both; none when
// either is missing.
std::optional<PemPair> pemPairOf(const QByteArray &pem);

// A self-signed certificate for demos and tests (kezek-server --dev-cert):
// P-256 key, SHA-256 signature, valid for `days`, naming each host (DNS names
// and IP addresses) in its subjectAltName so that clients can verify it.
Result<PemPair>
makeSelfSignedCertificate(const QString &commonName, const QStringList &hosts, int days = 365);

// The SHA-256 of a certificate's public key (SubjectPublicKeyInfo), base64:
// what a client pins.
Result<QByteArray> publicKeyPin(const QByteArray &certificatePem);

} // namespace Kezek
