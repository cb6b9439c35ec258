#pragma once

#include <QCoreApplication>
#include <QString>

namespace MrAuth {

//! Reads a secret from standard input: exactly one line, without echo when standard input is
//! a terminal (then after a prompt on standard error). The terminal's echo comes back even
//! when the user interrupts with Ctrl+C.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::SecretInput)
public:
    //! Reads one line into \a secret (without the line end). \a what names the secret for the
    //! prompt and errors, e.g. "account key". Returns false and sets \a error when there is no
    //! line or the line is empty.
    static bool readLine(const QString &what, QString *secret, QString *error);
    //! Reads standard input to its end (for `decode -`); prompts first on a terminal.
    static QString readAll(const QString &prompt);
};

} // namespace MrAuth
