#include "services/armclient.h"

#include "services/jsonutil.h"
#include "types/names.h"
#include "types/region.h"

#include <QRegularExpression>

#include <utility>

namespace cmk::services {

namespace {

using json::Json;
using json::utf8;

// Resource types, as ARM spells them.
constexpr QLatin1StringView Subscriptions("Microsoft.Resources/subscriptions");
constexpr QLatin1StringView ResourceGroups("Microsoft.Resources/resourceGroups");
constexpr QLatin1StringView Providers("Microsoft.Resources/providers");
constexpr QLatin1StringView Features("Microsoft.Features/features");
constexpr QLatin1StringView RoleDefinitions("Microsoft.Authorization/roleDefinitions");
constexpr QLatin1StringView RoleAssignments("Microsoft.Authorization/roleAssignments");
constexpr QLatin1StringView Identities("Microsoft.ManagedIdentity/userAssignedIdentities");
constexpr QLatin1StringView Vaults("Microsoft.KeyVault/vaults");
constexpr QLatin1StringView DeletedVaults("Microsoft.KeyVault/deletedVaults");
constexpr QLatin1StringView VaultKeys("Microsoft.KeyVault/vaults/keys");
constexpr QLatin1StringView Connections("Microsoft.KeyVault/vaults/privateEndpointConnections");
constexpr QLatin1StringView PrivateEndpoints("Microsoft.Network/privateEndpoints");
constexpr QLatin1StringView VirtualNetworks("Microsoft.Network/virtualNetworks");
constexpr QLatin1StringView Subnets("Microsoft.Network/virtualNetworks/subnets");
constexpr QLatin1StringView DiskEncryptionSets("Microsoft.Compute/diskEncryptionSets");
constexpr QLatin1StringView NetAppAccounts("Microsoft.NetApp/netAppAccounts");
constexpr QLatin1StringView EnterprisePolicies("Microsoft.PowerPlatform/enterprisePolicies");

struct TypeInfo
{
    QLatin1StringView type;
    QLatin1StringView apiVersion; ///< empty: the parent type's
    const char *noun; ///< for input errors, translated with ArmClient::tr
};

// The api-versions this client sends: shared/azure-contract/arm.md, "Chosen api-versions".
// Older clouds may lag; a rejected version shows as InvalidApiVersionParameter.
constexpr TypeInfo Types[] = {
    {Subscriptions, QLatin1StringView("2022-12-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "subscription")},
    {ResourceGroups, QLatin1StringView("2021-04-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "resource group")},
    {Providers, QLatin1StringView("2021-04-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "resource provider")},
    {Features, QLatin1StringView("2021-07-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "preview feature")},
    {RoleDefinitions, QLatin1StringView("2022-04-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "role definition")},
    {RoleAssignments, QLatin1StringView("2022-04-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "role assignment")},
    {Identities, QLatin1StringView("2023-01-31"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "user-assigned managed identity")},
    {Vaults, QLatin1StringView("2024-11-01"), QT_TRANSLATE_NOOP("cmk::services::ArmClient", "key vault")},
    {DeletedVaults, QLatin1StringView("2024-11-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "deleted key vault")},
    {VaultKeys, QLatin1StringView(), QT_TRANSLATE_NOOP("cmk::services::ArmClient", "key")},
    {Connections, QLatin1StringView(),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "private endpoint connection")},
    {PrivateEndpoints, QLatin1StringView("2024-05-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "private endpoint")},
    {VirtualNetworks, QLatin1StringView("2024-05-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "virtual network")},
    {Subnets, QLatin1StringView(), // read with their virtual network
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "subnet")},
    {DiskEncryptionSets, QLatin1StringView("2025-01-02"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "disk encryption set")},
    {NetAppAccounts, QLatin1StringView("2025-06-01"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "NetApp account")},
    {EnterprisePolicies, QLatin1StringView("2020-10-30"),
     QT_TRANSLATE_NOOP("cmk::services::ArmClient", "enterprise policy")},
};

const TypeInfo *typeInfo(QStringView type)
{
    for (const TypeInfo &info : Types) {
        if (type.compare(info.type, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

QString noun(QLatin1StringView type)
{
    const TypeInfo *info = typeInfo(QString(type));
    return info ? ArmClient::tr(info->noun) : QString(type);
}

/// The type of the resource `id` names, including subscriptions and resource groups.
QString typeOf(const ResourceId &id)
{
    switch (id.level()) {
    case ResourceId::Level::Subscription:
        return Subscriptions;
    case ResourceId::Level::ResourceGroup:
        return ResourceGroups;
    default:
        return id.resourceType();
    }
}

// Names ARM gives enum values, in both directions.
template<typename E> struct EnumName
{
    E value;
    QLatin1StringView name;
};

constexpr EnumName<PrincipalType> PrincipalTypes[]
    = {{PrincipalType::User, QLatin1StringView("User")},
       {PrincipalType::Group, QLatin1StringView("Group")},
       {PrincipalType::ServicePrincipal, QLatin1StringView("ServicePrincipal")},
       {PrincipalType::ForeignGroup, QLatin1StringView("ForeignGroup")}};
constexpr EnumName<PrivateLinkStatus> LinkStatuses[]
    = {{PrivateLinkStatus::Pending, QLatin1StringView("Pending")},
       {PrivateLinkStatus::Approved, QLatin1StringView("Approved")},
       {PrivateLinkStatus::Rejected, QLatin1StringView("Rejected")},
       {PrivateLinkStatus::Disconnected, QLatin1StringView("Disconnected")}};
constexpr EnumName<DiskEncryptionType> EncryptionTypes[]
    = {{DiskEncryptionType::CustomerKey, QLatin1StringView("EncryptionAtRestWithCustomerKey")},
       {DiskEncryptionType::PlatformAndCustomerKeys,
        QLatin1StringView("EncryptionAtRestWithPlatformAndCustomerKeys")},
       {DiskEncryptionType::ConfidentialVmCustomerKey,
        QLatin1StringView("ConfidentialVmEncryptedWithCustomerKey")}};
constexpr EnumName<VaultSku> VaultSkus[] = {{VaultSku::Standard, QLatin1StringView("standard")},
                                            {VaultSku::Premium, QLatin1StringView("premium")}};
constexpr EnumName<AccessPolicyUpdate> AccessPolicyUpdates[]
    = {{AccessPolicyUpdate::Add, QLatin1StringView("add")},
       {AccessPolicyUpdate::Replace, QLatin1StringView("replace")},
       {AccessPolicyUpdate::Remove, QLatin1StringView("remove")}};

template<typename E, size_t N> std::string nameOf(const EnumName<E> (&names)[N], E value)
{
    for (const EnumName<E> &n : names) {
        if (n.value == value)
            return std::string(n.name.data(), size_t(n.name.size()));
    }
    return {};
}

template<typename E, size_t N> E valueOf(const EnumName<E> (&names)[N], const QString &name, E fallback)
{
    for (const EnumName<E> &n : names) {
        if (name.compare(n.name, Qt::CaseInsensitive) == 0)
            return n.value;
    }
    return fallback;
}

// ---- Reading answers -------------------------------------------------------------------------

const Json &at(const Json &node)
{
    return node;
}

/// The value at the path `key`, `rest`... under `node`, or null when any step is missing.
template<typename... Keys> const Json &at(const Json &node, std::string_view key, Keys... rest)
{
    static const Json null;
    const Json *child = json::member(node, key);
    return child ? at(*child, rest...) : null;
}

QString text(const Json &node)
{
    return node.is_string() ? QString::fromStdString(node.get<std::string>()) : QString();
}

bool flag(const Json &node, bool fallback)
{
    return node.is_boolean() ? node.get<bool>() : fallback;
}

int number(const Json &node, int fallback)
{
    return node.is_number_integer() ? node.get<int>() : fallback;
}

QStringList texts(const Json &node)
{
    QStringList out;
    if (node.is_array()) {
        for (const Json &item : node)
            out << text(item);
    }
    return out;
}

ResourceId resourceId(const Json &node)
{
    return ResourceId::parse(text(node)).value_or(ResourceId());
}

template<typename Guid> Guid guid(const Json &node)
{
    return Guid::parse(text(node)).value_or(Guid());
}

RawJson rawOf(const Json &node)
{
    return RawJson {json::dump(node)};
}

/// Records that `field` is missing or unreadable; false so callers can return it.
bool need(bool present, const char *field, QString *why)
{
    if (!present && why)
        *why = ArmClient::tr("the answer has no valid \"%1\"").arg(QLatin1StringView(field));
    return present;
}

/// The fields every resource has: its ID (required) and the document itself.
template<typename T> bool readResource(const Json &node, T &out, QString *why)
{
    out.id = resourceId(at(node, "id"));
    out.raw = rawOf(node);
    return need(out.id.isValid(), "id", why);
}

bool read(const Json &node, Subscription &out, QString *why)
{
    out.id = guid<SubscriptionId>(at(node, "subscriptionId"));
    out.tenantId = guid<TenantId>(at(node, "tenantId"));
    out.displayName = text(at(node, "displayName"));
    out.state = text(at(node, "state"));
    return need(!out.id.isNull(), "subscriptionId", why);
}

bool read(const Json &node, ResourceGroup &out, QString *why)
{
    out.location = text(at(node, "location"));
    out.provisioningState = text(at(node, "properties", "provisioningState"));
    return readResource(node, out, why);
}

bool read(const Json &node, ResourceProvider &out, QString *why)
{
    out.providerNamespace = text(at(node, "namespace"));
    out.registrationState = text(at(node, "registrationState"));
    const Json &types = at(node, "resourceTypes");
    if (types.is_array()) {
        for (const Json &type : types)
            out.resourceTypes.append({text(at(type, "resourceType")), texts(at(type, "locations")),
                                      texts(at(type, "apiVersions"))});
    }
    return need(!out.providerNamespace.isEmpty(), "namespace", why);
}

bool read(const Json &node, PreviewFeature &out, QString *why)
{
    out.name = text(at(node, "name"));
    out.state = text(at(node, "properties", "state"));
    return need(!out.name.isEmpty(), "name", why);
}

bool read(const Json &node, RoleDefinition &out, QString *why)
{
    out.id = resourceId(at(node, "id"));
    out.name = QUuid::fromString(text(at(node, "name")));
    out.roleName = text(at(node, "properties", "roleName"));
    out.description = text(at(node, "properties", "description"));
    const Json &permissions = at(node, "properties", "permissions");
    if (permissions.is_array()) {
        for (const Json &p : permissions) {
            out.actions << texts(at(p, "actions"));
            out.notActions << texts(at(p, "notActions"));
            out.dataActions << texts(at(p, "dataActions"));
            out.notDataActions << texts(at(p, "notDataActions"));
        }
    }
    return need(!out.name.isNull(), "name", why);
}

bool read(const Json &node, RoleAssignment &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.id = resourceId(at(node, "id"));
    out.name = QUuid::fromString(text(at(node, "name")));
    out.scope = resourceId(at(p, "scope"));
    out.role = QUuid::fromString(text(at(p, "roleDefinitionId")).section(u'/', -1));
    out.principalId = guid<ObjectId>(at(p, "principalId"));
    out.principalType = valueOf(PrincipalTypes, text(at(p, "principalType")), PrincipalType::User);
    out.description = text(at(p, "description"));
    return need(out.id.isValid(), "id", why) && need(!out.role.isNull(), "properties.roleDefinitionId", why)
        && need(!out.principalId.isNull(), "properties.principalId", why);
}

bool read(const Json &node, UserAssignedIdentity &out, QString *why)
{
    out.location = text(at(node, "location"));
    out.principalId = guid<ObjectId>(at(node, "properties", "principalId"));
    out.clientId = guid<AppId>(at(node, "properties", "clientId"));
    out.tenantId = guid<TenantId>(at(node, "properties", "tenantId"));
    return readResource(node, out, why);
}

bool read(const Json &node, AccessPolicy &out, QString *why)
{
    out.tenantId = guid<TenantId>(at(node, "tenantId"));
    out.objectId = guid<ObjectId>(at(node, "objectId"));
    out.keys = texts(at(node, "permissions", "keys"));
    out.secrets = texts(at(node, "permissions", "secrets"));
    out.certificates = texts(at(node, "permissions", "certificates"));
    return need(!out.objectId.isNull(), "objectId", why);
}

bool read(const Json &node, PrivateEndpointConnection &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.privateEndpoint = resourceId(at(p, "privateEndpoint", "id"));
    out.status = valueOf(LinkStatuses, text(at(p, "privateLinkServiceConnectionState", "status")),
                         PrivateLinkStatus::Unknown);
    out.description = text(at(p, "privateLinkServiceConnectionState", "description"));
    out.provisioningState = text(at(p, "provisioningState"));
    return readResource(node, out, why);
}

bool read(const Json &node, Subnet &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.id = resourceId(at(node, "id"));
    out.addressPrefix = text(at(p, "addressPrefix"));
    const Json &delegations = at(p, "delegations");
    if (delegations.is_array()) {
        for (const Json &d : delegations)
            out.delegations << text(at(d, "properties", "serviceName"));
    }
    return need(out.id.isValid(), "id", why);
}

/// Every item of `array`, read as T; false at the first one that cannot be read.
template<typename T> bool readAll(const Json &array, QList<T> &out, QString *why)
{
    if (!array.is_array())
        return true;
    for (const Json &item : array) {
        T value;
        if (!read(item, value, why))
            return false;
        out.append(std::move(value));
    }
    return true;
}

bool read(const Json &node, KeyVault &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.location = text(at(node, "location"));
    out.tenantId = guid<TenantId>(at(p, "tenantId"));
    out.sku = valueOf(VaultSkus, text(at(p, "sku", "name")), VaultSku::Standard);
    out.enableRbacAuthorization = flag(at(p, "enableRbacAuthorization"), false);
    out.enablePurgeProtection = flag(at(p, "enablePurgeProtection"), false);
    out.softDeleteRetentionInDays = number(at(p, "softDeleteRetentionInDays"), 90);
    out.vaultUri = QUrl(text(at(p, "vaultUri")), QUrl::StrictMode);
    out.enableSoftDelete = flag(at(p, "enableSoftDelete"), true);
    out.publicNetworkAccess = text(at(p, "publicNetworkAccess"));
    out.networkDefaultAction = text(at(p, "networkAcls", "defaultAction"));
    out.networkBypass = text(at(p, "networkAcls", "bypass"));
    out.provisioningState = text(at(p, "provisioningState"));
    return readResource(node, out, why) && readAll(at(p, "accessPolicies"), out.accessPolicies, why)
        && readAll(at(p, "privateEndpointConnections"), out.privateEndpointConnections, why);
}

bool read(const Json &node, VaultKey &out, QString *why)
{
    const Json &p = at(node, "properties");
    const Json &attributes = at(p, "attributes");
    out.keyType = text(at(p, "kty"));
    out.keySize = number(at(p, "keySize"), 0);
    out.keyOperations = texts(at(p, "keyOps"));
    out.enabled = flag(at(attributes, "enabled"), false);
    out.notBefore = json::unixTime(attributes, "nbf");
    out.expires = json::unixTime(attributes, "exp");
    out.created = json::unixTime(attributes, "created");
    out.updated = json::unixTime(attributes, "updated");
    out.recoveryLevel = text(at(attributes, "recoveryLevel"));
    out.keyUri = QUrl(text(at(p, "keyUri")), QUrl::StrictMode);
    out.keyUriWithVersion = QUrl(text(at(p, "keyUriWithVersion")), QUrl::StrictMode);
    return readResource(node, out, why) && need(attributes.is_object(), "properties.attributes", why);
}

bool read(const Json &node, PrivateEndpoint &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.location = text(at(node, "location"));
    out.subnet = resourceId(at(p, "subnet", "id"));
    out.provisioningState = text(at(p, "provisioningState"));
    for (const char *kind : {"manualPrivateLinkServiceConnections", "privateLinkServiceConnections"}) {
        const Json &connections = at(p, kind);
        if (!connections.is_array() || connections.empty())
            continue;
        const Json &c = at(connections.front(), "properties");
        out.keyVault = resourceId(at(c, "privateLinkServiceId"));
        out.requestMessage = text(at(c, "requestMessage"));
        out.connectionStatus
            = valueOf(LinkStatuses, text(at(c, "privateLinkServiceConnectionState", "status")),
                      PrivateLinkStatus::Unknown);
        out.connectionDescription = text(at(c, "privateLinkServiceConnectionState", "description"));
    }
    return readResource(node, out, why);
}

bool read(const Json &node, VirtualNetwork &out, QString *why)
{
    out.location = text(at(node, "location"));
    return readResource(node, out, why) && readAll(at(node, "properties", "subnets"), out.subnets, why);
}

/// The first (and for the tracks only) user-assigned identity of an `identity` object.
ResourceId firstUserAssignedIdentity(const Json &identity)
{
    const Json &map = at(identity, "userAssignedIdentities");
    return map.is_object() && !map.empty()
        ? ResourceId::parse(QString::fromStdString(map.begin().key())).value_or(ResourceId())
        : ResourceId();
}

bool read(const Json &node, DiskEncryptionSet &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.location = text(at(node, "location"));
    out.identity = firstUserAssignedIdentity(at(node, "identity"));
    out.activeKey = KeyIdentifier::parse(text(at(p, "activeKey", "keyUrl"))).value_or(KeyIdentifier());
    out.encryptionType
        = valueOf(EncryptionTypes, text(at(p, "encryptionType")), DiskEncryptionType::CustomerKey);
    out.federatedClientId = guid<AppId>(at(p, "federatedClientId")); // "None" reads as nil
    out.rotationToLatestKeyVersionEnabled = flag(at(p, "rotationToLatestKeyVersionEnabled"), false);
    out.provisioningState = text(at(p, "provisioningState"));
    const Json &previous = at(p, "previousKeys");
    if (previous.is_array()) {
        for (const Json &key : previous) {
            if (const auto id = KeyIdentifier::parse(text(at(key, "keyUrl"))))
                out.previousKeys.append(*id);
        }
    }
    return readResource(node, out, why);
}

bool read(const Json &node, NetAppAccount &out, QString *why)
{
    const Json &encryption = at(node, "properties", "encryption");
    out.location = text(at(node, "location"));
    out.provisioningState = text(at(node, "properties", "provisioningState"));
    const bool customerKey = text(at(encryption, "keySource"))
                                 .compare(QLatin1StringView("Microsoft.KeyVault"), Qt::CaseInsensitive)
        == 0;
    if (customerKey) {
        const Json &kvp = at(encryption, "keyVaultProperties");
        NetAppEncryption e;
        e.identity = resourceId(at(encryption, "identity", "userAssignedIdentity"));
        e.key = KeyIdentifier::make(QUrl(text(at(kvp, "keyVaultUri"))), text(at(kvp, "keyName")))
                    .value_or(KeyIdentifier());
        e.keyVault = resourceId(at(kvp, "keyVaultResourceId"));
        e.federatedClientId = guid<AppId>(at(encryption, "identity", "federatedClientId"));
        e.keyStatus = text(at(kvp, "status"));
        out.encryption = e;
    }
    return readResource(node, out, why);
}

bool read(const Json &node, EnterprisePolicy &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.location = text(at(node, "location"));
    out.keyVault = resourceId(at(p, "encryption", "keyVault", "id"));
    out.keyName = text(at(p, "encryption", "keyVault", "key", "name"));
    out.keyVersion = text(at(p, "encryption", "keyVault", "key", "version"));
    out.systemId = text(at(p, "systemId"));
    out.principalId = guid<ObjectId>(at(node, "identity", "systemAssignedIdentityPrincipalId"));
    out.healthStatus = text(at(p, "healthStatus"));
    out.encryptionState = text(at(p, "encryption", "state"));
    return readResource(node, out, why);
}

QDateTime dateTime(const Json &node)
{
    return QDateTime::fromString(text(node), Qt::ISODateWithMs).toUTC();
}

bool read(const Json &node, DeletedVault &out, QString *why)
{
    const Json &p = at(node, "properties");
    out.vaultId = resourceId(at(p, "vaultId"));
    out.name = text(at(node, "name"));
    out.location = text(at(p, "location"));
    out.deletionDate = dateTime(at(p, "deletionDate"));
    out.scheduledPurgeDate = dateTime(at(p, "scheduledPurgeDate"));
    out.purgeProtectionEnabled = flag(at(p, "purgeProtectionEnabled"), false);
    out.raw = rawOf(node);
    return need(out.vaultId.isValid(), "properties.vaultId", why)
        && need(!out.location.isEmpty(), "properties.location", why);
}

/// The access policy answer lists only the entries that were sent.
bool read(const Json &node, QList<AccessPolicy> &out, QString *why)
{
    return readAll(at(node, "properties", "accessPolicies"), out, why);
}

/// read() in the shape the shared JSON helpers take.
template<typename T> std::optional<T> readAs(const Json &node, QString *why)
{
    T value;
    if (!read(node, value, why))
        return std::nullopt;
    return value;
}

/// The parse step of ServiceClient::send() for an answer holding one T.
template<typename T> auto answerAs()
{
    return json::bodyAs<T>(&readAs<T>);
}

// ---- Writing ---------------------------------------------------------------------------------

/// The object at `key`, made one if it is anything else.
Json &objectAt(Json &parent, const char *key)
{
    Json &child = parent[key];
    if (!child.is_object())
        child = Json::object();
    return child;
}

/// The body of a write: the resource as last read, so what CMK Wizard does not model survives,
/// without the fields only the service sets. Other read-only fields are ignored by ARM.
Json writable(const RawJson &raw)
{
    Json body = raw.isEmpty() ? Json::object() : json::parse(raw.json);
    if (!body.is_object())
        body = Json::object();
    body.erase("systemData");
    objectAt(body, "properties").erase("provisioningState");
    return body;
}

/// Access policy entries as the vault and the accessPolicies operations take them.
Json accessPolicyEntries(const QList<AccessPolicy> &entries)
{
    Json policies = Json::array();
    for (const AccessPolicy &entry : entries) {
        Json permissions = Json::object();
        for (const auto &[kind, granted] :
             {std::pair {"keys", &entry.keys}, std::pair {"secrets", &entry.secrets},
              std::pair {"certificates", &entry.certificates}}) {
            if (granted->isEmpty())
                continue;
            Json names = Json::array();
            for (const QString &permission : *granted)
                names.push_back(utf8(permission));
            permissions[kind] = names;
        }
        policies.push_back({{"tenantId", utf8(entry.tenantId.toString())},
                            {"objectId", utf8(entry.objectId.toString())},
                            {"permissions", permissions}});
    }
    return policies;
}

Json userAssignedIdentity(const ResourceId &identity)
{
    Json identities = Json::object();
    identities[utf8(identity.toString())] = Json::object();
    return {{"type", "UserAssigned"}, {"userAssignedIdentities", identities}};
}

Json netAppEncryption(const NetAppEncryption &encryption)
{
    Json identity = {{"userAssignedIdentity", utf8(encryption.identity.toString())}};
    if (!encryption.federatedClientId.isNull())
        identity["federatedClientId"] = utf8(encryption.federatedClientId.toString());
    return {{"keySource", "Microsoft.KeyVault"},
            {"keyVaultProperties",
             {{"keyVaultUri", utf8(encryption.key.vaultUri().toString())},
              {"keyName", utf8(encryption.key.name())},
              {"keyVaultResourceId", utf8(encryption.keyVault.toString())}}},
            {"identity", identity}};
}

QString roleDefinitionId(const ResourceId &scope, const QUuid &role)
{
    return QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
        .arg(scope.subscriptionId().toString(), role.toString(QUuid::WithoutBraces));
}

QString subscriptionPath(const SubscriptionId &subscription)
{
    return QStringLiteral("/subscriptions/") + subscription.toString();
}

QString providerPath(const SubscriptionId &subscription, const QString &providerNamespace)
{
    return subscriptionPath(subscription) + QStringLiteral("/providers/") + providerNamespace;
}

QString featurePath(const SubscriptionId &subscription, const QString &providerNamespace,
                    const QString &feature)
{
    return subscriptionPath(subscription)
        + QStringLiteral("/providers/Microsoft.Features/providers/%1/features/%2")
              .arg(providerNamespace, feature);
}

QString roleAssignmentsPath(const ResourceId &scope)
{
    return scope.toString() + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments");
}

QString principalFilter(const ObjectId &principal)
{
    return principal.isNull() ? QStringLiteral("atScope()")
                              : QStringLiteral("principalId eq '%1'").arg(principal.toString());
}

// ---- Checking input (empty: fine) -------------------------------------------------------------

QString firstProblem(std::initializer_list<QString> problems)
{
    for (const QString &problem : problems) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkResource(const ResourceId &id, QLatin1StringView type)
{
    if (!id.isValid())
        return ArmClient::tr("No %1 was given; choose one, or paste its resource ID.").arg(noun(type));
    if (typeOf(id).compare(type, Qt::CaseInsensitive) != 0)
        //: %1 is a resource ID, %2 its type, %3 what the call needs ("key vault"), %4 that type.
        return ArmClient::tr("%1 has the resource type %2; use the resource ID of the %3 here (type %4).")
            .arg(quotedInput(id.toString()), typeOf(id), noun(type), type);
    return {};
}

QString checkScope(const ResourceId &scope)
{
    if (!scope.isValid())
        return ArmClient::tr(
            "No scope was given; choose the subscription, resource group or resource to grant "
            "the role on.");
    if (scope.level() == ResourceId::Level::Tenant || scope.level() == ResourceId::Level::Provider)
        return ArmClient::tr(
                   "%1 cannot hold role assignments; use a subscription, resource group or resource.")
            .arg(quotedInput(scope.toString()));
    return {};
}

QString checkRegion(const QString &location)
{
    ParseError error;
    return Region::parse(location, &error) ? QString() : error.message;
}

QString checkSubscription(const SubscriptionId &subscription)
{
    return subscription.isNull() ? ArmClient::tr("No subscription was given; choose a subscription.")
                                 : QString();
}

QString checkNamespace(const QString &providerNamespace)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+$"));
    return pattern.match(providerNamespace).hasMatch()
        ? QString()
        : ArmClient::tr("%1 is not a resource provider namespace; namespaces look like Microsoft.KeyVault.")
              .arg(quotedInput(providerNamespace));
}

QString checkProvider(const SubscriptionId &subscription, const QString &providerNamespace)
{
    return firstProblem({checkSubscription(subscription), checkNamespace(providerNamespace)});
}

QString checkFeature(const SubscriptionId &subscription, const QString &providerNamespace,
                     const QString &feature)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,259}$"));
    if (const QString problem = checkProvider(subscription, providerNamespace); !problem.isEmpty())
        return problem;
    return pattern.match(feature).hasMatch()
        ? QString()
        : ArmClient::tr(
              "%1 is not a preview feature name; names look like EncryptionAtRestWithCrossTenantKey.")
              .arg(quotedInput(feature));
}

QString checkRoleAssignment(const ResourceId &assignment)
{
    if (const QString problem = checkResource(assignment, RoleAssignments); !problem.isEmpty())
        return problem;
    return QUuid::fromString(assignment.name()).isNull()
        ? ArmClient::tr("%1 is not a role assignment ID: its last segment must be a GUID.")
              .arg(quotedInput(assignment.toString()))
        : QString();
}

QString checkRole(const QUuid &role)
{
    return role.isNull() ? ArmClient::tr("No role was given; use the GUID of a role definition, for example "
                                         "Reader's %1.")
                               .arg(BuiltInRole::Reader.toString(QUuid::WithoutBraces))
                         : QString();
}

QString checkPrincipal(const ObjectId &principal)
{
    return principal.isNull()
        ? ArmClient::tr("No principal was given; use the object ID of the user, group or "
                        "service principal, not an application (client) ID.")
        : QString();
}

QString checkVaultName(const ResourceId &vault)
{
    ParseError error;
    return Names::validateVaultName(vault.name(), &error) ? QString() : error.message;
}

QString checkNamePattern(const ResourceId &id, const QRegularExpression &pattern, const QString &rule)
{
    return !id.isValid() || pattern.match(id.name()).hasMatch() ? QString()
                                                                : rule.arg(quotedInput(id.name()));
}

/// A key of this cloud; `versioned`: with its version.
QString checkKey(const KeyIdentifier &key, const CloudProfile &cloud, bool versioned)
{
    if (!key.isValid())
        return ArmClient::tr("No key was given; paste the key identifier from the key's page in the Azure "
                             "portal.");
    ParseError error;
    if (!key.belongsTo(cloud, &error))
        return error.message;
    if (versioned && !key.isVersioned())
        return ArmClient::tr("The key %1 has no version; paste the key identifier of the current version "
                             "(it ends with 32 hexadecimal digits).")
            .arg(quotedInput(key.toString()));
    return {};
}

QString checkAccessPolicies(const QList<AccessPolicy> &entries, AccessPolicyUpdate update)
{
    static const QStringList keyPermissions
        = QStringLiteral("all encrypt decrypt wrapKey unwrapKey sign verify get list create update import "
                         "delete backup restore recover purge release rotate getrotationpolicy "
                         "setrotationpolicy")
              .split(u' ');
    if (entries.isEmpty())
        return ArmClient::tr("No access policy entries were given; add at least one principal with its "
                             "permissions.");
    for (const AccessPolicy &entry : entries) {
        if (entry.tenantId.isNull())
            return ArmClient::tr("An access policy entry has no tenant ID; use the key vault's tenant.");
        if (const QString problem = checkPrincipal(entry.objectId); !problem.isEmpty())
            return problem;
        const bool none = entry.keys.isEmpty() && entry.secrets.isEmpty() && entry.certificates.isEmpty();
        if (none && update != AccessPolicyUpdate::Remove)
            return ArmClient::tr(
                       "The access policy entry for %1 grants no permission; a customer-managed key "
                       "needs get, wrapKey and unwrapKey.")
                .arg(entry.objectId.toString());
        for (const QString &permission : entry.keys) {
            if (!keyPermissions.contains(permission, Qt::CaseInsensitive))
                return ArmClient::tr(
                           "%1 is not a key permission; a customer-managed key needs get, wrapKey and "
                           "unwrapKey (all permissions: %2).")
                    .arg(quotedInput(permission), keyPermissions.join(QStringLiteral(", ")));
        }
    }
    return {};
}

QString checkRetention(int days)
{
    return days >= 7 && days <= 90
        ? QString()
        : ArmClient::tr(
              "A deleted vault can be kept for 7 to 90 days, not %1; choose a number in that range.")
              .arg(days);
}

QString checkVaultNetwork(const VaultNetwork &network)
{
    if (network.publicNetworkAccess.isEmpty() && network.defaultAction.isEmpty() && network.bypass.isEmpty())
        return ArmClient::tr("No network rule was given; set public network access, the default action or "
                             "the bypass.");
    struct Field
    {
        const QString &value;
        QStringList allowed;
        const char *name;
    };
    const Field fields[]
        = {{network.publicNetworkAccess,
            {QStringLiteral("Enabled"), QStringLiteral("Disabled")},
            "publicNetworkAccess"},
           {network.defaultAction, {QStringLiteral("Allow"), QStringLiteral("Deny")}, "defaultAction"},
           {network.bypass, {QStringLiteral("AzureServices"), QStringLiteral("None")}, "bypass"}};
    for (const Field &field : fields) {
        if (!field.value.isEmpty() && !field.allowed.contains(field.value, Qt::CaseInsensitive))
            //: %1 is the value given, in quotes; %2 the vault property; %3 the values it takes
            return ArmClient::tr("%1 is not a value of the key vault's %2; use %3.")
                .arg(quotedInput(field.value), QLatin1StringView(field.name),
                     field.allowed.join(QStringLiteral(" or ")));
    }
    return {};
}

/// `value` spelled as `allowed` spells it.
QString canonical(const QString &value, const QStringList &allowed)
{
    for (const QString &a : allowed) {
        if (a.compare(value, Qt::CaseInsensitive) == 0)
            return a;
    }
    return value;
}

QString checkPolicyLocation(const QString &location)
{
    ParseError error;
    return PolicyLocation::parse(location, &error) ? QString() : error.message;
}

QString checkKeyName(const QString &name)
{
    ParseError error;
    return Names::validateKeyName(name, &error) ? QString() : error.message;
}

QString checkKeyVersion(const QString &version)
{
    ParseError error;
    return Names::validateKeyVersion(version, &error) ? QString() : error.message;
}

QString checkDiskEncryptionSetName(const ResourceId &set)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    return checkNamePattern(
        set, name,
        ArmClient::tr("The disk encryption set name %1 may have only letters, digits, '_' "
                      "and '-', at most 80 of them."));
}

QString checkNetAppName(const ResourceId &account)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$"));
    return checkNamePattern(
        account, name,
        ArmClient::tr("The NetApp account name %1 must start with a letter or digit and have "
                      "at most 128 letters, digits, '-' and '_'."));
}

QString checkNetAppEncryption(const NetAppEncryption &encryption, const CloudProfile &cloud)
{
    return firstProblem({checkResource(encryption.identity, Identities),
                         checkKey(encryption.key, cloud, false), checkResource(encryption.keyVault, Vaults)});
}

/// Role assignment names are UUIDv5 in this namespace. Never change it: re-runs find their
/// assignments by these names.
constexpr QUuid RoleAssignmentNamespace {0x5d3c9a4e, 0x2b7f, 0x4c1e, 0x9a, 0x61, 0x3e,
                                         0x8d,       0x0f,   0x72,   0xc4, 0xb9};

} // namespace

ArmClient::ArmClient(http::Pipeline *pipeline)
    : ServiceClient(pipeline)
{
}

QString ArmClient::apiVersion(QStringView resourceType)
{
    for (QStringView type = resourceType; type.count(u'/') >= 1; type = type.left(type.lastIndexOf(u'/'))) {
        if (const TypeInfo *info = typeInfo(type); info && !info->apiVersion.isEmpty())
            return info->apiVersion;
    }
    return {};
}

QUuid ArmClient::roleAssignmentName(const ResourceId &scope, const QUuid &role, const ObjectId &principal)
{
    const QString seed = scope.toString().toLower() + u'|' + role.toString(QUuid::WithoutBraces) + u'|'
        + principal.toString();
    return QUuid::createUuidV5(RoleAssignmentNamespace, seed);
}

QUrl ArmClient::url(const CloudProfile &profile, const QString &path, QStringView resourceType)
{
    QUrl url = CloudProfile::join(profile.armEndpoint, path);
    url.setQuery(QStringLiteral("api-version=") + apiVersion(resourceType));
    return url;
}

http::RequestSpec ArmClient::request(const QByteArray &method, const QString &path,
                                     const QString &resourceType, const QString &operation,
                                     const QString &filter) const
{
    QUrl url = CloudProfile::join(pipeline()->profile().armEndpoint, path);
    QList<QPair<QString, QString>> query {{QStringLiteral("api-version"), apiVersion(resourceType)}};
    if (!filter.isEmpty())
        query.append({QStringLiteral("$filter"), filter});
    url.setQuery(json::encodedQuery(query));

    http::RequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.service = http::ServiceKind::Arm;
    spec.idempotency = http::RequestSpec::idempotencyOf(method);
    spec.operation = operation;
    return spec;
}

template<typename T> Reply<T> ArmClient::replyFrom(const http::Result &result)
{
    Reply<T> reply;
    reply.status = result.status;
    if (!result.ok()) {
        reply.error = result.error;
        return reply;
    }
    QString why;
    reply.value = json::readObject<T>(result.body, &readAs<T>, &why);
    if (!reply.value)
        reply.error = malformed(http::ServiceKind::Arm, result, why);
    return reply;
}

template<typename T> bool ArmClient::refuse(const QString &problem, QObject *context, const Callback<T> &done)
{
    if (problem.isEmpty())
        return false;
    reject<T>(context, done, invalidInput(http::ServiceKind::Arm, problem));
    return true;
}

template<typename T>
void ArmClient::get(const ResourceId &id, const QString &operation, QObject *context, Callback<T> done)
{
    send<T>(request("GET", id.toString(), typeOf(id), operation), context, std::move(done), answerAs<T>());
}

template<typename T>
void ArmClient::write(const QByteArray &method, const ResourceId &id, const QByteArray &body,
                      const QString &operation, QObject *context, Progress progress, Callback<T> done)
{
    http::RequestSpec spec = request(method, id.toString(), typeOf(id), operation);
    spec.body = body;
    sendAndFollow(std::move(spec), context, std::move(progress),
                  [done = std::move(done)](const http::Result &result) { done(replyFrom<T>(result)); });
}

void ArmClient::remove(const ResourceId &id, const QString &operation, QObject *context, Callback<Done> done)
{
    // 200 or 204 at once (204: already gone); a 202 is followed to its end.
    sendAndFollow(request("DELETE", id.toString(), typeOf(id), operation), context, {},
                  [done = std::move(done)](const http::Result &result) {
                      Reply<Done> reply;
                      reply.status = result.status;
                      if (result.ok())
                          reply.value = Done {};
                      else
                          reply.error = result.error;
                      done(reply);
                  });
}

template<typename T>
http::OperationPoller *ArmClient::resume(const http::OperationState &state, QObject *context,
                                         Progress progress, Callback<T> done)
{
    return ServiceClient::resume(
        state, context, std::move(progress),
        [done = std::move(done)](const http::Result &result) { done(replyFrom<T>(result)); });
}

template http::OperationPoller *ArmClient::resume<KeyVault>(const http::OperationState &, QObject *, Progress,
                                                            Callback<KeyVault>);
template http::OperationPoller *
ArmClient::resume<PrivateEndpointConnection>(const http::OperationState &, QObject *, Progress,
                                             Callback<PrivateEndpointConnection>);
template http::OperationPoller *ArmClient::resume<PrivateEndpoint>(const http::OperationState &, QObject *,
                                                                   Progress, Callback<PrivateEndpoint>);
template http::OperationPoller *ArmClient::resume<DiskEncryptionSet>(const http::OperationState &, QObject *,
                                                                     Progress, Callback<DiskEncryptionSet>);
template http::OperationPoller *ArmClient::resume<NetAppAccount>(const http::OperationState &, QObject *,
                                                                 Progress, Callback<NetAppAccount>);
template http::OperationPoller *ArmClient::resume<EnterprisePolicy>(const http::OperationState &, QObject *,
                                                                    Progress, Callback<EnterprisePolicy>);

// ---- Subscriptions and resource groups --------------------------------------------------------

void ArmClient::listSubscriptions(QObject *context, Callback<QList<Subscription>> done)
{
    json::readAllPages<Subscription>(
        pipeline(),
        request("GET", QStringLiteral("/subscriptions"), Subscriptions, QStringLiteral("list subscriptions")),
        context, std::move(done), &readAs<Subscription>);
}

void ArmClient::listResourceGroups(const SubscriptionId &subscription, QObject *context,
                                   Callback<QList<ResourceGroup>> done)
{
    json::readAllPages<ResourceGroup>(
        pipeline(),
        request("GET", QStringLiteral("/subscriptions/%1/resourcegroups").arg(subscription.toString()),
                ResourceGroups, QStringLiteral("list resource groups")),
        context, std::move(done), &readAs<ResourceGroup>);
}

void ArmClient::listVaults(const ResourceId &group, QObject *context, Callback<QList<KeyVault>> done)
{
    if (refuse(checkResource(group, ResourceGroups), context, done))
        return;
    json::readAllPages<KeyVault>(
        pipeline(),
        request("GET", group.toString() + QStringLiteral("/providers/Microsoft.KeyVault/vaults"), Vaults,
                QStringLiteral("list key vaults")),
        context, std::move(done), &readAs<KeyVault>);
}

void ArmClient::listVirtualNetworks(const SubscriptionId &subscription, QObject *context,
                                    Callback<QList<VirtualNetwork>> done)
{
    json::readAllPages<VirtualNetwork>(
        pipeline(),
        request("GET",
                QStringLiteral("/subscriptions/%1/providers/Microsoft.Network/virtualNetworks")
                    .arg(subscription.toString()),
                VirtualNetworks, QStringLiteral("list virtual networks")),
        context, std::move(done), &readAs<VirtualNetwork>);
}

void ArmClient::getResourceGroup(const ResourceId &group, QObject *context, Callback<ResourceGroup> done)
{
    if (refuse(checkResource(group, ResourceGroups), context, done))
        return;
    get(group, QStringLiteral("read resource group"), context, std::move(done));
}

void ArmClient::createOrUpdateResourceGroup(const ResourceGroup &group, QObject *context,
                                            Callback<ResourceGroup> done)
{
    if (refuse(firstProblem({checkResource(group.id, ResourceGroups), checkRegion(group.location)}), context,
               done))
        return;
    Json body = writable(group.raw);
    body["location"] = utf8(Region::parse(group.location)->name());
    write("PUT", group.id, json::dump(body), QStringLiteral("create resource group"), context, {},
          std::move(done));
}

// ---- Providers and features ----------------------------------------------------------------

void ArmClient::getProvider(const SubscriptionId &subscription, const QString &providerNamespace,
                            QObject *context, Callback<ResourceProvider> done)
{
    if (refuse(checkProvider(subscription, providerNamespace), context, done))
        return;
    send<ResourceProvider>(request("GET", providerPath(subscription, providerNamespace), Providers,
                                   QStringLiteral("read resource provider")),
                           context, std::move(done), answerAs<ResourceProvider>());
}

void ArmClient::registerProvider(const SubscriptionId &subscription, const QString &providerNamespace,
                                 QObject *context, Callback<ResourceProvider> done)
{
    if (refuse(checkProvider(subscription, providerNamespace), context, done))
        return;
    http::RequestSpec spec
        = request("POST", providerPath(subscription, providerNamespace) + QStringLiteral("/register"),
                  Providers, QStringLiteral("register resource provider"));
    spec.idempotency = http::Idempotency::Idempotent; // registering twice is harmless
    send<ResourceProvider>(std::move(spec), context, std::move(done), answerAs<ResourceProvider>());
}

void ArmClient::getFeature(const SubscriptionId &subscription, const QString &providerNamespace,
                           const QString &feature, QObject *context, Callback<PreviewFeature> done)
{
    if (refuse(checkFeature(subscription, providerNamespace, feature), context, done))
        return;
    send<PreviewFeature>(request("GET", featurePath(subscription, providerNamespace, feature), Features,
                                 QStringLiteral("read preview feature")),
                         context, std::move(done), answerAs<PreviewFeature>());
}

void ArmClient::registerFeature(const SubscriptionId &subscription, const QString &providerNamespace,
                                const QString &feature, QObject *context, Callback<PreviewFeature> done)
{
    if (refuse(checkFeature(subscription, providerNamespace, feature), context, done))
        return;
    http::RequestSpec spec
        = request("POST", featurePath(subscription, providerNamespace, feature) + QStringLiteral("/register"),
                  Features, QStringLiteral("register preview feature"));
    spec.idempotency = http::Idempotency::Idempotent; // registering twice is harmless
    send<PreviewFeature>(std::move(spec), context, std::move(done), answerAs<PreviewFeature>());
}

// ---- Role definitions and assignments ---------------------------------------------------------

void ArmClient::getRoleDefinition(const ResourceId &scope, const QUuid &role, QObject *context,
                                  Callback<RoleDefinition> done)
{
    if (refuse(firstProblem({checkScope(scope), checkRole(role)}), context, done))
        return;
    const QString path = scope.toString()
        + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/")
        + role.toString(QUuid::WithoutBraces);
    send<RoleDefinition>(request("GET", path, RoleDefinitions, QStringLiteral("read role definition")),
                         context, std::move(done), answerAs<RoleDefinition>());
}

void ArmClient::listRoleAssignments(const ResourceId &scope, const ObjectId &principal, QObject *context,
                                    Callback<QList<RoleAssignment>> done)
{
    if (refuse(checkScope(scope), context, done))
        return;
    json::readAllPages<RoleAssignment>(pipeline(),
                                       request("GET", roleAssignmentsPath(scope), RoleAssignments,
                                               QStringLiteral("list role assignments"),
                                               principalFilter(principal)),
                                       context, std::move(done), &readAs<RoleAssignment>);
}

void ArmClient::createRoleAssignment(const RoleAssignmentRequest &grant, QObject *context,
                                     Callback<RoleAssignment> done)
{
    if (refuse(
            firstProblem({checkScope(grant.scope), checkRole(grant.role), checkPrincipal(grant.principal)}),
            context, done))
        return;
    Json properties = {{"roleDefinitionId", utf8(roleDefinitionId(grant.scope, grant.role))},
                       {"principalId", utf8(grant.principal.toString())},
                       {"principalType", nameOf(PrincipalTypes, grant.principalType)}};
    if (!grant.description.isEmpty())
        properties["description"] = utf8(grant.description);
    const QUuid name = roleAssignmentName(grant.scope, grant.role, grant.principal);
    http::RequestSpec spec
        = request("PUT", roleAssignmentsPath(grant.scope) + u'/' + name.toString(QUuid::WithoutBraces),
                  RoleAssignments, QStringLiteral("create role assignment"));
    spec.body = json::dump(Json {{"properties", properties}});
    // The same grant under another name (made elsewhere): read it and give it back.
    const http::RequestSpec existing
        = request("GET", roleAssignmentsPath(grant.scope), RoleAssignments,
                  QStringLiteral("find existing role assignment"), principalFilter(grant.principal));
    auto created = [pipeline = pipeline(), existing, grant, context,
                    done = std::move(done)](const Reply<RoleAssignment> &reply) {
        if (reply.error.code != QLatin1StringView("RoleAssignmentExists")) {
            done(reply);
            return;
        }
        json::readAllPages<RoleAssignment>(
            pipeline, existing, context,
            [grant, reply, done](const Reply<QList<RoleAssignment>> &found) {
                for (const RoleAssignment &a : found.value.value_or(QList<RoleAssignment>())) {
                    if (a.scope == grant.scope && a.role == grant.role && a.principalId == grant.principal) {
                        Reply<RoleAssignment> same;
                        same.value = a;
                        same.status = found.status;
                        done(same);
                        return;
                    }
                }
                done(reply);
            },
            &readAs<RoleAssignment>);
    };
    send<RoleAssignment>(std::move(spec), context, std::move(created), answerAs<RoleAssignment>());
}

void ArmClient::deleteRoleAssignment(const ResourceId &assignment, QObject *context, Callback<Done> done)
{
    if (refuse(checkRoleAssignment(assignment), context, done))
        return;
    send<Done>(
        request("DELETE", assignment.toString(), RoleAssignments, QStringLiteral("delete role assignment")),
        context, std::move(done), &json::noBody);
}

// ---- User-assigned identities -------------------------------------------------------------------

void ArmClient::getIdentity(const ResourceId &identity, QObject *context, Callback<UserAssignedIdentity> done)
{
    if (refuse(checkResource(identity, Identities), context, done))
        return;
    get(identity, QStringLiteral("read managed identity"), context, std::move(done));
}

void ArmClient::createOrUpdateIdentity(const UserAssignedIdentity &identity, QObject *context,
                                       Callback<UserAssignedIdentity> done)
{
    if (refuse(firstProblem({checkResource(identity.id, Identities), checkRegion(identity.location)}),
               context, done))
        return;
    Json body = writable(identity.raw);
    body["location"] = utf8(Region::parse(identity.location)->name());
    write("PUT", identity.id, json::dump(body), QStringLiteral("create managed identity"), context, {},
          std::move(done));
}

// ---- Key vaults ---------------------------------------------------------------------------------

void ArmClient::getVault(const ResourceId &vault, QObject *context, Callback<KeyVault> done)
{
    if (refuse(checkResource(vault, Vaults), context, done))
        return;
    get(vault, QStringLiteral("read key vault"), context, std::move(done));
}

void ArmClient::getVaultKey(const ResourceId &vault, const QString &keyName, const QString &version,
                            QObject *context, Callback<VaultKey> done)
{
    if (refuse(firstProblem({checkResource(vault, Vaults), checkKeyName(keyName),
                             version.isEmpty() ? QString() : checkKeyVersion(version)}),
               context, done))
        return;
    QString path = vault.toString() + QStringLiteral("/keys/") + keyName;
    if (!version.isEmpty())
        path += QStringLiteral("/versions/") + version;
    send<VaultKey>(request("GET", path, VaultKeys, QStringLiteral("read key attributes")), context,
                   std::move(done), answerAs<VaultKey>());
}

void ArmClient::createOrUpdateVault(const KeyVault &vault, QObject *context, Progress progress,
                                    Callback<KeyVault> done)
{
    const QString problem = firstProblem(
        {checkResource(vault.id, Vaults), checkVaultName(vault.id), checkRegion(vault.location),
         vault.tenantId.isNull()
             ? tr("No tenant ID was given for the key vault; use the tenant of its subscription.")
             : QString(),
         checkRetention(vault.softDeleteRetentionInDays),
         vault.accessPolicies.isEmpty()
             ? QString()
             : checkAccessPolicies(vault.accessPolicies, AccessPolicyUpdate::Add)});
    if (refuse(problem, context, done))
        return;
    Json body = writable(vault.raw);
    body["location"] = utf8(Region::parse(vault.location)->name());
    Json &properties = objectAt(body, "properties");
    properties["tenantId"] = utf8(vault.tenantId.toString());
    properties["sku"] = {{"family", "A"}, {"name", nameOf(VaultSkus, vault.sku)}};
    properties["enableRbacAuthorization"] = vault.enableRbacAuthorization;
    properties["softDeleteRetentionInDays"] = vault.softDeleteRetentionInDays;
    if (vault.enablePurgeProtection)
        properties["enablePurgeProtection"] = true; // false is refused: it cannot be turned off
    if (!properties.contains("accessPolicies"))
        properties["accessPolicies"] = accessPolicyEntries(vault.accessPolicies); // required, even if empty
    write("PUT", vault.id, json::dump(body), QStringLiteral("create key vault"), context, std::move(progress),
          std::move(done));
}

void ArmClient::enablePurgeProtection(const ResourceId &vault, QObject *context, Progress progress,
                                      Callback<KeyVault> done)
{
    if (refuse(checkResource(vault, Vaults), context, done))
        return;
    const Json body = {{"properties", {{"enableSoftDelete", true}, {"enablePurgeProtection", true}}}};
    write("PATCH", vault, json::dump(body), QStringLiteral("enable purge protection"), context,
          std::move(progress), std::move(done));
}

void ArmClient::deleteVault(const ResourceId &vault, QObject *context, Callback<Done> done)
{
    if (refuse(checkResource(vault, Vaults), context, done))
        return;
    remove(vault, QStringLiteral("delete key vault"), context, std::move(done));
}

void ArmClient::getDeletedVault(const SubscriptionId &subscription, const QString &location,
                                const QString &name, QObject *context,
                                Callback<std::optional<DeletedVault>> done)
{
    ParseError nameError;
    const QString problem
        = firstProblem({checkSubscription(subscription), checkRegion(location),
                        Names::validateVaultName(name, &nameError) ? QString() : nameError.message});
    if (refuse(problem, context, done))
        return;
    const QString path = providerPath(subscription, QStringLiteral("Microsoft.KeyVault"))
        + QStringLiteral("/locations/%1/deletedVaults/%2").arg(Region::parse(location)->name(), name);
    // None: 404 DeletedVaultNotFound (older answers: 204 without a body, as Azure PowerShell expects).
    auto found = [done = std::move(done)](const Reply<DeletedVault> &reply) {
        Reply<std::optional<DeletedVault>> out;
        out.status = reply.status;
        const bool none = (reply.ok() && reply.status == 204)
            || (reply.error.httpStatus == 404
                && (reply.error.code == QLatin1StringView("DeletedVaultNotFound")
                    || reply.error.code == QLatin1StringView("ResourceNotFound")));
        if (none)
            out.value = std::optional<DeletedVault>();
        else if (reply.ok())
            out.value = std::optional<DeletedVault>(*reply.value);
        else
            out.error = reply.error;
        done(out);
    };
    send<DeletedVault>(request("GET", path, DeletedVaults, QStringLiteral("read deleted key vault")), context,
                       std::move(found), [](const http::Result &result, QString *why) {
                           return result.status == 204
                               ? std::optional<DeletedVault>(DeletedVault())
                               : json::readObject<DeletedVault>(result.body, &readAs<DeletedVault>, why);
                       });
}

void ArmClient::recoverVault(const DeletedVault &deleted, const TenantId &tenant, QObject *context,
                             Progress progress, Callback<KeyVault> done)
{
    const QString problem
        = firstProblem({checkResource(deleted.vaultId, Vaults), checkVaultName(deleted.vaultId),
                        checkRegion(deleted.location),
                        tenant.isNull() ? tr("No tenant ID was given for the key vault; use the tenant of "
                                             "its subscription.")
                                        : QString()});
    if (refuse(problem, context, done))
        return;
    // tenantId and sku are required by the schema; a recovered vault keeps its own SKU and settings.
    const Json body = {{"location", utf8(Region::parse(deleted.location)->name())},
                       {"properties",
                        {{"tenantId", utf8(tenant.toString())},
                         {"sku", {{"family", "A"}, {"name", "standard"}}},
                         {"createMode", "recover"}}}};
    write("PUT", deleted.vaultId, json::dump(body), QStringLiteral("recover key vault"), context,
          std::move(progress), std::move(done));
}

void ArmClient::setVaultNetwork(const ResourceId &vault, const VaultNetwork &network, QObject *context,
                                Progress progress, Callback<KeyVault> done)
{
    if (refuse(firstProblem({checkResource(vault, Vaults), checkVaultNetwork(network)}), context, done))
        return;
    // Read first: networkAcls is sent whole, with the vault's IP and virtual network rules.
    getVault(vault, context,
             [this, vault, network, context, progress = std::move(progress),
              done = std::move(done)](const Reply<KeyVault> &current) {
                 if (!current.ok()) {
                     done(current);
                     return;
                 }
                 const Json read = json::parse(current.value->raw.json);
                 Json acls = at(read, "properties", "networkAcls");
                 if (!acls.is_object())
                     acls = Json::object();
                 Json properties = Json::object();
                 if (!network.publicNetworkAccess.isEmpty())
                     properties["publicNetworkAccess"]
                         = utf8(canonical(network.publicNetworkAccess,
                                          {QStringLiteral("Enabled"), QStringLiteral("Disabled")}));
                 if (!network.defaultAction.isEmpty())
                     acls["defaultAction"] = utf8(
                         canonical(network.defaultAction, {QStringLiteral("Allow"), QStringLiteral("Deny")}));
                 if (!network.bypass.isEmpty())
                     acls["bypass"] = utf8(canonical(
                         network.bypass, {QStringLiteral("AzureServices"), QStringLiteral("None")}));
                 if (!network.defaultAction.isEmpty() || !network.bypass.isEmpty())
                     properties["networkAcls"] = acls;
                 write("PATCH", vault, json::dump(Json {{"properties", properties}}),
                       QStringLiteral("set key vault network rules"), context, progress, done);
             });
}

void ArmClient::updateAccessPolicies(const ResourceId &vault, AccessPolicyUpdate update,
                                     const QList<AccessPolicy> &entries, QObject *context,
                                     Callback<QList<AccessPolicy>> done)
{
    if (refuse(firstProblem({checkResource(vault, Vaults), checkAccessPolicies(entries, update)}), context,
               done))
        return;
    const Json policies = accessPolicyEntries(entries);
    const ResourceId operation
        = vault.child(u"accessPolicies", QString::fromStdString(nameOf(AccessPolicyUpdates, update)));
    write("PUT", operation, json::dump(Json {{"properties", {{"accessPolicies", policies}}}}),
          QStringLiteral("update access policies"), context, {}, std::move(done));
}

void ArmClient::listPrivateEndpointConnections(const ResourceId &vault, QObject *context,
                                               Callback<QList<PrivateEndpointConnection>> done)
{
    if (refuse(checkResource(vault, Vaults), context, done))
        return;
    json::readAllPages<PrivateEndpointConnection>(
        pipeline(),
        request("GET", vault.toString() + QStringLiteral("/privateEndpointConnections"), Connections,
                QStringLiteral("list private endpoint connections")),
        context, std::move(done), &readAs<PrivateEndpointConnection>);
}

void ArmClient::approvePrivateEndpointConnection(const PrivateEndpointConnection &connection,
                                                 const QString &description, QObject *context,
                                                 Progress progress, Callback<PrivateEndpointConnection> done)
{
    setConnectionStatus(connection, PrivateLinkStatus::Approved, description, context, std::move(progress),
                        std::move(done));
}

void ArmClient::rejectPrivateEndpointConnection(const PrivateEndpointConnection &connection,
                                                const QString &description, QObject *context,
                                                Progress progress, Callback<PrivateEndpointConnection> done)
{
    setConnectionStatus(connection, PrivateLinkStatus::Rejected, description, context, std::move(progress),
                        std::move(done));
}

void ArmClient::setConnectionStatus(const PrivateEndpointConnection &connection, PrivateLinkStatus status,
                                    const QString &description, QObject *context, Progress progress,
                                    Callback<PrivateEndpointConnection> done)
{
    if (refuse(checkResource(connection.id, Connections), context, done))
        return;
    Json body = writable(connection.raw);
    objectAt(body, "properties")["privateLinkServiceConnectionState"]
        = {{"status", nameOf(LinkStatuses, status)}, {"description", utf8(description)}};
    const QString operation = status == PrivateLinkStatus::Approved
        ? QStringLiteral("approve private endpoint connection")
        : QStringLiteral("reject private endpoint connection");
    write("PUT", connection.id, json::dump(body), operation, context, std::move(progress), std::move(done));
}

// ---- Networks and private endpoints ---------------------------------------------------------------

void ArmClient::getVirtualNetwork(const ResourceId &network, QObject *context, Callback<VirtualNetwork> done)
{
    if (refuse(checkResource(network, VirtualNetworks), context, done))
        return;
    get(network, QStringLiteral("read virtual network"), context, std::move(done));
}

void ArmClient::getPrivateEndpoint(const ResourceId &endpoint, QObject *context,
                                   Callback<PrivateEndpoint> done)
{
    if (refuse(checkResource(endpoint, PrivateEndpoints), context, done))
        return;
    get(endpoint, QStringLiteral("read private endpoint"), context, std::move(done));
}

void ArmClient::createPrivateEndpoint(const PrivateEndpoint &endpoint, QObject *context, Progress progress,
                                      Callback<PrivateEndpoint> done)
{
    if (refuse(
            firstProblem({checkResource(endpoint.id, PrivateEndpoints), checkRegion(endpoint.location),
                          checkResource(endpoint.subnet, Subnets), checkResource(endpoint.keyVault, Vaults)}),
            context, done))
        return;
    Json connection = {{"privateLinkServiceId", utf8(endpoint.keyVault.toString())},
                       {"groupIds", Json::array({"vault"})}};
    if (!endpoint.requestMessage.isEmpty())
        connection["requestMessage"] = utf8(endpoint.requestMessage);
    Json body = writable(endpoint.raw);
    body["location"] = utf8(Region::parse(endpoint.location)->name());
    Json &properties = objectAt(body, "properties");
    properties["subnet"] = {{"id", utf8(endpoint.subnet.toString())}};
    properties["manualPrivateLinkServiceConnections"]
        = Json::array({{{"name", utf8(endpoint.id.name())}, {"properties", connection}}});
    write("PUT", endpoint.id, json::dump(body), QStringLiteral("create private endpoint"), context,
          std::move(progress), std::move(done));
}

// ---- Disk encryption sets -----------------------------------------------------------------------

void ArmClient::getDiskEncryptionSet(const ResourceId &set, QObject *context,
                                     Callback<DiskEncryptionSet> done)
{
    if (refuse(checkResource(set, DiskEncryptionSets), context, done))
        return;
    get(set, QStringLiteral("read disk encryption set"), context, std::move(done));
}

void ArmClient::createOrUpdateDiskEncryptionSet(const DiskEncryptionSet &set, QObject *context,
                                                Progress progress, Callback<DiskEncryptionSet> done)
{
    const QString problem
        = firstProblem({checkResource(set.id, DiskEncryptionSets), checkDiskEncryptionSetName(set.id),
                        checkRegion(set.location), checkResource(set.identity, Identities),
                        checkKey(set.activeKey, pipeline()->profile(), true)});
    if (refuse(problem, context, done))
        return;
    Json body = writable(set.raw);
    body["location"] = utf8(Region::parse(set.location)->name());
    body["identity"] = userAssignedIdentity(set.identity);
    Json &properties = objectAt(body, "properties");
    // Only the key URL: a source vault is for keys in the same subscription.
    properties["activeKey"] = {{"keyUrl", utf8(set.activeKey.toString())}};
    properties["encryptionType"] = nameOf(EncryptionTypes, set.encryptionType);
    properties["rotationToLatestKeyVersionEnabled"] = set.rotationToLatestKeyVersionEnabled;
    if (!set.federatedClientId.isNull())
        properties["federatedClientId"] = utf8(set.federatedClientId.toString());
    write("PUT", set.id, json::dump(body), QStringLiteral("create disk encryption set"), context,
          std::move(progress), std::move(done));
}

// ---- NetApp accounts ----------------------------------------------------------------------------

void ArmClient::getNetAppAccount(const ResourceId &account, QObject *context, Callback<NetAppAccount> done)
{
    if (refuse(checkResource(account, NetAppAccounts), context, done))
        return;
    get(account, QStringLiteral("read NetApp account"), context, std::move(done));
}

void ArmClient::createOrUpdateNetAppAccount(const NetAppAccount &account, QObject *context, Progress progress,
                                            Callback<NetAppAccount> done)
{
    const QString problem = firstProblem(
        {checkResource(account.id, NetAppAccounts), checkNetAppName(account.id),
         checkRegion(account.location),
         account.encryption ? checkNetAppEncryption(*account.encryption, pipeline()->profile()) : QString()});
    if (refuse(problem, context, done))
        return;
    Json body = writable(account.raw);
    body["location"] = utf8(Region::parse(account.location)->name());
    if (account.encryption) {
        body["identity"] = userAssignedIdentity(account.encryption->identity);
        objectAt(body, "properties")["encryption"] = netAppEncryption(*account.encryption);
    }
    write("PUT", account.id, json::dump(body), QStringLiteral("create NetApp account"), context,
          std::move(progress), std::move(done));
}

void ArmClient::updateNetAppAccountEncryption(const ResourceId &account, const NetAppEncryption &encryption,
                                              QObject *context, Progress progress,
                                              Callback<NetAppAccount> done)
{
    if (refuse(firstProblem({checkResource(account, NetAppAccounts),
                             checkNetAppEncryption(encryption, pipeline()->profile())}),
               context, done))
        return;
    const Json body = {{"identity", userAssignedIdentity(encryption.identity)},
                       {"properties", {{"encryption", netAppEncryption(encryption)}}}};
    write("PATCH", account, json::dump(body), QStringLiteral("set NetApp account encryption"), context,
          std::move(progress), std::move(done));
}

// ---- Enterprise policies ------------------------------------------------------------------------

void ArmClient::getEnterprisePolicy(const ResourceId &policy, QObject *context,
                                    Callback<EnterprisePolicy> done)
{
    if (refuse(checkResource(policy, EnterprisePolicies), context, done))
        return;
    get(policy, QStringLiteral("read enterprise policy"), context, std::move(done));
}

void ArmClient::createOrUpdateEnterprisePolicy(const EnterprisePolicy &policy, QObject *context,
                                               Progress progress, Callback<EnterprisePolicy> done)
{
    if (refuse(firstProblem({checkResource(policy.id, EnterprisePolicies),
                             checkPolicyLocation(policy.location), checkResource(policy.keyVault, Vaults),
                             checkKeyName(policy.keyName), checkKeyVersion(policy.keyVersion)}),
               context, done))
        return;
    Json body = writable(policy.raw);
    body["location"] = utf8(PolicyLocation::parse(policy.location)->name());
    body["kind"] = "Encryption";
    objectAt(body, "identity")["type"] = "SystemAssigned";
    Json &encryption = objectAt(objectAt(body, "properties"), "encryption");
    encryption["state"] = "Enabled";
    encryption["keyVault"]
        = {{"id", utf8(policy.keyVault.toString())},
           {"key", {{"name", utf8(policy.keyName)}, {"version", utf8(policy.keyVersion)}}}};
    write("PUT", policy.id, json::dump(body), QStringLiteral("create enterprise policy"), context,
          std::move(progress), std::move(done));
}

void ArmClient::deleteEnterprisePolicy(const ResourceId &policy, QObject *context, Callback<Done> done)
{
    if (refuse(checkResource(policy, EnterprisePolicies), context, done))
        return;
    remove(policy, QStringLiteral("delete enterprise policy"), context, std::move(done));
}

} // namespace cmk::services
