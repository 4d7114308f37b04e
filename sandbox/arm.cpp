#include "arm.h"

#include "armresources.h"
#include "keyaccess.h"
#include "types/names.h"
#include "types/region.h"
#include "types/resourceid.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace cmk::sandbox {

namespace {

const QStringList SubscriptionVersions {QStringLiteral("2022-12-01"), QStringLiteral("2021-04-01"),
                                        QStringLiteral("2021-01-01"), QStringLiteral("2020-01-01"),
                                        QStringLiteral("2019-11-01"), QStringLiteral("2016-06-01")};
const QStringList ResourceVersions {
    QStringLiteral("2021-04-01"), QStringLiteral("2024-11-01"), QStringLiteral("2024-03-01"),
    QStringLiteral("2023-07-01"), QStringLiteral("2022-09-01"), QStringLiteral("2021-01-01"),
    QStringLiteral("2020-06-01"), QStringLiteral("2019-10-01"), QStringLiteral("2016-02-01")};
const QStringList FeatureVersions {QStringLiteral("2021-07-01"), QStringLiteral("2015-12-01"),
                                   QStringLiteral("2014-08-01-preview")};

struct TypeInfo
{
    const char *type;
    QStringList versions;
};

QStringList versions(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *v : list)
        out << QLatin1StringView(v);
    return out;
}

const std::vector<TypeInfo> &types()
{
    static const QStringList network
        = versions({"2024-05-01", "2024-10-01", "2025-01-01", "2025-07-01", "2025-09-01", "2024-03-01",
                    "2024-01-01", "2023-11-01", "2023-09-01", "2023-06-01", "2023-05-01", "2023-04-01",
                    "2023-02-01", "2022-11-01", "2022-09-01", "2022-07-01", "2022-05-01", "2022-01-01",
                    "2021-08-01", "2021-05-01", "2021-03-01", "2021-02-01", "2020-11-01"});
    static const QStringList vaults = versions(
        {"2024-11-01", "2025-05-01", "2026-02-01", "2024-12-01-preview", "2024-04-01-preview", "2023-07-01",
         "2023-02-01", "2022-11-01", "2022-07-01", "2021-10-01", "2021-06-01-preview", "2021-04-01-preview",
         "2019-09-01", "2018-02-14", "2016-10-01", "2015-06-01"});
    static const std::vector<TypeInfo> list = {
        {"Microsoft.Resources/resourceGroups", ResourceVersions},
        {"Microsoft.ManagedIdentity/userAssignedIdentities",
         versions({"2023-01-31", "2024-11-30", "2018-11-30", "2023-07-31-preview", "2025-01-31-preview",
                   "2025-05-31-preview"})},
        {"Microsoft.Network/virtualNetworks", network},
        {"Microsoft.Network/virtualNetworks/subnets", network},
        {"Microsoft.Network/privateEndpoints", network},
        {"Microsoft.KeyVault/vaults", vaults},
        {"Microsoft.KeyVault/vaults/accessPolicies", vaults},
        {"Microsoft.KeyVault/vaults/keys", vaults},
        {"Microsoft.KeyVault/vaults/keys/versions", vaults},
        {"Microsoft.KeyVault/vaults/privateEndpointConnections", vaults},
        {"Microsoft.Compute/diskEncryptionSets",
         versions({"2025-01-02", "2024-03-02", "2023-10-02", "2023-04-02", "2023-01-02", "2022-07-02",
                   "2022-03-02", "2021-12-01", "2021-08-01", "2021-04-01", "2020-12-01"})},
        {"Microsoft.NetApp/netAppAccounts",
         versions({"2025-06-01", "2025-12-01", "2025-09-01", "2025-08-01", "2025-07-01", "2025-03-01",
                   "2025-01-01", "2024-09-01", "2024-07-01", "2024-03-01", "2023-11-01", "2023-07-01",
                   "2023-05-01", "2022-11-01", "2022-09-01", "2022-05-01", "2025-12-15-preview"})},
        {"Microsoft.PowerPlatform/enterprisePolicies", versions({"2020-10-30", "2020-10-30-preview"})},
        {"Microsoft.Authorization/roleAssignments",
         versions({"2022-04-01", "2020-10-01-preview", "2020-08-01-preview", "2020-04-01-preview",
                   "2020-03-01-preview", "2018-09-01-preview", "2018-01-01-preview", "2017-10-01-preview",
                   "2015-07-01"})},
        {"Microsoft.Authorization/roleDefinitions",
         versions({"2022-04-01", "2022-05-01-preview", "2018-01-01-preview", "2015-07-01"})},
    };
    return list;
}

/// A subscription as the list and the single GET show it (the same Subscription model).
Json subscriptionJson(const Subscription &sub)
{
    return Json {{"id", s(QStringLiteral("/subscriptions/") + sub.id)},
                 {"authorizationSource", "RoleBased"},
                 {"managedByTenants", Json::array()},
                 {"subscriptionId", s(sub.id)},
                 {"tenantId", s(sub.tenantId)},
                 {"displayName", s(sub.displayName)},
                 {"state", s(sub.state)},
                 {"subscriptionPolicies",
                  {{"locationPlacementId", "Public_2014-09-01"},
                   {"quotaId", "PayAsYouGo_2014-09-01"},
                   {"spendingLimit", "Off"}}},
                 {"tags", Json::object()}};
}

} // namespace

ArmService::ArmService(Context &context)
    : m_ctx(context)
{
}

QString ArmService::canonicalType(const QString &type) const
{
    for (const TypeInfo &t : types()) {
        if (type.compare(QLatin1StringView(t.type), Qt::CaseInsensitive) == 0)
            return QLatin1StringView(t.type);
    }
    return {};
}

