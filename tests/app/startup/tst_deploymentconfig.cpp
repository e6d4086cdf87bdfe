// DeploymentConfig: every key, every bad value, where the file comes from, and that nothing a
// user sets (QSettings) takes part.

#include "app/startup/DeploymentConfig.h"
#include "tests/app/support/SelfSigned.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::startup::Deployment;
using tv::startup::DeploymentConfig;

Q_DECLARE_METATYPE(tv::startup::Deployment)

namespace {

// Two well-formed pins (base64 of 32 bytes).
const auto PinA = u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s;
const auto PinB = u"AbpHGcgLb+kRsJGnwFEktk7uzpZOCcBY74+YBdrKVGs="_s;

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(contents) == contents.size();
}

} // namespace

namespace QTest {
template <>
char *toString(const Deployment &deployment)
{
    return qstrdup(u"url=%1 pins=%2 ca=%3(%4) idle=%5 contact=%6|%7|%8 source=%9"_s
                       .arg(deployment.serverUrl.toString(), deployment.pinnedKeys.join(u','),
                            deployment.certificateAuthorityFile)
                       .arg(deployment.certificateAuthorities.size())
                       .arg(deployment.idleLockMinutes)
                       .arg(deployment.contact.name, deployment.contact.email,
                            deployment.contact.phone, deployment.sourceFile)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestDeploymentConfig final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noFileGivesTheDefaults();
    void everyKey_data();
    void everyKey();
    void badValues_data();
    void badValues();
    void unreadableFilesAreErrors_data();
    void unreadableFilesAreErrors();
    void commandLineFileComesBeforeTheSystemFile();
    void aBrokenFileIsNeverSkipped_data();
    void aBrokenFileIsNeverSkipped();
    void userSettingsAreIgnored();
    void theExampleFileLoads();
    void theSystemPathIsAbsolute();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes `ini` to a file of its own and loads it.
    tv::Result<Deployment> loadText(const QString &ini, QString *file = nullptr);

    QTemporaryDir m_dir;
    QList<QSslCertificate> m_authorities;
    int m_files = 0;
};

void TestDeploymentConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto identity = tv::test::makeSelfSigned(m_dir);
    QVERIFY2(identity, "openssl could not make a certificate");
    QVERIFY(QFile::copy(identity->certificateFile, path(u"council-ca.pem"_s)));
    m_authorities = {identity->certificate};
    QVERIFY(writeFile(path(u"not-a-certificate.pem"_s), "just some text\n"));
    QVERIFY(QDir(m_dir.path()).mkdir(u"a-directory.pem"_s));
}

tv::Result<Deployment> TestDeploymentConfig::loadText(const QString &ini, QString *file)
{
    const QString name = path(u"deployment-%1.ini"_s.arg(++m_files));
    if (file)
        *file = name;
    if (!writeFile(name, ini.toUtf8()))
        return tv::Error{u"test"_s, u"could not write "_s + name};
    return DeploymentConfig::load(name);
}

void TestDeploymentConfig::noFileGivesTheDefaults()
{
    const auto deployment = DeploymentConfig::resolve({}, path(u"no-such-system-file.ini"_s));
    QVERIFY(deployment.ok());
    QCOMPARE(deployment.value(), Deployment{});
    QCOMPARE(deployment.value().idleLockMinutes, 5);
    QVERIFY(deployment.value().serverUrl.isEmpty());
    QVERIFY(deployment.value().pinnedKeys.isEmpty());
    QVERIFY(deployment.value().certificateAuthorities.isEmpty());
    QVERIFY(deployment.value().contact.isEmpty());
    QVERIFY(deployment.value().sourceFile.isEmpty());
}

void TestDeploymentConfig::everyKey_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<Deployment>("expected");

