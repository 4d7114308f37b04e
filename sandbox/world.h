#pragma once

#include "clock.h"
#include "json.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace cmk::sandbox {

// Directory role template ids (Microsoft Entra built-in roles).
namespace DirectoryRole {
inline constexpr const char *GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";
inline constexpr const char *PowerPlatformAdministrator = "11648597-926c-4cf3-9c36-bcebb0ba8dcc";
inline constexpr const char *Dynamics365Administrator = "44367163-eba1-44c3-98af-f5787879f96a";
inline constexpr const char *ApplicationAdministrator = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3";
inline constexpr const char *CloudApplicationAdministrator = "158c047a-c907-4556-b7ef-446551a6b5f7";
inline constexpr const char *ApplicationDeveloper = "cf1c38e5-3621-4004-a7cb-879624dced7c";
inline constexpr const char *GlobalReader = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
} // namespace DirectoryRole

struct Tenant
{
    QString id;
    QString displayName;
    QString domain; ///< e.g. contoso.onmicrosoft.com
};

struct User
{
    QString tenantId;
    QString objectId;
    QString upn;
    QString displayName;
    QString password; ///< demo only; never logged
    QStringList directoryRoles; ///< role template ids
    QString demoRole; ///< what the demo scenario meant this user for
};

struct FederatedCredential
{
    QString id;
    QString name;
    QString issuer;
    QString subject;
    QStringList audiences;
    QString description;
};

struct ClientSecret
{
    QString keyId;
    QString hint; ///< first three characters, as Graph shows them
    QString value; ///< never logged
};

struct Application
{
    QString objectId;
    QString appId;
    QString tenantId;
    QString displayName;
    QString signInAudience = QStringLiteral("AzureADMyOrg");
    QStringList redirectUris; ///< web redirect URIs (admin consent lands here)
    QStringList publicClientRedirectUris;
    bool isFallbackPublicClient = false;
    std::vector<FederatedCredential> federatedCredentials;
    std::vector<ClientSecret> secrets;
    QStringList owners; ///< object ids of the users who may change it
    qint64 createdMs = 0;
};

struct ServicePrincipal
{
    QString objectId;
    QString appId;
    QString tenantId;
    QString displayName;
    QString type = QStringLiteral("Application"); ///< or "ManagedIdentity"
    QString appOwnerTenantId;
    QString managedIdentityResourceId; ///< for managed identities
    qint64 createdMs = 0;
};

struct RegistrationState
{
    QString state = QStringLiteral("NotRegistered");
    qint64 readyAtMs = 0; ///< when Registering becomes Registered
};

struct Subscription
{
    QString id;
    QString tenantId;
    QString displayName;
    QString state = QStringLiteral("Enabled");
    std::map<QString, RegistrationState> providers; ///< lower-case namespace
    std::map<QString, RegistrationState> features; ///< lower-case "namespace/feature"
    std::map<QString, QString> providerCasing; ///< lower-case -> canonical spelling
};

/// A resource in ARM. `body` is what GET returns, minus what is computed on read.
struct ArmResource
{
    QString id; ///< as created (casing kept)
    QString type; ///< canonical, e.g. "Microsoft.KeyVault/vaults"
    QString tenantId;
    Json body;
    qint64 pendingUntilMs = 0; ///< provisioning in progress until then
    QString finalState = QStringLiteral("Succeeded");
    Json failure; ///< ARM error object when finalState is Failed
};

/// A long-running operation, polled through Azure-AsyncOperation or Location.
struct Operation
{
    QString id;
    QString resourceKey; ///< lower-case resource id it works on
    QString kind; ///< "put", "patch", "delete", "action"
    qint64 startMs = 0;
    qint64 doneMs = 0;
    QString finalStatus = QStringLiteral("Succeeded");
    Json error;
    Json result; ///< the Location result body for actions
    int resultStatus = 200;
};

