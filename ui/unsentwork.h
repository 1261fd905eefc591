#pragma once

class QWidget;

namespace Kezek {

class ClientStore;

// What the officer chose on quitting with work not yet on the server.
enum class UnsentWorkAnswer {
    NothingUnsent, // nothing was asked
    SyncNow,
    QuitAnyway,
    Stay,
};

// Work not yet on the server: says what it is, and offers to send it.
// Nothing is lost by quitting (the outbox is in the encrypted cache and goes
// at the next sync), but a signed decision that waits keeps the applicant
// waiting too.
UnsentWorkAnswer askAboutUnsentWork(ClientStore &store, QWidget *parent);

} // namespace Kezek
