#pragma once

#include "models/domain/EnumTable.h"

#include <QLatin1StringView>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <optional>

namespace tv {

// Every stable, machine-readable error code of the service and the client. The service puts one
// in every error body (with the HTTP status below); the client turns each into the words below.
// A wire code never changes once released: clients of older versions match on it.
enum class ErrorCode {
    // The request itself is wrong (4xx).
    InvalidJson,
    InvalidField,
    MissingField,
    UnknownField,
    // A value the service's own checks refuse (an admin's or the command line's input).
    InvalidInput,
    BodyTooLarge,
    UnsupportedMediaType,
    NotFound,
    MethodNotAllowed,
    // Identity and access.
    InvalidCredentials,
    Unauthenticated,
    SessionExpired,
    Forbidden,
    // Signed in, but a condition of access is unmet; the error lists every one.
    AccessLapsed,
    // The password was right; now the authenticator code is needed.
    MfaRequired,
    // The password was right but the authenticator or recovery code given with it was not
    // (wrong, already used or out of date). It counts as a failed sign-in, like a wrong
    // password; it tells nothing mfa_required does not, which is given for the password alone.
    InvalidCode,
    // Too many failed sign-ins: wait (with Retry-After); the same for every email.
    TooManyAttempts,
    // A new password that the rules refuse (too short, too common, ...).
    WeakPassword,
    // The request conflicts with the state of what it names.
    Conflict,
    // What the request would create exists already (an admin's invitation, an organisation).
    AlreadyExists,
    // The record is restricted while a dispute is considered (Appendix C 13.6).
    Restricted,
    // The service or the way to it.
    ServerFault,
    Unreachable,
    TlsFailure,
    Timeout,
    BadResponse,
    // Only the client produces these.
    // The server address is empty or not a valid http(s) URL.
    InvalidUrl,
    // The server address is not https, and not plain http to this computer either.
    InsecureUrl,
    // The server's public key is not one of the pinned ones.
    PinMismatch,
    // A configured pin is not a base64 SHA-256 digest.
    InvalidPin,
    // The connection dropped after the request was sent and before any answer (the server
    // stopped, or the network failed): a write may or may not have been carried out.
    ConnectionLost,
};

namespace errorcode {

// What the client says for a code when the table gives no words of its own: the service
// refused something this program sent, which a practitioner cannot put right.
inline constexpr const char *Rejected =
    QT_TRANSLATE_NOOP("tv::net::ServiceClient", "The service did not accept the request from "
                                                "this program. Contact your Transform team.");

struct Entry {
    ErrorCode value;
    QLatin1StringView wireName;
    // The HTTP status the service answers with; 0 for the codes only the client produces.
    int httpStatus;
    // The client's words (source text in the ServiceClient translation context), or nullptr
    // when the service's own words are already for a practitioner and are shown as they came.
    const char *words;
};

// The one table of error codes, in the enum's order. The client's words for access_lapsed,
// too_many_attempts and a search field's invalid_field are composed from what the error carries
// (see ServiceClient); the table's words are their fallback.
inline constexpr std::array Table{
    Entry{ErrorCode::InvalidJson, QLatin1StringView("invalid_json"), 400, Rejected},
    Entry{ErrorCode::InvalidField, QLatin1StringView("invalid_field"), 400, Rejected},
    Entry{ErrorCode::MissingField, QLatin1StringView("missing_field"), 400, Rejected},
    Entry{ErrorCode::UnknownField, QLatin1StringView("unknown_field"), 400, Rejected},
    Entry{ErrorCode::InvalidInput, QLatin1StringView("invalid_input"), 400, Rejected},
    Entry{ErrorCode::BodyTooLarge, QLatin1StringView("body_too_large"), 413, Rejected},
    Entry{ErrorCode::UnsupportedMediaType, QLatin1StringView("unsupported_media_type"), 415,
          Rejected},
    Entry{ErrorCode::NotFound, QLatin1StringView("not_found"), 404,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The service has no such record. It may have been removed; search "
                            "again.")},
    Entry{ErrorCode::MethodNotAllowed, QLatin1StringView("method_not_allowed"), 405, Rejected},
    Entry{ErrorCode::InvalidCredentials, QLatin1StringView("invalid_credentials"), 401,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The sign-in details were not recognised. Check your email address "
                            "and password.")},
    Entry{ErrorCode::Unauthenticated, QLatin1StringView("unauthenticated"), 401,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient", "Your session has ended. Sign in again.")},
    Entry{ErrorCode::SessionExpired, QLatin1StringView("session_expired"), 401,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "Your session has expired. Sign in again to carry on.")},
    Entry{ErrorCode::Forbidden, QLatin1StringView("forbidden"), 403,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient", "Your account is not allowed to do this.")},
    Entry{ErrorCode::AccessLapsed, QLatin1StringView("access_lapsed"), 403,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient", "Your access to TransformView has lapsed:")},
    Entry{ErrorCode::MfaRequired, QLatin1StringView("mfa_required"), 401,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "Enter the 6-digit code from your authenticator app, or one of your "
                            "recovery codes.")},
    Entry{ErrorCode::InvalidCode, QLatin1StringView("invalid_code"), 401,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The code was not right, or it has been used already. Your password "
                            "was right, so you can try again: enter the code your authenticator "
                            "app shows now, or a recovery code you have not used before.")},
    Entry{ErrorCode::TooManyAttempts, QLatin1StringView("too_many_attempts"), 429,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "Too many unsuccessful sign-ins. Wait a few minutes, then try again.")},
    Entry{ErrorCode::WeakPassword, QLatin1StringView("weak_password"), 422, nullptr},
    Entry{ErrorCode::Conflict, QLatin1StringView("conflict"), 409, nullptr},
    Entry{ErrorCode::AlreadyExists, QLatin1StringView("already_exists"), 409, Rejected},
    Entry{ErrorCode::Restricted, QLatin1StringView("restricted"), 403, nullptr},
    Entry{ErrorCode::ServerFault, QLatin1StringView("server_fault"), 500,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The server had a fault and could not complete the request. Try "
                            "again later; if it keeps happening, contact your Transform team.")},
    Entry{ErrorCode::Unreachable, QLatin1StringView("unreachable"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The server could not be reached. Check the server address and your "
                            "network connection, then try again.")},
    Entry{ErrorCode::TlsFailure, QLatin1StringView("tls_failure"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The server's identity could not be verified, so the connection was "
                            "refused. Contact your Transform team.")},
    Entry{ErrorCode::Timeout, QLatin1StringView("timeout"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The server took too long to answer. Try again in a moment.")},
    Entry{ErrorCode::BadResponse, QLatin1StringView("bad_response"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The service answered with something this program cannot read. "
                            "Check the server address, or contact your Transform team.")},
    Entry{ErrorCode::InvalidUrl, QLatin1StringView("invalid_url"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The server address is not a valid web address. Enter it in the "
                            "form https://transform.example.org.")},
    Entry{ErrorCode::InsecureUrl, QLatin1StringView("insecure_url"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The server address must start with https:// so that the "
                            "connection is encrypted. Plain http is allowed only to this "
                            "computer.")},
    Entry{ErrorCode::PinMismatch, QLatin1StringView("pin_mismatch"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The server's certificate is not the one this computer was set up "
                            "to trust, so the connection was refused. Someone may be "
                            "intercepting it. Contact your Transform team.")},
    Entry{ErrorCode::InvalidPin, QLatin1StringView("invalid_pin"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "A pinned key must be the base64 SHA-256 of the server's public key "
                            "(44 characters ending in '=').")},
    Entry{ErrorCode::ConnectionLost, QLatin1StringView("connection_lost"), 0,
          QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                            "The connection to the server was lost before it answered. The "
                            "server may have stopped. Check whether what you did took effect, "
                            "then try again.")},
};

