#include "auth/tokencache.h"

#include "util/json.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cmk::auth {

namespace {

using nlohmann::json;

constexpr const char *AccessTokenSection = "AccessToken";
constexpr const char *RefreshTokenSection = "RefreshToken";
constexpr const char *IdTokenSection = "IdToken";
constexpr const char *AccountSection = "Account";
constexpr const char *AppMetadataSection = "AppMetadata";

std::string s(const QString &value)
{
    return value.toStdString();
}

using cmk::json::text;

std::string epoch(const QDateTime &time)
{
    return std::to_string(time.toSecsSinceEpoch());
}

QDateTime fromEpoch(const QString &value)
{
    bool ok = false;
    const qint64 secs = value.toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

/// MSAL joins the key parts with '-' and lower-cases the whole key.
std::string key(std::initializer_list<QString> parts)
{
    QStringList list(parts);
    return s(list.join(u'-').toLower());
}

QStringList scopeSet(const QString &target)
{
    QStringList out;
    for (const QString &scope : target.split(u' ', Qt::SkipEmptyParts))
        out << scope.toLower();
    return out;
}

} // namespace

struct TokenCache::Data
{
    json doc = json::object();

    json &section(const char *name)
    {
        json &sec = doc[name];
        if (!sec.is_object())
            sec = json::object();
        return sec;
    }
    const json *find(const char *name) const
    {
        const auto it = doc.find(name);
        return it != doc.end() && it->is_object() ? &*it : nullptr;
    }
};

TokenCache::TokenCache()
    : d(std::make_unique<Data>())
{
}

TokenCache::TokenCache(const TokenCache &other)
    : d(std::make_unique<Data>(*other.d))
{
}

TokenCache &TokenCache::operator=(const TokenCache &other)
{
    if (this != &other)
        *d = *other.d;
    return *this;
}

TokenCache::~TokenCache() = default;

QStringList TokenCache::withoutReservedScopes(const QStringList &scopes)
{
    QStringList out;
    for (const QString &scope : scopes) {
        if (scope.compare(QLatin1StringView("openid"), Qt::CaseInsensitive) != 0
            && scope.compare(QLatin1StringView("profile"), Qt::CaseInsensitive) != 0
            && scope.compare(QLatin1StringView("offline_access"), Qt::CaseInsensitive) != 0)
            out << scope;
    }
    return out;
}

QString TokenCache::add(const TokenResponse &response, const Origin &origin)
{
    const auto idClaims = response.idToken.isEmpty() ? std::nullopt : TokenClaims::fromJwt(response.idToken);
    const auto accessClaims = TokenClaims::fromJwt(response.accessToken);
    const std::optional<TokenClaims> &claims = idClaims ? idClaims : accessClaims;

    QString homeAccountId;
    if (!response.clientInfoUid.isEmpty() && !response.clientInfoUtid.isEmpty())
        homeAccountId = response.clientInfoUid + u'.' + response.clientInfoUtid;
    else if (claims && !claims->isApplication && !claims->objectId.isEmpty() && !claims->tenantId.isEmpty())
        homeAccountId = claims->objectId + u'.' + claims->tenantId;
    // The real tenant, also when the request went to "organizations" (see docs/token-cache.md).
    const QString realm = claims && !claims->tenantId.isEmpty() ? claims->tenantId : origin.tenant;

    QStringList target = withoutReservedScopes(response.scope.split(u' ', Qt::SkipEmptyParts));
    if (target.isEmpty())
        target = withoutReservedScopes(origin.scopes);
    std::sort(target.begin(), target.end());
    const QString targetText = target.join(u' ');
    const QString now = QString::number(origin.now.toSecsSinceEpoch());

    json &ats = d->section(AccessTokenSection);
    // A new token replaces older ones of the same account and tenant whose scopes overlap.
    const QStringList newScopes = scopeSet(targetText);
    for (auto it = ats.begin(); it != ats.end();) {
        const json &e = it.value();
        const bool sameOwner = text(e, "home_account_id") == homeAccountId
            && text(e, "environment") == origin.environment && text(e, "client_id") == origin.clientId
            && text(e, "realm").compare(realm, Qt::CaseInsensitive) == 0;
        const QStringList oldScopes = scopeSet(text(e, "target"));
        const bool overlaps = std::any_of(oldScopes.begin(), oldScopes.end(),
                                          [&](const QString &scope) { return newScopes.contains(scope); });
        it = sameOwner && overlaps ? ats.erase(it) : std::next(it);
    }
    json at = {{"credential_type", "AccessToken"},
               {"secret", s(response.accessToken)},
               {"home_account_id", s(homeAccountId)},
               {"environment", s(origin.environment)},
               {"client_id", s(origin.clientId)},
               {"target", s(targetText)},
               {"realm", s(realm)},
               {"token_type", s(response.tokenType)},
               {"cached_at", s(now)},
               {"expires_on", epoch(response.expiresOn)},
               {"extended_expires_on", epoch(response.extendedExpiresOn)}};
    if (response.refreshOn.isValid())
        at["refresh_on"] = epoch(response.refreshOn);
    ats[key({homeAccountId, origin.environment, QStringLiteral("accesstoken"), origin.clientId, realm,
             targetText})]
        = at;

    if (!response.refreshToken.isEmpty()) {
        // Rotation: the new refresh token replaces the account's old one for this client.
        removeRefreshToken(homeAccountId, origin.environment, origin.clientId);
        json rt = {{"credential_type", "RefreshToken"},   {"secret", s(response.refreshToken)},
                   {"home_account_id", s(homeAccountId)}, {"environment", s(origin.environment)},
                   {"client_id", s(origin.clientId)},     {"target", s(targetText)},
                   {"last_modification_time", s(now)}};
        if (!response.familyId.isEmpty())
            rt["family_id"] = s(response.familyId);
        d->section(
            RefreshTokenSection)[key({homeAccountId, origin.environment, QStringLiteral("refreshtoken"),
                                      origin.clientId, QString(), targetText})]
            = rt;
    }
    if (!response.idToken.isEmpty()) {
        d->section(IdTokenSection)[key({homeAccountId, origin.environment, QStringLiteral("idtoken"),
                                        origin.clientId, realm, QString()})]
            = json {{"credential_type", "IdToken"},
                    {"secret", s(response.idToken)},
                    {"home_account_id", s(homeAccountId)},
                    {"environment", s(origin.environment)},
                    {"realm", s(realm)},
                    {"client_id", s(origin.clientId)}};
    }
    if (!homeAccountId.isEmpty() && claims) {
        json account = {{"home_account_id", s(homeAccountId)},
                        {"environment", s(origin.environment)},
                        {"realm", s(realm)},
                        {"local_account_id", s(claims->objectId)},
                        {"username", s(claims->userPrincipalName)},
                        {"authority_type", "MSSTS"}};
        if (!origin.grantType.isEmpty())
            account["account_source"] = s(origin.grantType);
        const std::string accountKey = key({homeAccountId, origin.environment, realm});
        json &accounts = d->section(AccountSection);
        // Keep the grant that first created the account.
        if (accounts.contains(accountKey) && accounts[accountKey].contains("account_source"))
            account["account_source"] = accounts[accountKey]["account_source"];
        accounts[accountKey] = account;
    }
    json metadata = {{"client_id", s(origin.clientId)}, {"environment", s(origin.environment)}};
    if (!response.familyId.isEmpty())
        metadata["family_id"] = s(response.familyId);
    d->section(
        AppMetadataSection)[s(QStringLiteral("appmetadata-%1-%2").arg(origin.environment, origin.clientId))]
        = metadata;
    return homeAccountId;
}

std::optional<CachedAccessToken> TokenCache::accessToken(const QString &homeAccountId,
                                                         const QString &environment, const QString &clientId,
                                                         const QString &realm, const QStringList &scopes,
                                                         const QDateTime &now, int minValiditySecs)
{
    json *ats = &d->section(AccessTokenSection);
    QStringList wanted;
    for (const QString &scope : withoutReservedScopes(scopes))
        wanted << scope.toLower();
    std::optional<CachedAccessToken> found;
    for (auto it = ats->begin(); it != ats->end();) {
        const json &e = it.value();
        const QDateTime expiresOn = fromEpoch(text(e, "expires_on"));
        if (!expiresOn.isValid() || expiresOn <= now) {
            it = ats->erase(it); // expired tokens are dropped when searched
            continue;
        }
        const QStringList have = scopeSet(text(e, "target"));
        const bool matches = text(e, "home_account_id") == homeAccountId
            && text(e, "environment").compare(environment, Qt::CaseInsensitive) == 0
            && text(e, "client_id").compare(clientId, Qt::CaseInsensitive) == 0
            && text(e, "realm").compare(realm, Qt::CaseInsensitive) == 0
            && std::all_of(wanted.begin(), wanted.end(),
                           [&](const QString &scope) { return have.contains(scope); });
        if (matches && now.secsTo(expiresOn) >= minValiditySecs) {
            const QDateTime refreshOn = fromEpoch(text(e, "refresh_on"));
            if (!refreshOn.isValid() || refreshOn > now)
                found = CachedAccessToken {text(e, "secret"), expiresOn, refreshOn, text(e, "realm"),
                                           text(e, "target")};
        }
        ++it;
    }
    return found;
}

std::optional<QString> TokenCache::refreshToken(const QString &homeAccountId, const QString &environment,
                                                const QString &clientId) const
{
    const json *rts = d->find(RefreshTokenSection);
    if (!rts || homeAccountId.isEmpty())
        return std::nullopt;
    std::optional<QString> newest;
    qint64 newestTime = -1;
    for (const auto &[k, e] : rts->items()) {
        if (text(e, "home_account_id") == homeAccountId
            && text(e, "environment").compare(environment, Qt::CaseInsensitive) == 0
            && text(e, "client_id").compare(clientId, Qt::CaseInsensitive) == 0) {
            const qint64 modified = text(e, "last_modification_time").toLongLong();
            if (modified >= newestTime) {
                newestTime = modified;
                newest = text(e, "secret");
            }
        }
    }
    return newest;
}

void TokenCache::removeRefreshToken(const QString &homeAccountId, const QString &environment,
                                    const QString &clientId)
{
    json &rts = d->section(RefreshTokenSection);
    for (auto it = rts.begin(); it != rts.end();) {
        const json &e = it.value();
        const bool match = text(e, "home_account_id") == homeAccountId
            && text(e, "environment").compare(environment, Qt::CaseInsensitive) == 0
            && text(e, "client_id").compare(clientId, Qt::CaseInsensitive) == 0;
        it = match ? rts.erase(it) : std::next(it);
    }
}

QList<CachedAccount> TokenCache::accounts() const
{
    QList<CachedAccount> out;
    const json *accounts = d->find(AccountSection);
    if (!accounts)
        return out;
    for (const auto &[k, e] : accounts->items()) {
        out.append(CachedAccount {text(e, "home_account_id"), text(e, "environment"), text(e, "realm"),
                                  text(e, "local_account_id"), text(e, "username"),
                                  text(e, "account_source")});
    }
    return out;
}

std::optional<CachedAccount> TokenCache::account(const QString &homeAccountId, const QString &environment,
                                                 const QString &realm) const
{
    for (const CachedAccount &a : accounts()) {
        if (a.homeAccountId == homeAccountId && a.environment.compare(environment, Qt::CaseInsensitive) == 0
            && a.realm.compare(realm, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

std::optional<TokenClaims> TokenCache::idTokenClaims(const QString &homeAccountId, const QString &environment,
                                                     const QString &realm) const
{
    const json *ids = d->find(IdTokenSection);
    if (!ids)
        return std::nullopt;
    for (const auto &[k, e] : ids->items()) {
        if (text(e, "home_account_id") == homeAccountId
            && text(e, "environment").compare(environment, Qt::CaseInsensitive) == 0
            && text(e, "realm").compare(realm, Qt::CaseInsensitive) == 0)
            return TokenClaims::fromJwt(text(e, "secret"));
    }
    return std::nullopt;
}

std::optional<QStringList> TokenCache::directoryRoles(const QString &homeAccountId,
                                                      const QString &environment, const QString &realm) const
{
    const json *ats = d->find(AccessTokenSection);
    if (!ats)
        return std::nullopt;
    std::optional<QStringList> newest;
    qint64 newestTime = -1;
    for (const auto &[k, e] : ats->items()) {
        if (text(e, "home_account_id") != homeAccountId
            || text(e, "environment").compare(environment, Qt::CaseInsensitive) != 0
            || text(e, "realm").compare(realm, Qt::CaseInsensitive) != 0)
            continue;
        const qint64 cachedAt = text(e, "cached_at").toLongLong();
        if (cachedAt < newestTime)
            continue;
        if (const auto claims = TokenClaims::fromJwt(text(e, "secret"))) {
            newestTime = cachedAt;
            newest = claims->directoryRoles;
        }
    }
    return newest;
}

QString TokenCache::environmentOf(const QUrl &authorityHost)
{
    const int port = authorityHost.port(443);
    return port == 443 ? authorityHost.host().toLower()
                       : QStringLiteral("%1:%2").arg(authorityHost.host().toLower()).arg(port);
}

void TokenCache::removeAccount(const QString &homeAccountId, const QString &environment)
{
    for (const char *name : {AccessTokenSection, RefreshTokenSection, IdTokenSection, AccountSection}) {
        json &sec = d->section(name);
        for (auto it = sec.begin(); it != sec.end();) {
            const json &e = it.value();
            const bool match = text(e, "home_account_id") == homeAccountId
                && text(e, "environment").compare(environment, Qt::CaseInsensitive) == 0;
            it = match ? sec.erase(it) : std::next(it);
        }
    }
}

int TokenCache::accessTokenCount() const
{
    const json *ats = d->find(AccessTokenSection);
    return ats ? int(ats->size()) : 0;
}

bool TokenCache::isEmpty() const
{
    for (const char *name : {AccessTokenSection, RefreshTokenSection, IdTokenSection, AccountSection}) {
        const json *sec = d->find(name);
        if (sec && !sec->empty())
            return false;
    }
    return true;
}

QByteArray TokenCache::serialize() const
{
    json out = d->doc;
    for (const char *name :
         {AccessTokenSection, RefreshTokenSection, IdTokenSection, AccountSection, AppMetadataSection}) {
        if (!out.contains(name))
            out[name] = json::object();
    }
    return QByteArray::fromStdString(out.dump(2));
}

std::optional<TokenCache> TokenCache::deserialize(const QByteArray &data, QString *error)
{
    TokenCache cache;
    if (data.trimmed().isEmpty())
        return cache;
    json doc = json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (!doc.is_object()) {
        if (error)
            *error = QStringLiteral("the token cache is not a JSON object");
        return std::nullopt;
    }
    for (const char *name :
         {AccessTokenSection, RefreshTokenSection, IdTokenSection, AccountSection, AppMetadataSection}) {
        if (doc.contains(name) && !doc[name].is_object()) {
            if (error)
                *error = QStringLiteral("the token cache's section %1 is not an object")
                             .arg(QLatin1StringView(name));
            return std::nullopt;
        }
    }
    cache.d->doc = std::move(doc);
    return cache;
}

} // namespace cmk::auth
