// The resource types of the tracks: what a PUT, PATCH, DELETE or GET of each does.

#include "arm.h"
#include "armresources.h"
#include "keyaccess.h"
#include "types/keyidentifier.h"
#include "types/names.h"
#include "types/region.h"
#include "types/resourceid.h"

#include <QRegularExpression>
#include <QUuid>

namespace cmk::sandbox {

namespace {

/// Merges `patch` into `target` the way ARM PATCH does: objects recursively, everything else replaced.
void merge(Json &target, const Json &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->is_object() && target.contains(it.key()) && target[it.key()].is_object())
            merge(target[it.key()], *it);
        else
            target[it.key()] = *it;
    }
}

/// What a PUT (the body) or a PATCH (the body merged into what exists) asks the resource to be.
Json desiredBody(const ArmResource *existing, const Json &body, bool patch)
{
    if (!patch)
        return body;
    Json desired = existing ? existing->body : Json::object();
    merge(desired, body);
    return desired;
}

Response badParameter(const QString &message, const QString &target = QString())
{
    return errors::arm(400, QStringLiteral("InvalidParameter"), message, target);
}

std::optional<Response> checkLocation(const Json &body)
{
    const QString location = str(body, "location");
    if (location.isEmpty())
        return errors::arm(400, QStringLiteral("LocationRequired"),
                           QStringLiteral("The location property is required for this definition."));
    ParseError error;
    if (!Region::parse(location, &error))
        return errors::arm(400, QStringLiteral("LocationNotAvailableForResourceType"),
                           QStringLiteral("The provided location '%1' is not available for resource type. %2")
                               .arg(location, error.message));
    return std::nullopt;
}

QString normalizedLocation(const QString &location)
{
    const auto region = Region::parse(location);
    return region ? region->name() : location;
}

} // namespace

Json ArmService::view(ArmResource &r)
{
    Json body = r.body;
    const QString key = r.id.toLower();
    if (r.type == QLatin1StringView("Microsoft.Network/virtualNetworks")) {
        Json subnets = Json::array();
        for (auto &[k, child] : m_ctx.world.resources) {
            if (child.type == QLatin1StringView("Microsoft.Network/virtualNetworks/subnets")
                && k.startsWith(key + QStringLiteral("/subnets/")))
                subnets.push_back(child.body);
        }
        body["properties"]["subnets"] = subnets;
    } else if (r.type == QLatin1StringView("Microsoft.KeyVault/vaults")) {
        Json connections = Json::array();
        for (auto &[k, child] : m_ctx.world.resources) {
            if (child.type == QLatin1StringView("Microsoft.KeyVault/vaults/privateEndpointConnections")
                && k.startsWith(key + QStringLiteral("/privateendpointconnections/")))
                connections.push_back({{"id", child.body["id"]},
                                       {"etag", child.body.value("etag", Json(""))},
                                       {"properties", child.body["properties"]}});
        }
        body["properties"]["privateEndpointConnections"] = connections;
    } else if (r.type == QLatin1StringView("Microsoft.Network/privateEndpoints")) {
        Json &manual = body["properties"]["manualPrivateLinkServiceConnections"];
        for (auto &c : manual) {
            const QString vaultId = str(c["properties"], "privateLinkServiceId");
            QString state = QStringLiteral("Disconnected");
            QString description;
            for (auto &[k, child] : m_ctx.world.resources) {
                if (child.type == QLatin1StringView("Microsoft.KeyVault/vaults/privateEndpointConnections")
                    && k.startsWith(vaultId.toLower() + u'/')
                    && str(child.body["properties"]["privateEndpoint"], "id")
                            .compare(r.id, Qt::CaseInsensitive)
                        == 0) {
                    state = str(child.body["properties"]["privateLinkServiceConnectionState"], "status");
                    description
                        = str(child.body["properties"]["privateLinkServiceConnectionState"], "description");
                }
            }
            c["properties"]["privateLinkServiceConnectionState"]
                = {{"status", s(state)}, {"description", s(description)}, {"actionsRequired", "None"}};
        }
    } else if (r.type == QLatin1StringView("Microsoft.NetApp/netAppAccounts")) {
        Json &encryption = body["properties"]["encryption"];
        if (ieq(str(encryption, "keySource"), QLatin1StringView("Microsoft.KeyVault"))
            && r.pendingUntilMs == 0) {
            const Json &kvp = encryption["keyVaultProperties"];
            const QString principal = str(encryption["identity"], "principalId");
            const QString problem = keyProblem(m_ctx.world, str(kvp, "keyVaultResourceId"),
                                               str(kvp, "keyName"), QString(), principal);
            encryption["keyVaultProperties"]["status"] = problem.isEmpty() ? "InUse" : "Error";
        }
    } else if (r.type == QLatin1StringView("Microsoft.PowerPlatform/enterprisePolicies")) {
        const Json &kv = body["properties"]["encryption"]["keyVault"];
        if (!kv.is_null()) {
            const QString problem
                = keyProblem(m_ctx.world, str(kv, "id"), str(kv["key"], "name"), str(kv["key"], "version"),
                             str(body["identity"], "systemAssignedIdentityPrincipalId"));
            body["properties"]["healthStatus"] = problem.isEmpty() ? "Healthy" : "Unhealthy";
        }
    }
    if (r.pendingUntilMs == 0 && r.finalState == QLatin1StringView("Failed") && body.contains("properties"))
        body["properties"]["provisioningState"] = "Failed";
    return body;
}

Response ArmService::resource(Call &call, const QString &id)
{
    const auto rid = ResourceId::parse(id);
    if (rid->level() == ResourceId::Level::ResourceGroup && call.request.method == "POST")
        return errors::arm(404, QStringLiteral("NotFound"),
                           QStringLiteral("The requested path '%1' is not found.").arg(id));
    const QString requestedType = rid->level() == ResourceId::Level::ResourceGroup
        ? QStringLiteral("Microsoft.Resources/resourceGroups")
        : rid->resourceType();
    const QString type = canonicalType(requestedType);
    if (type.isEmpty())
        return errors::arm(
            400, QStringLiteral("InvalidResourceType"),
            QStringLiteral(
                "The resource type '%1' could not be found in the namespace '%2' for api version '%3'.")
                .arg(requestedType.section(u'/', 1), requestedType.section(u'/', 0, 0), call.apiVersion));
    if (auto bad = checkApiVersion(call, type))
        return *bad;
    Subscription *sub = m_ctx.world.subscription(rid->subscriptionId().toString());
    if (rid->level() != ResourceId::Level::ResourceGroup
        && !m_ctx.world.resource(
            QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(sub->id, rid->resourceGroup())))
        return errors::arm(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(rid->resourceGroup()));
    if (type == QLatin1StringView("Microsoft.KeyVault/vaults/keys")
        || type == QLatin1StringView("Microsoft.KeyVault/vaults/keys/versions"))
        return vaultKey(call, *rid, type);
    const bool child = type.count(u'/') > 1;
    if (child && !m_ctx.world.resource(rid->parent()->toString()))
        return errors::arm(
            404, QStringLiteral("ParentResourceNotFound"),
            QStringLiteral(
                "Can not perform requested operation on nested resource. Parent resource '%1' not found.")
                .arg(rid->parent()->name()));
    ArmResource *existing = m_ctx.world.resource(id);
    const QByteArray &method = call.request.method;
    if (method == "GET") {
        if (auto denied = authorize(call, type + QStringLiteral("/read"), id))
            return *denied;
        if (!existing) {
            if (type == QLatin1StringView("Microsoft.KeyVault/vaults/privateEndpointConnections"))
                return Response {204, {}, {}};
            if (rid->level() == ResourceId::Level::ResourceGroup)
                return errors::arm(
                    404, QStringLiteral("ResourceGroupNotFound"),
                    QStringLiteral("Resource group '%1' could not be found.").arg(rid->resourceGroup()));
            return errors::arm(
                404, QStringLiteral("ResourceNotFound"),
                QStringLiteral(
                    "The Resource '%1/%2' under resource group '%3' was not found. For more details "
                    "please go to https://aka.ms/ARMResourceNotFoundFix")
                    .arg(type, rid->name(), rid->resourceGroup()));
        }
        return Response::json(200, bytes(view(*existing)));
    }
    if (method == "DELETE") {
        if (auto denied = authorize(call, type + QStringLiteral("/delete"), id))
            return *denied;
        if (!existing)
            return Response {204, {}, {}};
        return deleteResource(call, *existing);
    }
    if (method != "PUT" && method != "PATCH")
        return errors::arm(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("The requested method %1 is not allowed here.").arg(QString::fromLatin1(method)));
    const auto body = parseJson(call.request.body);
    if (!body || !body->is_object())
        return errors::arm(
            400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral(
                "The request content was invalid and could not be deserialized: the body must be a "
                "JSON object."));
    if (auto denied = authorize(call, type + QStringLiteral("/write"), id))
        return *denied;
    const bool patch = method == "PATCH";
    if (patch && !existing)
        return errors::arm(404, QStringLiteral("ResourceNotFound"),
                           QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found.")
                               .arg(type, rid->name(), rid->resourceGroup()));
    if (existing && existing->pendingUntilMs > 0)
        return errors::arm(
            409, QStringLiteral("AnotherOperationInProgress"),
            QStringLiteral(
                "Another operation on this or dependent resource is in progress. To retrieve status "
                "of the operation use uri: %1.")
                .arg(absolute(id).toString()));
    if (type == QLatin1StringView("Microsoft.Resources/resourceGroups"))
        return putResourceGroup(call, id, *body);
    if (type == QLatin1StringView("Microsoft.ManagedIdentity/userAssignedIdentities"))
        return putIdentity(call, id, *body);
    if (type == QLatin1StringView("Microsoft.KeyVault/vaults"))
        return putVault(call, id, *body, patch);
    if (type == QLatin1StringView("Microsoft.KeyVault/vaults/accessPolicies"))
        return accessPolicies(call, rid->parent()->toString(), rid->name(), *body);
    if (type == QLatin1StringView("Microsoft.KeyVault/vaults/privateEndpointConnections"))
        return putEndpointConnection(call, id, *body);
    if (type == QLatin1StringView("Microsoft.Network/privateEndpoints"))
        return putPrivateEndpoint(call, id, *body);
    if (type.startsWith(QLatin1StringView("Microsoft.Network/virtualNetworks")))
        return putVirtualNetwork(call, id, *body);
    if (type == QLatin1StringView("Microsoft.Compute/diskEncryptionSets"))
        return putDiskEncryptionSet(call, id, *body, patch);
    if (type == QLatin1StringView("Microsoft.NetApp/netAppAccounts"))
        return putNetAppAccount(call, id, *body, patch ? NetAppWrite::Patch : NetAppWrite::Put);
    if (type == QLatin1StringView("Microsoft.PowerPlatform/enterprisePolicies"))
        return putEnterprisePolicy(call, id, *body, patch);
    return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                       QStringLiteral("The sandbox does not write %1.").arg(type));
}

