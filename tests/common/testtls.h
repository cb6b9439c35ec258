#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace MrAuth {

//! The TLS material the build generates for the tests (tests/data/make-test-certs.sh).
class TestTls
{
public:
    //! Which certificate a test server presents.
    enum class Certificate {
        Valid,     //!< localhost, 127.0.0.1 and ::1, signed by the test CA.
        Expired,   //!< The same names, signed by the test CA, expired in 2020.
        WrongHost, //!< Signed by the test CA for `sts.other-host.example` only.
        Untrusted, //!< Self-signed for the right names: a CA nobody trusts.
        OtherCa,   //!< The right names, signed by a second CA that no test trusts.
    };

    //! The directory holding the generated PEM files.
    static QString directory();
    //! The test CA certificate.
    static QSslCertificate caCertificate();
    //! A server configuration presenting \a certificate, peer verification off.
    static QSslConfiguration serverConfiguration(Certificate certificate);
    //! A client configuration that trusts only the test CA (as a client's one
    //! QSslConfiguration would in production with a private CA).
    static QSslConfiguration clientConfiguration();
};

} // namespace MrAuth
