#include "auth/tokenbroker.h"

#include "auth/credentialstore.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>

namespace cmk::auth {

namespace {

Q_LOGGING_CATEGORY(lcAuth, "cmk.auth")

/// The refresh token itself is dead (expired, revoked, password changed): forget it. Errors
/// about one tenant (not a member, consent, MFA there) leave it usable for the others.
bool refreshTokenIsDead(const http::ServiceError &error)
{
    if (error.code != QLatin1StringView("invalid_grant"))
        return false;
    if (error.aadstsCodes.isEmpty())
        return true;
    for (int code : {700082, 70008, 9002313, 50173, 50133, 70043, 700084, 50034})
        if (error.isAadsts(code))
            return true;
    return false;
}

http::ServiceError signInRequired(const QString &tenantId)
{
    http::ServiceError error;
    error.kind = http::ServiceError::Kind::Http;
    error.service = http::ServiceKind::Identity;
    error.code = QStringLiteral("login_required");
    error.message = QStringLiteral("no refresh token for this account; sign in to tenant %1").arg(tenantId);
    return error;
}

QString waiterKey(const QString &who, const QString &tenantId, const QString &scope)
{
    return who + u'|' + tenantId.toLower() + u'|' + scope.toLower();
}

} // namespace

bool TokenWaiters::add(const QString &key, QObject *context, Done done)
{
    QList<Waiter> &list = m_waiting[key];
    list.append(Waiter {context, std::move(done)});
    return list.size() == 1;
}

void TokenWaiters::finish(const QString &key, const http::TokenResult &result)
{
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(result);
    }
}

