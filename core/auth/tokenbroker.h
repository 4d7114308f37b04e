#pragma once

#include "auth/tokencache.h"
#include "auth/tokenendpoint.h"
#include "cloud/cloudprofile.h"
#include "http/tokenprovider.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace cmk::auth {

class CredentialStore;
class AccountSession;

/// Who is signed in to one tenant, from the id and access token claims.
struct SignedInIdentity
{
    QString homeAccountId;
    QString tenantId;
    QString objectId;
    QString userPrincipalName;
    QString displayName;
    QStringList directoryRoles; ///< `wids`: directory role template ids

    bool isValid() const { return !objectId.isEmpty() && !tenantId.isEmpty(); }
    bool hasDirectoryRole(QLatin1StringView roleTemplateId) const
    {
        return directoryRoles.contains(QString(roleTemplateId), Qt::CaseInsensitive);
    }
};

/// Requests waiting for the same token: the first one asks, the others wait for its answer.
class TokenWaiters
{
public:
    using Done = std::function<void(const http::TokenResult &)>;
    /// True when `key` had no waiter yet: the caller must then ask for the token.
    bool add(const QString &key, QObject *context, Done done);
    void finish(const QString &key, const http::TokenResult &result);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    QHash<QString, QList<Waiter>> m_waiting;
};

/// Holds the signed-in accounts of one cloud: the token cache (MSAL schema) loaded from and
/// saved to a CredentialStore, silent acquisition (cache, then the refresh token, one request
/// per tenant and audience however many calls wait), refresh-token rotation, and sign-out.
/// Interactive sign-ins (BrowserSignIn, DeviceCodeSignIn) hand their tokens to `accept()`.
class TokenBroker : public QObject
{
    Q_OBJECT

public:
    /// `pipeline` sends the token requests (no token provider of its own).
    TokenBroker(http::Pipeline *pipeline, CredentialStore *store, QObject *parent = nullptr);

    /// The key the cache is stored under in the CredentialStore.
    static QString storeKey() { return QStringLiteral("msal-token-cache"); }
    /// Seconds a cached access token must still be valid to be handed out.
    static constexpr int MinimumValiditySecs = 300;

    using LoadDone = std::function<void(bool ok, const QString &error)>;
    /// Reads the stored cache. An unreadable one is reported, not silently replaced.
    void load(QObject *context, LoadDone done);

    const CloudProfile &profile() const;
    QString clientId() const;
    /// MSAL's `environment`: the authority host, with its port when not 443.
    QString environment() const;

    /// Stores an interactive sign-in's tokens; returns the account (invalid on a token without a user).
    std::optional<CachedAccount> accept(const TokenResponse &response, const QString &tenant,
                                        const QStringList &scopes, const QString &grantType);

    QList<CachedAccount> accounts() const;
    SignedInIdentity identity(const QString &homeAccountId, const QString &tenantId) const;

    /// The session of an account in a tenant (one per pair; owned by the broker).
    AccountSession *session(const QString &homeAccountId, const QString &tenantId);

    /// Removes the account's tokens from the cache and the store. Other accounts stay.
    void signOut(const QString &homeAccountId, QObject *context,
                 std::function<void(bool ok, const QString &error)> done);

    /// A token for `scope` in `tenantId` as `homeAccountId`: from the cache when valid for five
    /// more minutes, else through the refresh token.
    void acquire(const QString &homeAccountId, const QString &tenantId, const QString &scope,
                 bool forceRefresh, QObject *context, std::function<void(const http::TokenResult &)> done);

    TokenEndpoint *endpoint() const { return m_endpoint; }
    const TokenCache &cache() const { return m_cache; }
    /// Where the cache lives, for messages.
    QString storeDescription() const;

Q_SIGNALS:
    void accountsChanged();
    /// Saving the cache failed: the tokens work for this session but are not remembered.
    void storeFailed(const QString &error);

private:
    void save();
    http::TokenResult resultFrom(const CachedAccessToken &token) const;

    TokenEndpoint *m_endpoint;
    CredentialStore *m_store;
    TokenCache m_cache;
    TokenWaiters m_waiters;
    QHash<QString, http::TokenResult> m_ready; ///< tokens in hand, so a call need not search the cache
    QHash<QString, AccountSession *> m_sessions;
    bool m_saving = false;
    bool m_saveAgain = false;
};

/// One account in one tenant, as the pipeline's token provider. An ISV-and-customer track holds
/// two of these side by side, each with its own pipeline.
class AccountSession : public QObject, public http::TokenProvider
{
    Q_OBJECT

public:
    AccountSession(TokenBroker *broker, const QString &homeAccountId, const QString &tenantId,
                   QObject *parent = nullptr);

    void acquire(const http::TokenRequest &request, QObject *context,
                 std::function<void(const http::TokenResult &)> done) override;

    const QString &homeAccountId() const { return m_homeAccountId; }
    const QString &tenantId() const { return m_tenantId; }
    SignedInIdentity identity() const;

private:
    TokenBroker *m_broker;
    QString m_homeAccountId;
    QString m_tenantId;
};

/// An application signing in with its client secret (automation, `cmkctl` in a pipeline): the
/// secret comes from the keychain or an environment variable, never from the command line.
/// Tokens are kept in memory only, as MSAL's confidential clients do by default.
class ClientSecretCredential : public QObject, public http::TokenProvider
{
    Q_OBJECT

public:
    ClientSecretCredential(TokenEndpoint *endpoint, const QString &tenantId, const QString &clientId,
                           const QString &secret, QObject *parent = nullptr);
    ~ClientSecretCredential() override;

    void acquire(const http::TokenRequest &request, QObject *context,
                 std::function<void(const http::TokenResult &)> done) override;

    /// The secret from environment variable `variable`, else from `store` under `key`.
    static void loadSecret(const QString &variable, CredentialStore *store, const QString &key,
                           QObject *context,
                           std::function<void(const QString &secret, const QString &error)> done);

private:
    TokenEndpoint *m_endpoint;
    QString m_tenantId;
    QString m_clientId;
    QString m_secret;
    TokenCache m_cache;
    TokenWaiters m_waiters;
};

} // namespace cmk::auth
