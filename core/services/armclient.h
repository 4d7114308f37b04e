#pragma once

#include "services/serviceclient.h"
#include "types/guid.h"
#include "types/keyidentifier.h"
#include "types/resourceid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace cmk::services {

/// Built-in Azure roles the tracks grant; their GUIDs are the same in every cloud.
namespace BuiltInRole {
/// Everything, including granting access to others.
inline constexpr QUuid Owner {0x8e3af657, 0xa8ff, 0x443c, 0xa7, 0x5c, 0x2f, 0xe8, 0xc4, 0xbc, 0xb6, 0x35};
/// Everything except granting access.
inline constexpr QUuid Contributor {0xb24988ac, 0x6180, 0x42a0, 0xab, 0x88, 0x20,
                                    0xf7,       0x38,   0x2d,   0xd2, 0x4c};
/// Read everything, change nothing: what a Power Platform administrator needs on an enterprise policy.
inline constexpr QUuid Reader {0xacdd72a7, 0x3385, 0x48ef, 0xbd, 0x42, 0xf6, 0x06, 0xfb, 0xa8, 0x1a, 0xe7};
/// Key Vault Crypto Service Encryption User: get, wrap and unwrap a key; what a customer-managed key needs.
inline constexpr QUuid KeyVaultCryptoServiceEncryptionUser {0xe147488a, 0xf6f5, 0x4113, 0x8e, 0x2d, 0xb2,
                                                            0x24,       0x65,   0xe6,   0x5b, 0xf6};
/// Managed Identity Operator: attach a user-assigned identity to a disk encryption set or NetApp account.
inline constexpr QUuid ManagedIdentityOperator {0xf1a07417, 0xd97a, 0x45cb, 0x82, 0x4c, 0x7a,
                                                0x74,       0x67,   0x78,   0x38, 0x30};
} // namespace BuiltInRole

/// A subscription the signed-in account can see.
struct Subscription
{
    SubscriptionId id;
    TenantId tenantId; ///< the owning tenant: ARM tokens for this subscription must come from it
    QString displayName;
    QString state; ///< Enabled, Warned, PastDue, Disabled or Deleted

    /// Only enabled subscriptions take writes.
    bool isEnabled() const { return state.compare(QLatin1StringView("Enabled"), Qt::CaseInsensitive) == 0; }
};

struct ResourceGroup
{
    ResourceId id;
    QString location; ///< an Azure region
    QString provisioningState; ///< read-only
    RawJson raw;
};

/// One resource type of a provider, as the provider lists it.
struct ProviderResourceType
{
    QString resourceType; ///< without the namespace, e.g. "enterprisePolicies"
    QStringList locations; ///< display names ("West Europe"; Power Platform: "Europe")
    QStringList apiVersions;
};

/// A resource provider's registration in one subscription.
struct ResourceProvider
{
    QString providerNamespace;
    QString registrationState; ///< NotRegistered, Registering, Registered, Unregistering, Unregistered
    QList<ProviderResourceType> resourceTypes;

    bool isRegistered() const
    {
        return registrationState.compare(QLatin1StringView("Registered"), Qt::CaseInsensitive) == 0;
    }
};

/// A preview feature (Microsoft.Features) in one subscription.
struct PreviewFeature
{
    QString name; ///< "{namespace}/{feature}"
    QString state; ///< NotRegistered, Pending, Registering, Registered, Unregistering, Unregistered

    bool isRegistered() const
    {
        return state.compare(QLatin1StringView("Registered"), Qt::CaseInsensitive) == 0;
    }
};

enum class PrincipalType { User, Group, ServicePrincipal, ForeignGroup };

struct RoleDefinition
{
    ResourceId id;
    QUuid name;
    QString roleName; ///< "Key Vault Crypto Service Encryption User"
    QString description;
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;
};

struct RoleAssignment
{
    ResourceId id;
    QUuid name;
    ResourceId scope;
    QUuid role; ///< the role definition's GUID
    ObjectId principalId;
    PrincipalType principalType = PrincipalType::User;
    QString description;
};

