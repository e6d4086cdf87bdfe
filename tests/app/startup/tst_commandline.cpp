// CommandLine: what each command line asks the program to do.

#include "app/net/ServiceClient.h"
#include "app/startup/CommandLine.h"
#include "app/startup/DeploymentConfig.h"
#include "models/domain/Version.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::startup::CommandLine;
using tv::startup::StartupOptions;

namespace {
CommandLine::Outcome parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{u"transform-view"_s} + arguments);
}
} // namespace

class TestCommandLine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void run_data();
    void run();
    void help_data();
    void help();
    void version();
    void fails_data();
    void fails();
};

void TestCommandLine::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("training");
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("deployment");

    QTest::newRow("nothing") << QStringList{} << false << QUrl() << QString();
    QTest::newRow("training") << QStringList{u"--training"_s} << true << QUrl() << QString();
    QTest::newRow("server") << QStringList{u"--server"_s, u"https://transform.example.org"_s}
                            << false << QUrl(u"https://transform.example.org"_s) << QString();
    QTest::newRow("server=") << QStringList{u"--server=https://transform.example.org:8443"_s}
                             << false << QUrl(u"https://transform.example.org:8443"_s) << QString();
    QTest::newRow("local http server") << QStringList{u"--server"_s, u"http://127.0.0.1:8080"_s}
                                       << false << QUrl(u"http://127.0.0.1:8080"_s) << QString();
    QTest::newRow("Qt's own options pass")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"-reverse"_s, u"--training"_s} << true
        << QUrl() << QString();
    // The file is read later (DeploymentConfig), so the command line only carries its name.
    QTest::newRow("deployment") << QStringList{u"--deployment"_s, u"/srv/tv/deployment.ini"_s}
                                << false << QUrl() << u"/srv/tv/deployment.ini"_s;
    QTest::newRow("deployment and training")
        << QStringList{u"--training"_s, u"--deployment=deployment.ini"_s} << true << QUrl()
        << u"deployment.ini"_s;
}

void TestCommandLine::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, training);
    QFETCH(QUrl, server);
    QFETCH(QString, deployment);
    const CommandLine::Outcome outcome = parse(arguments);
    QCOMPARE(outcome.action, CommandLine::Action::Run);
    QCOMPARE(outcome.options, (StartupOptions{training, server}));
    QCOMPARE(outcome.deploymentFile, deployment);
    QCOMPARE(outcome.exitCode, 0);
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
    QTest::newRow("--help-all") << u"--help-all"_s;
}

void TestCommandLine::help()
{
    QFETCH(QString, option);
    const CommandLine::Outcome outcome = parse({option});
    QCOMPARE(outcome.action, CommandLine::Action::ShowHelp);
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.text.startsWith(u"Usage: transform-view [options]\n"_s));
    QVERIFY(outcome.text.contains(u"--training"_s));
    QVERIFY(outcome.text.contains(u"--server <URL>"_s));
    QVERIFY(outcome.text.contains(u"--version"_s));
    QVERIFY(outcome.text.contains(u"--deployment <FILE>"_s));
    QVERIFY(outcome.text.contains(tv::startup::DeploymentConfig::systemPath()));
    QVERIFY(!outcome.text.contains(u"-platform"_s)); // Qt's options stay out of sight
}

void TestCommandLine::version()
{
    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const CommandLine::Outcome outcome = parse({option});
        QCOMPARE(outcome.action, CommandLine::Action::ShowVersion);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.text, u"transform-view "_s + tv::ProductVersion + u'\n');
    }
}

void TestCommandLine::fails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("missing server value") << QStringList{u"--server"_s} << u"server"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"Unexpected argument: extra"_s;
    QTest::newRow("plain http to another host")
        << QStringList{u"--server"_s, u"http://transform.example.org"_s} << u"https://"_s;
    QTest::newRow("not a web address")
        << QStringList{u"--server"_s, u"ftp://transform.example.org"_s}
        << u"not a valid web address"_s;
    QTest::newRow("training and server")
        << QStringList{u"--training"_s, u"--server"_s, u"https://transform.example.org"_s}
        << u"cannot be combined"_s;
    QTest::newRow("missing deployment value") << QStringList{u"--deployment"_s} << u"deployment"_s;
    QTest::newRow("empty deployment value")
        << QStringList{u"--deployment="_s}
        << u"--deployment needs the path of a deployment file."_s;
}

void TestCommandLine::fails()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CommandLine::Outcome outcome = parse(arguments);
    QCOMPARE(outcome.action, CommandLine::Action::Fail);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.text.contains(says), qPrintable(outcome.text));
    QVERIFY(outcome.text.endsWith(u'\n'));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
