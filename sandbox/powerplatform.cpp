#include "powerplatform.h"

#include "keyaccess.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace cmk::sandbox {

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 LockedProductionLifetime = 28 * Day; // seed 003

/// The short geography name BAP shows in `properties.cluster.geoShortName`.
QString geoShortName(const QString &location)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("unitedstates"), QStringLiteral("NA")},
        {QStringLiteral("europe"), QStringLiteral("EU")},
        {QStringLiteral("asia"), QStringLiteral("AS")},
        {QStringLiteral("australia"), QStringLiteral("OC")},
        {QStringLiteral("unitedkingdom"), QStringLiteral("GB")},
        {QStringLiteral("canada"), QStringLiteral("CA")},
        {QStringLiteral("india"), QStringLiteral("IN")},
        {QStringLiteral("japan"), QStringLiteral("JP")},
    };
    return names.value(location, location.left(2).toUpper());
}

qint64 encryptionDuration(const Environment &e)
{
    if (e.sku == QLatin1StringView("Production") || e.sku == QLatin1StringView("Default"))
        return 30 * Hour;
    return 4 * Hour;
}

} // namespace

PowerPlatformService::PowerPlatformService(Context &context)
    : m_ctx(context)
{
}

QString PowerPlatformService::apiUrl(const QString &path) const
{
    QString base = m_ctx.origin(Service::PowerPlatform).toString();
    base.chop(1);
    return base + path;
}

void PowerPlatformService::settle()
{
    const qint64 now = m_ctx.world.clock.nowMs();
    for (auto &[id, op] : m_ctx.world.platformOperations) {
        if (op.doneMs > now)
            continue;
        Environment *e = m_ctx.world.environment(op.environmentId);
        if (!e || e->activeOperation != op.id)
            continue;
        e->activeOperation.clear();
        e->lastOperation = op.type;
        if (op.finalState != QLatin1StringView("Succeeded")) {
            e->linkStatus
                = e->linkStatus == QLatin1StringView("Linking") ? QString() : QStringLiteral("Linked");
            continue;
        }
        if (op.type == QLatin1StringView("LinkEnterprisePolicy")) {
            e->linkStatus = QStringLiteral("Linked");
            e->byok = false;
        } else {
            e->linkStatus.clear();
            e->policyKey.clear();
            e->locked = false;
            e->lockReason.clear();
        }
    }
}

void PowerPlatformService::refreshLocks()
{
    settle();
    const qint64 now = m_ctx.world.clock.nowMs();
    QHash<QString, QString> problems; // per policy, computed once
    std::vector<QString> expired;
    for (Environment &e : m_ctx.world.environments) {
        if (e.policyKey.isEmpty())
            continue;
        if (!problems.contains(e.policyKey)) {
            ArmResource *policy = m_ctx.world.resource(e.policyKey);
            if (!policy) {
                problems.insert(e.policyKey, QStringLiteral("PolicyDeleted"));
            } else {
                const Json &kv = policy->body["properties"]["encryption"]["keyVault"];
                problems.insert(
                    e.policyKey,
                    keyProblem(m_ctx.world, str(kv, "id"), str(kv["key"], "name"), str(kv["key"], "version"),
                               str(policy->body["identity"], "systemAssignedIdentityPrincipalId")));
            }
        }
        const QString problem = problems.value(e.policyKey);
        if (!problem.isEmpty() && !e.locked && e.linkStatus != QLatin1StringView("Unlinking")) {
            e.locked = true;
            e.lockedSinceMs = now;
            e.lockReason = problem;
            e.accessRestored = false;
            e.supportUnlockRecorded = false;
        } else if (!problem.isEmpty() && e.locked) {
            e.lockReason = problem;
            e.accessRestored = false;
        } else if (problem.isEmpty() && e.locked) {
            e.accessRestored = true;
            if (e.supportUnlockRecorded) {
                e.locked = false;
                e.lockReason.clear();
                e.accessRestored = false;
                e.supportUnlockRecorded = false;
            }
        }
        if (e.locked && e.sku == QLatin1StringView("Production")
            && now >= e.lockedSinceMs + LockedProductionLifetime)
            expired.push_back(e.id);
    }
    if (!expired.empty()) {
        std::vector<Environment> kept;
        for (Environment &e : m_ctx.world.environments) {
            if (std::find(expired.begin(), expired.end(), e.id) == expired.end())
                kept.push_back(std::move(e));
        }
        m_ctx.world.environments = std::move(kept);
        m_ctx.world.environmentIndex.clear();
        for (size_t i = 0; i < m_ctx.world.environments.size(); ++i)
            m_ctx.world.environmentIndex.insert(m_ctx.world.environments[i].id.toLower(), qsizetype(i));
    }
}

