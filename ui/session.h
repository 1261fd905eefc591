#pragma once

#include "domain/lawbook.h"
#include "sync/backgroundsync.h"
#include "sync/casedesk.h"
#include "workstationconfig.h"

#include <memory>
#include <optional>

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
    // The law this session counts by: the server's, as the last sync kept
    // it in the cache (a site's newer calendar), or the built-in one until a
    // first sync brings it.
    std::optional<Lawbook> law;
    std::unique_ptr<CaseDesk> desk;
    std::unique_ptr<BackgroundSync> sync;
    std::optional<bool> online; // as the last sync found the server

    Result<SyncSettings> syncSettings() const;
};

} // namespace Kezek
