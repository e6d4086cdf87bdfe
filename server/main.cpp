// transform-service: parses the command line, loads the configuration and runs one command.
#include "models/domain/Version.h"
#include "server/ServerConfig.h"
#include "server/ServerErrors.h"
#include "server/cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tv::server;

namespace {

const QStringList Commands{u"serve"_s, u"migrate"_s, u"create-user"_s, u"audit"_s, u"seed"_s};
// The subcommands of `transform-service audit`.
const QStringList AuditCommands{u"verify"_s};

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
    // Debug output on request only (QT_LOGGING_RULES="tv.*.debug=true" overrides this, in Debug
    // builds: release builds define QT_NO_DEBUG_OUTPUT and have none).
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
        u"  create-user  Create an account; the password is the first line of standard input.\n"
        u"               --email-verified marks its email as verified (the operator vouches\n"
        u"               for it), as the first admin needs.\n"
        u"  audit verify Check that the audit trail is complete and unchanged: exit status 0\n"
        u"               when it is intact, 1 with the first broken row when it is not.\n"
        u"  seed         Write generated fictional persons into an empty database:\n"
        u"               --persons N --seed S [--as-of YYYY-MM-DD] (default: today)."_s);
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
    const QCommandLineOption emailVerified(
        u"email-verified"_s,
        u"create-user: record the email as verified; the operator vouches for it."_s);
    parser.addOption(config);
    if (command == "create-user"_L1) {
        parser.addOptions({email, displayName, role, organisation, emailVerified});
    }
    const QCommandLineOption seedPersons(u"persons"_s, u"seed: how many persons."_s, u"N"_s);
    const QCommandLineOption seedValue(u"seed"_s, u"seed: the generator's seed."_s, u"S"_s);
    const QCommandLineOption seedAsOf(u"as-of"_s, u"seed: the as-of date (default today)."_s,
                                      u"YYYY-MM-DD"_s);
    if (command == "seed"_L1)
        parser.addOptions({seedPersons, seedValue, seedAsOf});
    parser.addPositionalArgument(
        u"command"_s, u"serve, migrate, create-user, audit verify or seed."_s, u"[command]"_s);

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
    QStringList positional = parser.positionalArguments();
    if (command == "audit"_L1) {
        if (positional.isEmpty())
            return usageError(err, u"audit needs a subcommand: verify."_s);
        const QString subcommand = positional.takeFirst();
        if (!AuditCommands.contains(subcommand))
            return usageError(err, u"Unknown audit subcommand '%1'."_s.arg(subcommand));
    }
    if (!positional.isEmpty())
        return usageError(err, u"Unexpected argument '%1'."_s.arg(positional.first()));
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
                                  parser.value(organisation), parser.isSet(emailVerified)};
    }

    cli::SeedRequest seedRequest;
    if (command == "seed"_L1) {
        bool personsOk = false;
        bool seedOk = false;
        seedRequest.persons = parser.value(seedPersons).toLongLong(&personsOk);
        seedRequest.seed = parser.value(seedValue).toUInt(&seedOk);
        if (!parser.isSet(seedPersons) || !personsOk || seedRequest.persons < 1)
            return usageError(err, u"seed needs --persons with a whole number above 0."_s);
        if (!parser.isSet(seedValue) || !seedOk)
            return usageError(err, u"seed needs --seed with a whole number (0 to 4294967295)."_s);
        seedRequest.asOf = parser.isSet(seedAsOf)
                               ? QDate::fromString(parser.value(seedAsOf), Qt::ISODate)
                               : QDate::currentDate();
        if (!seedRequest.asOf.isValid())
            return usageError(err, u"The as-of date '%1' is not a date (YYYY-MM-DD)."_s.arg(
                                       parser.value(seedAsOf)));
    }

    const tv::Result<ServerConfig> loaded = ServerConfig::load(parser.value(config));
    if (!loaded) {
        err << "transform-service: " << loaded.error().message << Qt::endl;
        // A setting the configuration may not have at all is a usage error, like a bad option.
        return loaded.error().code == errc::TrainingOnlySetting ? cli::Usage : cli::Failure;
    }

    if (command == "migrate"_L1)
        return cli::migrate(loaded.value(), out, err);
    if (command == "audit"_L1)
        return cli::verifyAudit(loaded.value(), out, err);
    if (command == "create-user"_L1)
        return cli::createUser(loaded.value(), account, in, out, err);
    if (command == "seed"_L1)
        return cli::seed(loaded.value(), seedRequest, out, err);
    return cli::serve(loaded.value(), err);
}