QStringList ArmService::apiVersionsFor(const QString &type) const
{
    for (const TypeInfo &t : types()) {
        if (type.compare(QLatin1StringView(t.type), Qt::CaseInsensitive) == 0)
            return t.versions;
    }
    return {};
}

QUrl ArmService::absolute(const QString &pathAndQuery) const
{
    QString base = m_ctx.origin(Service::Arm).toString();
    base.chop(1);
    return QUrl(base + pathAndQuery);
}

std::optional<Response> ArmService::checkApiVersion(Call &call, const QString &type)
{
    const QStringList allowed = apiVersionsFor(type);
    if (allowed.contains(call.apiVersion))
        return std::nullopt;
    return errors::arm(
        400, QStringLiteral("NoRegisteredProviderFound"),
        QStringLiteral("No registered resource provider found for location 'westeurope' and API version "
                       "'%1' for type '%2'. The supported api-versions are '%3'. The supported locations are "
                       "'westeurope, northeurope, eastus, ...'.")
            .arg(call.apiVersion, type.section(u'/', 1), allowed.join(QStringLiteral(", "))));
}

std::optional<Response> ArmService::checkRegistered(Subscription &sub, const QString &ns)
{
    const auto it = sub.providers.find(ns.toLower());
    if (it != sub.providers.end() && it->second.state == QLatin1StringView("Registering")
        && m_ctx.world.clock.nowMs() >= it->second.readyAtMs)
        it->second.state = QStringLiteral("Registered");
    if (it != sub.providers.end() && it->second.state == QLatin1StringView("Registered"))
        return std::nullopt;
    const QString name = sub.providerCasing.count(ns.toLower()) ? sub.providerCasing[ns.toLower()] : ns;
    const QString message = QStringLiteral("The subscription is not registered to use namespace '%1'. See "
                                           "https://aka.ms/rps-not-found for how to register subscriptions.")
                                .arg(name);
    // ARM nests the cause in details[] with the namespace as target, as the registration docs show.
    return Response::json(409,
                          bytes(Json {{"error",
                                       {{"code", "MissingSubscriptionRegistration"},
                                        {"message", s(message)},
                                        {"details",
                                         Json::array({{{"code", "MissingSubscriptionRegistration"},
                                                       {"target", s(name)},
                                                       {"message", s(message)}}})}}}}));
}

std::optional<Response> ArmService::authorize(Call &call, const QString &action, const QString &scope)
{
    if (m_ctx.world.authorized(call.caller.objectId, action, scope))
        return std::nullopt;
    const QString who = call.caller.upn.isEmpty() ? call.caller.objectId : call.caller.upn;
    return errors::arm(
        403, QStringLiteral("AuthorizationFailed"),
        QStringLiteral("The client '%1' with object id '%2' does not have authorization to perform action "
                       "'%3' over scope '%4' or the scope is invalid. If access was recently granted, "
                       "please refresh your credentials.")
            .arg(who, call.caller.objectId, action, scope));
}

bool ArmService::principalExists(const QString &tenantId, const QString &objectId) const
{
    if (const User *u = m_ctx.world.user(objectId))
        return u->tenantId == tenantId;
    const ServicePrincipal *sp = m_ctx.world.servicePrincipalByObjectId(objectId);
    return sp && sp->tenantId == tenantId;
}

void ArmService::settle()
{
    const qint64 now = m_ctx.world.clock.nowMs();
    for (auto it = m_ctx.world.operations.begin(); it != m_ctx.world.operations.end(); ++it) {
        Operation &op = it->second;
        if (op.doneMs > now || op.kind == QLatin1StringView("settled"))
            continue;
        if (op.kind == QLatin1StringView("delete") && op.finalStatus == QLatin1StringView("Succeeded")) {
            const ArmResource *r = m_ctx.world.resource(op.resourceKey);
            if (r && r->pendingUntilMs > 0) {
                if (r->type == QLatin1StringView("Microsoft.KeyVault/vaults"))
                    m_ctx.closeVault(op.resourceKey);
                arm::remove(m_ctx.world, op.resourceKey);
            }
        }
        op.kind = QStringLiteral("settled");
    }
    for (auto &[key, r] : m_ctx.world.resources) {
        if (r.pendingUntilMs > 0 && now >= r.pendingUntilMs) {
            r.pendingUntilMs = 0;
            if (r.body.contains("properties"))
                r.body["properties"]["provisioningState"] = s(r.finalState);
            // A finished key rotation has re-wrapped everything: the old key is no longer in use.
            if (r.type == QLatin1StringView("Microsoft.Compute/diskEncryptionSets")
                && r.finalState == QLatin1StringView("Succeeded"))
                r.body["properties"]["previousKeys"] = Json::array();
        }
    }
}

