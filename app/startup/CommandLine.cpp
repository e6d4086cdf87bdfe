#include "app/startup/CommandLine.h"

#include "app/net/ServiceClient.h"
#include "app/startup/DeploymentConfig.h"
#include "models/domain/Version.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace tv::startup {
namespace {

CommandLine::Outcome failure(const QString &text)
{
    return {CommandLine::Action::Fail, {}, text + u'\n', CommandLine::UsageError};
}

// Options that QApplication itself reads from the command line; accepted here, not shown.
void addQtGuiOptions(QCommandLineParser &parser)
{
    const QStringList withValue{u"platform"_s,     u"platformtheme"_s, u"plugin"_s,
                                u"style"_s,        u"stylesheet"_s,    u"qwindowgeometry"_s,
                                u"qwindowtitle"_s, u"display"_s,       u"session"_s};
    for (const QString &name : withValue) {
        QCommandLineOption option(name, QString(), u"value"_s);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const QString &name : {u"reverse"_s, u"widgetcount"_s}) {
        QCommandLineOption option(name);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

// Qt names the program after argv[0], or a placeholder when no application object exists yet;
// the help always names it as people type it.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype endOfUsage = text.indexOf(u'\n');
    if (text.startsWith(u"Usage: "_s) && endOfUsage > 0)
        text.replace(0, endOfUsage, u"Usage: transform-view [options]"_s);
    return text;
}

} // namespace

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("TransformView shows school safeguarding staff a read-only, minimised and audited "
           "view of the council's Transform data."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption trainingOption(
        u"training"_s, tr("Start a local training service with fictional sample data and "
                          "prepare the sign-in for the demo trainer."));
    const QCommandLineOption serverOption(
        u"server"_s,
        tr("The address of the TransformView service, for example "
           "https://transform.example.org."),
        tr("URL"));
    const QCommandLineOption deploymentOption(
        u"deployment"_s,
        tr("Read the deployment settings set by your IT department (server address, pinned "
           "keys, idle lock) from FILE instead of %1.")
            .arg(DeploymentConfig::systemPath()),
        tr("FILE"));
    parser.addOption(trainingOption);
    parser.addOption(serverOption);
    parser.addOption(deploymentOption);
    addQtGuiOptions(parser);

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption) || parser.optionNames().contains(u"help-all"_s))
        return {Action::ShowHelp, {}, helpText(parser), 0};
    if (parser.isSet(versionOption))
        return {Action::ShowVersion, {}, u"transform-view "_s + tv::ProductVersion + u'\n', 0};
    if (!parser.positionalArguments().isEmpty()) {
        return failure(
            tr("Unexpected argument: %1. Run transform-view --help to see what it accepts.")
                .arg(parser.positionalArguments().constFirst()));
    }

    StartupOptions options;
    options.training = parser.isSet(trainingOption);
    if (parser.isSet(serverOption)) {
        if (options.training) {
            return failure(tr("--training starts its own local service, so it cannot be "
                              "combined with --server."));
        }
        options.serverUrl = QUrl(parser.value(serverOption), QUrl::StrictMode);
        if (const Status usable = net::ServiceClient::checkBaseUrl(options.serverUrl); !usable)
            return failure(usable.error().message);
    }
    const QString deploymentFile = parser.value(deploymentOption);
    if (parser.isSet(deploymentOption) && deploymentFile.isEmpty())
        return failure(tr("--deployment needs the path of a deployment file."));
    return {Action::Run, options, QString(), 0, deploymentFile};
}

} // namespace tv::startup
