#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tv::server::auth {

// The deny-list of common passwords (see CommonPasswords.cpp for where it comes from), read once
// from a resource on first use.
class CommonPasswords final {
public:
    static constexpr QLatin1StringView ResourcePath{":/server/auth/common-passwords.txt"};

    // Whether `lowerCased` (already lower-cased) is on the list.
    static bool contains(const QString &lowerCased);
    static qsizetype size();
    // The entries as the resource holds them: UTF-8, one a line, sorted in byte order.
    static const QList<QByteArray> &entries();
};

} // namespace tv::server::auth
