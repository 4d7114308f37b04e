#pragma once

#include "json.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cmk::sandbox {

/// Issues and checks the sandbox's RS256 JWTs (OpenSSL libcrypto) with the test-only
/// signing key under certs/, and publishes its public half as a JWKS.
class TokenSigner
{
public:
    TokenSigner();
    ~TokenSigner();

    bool isValid() const;
    QByteArray sign(const Json &claims) const;
    /// The claims of a token this signer issued; nothing if the signature or shape is wrong.
    std::optional<Json> verify(const QByteArray &token) const;
    Json jwks() const;
    QString keyId() const { return m_keyId; }

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_keyId;
};

/// base64url without padding, as JWTs use it.
QByteArray base64Url(const QByteArray &data);

} // namespace cmk::sandbox
