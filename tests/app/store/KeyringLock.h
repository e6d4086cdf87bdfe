#pragma once

#include <QString>

namespace tv::test {

// Locks the test session's login keyring over D-Bus, as a screen lock or a keyring timeout does;
// the unlock prompt that using it then asks for cannot be shown in a test, which is what refusing
// it looks like. Returns an empty string on success, else the D-Bus error.
QString lockLoginKeyring();

} // namespace tv::test
