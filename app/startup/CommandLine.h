#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tv::startup {

// What the program was asked to do when it runs.
struct StartupOptions {
    bool training = false; // run a local training service on fictional data
    QUrl serverUrl;        // preset in the login window; empty when not given

    friend bool operator==(const StartupOptions &, const StartupOptions &) = default;
};

// Reads the command line before QApplication exists, so --help and --version work without a
// display. Qt's own GUI options (-platform, -style, ...) are accepted and left to QApplication.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(tv::startup::CommandLine)

public:
    // The exit code of a usage or configuration error.
    static constexpr int UsageError = 2;

    enum class Action {
        Run,         // start the program with `options`
        ShowHelp,    // print `text` to standard output and exit with `exitCode` (0)
        ShowVersion, // print `text` to standard output and exit with `exitCode` (0)
        Fail,        // print `text` to standard error and exit with `exitCode` (2)
    };

    struct Outcome {
        Action action = Action::Run;
        StartupOptions options;
        QString text;
        int exitCode = 0;
        // --deployment FILE: read instead of the system-wide deployment file (DeploymentConfig
        // reads it, before QApplication exists); empty when not given.
        QString deploymentFile = {};
    };

    // `arguments` includes the program name first, as in QCoreApplication::arguments().
    static Outcome parse(const QStringList &arguments);
};

} // namespace tv::startup
