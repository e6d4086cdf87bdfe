#include "User.h"

#include <QCoreApplication>

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