    const auto with = [](auto change) {
        Deployment deployment;
        change(deployment);
        return deployment;
    };
    QTest::newRow("empty file") << QString() << Deployment{};
    QTest::newRow("url https") << u"[service]\nurl=https://transform.council.example\n"_s
                               << with([](Deployment &d) {
                                      d.serverUrl = QUrl(u"https://transform.council.example"_s);
                                  });
    QTest::newRow("url https with port and path")
        << u"[service]\nurl=https://transform.council.example:8443/tv\n"_s
        << with([](Deployment &d) {
               d.serverUrl = QUrl(u"https://transform.council.example:8443/tv"_s);
           });
    QTest::newRow("url http to this computer")
        << u"[service]\nurl=http://127.0.0.1:8080\n"_s
        << with([](Deployment &d) { d.serverUrl = QUrl(u"http://127.0.0.1:8080"_s); });
    QTest::newRow("one pin") << u"[service]\npinned_keys=%1\n"_s.arg(PinA)
                             << with([](Deployment &d) { d.pinnedKeys = {PinA}; });
    QTest::newRow("two pins") << u"[service]\npinned_keys = %1 ,%2\n"_s.arg(PinA, PinB)
                              << with([](Deployment &d) {
                                     d.pinnedKeys = {PinA, PinB};
                                 });
    const QString caFile = QDir::cleanPath(path(u"council-ca.pem"_s));
    const QList<QSslCertificate> authorities = m_authorities;
    QTest::newRow("ca_file beside the file")
        << u"[service]\nca_file=council-ca.pem\n"_s << with([&](Deployment &d) {
               d.certificateAuthorityFile = caFile;
               d.certificateAuthorities = authorities;
           });
    QTest::newRow("ca_file absolute")
        << u"[service]\nca_file=%1\n"_s.arg(caFile) << with([&](Deployment &d) {
               d.certificateAuthorityFile = caFile;
               d.certificateAuthorities = authorities;
           });
    QTest::newRow("idle_minutes shortest")
        << u"[lock]\nidle_minutes=1\n"_s << with([](Deployment &d) { d.idleLockMinutes = 1; });
    QTest::newRow("idle_minutes longest")
        << u"[lock]\nidle_minutes=60\n"_s << with([](Deployment &d) { d.idleLockMinutes = 60; });
    QTest::newRow("idle_minutes between")
        << u"[lock]\nidle_minutes = 17\n"_s << with([](Deployment &d) { d.idleLockMinutes = 17; });
    QTest::newRow("contact")
        << u"[contact]\nname=Transform team\nemail=transform@council.example\n"
           "phone=01234 567890\n"_s
        << with([](Deployment &d) {
               d.contact = {u"Transform team"_s, u"transform@council.example"_s, u"01234 567890"_s};
           });
    QTest::newRow("comments, blank lines, CRLF, byte order mark")
        << u"\ufeff; the council's settings\r\n\r\n# another comment\r\n[lock]\r\n"
           "idle_minutes=7   ; seven minutes\r\n  [contact]  \r\nname = Transform team \r\n"_s
        << with([](Deployment &d) {
               d.idleLockMinutes = 7;
               d.contact.name = u"Transform team"_s;
           });
    QTest::newRow("every key")
        << u"[service]\nurl=https://transform.council.example\npinned_keys=%1\n"
           "ca_file=council-ca.pem\n[lock]\nidle_minutes=10\n[contact]\nname=T\n"
           "email=t@council.example\nphone=1\n"_s.arg(PinB)
        << with([&](Deployment &d) {
               d.serverUrl = QUrl(u"https://transform.council.example"_s);
               d.pinnedKeys = {PinB};
               d.certificateAuthorityFile = caFile;
               d.certificateAuthorities = authorities;
               d.idleLockMinutes = 10;
               d.contact = {u"T"_s, u"t@council.example"_s, u"1"_s};
           });
}

void TestDeploymentConfig::everyKey()
{
    QFETCH(QString, ini);
    QFETCH(Deployment, expected);
    QString file;
    const auto deployment = loadText(ini, &file);
    QVERIFY2(deployment.ok(), deployment.ok() ? "" : qPrintable(deployment.error().message));
    expected.sourceFile = file;
    QCOMPARE(deployment.value(), expected);
}

