#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! Every `mrauth` command with its options and help texts: the one table that drives the
//! parser, `--help` and the bash, zsh and fish completions, so that they cannot drift apart.
//! Pure.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::CommandTable)
public:
    //! The program name, "mrauth".
    static QString programName() { return QStringLiteral("mrauth"); }

    //! Every command, groups and their subcommands included, in help order.
    static const QList<CliCommand> &commands();
    //! The top-level command names in help order: token, accounts, decode, completion, help.
    static QStringList topLevelNames();
    //! The command with exactly \a path, or null.
    static const CliCommand *find(const QStringList &path);
    //! Options of the program itself, before any command (help, version, quiet, verbose).
    static QList<CliOption> programOptions();
    //! Every option name, over all commands, that takes a value (for completion scripts).
    static QStringList valueOptionSpellings();

    //! The text of `mrauth --help`.
    static QString programHelp(const QString &version);
    //! The text of `mrauth COMMAND --help`.
    static QString commandHelp(const CliCommand &command);
    //! "Usage: mrauth token [NAME] [OPTIONS]".
    static QString usageLine(const CliCommand &command);
    //! "Try 'mrauth token --help'." for usage errors.
    static QString tryHelpHint(const QStringList &path);

    //! \a text wrapped to \a width columns for a column that starts at \a indent: the first
    //! line continues what is already printed there, the others are indented by \a indent.
    static QString wrap(const QString &text, int width, int indent);
    //! \a text with its paragraphs wrapped to \a width; lines that start with two spaces
    //! (examples, lists) and empty lines stay as they are.
    static QString reflow(const QString &text, int width);
};

} // namespace MrAuth
