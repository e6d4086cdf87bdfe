#include "server/ServerConfig.h"

#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tv::server {
namespace {

// Every key the file may hold; anything else is a typo worth reporting.
const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys{
        u"server/address"_s,
        u"server/port"_s,
        u"server/tls_certificate"_s,
        u"server/tls_private_key"_s,
        u"server/training"_s,
        u"server/as_of"_s,
        u"database/driver"_s,
        u"database/path"_s,
        u"database/host"_s,
        u"database/port"_s,
        u"database/name"_s,
        u"database/user"_s,
        u"database/password_file"_s,
        u"access/session_idle_minutes"_s,
        u"access/session_lifetime_hours"_s,
        u"access/dbs_renewal_years"_s,
        u"access/mfa_for_practitioners"_s,
        u"access/lockout_after_failures"_s,
        u"access/lockout_minutes"_s,
        u"access/secret_key_file"_s,
        u"access/transform_contact"_s,
    };
    return keys;
}

// QSettings turns a value with a comma into a list; the file means the text as written.
QString text(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u',').trimmed();
    return value.toString().trimmed();
}

// Paths in the file are relative to the file, not to wherever the service was started.
QString resolvePath(const QDir &base, const QString &path)
{
    if (path.isEmpty() || path == ":memory:"_L1)
        return path;
    return QDir::cleanPath(base.absoluteFilePath(path));
}

std::optional<bool> parseBool(const QString &value)
{
    const QString v = value.toLower();
    if (v == "true"_L1 || v == "yes"_L1 || v == "on"_L1 || v == "1"_L1)
        return true;
    if (v == "false"_L1 || v == "no"_L1 || v == "off"_L1 || v == "0"_L1)
        return false;
    return std::nullopt;
}

std::optional<int> parsePort(const QString &value, int minimum)
{
    bool ok = false;
    const int port = value.toInt(&ok);
    if (!ok || port < minimum || port > 65535)
        return std::nullopt;
    return port;
}

QHostAddress parseAddress(const QString &value)
{
    if (value.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    return QHostAddress(value);
}

QStringList validationProblems(const ServerConfig &config)
{
    const QHostAddress &address = config.address;
    const DatabaseConfig &database = config.database;
    QStringList problems;
    if (address.isNull())
        problems << u"server/address is not set"_s;
    const bool hasCertificate = !config.tlsCertificateFile.isEmpty();
    const bool hasKey = !config.tlsPrivateKeyFile.isEmpty();
    if (hasCertificate != hasKey) {
        problems << u"server/tls_certificate and server/tls_private_key must be given together"_s;
    }
    if (!address.isNull() && !address.isLoopback() && !(hasCertificate && hasKey)) {
        problems << u"server/address %1 is not a loopback address, and plain HTTP is only "
                    u"allowed on loopback: set server/tls_certificate and "
                    u"server/tls_private_key"_s.arg(address.toString());
    }
    for (const auto &[key, file] :
         {std::pair{u"server/tls_certificate"_s, config.tlsCertificateFile},
          std::pair{u"server/tls_private_key"_s, config.tlsPrivateKeyFile}}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            problems << u"%1 '%2' cannot be read"_s.arg(key, file);
    }
    if (database.driver == DatabaseConfig::Driver::Sqlite && database.sqlitePath.isEmpty())
        problems << u"database/path is required for the sqlite driver (a file, or :memory:)"_s;
    if (database.driver == DatabaseConfig::Driver::Postgres && database.name.isEmpty())
        problems << u"database/name is required for the postgres driver"_s;
    // Training on a SQLite file keeps its key beside the file (ServiceHost); PostgreSQL has no
    // file to keep one beside.
    if (config.training && database.driver == DatabaseConfig::Driver::Postgres &&
        config.access.secretKeyFile.isEmpty()) {
        problems << u"training on PostgreSQL keeps its accounts from one start to the next, so "
                    u"two-step sign-in needs a key that lasts as long: set "
                    u"access/secret_key_file (64 hex digits, e.g. from 'openssl rand -hex 32')"_s;
    }
    return problems;
}

// server/as_of moves the date every data rule and access check uses (a lapsed DBS check would
// count as current), so only training, whose data is fictional, may set it.
std::optional<QString> trainingOnlyProblem(const ServerConfig &config)
{
    if (!config.asOf || config.training)
        return std::nullopt;
    return u"server/as_of is for training only (it moves the date every data rule and access "
           u"check uses): remove server/as_of, or set server/training=true"_s;
}

Error configError(const QString &source, const QStringList &problems)
{
    return Error{QString(errc::InvalidConfig), source + u": "_s + problems.join(u"; "_s) + u'.'};
}

} // namespace