TokenBroker::TokenBroker(http::Pipeline *pipeline, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_endpoint(new TokenEndpoint(pipeline, this))
    , m_store(store)
{
}

const CloudProfile &TokenBroker::profile() const
{
    return m_endpoint->pipeline()->profile();
}

QString TokenBroker::clientId() const
{
    return profile().publicClientId.toString();
}

QString TokenBroker::environment() const
{
    return TokenCache::environmentOf(profile().authorityHost);
}

QString TokenBroker::storeDescription() const
{
    return m_store ? m_store->description() : tr("memory");
}

void TokenBroker::load(QObject *context, LoadDone done)
{
    if (!m_store) {
        done(true, QString());
        return;
    }
    m_store->read(storeKey(), context, [this, done](std::optional<QByteArray> value, const QString &error) {
        if (!error.isEmpty()) {
            done(false, error);
            return;
        }
        if (!value) {
            done(true, QString());
            return;
        }
        QString parseError;
        auto cache = TokenCache::deserialize(*value, &parseError);
        value->fill('\0');
        if (!cache) {
            done(false, tr("The stored sign-ins could not be read (%1). Sign in again.").arg(parseError));
            return;
        }
        m_cache = *cache;
        m_ready.clear();
        Q_EMIT accountsChanged();
        done(true, QString());
    });
}

void TokenBroker::save()
{
    if (!m_store)
        return;
    if (m_saving) {
        m_saveAgain = true; // the newest state is written once the running write ends
        return;
    }
    m_saving = true;
    m_store->write(storeKey(), m_cache.serialize(), this, [this](bool ok, const QString &error) {
        m_saving = false;
        if (!ok) {
            qCWarning(lcAuth) << "could not save the token cache:" << error;
            Q_EMIT storeFailed(error);
        }
        if (m_saveAgain) {
            m_saveAgain = false;
            save();
        }
    });
}

std::optional<CachedAccount> TokenBroker::accept(const TokenResponse &response, const QString &tenant,
                                                 const QStringList &scopes, const QString &grantType)
{
    TokenCache::Origin origin {environment(), clientId(), tenant,
                               scopes,        grantType,  QDateTime::currentDateTimeUtc()};
    const QString home = m_cache.add(response, origin);
    m_ready.clear();
    save();
    Q_EMIT accountsChanged();
    if (home.isEmpty())
        return std::nullopt;
    const auto claims
        = TokenClaims::fromJwt(response.idToken.isEmpty() ? response.accessToken : response.idToken);
    const QString realm = claims && !claims->tenantId.isEmpty() ? claims->tenantId : tenant;
    return m_cache.account(home, environment(), realm);
}

QList<CachedAccount> TokenBroker::accounts() const
{
    QList<CachedAccount> out;
    for (const CachedAccount &a : m_cache.accounts()) {
        if (a.environment.compare(environment(), Qt::CaseInsensitive) == 0)
            out.append(a);
    }
    return out;
}

SignedInIdentity TokenBroker::identity(const QString &homeAccountId, const QString &tenantId) const
{
    SignedInIdentity id;
    id.homeAccountId = homeAccountId;
    const auto claims = m_cache.idTokenClaims(homeAccountId, environment(), tenantId);
    if (claims) {
        id.tenantId = claims->tenantId;
        id.objectId = claims->objectId;
        id.userPrincipalName = claims->userPrincipalName;
        id.displayName = claims->displayName;
    }
    // Directory roles travel in access tokens only.
    const auto roles = m_cache.directoryRoles(homeAccountId, environment(), tenantId);
    if (roles)
        id.directoryRoles = *roles;
    if (!claims) {
        if (const auto account = m_cache.account(homeAccountId, environment(), tenantId)) {
            id.tenantId = account->realm;
            id.objectId = account->localAccountId;
            id.userPrincipalName = account->username;
        }
    }
    return id;
}

AccountSession *TokenBroker::session(const QString &homeAccountId, const QString &tenantId)
{
    const QString key = homeAccountId + u'|' + tenantId.toLower();
    AccountSession *&s = m_sessions[key];
    if (!s)
        s = new AccountSession(this, homeAccountId, tenantId, this);
    return s;
}

void TokenBroker::signOut(const QString &homeAccountId, QObject *context,
                          std::function<void(bool ok, const QString &error)> done)
{
    m_cache.removeAccount(homeAccountId, environment());
    m_ready.clear();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it.value()->homeAccountId() == homeAccountId) {
            it.value()->deleteLater();
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT accountsChanged();
    if (!m_store) {
        done(true, QString());
        return;
    }
    const auto finish = [done](bool ok, const QString &error) { done(ok, error); };
    if (m_cache.isEmpty())
        m_store->remove(storeKey(), context, finish);
    else
        m_store->write(storeKey(), m_cache.serialize(), context, finish);
}

http::TokenResult TokenBroker::resultFrom(const CachedAccessToken &token) const
{
    http::TokenResult result;
    result.accessToken = token.secret;
    result.expiresOn = token.expiresOn;
    result.tenantId = token.realm;
    if (const auto claims = TokenClaims::fromJwt(token.secret))
        result.objectId = claims->objectId;
    return result;
}

void TokenBroker::acquire(const QString &homeAccountId, const QString &tenantId, const QString &scope,
                          bool forceRefresh, QObject *context,
                          std::function<void(const http::TokenResult &)> done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString key = waiterKey(homeAccountId, tenantId, scope);
    if (!forceRefresh) {
        const auto ready = m_ready.constFind(key);
        if (ready != m_ready.constEnd() && now.secsTo(ready->expiresOn) >= MinimumValiditySecs) {
            done(*ready);
            return;
        }
        if (const auto token = m_cache.accessToken(homeAccountId, environment(), clientId(), tenantId,
                                                   {scope}, now, MinimumValiditySecs)) {
            const http::TokenResult result = resultFrom(*token);
            m_ready.insert(key, result);
            done(result);
            return;
        }
    }
    m_ready.remove(key);

    if (!m_waiters.add(key, context, std::move(done)))
        return; // the same token is already being fetched
    const auto refreshToken = m_cache.refreshToken(homeAccountId, environment(), clientId());
    if (!refreshToken) {
        http::TokenResult result;
        result.error = signInRequired(tenantId);
        m_waiters.finish(key, result);
        return;
    }
    const QStringList scopes = userSignInScopes(scope);
    m_endpoint->refresh(tenantId, clientId(), *refreshToken, scopes, this,
                        [this, key, homeAccountId, tenantId, scopes](
                            const std::optional<TokenResponse> &response, const http::ServiceError &error) {
                            http::TokenResult result;
                            if (!response) {
                                if (refreshTokenIsDead(error)) {
                                    m_cache.removeRefreshToken(homeAccountId, environment(), clientId());
                                    save();
                                }
                                result.error = error;
                                m_waiters.finish(key, result);
                                return;
                            }
                            TokenCache::Origin origin {environment(),
                                                       clientId(),
                                                       tenantId,
                                                       scopes,
                                                       QStringLiteral("refresh_token"),
                                                       QDateTime::currentDateTimeUtc()};
                            m_cache.add(*response, origin);
                            save();
                            result.accessToken = response->accessToken;
                            result.expiresOn = response->expiresOn;
                            const auto claims = TokenClaims::fromJwt(response->accessToken);
                            result.tenantId = claims ? claims->tenantId : tenantId;
                            result.objectId = claims ? claims->objectId : QString();
                            m_ready.insert(key, result);
                            m_waiters.finish(key, result);
                        });
}

AccountSession::AccountSession(TokenBroker *broker, const QString &homeAccountId, const QString &tenantId,
                               QObject *parent)
    : QObject(parent)
    , m_broker(broker)
    , m_homeAccountId(homeAccountId)
    , m_tenantId(tenantId)
{
}

void AccountSession::acquire(const http::TokenRequest &request, QObject *context,
                             std::function<void(const http::TokenResult &)> done)
{
    m_broker->acquire(m_homeAccountId, request.tenantId.isEmpty() ? m_tenantId : request.tenantId,
                      request.scope, request.forceRefresh, context, std::move(done));
}

SignedInIdentity AccountSession::identity() const
{
    return m_broker->identity(m_homeAccountId, m_tenantId);
}

ClientSecretCredential::ClientSecretCredential(TokenEndpoint *endpoint, const QString &tenantId,
                                               const QString &clientId, const QString &secret,
                                               QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_tenantId(tenantId)
    , m_clientId(clientId)
    , m_secret(secret)
{
}

ClientSecretCredential::~ClientSecretCredential()
{
    m_secret.fill(u'\0');
}

void ClientSecretCredential::acquire(const http::TokenRequest &request, QObject *context,
                                     std::function<void(const http::TokenResult &)> done)
{
    const QString tenant = request.tenantId.isEmpty() ? m_tenantId : request.tenantId;
    const QString environment = TokenCache::environmentOf(m_endpoint->pipeline()->profile().authorityHost);
    if (!request.forceRefresh) {
        if (const auto token
            = m_cache.accessToken(QString(), environment, m_clientId, tenant, {request.scope},
                                  QDateTime::currentDateTimeUtc(), TokenBroker::MinimumValiditySecs)) {
            http::TokenResult result;
            result.accessToken = token->secret;
            result.expiresOn = token->expiresOn;
            result.tenantId = tenant;
            if (const auto claims = TokenClaims::fromJwt(token->secret))
                result.objectId = claims->objectId;
            done(result);
            return;
        }
    }
    const QString key = waiterKey(m_clientId, tenant, request.scope);
    if (!m_waiters.add(key, context, std::move(done)))
        return;
    const QString scope = request.scope;
    m_endpoint->clientCredentials(
        tenant, m_clientId, m_secret, scope, this,
        [this, key, tenant, scope, environment](const std::optional<TokenResponse> &response,
                                                const http::ServiceError &error) {
            http::TokenResult result;
            if (!response) {
                result.error = error;
                m_waiters.finish(key, result);
                return;
            }
            m_cache.add(*response,
                        TokenCache::Origin {environment,
                                            m_clientId,
                                            tenant,
                                            {scope},
                                            QStringLiteral("client_credentials"),
                                            QDateTime::currentDateTimeUtc()});
            result.accessToken = response->accessToken;
            result.expiresOn = response->expiresOn;
            result.tenantId = tenant;
            if (const auto claims = TokenClaims::fromJwt(response->accessToken))
                result.objectId = claims->objectId;
            m_waiters.finish(key, result);
        });
}

void ClientSecretCredential::loadSecret(const QString &variable, CredentialStore *store, const QString &key,
                                        QObject *context,
                                        std::function<void(const QString &, const QString &)> done)
{
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(variable);
    if (!fromEnvironment.isEmpty() || !store) {
        done(fromEnvironment,
             fromEnvironment.isEmpty()
                 ? tr("No client secret: set %1 or store the secret in the keychain.").arg(variable)
                 : QString());
        return;
    }
    store->read(key, context, [done, variable, key](std::optional<QByteArray> value, const QString &error) {
        if (!error.isEmpty() || !value) {
            done(QString(),
                 error.isEmpty() ? tr("No client secret: set %1 or store the secret in the keychain under "
                                      "\"%2\".")
                                       .arg(variable, key)
                                 : error);
            return;
        }
        const QString secret = QString::fromUtf8(*value);
        value->fill('\0');
        done(secret, QString());
    });
}

} // namespace cmk::auth