Response ArmService::handle(const Request &request, RequestLogEntry *entry)
{
    Response authError;
    const auto caller = m_ctx.authenticate(request, Service::Arm, &authError);
    if (!caller)
        return authError;
    entry->tenantId = caller->tenantId;
    entry->callerObjectId = caller->objectId;
    Call call {request, *caller, request.query.queryItemValue(QStringLiteral("api-version")), QString()};
    call.path = u'/' + request.segments.join(u'/');
    if (call.apiVersion.isEmpty())
        return errors::arm(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    settle();

    const QStringList &seg = request.segments;
    if (seg.isEmpty() || seg.first().isEmpty())
        return errors::arm(404, QStringLiteral("NotFound"),
                           QStringLiteral("The requested path is not found."));
    if (ieq(seg.first(), QLatin1StringView("tenants")) && seg.size() == 1 && request.method == "GET") {
        if (!SubscriptionVersions.contains(call.apiVersion))
            return errors::arm(
                400, QStringLiteral("InvalidApiVersionParameter"),
                QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                    .arg(call.apiVersion, SubscriptionVersions.join(u',')));
        Json value = Json::array();
        if (const Tenant *t = m_ctx.world.tenant(call.caller.tenantId))
            value.push_back({{"id", s(QStringLiteral("/tenants/") + t->id)},
                             {"tenantId", s(t->id)},
                             {"tenantCategory", "Home"},
                             {"displayName", s(t->displayName)},
                             {"defaultDomain", s(t->domain)},
                             {"domains", {s(t->domain)}},
                             {"tenantType", "AAD"}});
        return Response::json(200, bytes(Json {{"value", value}}));
    }
    if (ieq(seg.first(), QLatin1StringView("subscriptions"))) {
        if (seg.size() == 1) {
            if (request.method != "GET")
                return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                                   QStringLiteral("Only GET is allowed here."));
            if (!SubscriptionVersions.contains(call.apiVersion))
                return errors::arm(
                    400, QStringLiteral("InvalidApiVersionParameter"),
                    QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                        .arg(call.apiVersion, SubscriptionVersions.join(u',')));
            Json value = Json::array();
            for (Subscription &sub : m_ctx.world.subscriptions) {
                if (sub.tenantId != call.caller.tenantId)
                    continue;
                if (!m_ctx.world.authorized(call.caller.objectId,
                                            QStringLiteral("Microsoft.Resources/subscriptions/read"),
                                            QStringLiteral("/subscriptions/") + sub.id))
                    continue;
                value.push_back(subscriptionJson(sub));
            }
            return Response::json(200, bytes(Json {{"value", value}}));
        }
        Subscription *sub = m_ctx.world.subscription(seg.at(1));
        if (!sub)
            return errors::arm(404, QStringLiteral("SubscriptionNotFound"),
                               QStringLiteral("The subscription '%1' could not be found.").arg(seg.at(1)));
        if (sub->tenantId != call.caller.tenantId) {
            const QString login = m_ctx.origin(Service::Login).toString();
            Response wrongTenant = errors::arm(
                401, QStringLiteral("InvalidAuthenticationTokenTenant"),
                QStringLiteral("The access token is from the wrong issuer '%1%2/'. It must match the tenant "
                               "'%1%3/' associated with this subscription. Please use the authority (URL) "
                               "'%1%3' to get the token. Note, if the subscription is transferred to another "
                               "tenant there is no impact to the services, but information about new tenant "
                               "could take time to propagate (up to an hour). If you just transferred your "
                               "subscription and see this error message, please try back later.")
                    .arg(login, call.caller.tenantId, sub->tenantId));
            QByteArray challenge("Bearer authorization_uri=\"");
            challenge += QString(login + sub->tenantId).toUtf8();
            challenge += "\", error=\"invalid_token\", error_description=\"The access token is from the "
                         "wrong issuer.\"";
            wrongTenant.setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge);
            return wrongTenant;
        }
        return subscriptionRoutes(call, *sub);
    }
    if (ieq(seg.first(), QLatin1StringView("providers")) && seg.size() >= 3
        && ieq(seg.at(1), QLatin1StringView("Microsoft.Authorization"))
        && ieq(seg.at(2), QLatin1StringView("roleDefinitions")))
        return roleDefinitions(call, QStringLiteral("/"), seg.value(3));
    return errors::arm(404, QStringLiteral("NotFound"),
                       QStringLiteral("The requested path '%1' is not found.").arg(call.path));
}

