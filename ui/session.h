#pragma once

#include "core/domain/lawbook.h"
#include "sync/backgroundsync.h"
#include "sync/casedesk.h"
#include "sync/signinkey.h"
#include "ui/workstationconfig.h"

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
    // No password is kept: the cache stays open, and the server's session
    // token (kept in the cache) signs the sync in. When the server ends that
    // session, the next sync the officer starts asks for the password.
    QByteArray verifier;         // to unlock the screen
    bool passwordNeeded = false; // the server asked to sign in again
    // The server asked for the authentication key too (auth.key-required),
    // though the site's setting did not say so (issue 29, point 3).
    bool keyNeeded = false;
    std::unique_ptr<ClientStore> store;
    // The law this session counts by: the server's, as the last sync kept
    // it in the cache (a site's newer calendar), or the built-in one until a
    // first sync brings it.
    std::optional<Lawbook> law;
    std::unique_ptr<CaseDesk> desk;
    std::unique_ptr<BackgroundSync> sync;
    std::optional<bool> online; // as the last sync found the server

    // With the kept token, and `password` (and the authentication key,
    // where the site signs in with it) for when it must sign in again.
    Result<SyncSettings> syncSettings(const QString &password = {},
                                      const SignInKey &key = {}) const;
    // Whether a sign-in with the server asks for the authentication key.
    bool signsInWithKey() const { return config.signInWithKey || keyNeeded; }
};

} // namespace Kezek