Json PowerPlatformService::environmentJson(const Environment &e) const
{
    const qint64 now = m_ctx.world.clock.nowMs();
    const bool runtimeDisabled = e.locked;
    Json properties = {
        {"tenantId", s(e.tenantId)},
        {"azureRegion", s(e.azureRegion)},
        {"displayName", s(e.displayName)},
        {"createdTime", s(SimClock::iso(e.createdMs))},
        {"provisioningState", "Succeeded"},
        {"environmentSku", s(e.sku)},
        {"isDefault", e.sku == QLatin1StringView("Default")},
        {"databaseType", e.dataverse ? "CommonDataService" : "None"},
        {"states",
         {{"management", {{"id", "Ready"}}},
          {"runtime",
           {{"id", runtimeDisabled ? "Disabled" : "Enabled"},
            {"runtimeReasonCode", runtimeDisabled ? "CustomerManagedKeyNotAccessible" : "NotSpecified"},
            {"requestedBy", {{"displayName", "SYSTEM"}, {"type", "NotSpecified"}}}}}}},
        {"protectionStatus",
         {{"keyManagedBy",
           (!e.policyKey.isEmpty() && e.linkStatus == QLatin1StringView("Linked")) ? "Customer"
                                                                                   : "Microsoft"}}},
        {"cluster",
         {{"category", "Prod"}, {"geoShortName", s(geoShortName(e.location))}, {"environment", "Prod"}}},
        {"governanceConfiguration", {{"protectionLevel", e.managed ? "Standard" : "Basic"}}},
    };
    if (e.dataverse) {
        const QString domain
            = e.displayName.toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        // The Dataverse organization's id: stable per environment.
        const QString organization
            = QUuid::createUuidV5(QUuid(QStringLiteral("9c1f6f2e-2f59-4d34-9b7e-7f1f4b3a0d11")),
                                  e.id.toLower())
                  .toString(QUuid::WithoutBraces);
        properties["linkedEnvironmentMetadata"]
            = {{"type", "Dynamics365Instance"},
               {"resourceId", s(organization)},
               {"domainName", s(domain)},
               {"instanceUrl", s(QStringLiteral("https://%1.crm.dynamics.com/").arg(domain))},
               {"instanceState", "Ready"},
               {"version", "9.2.0.0"}};
    }
    if (e.financeAndOperations)
        properties["financeAndOperations"] = {{"powerPlatformIntegration", e.powerPlatformIntegration}};
    if (e.byok)
        properties["protectionStatus"]["keyManagedBy"] = "CustomerBringYourOwnKey";
    Json policies = Json::object();
    if (!e.policyKey.isEmpty()) {
        const ArmResource *policy = const_cast<World &>(m_ctx.world).resource(e.policyKey);
        const QString systemId = policy ? str(policy->body["properties"], "systemId") : QString();
        policies["customerManagedKeys"]
            = {{"policyId", s(systemId.section(u'/', -1))},
               {"location", s(policy ? str(policy->body, "location") : e.location)},
               {"id", s(policy ? policy->id : e.policyKey)},
               {"systemId", s(systemId)},
               {"linkStatus", s(e.linkStatus)}};
        if (e.linkStatus == QLatin1StringView("Linking") && e.encryptionDoneMs > e.encryptionStartMs)
            policies["customerManagedKeys"]["encryptionPercentComplete"] = std::clamp<qint64>(
                (now - e.encryptionStartMs) * 100 / (e.encryptionDoneMs - e.encryptionStartMs), 0, 99);
    }
    properties["enterprisePolicies"] = policies;
    if (e.locked) {
        Json lock = {{"reason", s(e.lockReason)},
                     {"lockedSince", s(SimClock::iso(e.lockedSinceMs))},
                     {"accessRestored", e.accessRestored},
                     {"supportUnlockRecorded", e.supportUnlockRecorded}};
        if (e.sku == QLatin1StringView("Production"))
            lock["scheduledDeletionTime"] = s(SimClock::iso(e.lockedSinceMs + LockedProductionLifetime));
        properties["customerManagedKeyLock"] = lock;
    }
    if (!e.lastOperation.isEmpty())
        properties["lastLifecycleOperation"] = {{"type", s(e.lastOperation)}};
    return Json {
        {"id",
         s(QStringLiteral("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/") + e.id)},
        {"type", "Microsoft.BusinessAppPlatform/scopes/environments"},
        {"location", s(e.location)},
        {"name", s(e.id)},
        {"properties", properties}};
}

