#pragma once

#include <QString>

namespace tv::platform {

// Asks the freedesktop.org Secret Service (GNOME Keyring, KWallet) directly, over a private
// D-Bus connection, what QtKeychain cannot tell apart on Linux: a keyring that is locked (its
// unlock prompt was refused or could not be shown) reads as "entry not found", and a missing
// session bus reads as "other error". Never prompts, never reads a secret. Linux and the BSDs.
class SecretServiceProbe final {
public:
    enum class Entry {
        Missing,  // no item with these attributes in any collection
        Unlocked, // at least one, readable
        Locked,   // only in a locked collection
        Unknown,  // the service could not be asked
    };

    // Whether a session bus is reachable and a Secret Service is running or can be started.
    static bool isAvailable();

    // Looks for the item QtKeychain stores for `key` under `service` (attributes user, server).
    static Entry findEntry(const QString &service, const QString &key);
};

} // namespace tv::platform
