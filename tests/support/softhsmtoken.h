// A SoftHSM2 token of a test's own, in its own folder, holding officers' keys
// as a Kaztoken does; and the forwarding module that takes it out of its
// reader after a set number of signatures (tests/support/pkcs11removal.c).
#pragma once

#include "core/security/certificates.h"

#include <QString>

namespace Kezek::Testing {

class SoftHsmToken
{
public:
    // SoftHSM2's PKCS#11 module, or empty when it is not installed.
    static QString realModule();
    // The module that forwards to SoftHSM2 and answers "removed" after
    // `signatures` signatures (from the next load of the module on); the
    // environment of this process says so to it.
    static QString removalModule(int signatures);
    // Back to a token that is never taken out.
    static void neverRemoved();

    // A token labelled `label` with `pin`, in `folder` (SOFTHSM2_CONF points
    // this process and its children at it). False, with a warning, if the
    // tools refused.
    bool create(const QString &folder, const QString &label, const QString &pin);
    // The key and its certificate under one object id, as an officer's
    // token carries them.
    bool import(const PemPair &identity, const QString &id, const QString &label);
    QString pin() const { return m_pin; }

private:
    bool run(const QString &program, const QStringList &arguments);
    QString m_folder;
    QString m_pin;
};

} // namespace Kezek::Testing
