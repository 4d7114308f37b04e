#pragma once

#include "world.h"

namespace cmk::sandbox {

/// What a caller wants to do with a key, mapped to an RBAC data action and an access-policy
/// permission as Key Vault does.
enum class KeyOperation { Get, List, Create, Update, Delete, Recover, Purge, Wrap, Unwrap, Rotate };

struct AccessDecision
{
    bool allowed = false;
    int status = 403;
    QString code; ///< Forbidden, KeyNotFound, ...
    QString innerCode; ///< ForbiddenByRbac, ForbiddenByPolicy, ForbiddenByFirewall
    QString message;
};

/// Whether `principalObjectId` may perform `op` on `keyName` in the vault, through its
/// permission model (RBAC data actions at vault or key scope, or access policies) and its
/// network rules (`trustedService`: the call comes from an Azure service on the bypass list).
AccessDecision keyVaultAccess(const World &world, const ArmResource &vault, const QString &principalObjectId,
                              KeyOperation op, const QString &keyName, bool trustedService);

/// Why a customer-managed key stopped working for a service identity, or empty when it works:
/// PolicyDeleted, VaultDeleted, KeyDeleted, KeyDisabled, KeyVersionDisabled, PermissionRevoked,
/// VaultNetworkBlocked. `vaultId`, `keyName` and `keyVersion` name the key the service uses.
QString keyProblem(World &world, const QString &vaultId, const QString &keyName, const QString &keyVersion,
                   const QString &principalObjectId);

/// The cross-tenant federation a disk encryption set or NetApp account relies on: the ISV's
/// multi-tenant app `federatedClientId` in the resource's tenant, a federated credential whose
/// issuer, subject and audience match the user-assigned identity, and the app's service
/// principal in the key's tenant. Empty when it holds; otherwise the AADSTS error a user would see.
QString federationProblem(World &world, const QString &resourceTenant, const QString &identityResourceId,
                          const QString &federatedClientId, const QString &keyTenant,
                          const QString &loginOrigin, const QString &expectedAudience);

/// The vault a key URL points to (matched by the vault's URI), or nullptr.
ArmResource *vaultForKeyUrl(World &world, const QUrl &keyUrl);

} // namespace cmk::sandbox
