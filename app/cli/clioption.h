#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! One option of a `mrauth` command, as the command table declares it. Plain data: the
//! parser, `--help` and the shell completions are all generated from it.
struct CliOption
{
    //! What a shell should offer for the option's value (or a command's positional argument).
    enum class Completion {
        None,        //!< Free text; nothing to offer.
        Choice,      //!< One of choices.
        File,        //!< A file name.
        AccountName, //!< The name of a stored account (`mrauth accounts list --format names`).
    };

    //! The long name without dashes, e.g. "format".
    QString name;
    //! The one-letter alias, or a null QChar.
    QChar shortName;
    //! The placeholder of the value in help, e.g. "FORMAT"; empty for a flag.
    QString valueName;
    //! The allowed values (validated by the parser); empty allows any value.
    QStringList choices;
    Completion completion = Completion::None;
    //! The untranslated description, translated in the "MrAuth::CommandTable" context.
    const char *description = nullptr;

    bool takesValue() const { return !valueName.isEmpty(); }
    //! The translated description.
    QString translatedDescription() const;
    //! "-f, --format FORMAT" or "    --copy", as help lists it.
    QString helpLabel() const;
};

} // namespace MrAuth
