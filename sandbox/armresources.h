#pragma once

#include "world.h"

namespace cmk::sandbox {

/// Building blocks for ARM resources, shared by the scenarios and the ARM service, so a seeded
/// resource looks exactly like one created through the API.
namespace arm {

/// Adds (or replaces) a resource; returns it.
ArmResource &put(World &world, const QString &id, const QString &type, const QString &tenantId, Json body);
void remove(World &world, const QString &id);

/// `{id, name, type, location, tags, properties}` with provisioningState Succeeded.
Json envelope(const QString &id, const QString &type, const QString &location,
              Json properties = Json::object());

/// The tenant that owns the subscription in `resourceId`; empty when unknown.
QString tenantOf(World &world, const QString &resourceId);
QString subscriptionOf(const QString &resourceId);

ArmResource &resourceGroup(World &world, const QString &subscription, const QString &name,
                           const QString &location);
/// Assigns `roleGuid` to `principalId` at `scope`. The name is a deterministic GUID of the three.
ArmResource &assignRole(World &world, const QString &scope, const QString &roleGuid,
                        const QString &principalId, const QString &principalType,
                        const QString &createdBy = QString());
QString roleDefinitionId(const QString &scope, const QString &roleGuid);

/// A managed identity's service principal (user-assigned or a resource's system identity).
ServicePrincipal &managedIdentityPrincipal(World &world, const QString &tenantId, const QString &resourceId,
                                           const QString &displayName);

/// A vault with its data plane (keys live in VaultData; the vault URI is set when its port is known).
ArmResource &vault(World &world, const QString &id, const QString &tenantId, const QString &location,
                   bool rbac, bool purgeProtection);
KeyVersion &addKeyVersion(World &world, const QString &vaultId, const QString &keyName, const QString &kty,
                          int size);

QString nowIso(const World &world);

/// ARM's `systemData`: who created the resource and when (kept from `previous` on updates), and who
/// changed it last.
Json systemData(const World &world, const Principal &actor, const Json &previous = Json());

} // namespace arm

} // namespace cmk::sandbox
