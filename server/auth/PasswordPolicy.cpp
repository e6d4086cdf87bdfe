#include "server/auth/PasswordPolicy.h"

#include "models/domain/ErrorCode.h"
#include "server/auth/CommonPasswords.h"

using namespace Qt::StringLiterals;

namespace tv::server::auth {
namespace {

Error weak(const QString &message)
{
    return Error{QString(tv::errc::WeakPassword), message};
}

// The password without the digits, symbols and spaces at its ends: "Password123!" -> "password".
QString core(const QString &lowerCased)
{
    qsizetype begin = 0;
    qsizetype end = lowerCased.size();
    while (begin < end && !lowerCased.at(begin).isLetter())
        ++begin;
    while (end > begin && !lowerCased.at(end - 1).isLetter())
        --end;
    return lowerCased.mid(begin, end - begin);
}

// The shortest part that, repeated, makes up `text` ("abcabcabc" -> "abc"); `text` itself when
// none does.
QString repeatedUnit(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype length = 1; length <= n / 2; ++length) {
        if (n % length != 0)
            continue;
        const QStringView unit = QStringView(text).left(length);
        bool repeats = true;
        for (qsizetype at = length; repeats && at < n; at += length)
            repeats = QStringView(text).mid(at, length) == unit;
        if (repeats)
            return unit.toString();
    }
    return text;
}

// Whether a common password of at least 8 characters makes up all of `lowerCased` but its first
// or last few characters: "123456789012", "iloveyou2024", "2024football".
bool extendsACommonPassword(const QString &lowerCased)
{
    constexpr qsizetype MaxExtra = 4;
    constexpr qsizetype MinCommon = 8;
    const qsizetype n = lowerCased.size();
    for (qsizetype extra = 1; extra <= MaxExtra && n - extra >= MinCommon; ++extra) {
        if (CommonPasswords::contains(lowerCased.left(n - extra)) ||
            CommonPasswords::contains(lowerCased.mid(extra))) {
            return true;
        }
    }
    return false;
}

} // namespace

Status PasswordPolicy::check(const QString &password, const QString &email)
{
    const qsizetype length = password.toUcs4().size();
    if (length < MinimumLength) {
        return weak(u"The password must have at least %1 characters. A few words in a row make "
                    u"a long password that is easy to remember."_s.arg(MinimumLength));
    }
    if (length > MaximumLength)
        return weak(u"The password must have at most %1 characters."_s.arg(MaximumLength));

    const QString lower = password.toLower();
    const QString localPart = email.trimmed().toLower().section(u'@', 0, 0);
    // A very short local part ("jo") would refuse too many good passwords by accident.
    if (localPart.size() >= 3 && lower.contains(localPart))
        return weak(u"The password must not contain your email address or its first part."_s);
    for (const QLatin1StringView word : {"transform"_L1, "somerset"_L1}) {
        if (lower.contains(word))
            return weak(u"The password must not contain the word \"%1\"."_s.arg(word));
    }

    const QString unit = repeatedUnit(lower);
    if (unit.size() <= 4 && unit.size() < lower.size())
        return weak(u"The password must not repeat the same few characters."_s);
    const QString stripped = core(lower);
    if (CommonPasswords::contains(lower) || CommonPasswords::contains(unit) ||
        extendsACommonPassword(lower) ||
        (stripped.size() >= 4 && CommonPasswords::contains(stripped)) ||
        (stripped.size() >= 4 && CommonPasswords::contains(repeatedUnit(stripped)))) {
        return weak(u"The password is too common: it is on a list of passwords that attackers "
                    u"try first."_s);
    }
    return Done{};
}

} // namespace tv::server::auth
