#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! A parsed `mrauth` command line: which command, its options and positional arguments, or
//! the usage error. Pure: parse() reads only its arguments and the CommandTable.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::CommandLine)
public:
    //! Parses \a arguments (the program name first, as QCoreApplication::arguments() gives).
    static CommandLine parse(const QStringList &arguments);

    //! The command; null for the program itself (`mrauth --version`, `mrauth` alone).
    const CliCommand *command() const { return m_command; }
    //! The command words, e.g. {"accounts", "add"}; empty for the program itself.
    QStringList commandPath() const;
    //! True when the command is \a path, e.g. isCommand({"accounts", "add"}).
    bool isCommand(const QStringList &path) const { return commandPath() == path; }

    //! The translated usage error, or empty when the command line is fine.
    QString error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

    bool isHelpRequested() const { return isSet(QStringLiteral("help")); }
    bool isVersionRequested() const { return isSet(QStringLiteral("version")); }
    bool isQuiet() const { return isSet(QStringLiteral("quiet")); }
    bool isVerbose() const { return isSet(QStringLiteral("verbose")); }

    //! True when the option with long name \a name was given.
    bool isSet(const QString &name) const { return m_values.contains(name); }
    //! The value of option \a name (the last one when repeated), or \a fallback.
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    //! The options given, by long name (flags map to an empty string).
    QHash<QString, QString> values() const { return m_values; }
    QStringList positionalArguments() const { return m_positionals; }

    //! Option names that look like a place for a secret (--key, --client-secret, --token …):
    //! refused with a pointer to the right way, and their value is never echoed.
    static bool isSecretLookingOption(const QString &name);

private:
    const CliCommand *m_command = nullptr;
    QHash<QString, QString> m_values;
    QStringList m_positionals;
    QString m_error;
};

} // namespace MrAuth
