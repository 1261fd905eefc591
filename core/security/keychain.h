#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kezek {

// The operating system's keychain (the Secret Service on Linux, the Windows
// Credential Manager, the macOS Keychain) through qtkeychain, for the few
// secrets a workstation keeps: the sealed key of its cache and the session
// token. Calls wait for the keychain's answer; they run off the UI thread or
// before the window opens.
class Keychain
{
public:
    explicit Keychain(QString service = QStringLiteral("Kezek"));

    // Whether a keychain answers here. On Linux that needs a session bus
    // with a Secret Service on it; a headless machine has none.
    static bool available();

    Result<std::optional<QByteArray>> read(const QString &key) const;
    Result<void> write(const QString &key, const QByteArray &secret) const;
    Result<void> remove(const QString &key) const;

private:
    QString m_service;
};

} // namespace Kezek
