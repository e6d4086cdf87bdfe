// transform-service: parses the command line, loads the configuration and runs one command.
#include "ServerConfig.h"
#include "cli/Commands.h"
#include "domain/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tv::server;

namespace {

const QStringList Commands{u"serve"_s, u"migrate"_s, u"create-user"_s};

int usageError(QTextStream &err, const QString &message)
{
    err << "transform-service: " << message << " Try 'transform-service --help'." << Qt::endl;
    return cli::Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"transform-service"_s);
    QCoreApplication::setApplicationVersion(tv::ProductVersion.toString());
    // Debug output on request only (QT_LOGGING_RULES="tv.*.debug=true" overrides this).
    QLoggingCategory::setFilterRules(u"tv.*.debug=false"_s);
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}"
                       u"%{if-info}info%{endif}%{if-warning}warning%{endif}"
                       u"%{if-critical}critical%{endif}%{if-fatal}fatal%{endif} "
                       u"%{category}: %{message}"_s);
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // `transform-service [command] [options]`; without a command, serve.
    const QStringList arguments = QCoreApplication::arguments();
    QString command = u"serve"_s;
    QStringList commandArguments{arguments.value(0)};
    if (arguments.size() > 1 && !arguments.at(1).startsWith(u'-')) {
        command = arguments.at(1);
        commandArguments << arguments.mid(2);
    } else {
        commandArguments << arguments.mid(1);
    }
    if (!Commands.contains(command))
        return usageError(err, u"Unknown command '%1'."_s.arg(command));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The TransformView council service: identity, access and the data rules, over HTTPS "
        u"and JSON.\n\n"
        u"Commands:\n"
        u"  serve        Run the service (the default).\n"
        u"  migrate      Apply the missing database migrations, then exit.\n"
        u"  create-user  Create an account; the password is the first line of standard input."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption config({u"c"_s, u"config"_s},
                                    u"Read the configuration from <file> (INI)."_s, u"file"_s);
    const QCommandLineOption email(u"email"_s, u"create-user: the account's email."_s,
                                   u"address"_s);
    const QCommandLineOption displayName(
        u"display-name"_s, u"create-user: the name shown for the account."_s, u"name"_s);
    const QCommandLineOption role(u"role"_s,
                                  u"create-user: practitioner (default), admin or trainer."_s,
                                  u"role"_s, u"practitioner"_s);
    const QCommandLineOption organisation(
        u"organisation"_s, u"create-user: the organisation's name (created when missing)."_s,
        u"name"_s);
    parser.addOption(config);
    if (command == "create-user"_L1) {
        parser.addOptions({email, displayName, role, organisation});
    }
    parser.addPositionalArgument(u"command"_s, u"serve, migrate or create-user."_s, u"[command]"_s);

    if (!parser.parse(commandArguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return cli::Success;
    }
    if (parser.isSet(version)) {
        out << "transform-service " << tv::ProductVersion.toString() << Qt::endl;
        return cli::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
                          u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(config))
        return usageError(err, u"The option --config <file> is required."_s);

    cli::NewAccount account;
    if (command == "create-user"_L1) {
        for (const QCommandLineOption *required : {&email, &displayName, &organisation}) {
            if (!parser.isSet(*required)) {
                return usageError(err, u"create-user needs --%1."_s.arg(required->names().first()));
            }
        }
        const auto parsedRole = tv::roles::fromWireName(parser.value(role));
        if (!parsedRole) {
            return usageError(err, u"The role '%1' is not practitioner, admin or trainer."_s.arg(
                                       parser.value(role)));
        }
        account = cli::NewAccount{parser.value(email), parser.value(displayName), *parsedRole,
                                  parser.value(organisation)};
    }

    const tv::Result<ServerConfig> loaded = ServerConfig::load(parser.value(config));
    if (!loaded) {
        err << "transform-service: " << loaded.error().message << Qt::endl;
        return cli::Failure;
    }

    if (command == "migrate"_L1)
        return cli::migrate(loaded.value(), out, err);
    if (command == "create-user"_L1)
        return cli::createUser(loaded.value(), account, in, out, err);
    return cli::serve(loaded.value(), err);
}