Response ArmService::subscriptionRoutes(Call &call, Subscription &sub)
{
    const QStringList &seg = call.request.segments;
    const QByteArray &method = call.request.method;
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    if (seg.size() == 2
        || (seg.size() == 3
            && (ieq(seg.at(2), QLatin1StringView("locations"))
                || ieq(seg.at(2), QLatin1StringView("resourcegroups"))))) {
        if (method != "GET")
            return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                               QStringLiteral("Only GET is allowed here."));
        const bool groups = seg.size() == 3 && ieq(seg.at(2), QLatin1StringView("resourcegroups"));
        if (!(groups ? ResourceVersions : SubscriptionVersions).contains(call.apiVersion))
            return errors::arm(
                400, QStringLiteral("InvalidApiVersionParameter"),
                QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                    .arg(call.apiVersion, (groups ? ResourceVersions : SubscriptionVersions).join(u',')));
        if (auto denied = authorize(call, QStringLiteral("Microsoft.Resources/subscriptions/read"), subScope))
            return *denied;
        if (seg.size() == 2)
            return Response::json(200, bytes(subscriptionJson(sub)));
        Json value = Json::array();
        if (groups) {
            for (auto &[key, r] : m_ctx.world.resources) {
                if (r.type == QLatin1StringView("Microsoft.Resources/resourceGroups")
                    && key.startsWith(subScope.toLower() + u'/'))
                    value.push_back(view(r));
            }
        } else {
            for (const Region &region : Region::inCloud(u"AzureCloud"))
                value.push_back({{"id", s(subScope + QStringLiteral("/locations/") + region.name())},
                                 {"name", s(region.name())},
                                 {"type", "Region"},
                                 {"displayName", s(region.displayName())},
                                 {"regionalDisplayName",
                                  s(QStringLiteral("(%1) %2").arg(region.geography(), region.displayName()))},
                                 {"metadata",
                                  {{"regionType", "Physical"},
                                   {"regionCategory", "Recommended"},
                                   {"geography", s(region.geography())}}}});
        }
        return Response::json(200, bytes(Json {{"value", value}}));
    }
    if (seg.size() >= 3 && ieq(seg.at(2), QLatin1StringView("providers"))) {
        if (seg.size() >= 5 && ieq(seg.at(3), QLatin1StringView("Microsoft.Features"))
            && ieq(seg.at(4), QLatin1StringView("providers")))
            return features(call, sub, seg);
        if (seg.size() == 8 && ieq(seg.at(4), QLatin1StringView("locations"))
            && (ieq(seg.at(6), QLatin1StringView("operationStatuses"))
                || ieq(seg.at(6), QLatin1StringView("operationResults"))
                || ieq(seg.at(6), QLatin1StringView("asyncoperations"))))
            return operationPoll(call, seg.at(7), !ieq(seg.at(6), QLatin1StringView("operationResults")));
        if (seg.size() == 5 && ieq(seg.at(3), QLatin1StringView("Microsoft.KeyVault"))
            && ieq(seg.at(4), QLatin1StringView("checkNameAvailability")))
            return keyVaultNameCheck(call);
        if (ieq(seg.at(3), QLatin1StringView("Microsoft.KeyVault"))
            && ((seg.size() == 5 && ieq(seg.at(4), QLatin1StringView("deletedVaults")))
                || (seg.size() >= 8 && ieq(seg.at(4), QLatin1StringView("locations"))
                    && ieq(seg.at(6), QLatin1StringView("deletedVaults")))))
            return deletedVaults(call, sub, seg);
        if (seg.size() <= 5
            && !(seg.size() == 5 && !ieq(seg.at(4), QLatin1StringView("register"))
                 && !ieq(seg.at(4), QLatin1StringView("unregister"))))
            return providers(call, sub, seg);
    }
    // Role assignments and definitions at any scope.
    const qsizetype auth = call.path.lastIndexOf(QLatin1StringView("/providers/Microsoft.Authorization/"), -1,
                                                 Qt::CaseInsensitive);
    if (auth >= 0) {
        const QStringList tail
            = call.path.mid(auth + qsizetype(qstrlen("/providers/Microsoft.Authorization/"))).split(u'/');
        const QString scope = call.path.left(auth);
        if (ieq(tail.value(0), QLatin1StringView("roleAssignments")) && tail.size() <= 2)
            return tail.size() == 1 ? roleAssignmentList(call, scope)
                                    : roleAssignment(call, scope, tail.at(1));
        if (ieq(tail.value(0), QLatin1StringView("roleDefinitions")) && tail.size() <= 2)
            return roleDefinitions(call, scope, tail.value(1));
    }
    // Resources, collections and actions.
    if (ResourceId::parse(call.path))
        return resource(call, call.path);
    const QString parent = call.path.section(u'/', 0, -2);
    if (ResourceId::parse(parent)) {
        if (call.request.method == "GET")
            return collection(call, parent, seg.last());
        if (call.request.method == "POST")
            return action(call, parent, seg.last());
    }
    ParseError error;
    ResourceId::parse(call.path, &error);
    return errors::arm(400, QStringLiteral("InvalidResourceId"), error.message);
}

Response ArmService::providers(Call &call, Subscription &sub, const QStringList &seg)
{
    if (!ResourceVersions.contains(call.apiVersion))
        return errors::arm(400, QStringLiteral("InvalidApiVersionParameter"),
                           QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                               .arg(call.apiVersion, ResourceVersions.join(u',')));
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    const qint64 now = m_ctx.world.clock.nowMs();
    const auto body = [&](const QString &key) {
        RegistrationState &state = sub.providers[key];
        if (state.state == QLatin1StringView("Registering") && now >= state.readyAtMs)
            state.state = QStringLiteral("Registered");
        const QString ns = sub.providerCasing.count(key) ? sub.providerCasing[key] : key;
        Json resourceTypes = Json::array();
        if (key == QLatin1StringView("microsoft.powerplatform")) {
            Json locations = Json::array();
            for (const PolicyLocation &l : PolicyLocation::all())
                locations.push_back(s(l.displayName()));
            resourceTypes.push_back({{"resourceType", "enterprisePolicies"},
                                     {"locations", locations},
                                     {"apiVersions", {"2020-10-30", "2020-10-30-preview"}},
                                     {"capabilities", "SupportsTags, SupportsLocation"}});
        }
        for (const TypeInfo &t : types()) {
            const QString type = QLatin1StringView(t.type);
            if (type.section(u'/', 0, 0).toLower() == key
                && key != QLatin1StringView("microsoft.powerplatform")) {
                Json v = Json::array();
                for (const QString &version : t.versions)
                    v.push_back(s(version));
                const bool child = type.count(u'/') > 1;
                resourceTypes.push_back(
                    {{"resourceType", s(type.section(u'/', 1))},
                     {"locations", {"West Europe", "North Europe", "East US"}},
                     {"apiVersions", v},
                     {"capabilities",
                      child ? "None"
                            : "CrossResourceGroupResourceMove, CrossSubscriptionResourceMove, SupportsTags, "
                              "SupportsLocation"}});
            }
        }
        return Json {{"id", s(subScope + QStringLiteral("/providers/") + ns)},
                     {"namespace", s(ns)},
                     {"registrationState", s(state.state)},
                     {"registrationPolicy", "RegistrationRequired"},
                     {"resourceTypes", resourceTypes}};
    };
    if (seg.size() == 3) {
        if (call.request.method != "GET")
            return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                               QStringLiteral("Only GET is allowed here."));
        Json value = Json::array();
        for (const auto &[key, state] : sub.providers)
            value.push_back(body(key));
        return Response::json(200, bytes(Json {{"value", value}}));
    }
    const QString key = seg.at(3).toLower();
    if (!sub.providers.count(key))
        return errors::arm(404, QStringLiteral("InvalidResourceNamespace"),
                           QStringLiteral("The resource namespace '%1' is invalid.").arg(seg.at(3)));
    if (seg.size() == 4) {
        if (call.request.method != "GET")
            return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                               QStringLiteral("Only GET is allowed here."));
        return Response::json(200, bytes(body(key)));
    }
    if (call.request.method != "POST")
        return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                           QStringLiteral("Registration is a POST."));
    const QString ns = sub.providerCasing[key];
    if (auto denied = authorize(call, ns + QStringLiteral("/register/action"), subScope))
        return *denied;
    RegistrationState &state = sub.providers[key];
    if (ieq(seg.at(4), QLatin1StringView("register"))) {
        if (state.state != QLatin1StringView("Registered")) {
            state.state = QStringLiteral("Registering");
            state.readyAtMs = now + 30 * 1000; // simulated
        }
    } else {
        state.state = QStringLiteral("Unregistered");
    }
    return Response::json(200, bytes(body(key)));
}

