#pragma once

#include <QString>

namespace MrAuth {

//! The mrauth(1) manual page in troff (man macros), generated from the CommandTable that also
//! drives the parser, `--help` and the shell completions, so that it cannot drift. Pure.
//!
//! The build writes it with `mrauth-manpage` (generatemanpage.cmake) and installs it in
//! man1; the page is English, like every page in man1.
class ManPage
{
public:
    //! The page for mrauth \a version, dated \a date (YYYY-MM-DD).
    static QString mrauth(const QString &version, const QString &date);

    //! \a text escaped for troff: backslashes, minus signs, a leading dot or quote, and
    //! characters outside ASCII as \[uXXXX].
    static QString escape(const QString &text);
    //! The troff of a help text: paragraphs filled, lines indented by two spaces (lists,
    //! examples) kept as they are, empty lines as paragraph breaks.
    static QString paragraphs(const QString &text);
};

} // namespace MrAuth
