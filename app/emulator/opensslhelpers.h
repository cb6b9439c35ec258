#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace MrAuth::OpenSsl {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Deleter
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct BignumDeleter
{
    void operator()(BIGNUM *number) const { BN_free(number); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using BignumPtr = std::unique_ptr<BIGNUM, BignumDeleter>;

PkeyPtr generateEcKey();
PkeyPtr generateRsaKey(int bits);
QByteArray privateKeyToPem(EVP_PKEY *key);
PkeyPtr privateKeyFromPem(const QByteArray &pem);
QByteArray certificateToPem(X509 *certificate);
QByteArray certificateToDer(X509 *certificate);
X509Ptr certificateFromPem(const QByteArray &pem);
QByteArray randomBytes(int count);
QByteArray sha256(const QByteArray &data);
QByteArray sha1(const QByteArray &data);
//! RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signature of \a data.
QByteArray signRs256(EVP_PKEY *key, const QByteArray &data);
bool verifyRs256(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature);
//! The big-endian bytes of a BIGNUM parameter of \a key (e.g. "n", "e").
QByteArray bignumParameter(EVP_PKEY *key, const char *name);
//! The text of OpenSSL's latest error, and clears the queue.
QString lastError();

} // namespace MrAuth::OpenSsl
