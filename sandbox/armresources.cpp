#include "armresources.h"

#include <QCryptographicHash>
#include <QUuid>

namespace cmk::sandbox::arm {

ArmResource &put(World &world, const QString &id, const QString &type, const QString &tenantId, Json body)
{
    ArmResource &r = world.resources[id.toLower()];
    r.id = id;
    r.type = type;
    r.tenantId = tenantId;
    r.body = std::move(body);
    return r;
}

void remove(World &world, const QString &id)
{
    world.resources.erase(id.toLower());
}

Json envelope(const QString &id, const QString &type, const QString &location, Json properties)
{
    Json body;
    body["id"] = s(id);
    body["name"] = s(id.section(u'/', -1));
    body["type"] = s(type);
    if (!location.isEmpty())
        body["location"] = s(location);
    body["tags"] = Json::object();
    if (!properties.contains("provisioningState"))
        properties["provisioningState"] = "Succeeded";
    body["properties"] = std::move(properties);
    return body;
}

QString subscriptionOf(const QString &resourceId)
{
    const QStringList seg = resourceId.split(u'/', Qt::SkipEmptyParts);
    if (seg.size() >= 2 && seg.at(0).compare(QLatin1StringView("subscriptions"), Qt::CaseInsensitive) == 0)
        return seg.at(1);
    return {};
}

QString tenantOf(World &world, const QString &resourceId)
{
    const Subscription *sub = world.subscription(subscriptionOf(resourceId));
    return sub ? sub->tenantId : QString();
}

ArmResource &resourceGroup(World &world, const QString &subscription, const QString &name,
                           const QString &location)
{
    const QString id = QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(subscription, name);
    return put(world, id, QStringLiteral("Microsoft.Resources/resourceGroups"), tenantOf(world, id),
               envelope(id, QStringLiteral("Microsoft.Resources/resourceGroups"), location));
}

QString roleDefinitionId(const QString &scope, const QString &roleGuid)
{
    const QString sub = subscriptionOf(scope);
    return sub.isEmpty()
        ? QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + roleGuid
        : QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
              .arg(sub, roleGuid);
}

ArmResource &assignRole(World &world, const QString &scope, const QString &roleGuid,
                        const QString &principalId, const QString &principalType, const QString &createdBy)
{
    const QByteArray seed
        = (scope.toLower() + u'|' + roleGuid.toLower() + u'|' + principalId.toLower()).toUtf8();
    const QString name
        = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), seed)
              .toString(QUuid::WithoutBraces);
    const QString id = scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name;
    Json properties = {{"roleDefinitionId", s(roleDefinitionId(scope, roleGuid))},
                       {"principalId", s(principalId)},
                       {"principalType", s(principalType)},
                       {"scope", s(scope)},
                       {"condition", nullptr},
                       {"conditionVersion", nullptr},
                       {"createdOn", s(nowIso(world))},
                       {"updatedOn", s(nowIso(world))},
                       {"createdBy", createdBy.isEmpty() ? Json(nullptr) : Json(s(createdBy))},
                       {"updatedBy", createdBy.isEmpty() ? Json(nullptr) : Json(s(createdBy))},
                       {"delegatedManagedIdentityResourceId", nullptr},
                       {"description", nullptr}};
    Json body = {{"properties", properties},
                 {"id", s(id)},
                 {"type", "Microsoft.Authorization/roleAssignments"},
                 {"name", s(name)}};
    return put(world, id, QStringLiteral("Microsoft.Authorization/roleAssignments"), tenantOf(world, scope),
               body);
}

ServicePrincipal &managedIdentityPrincipal(World &world, const QString &tenantId, const QString &resourceId,
                                           const QString &displayName)
{
    ServicePrincipal sp;
    sp.objectId = world.newGuid();
    sp.appId = world.newGuid();
    sp.tenantId = tenantId;
    sp.displayName = displayName;
    sp.type = QStringLiteral("ManagedIdentity");
    sp.managedIdentityResourceId = resourceId;
    sp.createdMs = world.clock.nowMs();
    world.servicePrincipals.push_back(sp);
    return world.servicePrincipals.back();
}

ArmResource &vault(World &world, const QString &id, const QString &tenantId, const QString &location,
                   bool rbac, bool purgeProtection)
{
    Json properties = {{"sku", {{"family", "A"}, {"name", "standard"}}},
                       {"tenantId", s(tenantId)},
                       {"accessPolicies", Json::array()},
                       {"enabledForDeployment", false},
                       {"enabledForDiskEncryption", false},
                       {"enabledForTemplateDeployment", false},
                       {"enableSoftDelete", true},
                       {"softDeleteRetentionInDays", 90},
                       {"enableRbacAuthorization", rbac},
                       {"vaultUri", ""},
                       {"publicNetworkAccess", "Enabled"},
                       {"networkAcls",
                        {{"bypass", "AzureServices"},
                         {"defaultAction", "Allow"},
                         {"ipRules", Json::array()},
                         {"virtualNetworkRules", Json::array()}}},
                       {"privateEndpointConnections", Json::array()},
                       {"provisioningState", "Succeeded"}};
    if (purgeProtection)
        properties["enablePurgeProtection"] = true;
    ArmResource &r = put(world, id, QStringLiteral("Microsoft.KeyVault/vaults"), tenantId,
                         envelope(id, QStringLiteral("Microsoft.KeyVault/vaults"), location, properties));
    VaultData &data = world.vaults[id.toLower()];
    data.resourceKey = id.toLower();
    return r;
}

KeyVersion &addKeyVersion(World &world, const QString &vaultId, const QString &keyName, const QString &kty,
                          int size)
{
    VaultData &data = world.vaults[vaultId.toLower()];
    Key &key = data.keys[keyName.toLower()];
    key.name = keyName;
    KeyVersion v;
    v.version = world.newHex(16);
    v.kty = kty;
    v.keySize = size;
    v.keyOps = {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
                QStringLiteral("verify"),  QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    v.created = v.updated = world.clock.nowMs() / 1000;
    v.modulus = QByteArray::fromHex(world.newHex(size / 8).toLatin1());
    key.versions.push_back(v);
    return key.versions.back();
}

QString nowIso(const World &world)
{
    return SimClock::iso(world.clock.nowMs());
}

Json systemData(const World &world, const Principal &actor, const Json &previous)
{
    const QString who = actor.upn.isEmpty() ? actor.objectId : actor.upn;
    const char *type = actor.kind == Principal::Kind::User ? "User"
        : actor.kind == Principal::Kind::ManagedIdentity   ? "ManagedIdentity"
                                                           : "Application";
    const std::string now = s(nowIso(world));
    Json data = previous.is_object() && previous.contains("createdBy")
        ? previous
        : Json {{"createdBy", s(who)}, {"createdByType", type}, {"createdAt", now}};
    data["lastModifiedBy"] = s(who);
    data["lastModifiedByType"] = type;
    data["lastModifiedAt"] = now;
    return data;
}

} // namespace cmk::sandbox::arm
