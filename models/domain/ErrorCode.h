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
// The record is restricted while a dispute is considered (Appendix C 13.6); HTTP 403.
inline constexpr QLatin1StringView Restricted{"restricted"};

// The service or the way to it.
inline constexpr QLatin1StringView ServerFault{"server_fault"};
inline constexpr QLatin1StringView Unreachable{"unreachable"};
inline constexpr QLatin1StringView TlsFailure{"tls_failure"};
inline constexpr QLatin1StringView Timeout{"timeout"};
inline constexpr QLatin1StringView BadResponse{"bad_response"};

} // namespace tv::errc
