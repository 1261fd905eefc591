#pragma once

#include "core/result/result.h"
#include "core/security/signatures.h"

#include <QString>

#include <optional>

namespace Kezek {

struct ServerConfig;

// Whose signature a petition must carry (§8): the ministry's authority (the
// roots and intermediates its signing certificates chain to) and the BIN
// those certificates carry (OU "BIN…", as НУЦ РК writes a legal entity's).
struct MinistryAuthority
{
    TrustAnchors anchors;
    QString bin;
    // Every application brings a petition; false for the demo ministry, where
    // one sent is verified and one not sent is checked by eye.
    bool required = true;
};

// The demo ministry's BIN (--dev-cert): no organisation has it.
inline constexpr QStringView DemoMinistryBin = u"000000000000";

// From --ministry-ca and --ministry-bin; with --dev-cert and no
// --ministry-ca, a demo ministry made once in that folder (ministry-ca.pem;
// ministry-signer.pem, the certificate and key `kezekctl simulate
// --ministry-key` signs petitions with); none otherwise: petitions are
// checked by eye.
Result<std::optional<MinistryAuthority>> loadMinistryAuthority(const ServerConfig &config);

} // namespace Kezek
