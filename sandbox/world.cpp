#include "world.h"

#include <QCryptographicHash>
#include <QUuid>

namespace cmk::sandbox {

namespace {

QString lower(QStringView s)
{
    return s.toString().toLower();
}

std::vector<RoleDefinition> makeRoles()
{
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QLatin1StringView(i);
        return out;
    };
    return {
        {QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
         QStringLiteral("Owner"),
         QStringLiteral("Grants full access to manage all resources, including the ability to assign roles "
                        "in Azure RBAC."),
         list({"*"}),
         {},
         {},
         {}},
        {QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c"),
         QStringLiteral("Contributor"),
         QStringLiteral("Grants full access to manage all resources, but does not allow you to assign roles "
                        "in Azure RBAC."),
         list({"*"}),
         list({"Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write",
               "Microsoft.Authorization/elevateAccess/Action"}),
         {},
         {}},
        {QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7"),
         QStringLiteral("Reader"),
         QStringLiteral("View all resources, but does not allow you to make any changes."),
         list({"*/read"}),
         {},
         {},
         {}},
        {QStringLiteral("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"),
         QStringLiteral("User Access Administrator"),
         QStringLiteral("Lets you manage user access to Azure resources."),
         list({"*/read", "Microsoft.Authorization/*"}),
         {},
         {},
         {}},
        {QStringLiteral("f58310d9-a9f6-439a-9e8d-f62e7b41a168"),
         QStringLiteral("Role Based Access Control Administrator"),
         QStringLiteral("Manage access to Azure resources by assigning roles using Azure RBAC."),
         list({"Microsoft.Authorization/roleAssignments/write",
               "Microsoft.Authorization/roleAssignments/delete", "*/read"}),
         {},
         {},
         {}},
        {QStringLiteral("00482a5a-887f-4fb3-b363-3b7fe8e74483"),
         QStringLiteral("Key Vault Administrator"),
         QStringLiteral("Perform all data plane operations on a key vault and all objects in it."),
         list({"Microsoft.Authorization/*/read", "Microsoft.KeyVault/checkNameAvailability/read",
               "Microsoft.KeyVault/deletedVaults/read", "Microsoft.KeyVault/locations/*/read",
               "Microsoft.KeyVault/vaults/*/read", "Microsoft.KeyVault/operations/read"}),
         {},
         list({"Microsoft.KeyVault/vaults/*"}),
         {}},
        {QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603"),
         QStringLiteral("Key Vault Crypto Officer"),
         QStringLiteral("Perform any action on the keys of a key vault, except manage permissions."),
         list({"Microsoft.Authorization/*/read", "Microsoft.KeyVault/vaults/*/read"}),
         {},
         list({"Microsoft.KeyVault/vaults/keys/*", "Microsoft.KeyVault/vaults/keyrotationpolicies/*"}),
         {}},
        {QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6"),
         QStringLiteral("Key Vault Crypto Service Encryption User"),
         QStringLiteral("Read metadata of keys and perform wrap/unwrap operations."),
         list({"Microsoft.EventGrid/eventSubscriptions/write", "Microsoft.EventGrid/eventSubscriptions/read",
               "Microsoft.EventGrid/eventSubscriptions/delete"}),
         {},
         list({"Microsoft.KeyVault/vaults/keys/read", "Microsoft.KeyVault/vaults/keys/wrap/action",
               "Microsoft.KeyVault/vaults/keys/unwrap/action"}),
         {}},
        {QStringLiteral("12338af0-0e69-4776-bea7-57ae8d297424"),
         QStringLiteral("Key Vault Crypto User"),
         QStringLiteral("Perform cryptographic operations using keys."),
         {},
         {},
         list({"Microsoft.KeyVault/vaults/keys/read", "Microsoft.KeyVault/vaults/keys/update/action",
               "Microsoft.KeyVault/vaults/keys/backup/action",
               "Microsoft.KeyVault/vaults/keys/encrypt/action",
               "Microsoft.KeyVault/vaults/keys/decrypt/action", "Microsoft.KeyVault/vaults/keys/wrap/action",
               "Microsoft.KeyVault/vaults/keys/unwrap/action", "Microsoft.KeyVault/vaults/keys/sign/action",
               "Microsoft.KeyVault/vaults/keys/verify/action"}),
         {}},
        {QStringLiteral("21090545-7ca7-4776-b22c-e363652d74d2"),
         QStringLiteral("Key Vault Reader"),
         QStringLiteral("Read metadata of key vaults and its certificates, keys, and secrets."),
         list({"Microsoft.Authorization/*/read", "Microsoft.KeyVault/checkNameAvailability/read",
               "Microsoft.KeyVault/deletedVaults/read", "Microsoft.KeyVault/locations/*/read",
               "Microsoft.KeyVault/vaults/*/read", "Microsoft.KeyVault/operations/read"}),
         {},
         list({"Microsoft.KeyVault/vaults/*/read", "Microsoft.KeyVault/vaults/secrets/readMetadata/action"}),
         {}},
        {QStringLiteral("f25e0fa2-a7c8-4377-a976-54943a77a395"),
         QStringLiteral("Key Vault Contributor"),
         QStringLiteral(
             "Manage key vaults, but does not allow you to assign roles in Azure RBAC, and does not allow "
             "you to access secrets, keys, or certificates."),
         list({"Microsoft.Authorization/*/read", "Microsoft.KeyVault/*",
               "Microsoft.Resources/subscriptions/resourceGroups/read"}),
         list({"Microsoft.KeyVault/locations/deletedVaults/purge/action", "Microsoft.KeyVault/hsmPools/*",
               "Microsoft.KeyVault/managedHsms/*"}),
         {},
         {}},
        {QStringLiteral("f1a07417-d97a-45cb-824c-7a7467783830"),
         QStringLiteral("Managed Identity Operator"),
         QStringLiteral("Read and Assign User Assigned Identity"),
         list({"Microsoft.ManagedIdentity/userAssignedIdentities/*/read",
               "Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action",
               "Microsoft.Authorization/*/read", "Microsoft.Resources/subscriptions/resourceGroups/read"}),
         {},
         {},
         {}},
    };
}

} // namespace

