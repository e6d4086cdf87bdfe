#include "models/domain/User.h"

#include "models/domain/EnumTable.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tv::roles {
namespace {

constexpr char Context[] = "tv::Role";

constexpr auto kRoles = std::to_array<enumtable::NameText<Role>>({
    {Role::Practitioner, "practitioner"_L1, QT_TRANSLATE_NOOP("tv::Role", "Practitioner")},
    {Role::Admin, "admin"_L1, QT_TRANSLATE_NOOP("tv::Role", "Transform team administrator")},
    {Role::Trainer, "trainer"_L1, QT_TRANSLATE_NOOP("tv::Role", "Trainer")},
});
static_assert(enumtable::inEnumOrder(kRoles, Role::Trainer),
              "kRoles lists every Role in its order");

} // namespace

QString wireName(Role role)
{
    return QString(enumtable::nameOf(kRoles, role));
}

std::optional<Role> fromWireName(const QString &name)
{
    return enumtable::fromName(kRoles, name);
}

QString text(Role role)
{
    return enumtable::textOf(kRoles, Context, role);
}

} // namespace tv::roles

namespace tv::twostep {

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

bool isAuthenticatorCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    return trimmed.size() == AuthenticatorDigits &&
           std::all_of(trimmed.cbegin(), trimmed.cend(), isAsciiDigit);
}

QString normalisedRecoveryCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace())
            out += c.toLower();
    }
    return out;
}

bool looksLikeRecoveryCode(const QString &code)
{
    const QString normalised = normalisedRecoveryCode(code);
    return normalised.size() == RecoveryCodeLength &&
           std::all_of(normalised.cbegin(), normalised.cend(),
                       [](QChar c) { return isAsciiDigit(c) || (c >= u'a' && c <= u'z'); });
}

} // namespace tv::twostep