Response ArmService::vaultKey(Call &call, const ResourceId &id, const QString &type)
{
    if (call.request.method != "GET")
        return errors::arm(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("The sandbox reads keys through Resource Manager but does not write "
                           "them there; use the Key Vault data plane."));
    const bool version = type.endsWith(QLatin1StringView("/versions"));
    const ResourceId keyId = version ? *id.parent() : id;
    const QString vaultId = keyId.parent()->toString();
    const auto notFound = [&](const QString &what, const QString &name) {
        return errors::arm(
            404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For more details "
                           "please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(what, name, id.resourceGroup()));
    };
    ArmResource *vault = m_ctx.world.resource(vaultId);
    if (!vault || vault->type != QLatin1StringView("Microsoft.KeyVault/vaults"))
        return notFound(QStringLiteral("Microsoft.KeyVault/vaults"), keyId.parent()->name());
    if (auto denied = authorize(call, type + QStringLiteral("/read"), id.toString()))
        return *denied;
    const auto data = m_ctx.world.vaults.find(vaultId.toLower());
    if (data == m_ctx.world.vaults.end())
        return notFound(QStringLiteral("Microsoft.KeyVault/vaults"), keyId.parent()->name());
    const auto key = data->second.keys.find(keyId.name().toLower());
    if (key == data->second.keys.end() || key->second.deleted || key->second.versions.empty())
        return notFound(QStringLiteral("Microsoft.KeyVault/vaults/keys"), keyId.name());
    const KeyVersion *v = &key->second.versions.back();
    if (version) {
        v = nullptr;
        for (const KeyVersion &candidate : key->second.versions) {
            if (candidate.version.compare(id.name(), Qt::CaseInsensitive) == 0)
                v = &candidate;
        }
        if (!v)
            return notFound(QStringLiteral("Microsoft.KeyVault/vaults/keys/versions"), id.name());
    }
    const Json &vp = vault->body["properties"];
    Json attributes = {
        {"enabled", v->enabled},
        {"created", v->created},
        {"updated", v->updated},
        {"recoveryLevel", vp.value("enablePurgeProtection", false) ? "Recoverable" : "Recoverable+Purgeable"},
        {"exportable", false}};
    if (v->nbf)
        attributes["nbf"] = *v->nbf;
    if (v->exp)
        attributes["exp"] = *v->exp;
    Json ops = Json::array();
    for (const QString &op : v->keyOps)
        ops.push_back(s(op));
    const QString keyUri = str(vp, "vaultUri") + QStringLiteral("keys/") + key->second.name;
    const QString ownId = vault->id + QStringLiteral("/keys/") + key->second.name
        + (version ? QStringLiteral("/versions/") + v->version : QString());
    return Response::json(200,
                          bytes(Json {{"id", s(ownId)},
                                      {"name", s(version ? v->version : key->second.name)},
                                      {"type", s(type)},
                                      {"location", vault->body.value("location", Json(""))},
                                      {"tags", v->tags},
                                      {"properties",
                                       {{"attributes", attributes},
                                        {"kty", s(v->kty)},
                                        {"keyOps", ops},
                                        {"keySize", v->keySize},
                                        {"keyUri", s(keyUri)},
                                        {"keyUriWithVersion", s(keyUri + u'/' + v->version)}}}}));
}

Response ArmService::action(Call &call, const QString &id, const QString &actionName)
{
    ArmResource *r = m_ctx.world.resource(id);
    if (!r)
        return errors::arm(404, QStringLiteral("ResourceNotFound"),
                           QStringLiteral("The Resource '%1' was not found.").arg(id));
    if (auto bad = checkApiVersion(call, r->type))
        return *bad;
    if (auto denied = authorize(call, r->type + u'/' + actionName + QStringLiteral("/action"), id))
        return *denied;
    if (r->type == QLatin1StringView("Microsoft.NetApp/netAppAccounts")
        && ieq(actionName, QLatin1StringView("renewCredentials")))
        return startOperation(call, *r, QStringLiteral("action"), 202, true, true,
                              QStringLiteral("Updating"));
    if (r->type == QLatin1StringView("Microsoft.NetApp/netAppAccounts")
        && ieq(actionName, QLatin1StringView("changeKeyVault"))) {
        if (r->pendingUntilMs > 0)
            return errors::arm(
                409, QStringLiteral("AnotherOperationInProgress"),
                QStringLiteral("Another operation on this or dependent resource is in progress."));
        const auto body = parseJson(call.request.body);
        if (!body || !body->is_object())
            return errors::arm(
                400, QStringLiteral("InvalidRequestContent"),
                QStringLiteral("The request content was invalid and could not be deserialized: the body must "
                               "be {keyVaultUri, keyName, keyVaultResourceId, keyVaultPrivateEndpoints}."));
        for (const auto &pe : body->value("keyVaultPrivateEndpoints", Json::array())) {
            const ArmResource *endpoint = m_ctx.world.resource(str(pe, "privateEndpointId"));
            if (!endpoint || endpoint->type != QLatin1StringView("Microsoft.Network/privateEndpoints"))
                return badParameter(QStringLiteral("The private endpoint '%1' does not exist.")
                                        .arg(str(pe, "privateEndpointId")),
                                    QStringLiteral("keyVaultPrivateEndpoints"));
            if (pe.contains("virtualNetworkId") && !m_ctx.world.resource(str(pe, "virtualNetworkId")))
                return badParameter(QStringLiteral("The virtual network '%1' does not exist.")
                                        .arg(str(pe, "virtualNetworkId")),
                                    QStringLiteral("keyVaultPrivateEndpoints"));
        }
        Json kvp = Json::object();
        for (const char *key : {"keyVaultUri", "keyName", "keyVaultResourceId"}) {
            if (body->contains(key))
                kvp[key] = (*body)[key];
        }
        return putNetAppAccount(call, r->id, kvp, NetAppWrite::ChangeKeyVault);
    }
    return errors::arm(400, QStringLiteral("InvalidAction"),
                       QStringLiteral("The action '%1' is not supported on %2.").arg(actionName, r->type));
}

Response ArmService::putResourceGroup(Call &call, const QString &id, const Json &body)
{
    Q_UNUSED(call)
    if (auto bad = checkLocation(body))
        return *bad;
    ParseError error;
    if (!Names::validateResourceGroup(id.section(u'/', -1), &error))
        return errors::arm(400, QStringLiteral("InvalidResourceGroup"), error.message);
    ArmResource *existing = m_ctx.world.resource(id);
    if (existing) {
        if (body.contains("tags"))
            existing->body["tags"] = body["tags"];
        return Response::json(200, bytes(existing->body));
    }
    ArmResource &r = arm::resourceGroup(m_ctx.world, arm::subscriptionOf(id), id.section(u'/', -1),
                                        normalizedLocation(str(body, "location")));
    if (body.contains("tags"))
        r.body["tags"] = body["tags"];
    return Response::json(201, bytes(r.body));
}

Response ArmService::putIdentity(Call &call, const QString &id, const Json &body)
{
    Q_UNUSED(call)
    if (auto bad = checkLocation(body))
        return *bad;
    if (ArmResource *existing = m_ctx.world.resource(id)) {
        if (body.contains("tags"))
            existing->body["tags"] = body["tags"];
        return Response::json(200, bytes(existing->body));
    }
    const QString tenant = arm::tenantOf(m_ctx.world, id);
    const ServicePrincipal sp = arm::managedIdentityPrincipal(m_ctx.world, tenant, id, id.section(u'/', -1));
    Json properties = {{"tenantId", s(tenant)}, {"principalId", s(sp.objectId)}, {"clientId", s(sp.appId)}};
    Json resource = arm::envelope(id, QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"),
                                  normalizedLocation(str(body, "location")), properties);
    resource["properties"].erase("provisioningState");
    if (body.contains("tags"))
        resource["tags"] = body["tags"];
    ArmResource &r
        = arm::put(m_ctx.world, id, QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"),
                   tenant, resource);
    return Response::json(201, bytes(r.body));
}

Response ArmService::putVirtualNetwork(Call &call, const QString &id, const Json &body)
{
    Q_UNUSED(call)
    const bool subnet = id.contains(QLatin1StringView("/subnets/"), Qt::CaseInsensitive);
    const QString type = subnet ? QStringLiteral("Microsoft.Network/virtualNetworks/subnets")
                                : QStringLiteral("Microsoft.Network/virtualNetworks");
    if (!subnet) {
        if (auto bad = checkLocation(body))
            return *bad;
    }
    ArmResource *existing = m_ctx.world.resource(id);
    Json properties = body.value("properties", Json::object());
    properties.erase("subnets");
    Json resource
        = arm::envelope(id, type, subnet ? QString() : normalizedLocation(str(body, "location")), properties);
    if (subnet)
        resource.erase("tags");
    arm::put(m_ctx.world, id, type, arm::tenantOf(m_ctx.world, id), resource);
    return Response::json(existing ? 200 : 201, bytes(view(*m_ctx.world.resource(id))));
}

Response ArmService::putVault(Call &call, const QString &id, const Json &body, bool patch)
{
    Subscription *sub = m_ctx.world.subscription(arm::subscriptionOf(id));
    if (auto unregistered = checkRegistered(*sub, QStringLiteral("Microsoft.KeyVault")))
        return *unregistered;
    const QString name = id.section(u'/', -1);
    ParseError error;
    if (!Names::validateVaultName(name, &error))
        return errors::arm(
            400, QStringLiteral("VaultNameNotValid"),
            QStringLiteral(
                "The vault name '%1' is invalid. A vault's name must be between 3-24 alphanumeric "
                "characters. The name must begin with a letter, end with a letter or digit, and not "
                "contain consecutive hyphens.")
                .arg(name));
    ArmResource *existing = m_ctx.world.resource(id);
    const Json props = body.value("properties", Json::object());
    if (props.contains("enableSoftDelete") && props["enableSoftDelete"] == false)
        return errors::arm(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The property \"enableSoftDelete\" cannot be set to false. Soft delete is on for "
                           "every vault."));
    if (props.contains("publicNetworkAccess")
        && !QStringList {QStringLiteral("Enabled"), QStringLiteral("Disabled")}.contains(
            str(props, "publicNetworkAccess"), Qt::CaseInsensitive))
        return badParameter(QStringLiteral("The value '%1' of publicNetworkAccess is invalid; use Enabled or "
                                           "Disabled.")
                                .arg(str(props, "publicNetworkAccess")),
                            QStringLiteral("publicNetworkAccess"));
    if (props.contains("networkAcls")) {
        const Json &acls = props["networkAcls"];
        for (const auto &[field, allowed] :
             {std::pair {"defaultAction", QStringList {QStringLiteral("Allow"), QStringLiteral("Deny")}},
              std::pair {"bypass", QStringList {QStringLiteral("AzureServices"), QStringLiteral("None")}}}) {
            if (acls.is_object() && acls.contains(field)
                && !allowed.contains(str(acls, field), Qt::CaseInsensitive))
                return badParameter(
                    QStringLiteral("The value '%1' of networkAcls.%2 is invalid; use %3.")
                        .arg(str(acls, field), QLatin1StringView(field), allowed.join(QStringLiteral(", "))),
                    QStringLiteral("networkAcls.") + QLatin1StringView(field));
        }
    }
    if (props.contains("enablePurgeProtection") && props["enablePurgeProtection"] == false)
        return errors::arm(
            400, QStringLiteral("BadRequest"),
            QStringLiteral(
                "The property \"enablePurgeProtection\" cannot be set to false. Enabling the purge "
                "protection for a vault is an irreversible action."));
    if (!existing) {
        if (patch)
            return errors::arm(404, QStringLiteral("ResourceNotFound"),
                               QStringLiteral("The vault '%1' was not found.").arg(name));
        m_ctx.world.purgeExpired();
        if (ieq(str(props, "createMode"), QLatin1StringView("recover")))
            return recoverVault(call, id, body);
        if (auto bad = checkLocation(body))
            return *bad;
        if (m_ctx.world.deletedVaults.count(name.toLower()))
            return errors::arm(
                409, QStringLiteral("ConflictError"),
                QStringLiteral(
                    "A vault with the same name already exists in deleted state. You need to either "
                    "recover or purge existing key vault. Follow this link "
                    "https://go.microsoft.com/fwlink/?linkid=2149745 for more information on soft "
                    "delete."));
        for (const auto &[key, r] : m_ctx.world.resources) {
            if (r.type == QLatin1StringView("Microsoft.KeyVault/vaults")
                && str(r.body, "name").compare(name, Qt::CaseInsensitive) == 0)
                return errors::arm(
                    409, QStringLiteral("VaultAlreadyExists"),
                    QStringLiteral(
                        "The vault name '%1' is already in use. Vault names are globally unique so "
                        "it is possible that the name is already taken. If you are sure that the "
                        "vault name was not taken then it is possible that a vault with the same "
                        "name was recently deleted but not purged after being placed in a "
                        "recoverable state.")
                        .arg(name));
        }
        if (!props.contains("tenantId") || !props.contains("sku"))
            return errors::arm(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("The vault properties need \"tenantId\" and \"sku\" ({\"family\": \"A\", "
                               "\"name\": \"standard\"})."));
        if (str(props, "tenantId") != sub->tenantId)
            return errors::arm(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("An invalid value was given for parameter tenantId: the vault must use the "
                               "tenant of its subscription, '%1'.")
                    .arg(sub->tenantId));
        if (!props.contains("accessPolicies") && str(props, "createMode") != QLatin1StringView("recover"))
            return errors::arm(400, QStringLiteral("BadRequest"),
                               QStringLiteral("The parameter accessPolicies is not specified."));
        arm::vault(m_ctx.world, id, sub->tenantId, normalizedLocation(str(body, "location")),
                   props.value("enableRbacAuthorization", false),
                   props.value("enablePurgeProtection", false));
    }
    ArmResource &r = *m_ctx.world.resource(id);
    Json merged = props;
    merged.erase("vaultUri");
    merged.erase("provisioningState");
    merged.erase("privateEndpointConnections");
    merged.erase("createMode"); // how the request wanted it made, not a property of the vault
    merge(r.body["properties"], merged);
    if (!r.body["properties"].value("enablePurgeProtection", false))
        r.body["properties"].erase("enablePurgeProtection"); // absent until turned on, as Azure shows it
    if (body.contains("tags"))
        r.body["tags"] = body["tags"];
    const bool created = !existing;
    r.body["systemData"] = arm::systemData(m_ctx.world, call.caller, r.body.value("systemData", Json()));
    if (created && m_ctx.openVault(id.toLower()) == 0)
        return errors::arm(500, QStringLiteral("InternalServerError"),
                           QStringLiteral("The sandbox could not open a port for the vault."));
    return Response::json(created ? 201 : 200, bytes(view(r)));
}

