// The built transform-view program: --help and --version answer without a display, usage
// errors exit with 2, and --training starts the embedded service.

#include "models/domain/Version.h"
#include "tests/support/TestProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = tv::test::Finished;

// Runs transform-view with no display at all, as over SSH or in a packaging script.
Run run(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    return tv::test::runToEnd(QStringLiteral(TV_EXECUTABLE), arguments, {}, environment);
}

} // namespace

class TestMain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void badDeploymentFileStopsTheProgram_data();
    void badDeploymentFileStopsTheProgram();
    void trainingStartsTheEmbeddedService();
};

void TestMain::version()
{
    const Run result = run({u"--version"_s});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"transform-view "_s + tv::ProductVersion + u'\n');
    QCOMPARE(result.err, QString());
}

void TestMain::help()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Usage: transform-view [options]\n"_s), qPrintable(result.out));
    for (const QString &option : {u"--help"_s, u"--version"_s, u"--training"_s, u"--server <URL>"_s,
                                  u"--deployment <FILE>"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
    QCOMPARE(result.err, QString());
}

void TestMain::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown option")
        << QStringList{u"--no-such-option"_s} << u"Unknown option 'no-such-option'."_s;
    QTest::newRow("plain http server")
        << QStringList{u"--server"_s, u"http://transform.example.org"_s}
        << u"The server address must start with https://"_s;
}

void TestMain::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run result = run(arguments);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
}

void TestMain::badDeploymentFileStopsTheProgram_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no file at all
    QTest::addColumn<QString>("says");
    QTest::newRow("missing file") << QByteArray() << u"The file cannot be read."_s;
    QTest::newRow("plain http to another computer")
        << QByteArray("[service]\nurl=http://transform.example.org\n")
        << u"Line 2, service/url: The server address must start with https://"_s;
    QTest::newRow("idle lock too long")
        << QByteArray("[lock]\nidle_minutes=600\n") << u"Line 2, lock/idle_minutes: \"600\""_s;
}

void TestMain::badDeploymentFileStopsTheProgram()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"deployment.ini"_s);
    if (!contents.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(contents), contents.size());
    }
    // No display either: the file is refused before any window could open.
    const Run result = run({u"--deployment"_s, file});
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(u"The deployment file %1 cannot be used:\n"_s.arg(file)),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
}

void TestMain::trainingStartsTheEmbeddedService()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"tv.*.info=true"_s);
    tv::test::RunningProcess training(QStringLiteral(TV_EXECUTABLE), {u"--training"_s}, environment,
                                      QProcess::MergedChannels);
    QProcess &process = training.process();
    const QString &output = training.output();
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(output.contains(u"tv.app.training: training service running"_s),
                             30000);
    QVERIFY(output.contains(u"tv.ui: showing the login window"_s));
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    QVERIFY(process.waitForFinished());
}

QTEST_GUILESS_MAIN(TestMain)
#include "tst_main.moc"