/// What createRoleAssignment grants: `role` to `principal` at `scope`.
struct RoleAssignmentRequest
{
    ResourceId scope; ///< a subscription, resource group, resource, or a single key (`{vault}/keys/{name}`)
    QUuid role;
    ObjectId principal; ///< an object ID in the scope's tenant, never an application (client) ID
    PrincipalType principalType
        = PrincipalType::ServicePrincipal; ///< sent so a new principal is found at once
    QString description;
};

struct UserAssignedIdentity
{
    ResourceId id;
    QString location; ///< an Azure region
    ObjectId principalId; ///< read-only; the subject of a federated identity credential
    AppId clientId; ///< read-only
    TenantId tenantId; ///< read-only
    RawJson raw;
};

/// A key vault access policy entry (vaults that do not use Azure RBAC).
struct AccessPolicy
{
    TenantId tenantId; ///< the vault's tenant
    ObjectId objectId; ///< user, group or service principal in the vault's tenant
    QStringList keys; ///< key permissions; a customer-managed key needs get, wrapKey and unwrapKey
    QStringList secrets;
    QStringList certificates;
};

/// How updateAccessPolicies changes a vault's entries.
enum class AccessPolicyUpdate {
    Add, ///< merges the permissions into each principal's entry
    Replace, ///< replaces each principal's entry
    Remove, ///< removes the permissions (the whole entry when none remain)
};

enum class PrivateLinkStatus { Unknown, Pending, Approved, Rejected, Disconnected };

/// A private endpoint's connection as the key vault's owner sees it.
struct PrivateEndpointConnection
{
    ResourceId id; ///< the name is generated by Azure: take it from listPrivateEndpointConnections
    ResourceId privateEndpoint; ///< the endpoint, usually in another tenant's subscription
    PrivateLinkStatus status = PrivateLinkStatus::Unknown;
    QString description;
    QString provisioningState; ///< read-only
    RawJson raw;
};

enum class VaultSku { Standard, Premium };

struct KeyVault
{
    ResourceId id;
    QString location; ///< an Azure region
    TenantId tenantId; ///< the subscription's tenant
    VaultSku sku = VaultSku::Standard; ///< Premium is needed for RSA-HSM keys
    bool enableRbacAuthorization = true;
    bool enablePurgeProtection = true; ///< can only be turned on; false leaves the vault as it is
    int softDeleteRetentionInDays = 90; ///< 7-90
    QUrl vaultUri; ///< read-only: the data plane
    bool enableSoftDelete = true; ///< read-only: always on
    QString publicNetworkAccess; ///< read-only: Enabled or Disabled; change it with setVaultNetwork()
    QString networkDefaultAction; ///< read-only: properties.networkAcls.defaultAction; empty: absent (Allow)
    QString
        networkBypass; ///< read-only: properties.networkAcls.bypass (AzureServices or None); empty: absent
    QString provisioningState; ///< read-only: RegisteringDns, then Succeeded
    /// The first entries of a new vault (sent only when `raw` has none); change them later with
    /// updateAccessPolicies.
    QList<AccessPolicy> accessPolicies;
    QList<PrivateEndpointConnection> privateEndpointConnections; ///< read-only
    RawJson raw;
};

/// A soft-deleted key vault: it keeps its name, keys and access until it is recovered (recoverVault)
/// or purged after `scheduledPurgeDate`.
struct DeletedVault
{
    ResourceId vaultId; ///< the vault's ID before it was deleted; recovering brings it back there
    QString name;
    QString location; ///< an Azure region
    QDateTime deletionDate;
    QDateTime scheduledPurgeDate;
    bool purgeProtectionEnabled = false; ///< it cannot be purged before scheduledPurgeDate
    RawJson raw;
};

/// A change to a key vault's network rules (setVaultNetwork); an empty field is left as it is.
struct VaultNetwork
{
    QString publicNetworkAccess; ///< Enabled or Disabled; empty: unchanged
    QString defaultAction; ///< Allow or Deny; empty: unchanged
    QString bypass; ///< AzureServices (trusted Microsoft services pass a Deny) or None; empty: unchanged
};