Response ArmService::features(Call &call, Subscription &sub, const QStringList &seg)
{
    // /subscriptions/{s}/providers/Microsoft.Features/providers/{ns}/features[/{name}[/register|unregister]]
    if (!FeatureVersions.contains(call.apiVersion))
        return errors::arm(400, QStringLiteral("InvalidApiVersionParameter"),
                           QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                               .arg(call.apiVersion, FeatureVersions.join(u',')));
    if (seg.size() < 7 || !ieq(seg.at(6), QLatin1StringView("features")))
        return errors::arm(404, QStringLiteral("NotFound"),
                           QStringLiteral("The requested path is not found."));
    const QString subScope = QStringLiteral("/subscriptions/") + sub.id;
    const QString ns = seg.at(5);
    const QString nsCanonical
        = sub.providerCasing.count(ns.toLower()) ? sub.providerCasing[ns.toLower()] : ns;
    static const QStringList known {QStringLiteral("Microsoft.Compute/EncryptionAtRestWithCrossTenantKey"),
                                    QStringLiteral("Microsoft.PowerPlatform/enterprisePoliciesPreview")};
    const qint64 now = m_ctx.world.clock.nowMs();
    const auto body = [&](const QString &fullName) {
        RegistrationState &state = sub.features[fullName.toLower()];
        if (state.state == QLatin1StringView("Registering") && now >= state.readyAtMs)
            state.state = QStringLiteral("Registered");
        return Json {
            {"properties", {{"state", s(state.state)}}},
            {"id",
             s(subScope + QStringLiteral("/providers/Microsoft.Features/providers/")
               + fullName.section(u'/', 0, 0) + QStringLiteral("/features/") + fullName.section(u'/', 1))},
            {"type", "Microsoft.Features/providers/features"},
            {"name", s(fullName)}};
    };
    if (seg.size() == 7) {
        Json value = Json::array();
        for (const QString &f : known) {
            if (f.section(u'/', 0, 0).compare(ns, Qt::CaseInsensitive) == 0)
                value.push_back(body(f));
        }
        return Response::json(200, bytes(Json {{"value", value}}));
    }
    QString fullName;
    for (const QString &f : known) {
        if (f.compare(ns + u'/' + seg.at(7), Qt::CaseInsensitive) == 0)
            fullName = f;
    }
    if (fullName.isEmpty())
        return errors::arm(404, QStringLiteral("FeatureNotFound"),
                           QStringLiteral("The feature '%1' could not be found.").arg(seg.at(7)));
    if (seg.size() == 8) {
        if (call.request.method != "GET")
            return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                               QStringLiteral("Only GET is allowed here."));
        return Response::json(200, bytes(body(fullName)));
    }
    if (call.request.method != "POST" || seg.size() != 9)
        return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                           QStringLiteral("Registration is a POST."));
    if (auto denied
        = authorize(call, QStringLiteral("Microsoft.Features/providers/features/register/action"), subScope))
        return *denied;
    RegistrationState &state = sub.features[fullName.toLower()];
    if (ieq(seg.at(8), QLatin1StringView("register"))) {
        if (state.state != QLatin1StringView("Registered")) {
            state.state = QStringLiteral("Registering");
            state.readyAtMs = now + 15 * 60 * 1000; // simulated minutes, as gated features take
        }
    } else {
        state.state = QStringLiteral("Unregistered");
    }
    Q_UNUSED(nsCanonical)
    return Response::json(200, bytes(body(fullName)));
}

Response ArmService::startOperation(Call &call, ArmResource &r, const QString &kind, int status,
                                    bool asyncHeader, bool locationHeader, const QString &runningState)
{
    const qint64 now = m_ctx.world.clock.nowMs();
    Operation op;
    op.id = m_ctx.world.newGuid();
    op.resourceKey = r.id.toLower();
    op.kind = kind;
    op.startMs = now;
    op.doneMs = now + m_ctx.lroDurationMs;
    if (m_ctx.world.failNextOperation) {
        op.finalStatus = QStringLiteral("Failed");
        op.error = {{"code", "InternalOperationError"},
                    {"message",
                     "The operation failed on the service side (sandbox fault \"lro-failed\"). Try again."}};
        r.finalState = QStringLiteral("Failed");
        r.failure = op.error;
    } else {
        r.finalState = QStringLiteral("Succeeded");
        r.failure = Json();
    }
    r.pendingUntilMs = op.doneMs;
    if (r.body.contains("properties"))
        r.body["properties"]["provisioningState"] = s(runningState);
    if (kind == QLatin1StringView("action"))
        op.resultStatus = 204; // an action without a result answers 204 once done
    m_ctx.world.operations[op.id] = op;

    const QString ns = r.type.section(u'/', 0, 0);
    const QString location = str(r.body, "location", QStringLiteral("westeurope"));
    const QString base = QStringLiteral("/subscriptions/%1/providers/%2/locations/%3/")
                             .arg(arm::subscriptionOf(r.id), ns, location);
    // A delete or an action (POST) answers 202 without a body; its result comes from the Location poll.
    const bool bodyless = kind == QLatin1StringView("delete") || kind == QLatin1StringView("action");
    Response response = bodyless ? Response {status, {}, {}} : Response::json(status, bytes(view(r)));
    const qint64 remainingRealMs
        = qMax<qint64>(10, qint64(double(m_ctx.lroDurationMs) / m_ctx.world.clock.scale()));
    if (asyncHeader)
        response.setHeader(QByteArrayLiteral("Azure-AsyncOperation"),
                           absolute(base + QStringLiteral("operationStatuses/") + op.id
                                    + QStringLiteral("?api-version=") + call.apiVersion)
                               .toEncoded());
    if (locationHeader)
        response.setHeader(QByteArrayLiteral("Location"),
                           absolute(base + QStringLiteral("operationResults/") + op.id
                                    + QStringLiteral("?api-version=") + call.apiVersion)
                               .toEncoded());
    response.setHeader(QByteArrayLiteral("Retry-After"),
                       QByteArray::number(qMax<qint64>(1, (remainingRealMs + 999) / 1000)));
    response.setHeader(QByteArrayLiteral("x-ms-retry-after-ms"),
                       QByteArray::number(qMin<qint64>(remainingRealMs, 1000)));
    return response;
}

