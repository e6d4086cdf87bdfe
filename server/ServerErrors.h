#pragma once

#include "models/domain/ErrorCode.h"

#include <QLatin1StringView>

// Error codes that stay inside the service and its command line (the wire codes live in
// "models/domain/ErrorCode.h"). Like those, they are stable and machine-readable.
namespace tv::server::errc {

inline constexpr QLatin1StringView InvalidConfig{"invalid_config"};
// A setting that only training may use (server/as_of) in a configuration without training; the
// command line answers it as a usage error (exit status 2).
inline constexpr QLatin1StringView TrainingOnlySetting{"training_only_setting"};
inline constexpr QLatin1StringView DatabaseUnavailable{"database_unavailable"};
inline constexpr QLatin1StringView DatabaseError{"database_error"};
inline constexpr QLatin1StringView MigrationFailed{"migration_failed"};
inline constexpr QLatin1StringView SchemaTooNew{"schema_too_new"};
inline constexpr QLatin1StringView ListenFailed{"listen_failed"};
inline constexpr QLatin1StringView TlsSetupFailed{"tls_setup_failed"};
inline constexpr QLatin1StringView CryptoFailed{"crypto_failed"};
inline constexpr QLatin1StringView AlreadyStarted{"already_started"};
// These two travel to clients too, so they are in the shared table.
using tv::errc::AlreadyExists;
using tv::errc::InvalidInput;

} // namespace tv::server::errc
