#pragma once

#include <QString>

namespace tv::server::auth {

// The deny-list of common passwords (see CommonPasswords.cpp for where it comes from).
class CommonPasswords final {
public:
    // Whether `lowerCased` (already lower-cased) is on the list.
    static bool contains(const QString &lowerCased);
    static qsizetype size();
};

} // namespace tv::server::auth
