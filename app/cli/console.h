#pragma once

#include <QString>

namespace MrAuth {

//! Standard output and standard error for `mrauth`: data goes to stdout, everything for
//! people (notices, warnings, errors, prompts) to stderr, so that `$(mrauth token …)` holds
//! exactly the token.
class Console
{
public:
    //! Writes \a text to standard output as it is, and flushes.
    static void out(const QString &text);
    //! Writes \a text to standard error as it is, and flushes.
    static void err(const QString &text);
    //! Writes \a line and a newline to standard error.
    static void errLine(const QString &line);
    static bool isStdinTerminal();
    static bool isStderrTerminal();
};

} // namespace MrAuth