void TestDeploymentConfig::badValues_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QStringList>("says");

    const QString missing = QDir::cleanPath(path(u"missing.pem"_s));
    const QString notCertificate = QDir::cleanPath(path(u"not-a-certificate.pem"_s));
    const QString directory = QDir::cleanPath(path(u"a-directory.pem"_s));
    QTest::newRow("url malformed")
        << u"[service]\nurl=https://transform council.example\n"_s
        << QStringList{u"Line 2, service/url: The server address is not a valid web address."_s};
    QTest::newRow("url without a scheme")
        << u"[service]\nurl=transform.council.example\n"_s
        << QStringList{u"Line 2, service/url: The server address is not a valid web address."_s};
    QTest::newRow("url plain http to another computer")
        << u"[service]\n\nurl=http://transform.council.example\n"_s
        << QStringList{u"Line 3, service/url: The server address must start with https://"_s};
    QTest::newRow("url another scheme")
        << u"[service]\nurl=ftp://transform.council.example\n"_s
        << QStringList{u"Line 2, service/url: The server address is not a valid web address."_s};
    QTest::newRow("pin not base64")
        << u"[service]\npinned_keys=not-a-pin!\n"_s
        << QStringList{u"Line 2, service/pinned_keys: \"not-a-pin!\" is not a pin. A pinned key "
                       "must be the base64 SHA-256 of the server's public key"_s};
    QTest::newRow("pin of the wrong length")
        << u"[service]\npinned_keys=%1\n"_s.arg(QString::fromLatin1(QByteArray(16, 'a').toBase64()))
        << QStringList{
               u"Line 2, service/pinned_keys: \"YWFhYWFhYWFhYWFhYWFhYQ==\" is not a pin."_s};
    QTest::newRow("one good pin, one bad")
        << u"[service]\npinned_keys=%1, %2x\n"_s.arg(PinA, PinB)
        << QStringList{u"Line 2, service/pinned_keys: \"%1x\" is not a pin."_s.arg(PinB)};
    QTest::newRow("pins with an empty one")
        << u"[service]\npinned_keys=%1,,%2\n"_s.arg(PinA, PinB)
        << QStringList{u"Line 2, service/pinned_keys: \"\" is not a pin."_s};
    QTest::newRow("ca_file missing")
        << u"[service]\nca_file=missing.pem\n"_s
        << QStringList{u"Line 2, service/ca_file: The file %1 cannot be read."_s.arg(missing)};
    QTest::newRow("ca_file a directory")
        << u"[service]\nca_file=a-directory.pem\n"_s
        << QStringList{u"Line 2, service/ca_file: The file %1 cannot be read."_s.arg(directory)};
    QTest::newRow("ca_file without a certificate")
        << u"[service]\nca_file=not-a-certificate.pem\n"_s
        << QStringList{u"Line 2, service/ca_file: The file %1 holds no PEM certificate."_s.arg(
               notCertificate)};
    for (const QString &value : {u"0"_s, u"61"_s, u"-5"_s, u"five"_s, u"5.5"_s, u"5 minutes"_s}) {
        QTest::addRow("idle_minutes %s", qPrintable(value))
            << u"[lock]\nidle_minutes=%1\n"_s.arg(value)
            << QStringList{u"Line 2, lock/idle_minutes: \"%1\" is not a whole number of minutes "
                           "from 1 to 60."_s.arg(value)};
    }
    QTest::newRow("email without @")
        << u"[contact]\nemail=transform.council.example\n"_s
        << QStringList{u"Line 2, contact/email: \"transform.council.example\" is not an email "
                       "address."_s};
    QTest::newRow("empty value") << u"[service]\nurl=\n"_s
                                 << QStringList{u"Line 2, service/url: The value is empty; give a "
                                                "value or remove the line."_s};
    QTest::newRow("unknown key")
        << u"[lock]\nidle=5\n"_s
        << QStringList{u"Line 2: idle is not a setting of [lock]; its settings are "
                       "idle_minutes."_s};
    QTest::newRow("unknown section")
        << u"[server]\nurl=https://transform.council.example\n"_s
        << QStringList{u"Line 1: [server] is not a section of a deployment file; the sections are "
                       "[service], [lock], [contact]."_s,
                       u"Line 2: url is not under a section"_s};
    QTest::newRow("setting before any section")
        << u"idle_minutes=5\n"_s
        << QStringList{u"Line 1: idle_minutes is not under a section; put it under one of "
                       "[service], [lock], [contact]."_s};
    QTest::newRow("key given twice")
        << u"[lock]\nidle_minutes=30\n; later\nidle_minutes=5\n"_s
        << QStringList{u"Line 4, lock/idle_minutes: This is set a second time; the first is on "
                       "line 2."_s};
    QTest::newRow("not a setting") << u"[lock]\nidle_minutes 5\n"_s
                                   << QStringList{u"Line 2: \"idle_minutes 5\" is not a [section], "
                                                  "a key=value setting or a comment."_s};
    QTest::newRow("unclosed section")
        << u"[lock\nidle_minutes=5\n"_s << QStringList{u"Line 1: \"[lock\" is not a [section]"_s};
    QTest::newRow("every problem at once")
        << u"[service]\nurl=http://transform.council.example\n[lock]\nidle_minutes=0\n"_s
        << QStringList{u"Line 2, service/url:"_s, u"Line 4, lock/idle_minutes:"_s};
}

