#include "testtls.h"

#include <QFile>
#include <QSslKey>

namespace MrAuth {

namespace {

QByteArray readFile(const QString &name)
{
    QFile file(TestTls::directory() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("TestTls: cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString baseName(TestTls::Certificate certificate)
{
    switch (certificate) {
    case TestTls::Certificate::Valid:
        return QStringLiteral("server");
    case TestTls::Certificate::Expired:
        return QStringLiteral("expired");
    case TestTls::Certificate::WrongHost:
        return QStringLiteral("wronghost");
    case TestTls::Certificate::Untrusted:
        return QStringLiteral("untrusted");
    case TestTls::Certificate::OtherCa:
        return QStringLiteral("otherleaf");
    }
    return {};
}

} // namespace

QString TestTls::directory()
{
    return QStringLiteral(MRAUTH_TEST_TLS_DIR);
}

QSslCertificate TestTls::caCertificate()
{
    return QSslCertificate(readFile(QStringLiteral("ca.pem")), QSsl::Pem);
}

QSslConfiguration TestTls::serverConfiguration(Certificate certificate)
{
    const QString name = baseName(certificate);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(
        QSslCertificate(readFile(name + QStringLiteral(".pem")), QSsl::Pem));
    configuration.setPrivateKey(
        QSslKey(readFile(name + QStringLiteral("-key.pem")), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QSslConfiguration TestTls::clientConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({caCertificate()});
    return configuration;
}

} // namespace MrAuth
