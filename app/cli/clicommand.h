#pragma once

#include "clioption.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! One `mrauth` command (or command group such as `accounts`) as the command table declares
//! it: its words, positional arguments and options, and the texts of its `--help`.
struct CliCommand
{
    //! The command words, e.g. {"accounts", "add"}.
    QStringList path;
    //! The positional arguments for the synopsis, e.g. "[NAME]" or "SHELL".
    QString arguments;
    int minArguments = 0;
    int maxArguments = 0;
    //! What shells offer for the positional arguments.
    CliOption::Completion argumentCompletion = CliOption::Completion::None;
    QStringList argumentChoices;
    //! True when the positional arguments must be among argumentChoices (not just offered).
    bool argumentsAreChoices = false;
    //! One line for command lists (untranslated, context "MrAuth::CommandTable").
    const char *summary = nullptr;
    //! Paragraphs after the option list in `--help` (untranslated; may be null).
    const char *details = nullptr;
    //! The options, the global ones (help, quiet, verbose) included.
    QList<CliOption> options;
    //! For groups (`accounts`): the subcommand names; a group runs no code of its own.
    QStringList subcommands;

    bool isGroup() const { return !subcommands.isEmpty(); }
    //! "mrauth accounts add".
    QString displayName() const;
    //! The option with long name \a name, or null.
    const CliOption *option(const QString &name) const;
    //! The option with one-letter alias \a shortName, or null.
    const CliOption *option(QChar shortName) const;
    QString translatedSummary() const;
    QString translatedDetails() const;
};

} // namespace MrAuth