/// A key as Resource Manager shows it (`Microsoft.KeyVault/vaults/keys`, management plane): its
/// attributes without the key material, readable with Reader on the vault, which the Key Vault
/// data plane does not allow.
struct VaultKey
{
    ResourceId id; ///< `{vault}/keys/{name}` or `{vault}/keys/{name}/versions/{version}`
    QString keyType; ///< RSA, RSA-HSM
    int keySize = 0;
    QStringList keyOperations;
    bool enabled = false;
    QDateTime notBefore; ///< invalid when not set
    QDateTime expires; ///< invalid when not set
    QDateTime created;
    QDateTime updated;
    QString recoveryLevel;
    QUrl keyUri; ///< the data plane URL without a version
    QUrl keyUriWithVersion; ///< the version this answer describes (the current one for a key)
    RawJson raw;
};

/// A subnet as its virtual network lists it.
struct Subnet
{
    ResourceId id;
    QString addressPrefix;
    QStringList delegations; ///< the services it is delegated to, e.g. Microsoft.NetApp/volumes

    bool isDelegatedTo(QStringView service) const
    {
        return delegations.contains(service.toString(), Qt::CaseInsensitive);
    }
};

/// A virtual network with its subnets.
struct VirtualNetwork
{
    ResourceId id;
    QString location; ///< an Azure region
    QList<Subnet> subnets;
    RawJson raw;
};

/// A private endpoint that asks another tenant's resource owner for approval.
struct PrivateEndpoint
{
    ResourceId id;
    QString location; ///< the virtual network's region
    ResourceId subnet; ///< not the subnet delegated to Microsoft.NetApp/volumes
    ResourceId keyVault; ///< the customer's key vault (privateLinkServiceId, group ID "vault")
    QString requestMessage; ///< shown to the approver
    PrivateLinkStatus connectionStatus = PrivateLinkStatus::Unknown; ///< read-only
    QString connectionDescription; ///< read-only: what the approver wrote
    QString provisioningState; ///< read-only
    RawJson raw;
};

enum class DiskEncryptionType { CustomerKey, PlatformAndCustomerKeys, ConfidentialVmCustomerKey };

struct DiskEncryptionSet
{
    ResourceId id;
    QString location; ///< the key vault's region
    ResourceId identity; ///< the user-assigned identity the federated credential names
    KeyIdentifier activeKey; ///< with its version
    DiskEncryptionType encryptionType = DiskEncryptionType::CustomerKey;
    AppId federatedClientId; ///< the ISV's multi-tenant application; nil: not sent (a key in the same tenant)
    bool rotationToLatestKeyVersionEnabled = false;
    QString provisioningState; ///< read-only
    QList<KeyIdentifier> previousKeys; ///< read-only: not empty while a key rotation runs
    RawJson raw;
};

/// A NetApp account's customer-managed key.
struct NetAppEncryption
{
    ResourceId identity; ///< the user-assigned identity the federated credential names
    KeyIdentifier key; ///< the version is not sent: NetApp uses the key's current version
    ResourceId keyVault;
    AppId federatedClientId; ///< the ISV's multi-tenant application; nil for a key in the same tenant
    QString keyStatus; ///< read-only: Created, InUse, Deleted, Error or Updating
};

struct NetAppAccount
{
    ResourceId id;
    QString location; ///< an Azure region
    std::optional<NetAppEncryption> encryption; ///< none: Microsoft-managed keys
    QString provisioningState; ///< read-only
    RawJson raw;
};

/// A Power Platform enterprise policy of kind Encryption.
struct EnterprisePolicy
{
    ResourceId id;
    QString location; ///< a Power Platform location such as "europe", not an Azure region
    ResourceId keyVault;
    QString keyName;
    QString keyVersion;
    QString systemId; ///< read-only: what linking an environment takes
    ObjectId principalId; ///< read-only: the policy's identity, to be granted on the key
    QString healthStatus; ///< read-only: Undetermined, Healthy, Warning or Unhealthy
    QString encryptionState; ///< read-only: Enabled, Disabled or NotConfigured
    RawJson raw;
};

