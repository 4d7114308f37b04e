#include "status/statusreport.h"

#include "util/json.h"

namespace cmk::status {

namespace {

using cmk::json::Json;

std::string u8(const QString &text)
{
    return text.toStdString();
}

Json optionalBool(const std::optional<bool> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json time(const QDateTime &value)
{
    return value.isValid() ? Json(u8(value.toUTC().toString(Qt::ISODateWithMs))) : Json(nullptr);
}

Json strings(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(u8(s));
    return out;
}

QString text(const Json &object, std::string_view key)
{
    return cmk::json::text(object, key);
}

std::optional<bool> optionalBoolAt(const Json &object, std::string_view key)
{
    const Json *value = cmk::json::member(object, key);
    return value && value->is_boolean() ? std::optional<bool>(value->get<bool>()) : std::nullopt;
}

QDateTime timeAt(const Json &object, std::string_view key)
{
    return QDateTime::fromString(text(object, key), Qt::ISODateWithMs);
}

int intAt(const Json &object, std::string_view key, int fallback)
{
    const Json *value = cmk::json::member(object, key);
    return value && value->is_number_integer() ? value->get<int>() : fallback;
}

const Json &objectAt(const Json &object, std::string_view key)
{
    static const Json none = Json::object();
    const Json *value = cmk::json::member(object, key);
    return value && value->is_object() ? *value : none;
}

Json rowJson(const EnvironmentStatus &r)
{
    Json row = {{"id", u8(r.id)},
                {"displayName", u8(r.displayName)},
                {"sku", u8(r.sku)},
                {"location", u8(r.location)},
                {"azureRegion", u8(r.azureRegion)},
                {"isDefault", r.isDefault},
                {"hasDataverse", r.hasDataverse},
                {"isManaged", r.isManaged},
                {"financeAndOperations", r.financeAndOperations},
                {"powerPlatformIntegration", r.powerPlatformIntegration},
                {"state", u8(stateCode(r.state))},
                {"eligibility", r.eligibility.isEmpty() ? Json(nullptr) : Json(u8(r.eligibility))},
                {"protection", u8(protectionCode(r.protection))},
                {"diagnosis", u8(r.diagnosis)},
                {"nextAction", u8(r.nextAction)},
                {"lastOperation", r.lastOperation.isEmpty() ? Json(nullptr) : Json(u8(r.lastOperation))}};
    if (r.policyId.isEmpty()) {
        row["policy"] = nullptr;
        row["key"] = nullptr;
    } else {
        row["policy"]
            = {{"id", u8(r.policyId)},
               {"name", u8(r.policyName)},
               {"systemId", u8(r.policySystemId)},
               {"location", u8(r.policyLocation)},
               {"exists", optionalBool(r.policyExists)},
               {"linkStatus", u8(r.linkStatus)},
               {"encryptionPercent", r.encryptionPercent >= 0 ? Json(r.encryptionPercent) : Json()}};
        const KeyHealth &k = r.key;
        row["key"] = {{"url", u8(k.keyUrl)},
                      {"vaultId", u8(k.vaultId)},
                      {"name", u8(k.keyName)},
                      {"version", u8(k.keyVersion)},
                      {"vaultExists", optionalBool(k.vaultExists)},
                      {"exists", optionalBool(k.keyExists)},
                      {"enabled", optionalBool(k.enabled)},
                      {"notBefore", time(k.notBefore)},
                      {"expires", time(k.expires)},
                      {"expiresWithin30Days", optionalBool(k.expiresWithin30Days)},
                      {"accessModel", k.accessModel.isEmpty() ? Json(nullptr) : Json(u8(k.accessModel))},
                      {"identityPrincipalId", u8(k.identityPrincipalId)},
                      {"identityCanGet", optionalBool(k.identityCanGet)},
                      {"identityCanWrapKey", optionalBool(k.identityCanWrapKey)},
                      {"identityCanUnwrapKey", optionalBool(k.identityCanUnwrapKey)},
                      {"trustedServicesAllowed", optionalBool(k.trustedServicesAllowed)},
                      {"softDelete", optionalBool(k.softDelete)},
                      {"purgeProtection", optionalBool(k.purgeProtection)},
                      {"unknown", strings(k.unknown)}};
    }
    if (!r.locked) {
        row["lock"] = nullptr;
    } else {
        row["lock"] = {{"reason", u8(r.lockReason)},
                       {"reasonSource", r.lockReasonFromService ? "service" : "derived"},
                       {"lockedSince", time(r.lockedSince)},
                       {"deletionTime", time(r.deletionTime)},
                       {"deletionTimeSource",
                        !r.deletionTime.isValid()       ? Json(nullptr)
                            : r.deletionTimeFromService ? Json("service")
                                                        : Json("computed")},
                       {"daysLeft", r.daysLeft ? Json(*r.daysLeft) : Json(nullptr)},
                       {"accessRestored", r.accessRestored}};
    }
    return row;
}

std::optional<EnvironmentStatus> readRow(const Json &row, QString *why)
{
    EnvironmentStatus r;
    r.id = text(row, "id");
    const auto state = stateFromCode(text(row, "state"));
    const auto protection = protectionFromCode(text(row, "protection"));
    if (r.id.isEmpty() || !state || !protection) {
        *why = StatusReport::tr("an environment without a valid id, state or protection");
        return std::nullopt;
    }
    r.state = *state;
    r.protection = *protection;
    r.displayName = text(row, "displayName");
    r.sku = text(row, "sku");
    r.location = text(row, "location");
    r.azureRegion = text(row, "azureRegion");
    r.isDefault = cmk::json::boolean(row, "isDefault");
    r.hasDataverse = cmk::json::boolean(row, "hasDataverse");
    r.isManaged = cmk::json::boolean(row, "isManaged");
    r.financeAndOperations = cmk::json::boolean(row, "financeAndOperations");
    r.powerPlatformIntegration = cmk::json::boolean(row, "powerPlatformIntegration");
    r.eligibility = text(row, "eligibility");
    r.diagnosis = text(row, "diagnosis");
    r.nextAction = text(row, "nextAction");
    r.lastOperation = text(row, "lastOperation");
    const Json &policy = objectAt(row, "policy");
    r.policyId = text(policy, "id");
    r.policyName = text(policy, "name");
    r.policySystemId = text(policy, "systemId");
    r.policyLocation = text(policy, "location");
    r.policyExists = optionalBoolAt(policy, "exists");
    r.linkStatus = text(policy, "linkStatus");
    r.encryptionPercent = intAt(policy, "encryptionPercent", -1);
    const Json &key = objectAt(row, "key");
    KeyHealth &k = r.key;
    k.keyUrl = text(key, "url");
    k.vaultId = text(key, "vaultId");
    k.keyName = text(key, "name");
    k.keyVersion = text(key, "version");
    k.vaultExists = optionalBoolAt(key, "vaultExists");
    k.keyExists = optionalBoolAt(key, "exists");
    k.enabled = optionalBoolAt(key, "enabled");
    k.notBefore = timeAt(key, "notBefore");
    k.expires = timeAt(key, "expires");
    k.expiresWithin30Days = optionalBoolAt(key, "expiresWithin30Days");
    k.accessModel = text(key, "accessModel");
    k.identityPrincipalId = text(key, "identityPrincipalId");
    k.identityCanGet = optionalBoolAt(key, "identityCanGet");
    k.identityCanWrapKey = optionalBoolAt(key, "identityCanWrapKey");
    k.identityCanUnwrapKey = optionalBoolAt(key, "identityCanUnwrapKey");
    k.trustedServicesAllowed = optionalBoolAt(key, "trustedServicesAllowed");
    k.softDelete = optionalBoolAt(key, "softDelete");
    k.purgeProtection = optionalBoolAt(key, "purgeProtection");
    k.unknown = cmk::json::texts(key, "unknown");
    const Json *lock = cmk::json::member(row, "lock");
    r.locked = lock && lock->is_object();
    if (r.locked) {
        r.lockReason = text(*lock, "reason");
        r.lockReasonFromService = text(*lock, "reasonSource") == QLatin1StringView("service");
        r.lockedSince = timeAt(*lock, "lockedSince");
        r.deletionTime = timeAt(*lock, "deletionTime");
        r.deletionTimeFromService = text(*lock, "deletionTimeSource") == QLatin1StringView("service");
        const Json *days = cmk::json::member(*lock, "daysLeft");
        if (days && days->is_number_integer())
            r.daysLeft = days->get<int>();
        r.accessRestored = cmk::json::boolean(*lock, "accessRestored");
    }
    return r;
}

} // namespace

StatusSummary StatusReport::summary() const
{
    StatusSummary s;
    s.total = int(rows.size());
    s.problems = int(problems.size());
    for (State state : allStates())
        s.byState.insert(stateCode(state), 0);
    for (const EnvironmentStatus &r : rows) {
        ++s.byState[stateCode(r.state)];
        if (r.locked && r.isProduction()) {
            ++s.lockedProduction;
            if (r.daysLeft && *r.daysLeft <= 7)
                ++s.deletionWithin7Days;
        }
    }
    return s;
}

const EnvironmentStatus *StatusReport::row(const QString &id) const
{
    for (const EnvironmentStatus &r : rows) {
        if (r.id.compare(id, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

QByteArray StatusReport::toJson() const
{
    const StatusSummary s = summary();
    Json byState = Json::object();
    for (auto it = s.byState.constBegin(); it != s.byState.constEnd(); ++it)
        byState[u8(it.key())] = it.value();
    Json environments = Json::array();
    for (const EnvironmentStatus &r : rows)
        environments.push_back(rowJson(r));
    Json problemList = Json::array();
    for (const StatusProblem &p : problems)
        problemList.push_back({{"kind", u8(p.kind)},
                               {"resource", u8(p.resource)},
                               {"service", u8(p.service)},
                               {"httpStatus", p.httpStatus},
                               {"code", u8(p.code)},
                               {"message", u8(p.message)},
                               {"requestId", u8(p.requestId)},
                               {"summary", u8(p.summary)},
                               {"affectedEnvironments", p.affectedEnvironments}});
    Json doc = {{"format", "cmk-status"},
                {"version", SchemaVersion},
                {"tenantId", u8(tenantId)},
                {"generatedAt", time(generatedAt)},
                {"asOf", time(asOf)},
                {"complete", complete},
                {"summary",
                 {{"total", s.total},
                  {"byState", byState},
                  {"lockedProduction", s.lockedProduction},
                  {"deletionWithin7Days", s.deletionWithin7Days},
                  {"problems", s.problems}}},
                {"problems", problemList}};
    // Moved in, not copied: 10,000 environments are tens of megabytes as a JSON tree.
    doc["environments"] = std::move(environments);
    return QByteArray::fromStdString(doc.dump(2));
}

std::optional<StatusReport> StatusReport::fromJson(const QByteArray &data, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<StatusReport> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const Json doc = cmk::json::parse(data);
    if (!doc.is_object())
        return fail(tr("The status report is not a JSON object."));
    if (text(doc, "format") != QLatin1StringView("cmk-status"))
        return fail(tr("The file is not a CMK Wizard status report (\"format\" is not \"cmk-status\")."));
    const int version = intAt(doc, "version", 0);
    if (version < 1 || version > SchemaVersion)
        //: %1 is the file's version, %2 the newest this build reads
        return fail(tr("The status report has version %1; this CMK Wizard reads versions 1 to %2.")
                        .arg(version)
                        .arg(SchemaVersion));
    StatusReport report;
    report.tenantId = text(doc, "tenantId");
    report.generatedAt = timeAt(doc, "generatedAt");
    report.asOf = timeAt(doc, "asOf");
    report.complete = cmk::json::boolean(doc, "complete");
    const Json *environments = cmk::json::member(doc, "environments");
    if (!environments || !environments->is_array())
        return fail(tr("The status report has no \"environments\" list."));
    for (const Json &row : *environments) {
        QString why;
        auto r = readRow(row, &why);
        if (!r)
            return fail(tr("The status report has %1.").arg(why));
        report.rows.append(std::move(*r));
    }
    const Json *problemList = cmk::json::member(doc, "problems");
    if (problemList && problemList->is_array()) {
        for (const Json &p : *problemList) {
            StatusProblem problem;
            problem.kind = text(p, "kind");
            problem.resource = text(p, "resource");
            problem.service = text(p, "service");
            problem.httpStatus = intAt(p, "httpStatus", 0);
            problem.code = text(p, "code");
            problem.message = text(p, "message");
            problem.requestId = text(p, "requestId");
            problem.summary = text(p, "summary");
            problem.affectedEnvironments = intAt(p, "affectedEnvironments", 0);
            report.problems.append(problem);
        }
    }
    return report;
}

} // namespace cmk::status
