#include "app/startup/DeploymentConfig.h"

#include "app/net/ServiceClient.h"
#include "app/session/IdleLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringConverter>

using namespace Qt::StringLiterals;

#ifndef TV_DEPLOYMENT_FILE
#error "TV_DEPLOYMENT_FILE names the system-wide deployment file (set in app/CMakeLists.txt)"
#endif

namespace tv::startup {

// Logs which file was read and whether it was accepted; its values are the council's, not
// personal, but stay out of the log anyway.
Q_LOGGING_CATEGORY(lcDeployment, "tv.app.deployment")

namespace {

const auto InvalidDeployment = u"invalid_deployment"_s;
// A file this large is not a deployment file; reading stops before it costs anything.
constexpr qint64 LargestFile = 64 * 1024;

// Every section and its keys, in the order the documentation gives them.
const QList<std::pair<QString, QStringList>> &knownKeys()
{
    static const QList<std::pair<QString, QStringList>> keys{
        {u"service"_s, {u"url"_s, u"pinned_keys"_s, u"ca_file"_s}},
        {u"lock"_s, {u"idle_minutes"_s}},
        {u"contact"_s, {u"name"_s, u"email"_s, u"phone"_s}},
    };
    return keys;
}

const QStringList *keysOf(const QString &section)
{
    for (const auto &[name, keys] : knownKeys()) {
        if (name == section)
            return &keys;
    }
    return nullptr;
}

QString sectionList()
{
    QStringList sections;
    for (const auto &entry : knownKeys())
        sections << u'[' + entry.first + u']';
    return sections.join(u", "_s);
}

// One `key=value` line as written.
struct Setting {
    int line = 0;
    QString value;
};

// Reads the file's lines into settings by "section/key", collecting what is wrong on the way.
class Reader final {
    Q_DECLARE_TR_FUNCTIONS(tv::startup::DeploymentConfig)

public:
    explicit Reader(const QString &path)
        : m_path(path)
    {}

    bool read();
    const QHash<QString, Setting> &settings() const { return m_settings; }
    QStringList &problems() { return m_problems; }

    // "Line 4, service/url: <problem>"
    void reject(const QString &key, const QString &problem)
    {
        m_problems << tr("Line %1, %2: %3").arg(m_settings.value(key).line).arg(key, problem);
    }

private:
    void readLine(int number, const QString &text);