Response ArmService::accessPolicies(Call &call, const QString &vaultId, const QString &kind, const Json &body)
{
    Q_UNUSED(call)
    if (!ieq(kind, QLatin1StringView("add")) && !ieq(kind, QLatin1StringView("replace"))
        && !ieq(kind, QLatin1StringView("remove")))
        return errors::arm(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The access policy operation '%1' is not one of add, replace or remove.")
                .arg(kind));
    ArmResource &vault = *m_ctx.world.resource(vaultId);
    const QString tenant = str(vault.body["properties"], "tenantId");
    const Json entries = body.value("properties", Json::object()).value("accessPolicies", Json::array());
    if (!entries.is_array() || entries.empty())
        return errors::arm(400, QStringLiteral("BadRequest"),
                           QStringLiteral("properties.accessPolicies must list at least one entry."));
    Json &current = vault.body["properties"]["accessPolicies"];
    for (const auto &e : entries) {
        if (str(e, "tenantId") != tenant)
            return errors::arm(
                400, QStringLiteral("BadRequest"),
                QStringLiteral(
                    "An invalid value was given for accessPolicies.tenantId: the vault's tenant is '%1'.")
                    .arg(tenant));
        const QString objectId = str(e, "objectId");
        if (QUuid::fromString(objectId).isNull())
            return errors::arm(
                400, QStringLiteral("BadRequest"),
                QStringLiteral("An invalid value was given for accessPolicies.objectId: '%1' is not a GUID.")
                    .arg(objectId));
        Json *entry = nullptr;
        for (auto &c : current) {
            if (str(c, "objectId").compare(objectId, Qt::CaseInsensitive) == 0)
                entry = &c;
        }
        const Json permissions = e.value("permissions", Json::object());
        if (ieq(kind, QLatin1StringView("remove"))) {
            if (!entry)
                continue;
            for (auto it = permissions.begin(); it != permissions.end(); ++it) {
                Json kept = Json::array();
                for (const auto &p : (*entry)["permissions"].value(it.key(), Json::array())) {
                    bool drop = false;
                    for (const auto &r : *it)
                        drop = drop
                            || ieq(qs(p.get<std::string>()), QLatin1StringView(r.get<std::string>().c_str()));
                    if (!drop)
                        kept.push_back(p);
                }
                (*entry)["permissions"][it.key()] = kept;
            }
            bool empty = true;
            for (auto it = (*entry)["permissions"].begin(); it != (*entry)["permissions"].end(); ++it)
                empty = empty && it->empty();
            if (empty || permissions.empty()) {
                Json rest = Json::array();
                for (const auto &c : current) {
                    if (str(c, "objectId").compare(objectId, Qt::CaseInsensitive) != 0)
                        rest.push_back(c);
                }
                current = rest;
            }
            continue;
        }
        if (!entry || ieq(kind, QLatin1StringView("replace"))) {
            if (!entry) {
                current.push_back(
                    {{"tenantId", s(tenant)}, {"objectId", s(objectId)}, {"permissions", Json::object()}});
                entry = &current.back();
            }
            (*entry)["permissions"] = permissions;
            continue;
        }
        for (auto it = permissions.begin(); it != permissions.end(); ++it) {
            Json &list = (*entry)["permissions"][it.key()];
            if (!list.is_array())
                list = Json::array();
            for (const auto &p : *it) {
                bool present = false;
                for (const auto &x : list)
                    present = present
                        || ieq(qs(x.get<std::string>()), QLatin1StringView(p.get<std::string>().c_str()));
                if (!present)
                    list.push_back(p);
            }
        }
    }
    return Response::json(
        200,
        bytes(Json {{"id", s(vaultId + QStringLiteral("/accessPolicies/") + kind.toLower())},
                    {"type", "Microsoft.KeyVault/vaults/accessPolicies"},
                    {"properties", {{"accessPolicies", entries}}}}));
}

