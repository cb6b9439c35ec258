#include "tlsmaterial.h"

#include "opensslhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace MrAuth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::TlsMaterial", text);
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

// A certificate for \a key, signed by \a issuerKey (\a issuer null: self-signed).
OpenSsl::X509Ptr makeCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer,
                                 EVP_PKEY *issuerKey, bool isCa)
{
    OpenSsl::X509Ptr certificate(X509_new());
    if (!certificate)
        return {};
    X509 *cert = certificate.get();
    X509_set_version(cert, 2);
    const QByteArray serial = OpenSsl::randomBytes(16);
    OpenSsl::BignumPtr serialNumber(BN_bin2bn(
        reinterpret_cast<const unsigned char *>(serial.constData()), int(serial.size()), nullptr));
    BN_set_bit(serialNumber.get(), 126);
    BN_clear_bit(serialNumber.get(), 127);
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert));
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), isCa ? 10L * 365 * 86400 : 2L * 365 * 86400);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("MrAuth STS emulator"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *signer = issuer ? issuer : cert;
    X509_set_issuer_name(cert, X509_get_subject_name(signer));
    bool ok = addExtension(cert, signer, NID_subject_key_identifier, "hash");
    if (isCa) {
        ok = ok && addExtension(cert, signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert, signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert, signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert, signer, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(cert, signer, NID_ext_key_usage, "serverAuth");
        ok = ok &&
             addExtension(cert, signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
        ok = ok && addExtension(cert, signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return certificate;
}

bool writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    return file.commit();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The existing files are usable: they parse, the keys match, the CA signed the server
// certificate, the names are right, and neither expires within a day.
bool existingFilesValid(const QString &caPath, const QString &serverPath, const QString &keyPath)
{
    const OpenSsl::X509Ptr ca = OpenSsl::certificateFromPem(readFile(caPath));
    const OpenSsl::X509Ptr server = OpenSsl::certificateFromPem(readFile(serverPath));
    const OpenSsl::PkeyPtr key = OpenSsl::privateKeyFromPem(readFile(keyPath));
    if (!ca || !server || !key)
        return false;
    if (X509_check_private_key(server.get(), key.get()) != 1)
        return false;
    EVP_PKEY *caPublicKey = X509_get0_pubkey(ca.get());
    if (!caPublicKey || X509_verify(server.get(), caPublicKey) != 1)
        return false;
    const time_t tomorrow = time(nullptr) + 86400;
    time_t now = time(nullptr);
    for (X509 *cert : {ca.get(), server.get()}) {
        if (X509_cmp_time(X509_get0_notAfter(cert), const_cast<time_t *>(&tomorrow)) <= 0)
            return false;
        if (X509_cmp_time(X509_get0_notBefore(cert), &now) >= 0)
            return false;
    }
    return X509_check_host(server.get(), "localhost", 0, 0, nullptr) == 1 &&
           X509_check_ip_asc(server.get(), "127.0.0.1", 0) == 1 &&
           X509_check_ip_asc(server.get(), "::1", 0) == 1;
}

QSslConfiguration makeServerConfiguration(const QByteArray &certificatePem,
                                          const QByteArray &keyPem, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = tr("The server certificate is not a PEM certificate.");
        return {};
    }
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("The server key is not a PEM EC or RSA private key.");
        return {};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

TlsMaterial TlsMaterial::fromDirectory(const QString &dir, QString *error)
{
    TlsMaterial material;
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the TLS directory %1.").arg(dir);
        return material;
    }
    const QDir directory(dir);
    const QString caPath = directory.absoluteFilePath(QStringLiteral("ca.pem"));
    const QString caKeyPath = directory.absoluteFilePath(QStringLiteral("ca-key.pem"));
    const QString serverPath = directory.absoluteFilePath(QStringLiteral("server.pem"));
    const QString serverKeyPath = directory.absoluteFilePath(QStringLiteral("server-key.pem"));

    if (!existingFilesValid(caPath, serverPath, serverKeyPath)) {
        const OpenSsl::PkeyPtr caKey = OpenSsl::generateEcKey();
        const OpenSsl::PkeyPtr serverKey = OpenSsl::generateEcKey();
        if (!caKey || !serverKey) {
            *error = tr("Cannot generate TLS keys: %1").arg(OpenSsl::lastError());
            return material;
        }
        const OpenSsl::X509Ptr ca =
            makeCertificate(caKey.get(), "MrAuth STS emulator CA", nullptr, nullptr, true);
        const OpenSsl::X509Ptr server =
            ca ? makeCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), false)
               : OpenSsl::X509Ptr();
        if (!ca || !server) {
            *error = tr("Cannot create the TLS certificates: %1").arg(OpenSsl::lastError());
            return material;
        }
        if (!writeFile(caKeyPath, OpenSsl::privateKeyToPem(caKey.get()), true) ||
            !writeFile(serverKeyPath, OpenSsl::privateKeyToPem(serverKey.get()), true) ||
            !writeFile(caPath, OpenSsl::certificateToPem(ca.get()), false) ||
            !writeFile(serverPath, OpenSsl::certificateToPem(server.get()), false)) {
            *error = tr("Cannot write the TLS files in %1.").arg(dir);
            return material;
        }
        material.m_generated = true;
    }
    material.m_configuration =
        makeServerConfiguration(readFile(serverPath), readFile(serverKeyPath), error);
    if (material.isValid())
        material.m_caPath = caPath;
    return material;
}

TlsMaterial TlsMaterial::fromFiles(const QString &certificatePath, const QString &keyPath,
                                   const QString &caPath, QString *error)
{
    TlsMaterial material;
    const QByteArray certificate = readFile(certificatePath);
    const QByteArray key = readFile(keyPath);
    if (certificate.isEmpty() || key.isEmpty()) {
        *error = tr("Cannot read %1 or %2.").arg(certificatePath, keyPath);
        return material;
    }
    material.m_configuration = makeServerConfiguration(certificate, key, error);
    if (material.isValid() && !caPath.isEmpty())
        material.m_caPath = QFileInfo(caPath).absoluteFilePath();
    return material;
}

} // namespace MrAuth
