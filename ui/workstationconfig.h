#pragma once

#include <QString>
#include <QUrl>

namespace Kezek {

// Where this workstation's server is and how it is trusted, and where its
// caches live: from the command line, else from the saved settings.
struct WorkstationConfig
{
    QUrl server;
    QString caFile;   // a private authority's certificate (demo, training)
    QString pin;      // the server's public-key hash, base64
    QString cacheDir; // one encrypted cache per user
    int lockMinutes = 10;
    // Cases over for longer than this leave the cache (cache/retention-days,
    // set by the site in /etc/xdg/Kezek/Kezek.conf; 1 to 365).
    int retentionDays = 30;
    QString keyFile; // the officer's PKCS#12 signing key
    // The site's PKCS#11 module for keys on tokens (signing/pkcs11Module, the
    // token maker's library); empty: keys are PKCS#12 files only.
    QString pkcs11Module;
    // Whether the CSC operator signs each courier dispatch with their key
    // (signing/signCourier, a site setting; off by default).
    bool signCourier = false;
    // Sign-in with the server also with the officer's authentication key
    // (signing/signInWithKey, issue 29): the sign-in window asks for it; and
    // the last authentication key file chosen (signing/authenticationKey).
    bool signInWithKey = false;
    QString authenticationKeyFile;
    // Where a decision gets its timestamp token as it is sent (signing/tsa):
    // "server" (the Kezek server's TSA), "none", or another TSA's address.
    QString tsa = QStringLiteral("server");
    // A sync a few seconds after each command, so that the officer need not
    // remember F5 (not a site setting: off only where a test counts the
    // outbox step by step).
    bool syncAfterCommand = true;
    // Where the file dialogs open (folders/scans, folders/documents,
    // folders/keys): the desk scanner's folder, the folder for saved letters
    // and transfer lists, and the signing keys'. The user's Documents folder
    // when the site names none, never the program's working folder.
    QString scansFolder;
    QString documentsFolder;
    QString keysFolder;
    QString language;
    // Where the log for IT is written (logs/folder; KEZEK_LOG_DIR over it):
    // the program's own data folder's logs/ when the site names none.
    QString logFolder;

    QString cachePath(const QString &user) const;
    static WorkstationConfig load();
    void save() const;
};

} // namespace Kezek
