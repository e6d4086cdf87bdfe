#include "server/auth/Totp.h"

#include "server/auth/PasswordHasher.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tv::server::auth {

QByteArray Totp::generateSecret()
{
    if (!PasswordHasher::initialiseSodium())
        qFatal("libsodium could not be initialised");
    QByteArray secret(SecretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

qint64 Totp::stepAt(const QDateTime &time)
{
    return time.toSecsSinceEpoch() / StepSeconds;
}

QString Totp::code(const QByteArray &secret, qint64 step, int digits)
{
    QByteArray counter(8, '\0');
    auto value = quint64(step);
    for (int i = 7; i >= 0; --i) {
        counter[i] = char(value & 0xff);
        value >>= 8;
    }
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return u"%1"_s.arg(quint64(binary) % modulus, digits, 10, QLatin1Char('0'));
}

std::optional<qint64> Totp::match(const QByteArray &secret, const QString &code,
                                  const QDateTime &now, std::optional<qint64> lastUsedStep)
{
    const QByteArray given = code.trimmed().toLatin1();
    if (given.size() != Digits)
        return std::nullopt;
    const qint64 current = stepAt(now);
    std::optional<qint64> found;
    // Every candidate is computed and compared, so the time taken does not say which matched.
    for (qint64 step = current - 1; step <= current + 1; ++step) {
        const QByteArray expected = Totp::code(secret, step).toLatin1();
        const bool same =
            sodium_memcmp(expected.constData(), given.constData(), size_t(Digits)) == 0;
        const bool fresh = !lastUsedStep || step > *lastUsedStep;
        if (same && fresh && !found)
            found = step;
    }
    return found;
}

QString Totp::base32(const QByteArray &bytes)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> Totp::fromBase32(const QString &text)
{
    static const QString Alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const qsizetype value = Alphabet.indexOf(c.toUpper());
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString Totp::provisioningUri(const QByteArray &secret, const QString &email)
{
    const QString label =
        QString::fromLatin1(QUrl::toPercentEncoding(u"TransformView:"_s + email, ":@"));
    return u"otpauth://totp/%1?secret=%2&issuer=TransformView"_s.arg(label, base32(secret));
}

} // namespace tv::server::auth
