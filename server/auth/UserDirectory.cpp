#include "server/auth/UserDirectory.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::auth {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error invalidInput(const QString &message)
{
    return Error{QString(errc::InvalidInput), message};
}

} // namespace

UserDirectory::UserDirectory(const db::Database &database, const PasswordHasher &hasher)
    : m_database(database)
    , m_hasher(hasher)
{}

QString UserDirectory::normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

bool UserDirectory::isPlausibleEmail(const QString &email)
{
    const QString e = email.trimmed();
    if (e.isEmpty() || e.size() > 254 || e.count(u'@') != 1)
        return false;
    for (const QChar c : e) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const qsizetype at = e.indexOf(u'@');
    return at > 0 && at < e.size() - 1;
}

Result<QString> UserDirectory::ensureOrganisation(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalidInput(u"An organisation needs a name."_s);
    const Result<std::optional<QVariant>> found = m_database.firstValue(
        u"find an organisation by name",
        u"SELECT id FROM organisations WHERE name = :name ORDER BY created_at, id"_s,
        {{u":name"_s, trimmed}});
    if (!found)
        return found.error();
    if (found.value())
        return found.value()->toString();

    const QString id = newId();
    if (const Status inserted = m_database.exec(
            u"create an organisation",
            u"INSERT INTO organisations (id, name, created_at) VALUES (:id, :name, :created_at)"_s,
            {{u":id"_s, id},
             {u":name"_s, trimmed},
             {u":created_at"_s, db::toDb(QDateTime::currentDateTimeUtc())}});
        !inserted)
        return inserted.error();
    qCInfo(lcAuth).noquote() << "created organisation" << id;
    return id;
}

Result<User> UserDirectory::createUser(const NewUser &user) const
{
    const QString email = normaliseEmail(user.email);
    if (!isPlausibleEmail(email))
        return invalidInput(u"The email address is not valid."_s);
    const QString displayName = user.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > limits::DisplayNameLength)
        return invalidInput(
            u"A display name of 1 to %1 characters is required."_s.arg(limits::DisplayNameLength));
    if (user.password.isEmpty())
        return invalidInput(u"A password is required."_s);
    if (QUuid::fromString(user.organisationId).isNull())
        return invalidInput(u"The organisation does not exist."_s);

    const Result<std::optional<QVariant>> organisation = m_database.firstValue(
        u"find an organisation by id", u"SELECT name FROM organisations WHERE id = :id"_s,
        {{u":id"_s, user.organisationId}});
    if (!organisation)
        return organisation.error();
    if (!organisation.value())
        return invalidInput(u"The organisation does not exist."_s);
    const QString organisationName = organisation.value()->toString();

    Result<QString> hash = m_hasher.hash(user.password);
    if (!hash)
        return hash.error();

    const QString id = newId();
    Result<QSqlQuery> inserted = m_database.run(
        u"create a user",
        u"INSERT INTO users (id, email, display_name, role, organisation_id, password_hash, "
        u"created_at) VALUES (:id, :email, :display_name, :role, :organisation_id, "
        u":password_hash, :created_at)"_s,
        {{u":id"_s, id},
         {u":email"_s, email},
         {u":display_name"_s, displayName},
         {u":role"_s, roles::wireName(user.role)},
         {u":organisation_id"_s, user.organisationId},
         {u":password_hash"_s, hash.value()},
         {u":created_at"_s, db::toDb(QDateTime::currentDateTimeUtc())}});
    if (!inserted) {
        if (inserted.error().code == errc::AlreadyExists)
            return Error{QString(errc::AlreadyExists),
                         u"An account with this email address already exists."_s};
        return inserted.error();
    }
    qCInfo(lcAuth).noquote() << "created user" << id << "with role" << roles::wireName(user.role);
    return User{id, email, displayName, user.role, organisationName};
}

Result<std::optional<StoredCredentials>> UserDirectory::findByEmail(const QString &email) const
{
    return findWhere(u"lower(u.email) = :value"_s, normaliseEmail(email));
}

Result<std::optional<StoredCredentials>> UserDirectory::findById(const QString &userId) const
{
    if (QUuid::fromString(userId).isNull())
        return std::optional<StoredCredentials>();
    return findWhere(u"u.id = :value"_s, userId);
}

Result<std::optional<StoredCredentials>> UserDirectory::findWhere(const QString &condition,
                                                                  const QString &value) const
{
    Result<QSqlQuery> found =
        m_database.run(u"find a user",
                       u"SELECT u.id, u.email, u.display_name, u.role, o.name, u.password_hash,"
                       u" u.suspended_at, u.mfa_secret, u.mfa_last_step, u.activation_code_hash,"
                       u" u.activation_expires_at "
                       u"FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE "_s +
                           condition,
                       {{u":value"_s, value}});
    if (!found)
        return found.error();
    QSqlQuery &q = found.value();
    if (!q.next())
        return std::optional<StoredCredentials>();

    StoredCredentials credentials;
    credentials.user.id = q.value(0).toString();
    credentials.user.email = q.value(1).toString();
    credentials.user.displayName = q.value(2).toString();
    const auto role = roles::fromWireName(q.value(3).toString());
    if (!role) {
        return Error{QString(errc::DatabaseError),
                     u"User %1 has a role this program does not know."_s.arg(credentials.user.id)};
    }
    credentials.user.role = *role;
    credentials.user.organisation = q.value(4).toString();
    credentials.passwordHash = q.value(5).toString();
    credentials.suspended = !q.value(6).isNull();
    credentials.mfaSecret = db::textFromDb(q.value(7));
    if (!q.value(8).isNull())
        credentials.mfaLastStep = q.value(8).toLongLong();
    credentials.activationCodeHash = q.value(9).toString();
    if (!q.value(10).isNull())
        credentials.activationExpiresAt = db::dateTimeFromDb(q.value(10));
    return std::optional<StoredCredentials>(std::move(credentials));
}

Result<AccountStanding> UserDirectory::standing(const QString &userId) const
{
    Result<QSqlQuery> found = m_database.run(
        u"read where an account stands",
        u"SELECT mfa_enrolled_at, statement_version,"
        u" (SELECT MAX(version) FROM data_protection_statements) FROM users WHERE id = :id"_s,
        {{u":id"_s, userId}});
    if (!found)
        return found.error();
    QSqlQuery &q = found.value();
    if (!q.next()) {
        return Error{QString(tv::errc::Unauthenticated),
                     u"Your account no longer exists. Ask the Transform team."_s};
    }
    AccountStanding standing;
    standing.mfaEnrolled = !q.value(0).isNull();
    if (!q.value(1).isNull())
        standing.statementVersionAccepted = q.value(1).toInt();
    if (!q.value(2).isNull())
        standing.currentStatementVersion = q.value(2).toInt();
    return standing;
}

Status UserDirectory::setPassword(const QString &userId, const QString &password) const
{
    if (password.isEmpty())
        return invalidInput(u"A password is required."_s);
    Result<QString> hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    return setPasswordHash(userId, hash.value());
}

Status UserDirectory::setPasswordHash(const QString &userId, const QString &passwordHash) const
{
    if (QUuid::fromString(userId).isNull())
        return invalidInput(u"The user does not exist."_s);
    Result<QSqlQuery> updated = m_database.run(
        u"change a password", u"UPDATE users SET password_hash = :hash WHERE id = :id"_s,
        {{u":hash"_s, passwordHash}, {u":id"_s, userId}});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return invalidInput(u"The user does not exist."_s);
    return Done{};
}

} // namespace tv::server::auth
