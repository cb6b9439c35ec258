#pragma once

#include <QSslConfiguration>
#include <QString>

namespace MrAuth {

//! The emulator's TLS files: a CA and a server certificate it signed, for `localhost`,
//! `127.0.0.1` and `::1`. Generated with OpenSSL (EC P-256 keys: cheap handshakes) and reused
//! from the directory while valid.
class TlsMaterial
{
public:
    //! Uses `dir/ca.pem`, `dir/ca-key.pem`, `dir/server.pem`, `dir/server-key.pem`: reuses them
    //! when they are present, consistent and valid for at least another day, else writes new
    //! ones. On failure returns an invalid TlsMaterial and sets \a error.
    static TlsMaterial fromDirectory(const QString &dir, QString *error);
    //! Serves \a certificatePath / \a keyPath (PEM); \a caPath (optional) is only reported.
    static TlsMaterial fromFiles(const QString &certificatePath, const QString &keyPath,
                                 const QString &caPath, QString *error);

    bool isValid() const { return !m_configuration.isNull(); }
    //! The server-side configuration (certificate, key, TLS 1.2 or later).
    QSslConfiguration serverConfiguration() const { return m_configuration; }
    //! The CA file's path; empty when not known.
    QString caPath() const { return m_caPath; }
    //! True when the last fromDirectory() generated new files.
    bool wasGenerated() const { return m_generated; }

private:
    QSslConfiguration m_configuration;
    QString m_caPath;
    bool m_generated = false;
};

} // namespace MrAuth
