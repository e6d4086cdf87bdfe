#pragma once

#include <QLatin1StringView>

// Stable, machine-readable error codes shared by service and client. The service puts one in
// every error body; the client maps each to words a practitioner understands.
namespace tv::errc {

// The request itself is wrong (4xx).
inline constexpr QLatin1StringView InvalidJson{"invalid_json"};
inline constexpr QLatin1StringView InvalidField{"invalid_field"};
inline constexpr QLatin1StringView MissingField{"missing_field"};
inline constexpr QLatin1StringView UnknownField{"unknown_field"};
inline constexpr QLatin1StringView BodyTooLarge{"body_too_large"};
inline constexpr QLatin1StringView UnsupportedMediaType{"unsupported_media_type"};
inline constexpr QLatin1StringView NotFound{"not_found"};
inline constexpr QLatin1StringView MethodNotAllowed{"method_not_allowed"};

// Identity and access.
inline constexpr QLatin1StringView InvalidCredentials{"invalid_credentials"};
inline constexpr QLatin1StringView Unauthenticated{"unauthenticated"};
inline constexpr QLatin1StringView SessionExpired{"session_expired"};
inline constexpr QLatin1StringView Forbidden{"forbidden"};
// Signed in, but a condition of access is unmet; the error lists every one (HTTP 403).
inline constexpr QLatin1StringView AccessLapsed{"access_lapsed"};
// The password was right; now the authenticator code is needed (HTTP 401).
inline constexpr QLatin1StringView MfaRequired{"mfa_required"};
// The password was right but the authenticator or recovery code given with it was not (wrong,
// already used or out of date) (HTTP 401). It counts as a failed sign-in, like a wrong password;
// it tells nothing mfa_required does not, which is given for the password alone.
inline constexpr QLatin1StringView InvalidCode{"invalid_code"};
// Too many failed sign-ins: wait (HTTP 429 with Retry-After); the same for every email.
inline constexpr QLatin1StringView TooManyAttempts{"too_many_attempts"};
// A new password that the rules refuse (too short, too common, ...) (HTTP 422).
inline constexpr QLatin1StringView WeakPassword{"weak_password"};
// The request conflicts with the state of what it names (HTTP 409).
inline constexpr QLatin1StringView Conflict{"conflict"};
// The record is restricted while a dispute is considered (Appendix C 13.6); HTTP 403.
inline constexpr QLatin1StringView Restricted{"restricted"};

// The service or the way to it.
inline constexpr QLatin1StringView ServerFault{"server_fault"};
inline constexpr QLatin1StringView Unreachable{"unreachable"};
inline constexpr QLatin1StringView TlsFailure{"tls_failure"};
inline constexpr QLatin1StringView Timeout{"timeout"};
inline constexpr QLatin1StringView BadResponse{"bad_response"};

} // namespace tv::errc
