#pragma once

#include "auth/tokenresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace cmk::auth {

/// An account the cache knows: one person in one tenant (MSAL's Account entry).
struct CachedAccount
{
    QString homeAccountId; ///< "<oid>.<home tenant id>"
    QString environment; ///< the authority host, e.g. login.microsoftonline.com
    QString realm; ///< the tenant the account was used in
    QString localAccountId; ///< the user's object id there
    QString username; ///< preferred_username / UPN
    QString accountSource; ///< the grant that created it

    friend bool operator==(const CachedAccount &, const CachedAccount &) = default;
};

struct CachedAccessToken
{
    QString secret;
    QDateTime expiresOn;
    QDateTime refreshOn;
    QString realm;
    QString target;
};

/// The token cache in MSAL's unified schema (sections AccessToken, RefreshToken, IdToken,
/// Account, AppMetadata; keys and fields as MSAL builds them; times as strings of Unix
/// seconds), so a cache CMK Wizard writes is one MSAL reads and the other way round. Entries it
/// does not know are kept. Holds secrets: stored only through a CredentialStore. Format:
/// docs/token-cache.md.
class TokenCache
{
public:
    /// Where a token response came from, for its keys.
    struct Origin
    {
        QString environment; ///< authority host (with ":port" when not 443)
        QString clientId;
        QString tenant; ///< the tenant in the token endpoint's path
        QStringList scopes; ///< what was asked for
        QString grantType; ///< authorization_code, refresh_token, device_code grant, client_credentials
        QDateTime now;
    };

    TokenCache();
    TokenCache(const TokenCache &other);
    TokenCache &operator=(const TokenCache &other);
    ~TokenCache();

    /// Stores what a token response carries, as MSAL's `add()` does: the access token, a new
    /// refresh token replacing the account's old one, the id token and the account. Returns the
    /// home account id ("" for an application's own token).
    QString add(const TokenResponse &response, const Origin &origin);

    /// A token for `scopes` valid for at least `minValiditySecs` more seconds, or nothing.
    /// Expired tokens are dropped on the way, as MSAL does.
    std::optional<CachedAccessToken> accessToken(const QString &homeAccountId, const QString &environment,
                                                 const QString &clientId, const QString &realm,
                                                 const QStringList &scopes, const QDateTime &now,
                                                 int minValiditySecs);
    /// The account's refresh token for this client (refresh tokens are not bound to a tenant).
    std::optional<QString> refreshToken(const QString &homeAccountId, const QString &environment,
                                        const QString &clientId) const;
    /// Forgets a refresh token the service refused.
    void removeRefreshToken(const QString &homeAccountId, const QString &environment,
                            const QString &clientId);

    QList<CachedAccount> accounts() const;
    std::optional<CachedAccount> account(const QString &homeAccountId, const QString &environment,
                                         const QString &realm) const;
    /// The claims of the account's id token in `realm`.
    std::optional<TokenClaims> idTokenClaims(const QString &homeAccountId, const QString &environment,
                                             const QString &realm) const;
    /// The directory roles (`wids`) in the newest access token of the account in `realm`.
    std::optional<QStringList> directoryRoles(const QString &homeAccountId, const QString &environment,
                                              const QString &realm) const;
    /// Removes every entry of the account (all tenants): sign-out.
    void removeAccount(const QString &homeAccountId, const QString &environment);

    int accessTokenCount() const;
    bool isEmpty() const;

    QByteArray serialize() const;
    /// Reads a serialized cache; an empty document gives an empty cache.
    static std::optional<TokenCache> deserialize(const QByteArray &data, QString *error);

    /// MSAL's `environment` of an authority: its host, with ":port" when the port is not 443.
    static QString environmentOf(const QUrl &authorityHost);

    /// MSAL's scope list of a request: reserved scopes (openid, profile, offline_access) removed.
    static QStringList withoutReservedScopes(const QStringList &scopes);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cmk::auth