Response ArmService::putEndpointConnection(Call &call, const QString &id, const Json &body)
{
    ArmResource *existing = m_ctx.world.resource(id);
    if (!existing)
        return errors::arm(
            404, QStringLiteral("PrivateEndpointConnectionNotFound"),
            QStringLiteral(
                "Private endpoint connection '%1' was not found. Take the name from the list of the "
                "vault's connections.")
                .arg(id.section(u'/', -1)));
    const Json state
        = body.value("properties", Json::object()).value("privateLinkServiceConnectionState", Json::object());
    const QString status = str(state, "status");
    static const QStringList allowed {QStringLiteral("Approved"), QStringLiteral("Rejected"),
                                      QStringLiteral("Disconnected")};
    if (!allowed.contains(status))
        return errors::arm(400, QStringLiteral("BadRequest"),
                           QStringLiteral("privateLinkServiceConnectionState.status must be Approved, "
                                          "Rejected or Disconnected, not '%1'.")
                               .arg(status));
    const QString current = str(existing->body["properties"]["privateLinkServiceConnectionState"], "status");
    if (current == QLatin1StringView("Rejected") && status == QLatin1StringView("Approved"))
        return errors::arm(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("A rejected private endpoint connection cannot be approved; the owner of the "
                           "private endpoint must create it again."));
    existing->body["properties"]["privateLinkServiceConnectionState"]
        = {{"status", s(status)}, {"description", s(str(state, "description"))}, {"actionsRequired", "None"}};
    existing->body["etag"] = s(QStringLiteral("W/\"") + m_ctx.world.newGuid() + u'"');
    // The new state holds at once (the endpoint's owner sees it); the connection itself finishes
    // updating a moment later: 200 with Azure-AsyncOperation and Retry-After, as Key Vault answers.
    return startOperation(call, *existing, QStringLiteral("put"), 200, true, false,
                          QStringLiteral("Updating"));
}

Response ArmService::putPrivateEndpoint(Call &call, const QString &id, const Json &body)
{
    if (auto bad = checkLocation(body))
        return *bad;
    Subscription *sub = m_ctx.world.subscription(arm::subscriptionOf(id));
    if (auto unregistered = checkRegistered(*sub, QStringLiteral("Microsoft.Network")))
        return *unregistered;
    const Json props = body.value("properties", Json::object());
    const QString subnetId = str(props.value("subnet", Json::object()), "id");
    ArmResource *subnet = subnetId.isEmpty() ? nullptr : m_ctx.world.resource(subnetId);
    if (!subnet)
        return errors::arm(
            400, QStringLiteral("InvalidResourceReference"),
            QStringLiteral("Resource %1 referenced by resource %2 was not found. Please make sure that the "
                           "referenced resource exists, and that both resources are in the same region.")
                .arg(subnetId, id));
    for (const auto &d : subnet->body["properties"].value("delegations", Json::array())) {
        if (str(d["properties"], "serviceName")
                .compare(QLatin1StringView("Microsoft.NetApp/volumes"), Qt::CaseInsensitive)
            == 0)
            return errors::arm(
                400, QStringLiteral("PrivateEndpointCreationNotAllowedAsSubnetIsDelegated"),
                QStringLiteral("Private endpoint %1 cannot be created as subnet %2 is delegated to "
                               "Microsoft.NetApp/volumes. Use a subnet of the volumes' virtual network that "
                               "is not delegated.")
                    .arg(id, subnetId));
    }
    const ArmResource *vnet = m_ctx.world.resource(subnetId.section(u'/', 0, -3));
    if (vnet && normalizedLocation(str(vnet->body, "location")) != normalizedLocation(str(body, "location")))
        return errors::arm(
            400, QStringLiteral("InvalidResourceLocation"),
            QStringLiteral("The private endpoint location '%1' must match the location of virtual network "
                           "'%2' (%3).")
                .arg(str(body, "location"), str(vnet->body, "name"), str(vnet->body, "location")));
    if (auto denied
        = authorize(call, QStringLiteral("Microsoft.Network/virtualNetworks/subnets/join/action"), subnetId))
        return errors::arm(
            403, QStringLiteral("LinkedAuthorizationFailed"),
            QStringLiteral(
                "The client has permission to perform action 'Microsoft.Network/privateEndpoints/write' "
                "on scope '%1', however it does not have permission to perform action "
                "'Microsoft.Network/virtualNetworks/subnets/join/action' on the linked scope(s) '%2'.")
                .arg(id, subnetId));
    const bool automatic
        = props.contains("privateLinkServiceConnections") && !props["privateLinkServiceConnections"].empty();
    const Json connections = automatic ? props["privateLinkServiceConnections"]
                                       : props.value("manualPrivateLinkServiceConnections", Json::array());
    if (connections.size() != 1)
        return errors::arm(
            400, QStringLiteral("InvalidRequestFormat"),
            QStringLiteral("A private endpoint needs exactly one private link service connection."));
    const Json &connection = connections[0];
    const QString vaultId = str(connection.value("properties", Json::object()), "privateLinkServiceId");
    ArmResource *vault = m_ctx.world.resource(vaultId);
    if (!vault || vault->type != QLatin1StringView("Microsoft.KeyVault/vaults"))
        return errors::arm(
            400, QStringLiteral("PrivateLinkServiceNotFound"),
            QStringLiteral("Private link service %1 referenced by private endpoint %2 was not found.")
                .arg(vaultId, id));
    const Json groups = connection["properties"].value("groupIds", Json::array());
    if (groups.size() != 1 || !groups[0].is_string()
        || !ieq(qs(groups[0].get<std::string>()), QLatin1StringView("vault")))
        return errors::arm(
            400, QStringLiteral("PrivateEndpointBadRequest"),
            QStringLiteral("Call to Microsoft.KeyVault/vaults failed. Error message: Invalid private link "
                           "group id. A key vault's private link group id is 'vault'."));
    if (automatic
        && !m_ctx.world.authorized(
            call.caller.objectId,
            QStringLiteral("Microsoft.KeyVault/vaults/privateEndpointConnectionsApproval/action"), vaultId))
        return errors::arm(
            403, QStringLiteral("LinkedAuthorizationFailed"),
            QStringLiteral(
                "The client does not have permission to perform action "
                "'Microsoft.KeyVault/vaults/privateEndpointConnectionsApproval/action' on the linked "
                "scope '%1'. Use manualPrivateLinkServiceConnections and ask the vault's owner to "
                "approve the connection.")
                .arg(vaultId));
    ArmResource *existing = m_ctx.world.resource(id);
    Json stored = props;
    stored.erase("provisioningState");
    stored["manualPrivateLinkServiceConnections"] = Json::array();
    stored["privateLinkServiceConnections"] = Json::array();
    Json c = connection;
    c["id"] = s(id
                + (automatic ? QStringLiteral("/privateLinkServiceConnections/")
                             : QStringLiteral("/manualPrivateLinkServiceConnections/"))
                + str(connection, "name"));
    stored[automatic ? "privateLinkServiceConnections" : "manualPrivateLinkServiceConnections"].push_back(c);
    stored["networkInterfaces"] = Json::array(
        {{{"id",
           s(id.section(u'/', 0, 4) + QStringLiteral("/providers/Microsoft.Network/networkInterfaces/")
             + id.section(u'/', -1) + QStringLiteral(".nic"))}}});
    // Without a private DNS zone group, Network reports the name to resolve and the endpoint's
    // address in customDnsConfigs: the vault's host and an address of the subnet.
    const QString prefix = str(subnet->body["properties"], "addressPrefix", QStringLiteral("10.0.0.0/24"));
    stored["customDnsConfigs"] = Json::array(
        {{{"fqdn", s(str(vault->body, "name") + QStringLiteral(".vault.azure.net"))},
          {"ipAddresses",
           Json::array({s(prefix.section(u'/', 0, 0).section(u'.', 0, 2) + QStringLiteral(".4"))})}}});
    if (!stored.contains("applicationSecurityGroups"))
        stored["applicationSecurityGroups"] = Json::array();
    if (!stored.contains("ipConfigurations"))
        stored["ipConfigurations"] = Json::array();
    if (!stored.contains("customNetworkInterfaceName"))
        stored["customNetworkInterfaceName"] = "";
    Json resource = arm::envelope(id, QStringLiteral("Microsoft.Network/privateEndpoints"),
                                  normalizedLocation(str(body, "location")), stored);
    resource["etag"] = s(QStringLiteral("W/\"") + m_ctx.world.newGuid() + u'"');
    ArmResource &r = arm::put(m_ctx.world, id, QStringLiteral("Microsoft.Network/privateEndpoints"),
                              arm::tenantOf(m_ctx.world, id), resource);
    if (!existing) {
        const QString connectionId = vault->id + QStringLiteral("/privateEndpointConnections/")
            + id.section(u'/', -1) + u'.' + m_ctx.world.newGuid();
        Json cp = {{"privateEndpoint", {{"id", s(id)}}},
                   {"privateLinkServiceConnectionState",
                    {{"status", automatic ? "Approved" : "Pending"},
                     {"description", s(str(connection["properties"], "requestMessage"))},
                     {"actionsRequired", "None"}}},
                   {"provisioningState", "Succeeded"}};
        Json cb = {{"id", s(connectionId)},
                   {"name", s(connectionId.section(u'/', -1))},
                   {"type", "Microsoft.KeyVault/vaults/privateEndpointConnections"},
                   {"etag", s(m_ctx.world.newGuid())},
                   {"properties", cp}};
        arm::put(m_ctx.world, connectionId,
                 QStringLiteral("Microsoft.KeyVault/vaults/privateEndpointConnections"), vault->tenantId, cb);
    }
    return startOperation(call, r, QStringLiteral("put"), existing ? 200 : 201, true, false,
                          existing ? QStringLiteral("Updating") : QStringLiteral("Updating"));
}

