#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tv::server::auth {

// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1 of the 30-second step
// since the Unix epoch, truncated to 6 digits, as every authenticator app computes them.
class Totp final {
public:
    static constexpr int Digits = 6;
    static constexpr qint64 StepSeconds = 30;
    static constexpr int SecretBytes = 20;

    // 20 random bytes (libsodium).
    static QByteArray generateSecret();

    static qint64 stepAt(const QDateTime &time);
    // The code for one step, zero-padded to `digits` (6 for sign-in; RFC 6238's vectors use 8).
    static QString code(const QByteArray &secret, qint64 step, int digits = Digits);

    // The step whose code `code` is, among the step of `now` and the one before and after it
    // (clock drift), and only when it is later than `lastUsedStep`: a code works once. Compares
    // in constant time. nullopt when it matches none.
    static std::optional<qint64> match(const QByteArray &secret, const QString &code,
                                       const QDateTime &now,
                                       std::optional<qint64> lastUsedStep = std::nullopt);

    // RFC 4648 base32 without padding, as authenticator apps take a secret.
    static QString base32(const QByteArray &bytes);
    // The bytes of such a text (upper or lower case, no padding); nullopt for any other character.
    static std::optional<QByteArray> fromBase32(const QString &text);
    // otpauth://totp/TransformView:<email>?secret=...&issuer=TransformView, for a QR code.
    static QString provisioningUri(const QByteArray &secret, const QString &email);
};

} // namespace tv::server::auth
