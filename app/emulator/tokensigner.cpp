#include "tokensigner.h"

#include "opensslhelpers.h"

#include <mrauth/jwt.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/x509v3.h>

namespace MrAuth {

struct TokenSigner::Private
{
    OpenSsl::PkeyPtr key;
    QString keyId;
    QByteArray certificateDer;
    QByteArray encodedHeader;
};

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::TokenSigner", text);
}

OpenSsl::X509Ptr selfSignedCertificate(EVP_PKEY *key)
{
    OpenSsl::X509Ptr certificate(X509_new());
    X509 *cert = certificate.get();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 2L * 365 * 86400);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>("MrAuth STS emulator token signing"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    if (X509_sign(cert, key, EVP_sha256()) <= 0)
        return {};
    return certificate;
}

} // namespace

TokenSigner::TokenSigner() : d(std::make_unique<Private>())
{
    d->key = OpenSsl::generateRsaKey(2048);
    if (!d->key)
        return;
    const OpenSsl::X509Ptr certificate = selfSignedCertificate(d->key.get());
    if (!certificate) {
        d->key.reset();
        return;
    }
    d->certificateDer = OpenSsl::certificateToDer(certificate.get());
    d->keyId = QString::fromLatin1(base64Url(OpenSsl::sha1(d->certificateDer)));
    QJsonObject header;
    header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    header.insert(QStringLiteral("kid"), d->keyId);
    header.insert(QStringLiteral("x5t"), d->keyId);
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    d->encodedHeader = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
}

TokenSigner::~TokenSigner() = default;

bool TokenSigner::isValid() const
{
    return d->key != nullptr;
}

QString TokenSigner::keyId() const
{
    return d->keyId;
}

QByteArray TokenSigner::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString TokenSigner::sign(const QJsonObject &claims) const
{
    const QByteArray signingInput =
        d->encodedHeader + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = OpenSsl::signRs256(d->key.get(), signingInput);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

bool TokenSigner::verify(const QString &token, QJsonObject *claims, QString *reason) const
{
    const QByteArray text = token.toLatin1();
    const QList<QByteArray> segments = text.split('.');
    Error error;
    const Jwt jwt = Jwt::decode(token, &error);
    if (segments.size() != 3 || !jwt.isValid()) {
        *reason = tr("the token is not a JWT");
        return false;
    }
    const QJsonObject header = jwt.header();
    if (header.value(QStringLiteral("alg")).toString() != QStringLiteral("RS256")) {
        *reason = tr("the token is not signed with RS256");
        return false;
    }
    if (header.value(QStringLiteral("kid")).toString() != d->keyId) {
        *reason = tr("the token was not signed by a key of this issuer");
        return false;
    }
    QByteArray signature;
    if (!Jwt::decodeBase64Url(segments.at(2), &signature) ||
        !OpenSsl::verifyRs256(d->key.get(), segments.at(0) + '.' + segments.at(1), signature)) {
        *reason = tr("the token signature is invalid");
        return false;
    }
    *claims = jwt.claims();
    return true;
}

QJsonObject TokenSigner::jwks() const
{
    QJsonObject key;
    key.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
    key.insert(QStringLiteral("use"), QStringLiteral("sig"));
    key.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    key.insert(QStringLiteral("kid"), d->keyId);
    key.insert(QStringLiteral("x5t"), d->keyId);
    key.insert(QStringLiteral("n"), QString::fromLatin1(base64Url(OpenSsl::bignumParameter(
                                        d->key.get(), OSSL_PKEY_PARAM_RSA_N))));
    key.insert(QStringLiteral("e"), QString::fromLatin1(base64Url(OpenSsl::bignumParameter(
                                        d->key.get(), OSSL_PKEY_PARAM_RSA_E))));
    key.insert(QStringLiteral("x5c"),
               QJsonArray{QString::fromLatin1(d->certificateDer.toBase64())});
    QJsonObject jwks;
    jwks.insert(QStringLiteral("keys"), QJsonArray{key});
    return jwks;
}

} // namespace MrAuth