const std::vector<RoleDefinition> &builtInRoles()
{
    static const std::vector<RoleDefinition> roles = makeRoles();
    return roles;
}

const RoleDefinition *findRole(QStringView guid)
{
    for (const RoleDefinition &r : builtInRoles()) {
        if (r.id.compare(guid, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

bool actionMatches(QStringView pattern, QStringView action)
{
    // Iterative glob with '*' only; ARM actions are case-insensitive.
    qsizetype p = 0, a = 0, star = -1, mark = 0;
    while (a < action.size()) {
        if (p < pattern.size() && pattern[p] != u'*' && pattern[p].toLower() == action[a].toLower()) {
            ++p;
            ++a;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = a;
        } else if (star >= 0) {
            p = star + 1;
            a = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

const Tenant *World::tenant(QStringView idOrDomain) const
{
    for (const Tenant &t : tenants) {
        if (t.id.compare(idOrDomain, Qt::CaseInsensitive) == 0
            || t.domain.compare(idOrDomain, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const User *World::user(QStringView objectId) const
{
    for (const User &u : users) {
        if (u.objectId.compare(objectId, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

const User *World::userByUpn(QStringView upn) const
{
    for (const User &u : users) {
        if (u.upn.compare(upn, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

bool World::approveDeviceCode(QStringView userCode, QStringView upn)
{
    const User *user = userByUpn(upn);
    if (!user)
        return false;
    for (auto &[deviceCode, grant] : deviceCodes) {
        if (grant.userCode.compare(userCode, Qt::CaseInsensitive) == 0 && !grant.declined) {
            grant.approvedUserId = user->objectId;
            return true;
        }
    }
    return false;
}

Application *World::applicationByAppId(QStringView appId)
{
    for (Application &a : applications) {
        if (a.appId.compare(appId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

Application *World::applicationByObjectId(QStringView objectId)
{
    for (Application &a : applications) {
        if (a.objectId.compare(objectId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

ServicePrincipal *World::servicePrincipal(QStringView tenantId, QStringView appId)
{
    for (ServicePrincipal &sp : servicePrincipals) {
        if (sp.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0
            && sp.appId.compare(appId, Qt::CaseInsensitive) == 0)
            return &sp;
    }
    return nullptr;
}

const ServicePrincipal *World::servicePrincipalByObjectId(QStringView objectId) const
{
    for (const ServicePrincipal &sp : servicePrincipals) {
        if (sp.objectId.compare(objectId, Qt::CaseInsensitive) == 0)
            return &sp;
    }
    return nullptr;
}

Subscription *World::subscription(QStringView id)
{
    for (Subscription &s : subscriptions) {
        if (s.id.compare(id, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

ArmResource *World::resource(QStringView id)
{
    const auto it = resources.find(lower(id));
    return it == resources.end() ? nullptr : &it->second;
}

Environment *World::environment(QStringView id)
{
    const auto it = environmentIndex.constFind(lower(id));
    return it == environmentIndex.constEnd() ? nullptr : &environments[size_t(it.value())];
}

std::vector<const ArmResource *> World::roleAssignments() const
{
    std::vector<const ArmResource *> result;
    for (const auto &[key, r] : resources) {
        if (r.type.compare(QLatin1StringView("Microsoft.Authorization/roleAssignments"), Qt::CaseInsensitive)
            == 0)
            result.push_back(&r);
    }
    return result;
}

bool World::authorized(const QString &principalObjectId, const QString &action, const QString &scope,
                       bool dataAction) const
{
    const QString target = lower(scope);
    for (const ArmResource *assignment : roleAssignments()) {
        const Json &p = assignment->body["properties"];
        if (str(p, "principalId").compare(principalObjectId, Qt::CaseInsensitive) != 0)
            continue;
        const QString assignmentScope = str(p, "scope").toLower();
        const bool covers = target == assignmentScope || assignmentScope == QLatin1StringView("/")
            || (target.startsWith(assignmentScope) && target.at(assignmentScope.size()) == u'/');
        if (!covers)
            continue;
        const RoleDefinition *role = findRole(str(p, "roleDefinitionId").section(u'/', -1));
        if (!role)
            continue;
        const QStringList &allowed = dataAction ? role->dataActions : role->actions;
        const QStringList &denied = dataAction ? role->notDataActions : role->notActions;
        bool ok = false;
        for (const QString &a : allowed)
            ok = ok || actionMatches(a, action);
        for (const QString &n : denied)
            ok = ok && !actionMatches(n, action);
        if (ok)
            return true;
    }
    return false;
}

QString World::newGuid()
{
    // Deterministic for a seed: tests and demos see the same ids run after run.
    const QByteArray input = QByteArray::number(seed) + ':' + QByteArray::number(++m_counter);
    QByteArray hash = QCryptographicHash::hash(input, QCryptographicHash::Sha1).left(16);
    hash[6] = char((hash[6] & 0x0f) | 0x40);
    hash[8] = char((hash[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(hash).toString(QUuid::WithoutBraces);
}

QString World::newHex(int bytes)
{
    QByteArray out;
    while (out.size() < bytes) {
        const QByteArray input = QByteArray::number(seed) + ":hex:" + QByteArray::number(++m_counter);
        out += QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    }
    return QString::fromLatin1(out.left(bytes).toHex());
}

void World::purgeExpired()
{
    const qint64 now = clock.nowMs();
    for (auto it = deletedVaults.begin(); it != deletedVaults.end();) {
        if (it->second.scheduledPurgeMs <= now)
            it = deletedVaults.erase(it);
        else
            ++it;
    }
    for (auto &[key, data] : vaults) {
        ArmResource *vault = resource(key);
        const qint64 retentionMs
            = (vault ? vault->body["properties"].value("softDeleteRetentionInDays", 90) : 90) * 24LL * 3600
            * 1000;
        for (auto it = data.keys.begin(); it != data.keys.end();) {
            if (it->second.deleted && it->second.deletedMs + retentionMs <= now)
                it = data.keys.erase(it);
            else
                ++it;
        }
    }
}

Json World::toJson() const
{
    Json doc;
    doc["formatVersion"] = 1;
    doc["simulatedTime"] = s(SimClock::iso(clock.nowMs()));
    Json t = Json::array();
    for (const Tenant &x : tenants)
        t.push_back({{"id", s(x.id)}, {"displayName", s(x.displayName)}, {"domain", s(x.domain)}});
    doc["tenants"] = t;
    Json u = Json::array();
    for (const User &x : users) {
        Json roles = Json::array();
        for (const QString &r : x.directoryRoles)
            roles.push_back(s(r));
        u.push_back({{"tenantId", s(x.tenantId)},
                     {"objectId", s(x.objectId)},
                     {"userPrincipalName", s(x.upn)},
                     {"displayName", s(x.displayName)},
                     {"directoryRoles", roles}});
    }
    doc["users"] = u;
    Json apps = Json::array();
    for (const Application &a : applications) {
        Json fics = Json::array();
        for (const FederatedCredential &f : a.federatedCredentials)
            fics.push_back({{"name", s(f.name)}, {"issuer", s(f.issuer)}, {"subject", s(f.subject)}});
        apps.push_back({{"objectId", s(a.objectId)},
                        {"appId", s(a.appId)},
                        {"tenantId", s(a.tenantId)},
                        {"displayName", s(a.displayName)},
                        {"signInAudience", s(a.signInAudience)},
                        {"federatedIdentityCredentials", fics},
                        {"secretCount", a.secrets.size()}});
    }
    doc["applications"] = apps;
    Json sps = Json::array();
    for (const ServicePrincipal &sp : servicePrincipals)
        sps.push_back({{"objectId", s(sp.objectId)},
                       {"appId", s(sp.appId)},
                       {"tenantId", s(sp.tenantId)},
                       {"displayName", s(sp.displayName)},
                       {"type", s(sp.type)}});
    doc["servicePrincipals"] = sps;
    Json subs = Json::array();
    for (const Subscription &sub : subscriptions)
        subs.push_back(
            {{"id", s(sub.id)}, {"tenantId", s(sub.tenantId)}, {"displayName", s(sub.displayName)}});
    doc["subscriptions"] = subs;
    Json res = Json::array();
    for (const auto &[key, r] : resources)
        res.push_back({{"id", s(r.id)}, {"type", s(r.type)}, {"body", r.body}});
    doc["resources"] = res;
    Json kv = Json::array();
    for (const auto &[key, v] : vaults) {
        Json keys = Json::array();
        for (const auto &[name, k] : v.keys) {
            Json versions = Json::array();
            for (const KeyVersion &kvv : k.versions)
                versions.push_back(
                    {{"version", s(kvv.version)}, {"enabled", kvv.enabled}, {"kty", s(kvv.kty)}});
            keys.push_back({{"name", s(k.name)}, {"deleted", k.deleted}, {"versions", versions}});
        }
        kv.push_back({{"vault", s(v.resourceKey)}, {"port", v.port}, {"keys", keys}});
    }
    doc["vaultData"] = kv;
    Json deleted = Json::array();
    for (const auto &[name, d] : deletedVaults)
        deleted.push_back({{"vault", s(d.vault.id)},
                           {"deletionDate", s(SimClock::iso(d.deletionMs))},
                           {"scheduledPurgeDate", s(SimClock::iso(d.scheduledPurgeMs))},
                           {"keys", qint64(d.data.keys.size())}});
    doc["deletedVaults"] = deleted;
    Json envs = Json::array();
    for (const Environment &e : environments)
        envs.push_back({{"id", s(e.id)},
                        {"displayName", s(e.displayName)},
                        {"location", s(e.location)},
                        {"sku", s(e.sku)},
                        {"policy", s(e.policyKey)},
                        {"linkStatus", s(e.linkStatus)},
                        {"locked", e.locked},
                        {"lockReason", s(e.lockReason)}});
    doc["environments"] = envs;
    return doc;
}

} // namespace cmk::sandbox
