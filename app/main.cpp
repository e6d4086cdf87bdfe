// The composition root: reads the command line, creates the application and hands over to the
// client shell. Nothing else belongs here.

#include "app/platform/ProcessHygiene.h"
#include "app/startup/CommandLine.h"
#include "app/startup/DeploymentConfig.h"
#include "models/domain/Version.h"
#include "ui/common/Accessibility.h"
#include "ui/shell/ClientShell.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Before anything holds a token or person data: no core dumps, private file modes.
    tv::platform::hardenProcess();

    // --help and --version are answered before QApplication exists, so they need no display.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const tv::startup::CommandLine::Outcome outcome = tv::startup::CommandLine::parse(arguments);
    if (outcome.action != tv::startup::CommandLine::Action::Run) {
        std::FILE *stream =
            outcome.action == tv::startup::CommandLine::Action::Fail ? stderr : stdout;
        std::fputs(outcome.text.toLocal8Bit().constData(), stream);
        return outcome.exitCode;
    }
    // The council's settings: a file that is there but wrong stops the program here, before a
    // window opens, rather than running without a security setting it asked for.
    const tv::Result<tv::startup::Deployment> deployment =
        tv::startup::DeploymentConfig::resolve(outcome.deploymentFile);
    if (!deployment) {
        std::fputs((deployment.error().message + u'\n').toLocal8Bit().constData(), stderr);
        return tv::startup::CommandLine::UsageError;
    }

    QApplication application(argc, argv);
    tv::ui::installAccessibility(); // before any window exists
    QApplication::setApplicationName(u"transform-view"_s);
    QApplication::setApplicationDisplayName(tv::ProductName.toString());
    QApplication::setApplicationVersion(tv::ProductVersion.toString());
    QApplication::setOrganizationName(tv::ProductName.toString());
    QApplication::setWindowIcon(QIcon(u":/icons/transformview.png"_s));
    QTranslator translator;
    if (translator.load(QLocale(), u"transformview"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    tv::ui::ClientShell shell(outcome.options, deployment.value());
    shell.start();
    return QApplication::exec();
}