Result<ServerConfig> ServerConfig::load(const QString &path)
{
    const QFileInfo info(path);
    const QString source = u"Configuration file '%1'"_s.arg(path);
    {
        QFile probe(path);
        if (!info.isFile() || !probe.open(QIODevice::ReadOnly))
            return configError(source, {u"cannot be read"_s});
    }
    const QSettings settings(info.absoluteFilePath(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return configError(source, {u"is not a valid INI file"_s});

    const QDir base = info.absoluteDir();
    QStringList problems;
    ServerConfig config;

    QStringList keys = settings.allKeys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (!knownKeys().contains(key))
            problems << u"unknown setting '%1'"_s.arg(key);
    }

    // A true/false setting, when given.
    const auto readFlag = [&](const QString &key, bool &into) {
        if (!settings.contains(key))
            return;
        const QString value = text(settings, key);
        if (const auto flag = parseBool(value))
            into = *flag;
        else
            problems << u"%1 '%2' is not true or false"_s.arg(key, value);
    };

    // [server]
    if (settings.contains(u"server/address"_s)) {
        const QString value = text(settings, u"server/address"_s);
        const QHostAddress address = parseAddress(value);
        if (address.isNull())
            problems << u"server/address '%1' is not an IP address"_s.arg(value);
        else
            config.address = address;
    }
    if (settings.contains(u"server/port"_s)) {
        const QString value = text(settings, u"server/port"_s);
        if (const auto port = parsePort(value, 0))
            config.port = quint16(*port);
        else
            problems << u"server/port '%1' is not a port number from 0 to 65535"_s.arg(value);
    }
    config.tlsCertificateFile = resolvePath(base, text(settings, u"server/tls_certificate"_s));
    config.tlsPrivateKeyFile = resolvePath(base, text(settings, u"server/tls_private_key"_s));
    readFlag(u"server/training"_s, config.training);
    if (settings.contains(u"server/as_of"_s)) {
        const QString value = text(settings, u"server/as_of"_s);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid() && value.size() == 10)
            config.asOf = date;
        else
            problems << u"server/as_of '%1' is not a date as YYYY-MM-DD"_s.arg(value);
    }

    // [access]
    AccessPolicy &policy = config.access;
    const auto readCount = [&](const QString &key, int &into, int minimum, int maximum) {
        if (!settings.contains(key))
            return;
        const QString value = text(settings, key);
        bool ok = false;
        const int number = value.toInt(&ok);
        if (ok && number >= minimum && number <= maximum)
            into = number;
        else
            problems << u"%1 '%2' is not a whole number from %3 to %4"_s.arg(key, value)
                            .arg(minimum)
                            .arg(maximum);
    };
    readCount(u"access/session_idle_minutes"_s, policy.sessionIdleMinutes, 1, 24 * 60);
    readCount(u"access/session_lifetime_hours"_s, policy.sessionLifetimeHours, 1, 24 * 7);
    readCount(u"access/dbs_renewal_years"_s, policy.dbsRenewalYears, 1, 10);
    readCount(u"access/lockout_after_failures"_s, policy.lockoutAfterFailures, 3, 100);
    readCount(u"access/lockout_minutes"_s, policy.lockoutMinutes, 1, 24 * 60);
    policy.secretKeyFile = resolvePath(base, text(settings, u"access/secret_key_file"_s));
    if (!policy.secretKeyFile.isEmpty() && !QFileInfo(policy.secretKeyFile).isReadable())
        problems << u"access/secret_key_file '%1' cannot be read"_s.arg(policy.secretKeyFile);
    policy.transformContact = text(settings, u"access/transform_contact"_s).trimmed();
    if (!policy.transformContact.isEmpty() &&
        (!policy.transformContact.contains(u'@') ||
         policy.transformContact.contains(QRegularExpression(u"\\s"_s)))) {
        problems << u"access/transform_contact '%1' is not an email address"_s.arg(
            policy.transformContact);
    }
    readFlag(u"access/mfa_for_practitioners"_s, policy.mfaForPractitioners);

    // [database]
    DatabaseConfig &db = config.database;
    const QString driver = text(settings, u"database/driver"_s).toLower();
    if (driver == "sqlite"_L1) {
        db.driver = DatabaseConfig::Driver::Sqlite;
        db.sqlitePath = resolvePath(base, text(settings, u"database/path"_s));
    } else if (driver == "postgres"_L1) {
        db.driver = DatabaseConfig::Driver::Postgres;
        db.host = text(settings, u"database/host"_s);
        db.name = text(settings, u"database/name"_s);
        db.user = text(settings, u"database/user"_s);
        if (settings.contains(u"database/port"_s)) {
            const QString value = text(settings, u"database/port"_s);
            if (const auto port = parsePort(value, 1))
                db.port = *port;
            else
                problems << u"database/port '%1' is not a port number from 1 to 65535"_s.arg(value);
        }
        const QByteArray fromEnvironment = qgetenv("TV_DB_PASSWORD");
        const QString passwordFile = resolvePath(base, text(settings, u"database/password_file"_s));
        if (!fromEnvironment.isEmpty()) {
            db.password = QString::fromUtf8(fromEnvironment);
        } else if (!passwordFile.isEmpty()) {
            QFile file(passwordFile);
            if (file.open(QIODevice::ReadOnly)) {
                // The first line is the password; a trailing newline is not part of it.
                db.password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
            } else {
                problems << u"database/password_file '%1' cannot be read"_s.arg(passwordFile);
            }
        }
    } else if (driver.isEmpty()) {
        problems << u"database/driver is required (sqlite or postgres)"_s;
    } else {
        problems << u"database/driver '%1' is not sqlite or postgres"_s.arg(driver);
    }

    // The rules that hold however a configuration was made; one list for the reader.
    problems << validationProblems(config);
    if (!problems.isEmpty())
        return configError(source, problems);
    if (const auto problem = trainingOnlyProblem(config))
        return Error{QString(errc::TrainingOnlySetting), source + u": "_s + *problem + u'.'};

    qCDebug(lcConfig) << "configuration loaded; database driver"
                      << (db.driver == DatabaseConfig::Driver::Sqlite ? "sqlite" : "postgres")
                      << "training" << config.training;
    return config;
}

Status ServerConfig::validate() const
{
    const QStringList problems = validationProblems(*this);
    if (!problems.isEmpty())
        return Error{QString(errc::InvalidConfig), problems.join(u"; "_s)};
    if (const auto problem = trainingOnlyProblem(*this))
        return Error{QString(errc::TrainingOnlySetting), *problem};
    return Done{};
}

} // namespace tv::server
