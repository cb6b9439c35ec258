#pragma once

#include <QString>

namespace MrAuth {

//! The shell completion scripts of `mrauth completion SHELL`, generated from the
//! CommandTable that also drives the parser and `--help`, so that they cannot drift. Pure.
//!
//! Commands, subcommands, options and option values are completed; account names come from
//! `mrauth accounts list --format names` at completion time.
class CompletionScript
{
public:
    static QString bash();
    static QString zsh();
    static QString fish();
    //! The script for \a shell ("bash", "zsh" or "fish"); empty for another shell.
    static QString forShell(const QString &shell);
};

} // namespace MrAuth
