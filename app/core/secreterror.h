#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace MrAuth {

//! A typed error from a SecretStore operation. Never contains the secret.
class SecretError
{
    Q_GADGET
public:
    enum class Code {
        NoError,
        NotFound,     //!< No such entry.
        Unavailable,  //!< The keychain cannot be reached or is locked: retry once it is.
        AccessDenied, //!< The keychain refused (for example the user declined a prompt).
        Failed,       //!< Anything else the keychain reported.
    };
    Q_ENUM(Code)

    SecretError() = default;
    SecretError(Code code, const QString &message) : m_code(code), m_message(message) {}

    Code code() const { return m_code; }
    bool isError() const { return m_code != Code::NoError; }
    //! True when trying again later can help (Unavailable).
    bool isRetryable() const { return m_code == Code::Unavailable; }
    //! Translated, for people.
    QString message() const { return m_message; }

    static QString codeName(Code code);

private:
    Code m_code = Code::NoError;
    QString m_message;
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::SecretError)