Response PowerPlatformService::handle(const Request &request, RequestLogEntry *entry)
{
    Response authError;
    const auto caller = m_ctx.authenticate(request, Service::PowerPlatform, &authError);
    if (!caller)
        return authError;
    entry->tenantId = caller->tenantId;
    entry->callerObjectId = caller->objectId;
    // Writes refresh at once (Sandbox calls refreshLocks()); reads pick up what time alone
    // changes (operations ending, keys expiring, deletion deadlines) at most every 200 ms.
    if (m_refreshTimer.isValid() == false || m_refreshTimer.hasExpired(200) || m_ctx.world.clockMoved) {
        refreshLocks();
        m_ctx.world.clockMoved = false;
        m_refreshTimer.start();
    }
    const QStringList &seg = request.segments;
    const QString apiVersion = request.query.queryItemValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return errors::powerPlatform(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    static const QStringList versions {
        QStringLiteral("2023-06-01"), QStringLiteral("2022-05-01"), QStringLiteral("2021-04-01"),
        QStringLiteral("2020-10-01"), QStringLiteral("2020-08-01"), QStringLiteral("2019-10-01"),
        QStringLiteral("2018-10-01"), QStringLiteral("2016-11-01"), QStringLiteral("2024-05-01")};
    if (!versions.contains(apiVersion))
        return errors::powerPlatform(
            400, QStringLiteral("InvalidApiVersionParameter"),
            QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                .arg(apiVersion, versions.join(u',')));
    if (seg.size() < 3 || !ieq(seg.at(0), QLatin1StringView("providers"))
        || !ieq(seg.at(1), QLatin1StringView("Microsoft.BusinessAppPlatform")))
        return errors::powerPlatform(404, QStringLiteral("NotFound"),
                                     QStringLiteral("The requested path is not found."));
    const bool admin = caller->hasDirectoryRole(DirectoryRole::PowerPlatformAdministrator)
        || caller->hasDirectoryRole(DirectoryRole::Dynamics365Administrator)
        || caller->hasDirectoryRole(DirectoryRole::GlobalAdministrator)
        || caller->hasDirectoryRole(DirectoryRole::GlobalReader);
    const bool writer = caller->hasDirectoryRole(DirectoryRole::PowerPlatformAdministrator)
        || caller->hasDirectoryRole(DirectoryRole::Dynamics365Administrator)
        || caller->hasDirectoryRole(DirectoryRole::GlobalAdministrator);
    const Response notAdmin = errors::powerPlatform(
        403, QStringLiteral("Forbidden"),
        QStringLiteral(
            "The caller %1 needs the Power Platform administrator, Dynamics 365 administrator or Global "
            "administrator role for this operation.")
            .arg(caller->upn.isEmpty() ? caller->objectId : caller->upn));

    // Operations.
    if (ieq(seg.at(2), QLatin1StringView("operations")) && seg.size() == 4 && request.method == "GET")
        return operation(request, seg.at(3), false);
    if (ieq(seg.at(2), QLatin1StringView("lifecycleOperations")) && seg.size() == 4
        && request.method == "GET")
        return operation(request, seg.at(3), true);

    // Environments: /scopes/admin/environments[/{id}] or /environments/{id}[/enterprisePolicies/{type}/{op}].
    qsizetype at = -1;
    if (seg.size() >= 5 && ieq(seg.at(2), QLatin1StringView("scopes"))
        && ieq(seg.at(3), QLatin1StringView("admin")) && ieq(seg.at(4), QLatin1StringView("environments")))
        at = 5;
    else if (ieq(seg.at(2), QLatin1StringView("environments")))
        at = 3;
    if (at < 0)
        return errors::powerPlatform(404, QStringLiteral("NotFound"),
                                     QStringLiteral("The requested path is not found."));
    if (!admin)
        return notAdmin;
    if (seg.size() == at) {
        if (request.method != "GET")
            return errors::powerPlatform(405, QStringLiteral("MethodNotAllowed"),
                                         QStringLiteral("Only GET lists environments."));
        bool ok = true;
        const int top = request.query.hasQueryItem(QStringLiteral("$top"))
            ? request.query.queryItemValue(QStringLiteral("$top")).toInt(&ok)
            : 500;
        if (!ok || top < 1 || top > 1000)
            return errors::powerPlatform(400, QStringLiteral("InvalidQueryParameter"),
                                         QStringLiteral("$top must be from 1 to 1000."));
        const size_t start = request.query.queryItemValue(QStringLiteral("$skiptoken")).toULongLong();
        Json value = Json::array();
        size_t seen = 0, i = start;
        std::vector<const Environment *> mine;
        for (const Environment &e : m_ctx.world.environments) {
            if (e.tenantId == caller->tenantId)
                mine.push_back(&e);
        }
        for (; i < mine.size() && seen < size_t(top); ++i, ++seen)
            value.push_back(environmentJson(*mine[i]));
        Json body = {{"value", value}};
        if (i < mine.size()) {
            QUrlQuery q(request.query);
            q.removeAllQueryItems(QStringLiteral("$skiptoken"));
            q.addQueryItem(QStringLiteral("$skiptoken"), QString::number(i));
            body["nextLink"] = s(apiUrl(request.path + u'?' + q.toString(QUrl::FullyEncoded)));
        }
        return Response::json(200, bytes(body));
    }
    Environment *e = m_ctx.world.environment(seg.at(at));
    if (!e || e->tenantId != caller->tenantId)
        return errors::powerPlatform(
            404, QStringLiteral("EnvironmentNotFound"),
            QStringLiteral("The environment '%1' could not be found in the tenant '%2'.")
                .arg(seg.at(at), caller->tenantId));
    if (seg.size() == at + 1) {
        if (request.method != "GET")
            return errors::powerPlatform(405, QStringLiteral("MethodNotAllowed"),
                                         QStringLiteral("Only GET reads an environment."));
        return Response::json(200, bytes(environmentJson(*e)));
    }
    if (seg.size() == at + 4 && ieq(seg.at(at + 1), QLatin1StringView("enterprisePolicies"))
        && request.method == "POST") {
        if (!writer)
            return notAdmin;
        if (!ieq(seg.at(at + 2), QLatin1StringView("Encryption")))
            return errors::powerPlatform(
                400, QStringLiteral("UnsupportedPolicyType"),
                QStringLiteral("The sandbox links Encryption policies only, not '%1'.").arg(seg.at(at + 2)));
        if (ieq(seg.at(at + 3), QLatin1StringView("link")))
            return link(request, *caller, *e, true);
        if (ieq(seg.at(at + 3), QLatin1StringView("unlink")))
            return link(request, *caller, *e, false);
    }
    return errors::powerPlatform(404, QStringLiteral("NotFound"),
                                 QStringLiteral("The requested path is not found."));
}

Response PowerPlatformService::link(const Request &request, const Principal &caller, Environment &e,
                                    bool linking)
{
    const auto body = parseJson(request.body);
    const Json *systemIdValue = body ? findInsensitive(*body, "SystemId") : nullptr;
    const QString systemId
        = systemIdValue && systemIdValue->is_string() ? qs(systemIdValue->get<std::string>()) : QString();
    if (systemId.isEmpty())
        return errors::powerPlatform(
            400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral(
                "The body must be {\"SystemId\": \"<the enterprise policy's properties.systemId>\"}."));
    ArmResource *policy = nullptr;
    for (auto &[key, r] : m_ctx.world.resources) {
        if (r.type == QLatin1StringView("Microsoft.PowerPlatform/enterprisePolicies")
            && str(r.body["properties"], "systemId").compare(systemId, Qt::CaseInsensitive) == 0)
            policy = &r;
    }
    if (!policy)
        return errors::powerPlatform(
            404, QStringLiteral("EnterprisePolicyNotFound"),
            QStringLiteral("No enterprise policy has the system id '%1'.").arg(systemId));
    if (!m_ctx.world.authorized(
            caller.objectId, QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies/read"), policy->id))
        return errors::powerPlatform(
            403, QStringLiteral("EnterprisePolicyAccessDenied"),
            QStringLiteral("The caller %1 does not have Reader (or more) on the enterprise policy %2. Ask "
                           "the key vault administrator to grant it.")
                .arg(caller.upn.isEmpty() ? caller.objectId : caller.upn, policy->id));
    if (!e.activeOperation.isEmpty())
        return errors::powerPlatform(
            409, QStringLiteral("OperationNotStartable"),
            QStringLiteral("Another lifecycle operation (%1) is running on environment %2. Wait until it "
                           "ends.")
                .arg(e.activeOperation, e.id));
    if (!linking) {
        if (e.policyKey != policy->id.toLower())
            return errors::powerPlatform(
                400, QStringLiteral("EnterprisePolicyNotLinked"),
                QStringLiteral("Environment %1 is not linked to the policy %2.").arg(e.id, policy->id));
    } else {
        if (str(policy->body, "kind") != QLatin1StringView("Encryption"))
            return errors::powerPlatform(
                400, QStringLiteral("InvalidPolicyKind"),
                QStringLiteral("The policy %1 is not an Encryption policy.").arg(policy->id));
        if (str(policy->body, "location") != e.location)
            return errors::powerPlatform(
                400, QStringLiteral("EnvironmentLocationMismatch"),
                QStringLiteral("The environment is in '%1' and the enterprise policy in '%2'; they must be "
                               "in the same location.")
                    .arg(e.location, str(policy->body, "location")));
        if (e.sku == QLatin1StringView("Trial") || e.sku == QLatin1StringView("Teams"))
            return errors::powerPlatform(
                400, QStringLiteral("EnvironmentTypeNotSupported"),
                QStringLiteral("%1 environments cannot use a customer-managed key.").arg(e.sku));
        if (!e.managed)
            return errors::powerPlatform(
                400, QStringLiteral("ManagedEnvironmentRequired"),
                QStringLiteral("Environment %1 must be a Managed Environment to use a customer-managed key.")
                    .arg(e.id));
        if (!e.dataverse)
            return errors::powerPlatform(
                400, QStringLiteral("DataverseRequired"),
                QStringLiteral("Environment %1 has no Dataverse database.").arg(e.id));
        if (e.financeAndOperations && !e.powerPlatformIntegration)
            return errors::powerPlatform(
                400, QStringLiteral("PowerPlatformIntegrationRequired"),
                QStringLiteral("The finance and operations environment %1 needs Power Platform integration "
                               "before it can use a customer-managed key.")
                    .arg(e.id));
        const Json &kv = policy->body["properties"]["encryption"]["keyVault"];
        const QString problem
            = keyProblem(m_ctx.world, str(kv, "id"), str(kv["key"], "name"), str(kv["key"], "version"),
                         str(policy->body["identity"], "systemAssignedIdentityPrincipalId"));
        if (!problem.isEmpty())
            return errors::powerPlatform(
                400, QStringLiteral("EnterprisePolicyKeyNotAccessible"),
                QStringLiteral("The policy's identity cannot use its key (%1). Grant it get, wrapKey and "
                               "unwrapKey on the key.")
                    .arg(problem));
    }
    const qint64 now = m_ctx.world.clock.nowMs();
    PlatformOperation op;
    op.id = m_ctx.world.newGuid();
    op.environmentId = e.id;
    op.type = linking ? QStringLiteral("LinkEnterprisePolicy") : QStringLiteral("UnlinkEnterprisePolicy");
    op.startMs = now;
    op.doneMs = now + encryptionDuration(e);
    if (m_ctx.world.failNextOperation) {
        op.finalState = QStringLiteral("Failed");
        op.errorMessage = QStringLiteral("The encryption operation failed (sandbox fault \"lro-failed\").");
    }
    op.requestedById = caller.objectId;
    op.requestedByName = caller.displayName.isEmpty() ? caller.upn : caller.displayName;
    m_ctx.world.platformOperations[op.id] = op;
    e.activeOperation = op.id;
    if (linking) {
        e.policyKey = policy->id.toLower();
        e.linkStatus = QStringLiteral("Linking");
        e.encryptionStartMs = op.startMs;
        e.encryptionDoneMs = op.doneMs;
    } else {
        e.linkStatus = QStringLiteral("Unlinking");
    }
    Response r = Response::json(202, bytes(Json {{"id", s(op.id)}}));
    r.setHeader(
        QByteArrayLiteral("operation-location"),
        apiUrl(QStringLiteral("/providers/Microsoft.BusinessAppPlatform/operations/%1?api-version=2019-10-01")
                   .arg(op.id))
            .toUtf8());
    r.setHeader(
        QByteArrayLiteral("Location"),
        apiUrl(QStringLiteral(
                   "/providers/Microsoft.BusinessAppPlatform/lifecycleOperations/%1?api-version=2023-06-01")
                   .arg(op.id))
            .toUtf8());
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return r;
}

Response PowerPlatformService::operation(const Request &request, const QString &id, bool lifecycleStyle)
{
    Q_UNUSED(request)
    const auto it = m_ctx.world.platformOperations.find(id);
    if (it == m_ctx.world.platformOperations.end())
        return errors::powerPlatform(404, QStringLiteral("OperationNotFound"),
                                     QStringLiteral("The operation '%1' was not found.").arg(id));
    const PlatformOperation &op = it->second;
    const qint64 now = m_ctx.world.clock.nowMs();
    const bool running = now < op.doneMs;
    const QString state = running ? QStringLiteral("Running") : op.finalState;
    Response r;
    if (!lifecycleStyle) {
        Json body = {{"id", s(op.id)}, {"state", {{"id", s(state)}}}};
        if (!running && op.finalState != QLatin1StringView("Succeeded"))
            body["error"] = {{"code", "OperationFailed"}, {"message", s(op.errorMessage)}};
        r = Response::json(200, bytes(body));
    } else {
        Json body
            = {{"id", s(op.id)},
               {"links",
                {{"self",
                  {{"path",
                    s(QStringLiteral("/providers/Microsoft.BusinessAppPlatform/lifecycleOperations/")
                      + op.id)}}},
                 {"environment",
                  {{"path",
                    s(QStringLiteral("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/")
                      + op.environmentId)}}}}},
               {"type", {{"id", s(op.type)}}},
               {"typeDisplayName",
                op.type == QLatin1StringView("LinkEnterprisePolicy") ? "Link enterprise policy"
                                                                     : "Unlink enterprise policy"},
               {"state", {{"id", s(state)}}},
               {"createdDateTime", s(SimClock::iso(op.startMs))},
               {"lastActionDateTime", s(SimClock::iso(qMin(now, op.doneMs)))},
               {"requestedBy",
                {{"id", s(op.requestedById)}, {"displayName", s(op.requestedByName)}, {"type", "User"}}},
               {"stages",
                Json::array({{{"id", "Encrypt"},
                              {"name", "Encrypt data"},
                              {"state", {{"id", s(state)}}},
                              {"firstActionDateTime", s(SimClock::iso(op.startMs))},
                              {"lastActionDateTime", s(SimClock::iso(qMin(now, op.doneMs)))}}})}};
        if (!running && op.finalState != QLatin1StringView("Succeeded"))
            body["error"] = {{"code", "OperationFailed"}, {"message", s(op.errorMessage)}};
        r = Response::json(200, bytes(body));
    }
    if (running)
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return r;
}

} // namespace cmk::sandbox
