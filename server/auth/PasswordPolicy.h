#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace tv::server::auth {

// The rules for a new password, after the NCSC's password guidance: long enough, not absurdly
// long, not a common password (a deny-list, compared lower-cased, also with digits and symbols
// stripped from its ends or a repeated part taken once), not made of what an attacker would try
// first for this service (the email's local part, "transform", "somerset"). No composition rules:
// no demands for digits, capitals or symbols.
class PasswordPolicy final {
public:
    static constexpr qsizetype MinimumLength = 12; // code points, not UTF-16 units
    static constexpr qsizetype MaximumLength = 256;

    // Done, or weak_password (HTTP 422) whose message names the rule the password breaks.
    // `email` is the account's address ("" when there is none yet).
    static Status check(const QString &password, const QString &email);
};

} // namespace tv::server::auth