Response ArmService::putDiskEncryptionSet(Call &call, const QString &id, const Json &body, bool patch)
{
    Subscription *sub = m_ctx.world.subscription(arm::subscriptionOf(id));
    if (auto unregistered = checkRegistered(*sub, QStringLiteral("Microsoft.Compute")))
        return *unregistered;
    ArmResource *existing = m_ctx.world.resource(id);
    Json desired = desiredBody(existing, body, patch);
    if (!patch) {
        if (auto bad = checkLocation(desired))
            return *bad;
    }
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    if (!namePattern.match(id.section(u'/', -1)).hasMatch())
        return badParameter(
            QStringLiteral(
                "The disk encryption set name may have letters, digits, '_' and '-', up to 80 characters."),
            QStringLiteral("diskEncryptionSetName"));
    const Json identity = desired.value("identity", Json::object());
    const Json uamis = identity.value("userAssignedIdentities", Json::object());
    const Json props = desired.value("properties", Json::object());
    const QString keyUrl = str(props.value("activeKey", Json::object()), "keyUrl");
    ParseError keyError;
    const auto key = KeyIdentifier::parse(keyUrl, &keyError);
    if (!key)
        return badParameter(QStringLiteral("The key URL '%1' is not valid: %2").arg(keyUrl, keyError.message),
                            QStringLiteral("keyUrl"));
    if (!key->isVersioned())
        return badParameter(QStringLiteral("The key URL '%1' must include the key version.").arg(keyUrl),
                            QStringLiteral("keyUrl"));
    ArmResource *vault = vaultForKeyUrl(m_ctx.world, key->toUrl());
    if (!vault)
        return errors::arm(
            400, QStringLiteral("KeyVaultNotFound"),
            QStringLiteral("The key vault at %1 could not be found.").arg(key->vaultUri().toString()));
    const QString location = normalizedLocation(str(desired, "location"));
    if (normalizedLocation(str(vault->body, "location")) != location)
        return badParameter(
            QStringLiteral(
                "The disk encryption set must be in the region of its key vault: the set is in '%1', "
                "the vault '%2' is in '%3'.")
                .arg(location, str(vault->body, "name"), str(vault->body, "location")),
            QStringLiteral("location"));
    if (!ieq(str(identity, "type"), QLatin1StringView("UserAssigned")) || uamis.size() != 1)
        return badParameter(
            QStringLiteral(
                "identity.type must be UserAssigned with exactly one identity for a key in another "
                "tenant."),
            QStringLiteral("identity"));
    const QString uamiId = qs(uamis.begin().key());
    if (!m_ctx.world.resource(uamiId))
        return badParameter(QStringLiteral("The user-assigned identity %1 does not exist.").arg(uamiId),
                            QStringLiteral("identity"));
    if (!m_ctx.world.authorized(
            call.caller.objectId,
            QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/assign/action"), uamiId))
        return errors::arm(
            403, QStringLiteral("LinkedAuthorizationFailed"),
            QStringLiteral(
                "The client has permission to perform action 'Microsoft.Compute/diskEncryptionSets/write' "
                "on scope '%1', however it does not have permission to perform action "
                "'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action' on the linked scope(s) "
                "'%2'.")
                .arg(id, uamiId));
    const QString resourceTenant = sub->tenantId;
    const QString keyTenant = vault->tenantId;
    const QString federatedClientId = str(props, "federatedClientId");
    const QString uamiPrincipal = str(m_ctx.world.resource(uamiId)->body["properties"], "principalId");
    QString principal = uamiPrincipal;
    if (keyTenant != resourceTenant) {
        if (federatedClientId.isEmpty() || federatedClientId == QLatin1StringView("None"))
            return badParameter(
                QStringLiteral("The key is in tenant %1, not in this disk encryption set's tenant %2: set "
                               "properties.federatedClientId to the multi-tenant application's client id.")
                    .arg(keyTenant, resourceTenant),
                QStringLiteral("federatedClientId"));
        const auto feature
            = sub->features.find(QStringLiteral("microsoft.compute/encryptionatrestwithcrosstenantkey"));
        const bool registered = feature != sub->features.end()
            && (feature->second.state == QLatin1StringView("Registered")
                || (feature->second.state == QLatin1StringView("Registering")
                    && m_ctx.world.clock.nowMs() >= feature->second.readyAtMs));
        if (!registered)
            return errors::arm(
                400, QStringLiteral("OperationNotAllowed"),
                QStringLiteral(
                    "Subscription %1 is not registered for the feature "
                    "Microsoft.Compute/EncryptionAtRestWithCrossTenantKey, which a key from another "
                    "tenant needs. Register it and wait until it is Registered.")
                    .arg(sub->id));
        const QString problem = federationProblem(m_ctx.world, resourceTenant, uamiId, federatedClientId,
                                                  keyTenant, m_ctx.origin(Service::Login).toString(),
                                                  QStringLiteral("api://AzureADTokenExchange"));
        if (!problem.isEmpty())
            return errors::arm(400, QStringLiteral("KeyVaultAccessFailed"),
                               QStringLiteral("Unable to get a token for the key vault %1 in tenant %2: %3")
                                   .arg(str(vault->body, "name"), keyTenant, problem));
        principal = m_ctx.world.servicePrincipal(keyTenant, federatedClientId)->objectId;
    }
    const QString keyProblemText = keyProblem(m_ctx.world, vault->id, key->name(), key->version(), principal);
    if (!keyProblemText.isEmpty()) {
        const auto data = m_ctx.world.vaults.find(vault->id.toLower());
        const bool missing
            = keyProblemText == QLatin1StringView("KeyDeleted") || data == m_ctx.world.vaults.end();
        if (missing)
            return errors::arm(400, QStringLiteral("KeyVaultKeyNotFound"),
                               QStringLiteral("The key %1 was not found in key vault %2.")
                                   .arg(keyUrl, str(vault->body, "name")));
        if (keyProblemText.startsWith(QLatin1StringView("Key")))
            return errors::arm(
                400, QStringLiteral("KeyVaultKeyDisabled"),
                QStringLiteral("The key %1 is disabled or expired; enable it or use another version.")
                    .arg(keyUrl));
        const AccessDecision d
            = keyVaultAccess(m_ctx.world, *vault, principal, KeyOperation::Unwrap, key->name(), true);
        return errors::arm(
            400, QStringLiteral("KeyVaultAccessForbidden"),
            QStringLiteral(
                "Access to key vault %1 was forbidden for the disk encryption set's identity "
                "(object id %2): %3 (%4). Grant it Key Vault Crypto Service Encryption User on the "
                "key, or an access policy with get, wrapKey and unwrapKey.")
                .arg(str(vault->body, "name"), principal, d.message, d.innerCode));
    }
    Json uamiMap = Json::object();
    const Json &uamiProps = m_ctx.world.resource(uamiId)->body["properties"];
    uamiMap[s(uamiId)] = {{"principalId", uamiProps["principalId"]}, {"clientId", uamiProps["clientId"]}};
    // Changing the active key starts a rotation: the old key stays in previousKeys until every
    // disk is re-wrapped (the operation ends), and lastKeyRotationTimestamp records when it began.
    Json previousKeys = Json::array();
    QString lastRotation;
    if (existing) {
        const Json &before = existing->body["properties"];
        lastRotation = str(before, "lastKeyRotationTimestamp");
        const QString oldUrl = str(before.value("activeKey", Json::object()), "keyUrl");
        if (!oldUrl.isEmpty() && oldUrl.compare(key->toString(), Qt::CaseInsensitive) != 0) {
            previousKeys.push_back({{"keyUrl", s(oldUrl)}});
            lastRotation = arm::nowIso(m_ctx.world);
        }
    }
    Json stored = {
        {"activeKey", {{"keyUrl", s(key->toString())}}},
        {"encryptionType",
         s(str(props, "encryptionType", QStringLiteral("EncryptionAtRestWithCustomerKey")))},
        {"previousKeys", previousKeys},
        {"rotationToLatestKeyVersionEnabled", props.value("rotationToLatestKeyVersionEnabled", false)},
        {"federatedClientId", s(federatedClientId.isEmpty() ? QStringLiteral("None") : federatedClientId)}};
    if (props["activeKey"].contains("sourceVault"))
        stored["activeKey"]["sourceVault"] = props["activeKey"]["sourceVault"];
    if (!lastRotation.isEmpty())
        stored["lastKeyRotationTimestamp"] = s(lastRotation);
    Json resource
        = arm::envelope(id, QStringLiteral("Microsoft.Compute/diskEncryptionSets"), location, stored);
    resource["identity"] = {{"type", "UserAssigned"}, {"userAssignedIdentities", uamiMap}};
    if (desired.contains("tags"))
        resource["tags"] = desired["tags"];
    ArmResource &r = arm::put(m_ctx.world, id, QStringLiteral("Microsoft.Compute/diskEncryptionSets"),
                              resourceTenant, resource);
    // Compute answers a create with 202 (Azure-AsyncOperation and Location) and an update with 200
    // (the DiskEncryptionSets_CreateOrUpdate responses are 200 and 202, never 201).
    return startOperation(call, r, patch ? QStringLiteral("patch") : QStringLiteral("put"),
                          existing ? 200 : 202, true, patch || !existing,
                          existing ? QStringLiteral("Updating") : QStringLiteral("Creating"));
}

Response ArmService::putNetAppAccount(Call &call, const QString &id, const Json &body, NetAppWrite mode)
{
    const bool patch = mode != NetAppWrite::Put;
    Subscription *sub = m_ctx.world.subscription(arm::subscriptionOf(id));
    if (auto unregistered = checkRegistered(*sub, QStringLiteral("Microsoft.NetApp")))
        return *unregistered;
    static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,127}$"));
    if (!namePattern.match(id.section(u'/', -1)).hasMatch())
        return badParameter(
            QStringLiteral("The account name must start with a letter or digit and have up to 128 letters, "
                           "digits, '-' and '_'."),
            QStringLiteral("accountName"));
    ArmResource *existing = m_ctx.world.resource(id);
    Json desired = existing ? existing->body : Json::object();
    if (mode == NetAppWrite::ChangeKeyVault) {
        // Moves a customer-managed key to another vault; the identity settings stay.
        if (!ieq(str(desired["properties"].value("encryption", Json::object()), "keySource"),
                 QLatin1StringView("Microsoft.KeyVault")))
            return badParameter(
                QStringLiteral("The account uses Microsoft-managed keys; changeKeyVault only moves a "
                               "customer-managed key to another vault."),
                QStringLiteral("encryption.keySource"));
        desired["properties"]["encryption"]["keyVaultProperties"] = body;
    } else if (patch) {
        merge(desired, body);
    } else {
        desired = body;
    }
    if (!patch) {
        if (auto bad = checkLocation(desired))
            return *bad;
    }
    const QString location = normalizedLocation(str(desired, "location"));
    Json props = desired.value("properties", Json::object());
    props.erase("provisioningState");
    const Json encryption = props.value("encryption", Json::object());
    const QString resourceTenant = sub->tenantId;
    Json identityOut = desired.value("identity", Json::object());
    if (ieq(str(encryption, "keySource"), QLatin1StringView("Microsoft.KeyVault"))) {
        const Json kvp = encryption.value("keyVaultProperties", Json::object());
        const Json eid = encryption.value("identity", Json::object());
        const QString uamiId = str(eid, "userAssignedIdentity");
        const Json uamis
            = desired.value("identity", Json::object()).value("userAssignedIdentities", Json::object());
        bool listed = false;
        for (auto it = uamis.begin(); it != uamis.end(); ++it)
            listed = listed || qs(it.key()).compare(uamiId, Qt::CaseInsensitive) == 0;
        if (!listed || !m_ctx.world.resource(uamiId))
            return badParameter(
                QStringLiteral(
                    "encryption.identity.userAssignedIdentity must be one of identity.userAssignedIdentities "
                    "and must exist: '%1'.")
                    .arg(uamiId),
                QStringLiteral("encryption.identity"));
        if (!m_ctx.world.authorized(
                call.caller.objectId,
                QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/assign/action"), uamiId))
            return errors::arm(
                403, QStringLiteral("LinkedAuthorizationFailed"),
                QStringLiteral(
                    "The client does not have permission to perform action "
                    "'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action' on the linked "
                    "scope(s) '%1'.")
                    .arg(uamiId));
        const QUrl vaultUri(str(kvp, "keyVaultUri"));
        ArmResource *vault = vaultForKeyUrl(m_ctx.world, vaultUri);
        if (!vault)
            return errors::arm(
                400, QStringLiteral("KeyVaultNotFound"),
                QStringLiteral("The key vault at %1 could not be found.").arg(vaultUri.toString()));
        if (kvp.contains("keyVaultResourceId")
            && str(kvp, "keyVaultResourceId").compare(vault->id, Qt::CaseInsensitive) != 0)
            return badParameter(QStringLiteral("keyVaultResourceId %1 does not name the vault at %2 (%3).")
                                    .arg(str(kvp, "keyVaultResourceId"), vaultUri.toString(), vault->id),
                                QStringLiteral("keyVaultResourceId"));
        const QString keyTenant = vault->tenantId;
        const QString federatedClientId = str(eid, "federatedClientId");
        QString principal = str(m_ctx.world.resource(uamiId)->body["properties"], "principalId");
        if (keyTenant != resourceTenant) {
            if (federatedClientId.isEmpty())
                return badParameter(
                    QStringLiteral(
                        "The key vault is in tenant %1, not in this account's tenant %2: set "
                        "encryption.identity.federatedClientId to the multi-tenant application's client id.")
                        .arg(keyTenant, resourceTenant),
                    QStringLiteral("federatedClientId"));
            const QString problem = federationProblem(m_ctx.world, resourceTenant, uamiId, federatedClientId,
                                                      keyTenant, m_ctx.origin(Service::Login).toString(),
                                                      QStringLiteral("api://AzureADTokenExchange"));
            if (!problem.isEmpty())
                return errors::arm(
                    400, QStringLiteral("KeyVaultAccessFailed"),
                    QStringLiteral("Unable to get a token for the key vault %1 in tenant %2: %3")
                        .arg(str(vault->body, "name"), keyTenant, problem));
            principal = m_ctx.world.servicePrincipal(keyTenant, federatedClientId)->objectId;
            bool approved = false;
            for (auto &[k, child] : m_ctx.world.resources) {
                if (child.type == QLatin1StringView("Microsoft.KeyVault/vaults/privateEndpointConnections")
                    && k.startsWith(vault->id.toLower() + u'/')
                    && arm::subscriptionOf(str(child.body["properties"]["privateEndpoint"], "id"))
                            .compare(sub->id, Qt::CaseInsensitive)
                        == 0
                    && str(child.body["properties"]["privateLinkServiceConnectionState"], "status")
                        == QLatin1StringView("Approved"))
                    approved = true;
            }
            if (!approved)
                return errors::arm(
                    400, QStringLiteral("KeyVaultPrivateEndpointNotApproved"),
                    QStringLiteral(
                        "The key vault %1 has no approved private endpoint from subscription %2. "
                        "Create a private endpoint to the vault (sub-resource 'vault') and have the "
                        "vault's owner approve it.")
                        .arg(str(vault->body, "name"), sub->id));
        }
        const QString problem = keyProblem(m_ctx.world, vault->id, str(kvp, "keyName"), QString(), principal);
        if (problem == QLatin1StringView("KeyDeleted"))
            return errors::arm(400, QStringLiteral("KeyVaultKeyNotFound"),
                               QStringLiteral("The key '%1' was not found in key vault %2.")
                                   .arg(str(kvp, "keyName"), str(vault->body, "name")));
        if (!problem.isEmpty()) {
            const AccessDecision d = keyVaultAccess(m_ctx.world, *vault, principal, KeyOperation::Unwrap,
                                                    str(kvp, "keyName"), true);
            return errors::arm(
                400, QStringLiteral("KeyVaultAccessForbidden"),
                QStringLiteral(
                    "The NetApp account's identity (object id %1) cannot use the key '%2' in key vault "
                    "%3: %4 %5")
                    .arg(principal, str(kvp, "keyName"), str(vault->body, "name"), problem, d.innerCode));
        }
        props["encryption"]["keyVaultProperties"]["keyVaultResourceId"] = s(vault->id);
        props["encryption"]["keyVaultProperties"]["keyVaultId"] = s(m_ctx.world.newGuid());
        props["encryption"]["keyVaultProperties"]["status"] = "InUse";
        props["encryption"]["identity"]["principalId"] = s(principal);
        Json uamiMap = Json::object();
        const Json &uamiProps = m_ctx.world.resource(uamiId)->body["properties"];
        uamiMap[s(uamiId)] = {{"principalId", uamiProps["principalId"]}, {"clientId", uamiProps["clientId"]}};
        identityOut = {{"type", "UserAssigned"}, {"userAssignedIdentities", uamiMap}};
    } else if (!props.contains("encryption")) {
        props["encryption"] = {{"keySource", "Microsoft.NetApp"}};
    }
    Json resource = arm::envelope(id, QStringLiteral("Microsoft.NetApp/netAppAccounts"), location, props);
    if (!identityOut.empty())
        resource["identity"] = identityOut;
    if (desired.contains("tags"))
        resource["tags"] = desired["tags"];
    resource["etag"] = s(QStringLiteral("W/\"") + SimClock::iso(m_ctx.world.clock.nowMs()) + u'"');
    ArmResource &r = arm::put(m_ctx.world, id, QStringLiteral("Microsoft.NetApp/netAppAccounts"),
                              resourceTenant, resource);
    if (mode == NetAppWrite::ChangeKeyVault)
        return startOperation(call, r, QStringLiteral("action"), 202, false, true,
                              QStringLiteral("Updating"));
    if (patch)
        return startOperation(call, r, QStringLiteral("patch"), 202, false, true, QStringLiteral("Patching"));
    return startOperation(call, r, QStringLiteral("put"), existing ? 200 : 201, true, false,
                          existing ? QStringLiteral("Updating") : QStringLiteral("Creating"));
}

Response ArmService::putEnterprisePolicy(Call &call, const QString &id, const Json &body, bool patch)
{
    Q_UNUSED(call)
    Subscription *sub = m_ctx.world.subscription(arm::subscriptionOf(id));
    if (auto unregistered = checkRegistered(*sub, QStringLiteral("Microsoft.PowerPlatform")))
        return *unregistered;
    ArmResource *existing = m_ctx.world.resource(id);
    Json desired = desiredBody(existing, body, patch);
    ParseError error;
    const auto location = PolicyLocation::parse(str(desired, "location"), &error);
    if (!location) {
        QStringList names;
        for (const PolicyLocation &l : PolicyLocation::all())
            names << l.name();
        return errors::arm(
            400, QStringLiteral("LocationNotAvailableForResourceType"),
            QStringLiteral("The provided location '%1' is not available for resource type "
                           "'Microsoft.PowerPlatform/enterprisePolicies'. List of available regions for the "
                           "resource type is '%2'.")
                .arg(str(desired, "location"), names.join(u',')));
    }
    static const QStringList kinds {QStringLiteral("Encryption"), QStringLiteral("Lockbox"),
                                    QStringLiteral("PrivateEndpoint"), QStringLiteral("NetworkInjection"),
                                    QStringLiteral("Identity")};
    const QString kind = str(desired, "kind");
    if (!kinds.contains(kind))
        return badParameter(
            QStringLiteral("kind must be one of %1, not '%2'.").arg(kinds.join(QStringLiteral(", ")), kind),
            QStringLiteral("kind"));
    Json props = desired.value("properties", Json::object());
    if (existing && existing->type == QLatin1StringView("Microsoft.PowerPlatform/enterprisePolicies")
        && str(existing->body, "kind") != kind)
        return badParameter(QStringLiteral("The kind of an enterprise policy cannot change."),
                            QStringLiteral("kind"));
    if (kind == QLatin1StringView("Encryption")) {
        if (!ieq(str(desired.value("identity", Json::object()), "type"), QLatin1StringView("SystemAssigned")))
            return badParameter(QStringLiteral("An Encryption policy needs identity.type SystemAssigned."),
                                QStringLiteral("identity"));
        const Json kv = props.value("encryption", Json::object()).value("keyVault", Json::object());
        const QString vaultId = str(kv, "id");
        ArmResource *vault = m_ctx.world.resource(vaultId);
        if (!vault || vault->type != QLatin1StringView("Microsoft.KeyVault/vaults"))
            return badParameter(QStringLiteral("The key vault '%1' does not exist.").arg(vaultId),
                                QStringLiteral("encryption.keyVault.id"));
        const auto data = m_ctx.world.vaults.find(vaultId.toLower());
        const QString keyName = str(kv.value("key", Json::object()), "name");
        const auto keyIt = data->second.keys.find(keyName.toLower());
        if (keyIt == data->second.keys.end() || keyIt->second.deleted)
            return badParameter(QStringLiteral("The key '%1' does not exist in key vault %2.")
                                    .arg(keyName, str(vault->body, "name")),
                                QStringLiteral("encryption.keyVault.key.name"));
        const QString version = str(kv.value("key", Json::object()), "version");
        bool versionFound = version.isEmpty();
        for (const KeyVersion &v : keyIt->second.versions)
            versionFound = versionFound || v.version.compare(version, Qt::CaseInsensitive) == 0;
        if (!versionFound)
            return badParameter(
                QStringLiteral("The key version '%1' does not exist for key '%2'.").arg(version, keyName),
                QStringLiteral("encryption.keyVault.key.version"));
        if (!props["encryption"].contains("state"))
            props["encryption"]["state"] = "Enabled";
    }
    Json resource = arm::envelope(id, QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies"),
                                  location->name(), props);
    resource["properties"].erase("provisioningState");
    resource["kind"] = s(kind);
    if (existing) {
        resource["identity"] = existing->body["identity"];
        resource["properties"]["systemId"] = existing->body["properties"]["systemId"];
    } else {
        const QString principal
            = arm::managedIdentityPrincipal(m_ctx.world, sub->tenantId, id, id.section(u'/', -1)).objectId;
        resource["identity"] = {{"type", "SystemAssigned"},
                                {"systemAssignedIdentityPrincipalId", s(principal)},
                                {"tenantId", s(sub->tenantId)}};
        resource["properties"]["systemId"]
            = s(QStringLiteral("/regions/%1/providers/Microsoft.PowerPlatform/enterprisePolicies/%2")
                    .arg(location->name(), m_ctx.world.newGuid()));
    }
    resource["properties"]["healthStatus"] = "Undetermined";
    if (desired.contains("tags"))
        resource["tags"] = desired["tags"];
    resource["systemData"] = arm::systemData(m_ctx.world, call.caller,
                                             existing ? existing->body.value("systemData", Json()) : Json());
    ArmResource &r = arm::put(m_ctx.world, id, QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies"),
                              sub->tenantId, resource);
    return Response::json(existing ? 200 : 201, bytes(view(r)));
}

Response ArmService::deleteResource(Call &call, ArmResource &r)
{
    const QString type = r.type;
    const QString key = r.id.toLower();
    if (type == QLatin1StringView("Microsoft.Resources/resourceGroups")) {
        std::vector<QString> doomed;
        for (const auto &[k, child] : m_ctx.world.resources) {
            if (k.startsWith(key + u'/'))
                doomed.push_back(k);
        }
        for (const QString &k : doomed) {
            // A vault in the group is soft-deleted, as when it is deleted on its own.
            if (m_ctx.world.vaults.count(k) && m_ctx.world.resource(k))
                softDeleteVault(k);
            arm::remove(m_ctx.world, k);
        }
        arm::remove(m_ctx.world, key);
        return Response {200, {}, {}};
    }
    if (type == QLatin1StringView("Microsoft.KeyVault/vaults")) {
        softDeleteVault(key);
        return Response {200, {}, {}};
    }
    if (type == QLatin1StringView("Microsoft.KeyVault/vaults/privateEndpointConnections")) {
        arm::remove(m_ctx.world, key);
        return Response {200, {}, {}};
    }
    if (type == QLatin1StringView("Microsoft.Network/privateEndpoints")) {
        std::vector<QString> doomed;
        for (const auto &[k, child] : m_ctx.world.resources) {
            if (child.type == QLatin1StringView("Microsoft.KeyVault/vaults/privateEndpointConnections")
                && str(child.body["properties"]["privateEndpoint"], "id").compare(r.id, Qt::CaseInsensitive)
                    == 0)
                doomed.push_back(k);
        }
        for (const QString &k : doomed)
            arm::remove(m_ctx.world, k);
    }
    if (type == QLatin1StringView("Microsoft.Compute/diskEncryptionSets")
        || type == QLatin1StringView("Microsoft.NetApp/netAppAccounts")
        || type == QLatin1StringView("Microsoft.Network/privateEndpoints"))
        return startOperation(call, r, QStringLiteral("delete"), 202,
                              type != QLatin1StringView("Microsoft.NetApp/netAppAccounts"), true,
                              QStringLiteral("Deleting"));
    if (type == QLatin1StringView("Microsoft.ManagedIdentity/userAssignedIdentities")
        || type == QLatin1StringView("Microsoft.PowerPlatform/enterprisePolicies")) {
        // The identity's service principal goes with it (a policy's system-assigned identity too).
        const QString principal = type == QLatin1StringView("Microsoft.PowerPlatform/enterprisePolicies")
            ? str(r.body["identity"], "systemAssignedIdentityPrincipalId")
            : str(r.body["properties"], "principalId");
        auto &sps = m_ctx.world.servicePrincipals;
        sps.erase(std::remove_if(sps.begin(), sps.end(),
                                 [&](const ServicePrincipal &sp) { return sp.objectId == principal; }),
                  sps.end());
    }
    arm::remove(m_ctx.world, key);
    return Response {200, {}, {}};
}

void ArmService::softDeleteVault(const QString &vaultKey)
{
    ArmResource *vault = m_ctx.world.resource(vaultKey);
    if (!vault)
        return;
    m_ctx.closeVault(vaultKey);
    DeletedVault deleted;
    deleted.vault = *vault;
    deleted.deletionMs = m_ctx.world.clock.nowMs();
    deleted.scheduledPurgeMs = deleted.deletionMs
        + vault->body["properties"].value("softDeleteRetentionInDays", 90) * 24LL * 3600 * 1000;
    std::vector<QString> children;
    for (const auto &[k, child] : m_ctx.world.resources) {
        if (k.startsWith(vaultKey + u'/'))
            children.push_back(k);
    }
    for (const QString &k : children) {
        deleted.children.push_back(m_ctx.world.resources[k]);
        arm::remove(m_ctx.world, k);
    }
    if (const auto data = m_ctx.world.vaults.find(vaultKey); data != m_ctx.world.vaults.end())
        deleted.data = data->second;
    m_ctx.world.vaults.erase(vaultKey);
    const QString name = str(vault->body, "name").toLower();
    arm::remove(m_ctx.world, vaultKey);
    m_ctx.world.deletedVaults[name] = std::move(deleted);
}

Json ArmService::deletedVaultJson(const DeletedVault &deleted) const
{
    const Json &body = deleted.vault.body;
    const QString location = str(body, "location");
    const QString name = str(body, "name");
    return Json {
        {"id",
         s(QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/locations/%2/deletedVaults/%3")
               .arg(arm::subscriptionOf(deleted.vault.id), location, name))},
        {"name", s(name)},
        {"type", "Microsoft.KeyVault/deletedVaults"},
        {"properties",
         {{"vaultId", s(deleted.vault.id)},
          {"location", s(location)},
          {"deletionDate", s(SimClock::iso(deleted.deletionMs))},
          {"scheduledPurgeDate", s(SimClock::iso(deleted.scheduledPurgeMs))},
          {"tags", body.value("tags", Json::object())},
          {"purgeProtectionEnabled", body["properties"].value("enablePurgeProtection", false)}}}};
}

Response ArmService::deletedVaults(Call &call, Subscription &sub, const QStringList &seg)
{
    // seg: subscriptions/{s}/providers/Microsoft.KeyVault/deletedVaults, or
    //      subscriptions/{s}/providers/Microsoft.KeyVault/locations/{l}/deletedVaults/{name}[/purge]
    if (auto bad = checkApiVersion(call, QStringLiteral("Microsoft.KeyVault/vaults")))
        return *bad;
    m_ctx.world.purgeExpired();
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    const QByteArray &method = call.request.method;
    if (seg.size() == 5) {
        if (method != "GET")
            return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                               QStringLiteral("Only GET lists deleted vaults."));
        if (auto denied = authorize(call, QStringLiteral("Microsoft.KeyVault/deletedVaults/read"), subScope))
            return *denied;
        Json value = Json::array();
        for (const auto &[name, deleted] : m_ctx.world.deletedVaults) {
            if (arm::subscriptionOf(deleted.vault.id).compare(sub.id, Qt::CaseInsensitive) == 0)
                value.push_back(deletedVaultJson(deleted));
        }
        return Response::json(200, bytes(Json {{"value", value}, {"nextLink", nullptr}}));
    }
    const QString location = normalizedLocation(seg.at(5));
    const QString name = seg.at(7);
    const bool purge = seg.size() == 9 && ieq(seg.at(8), QLatin1StringView("purge"));
    if (seg.size() > 9 || (seg.size() == 9 && !purge))
        return errors::arm(404, QStringLiteral("NotFound"),
                           QStringLiteral("The requested path '%1' is not found.").arg(call.path));
    if (purge ? method != "POST" : method != "GET")
        return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                           purge ? QStringLiteral("Purging a deleted vault is a POST.")
                                 : QStringLiteral("Only GET reads a deleted vault."));
    const QString action = purge ? QStringLiteral("Microsoft.KeyVault/locations/deletedVaults/purge/action")
                                 : QStringLiteral("Microsoft.KeyVault/locations/deletedVaults/read");
    if (auto denied = authorize(call, action, subScope))
        return *denied;
    const auto it = m_ctx.world.deletedVaults.find(name.toLower());
    if (it == m_ctx.world.deletedVaults.end()
        || arm::subscriptionOf(it->second.vault.id).compare(sub.id, Qt::CaseInsensitive) != 0
        || normalizedLocation(str(it->second.vault.body, "location")) != location)
        return errors::arm(404, QStringLiteral("DeletedVaultNotFound"),
                           QStringLiteral("The specified deleted vault '%1' does not exist in location '%2'.")
                               .arg(name, location));
    if (!purge)
        return Response::json(200, bytes(deletedVaultJson(it->second)));
    if (it->second.vault.body["properties"].value("enablePurgeProtection", false))
        return errors::arm(
            409, QStringLiteral("Conflict"),
            QStringLiteral("The vault '%1' cannot be purged because purge protection is enabled for it. It "
                           "will be purged automatically after its retention period, on %2.")
                .arg(name, SimClock::iso(it->second.scheduledPurgeMs)));
    m_ctx.world.deletedVaults.erase(it);
    return Response {200, {}, {}};
}

Response ArmService::recoverVault(Call &call, const QString &id, const Json &body)
{
    if (auto bad = checkLocation(body))
        return *bad;
    const QString name = id.section(u'/', -1);
    const auto it = m_ctx.world.deletedVaults.find(name.toLower());
    if (it == m_ctx.world.deletedVaults.end())
        return errors::arm(
            404, QStringLiteral("SoftDeletedVaultDoesNotExist"),
            QStringLiteral(
                "A soft deleted vault with the given name does not exist. Ensure that the name for "
                "the vault that is being attempted to recover is in a recoverable state."));
    DeletedVault &deleted = it->second;
    if (deleted.vault.id.compare(id, Qt::CaseInsensitive) != 0)
        return errors::arm(
            400, QStringLiteral("BadRequest"),
            QStringLiteral(
                "The deleted vault '%1' can only be recovered under its original resource ID '%2'.")
                .arg(name, deleted.vault.id));
    if (normalizedLocation(str(body, "location")) != normalizedLocation(str(deleted.vault.body, "location")))
        return errors::arm(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("The location '%1' does not match the deleted vault's location '%2'.")
                .arg(str(body, "location"), str(deleted.vault.body, "location")));
    const QString key = id.toLower();
    ArmResource &r = m_ctx.world.resources[key] = deleted.vault;
    for (const ArmResource &child : deleted.children)
        m_ctx.world.resources[child.id.toLower()] = child;
    m_ctx.world.vaults[key] = deleted.data;
    m_ctx.world.deletedVaults.erase(it);
    // Its DNS name comes back first: provisioningState RegisteringDns until the operation ends.
    r.body["properties"]["provisioningState"] = "RegisteringDns";
    r.pendingUntilMs = m_ctx.world.clock.nowMs() + m_ctx.lroDurationMs;
    r.finalState = QStringLiteral("Succeeded");
    r.body["systemData"] = arm::systemData(m_ctx.world, call.caller, r.body.value("systemData", Json()));
    if (m_ctx.openVault(key) == 0)
        return errors::arm(500, QStringLiteral("InternalServerError"),
                           QStringLiteral("The sandbox could not open a port for the vault."));
    Response response = Response::json(200, bytes(view(r)));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return response;
}

} // namespace cmk::sandbox