/// Typed Azure Resource Manager calls for the tracks: subscriptions, resource groups,
/// providers and features, role assignments, user-assigned identities, key vaults, private
/// endpoints, disk encryption sets, NetApp accounts and Power Platform enterprise policies.
///
/// Every call checks its input first and refuses bad input without sending anything. Writes
/// start from the `raw` JSON of the struct they are given (a previous read), so fields CMK
/// Wizard does not model survive. Writes that may run long follow the operation to its end;
/// `progress` gets its state after every poll, to persist and resume() after a restart.
class ArmClient : public ServiceClient
{
    Q_DECLARE_TR_FUNCTIONS(cmk::services::ArmClient)

public:
    explicit ArmClient(http::Pipeline *pipeline);

    /// The api-version sent for `resourceType` (nested types use their parent's); empty when unknown.
    static QString apiVersion(QStringView resourceType);
    /// `path` under the cloud's Resource Manager with the api-version of `resourceType`: what a plan
    /// shows for a call this client makes.
    static QUrl url(const CloudProfile &profile, const QString &path, QStringView resourceType);
    /// The name createRoleAssignment gives an assignment: the same for the same scope, role and principal.
    static QUuid roleAssignmentName(const ResourceId &scope, const QUuid &role, const ObjectId &principal);

    /// Lists every subscription the account sees in the pipeline's tenant, following every page.
    void listSubscriptions(QObject *context, Callback<QList<Subscription>> done);
    /// Lists the resource groups of a subscription, following every page (the wizard's pickers).
    void listResourceGroups(const SubscriptionId &subscription, QObject *context,
                            Callback<QList<ResourceGroup>> done);
    /// Lists the key vaults in a resource group, following every page (the wizard's pickers).
    void listVaults(const ResourceId &group, QObject *context, Callback<QList<KeyVault>> done);
    /// Lists the virtual networks of a subscription with their subnets, following every page
    /// (the wizard's subnet picker).
    void listVirtualNetworks(const SubscriptionId &subscription, QObject *context,
                             Callback<QList<VirtualNetwork>> done);
    /// Reads a resource group.
    void getResourceGroup(const ResourceId &group, QObject *context, Callback<ResourceGroup> done);
    /// Creates a resource group; an existing one keeps its settings (its location cannot change).
    void createOrUpdateResourceGroup(const ResourceGroup &group, QObject *context,
                                     Callback<ResourceGroup> done);

    /// Reads a resource provider's registration state in a subscription.
    void getProvider(const SubscriptionId &subscription, const QString &providerNamespace, QObject *context,
                     Callback<ResourceProvider> done);
    /// Starts registering a resource provider; poll getProvider until it is Registered.
    void registerProvider(const SubscriptionId &subscription, const QString &providerNamespace,
                          QObject *context, Callback<ResourceProvider> done);
    /// Reads a preview feature's registration state in a subscription.
    void getFeature(const SubscriptionId &subscription, const QString &providerNamespace,
                    const QString &feature, QObject *context, Callback<PreviewFeature> done);
    /// Starts registering a preview feature; poll getFeature until it is Registered.
    void registerFeature(const SubscriptionId &subscription, const QString &providerNamespace,
                         const QString &feature, QObject *context, Callback<PreviewFeature> done);

    /// Reads a role definition by its GUID, as seen at `scope`.
    void getRoleDefinition(const ResourceId &scope, const QUuid &role, QObject *context,
                           Callback<RoleDefinition> done);
    /// Lists the role assignments of `principal` at, above and below `scope`, or with a nil
    /// principal everyone's at and above `scope`; follows every page.
    void listRoleAssignments(const ResourceId &scope, const ObjectId &principal, QObject *context,
                             Callback<QList<RoleAssignment>> done);
    /// Grants a role under roleAssignmentName(), so a re-run finds its own assignment; an equal
    /// assignment under another name (409 RoleAssignmentExists) is read and given back instead.
    void createRoleAssignment(const RoleAssignmentRequest &grant, QObject *context,
                              Callback<RoleAssignment> done);
    /// Deletes a role assignment; one that is already gone counts as deleted.
    void deleteRoleAssignment(const ResourceId &assignment, QObject *context, Callback<Done> done);

