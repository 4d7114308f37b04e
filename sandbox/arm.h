#pragma once

#include "context.h"
#include "types/resourceid.h"

namespace cmk::sandbox {

/// Azure Resource Manager on its own origin: subscriptions, resource groups, providers and
/// features, role definitions and assignments that really gate every call, and the resource
/// types of the tracks with their long-running operations (Azure-AsyncOperation and Location),
/// api-version checks, ARM error bodies and paging.
class ArmService
{
public:
    explicit ArmService(Context &context);

    Response handle(const Request &request, RequestLogEntry *entry);

private:
    struct Call
    {
        const Request &request;
        Principal caller;
        QString apiVersion;
        QString path; ///< decoded, "/subscriptions/..."
    };

    Response subscriptionRoutes(Call &call, Subscription &sub);
    Response providers(Call &call, Subscription &sub, const QStringList &seg);
    Response features(Call &call, Subscription &sub, const QStringList &seg);
    Response operationPoll(Call &call, const QString &operationId, bool statusStyle);
    Response roleAssignment(Call &call, const QString &scope, const QString &name);
    Response roleAssignmentList(Call &call, const QString &scope);
    Response roleDefinitions(Call &call, const QString &scope, const QString &name);
    Response resource(Call &call, const QString &id);
    Response collection(Call &call, const QString &parentId, const QString &childType);
    Response action(Call &call, const QString &id, const QString &action);
    Response keyVaultNameCheck(Call &call);
    /// GET `{vault}/keys/{name}[/versions/{version}]`: a key's attributes through Resource Manager.
    Response vaultKey(Call &call, const ResourceId &id, const QString &type);

    // Resource types.
    Response putResourceGroup(Call &call, const QString &id, const Json &body);
    Response putIdentity(Call &call, const QString &id, const Json &body);
    Response putVault(Call &call, const QString &id, const Json &body, bool patch);
    Response accessPolicies(Call &call, const QString &vaultId, const QString &kind, const Json &body);
    Response putEndpointConnection(Call &call, const QString &id, const Json &body);
    Response putPrivateEndpoint(Call &call, const QString &id, const Json &body);
    Response putVirtualNetwork(Call &call, const QString &id, const Json &body);
    Response putDiskEncryptionSet(Call &call, const QString &id, const Json &body, bool patch);
    enum class NetAppWrite { Put, Patch, ChangeKeyVault };
    /// PUT, PATCH, or the changeKeyVault action (`body` is then the new keyVaultProperties).
    Response putNetAppAccount(Call &call, const QString &id, const Json &body, NetAppWrite mode);
    Response putEnterprisePolicy(Call &call, const QString &id, const Json &body, bool patch);
    Response deleteResource(Call &call, ArmResource &r);
    /// Moves a vault, its data plane and everything at its scope to the deleted vaults.
    void softDeleteVault(const QString &vaultKey);
    /// GET/list/purge of `.../providers/Microsoft.KeyVault[/locations/{location}]/deletedVaults[...]`.
    Response deletedVaults(Call &call, Subscription &sub, const QStringList &seg);
    /// PUT with createMode recover: the deleted vault back under its ID, with what it had.
    Response recoverVault(Call &call, const QString &id, const Json &body);
    Json deletedVaultJson(const DeletedVault &deleted) const;

    /// Answers a write that finishes later: provisioningState runs until the simulated clock
    /// passes `lroDurationMs`, pollable through Azure-AsyncOperation and/or Location.
    Response startOperation(Call &call, ArmResource &r, const QString &kind, int status, bool asyncHeader,
                            bool locationHeader, const QString &runningState);
    void settle();
    Json view(ArmResource &r);

    QString canonicalType(const QString &type) const;
    QStringList apiVersionsFor(const QString &type) const;
    std::optional<Response> checkApiVersion(Call &call, const QString &type);
    std::optional<Response> checkRegistered(Subscription &sub, const QString &ns);
    std::optional<Response> authorize(Call &call, const QString &action, const QString &scope);
    bool principalExists(const QString &tenantId, const QString &objectId) const;
    QUrl absolute(const QString &pathAndQuery) const;

    Context &m_ctx;
};

} // namespace cmk::sandbox