    QString m_path;
    QString m_section;
    QHash<QString, Setting> m_settings;
    QStringList m_problems;
};

// Shown in an error: enough of a line to find it, never a whole page of it.
QString excerpt(const QString &text)
{
    constexpr qsizetype Longest = 60;
    return text.size() <= Longest ? text : text.left(Longest) + u"..."_s;
}

bool Reader::read()
{
    QFile file(m_path);
    const QFileInfo info(m_path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        m_problems << tr("The file cannot be read.");
        return false;
    }
    if (file.size() > LargestFile) {
        m_problems << tr("The file is larger than %1 KiB, too large for a deployment file.")
                          .arg(LargestFile / 1024);
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        m_problems << tr("The file is not UTF-8 text.");
        return false;
    }
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        readLine(int(i + 1), lines.at(i));
    return true;
}

void Reader::readLine(int number, const QString &raw)
{
    static const QRegularExpression trailingComment(u"\\s;.*$"_s);
    QString line = raw.trimmed();
    if (number == 1 && line.startsWith(QChar(0xfeff)))
        line = line.mid(1).trimmed(); // a byte order mark
    if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
        return;
    line.remove(trailingComment);
    line = line.trimmed();

    if (line.startsWith(u'[')) {
        if (!line.endsWith(u']')) {
            m_problems << tr("Line %1: \"%2\" is not a [section], a key=value setting or a "
                             "comment.")
                              .arg(number)
                              .arg(excerpt(line));
            m_section.clear();
            return;
        }
        m_section = line.mid(1, line.size() - 2).trimmed();
        if (!keysOf(m_section)) {
            m_problems << tr("Line %1: [%2] is not a section of a deployment file; the sections "
                             "are %3.")
                              .arg(number)
                              .arg(excerpt(m_section), sectionList());
            m_section.clear();
        }
        return;
    }

    const qsizetype equals = line.indexOf(u'=');
    if (equals <= 0) {
        m_problems << tr("Line %1: \"%2\" is not a [section], a key=value setting or a comment.")
                          .arg(number)
                          .arg(excerpt(line));
        return;
    }
    const QString key = line.left(equals).trimmed();
    const QString value = line.mid(equals + 1).trimmed();
    if (m_section.isEmpty()) {
        m_problems << tr("Line %1: %2 is not under a section; put it under one of %3.")
                          .arg(number)
                          .arg(excerpt(key), sectionList());
        return;
    }
    const QStringList *keys = keysOf(m_section);
    if (!keys->contains(key)) {
        m_problems << tr("Line %1: %2 is not a setting of [%3]; its settings are %4.")
                          .arg(number)
                          .arg(excerpt(key), m_section, keys->join(u", "_s));
        return;
    }
    const QString name = m_section + u'/' + key;
    if (const auto earlier = m_settings.constFind(name); earlier != m_settings.cend()) {
        m_problems << tr("Line %1, %2: This is set a second time; the first is on line %3.")
                          .arg(number)
                          .arg(name)
                          .arg(earlier->line);
        return;
    }
    m_settings.insert(name, Setting{number, value});
    if (value.isEmpty())
        reject(name, tr("The value is empty; give a value or remove the line."));
}

QString resolvePath(const QDir &base, const QString &path)
{
    return QDir::cleanPath(base.absoluteFilePath(path));
}

Error deploymentError(const QString &path, const QStringList &problems)
{
    QString message = DeploymentConfig::tr("The deployment file %1 cannot be used:")
                          .arg(QDir::toNativeSeparators(path));
    for (const QString &problem : problems)
        message += u"\n  "_s + problem;
    message += u'\n' + DeploymentConfig::tr("TransformView does not start until it is "
                                            "corrected. Ask your IT department to correct it.");
    return Error{InvalidDeployment, message};
}

} // namespace

bool TransformTeamContact::isEmpty() const
{
    return name.isEmpty() && email.isEmpty() && phone.isEmpty();
}

QString DeploymentConfig::systemPath()
{
    return QStringLiteral(TV_DEPLOYMENT_FILE);
}

Result<Deployment> DeploymentConfig::load(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    Reader reader(absolute);
    if (!reader.read())
        return deploymentError(absolute, reader.problems());
    const QHash<QString, Setting> &settings = reader.settings();
    const auto valueOf = [&](const QString &key) {
        return settings.value(key).value;
    };
    const auto given = [&](const QString &key) {
        return settings.contains(key) && !settings.value(key).value.isEmpty();
    };

    Deployment deployment;
    deployment.sourceFile = absolute;

    if (given(u"service/url"_s)) {
        const QUrl url(valueOf(u"service/url"_s), QUrl::StrictMode);
        if (const Status usable = net::ServiceClient::checkBaseUrl(url); usable)
            deployment.serverUrl = url;
        else
            reader.reject(u"service/url"_s, usable.error().message);
    }
    if (given(u"service/pinned_keys"_s)) {
        for (const QString &part : valueOf(u"service/pinned_keys"_s).split(u',')) {
            const QString pin = part.trimmed();
            if (const Result<QByteArray> digest = net::ServiceClient::decodePin(pin); digest) {
                deployment.pinnedKeys << pin;
            } else {
                reader.reject(
                    u"service/pinned_keys"_s,
                    tr("\"%1\" is not a pin. %2").arg(excerpt(pin), digest.error().message));
            }
        }
    }
    if (given(u"service/ca_file"_s)) {
        const QString file = resolvePath(info.absoluteDir(), valueOf(u"service/ca_file"_s));
        QFile probe(file);
        if (!QFileInfo(file).isFile() || !probe.open(QIODevice::ReadOnly)) {
            reader.reject(u"service/ca_file"_s,
                          tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(file)));
        } else {
            const QList<QSslCertificate> authorities = QSslCertificate::fromDevice(&probe);
            if (authorities.isEmpty()) {
                reader.reject(u"service/ca_file"_s, tr("The file %1 holds no PEM certificate.")
                                                        .arg(QDir::toNativeSeparators(file)));
            } else {
                deployment.certificateAuthorityFile = file;
                deployment.certificateAuthorities = authorities;
            }
        }
    }
    if (given(u"lock/idle_minutes"_s)) {
        const QString value = valueOf(u"lock/idle_minutes"_s);
        const int shortest = int(session::IdleLock::ShortestPeriod.count());
        const int longest = int(session::IdleLock::LongestPeriod.count());
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (ok && minutes >= shortest && minutes <= longest) {
            deployment.idleLockMinutes = minutes;
        } else {
            reader.reject(u"lock/idle_minutes"_s,
                          tr("\"%1\" is not a whole number of minutes from %2 to %3.")
                              .arg(excerpt(value))
                              .arg(shortest)
                              .arg(longest));
        }
    }
    deployment.contact.name = valueOf(u"contact/name"_s);
    deployment.contact.phone = valueOf(u"contact/phone"_s);
    if (given(u"contact/email"_s)) {
        static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        const QString email = valueOf(u"contact/email"_s);
        if (address.match(email).hasMatch())
            deployment.contact.email = email;
        else
            reader.reject(u"contact/email"_s,
                          tr("\"%1\" is not an email address.").arg(excerpt(email)));
    }

    // A refused file is reported by the caller (main prints the message), not logged too.
    if (!reader.problems().isEmpty())
        return deploymentError(absolute, reader.problems());
    qCInfo(lcDeployment) << "deployment file read; pins" << deployment.pinnedKeys.size()
                         << "extra authorities" << deployment.certificateAuthorities.size()
                         << "idle minutes" << deployment.idleLockMinutes;
    return deployment;
}

Result<Deployment> DeploymentConfig::resolve(const QString &commandLineFile,
                                             const QString &systemFile)
{
    if (!commandLineFile.isEmpty())
        return load(commandLineFile);
    // exists() is false for a dangling link; a file that is there but unreadable is an error.
    if (!systemFile.isEmpty() &&
        (QFileInfo::exists(systemFile) || QFileInfo(systemFile).isSymLink()))
        return load(systemFile);
    qCInfo(lcDeployment) << "no deployment file; using the defaults";
    return Deployment{};
}

} // namespace tv::startup