    /// Reads a user-assigned managed identity.
    void getIdentity(const ResourceId &identity, QObject *context, Callback<UserAssignedIdentity> done);
    /// Creates a user-assigned managed identity, or updates it.
    void createOrUpdateIdentity(const UserAssignedIdentity &identity, QObject *context,
                                Callback<UserAssignedIdentity> done);

    /// Reads a key vault with its access policies and private endpoint connections.
    void getVault(const ResourceId &vault, QObject *context, Callback<KeyVault> done);
    /// Reads a key's attributes through Resource Manager: its current version, or `version` when
    /// not empty. A deleted key (or version) answers 404.
    void getVaultKey(const ResourceId &vault, const QString &keyName, const QString &version,
                     QObject *context, Callback<VaultKey> done);
    /// Creates or updates a key vault and waits until its provisioning (DNS) has finished.
    void createOrUpdateVault(const KeyVault &vault, QObject *context, Progress progress,
                             Callback<KeyVault> done);
    /// Turns soft delete and purge protection on for an existing vault and changes nothing else
    /// (PATCH). Irreversible: purge protection cannot be turned off again.
    void enablePurgeProtection(const ResourceId &vault, QObject *context, Progress progress,
                               Callback<KeyVault> done);
    /// Deletes vault `vault` (soft delete keeps it recoverable under its name).
    void deleteVault(const ResourceId &vault, QObject *context, Callback<Done> done);
    /// The soft-deleted vault of that name in `location` (GET .../locations/{location}/deletedVaults/{name});
    /// nullopt when none.
    void getDeletedVault(const SubscriptionId &subscription, const QString &location, const QString &name,
                         QObject *context, Callback<std::optional<DeletedVault>> done);
    /// Recovers a soft-deleted vault (PUT with properties.createMode = recover), following the operation.
    /// `tenant` is the vault's tenant (its subscription's); the vault comes back with its keys,
    /// access policies and settings.
    void recoverVault(const DeletedVault &deleted, const TenantId &tenant, QObject *context,
                      Progress progress, Callback<KeyVault> done);
    /// Changes a vault's network rules (PATCH properties.networkAcls / publicNetworkAccess), following
    /// the operation. The vault is read first so that its IP and virtual network rules are sent back
    /// unchanged; keep the client alive until `done` has run, as it sends the PATCH from that answer.
    void setVaultNetwork(const ResourceId &vault, const VaultNetwork &network, QObject *context,
                         Progress progress, Callback<KeyVault> done);
    /// Adds, replaces or removes access policy entries; gives back the entries as the vault took them.
    void updateAccessPolicies(const ResourceId &vault, AccessPolicyUpdate update,
                              const QList<AccessPolicy> &entries, QObject *context,
                              Callback<QList<AccessPolicy>> done);
    /// Lists a key vault's private endpoint connections, following every page.
    void listPrivateEndpointConnections(const ResourceId &vault, QObject *context,
                                        Callback<QList<PrivateEndpointConnection>> done);
    /// Approves a pending private endpoint connection to a key vault.
    void approvePrivateEndpointConnection(const PrivateEndpointConnection &connection,
                                          const QString &description, QObject *context, Progress progress,
                                          Callback<PrivateEndpointConnection> done);
    /// Rejects a private endpoint connection to a key vault; its owner must create the endpoint again.
    void rejectPrivateEndpointConnection(const PrivateEndpointConnection &connection,
                                         const QString &description, QObject *context, Progress progress,
                                         Callback<PrivateEndpointConnection> done);

    /// Reads a virtual network with its subnets and their delegations.
    void getVirtualNetwork(const ResourceId &network, QObject *context, Callback<VirtualNetwork> done);

    /// Reads a private endpoint with the approval state of its connection.
    void getPrivateEndpoint(const ResourceId &endpoint, QObject *context, Callback<PrivateEndpoint> done);
    /// Creates a private endpoint whose connection waits for manual approval by the resource's owner.
    void createPrivateEndpoint(const PrivateEndpoint &endpoint, QObject *context, Progress progress,
                               Callback<PrivateEndpoint> done);

