#pragma once

#include <QLoggingCategory>

// The sync's log, for an IT department reading why a sync failed: its steps
// and counts (kezek.sync), each request to the server by its route, status
// and time, and the network's and TLS's errors (kezek.net), and the keys'
// and tokens' errors, never a PIN (kezek.signing). Case ids and command ids
// only: never a name, an IIN, a case's text or a secret.
namespace Kezek {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSigning)
} // namespace Kezek
