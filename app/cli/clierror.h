#pragma once

#include "exitcode.h"
#include "secreterror.h"
#include "secretkind.h"

#include <mrauth/error.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! A failure as `mrauth` reports it: a type name, a message, what to do, the exit code and,
//! for STS and Azure AD exchanges, the HTTP status and both correlation vectors.
//!
//! Built from library errors, which never carry a secret, and from the CLI's own messages,
//! which never include one. A value type; pure.
class CliError
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::CliError)
public:
    //! Who the account is, for hints that name the command to run. Build it with braces.
    struct AccountContext
    {
        //! The stored account's name; empty for an ad-hoc account.
        QString name;
        //! False for account keys.
        bool usesAzureAd;
    };

    CliError() = default;
    CliError(const QString &type, const QString &message, ExitCode exitCode,
             const QString &hint = {});

    //! A failed token exchange (or Azure AD sign-in): type = the error code's name.
    static CliError fromError(const Error &error, const AccountContext &account = {});
    //! A failed keychain read or write of \a kind.
    static CliError fromSecretError(const SecretError &error, SecretKind kind,
                                    const AccountContext &account = {});
    //! A usage error of the command \a path, with the pointer to its help.
    static CliError usage(const QString &message, const QStringList &path = {});
    //! No stored account named \a name.
    static CliError unknownAccount(const QString &name, const QStringList &knownNames);

    bool isError() const { return m_exitCode != ExitCode::Success; }
    QString type() const { return m_type; }
    QString message() const { return m_message; }
    QString hint() const { return m_hint; }
    ExitCode exitCode() const { return m_exitCode; }
    //! True when the error comes from an exchange with a server: the line then always shows
    //! the HTTP status and both correlation vectors ("none" when there was none).
    bool hasExchange() const { return m_hasExchange; }
    int httpStatus() const { return m_httpStatus; }
    QString wwwAuthenticate() const { return m_wwwAuthenticate; }
    QString requestCorrelationVector() const { return m_requestCv; }
    QString responseCorrelationVector() const { return m_responseCv; }

    //! The one line for standard error, without the trailing newline, e.g.
    //! `mrauth: demo: AuthenticationFailed: … [HTTP 401] [X-MRC-CV: …] [MS-CV: …] Check …`.
    //! \a accountName prefixes the line when set (for `--all`).
    QString toLine(const QString &accountName = {}) const;
    //! The `error` object of `token --all`.
    QJsonObject toJson() const;

    //! What to do about \a code, for the account described by \a account; empty when
    //! nothing useful can be said.
    static QString hintFor(Error::Code code, const AccountContext &account);

private:
    QString m_type;
    QString m_message;
    QString m_hint;
    ExitCode m_exitCode = ExitCode::Success;
    bool m_hasExchange = false;
    int m_httpStatus = 0;
    QString m_wwwAuthenticate;
    QString m_requestCv;
    QString m_responseCv;
};

} // namespace MrAuth
