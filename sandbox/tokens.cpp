#include "tokens.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace cmk::sandbox {

struct TokenSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

namespace {

QByteArray bignum(const EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

} // namespace

TokenSigner::TokenSigner()
    : m_key(std::make_unique<Key>())
{
    QFile file(QStringLiteral(":/sandbox/certs/test-only-token-signing.key"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray pem = file.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    m_key->pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (m_key->pkey) {
        const QByteArray modulus = bignum(m_key->pkey, OSSL_PKEY_PARAM_RSA_N);
        m_keyId = QString::fromLatin1(
            base64Url(QCryptographicHash::hash(modulus, QCryptographicHash::Sha256).left(15)));
    }
}

TokenSigner::~TokenSigner() = default;

bool TokenSigner::isValid() const
{
    return m_key->pkey != nullptr;
}

QByteArray TokenSigner::sign(const Json &claims) const
{
    const Json header = {{"typ", "JWT"}, {"alg", "RS256"}, {"kid", s(m_keyId)}};
    const QByteArray input = base64Url(bytes(header)) + '.' + base64Url(bytes(claims));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
            == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    return input + '.' + base64Url(signature);
}

std::optional<Json> TokenSigner::verify(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    auto claims = parseJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding));
    if (!claims || !claims->is_object())
        return std::nullopt;
    return claims;
}

Json TokenSigner::jwks() const
{
    return Json {
        {"keys",
         Json::array({Json {{"kty", "RSA"},
                            {"use", "sig"},
                            {"kid", s(m_keyId)},
                            {"alg", "RS256"},
                            {"n", base64Url(bignum(m_key->pkey, OSSL_PKEY_PARAM_RSA_N)).toStdString()},
                            {"e", base64Url(bignum(m_key->pkey, OSSL_PKEY_PARAM_RSA_E)).toStdString()}}})}};
}

} // namespace cmk::sandbox