Response ArmService::operationPoll(Call &call, const QString &operationId, bool statusStyle)
{
    const auto it = m_ctx.world.operations.find(operationId);
    if (it == m_ctx.world.operations.end())
        return errors::arm(404, QStringLiteral("OperationNotFound"),
                           QStringLiteral("The operation '%1' was not found.").arg(operationId));
    const Operation &op = it->second;
    const qint64 now = m_ctx.world.clock.nowMs();
    const bool running = now < op.doneMs;
    const qint64 remainingRealMs
        = qMax<qint64>(10, qint64(double(op.doneMs - now) / m_ctx.world.clock.scale()));
    if (statusStyle) {
        Json body = {{"id", s(call.path)},
                     {"name", s(op.id)},
                     {"status", running ? "InProgress" : s(op.finalStatus)},
                     {"startTime", s(SimClock::iso(op.startMs))}};
        if (!running)
            body["endTime"] = s(SimClock::iso(op.doneMs));
        else
            body["percentComplete"]
                = double(now - op.startMs) * 100.0 / double(qMax<qint64>(1, op.doneMs - op.startMs));
        if (!running && op.finalStatus != QLatin1StringView("Succeeded"))
            body["error"] = op.error;
        Response r = Response::json(200, bytes(body));
        if (running) {
            r.setHeader(QByteArrayLiteral("Retry-After"),
                        QByteArray::number(qMax<qint64>(1, (remainingRealMs + 999) / 1000)));
            r.setHeader(QByteArrayLiteral("x-ms-retry-after-ms"),
                        QByteArray::number(qMin<qint64>(remainingRealMs, 1000)));
        }
        return r;
    }
    if (running) {
        Response r {202, {}, {}};
        r.setHeader(QByteArrayLiteral("Location"),
                    absolute(call.path + QStringLiteral("?api-version=") + call.apiVersion).toEncoded());
        r.setHeader(QByteArrayLiteral("Retry-After"),
                    QByteArray::number(qMax<qint64>(1, (remainingRealMs + 999) / 1000)));
        r.setHeader(QByteArrayLiteral("x-ms-retry-after-ms"),
                    QByteArray::number(qMin<qint64>(remainingRealMs, 1000)));
        return r;
    }
    if (op.finalStatus != QLatin1StringView("Succeeded"))
        return Response::json(500, bytes(Json {{"error", op.error}}));
    if (!op.result.is_null())
        return Response::json(op.resultStatus, bytes(op.result));
    if (op.resultStatus == 204)
        return Response {204, {}, {}};
    ArmResource *r = m_ctx.world.resource(op.resourceKey);
    if (!r)
        return Response {204, {}, {}};
    return Response::json(200, bytes(view(*r)));
}

Response ArmService::roleDefinitions(Call &call, const QString &scope, const QString &name)
{
    if (!apiVersionsFor(QStringLiteral("Microsoft.Authorization/roleDefinitions")).contains(call.apiVersion))
        return *checkApiVersion(call, QStringLiteral("Microsoft.Authorization/roleDefinitions"));
    const auto definition = [&](const RoleDefinition &r) {
        const auto list = [](const QStringList &l) {
            Json a = Json::array();
            for (const QString &x : l)
                a.push_back(s(x));
            return a;
        };
        return Json {{"properties",
                      {{"roleName", s(r.name)},
                       {"type", "BuiltInRole"},
                       {"description", s(r.description)},
                       {"assignableScopes", {"/"}},
                       {"permissions",
                        Json::array({{{"actions", list(r.actions)},
                                      {"notActions", list(r.notActions)},
                                      {"dataActions", list(r.dataActions)},
                                      {"notDataActions", list(r.notDataActions)}}})}}},
                     {"id", s(arm::roleDefinitionId(scope, r.id))},
                     {"type", "Microsoft.Authorization/roleDefinitions"},
                     {"name", s(r.id)}};
    };
    if (!name.isEmpty()) {
        const RoleDefinition *r = findRole(name);
        if (!r)
            return errors::arm(
                404, QStringLiteral("RoleDefinitionDoesNotExist"),
                QStringLiteral("The specified role definition with ID '%1' does not exist.").arg(name));
        return Response::json(200, bytes(definition(*r)));
    }
    Json value = Json::array();
    const QString filter = call.request.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    for (const RoleDefinition &r : builtInRoles()) {
        if (filter.isEmpty() || filter.contains(r.name, Qt::CaseInsensitive))
            value.push_back(definition(r));
    }
    return Response::json(200, bytes(Json {{"value", value}}));
}