// The table is in the enum's order, so entry() finds a code by its value.
static_assert(enumtable::inEnumOrder(Table, ErrorCode::ConnectionLost),
              "errorcode::Table must list the codes in the enum's order");

constexpr const Entry &entry(ErrorCode code)
{
    return enumtable::rowOf(Table, code);
}

constexpr QLatin1StringView wireName(ErrorCode code)
{
    return enumtable::nameOf(Table, code);
}

// The code a wire name stands for, if it is one of the table's.
inline std::optional<ErrorCode> fromWireName(QStringView wireName)
{
    return enumtable::fromName(Table, wireName);
}

// The HTTP status the service answers an error with: the table's, 500 for anything else.
int httpStatusFor(QStringView wireName);

} // namespace errorcode

// The wire codes by name, for comparisons and for building an Error.
namespace errc {
inline constexpr QLatin1StringView InvalidJson = errorcode::wireName(ErrorCode::InvalidJson);
inline constexpr QLatin1StringView InvalidField = errorcode::wireName(ErrorCode::InvalidField);
inline constexpr QLatin1StringView MissingField = errorcode::wireName(ErrorCode::MissingField);
inline constexpr QLatin1StringView UnknownField = errorcode::wireName(ErrorCode::UnknownField);
inline constexpr QLatin1StringView InvalidInput = errorcode::wireName(ErrorCode::InvalidInput);
inline constexpr QLatin1StringView BodyTooLarge = errorcode::wireName(ErrorCode::BodyTooLarge);
inline constexpr QLatin1StringView UnsupportedMediaType =
    errorcode::wireName(ErrorCode::UnsupportedMediaType);
inline constexpr QLatin1StringView NotFound = errorcode::wireName(ErrorCode::NotFound);
inline constexpr QLatin1StringView MethodNotAllowed =
    errorcode::wireName(ErrorCode::MethodNotAllowed);
inline constexpr QLatin1StringView InvalidCredentials =
    errorcode::wireName(ErrorCode::InvalidCredentials);
inline constexpr QLatin1StringView Unauthenticated =
    errorcode::wireName(ErrorCode::Unauthenticated);
inline constexpr QLatin1StringView SessionExpired = errorcode::wireName(ErrorCode::SessionExpired);
inline constexpr QLatin1StringView Forbidden = errorcode::wireName(ErrorCode::Forbidden);
inline constexpr QLatin1StringView AccessLapsed = errorcode::wireName(ErrorCode::AccessLapsed);
inline constexpr QLatin1StringView MfaRequired = errorcode::wireName(ErrorCode::MfaRequired);
inline constexpr QLatin1StringView InvalidCode = errorcode::wireName(ErrorCode::InvalidCode);
inline constexpr QLatin1StringView TooManyAttempts =
    errorcode::wireName(ErrorCode::TooManyAttempts);
inline constexpr QLatin1StringView WeakPassword = errorcode::wireName(ErrorCode::WeakPassword);
inline constexpr QLatin1StringView Conflict = errorcode::wireName(ErrorCode::Conflict);
inline constexpr QLatin1StringView AlreadyExists = errorcode::wireName(ErrorCode::AlreadyExists);
inline constexpr QLatin1StringView Restricted = errorcode::wireName(ErrorCode::Restricted);
inline constexpr QLatin1StringView ServerFault = errorcode::wireName(ErrorCode::ServerFault);
inline constexpr QLatin1StringView Unreachable = errorcode::wireName(ErrorCode::Unreachable);
inline constexpr QLatin1StringView TlsFailure = errorcode::wireName(ErrorCode::TlsFailure);
inline constexpr QLatin1StringView Timeout = errorcode::wireName(ErrorCode::Timeout);
inline constexpr QLatin1StringView BadResponse = errorcode::wireName(ErrorCode::BadResponse);
inline constexpr QLatin1StringView InvalidUrl = errorcode::wireName(ErrorCode::InvalidUrl);
inline constexpr QLatin1StringView InsecureUrl = errorcode::wireName(ErrorCode::InsecureUrl);
inline constexpr QLatin1StringView PinMismatch = errorcode::wireName(ErrorCode::PinMismatch);
inline constexpr QLatin1StringView InvalidPin = errorcode::wireName(ErrorCode::InvalidPin);
inline constexpr QLatin1StringView ConnectionLost = errorcode::wireName(ErrorCode::ConnectionLost);
} // namespace errc

} // namespace tv