struct KeyVersion
{
    QString version;
    QString kty;
    int keySize = 2048;
    QStringList keyOps;
    bool enabled = true;
    std::optional<qint64> nbf; ///< seconds
    std::optional<qint64> exp; ///< seconds
    qint64 created = 0; ///< seconds
    qint64 updated = 0;
    Json tags = Json::object();
    QByteArray modulus; ///< random bytes standing in for the public modulus
};

struct Key
{
    QString name;
    std::vector<KeyVersion> versions; ///< oldest first; the last one is current
    bool deleted = false;
    qint64 deletedMs = 0;
};

/// The data plane of one vault: its keys, and the loopback port clients reach it on.
struct VaultData
{
    QString resourceKey; ///< lower-case ARM id
    quint16 port = 0;
    std::map<QString, Key> keys; ///< lower-case name
};

/// A soft-deleted vault: everything it had, kept under its (globally unique) name until it is
/// recovered (PUT with createMode recover) or purged (on request, or at scheduledPurgeMs).
struct DeletedVault
{
    ArmResource vault; ///< as it was when deleted
    std::vector<ArmResource> children; ///< role assignments at its scope and below, endpoint connections
    VaultData data; ///< keys with every version; `port` is reused on recovery when it is free
    qint64 deletionMs = 0;
    qint64 scheduledPurgeMs = 0;
};

struct Environment
{
    QString id; ///< GUID or Default-{tenant}
    QString tenantId;
    QString displayName;
    QString location; ///< Power Platform location, e.g. "europe"
    QString azureRegion;
    QString sku; ///< Production, Sandbox, Trial, Developer, Default, Teams
    bool managed = true; ///< Managed Environment
    bool dataverse = true;
    bool financeAndOperations = false;
    bool powerPlatformIntegration = false;
    bool byok = false; ///< protected by the older BYOK feature
    qint64 createdMs = 0;

    // Customer-managed key state.
    QString policyKey; ///< lower-case ARM id of the linked enterprise policy
    QString linkStatus; ///< "", Linking, Linked, Unlinking
    qint64 encryptionStartMs = 0;
    qint64 encryptionDoneMs = 0;
    bool locked = false;
    qint64 lockedSinceMs = 0;
    QString lockReason;
    bool accessRestored = false; ///< the key works again; the lock stays until support unlocks
    bool supportUnlockRecorded = false;
    QString activeOperation; ///< id of a running lifecycle operation
    QString lastOperation; ///< description of the last one
};

/// A Power Platform lifecycle operation (link/unlink), polled through operation-location.
struct PlatformOperation
{
    QString id;
    QString environmentId;
    QString type; ///< "LinkEnterprisePolicy", "UnlinkEnterprisePolicy"
    qint64 startMs = 0;
    qint64 doneMs = 0;
    QString finalState = QStringLiteral("Succeeded");
    QString errorMessage;
    QString requestedById; ///< object id of the admin who started it
    QString requestedByName;
};

struct DeviceCodeGrant
{
    QString deviceCode;
    QString userCode;
    QString tenant; ///< as requested (id, domain, organizations)
    QString clientId;
    QString scope;
    qint64 expiresAtRealMs = 0;
    qint64 lastPollRealMs = 0;
    QString approvedUserId; ///< object id once a user approved
    bool declined = false;
};

struct AuthorizationCode
{
    QString code;
    QString clientId;
    QString redirectUri;
    QString challenge;
    QString userObjectId;
    QString tenantId;
    QString scope;
    QString nonce;
    qint64 expiresAtRealMs = 0;
    bool used = false;
};

struct RefreshTokenGrant
{
    QString userObjectId;
    QString clientId;
    QString homeTenantId;
    qint64 expiresAtRealMs = 0;
    qint64 replacedAtRealMs = 0; ///< rotated; still valid for a grace period after
};

/// One line of the request log: never a token, never a secret.
struct RequestLogEntry
{
    qint64 timeMs = 0; ///< real time
    QString service;
    QString method;
    QString path;
    int status = 0;
    qint64 latencyMs = 0;
    QString tenantId;
    QString callerObjectId;
    QString requestId;
    QString fault;
};

} // namespace cmk::sandbox