    /// Reads a disk encryption set.
    void getDiskEncryptionSet(const ResourceId &set, QObject *context, Callback<DiskEncryptionSet> done);
    /// Creates or updates a disk encryption set (for a key in another tenant: with federatedClientId).
    void createOrUpdateDiskEncryptionSet(const DiskEncryptionSet &set, QObject *context, Progress progress,
                                         Callback<DiskEncryptionSet> done);

    /// Reads a NetApp account.
    void getNetAppAccount(const ResourceId &account, QObject *context, Callback<NetAppAccount> done);
    /// Creates or replaces a NetApp account, with its customer-managed key when one is set.
    void createOrUpdateNetAppAccount(const NetAppAccount &account, QObject *context, Progress progress,
                                     Callback<NetAppAccount> done);
    /// Switches an existing NetApp account to a customer-managed key (PATCH).
    void updateNetAppAccountEncryption(const ResourceId &account, const NetAppEncryption &encryption,
                                       QObject *context, Progress progress, Callback<NetAppAccount> done);

    /// Reads a Power Platform enterprise policy.
    void getEnterprisePolicy(const ResourceId &policy, QObject *context, Callback<EnterprisePolicy> done);
    /// Creates or updates an Encryption enterprise policy with a system-assigned identity.
    void createOrUpdateEnterprisePolicy(const EnterprisePolicy &policy, QObject *context, Progress progress,
                                        Callback<EnterprisePolicy> done);

    /// Deletes an enterprise policy. Environments linked to it lose their key: Power Platform locks them.
    void deleteEnterprisePolicy(const ResourceId &policy, QObject *context, Callback<Done> done);

    using ServiceClient::resume;
    /// Follows a saved operation of a write that gives a `T` (KeyVault, PrivateEndpointConnection,
    /// PrivateEndpoint, DiskEncryptionSet, NetAppAccount or EnterprisePolicy) to its end.
    template<typename T>
    http::OperationPoller *resume(const http::OperationState &state, QObject *context, Progress progress,
                                  Callback<T> done);

private:
    http::RequestSpec request(const QByteArray &method, const QString &path, const QString &resourceType,
                              const QString &operation, const QString &filter = QString()) const;
    template<typename T>
    void get(const ResourceId &id, const QString &operation, QObject *context, Callback<T> done);
    template<typename T>
    void write(const QByteArray &method, const ResourceId &id, const QByteArray &body,
               const QString &operation, QObject *context, Progress progress, Callback<T> done);
    void remove(const ResourceId &id, const QString &operation, QObject *context, Callback<Done> done);
    template<typename T> static Reply<T> replyFrom(const http::Result &result);
    template<typename T> bool refuse(const QString &problem, QObject *context, const Callback<T> &done);
    void setConnectionStatus(const PrivateEndpointConnection &connection, PrivateLinkStatus status,
                             const QString &description, QObject *context, Progress progress,
                             Callback<PrivateEndpointConnection> done);
};

extern template http::OperationPoller *ArmClient::resume<KeyVault>(const http::OperationState &, QObject *,
                                                                   Progress, Callback<KeyVault>);
extern template http::OperationPoller *
ArmClient::resume<PrivateEndpointConnection>(const http::OperationState &, QObject *, Progress,
                                             Callback<PrivateEndpointConnection>);
extern template http::OperationPoller *ArmClient::resume<PrivateEndpoint>(const http::OperationState &,
                                                                          QObject *, Progress,
                                                                          Callback<PrivateEndpoint>);
extern template http::OperationPoller *ArmClient::resume<DiskEncryptionSet>(const http::OperationState &,
                                                                            QObject *, Progress,
                                                                            Callback<DiskEncryptionSet>);
extern template http::OperationPoller *
ArmClient::resume<NetAppAccount>(const http::OperationState &, QObject *, Progress, Callback<NetAppAccount>);
extern template http::OperationPoller *ArmClient::resume<EnterprisePolicy>(const http::OperationState &,
                                                                           QObject *, Progress,
                                                                           Callback<EnterprisePolicy>);

} // namespace cmk::services
