#include "models/domain/User.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tv::roles {

QString wireName(Role role)
{
    switch (role) {
    case Role::Practitioner:
        return u"practitioner"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Trainer:
        return u"trainer"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Role> fromWireName(const QString &name)
{
    for (auto role : {Role::Practitioner, Role::Admin, Role::Trainer}) {
        if (wireName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString text(Role role)
{
    switch (role) {
    case Role::Practitioner:
        return QCoreApplication::translate("tv::Role", "Practitioner");
    case Role::Admin:
        return QCoreApplication::translate("tv::Role", "Transform team administrator");
    case Role::Trainer:
        return QCoreApplication::translate("tv::Role", "Trainer");
    }
    Q_UNREACHABLE();
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
