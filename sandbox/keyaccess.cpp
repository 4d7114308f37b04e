#include "keyaccess.h"

#include <QUrl>

namespace cmk::sandbox {

namespace {

QString dataAction(KeyOperation op)
{
    switch (op) {
    case KeyOperation::Get:
    case KeyOperation::List:
        return QStringLiteral("Microsoft.KeyVault/vaults/keys/read");
    case KeyOperation::Create:
        return QStringLiteral("Microsoft.KeyVault/vaults/keys/create/action");
    case KeyOperation::Update:
        return QStringLiteral("Microsoft.KeyVault/vaults/keys/update/action");
    case KeyOperation::Delete:
        return QStringLiteral("Microsoft.KeyVault/vaults/keys/delete");
    case KeyOperation::Recover:
        return QStringLiteral("Microsoft.KeyVault/vaults/deletedKeys/recover/action");
    case KeyOperation::Purge:
        return QStringLiteral("Microsoft.KeyVault/vaults/deletedKeys/delete");
    case KeyOperation::Wrap:
        return QStringLiteral("Microsoft.KeyVault/vaults/keys/wrap/action");
    case KeyOperation::Unwrap:
        return QStringLiteral("Microsoft.KeyVault/vaults/keys/unwrap/action");
    case KeyOperation::Rotate:
        return QStringLiteral("Microsoft.KeyVault/vaults/keys/rotate/action");
    }
    return {};
}

QString policyPermission(KeyOperation op)
{
    switch (op) {
    case KeyOperation::Get:
        return QStringLiteral("get");
    case KeyOperation::List:
        return QStringLiteral("list");
    case KeyOperation::Create:
        return QStringLiteral("create");
    case KeyOperation::Update:
        return QStringLiteral("update");
    case KeyOperation::Delete:
        return QStringLiteral("delete");
    case KeyOperation::Recover:
        return QStringLiteral("recover");
    case KeyOperation::Purge:
        return QStringLiteral("purge");
    case KeyOperation::Wrap:
        return QStringLiteral("wrapKey");
    case KeyOperation::Unwrap:
        return QStringLiteral("unwrapKey");
    case KeyOperation::Rotate:
        return QStringLiteral("rotate");
    }
    return {};
}

} // namespace

AccessDecision keyVaultAccess(const World &world, const ArmResource &vault, const QString &principalObjectId,
                              KeyOperation op, const QString &keyName, bool trustedService)
{
    AccessDecision d;
    const Json &p = vault.body["properties"];
    const bool publicDisabled
        = str(p, "publicNetworkAccess").compare(QLatin1StringView("Disabled"), Qt::CaseInsensitive) == 0;
    const Json &acls = p.contains("networkAcls") ? p["networkAcls"] : Json::object();
    const bool denyByDefault
        = str(acls, "defaultAction").compare(QLatin1StringView("Deny"), Qt::CaseInsensitive) == 0;
    const bool bypass = str(acls, "bypass", QStringLiteral("AzureServices"))
                            .contains(QLatin1StringView("AzureServices"), Qt::CaseInsensitive);
    // Every client of the sandbox comes from 127.0.0.1: an IP rule for it lets people through.
    bool allowedAddress = false;
    if (acls.contains("ipRules") && acls["ipRules"].is_array()) {
        for (const Json &rule : acls["ipRules"]) {
            const QString value = str(rule, "value");
            allowedAddress = allowedAddress || value == QLatin1StringView("127.0.0.1")
                || value == QLatin1StringView("127.0.0.1/32") || value == QLatin1StringView("127.0.0.0/8");
        }
    }
    if ((publicDisabled || (denyByDefault && !allowedAddress)) && !(trustedService && bypass)) {
        d.code = QStringLiteral("Forbidden");
        d.innerCode = QStringLiteral("ForbiddenByFirewall");
        d.message
            = QStringLiteral(
                  "Client address is not authorized and caller is not a trusted service.\r\nClient address: "
                  "127.0.0.1\r\nCaller: appid=;oid=%1\r\nVault: %2;location=%3")
                  .arg(principalObjectId, str(vault.body, "name"), str(vault.body, "location"));
        return d;
    }
    const QString perm = policyPermission(op);
    if (p.value("enableRbacAuthorization", false)) {
        const QString keyScope = vault.id + QStringLiteral("/keys/") + keyName;
        if (world.authorized(principalObjectId, dataAction(op), keyName.isEmpty() ? vault.id : keyScope,
                             true)) {
            d.allowed = true;
            return d;
        }
        d.code = QStringLiteral("Forbidden");
        d.innerCode = QStringLiteral("ForbiddenByRbac");
        d.message
            = QStringLiteral(
                  "Caller is not authorized to perform action on resource.\r\nIf role assignments, deny "
                  "assignments or role definitions were changed recently, please observe propagation "
                  "time.\r\nCaller: oid=%1\r\nAction: '%2'\r\nResource: '%3'\r\nAssignment: (not found)\r\n"
                  "Vault: %4;location=%5")
                  .arg(principalObjectId, dataAction(op),
                       (keyName.isEmpty() ? vault.id : vault.id + QStringLiteral("/keys/") + keyName)
                           .toLower(),
                       str(vault.body, "name"), str(vault.body, "location"));
        return d;
    }
    for (const auto &policy : p.value("accessPolicies", Json::array())) {
        if (str(policy, "objectId").compare(principalObjectId, Qt::CaseInsensitive) != 0)
            continue;
        for (const auto &k : policy.value("permissions", Json::object()).value("keys", Json::array())) {
            const QString granted = qs(k.get<std::string>());
            if (granted.compare(perm, Qt::CaseInsensitive) == 0
                || granted.compare(QLatin1StringView("all"), Qt::CaseInsensitive) == 0) {
                d.allowed = true;
                return d;
            }
        }
    }
    d.code = QStringLiteral("Forbidden");
    d.innerCode = QStringLiteral("ForbiddenByPolicy");
    d.message = QStringLiteral(
                    "The user, group or application 'oid=%1;' does not have keys %2 permission on key vault "
                    "'%3;location=%4'. For help resolving this issue, please see "
                    "https://go.microsoft.com/fwlink/?linkid=2125287")
                    .arg(principalObjectId, perm, str(vault.body, "name"), str(vault.body, "location"));
    return d;
}

QString keyProblem(World &world, const QString &vaultId, const QString &keyName, const QString &keyVersion,
                   const QString &principalObjectId)
{
    const ArmResource *vault = world.resource(vaultId);
    if (!vault)
        return QStringLiteral("VaultDeleted");
    const auto data = world.vaults.find(vaultId.toLower());
    if (data == world.vaults.end())
        return QStringLiteral("VaultDeleted");
    const auto key = data->second.keys.find(keyName.toLower());
    if (key == data->second.keys.end() || key->second.deleted)
        return QStringLiteral("KeyDeleted");
    const std::vector<KeyVersion> &versions = key->second.versions;
    const KeyVersion *used = nullptr;
    for (const KeyVersion &v : versions) {
        if (keyVersion.isEmpty() || v.version.compare(keyVersion, Qt::CaseInsensitive) == 0)
            used = &v;
    }
    if (!used)
        return QStringLiteral("KeyDeleted");
    if (!used->enabled)
        return used == &versions.back() ? QStringLiteral("KeyDisabled")
                                        : QStringLiteral("KeyVersionDisabled");
    const qint64 now = world.clock.nowMs() / 1000;
    if ((used->exp && *used->exp <= now) || (used->nbf && *used->nbf > now))
        return QStringLiteral("KeyDisabled");
    AccessDecision d
        = keyVaultAccess(world, *vault, principalObjectId, KeyOperation::Unwrap, key->second.name, true);
    if (d.allowed)
        d = keyVaultAccess(world, *vault, principalObjectId, KeyOperation::Wrap, key->second.name, true);
    if (!d.allowed)
        return d.innerCode == QLatin1StringView("ForbiddenByFirewall") ? QStringLiteral("VaultNetworkBlocked")
                                                                       : QStringLiteral("PermissionRevoked");
    return {};
}

QString federationProblem(World &world, const QString &resourceTenant, const QString &identityResourceId,
                          const QString &federatedClientId, const QString &keyTenant,
                          const QString &loginOrigin, const QString &expectedAudience)
{
    const ArmResource *identity = world.resource(identityResourceId);
    if (!identity)
        return QStringLiteral("The user-assigned identity %1 does not exist.").arg(identityResourceId);
    const QString principalId = str(identity->body["properties"], "principalId");
    Application *app = world.applicationByAppId(federatedClientId);
    if (!app || app->tenantId != resourceTenant)
        return QStringLiteral(
                   "AADSTS700016: Application with identifier '%1' was not found in the directory '%2'. The "
                   "federatedClientId must be an application registered in the tenant of this resource.")
            .arg(federatedClientId, resourceTenant);
    if (keyTenant != resourceTenant && app->signInAudience != QLatin1StringView("AzureADMultipleOrgs"))
        return QStringLiteral(
                   "AADSTS700016: Application '%1' is not a multi-tenant application, so it cannot be used "
                   "in tenant '%2'. Set signInAudience to AzureADMultipleOrgs.")
            .arg(federatedClientId, keyTenant);
    if (app->federatedCredentials.empty())
        return QStringLiteral(
                   "AADSTS70021: No matching federated identity record found for presented assertion. The "
                   "application %1 has no federated identity credential.")
            .arg(federatedClientId);
    const QString issuer = loginOrigin + resourceTenant + QStringLiteral("/v2.0");
    const FederatedCredential *byIssuer = nullptr;
    for (const FederatedCredential &f : app->federatedCredentials) {
        if (f.issuer == issuer)
            byIssuer = &f;
    }
    if (!byIssuer)
        return QStringLiteral(
                   "AADSTS700211: No matching federated identity record found for presented assertion issuer "
                   "'%1'. Please check your federated identity credential Subject, Audience and Issuer "
                   "against the presented assertion.")
            .arg(issuer);
    const FederatedCredential *bySubject = nullptr;
    for (const FederatedCredential &f : app->federatedCredentials) {
        if (f.issuer == issuer && f.subject == principalId) // exact, case-sensitive, as Entra compares
            bySubject = &f;
    }
    if (!bySubject)
        return QStringLiteral(
                   "AADSTS700213: No matching federated identity record found for presented assertion "
                   "subject "
                   "'%1'. Please check your federated identity credential Subject, Audience and Issuer "
                   "against the presented assertion.")
            .arg(principalId);
    if (!bySubject->audiences.contains(expectedAudience))
        return QStringLiteral(
                   "AADSTS700212: No matching federated identity record found for presented assertion "
                   "audience '%1'.")
            .arg(expectedAudience);
    if (keyTenant != resourceTenant && !world.servicePrincipal(keyTenant, federatedClientId))
        return QStringLiteral(
                   "AADSTS700016: Application with identifier '%1' was not found in the directory '%2'. This "
                   "can happen if the application has not been installed by the administrator of the tenant "
                   "or consented to by any user in the tenant.")
            .arg(federatedClientId, keyTenant);
    return {};
}

ArmResource *vaultForKeyUrl(World &world, const QUrl &keyUrl)
{
    for (auto &[key, vault] : world.vaults) {
        ArmResource *r = world.resource(key);
        if (!r)
            continue;
        const QUrl uri(str(r->body["properties"], "vaultUri"));
        if (uri.host() == keyUrl.host() && uri.port() == keyUrl.port())
            return r;
    }
    return nullptr;
}

} // namespace cmk::sandbox