void TestDeploymentConfig::badValues()
{
    QFETCH(QString, ini);
    QFETCH(QStringList, says);
    QString file;
    const auto deployment = loadText(ini, &file);
    QVERIFY(!deployment.ok());
    const QString message = deployment.error().message;
    QCOMPARE(deployment.error().code, u"invalid_deployment"_s);
    QVERIFY2(message.startsWith(u"The deployment file %1 cannot be used:\n"_s.arg(file)),
             qPrintable(message));
    for (const QString &part : says)
        QVERIFY2(message.contains(part), qPrintable(message));
    QVERIFY2(message.endsWith(u"TransformView does not start until it is corrected. Ask your IT "
                              "department to correct it."_s),
             qPrintable(message));
}

void TestDeploymentConfig::unreadableFilesAreErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("missing") << path(u"no-such-deployment.ini"_s);
    QTest::newRow("a directory") << m_dir.path();
    QTest::newRow("unreadable") << path(u"unreadable.ini"_s);
}

void TestDeploymentConfig::unreadableFilesAreErrors()
{
    QFETCH(QString, file);
    if (file.endsWith(u"unreadable.ini"_s)) {
        QVERIFY(writeFile(file, "[lock]\nidle_minutes=5\n"));
        QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
        QFile probe(file);
        if (probe.open(QIODevice::ReadOnly)) // root reads whatever the mode says
            QVERIFY(QFile::remove(file));    // so the file is missing instead: still an error
    }
    const auto deployment = DeploymentConfig::load(file);
    QVERIFY(!deployment.ok());
    QCOMPARE(deployment.error().message.section(u'\n', 0, 1),
             u"The deployment file %1 cannot be used:\n  The file cannot be read."_s.arg(
                 QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())));
}

void TestDeploymentConfig::commandLineFileComesBeforeTheSystemFile()
{
    const QString system = path(u"system.ini"_s);
    const QString commandLine = path(u"command-line.ini"_s);
    QVERIFY(writeFile(system, "[lock]\nidle_minutes=20\n"));
    QVERIFY(writeFile(commandLine, "[lock]\nidle_minutes=10\n"));

    const auto chosen = DeploymentConfig::resolve(commandLine, system);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value().idleLockMinutes, 10);
    QCOMPARE(chosen.value().sourceFile, commandLine);

    const auto fromSystem = DeploymentConfig::resolve({}, system);
    QVERIFY(fromSystem.ok());
    QCOMPARE(fromSystem.value().idleLockMinutes, 20);
    QCOMPARE(fromSystem.value().sourceFile, system);

    const auto neither = DeploymentConfig::resolve({}, path(u"absent.ini"_s));
    QVERIFY(neither.ok());
    QCOMPARE(neither.value(), Deployment{});
}