namespace cmk::sandbox {

/// Who is calling, from the token.
struct Principal
{
    enum class Kind { None, User, ServicePrincipal, ManagedIdentity };
    Kind kind = Kind::None;
    QString tenantId;
    QString objectId;
    QString appId;
    QString displayName;
    QString upn;
    QStringList directoryRoles;

    bool isValid() const { return kind != Kind::None; }
    bool hasDirectoryRole(const char *templateId) const
    {
        return directoryRoles.contains(QLatin1StringView(templateId));
    }
};

struct RoleDefinition
{
    QString id; ///< GUID
    QString name;
    QString description;
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;
};

/// The built-in Azure roles the tracks use, with their (data) actions.
const std::vector<RoleDefinition> &builtInRoles();
const RoleDefinition *findRole(QStringView guid);
/// ARM wildcard matching for actions: '*' matches any run of characters, case-insensitively.
bool actionMatches(QStringView pattern, QStringView action);

/// All of the sandbox's state. One instance per sandbox; services read and change it.
class World
{
public:
    SimClock clock;

    std::vector<Tenant> tenants;
    std::vector<User> users;
    std::vector<Application> applications;
    std::vector<ServicePrincipal> servicePrincipals;
    std::vector<Subscription> subscriptions;
    std::map<QString, ArmResource> resources; ///< lower-case id
    std::map<QString, Operation> operations;
    std::map<QString, VaultData> vaults; ///< lower-case vault id
    std::map<QString, DeletedVault> deletedVaults; ///< lower-case vault name (names are global)
    std::vector<Environment> environments;
    QHash<QString, qsizetype> environmentIndex; ///< lower-case id -> index
    std::map<QString, PlatformOperation> platformOperations;

    std::map<QString, AuthorizationCode> authorizationCodes;
    std::map<QString, RefreshTokenGrant> refreshTokens;
    std::map<QString, DeviceCodeGrant> deviceCodes; ///< by device code

    const Tenant *tenant(QStringView idOrDomain) const;
    const User *user(QStringView objectId) const;
    const User *userByUpn(QStringView upn) const;
    /// Approves a pending device code as `upn` had on the verification page; false if either is unknown.
    bool approveDeviceCode(QStringView userCode, QStringView upn);
    Application *applicationByAppId(QStringView appId);
    Application *applicationByObjectId(QStringView objectId);
    ServicePrincipal *servicePrincipal(QStringView tenantId, QStringView appId);
    const ServicePrincipal *servicePrincipalByObjectId(QStringView objectId) const;
    Subscription *subscription(QStringView id);
    ArmResource *resource(QStringView id);
    Environment *environment(QStringView id);

    /// Whether `principal` may perform `action` at `scope` (an ARM id) through an Azure role
    /// assignment; data actions (Key Vault keys) are checked with `dataAction`.
    bool authorized(const QString &principalObjectId, const QString &action, const QString &scope,
                    bool dataAction = false) const;
    /// The role assignments (id, scope, principal, role) as stored, for lists and checks.
    std::vector<const ArmResource *> roleAssignments() const;

    /// Forgets soft-deleted vaults and keys whose retention has ended, as Key Vault purges them.
    void purgeExpired();

    /// Unique ids that look like Azure's.
    QString newGuid();
    QString newHex(int bytes);

    /// Everything, for `--state` and `GET /_sandbox/state`; secrets and passwords are left out.
    Json toJson() const;

    quint64 seed = 1;
    /// Set while a request runs that an "lro-failed" fault targets: the operation it starts fails.
    bool failNextOperation = false;
    /// Set when the simulated clock jumps (admin API), so time-driven state is re-evaluated at once.
    bool clockMoved = false;

private:
    quint64 m_counter = 0;
};

} // namespace cmk::sandbox
