#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What an officer signs with the authentication key to sign in (issue 29,
// point 3), written once for the workstation that signs it and the server
// that checks it. It binds the server's one-time challenge, the user name and
// the server the workstation addressed, under a purpose no other signature
// of Kezek's carries: a signed sign-in cannot be sent again (the challenge is
// used once), for another user, to another server (a look-alike that relays
// the real server's challenge gets a statement naming itself), or be taken
// for a decision.
namespace Kezek::SignIn {

// The server as a sign-in names it: its host in lower case and its port
// (443 when the address names none), e.g. "kezek.migration.kz:443".
QString audience(const QUrl &server);

// The exact bytes signed: UTF-8 lines, each "name: value", ending in a newline.
QByteArray statement(const QString &challenge, const QString &user, const QString &audience);

} // namespace Kezek::SignIn