void TestDeploymentConfig::aBrokenFileIsNeverSkipped_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("named");
    const QString good = path(u"good.ini"_s);
    const QString broken = path(u"broken.ini"_s);
    const QString absent = path(u"absent.ini"_s);
    QTest::newRow("broken system file") << QString() << broken << broken;
    QTest::newRow("broken command-line file, good system file") << broken << good << broken;
    QTest::newRow("missing command-line file, good system file") << absent << good << absent;
    QTest::newRow("dangling system link")
        << QString() << path(u"dangling.ini"_s) << path(u"dangling.ini"_s);
}

void TestDeploymentConfig::aBrokenFileIsNeverSkipped()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, system);
    QFETCH(QString, named);
    QVERIFY(writeFile(path(u"good.ini"_s), "[lock]\nidle_minutes=20\n"));
    QVERIFY(writeFile(path(u"broken.ini"_s), "[lock]\nidle_minutes=600\n"));
    QFile::remove(path(u"dangling.ini"_s));
    QVERIFY(QFile::link(path(u"nowhere.ini"_s), path(u"dangling.ini"_s)));
    const auto deployment = DeploymentConfig::resolve(commandLine, system);
    QVERIFY(!deployment.ok());
    QVERIFY2(deployment.error().message.startsWith(
                 u"The deployment file %1 cannot be used:"_s.arg(named)),
             qPrintable(deployment.error().message));
}

void TestDeploymentConfig::userSettingsAreIgnored()
{
    // The user's own settings, where a Qt program keeps them, say something else for every key.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TransformView"_s);
    QCoreApplication::setApplicationName(u"transform-view"_s);
    QSettings user;
    user.clear();
    for (const QString &key : {u"lock/idle_minutes"_s, u"idle_minutes"_s, u"idleLockMinutes"_s,
                               u"deployment/lock/idle_minutes"_s})
        user.setValue(key, 60);
    user.setValue(u"service/url"_s, u"https://elsewhere.example"_s);
    user.setValue(u"service/pinned_keys"_s, QString());
    user.sync();
    QCOMPARE(user.status(), QSettings::NoError);
    QVERIFY2(QFile::exists(user.fileName()), qPrintable(user.fileName()));
    QCOMPARE(QSettings().value(u"lock/idle_minutes"_s).toInt(), 60);

    const auto defaults = DeploymentConfig::resolve({}, path(u"absent.ini"_s));
    QVERIFY(defaults.ok());
    QCOMPARE(defaults.value().idleLockMinutes, 5);
    QVERIFY(defaults.value().serverUrl.isEmpty());

    const QString system = path(u"system-with-user-settings.ini"_s);
    QVERIFY(writeFile(system,
                      "[service]\npinned_keys=" + PinA.toLatin1() + "\n[lock]\nidle_minutes=3\n"));
    const auto fromSystem = DeploymentConfig::resolve({}, system);
    QVERIFY(fromSystem.ok());
    QCOMPARE(fromSystem.value().idleLockMinutes, 3);
    QCOMPARE(fromSystem.value().pinnedKeys, QStringList{PinA});
    QVERIFY(fromSystem.value().serverUrl.isEmpty());
    user.clear();
}

void TestDeploymentConfig::theExampleFileLoads()
{
    const QString example = qEnvironmentVariable("TV_TEST_SOURCE_DIR") +
                            u"/packaging/transform-view-deployment.example.ini"_s;
    const auto deployment = DeploymentConfig::load(example);
    QVERIFY2(deployment.ok(), deployment.ok() ? "" : qPrintable(deployment.error().message));
    QCOMPARE(deployment.value().serverUrl, QUrl(u"https://transform.council.example"_s));
    QCOMPARE(deployment.value().pinnedKeys.size(), 2);
    QCOMPARE(deployment.value().idleLockMinutes, 5);
    QCOMPARE(deployment.value().contact.email, u"transform@council.example"_s);
}

void TestDeploymentConfig::theSystemPathIsAbsolute()
{
    QVERIFY(QDir::isAbsolutePath(DeploymentConfig::systemPath()));
    QVERIFY(DeploymentConfig::systemPath().endsWith(u"deployment.ini"_s));
}

QTEST_GUILESS_MAIN(TestDeploymentConfig)
#include "tst_deploymentconfig.moc"