Response ArmService::roleAssignment(Call &call, const QString &scope, const QString &name)
{
    const QString type = QStringLiteral("Microsoft.Authorization/roleAssignments");
    if (auto bad = checkApiVersion(call, type))
        return *bad;
    const QString id = scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name;
    const QByteArray &method = call.request.method;
    ArmResource *existing = m_ctx.world.resource(id);
    if (method == "GET") {
        if (auto denied
            = authorize(call, QStringLiteral("Microsoft.Authorization/roleAssignments/read"), scope))
            return *denied;
        if (!existing)
            return errors::arm(404, QStringLiteral("RoleAssignmentNotFound"),
                               QStringLiteral("The role assignment '%1' is not found.").arg(name));
        return Response::json(200, bytes(existing->body));
    }
    if (method == "DELETE") {
        if (auto denied
            = authorize(call, QStringLiteral("Microsoft.Authorization/roleAssignments/delete"), scope))
            return *denied;
        if (!existing)
            return Response {204, {}, {}};
        const Json body = existing->body;
        arm::remove(m_ctx.world, id);
        return Response::json(200, bytes(body));
    }
    if (method != "PUT")
        return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                           QStringLiteral("Use GET, PUT or DELETE."));
    if (QUuid::fromString(name).isNull())
        return errors::arm(
            400, QStringLiteral("InvalidRoleAssignmentId"),
            QStringLiteral("The role assignment ID '%1' is not valid. The role assignment ID must be a GUID.")
                .arg(name));
    const auto body = parseJson(call.request.body);
    if (!body || !body->is_object() || !body->contains("properties"))
        return errors::arm(
            400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized: a JSON object "
                           "with 'properties' is required."));
    const Json &p = (*body)["properties"];
    const QString roleDefinitionId = str(p, "roleDefinitionId");
    const QString principalId = str(p, "principalId");
    const RoleDefinition *role = findRole(roleDefinitionId.section(u'/', -1));
    if (!role)
        return errors::arm(400, QStringLiteral("RoleDefinitionDoesNotExist"),
                           QStringLiteral("The specified role definition with ID '%1' does not exist.")
                               .arg(roleDefinitionId.section(u'/', -1)));
    if (auto denied = authorize(call, QStringLiteral("Microsoft.Authorization/roleAssignments/write"), scope))
        return *denied;
    const QString tenant = arm::tenantOf(m_ctx.world, scope);
    if (principalId.isEmpty() || !principalExists(tenant, principalId))
        return errors::arm(
            400, QStringLiteral("PrincipalNotFound"),
            QStringLiteral(
                "Principal %1 does not exist in the directory %2. Check that you have the correct "
                "principal ID. If you are creating this principal and then immediately assigning a "
                "role, this error might be related to a replication delay. In this case, set the "
                "role assignment principalType property to a value, such as ServicePrincipal, User, "
                "or Group.  See https://aka.ms/docs-principaltype")
                .arg(QString(principalId).remove(u'-'), tenant));
    for (const ArmResource *a : m_ctx.world.roleAssignments()) {
        const Json &ap = a->body["properties"];
        if (a->id.compare(id, Qt::CaseInsensitive) != 0
            && str(ap, "scope").compare(scope, Qt::CaseInsensitive) == 0
            && str(ap, "principalId").compare(principalId, Qt::CaseInsensitive) == 0
            && str(ap, "roleDefinitionId").section(u'/', -1).compare(role->id, Qt::CaseInsensitive) == 0)
            return errors::arm(409, QStringLiteral("RoleAssignmentExists"),
                               QStringLiteral("The role assignment already exists."));
    }
    const bool created = existing == nullptr;
    if (existing
        && str(existing->body["properties"], "principalId").compare(principalId, Qt::CaseInsensitive) != 0)
        return errors::arm(
            400, QStringLiteral("RoleAssignmentUpdateNotPermitted"),
            QStringLiteral(
                "Tenant ID, application ID, principal ID, and scope are not allowed to be updated."));
    const QString principalType = str(p, "principalType", QStringLiteral("User"));
    ArmResource &r
        = arm::assignRole(m_ctx.world, scope, role->id, principalId, principalType, call.caller.objectId);
    if (r.id.compare(id, Qt::CaseInsensitive) != 0) {
        // Keep the caller's name for the assignment (assignRole derives one).
        ArmResource copy = r;
        arm::remove(m_ctx.world, r.id);
        copy.id = id;
        copy.body["id"] = s(id);
        copy.body["name"] = s(name);
        m_ctx.world.resources[id.toLower()] = copy;
    }
    ArmResource *stored = m_ctx.world.resource(id);
    if (p.contains("description"))
        stored->body["properties"]["description"] = p["description"];
    return Response::json(created ? 201 : 200, bytes(stored->body));
}

