#include "jwksverifier.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace MrAuth {

namespace {

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

QJsonObject segment(const QString &token, int index)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(fromBase64Url(parts.at(index))).object();
}

} // namespace

QJsonObject JwksVerifier::claims(const QString &token)
{
    return segment(token, 1);
}

QJsonObject JwksVerifier::header(const QString &token)
{
    return segment(token, 0);
}

bool JwksVerifier::verify(const QString &token, const QJsonObject &jwks, QString *why)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        *why = QStringLiteral("not three segments");
        return false;
    }
    const QString kid = header(token).value(QStringLiteral("kid")).toString();
    QJsonObject key;
    const QJsonArray keys = jwks.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue candidate : keys) {
        if (candidate.toObject().value(QStringLiteral("kid")).toString() == kid)
            key = candidate.toObject();
    }
    if (key.isEmpty()) {
        *why = QStringLiteral("no key with kid ") + kid;
        return false;
    }
    const QByteArray n = fromBase64Url(key.value(QStringLiteral("n")).toString().toLatin1());
    const QByteArray e = fromBase64Url(key.value(QStringLiteral("e")).toString().toLatin1());
    BIGNUM *modulus =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *exponent =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, modulus);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, exponent);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *publicKey = nullptr;
    const bool built = EVP_PKEY_fromdata_init(context) == 1 &&
                       EVP_PKEY_fromdata(context, &publicKey, EVP_PKEY_PUBLIC_KEY, params) == 1;
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(modulus);
    BN_free(exponent);
    if (!built) {
        *why = QStringLiteral("cannot build the RSA key from n and e");
        return false;
    }
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature = fromBase64Url(parts.at(2));
    EVP_MD_CTX *digest = EVP_MD_CTX_new();
    const bool ok =
        EVP_DigestVerifyInit(digest, nullptr, EVP_sha256(), nullptr, publicKey) == 1 &&
        EVP_DigestVerify(digest, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(digest);
    EVP_PKEY_free(publicKey);
    if (!ok)
        *why = QStringLiteral("the signature does not verify");
    return ok;
}

} // namespace MrAuth
