#pragma once

#include "exitcode.h"
#include "tokenresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace MrAuth {

//! How `mrauth token` prints a token: the formats of `--format` and the JSON of `--all`.
//! Pure.
class TokenOutput
{
public:
    enum class Format { Token, Json, Header, Env, Curl };

    //! The format named \a name ("token", "json", "header", "env", "curl").
    static std::optional<Format> formatFromName(const QString &name);

    //! The text for \a format with its trailing newline (the text to copy, for --copy).
    static QString format(Format format, const TokenResult &result);
    //! The JSON object of one result: the token fields, or `error` in place of the token.
    static QJsonObject toJson(const TokenResult &result);
    //! The JSON array of `--all`, indented, with a trailing newline.
    static QString formatAll(const QList<TokenResult> &results);
    //! The exit code of `--all`: success when every account got a token; otherwise the
    //! failures' exit code when they share one, else ExitCode::Failure.
    static ExitCode exitCodeOfAll(const QList<TokenResult> &results);
};

} // namespace MrAuth
