#pragma once

#include "sync/backgroundsync.h"
#include "sync/casedesk.h"
#include "workstationconfig.h"

#include <memory>

namespace Kezek {

// Everything of one signed-in officer that outlives a window (the window is
// made again when the language changes): the open cache, the desk over it,
// the background sync and what it signs in with.
struct Session
{
    WorkstationConfig config;
    Account account;
    QString password;    // for the sync to sign in again when the token expires
    QByteArray verifier; // to unlock the screen
    std::unique_ptr<ClientStore> store;
    std::unique_ptr<CaseDesk> desk;
    std::unique_ptr<BackgroundSync> sync;
    std::optional<bool> online; // as the last sync found the server

    Result<SyncSettings> syncSettings() const;
};

} // namespace Kezek