Response ArmService::roleAssignmentList(Call &call, const QString &scope)
{
    const QString type = QStringLiteral("Microsoft.Authorization/roleAssignments");
    if (auto bad = checkApiVersion(call, type))
        return *bad;
    if (call.request.method != "GET")
        return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                           QStringLiteral("Only GET lists role assignments."));
    if (auto denied = authorize(call, QStringLiteral("Microsoft.Authorization/roleAssignments/read"), scope))
        return *denied;
    const QString filter = call.request.query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    QString principal;
    static const QRegularExpression principalFilter(QStringLiteral("principalId\\s+eq\\s+'([^']+)'"),
                                                    QRegularExpression::CaseInsensitiveOption);
    if (const auto m = principalFilter.match(filter); m.hasMatch())
        principal = m.captured(1);
    const bool atScope = filter.contains(QLatin1StringView("atScope()"), Qt::CaseInsensitive);
    const QString target = scope.toLower();
    std::vector<Json> items;
    for (const ArmResource *a : m_ctx.world.roleAssignments()) {
        const QString aScope = str(a->body["properties"], "scope").toLower();
        const bool above
            = target == aScope || (target.startsWith(aScope) && target.at(aScope.size()) == u'/');
        const bool below = aScope.startsWith(target + u'/');
        if (!(above || (!atScope && below)))
            continue;
        if (!principal.isEmpty()
            && str(a->body["properties"], "principalId").compare(principal, Qt::CaseInsensitive) != 0)
            continue;
        items.push_back(a->body);
    }
    // Small pages, and one empty page that still carries a nextLink, so clients must follow links.
    constexpr size_t PageSize = 2;
    const QString token = call.request.query.queryItemValue(QStringLiteral("$skipToken"));
    size_t start = 0;
    bool emptyPage = false;
    if (token.startsWith(u'e')) {
        emptyPage = true;
        start = token.mid(1).toULongLong();
    } else if (token.startsWith(u'p')) {
        start = token.mid(1).toULongLong();
    }
    Json value = Json::array();
    size_t next = start;
    if (!emptyPage) {
        for (; next < items.size() && next < start + PageSize; ++next)
            value.push_back(items[next]);
    }
    Json body = {{"value", value}};
    if (next < items.size()) {
        QUrlQuery q(call.request.query);
        q.removeAllQueryItems(QStringLiteral("$skipToken"));
        q.addQueryItem(QStringLiteral("$skipToken"),
                       (start == 0 && !emptyPage ? QStringLiteral("e") : QStringLiteral("p"))
                           + QString::number(next));
        body["nextLink"] = s(
            absolute(call.request.path + u'?' + q.toString(QUrl::FullyEncoded)).toString(QUrl::FullyEncoded));
    }
    return Response::json(200, bytes(body));
}

Response ArmService::keyVaultNameCheck(Call &call)
{
    if (call.request.method != "POST")
        return errors::arm(405, QStringLiteral("MethodNotAllowed"),
                           QStringLiteral("checkNameAvailability is a POST."));
    const auto body = parseJson(call.request.body);
    const QString name = body ? str(*body, "name") : QString();
    ParseError error;
    if (!Names::validateVaultName(name, &error))
        return Response::json(200,
                              bytes(Json {{"nameAvailable", false},
                                          {"reason", "AccountNameInvalid"},
                                          {"message", s(error.message)}}));
    for (const auto &[key, r] : m_ctx.world.resources) {
        if (r.type == QLatin1StringView("Microsoft.KeyVault/vaults")
            && str(r.body, "name").compare(name, Qt::CaseInsensitive) == 0)
            return Response::json(
                200,
                bytes(Json {{"nameAvailable", false},
                            {"reason", "AlreadyExists"},
                            {"message",
                             s(QStringLiteral("The vault name '%1' is already in use. Vault names are "
                                              "globally unique so it is possible that the name is "
                                              "already taken.")
                                   .arg(name))}}));
    }
    m_ctx.world.purgeExpired();
    if (m_ctx.world.deletedVaults.count(name.toLower()))
        return Response::json(
            200,
            bytes(Json {
                {"nameAvailable", false},
                {"reason", "AlreadyExists"},
                {"message",
                 s(QStringLiteral("The vault name '%1' is already in use. Vault names are globally unique so "
                                  "it is possible that the name is already taken. If you are sure that the "
                                  "vault name was not taken then it is possible that a vault with the same "
                                  "name was recently deleted but not purged after being placed in a "
                                  "recoverable state. If the vault is in a recoverable state then the vault "
                                  "will need to be purged before reusing the name.")
                       .arg(name))}}));
    return Response::json(200, bytes(Json {{"nameAvailable", true}}));
}

Response ArmService::collection(Call &call, const QString &parentId, const QString &childType)
{
    const auto parent = ResourceId::parse(parentId);
    QString type = parent->level() == ResourceId::Level::Provider
        ? parent->providerNamespace() + u'/' + childType
        : parent->resourceType() + u'/' + childType;
    if (parent->level() == ResourceId::Level::ResourceGroup
        || parent->level() == ResourceId::Level::Subscription)
        return errors::arm(404, QStringLiteral("NotFound"),
                           QStringLiteral("The requested path '%1' is not found.").arg(call.path));
    const QString canonical = canonicalType(type);
    if (canonical.isEmpty())
        return errors::arm(
            400, QStringLiteral("InvalidResourceType"),
            QStringLiteral(
                "The resource type '%1' could not be found in the namespace '%2' for api version '%3'.")
                .arg(type.section(u'/', 1), type.section(u'/', 0, 0), call.apiVersion));
    if (auto bad = checkApiVersion(call, canonical))
        return *bad;
    const QString scope
        = parent->level() == ResourceId::Level::Provider ? parentId.section(u'/', 0, -3) : parentId;
    if (parent->level() == ResourceId::Level::Provider && !parent->resourceGroup().isEmpty()
        && !m_ctx.world.resource(parentId.section(u'/', 0, -3)))
        return errors::arm(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(parent->resourceGroup()));
    if (auto denied = authorize(call, canonical + QStringLiteral("/read"), scope))
        return *denied;
    Json value = Json::array();
    const QString prefix = scope.toLower() + u'/';
    for (auto &[key, r] : m_ctx.world.resources) {
        if (r.type == canonical && key.startsWith(prefix))
            value.push_back(view(r));
    }
    return Response::json(200, bytes(Json {{"value", value}}));
}

} // namespace cmk::sandbox
