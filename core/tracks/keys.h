#pragma once

// The names of the values tracks read and write (run files, hand-offs, `cmkctl --input`).
// One vocabulary for every track, so a hand-off from one side feeds the other's steps.

#include <QLatin1StringView>

namespace cmk::tracks::key {

// The ISV side.
inline constexpr QLatin1StringView IsvTenantId {"isv.tenantId"};
inline constexpr QLatin1StringView IsvSubscriptionId {"isv.subscriptionId"};
inline constexpr QLatin1StringView IsvResourceGroup {"isv.resourceGroup"};
inline constexpr QLatin1StringView Region {"region"};
inline constexpr QLatin1StringView AppDisplayName {"app.displayName"};
inline constexpr QLatin1StringView AppId {"app.appId"};
inline constexpr QLatin1StringView AppObjectId {"app.objectId"};
inline constexpr QLatin1StringView AdminConsentUrl {"app.adminConsentUrl"};
inline constexpr QLatin1StringView IdentityName {"identity.name"};
inline constexpr QLatin1StringView IdentityId {"identity.id"};
inline constexpr QLatin1StringView IdentityPrincipalId {"identity.principalId"};
inline constexpr QLatin1StringView IdentityClientId {"identity.clientId"};
inline constexpr QLatin1StringView FederatedCredentialName {"fic.name"};
inline constexpr QLatin1StringView NetAppAccountName {"netapp.accountName"};
inline constexpr QLatin1StringView NetAppAccountId {"netapp.accountId"};
inline constexpr QLatin1StringView SubnetId {"vnet.subnetId"};
inline constexpr QLatin1StringView PrivateEndpointName {"privateEndpoint.name"};
inline constexpr QLatin1StringView PrivateEndpointId {"privateEndpoint.id"};
inline constexpr QLatin1StringView DiskEncryptionSetName {"des.name"};
inline constexpr QLatin1StringView DiskEncryptionSetId {"des.id"};
inline constexpr QLatin1StringView AutoKeyRotation {"des.autoKeyRotation"}; ///< "true" / "false"

// The customer side.
inline constexpr QLatin1StringView CustomerTenantId {"customer.tenantId"};
inline constexpr QLatin1StringView CustomerSubscriptionId {"customer.subscriptionId"};
inline constexpr QLatin1StringView CustomerResourceGroup {"customer.resourceGroup"};
inline constexpr QLatin1StringView ServicePrincipalId {
    "sp.objectId"}; ///< the ISV app's service principal there
/// The signed-in key vault administrator's object ID: the first access policy entry of a new vault.
inline constexpr QLatin1StringView KeyAdminObjectId {"customer.adminObjectId"};
inline constexpr QLatin1StringView VaultName {"vault.name"};
inline constexpr QLatin1StringView VaultId {"vault.id"};
inline constexpr QLatin1StringView VaultUri {"vault.uri"};
inline constexpr QLatin1StringView KeyName {"key.name"};
inline constexpr QLatin1StringView KeyType {"key.type"}; ///< "RSA" or "RSA-HSM"
inline constexpr QLatin1StringView KeySize {"key.size"}; ///< "2048", "3072", "4096"
inline constexpr QLatin1StringView KeyUrl {"key.url"}; ///< with its version
inline constexpr QLatin1StringView GrantRole {"grant.role"};
inline constexpr QLatin1StringView GrantKind {"grant.kind"}; ///< "rbac" or "access-policy"
/// The ISV's private endpoint as the customer's vault sees it (a name Azure chose).
inline constexpr QLatin1StringView PrivateEndpointConnectionId {"privateEndpoint.connectionId"};

// Power Platform (seeds 002, 003, 004): the enterprise policy, its reader, the environments.
inline constexpr QLatin1StringView PolicyName {"policy.name"};
inline constexpr QLatin1StringView PolicyId {"policy.id"};
inline constexpr QLatin1StringView PolicyLocation {
    "policy.location"}; ///< a Power Platform location: "europe"
inline constexpr QLatin1StringView PolicySystemId {"policy.systemId"}; ///< what linking takes
inline constexpr QLatin1StringView PolicyPrincipalId {"policy.principalId"}; ///< its managed identity
/// Change key: the policy the environments leave.
inline constexpr QLatin1StringView PreviousPolicyId {"policy.previousId"};
inline constexpr QLatin1StringView PowerPlatformAdminUpn {"ppadmin.userPrincipalName"};
inline constexpr QLatin1StringView PowerPlatformAdminObjectId {"ppadmin.objectId"};
/// Environment IDs (or "Default-{tenant}"), comma-separated; "all" where a track allows it.
inline constexpr QLatin1StringView Environments {"environments"};
/// What the choice found: the environments the track works on, comma-separated.
inline constexpr QLatin1StringView EnvironmentsChosen {"environments.chosen"};
/// Lock: the way access is revoked (seed 003), what was revoked, and who goes offline.
inline constexpr QLatin1StringView LockMethod {"lock.method"};
inline constexpr QLatin1StringView LockRevoked {"lock.revoked"};
inline constexpr QLatin1StringView LockedEnvironments {"lock.environments"};
/// Unlock: the support request text and the file it is saved to.
inline constexpr QLatin1StringView SupportRequest {"support.request"};
inline constexpr QLatin1StringView SupportRequestOut {"support.out"};

// Hand-offs: the file to read, the file to write.
inline constexpr QLatin1StringView HandoffIn {"handoff.in"};
inline constexpr QLatin1StringView HandoffOut {"handoff.out"};

} // namespace cmk::tracks::key
