#include "commandline.h"

#include "commandtable.h"

namespace MrAuth {

bool CommandLine::isSecretLookingOption(const QString &name)
{
    static const QStringList names{
        QStringLiteral("key"),           QStringLiteral("account-key"),
        QStringLiteral("primary-key"),   QStringLiteral("secondary-key"),
        QStringLiteral("client-secret"), QStringLiteral("secret"),
        QStringLiteral("token"),         QStringLiteral("access-token"),
        QStringLiteral("password"),      QStringLiteral("refresh-token"),
    };
    return names.contains(name.toLower());
}

QStringList CommandLine::commandPath() const
{
    return m_command ? m_command->path : QStringList();
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    QStringList path;
    QList<CliOption> options = CommandTable::programOptions();
    bool optionsEnded = false;

    auto fail = [&line](const QString &message) {
        if (line.m_error.isEmpty())
            line.m_error = message;
    };
    auto findLong = [&options](const QString &name) -> const CliOption * {
        for (const CliOption &option : options) {
            if (option.name == name)
                return &option;
        }
        return nullptr;
    };
    auto findShort = [&options](QChar name) -> const CliOption * {
        for (const CliOption &option : options) {
            if (!option.shortName.isNull() && option.shortName == name)
                return &option;
        }
        return nullptr;
    };
    auto store = [&line, &fail](const CliOption &option, const QString &value) {
        if (!option.choices.isEmpty() && !option.choices.contains(value)) {
            fail(tr("'%1' is not a valid value for --%2; use one of: %3.")
                     .arg(value, option.name, option.choices.join(QStringLiteral(", "))));
            return;
        }
        line.m_values.insert(option.name, value);
    };
    auto commandName = [&path]() {
        return (QStringList{CommandTable::programName()} + path).join(u' ');
    };

    for (int index = 1; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        const bool isOption = !optionsEnded && argument.startsWith(u'-') && argument.size() > 1;
        if (!isOption) {
            // Words select the command until a command that runs code is reached.
            const CliCommand *current = line.m_command;
            if (!current || current->isGroup()) {
                const QStringList candidate = path + QStringList{argument};
                if (const CliCommand *next = CommandTable::find(candidate)) {
                    path = candidate;
                    line.m_command = next;
                    options = next->options;
                    continue;
                }
                if (!current) {
                    fail(tr("'%1' is not a command; the commands are: %2.")
                             .arg(argument,
                                  CommandTable::topLevelNames().join(QStringLiteral(", "))));
                } else {
                    fail(tr("'%1' is not a command of '%2'; use one of: %3.")
                             .arg(argument, commandName(),
                                  current->subcommands.join(QStringLiteral(", "))));
                }
                continue;
            }
            line.m_positionals.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument.startsWith(QLatin1String("--"))) {
            const qsizetype equals = argument.indexOf(u'=');
            const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
            const CliOption *option = findLong(name);
            if (!option) {
                if (isSecretLookingOption(name)) {
                    fail(tr("--%1: secrets are never taken as arguments, which every user of "
                            "the machine can see in the process list. Pipe the secret to "
                            "--key-stdin or --client-secret-stdin, or set "
                            "MIXEDREALITY_ACCOUNT_KEY.")
                             .arg(name));
                } else {
                    fail(tr("'%1' has no option --%2.").arg(commandName(), name));
                }
                continue;
            }
            if (!option->takesValue()) {
                if (equals >= 0)
                    fail(tr("--%1 takes no value.").arg(name));
                else
                    line.m_values.insert(option->name, QString());
                continue;
            }
            if (equals >= 0) {
                store(*option, argument.mid(equals + 1));
            } else if (index + 1 < arguments.size()) {
                store(*option, arguments.at(++index));
            } else {
                fail(tr("--%1 needs a value (%2).").arg(name, option->valueName));
            }
            continue;
        }
        // Short options: "-f json", "-fjson", and clusters of flags such as "-hq".
        for (qsizetype position = 1; position < argument.size(); ++position) {
            const QChar letter = argument.at(position);
            const CliOption *option = findShort(letter);
            if (!option) {
                fail(tr("'%1' has no option -%2.").arg(commandName(), QString(letter)));
                break;
            }
            if (!option->takesValue()) {
                line.m_values.insert(option->name, QString());
                continue;
            }
            if (position + 1 < argument.size())
                store(*option, argument.mid(position + 1));
            else if (index + 1 < arguments.size())
                store(*option, arguments.at(++index));
            else
                fail(tr("-%1 needs a value (%2).").arg(QString(letter), option->valueName));
            break;
        }
    }

    // Help needs nothing else to be right.
    if (line.isHelpRequested() || line.isVersionRequested()) {
        line.m_error.clear();
        return line;
    }
    if (!line.m_error.isEmpty())
        return line;
    if (!line.m_command) {
        fail(tr("Name a command: %1.")
                 .arg(CommandTable::topLevelNames().join(QStringLiteral(", "))));
        return line;
    }
    if (line.m_command->isGroup()) {
        fail(tr("'%1' needs a command: %2.")
                 .arg(commandName(), line.m_command->subcommands.join(QStringLiteral(", "))));
        return line;
    }
    const int count = int(line.m_positionals.size());
    if (count < line.m_command->minArguments) {
        fail(tr("'%1' needs %2.").arg(commandName(), line.m_command->arguments));
    } else if (count > line.m_command->maxArguments) {
        // The extra words are not echoed: they might be a secret typed in the wrong place.
        if (line.m_command->maxArguments == 0) {
            fail(tr("'%1' takes no arguments (%n given).", nullptr, count).arg(commandName()));
        } else {
            fail(tr("'%1' takes %2 at most, but %n arguments were given. Secrets are never "
                    "taken as arguments.",
                    nullptr, count)
                     .arg(commandName(), line.m_command->arguments));
        }
    } else if (line.m_command->argumentsAreChoices) {
        for (const QString &argument : std::as_const(line.m_positionals)) {
            if (!line.m_command->argumentChoices.contains(argument)) {
                fail(
                    tr("'%1' is not one of: %2.")
                        .arg(argument, line.m_command->argumentChoices.join(QStringLiteral(", "))));
            }
        }
    }
    return line;
}

} // namespace MrAuth
