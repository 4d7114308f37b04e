#include "tracks/powerplatform.h"

#include "services/armclient.h"
#include "services/graphclient.h"
#include "tracks/customergrant.h"
#include "tracks/docs.h"
#include "tracks/keys.h"
#include "tracks/stepkit.h"
#include "types/keyidentifier.h"
#include "types/names.h"
#include "types/region.h"
#include "util/json.h"
#include "workflow/handoff.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace cmk::tracks {

namespace {

using cmk::json::Json;
using http::ServiceError;
using kit::get;
using kit::input;
using kit::nativePath;
using kit::parsedAs;
using services::ArmClient;
using services::Reply;
using workflow::Handoff;
using workflow::InputSpec;
using workflow::Plan;
using workflow::PlannedCall;
using workflow::Side;
using workflow::StepRun;
using workflow::Values;

PlannedCall callWithBody(http::ServiceKind service, const QByteArray &method, const QUrl &url,
                         const Json &body, const QString &why)
{
    return kit::plannedCall(service, method, url, why, body);
}

const QUrl PowerPlatformCmkDocs(
    QStringLiteral("https://learn.microsoft.com/power-platform/admin/customer-managed-key"));
const QStringList CmkKeyPermissions {QStringLiteral("get"), QStringLiteral("wrapKey"),
                                     QStringLiteral("unwrapKey")};

bool usesAccessPolicies(const Values &values)
{
    return get(values, key::GrantKind) == QLatin1StringView("access-policy");
}

/// The roles that let a user read an enterprise policy (Reader or more).
bool readsPolicy(const QUuid &role)
{
    return role == services::BuiltInRole::Reader || role == services::BuiltInRole::Contributor
        || role == services::BuiltInRole::Owner;
}

Values policyValues(const services::EnterprisePolicy &policy)
{
    return {{key::PolicyId, policy.id.toString()},
            {key::PolicySystemId, policy.systemId},
            {key::PolicyPrincipalId, policy.principalId.toString()},
            {key::PolicyLocation, policy.location}};
}

Values handoffValues(const Values &values)
{
    Values out {{key::CustomerTenantId, get(values, key::CustomerTenantId)},
                {key::PolicyId, get(values, key::PolicyId)},
                {key::PolicySystemId, get(values, key::PolicySystemId)},
                {key::PolicyLocation, get(values, key::PolicyLocation)},
                {key::KeyUrl, get(values, key::KeyUrl)},
                {key::VaultId, get(values, key::VaultId)}};
    if (!get(values, key::PowerPlatformAdminUpn).isEmpty())
        out.insert(key::PowerPlatformAdminUpn, get(values, key::PowerPlatformAdminUpn));
    return out;
}

} // namespace

// ---- Shared ---------------------------------------------------------------------------------------------

std::optional<ResourceId> PowerPlatformStep::policyIdOf(const Values &values)
{
    if (const auto id = ResourceId::parse(get(values, key::PolicyId)))
        return id;
    return kit::customerResource(values, u"Microsoft.PowerPlatform", u"enterprisePolicies", key::PolicyName);
}

std::optional<ResourceId> PowerPlatformStep::vaultIdOf(const Values &values)
{
    if (const auto id = ResourceId::parse(get(values, key::VaultId)))
        return id;
    return kit::customerResource(values, u"Microsoft.KeyVault", u"vaults", key::VaultName);
}

InputSpec PowerPlatformStep::policyInput()
{
    return input(
        key::PolicyId, tr("Enterprise policy"),
        tr("The enterprise policy's resource ID, from the key vault administrator's hand-off: "
           "/subscriptions/…/resourceGroups/…/providers/Microsoft.PowerPlatform/enterprisePolicies/…"),
        true, [](const QString &value) -> std::optional<ParseError> {
            ParseError error;
            const auto id = ResourceId::parse(value, &error);
            if (!id)
                return error;
            if (id->resourceType().compare(QLatin1StringView("Microsoft.PowerPlatform/enterprisePolicies"),
                                           Qt::CaseInsensitive)
                != 0)
                return ParseError {ParseErrorCategory::UnknownValue,
                                   tr("%1 is a %2, not an enterprise policy "
                                      "(Microsoft.PowerPlatform/enterprisePolicies).")
                                       .arg(id->name(), id->resourceType())};
            return std::nullopt;
        });
}

void ReadingStep::apply(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] { run.succeeded(); });
}

// ---- 2. The vault's network -----------------------------------------------------------------------------

workflow::Step::Info VaultNetworkStep::info() const
{
    return {QStringLiteral("vault-network"),
            QStringLiteral("2"),
            tr("Let the Power Platform reach the key vault"),
            Side::Customer,
            tr("Owner, Contributor or Key Vault Contributor on the key vault"),
            {QStringLiteral("key-vault")},
            {},
            tr("Turns on public network access for the key vault and, where its firewall denies by default, "
               "lets trusted Microsoft services through. During the preview the Power Platform reaches the "
               "key only over the internet, not through a private network; other firewall rules stay as they "
               "are."),
            docs::powerPlatform(u"create-an-azure-paid-subscription-and-key-vault")};
}

QList<roles::Requirement> VaultNetworkStep::requirements() const
{
    return {roles::Requirement::azure(QStringLiteral("Microsoft.KeyVault/vaults/write"), {key::VaultId},
                                      tr("Owner, Contributor or Key Vault Contributor on the key vault"),
                                      tr("an Owner of the key vault or its resource group"))};
}

QString VaultNetworkStep::networkProblem(const QString &publicNetworkAccess, const QString &defaultAction,
                                         const QString &bypass)
{
    if (publicNetworkAccess.compare(QLatin1StringView("Disabled"), Qt::CaseInsensitive) == 0)
        return tr("public network access is disabled, so the Power Platform cannot reach the key");
    if (defaultAction.compare(QLatin1StringView("Deny"), Qt::CaseInsensitive) == 0
        && bypass.compare(QLatin1StringView("AzureServices"), Qt::CaseInsensitive) != 0)
        return tr("the firewall denies by default and does not let trusted Microsoft services through");
    return {};
}

void VaultNetworkStep::check(StepRun &run) const
{
    const auto vault = vaultIdOf(run.values());
    if (!vault) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(
                error(QStringLiteral("MissingValue"), tr("The run has no key vault; run step 1 first.")));
        });
        return;
    }
    run.arm(Side::Customer).getVault(*vault, &run, [&run](const Reply<services::KeyVault> &read) {
        if (!read.ok())
            return run.failed(read.error);
        run.checked(networkProblem(read.value->publicNetworkAccess, read.value->networkDefaultAction,
                                   read.value->networkBypass)
                        .isEmpty());
    });
}

Plan VaultNetworkStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto vault = vaultIdOf(values);
    if (!vault)
        return plan;
    plan.calls << callWithBody(
        http::ServiceKind::Arm, "PATCH",
        ArmClient::url(profile, vault->toString(), u"Microsoft.KeyVault/vaults"),
        Json {{"properties",
               {{"publicNetworkAccess", "Enabled"}, {"networkAcls", {{"bypass", "AzureServices"}}}}}},
        tr("Let trusted Microsoft services, the Power Platform among them, through vault %1's "
           "firewall; other rules stay as they are.")
            .arg(vault->name()));
    plan.notes << tr(
        "During the preview the Power Platform needs the vault reachable from the internet "
        "(Microsoft's how-to); a vault reachable only through private endpoints locks the environments.");
    return plan;
}

void VaultNetworkStep::apply(StepRun &run) const
{
    const auto vault = vaultIdOf(run.values());
    if (!vault) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(
                error(QStringLiteral("MissingValue"), tr("The run has no key vault; run step 1 first.")));
        });
        return;
    }
    services::VaultNetwork network;
    network.publicNetworkAccess = QStringLiteral("Enabled");
    network.bypass = QStringLiteral("AzureServices");
    run.progress(tr("Letting trusted Microsoft services through vault %1's firewall").arg(vault->name()));
    run.arm(Side::Customer)
        .setVaultNetwork(
            *vault, network, &run, [&run](const http::OperationState &state) { run.saveOperation(state); },
            [&run](const Reply<services::KeyVault> &written) {
                if (!written.ok())
                    return run.failed(written.error);
                run.succeeded();
            });
}

void VaultNetworkStep::resume(StepRun &run, const http::OperationState &operation) const
{
    run.arm(Side::Customer)
        .resume<services::KeyVault>(
            operation, &run, [&run](const http::OperationState &state) { run.saveOperation(state); },
            [&run](const Reply<services::KeyVault> &written) {
                if (!written.ok())
                    return run.failed(written.error);
                run.succeeded();
            });
}

// ---- 5. The enterprise policy ---------------------------------------------------------------------------

workflow::Step::Info EnterprisePolicyStep::info() const
{
    return {
        QStringLiteral("enterprise-policy"),
        QStringLiteral("5"),
        tr("Create the enterprise policy"),
        Side::Customer,
        tr("Contributor or Owner on the resource group"),
        {QStringLiteral("key"), QStringLiteral("register")},
        {key::PolicyId, key::PolicySystemId, key::PolicyPrincipalId, key::PolicyLocation},
        tr("Creates the Power Platform enterprise policy of kind Encryption in a Power Platform location, "
           "naming the key with its version; Azure gives the policy a managed identity that will use the "
           "key. An existing policy that names another key is left unchanged, because changing it would "
           "lock its environments."),
        docs::powerPlatform(u"create-enterprise-policy")};
}

QList<InputSpec> EnterprisePolicyStep::inputs() const
{
    return {
        input(
            key::PolicyName, tr("Enterprise policy name"),
            tr("The name the Power Platform admin center shows, e.g. contoso-cmk-policy. An existing policy "
               "of this name is used when it names the same key."),
            true,
            [](const QString &value) -> std::optional<ParseError> {
                ParseError error;
                if (Names::validateResourceName(value, &error))
                    return std::nullopt;
                return error;
            }),
        input(key::PolicyLocation, tr("Power Platform location"),
              tr("Where the environments are, e.g. europe or unitedstates: only environments in this "
                 "location can use the policy."),
              true, parsedAs<cmk::PolicyLocation>()),
    };
}

QList<roles::Requirement> EnterprisePolicyStep::requirements() const
{
    return {roles::Requirement::azure(QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies/write"),
                                      {key::PolicyId, key::VaultId},
                                      tr("Contributor or Owner on the resource group of the policy"),
                                      tr("an Owner of the resource group or subscription"))};
}

void EnterprisePolicyStep::check(StepRun &run) const
{
    const auto id = policyIdOf(run.values());
    const auto keyUrl = KeyIdentifier::parse(get(run.values(), key::KeyUrl));
    if (!id || !keyUrl) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(error(QStringLiteral("MissingValue"),
                             tr("The run has no policy name or key; run the track from step 1.")));
        });
        return;
    }
    run.arm(Side::Customer)
        .getEnterprisePolicy(
            *id, &run, [&run, keyUrl = *keyUrl](const Reply<services::EnterprisePolicy> &read) {
                if (!read.ok()) {
                    if (read.error.code == QLatin1StringView("ResourceNotFound"))
                        return run.checked(false);
                    return run.failed(read.error);
                }
                const services::EnterprisePolicy &policy = *read.value;
                const auto vault = vaultIdOf(run.values());
                const bool sameKey = vault && policy.keyVault == *vault
                    && policy.keyName.compare(keyUrl.name(), Qt::CaseInsensitive) == 0
                    && policy.keyVersion.compare(keyUrl.version(), Qt::CaseInsensitive) == 0;
                if (!sameKey)
                    return run.failed(error(
                        QStringLiteral("PolicyUsesAnotherKey"),
                        tr("Enterprise policy %1 exists and names key %2 version %3 in %4, not the key of "
                           "this "
                           "run. CMK Wizard does not change a policy's key: environments would lock. Choose "
                           "another policy name, or move the environments with the change-key track.")
                            .arg(policy.id.name(), policy.keyName, policy.keyVersion,
                                 policy.keyVault.name())));
                const auto wanted = cmk::PolicyLocation::parse(get(run.values(), key::PolicyLocation));
                if (wanted
                    && wanted->name() != cmk::PolicyLocation::parse(policy.location).value_or(*wanted).name())
                    return run.failed(error(QStringLiteral("PolicyInAnotherLocation"),
                                            tr("Enterprise policy %1 exists in %2, not %3. Choose another "
                                               "policy name, or use location %2.")
                                                .arg(policy.id.name(), policy.location, wanted->name())));
                run.checked(true, policyValues(policy));
            });
}

Plan EnterprisePolicyStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto id = policyIdOf(values);
    const auto keyUrl = KeyIdentifier::parse(get(values, key::KeyUrl));
    const auto vault = vaultIdOf(values);
    if (!id || !vault) {
        plan.notes << tr("The policy is planned once the vault and the key exist.");
        return plan;
    }
    const QString keyName = keyUrl ? keyUrl->name() : get(values, key::KeyName);
    const QString version = keyUrl ? keyUrl->version() : placeholder(key::KeyUrl);
    Json keyVault = {{"id", vault->toString().toStdString()}};
    keyVault["key"] = {{"name", keyName.toStdString()}, {"version", version.toStdString()}};
    Json body = {{"location", get(values, key::PolicyLocation).toStdString()}, {"kind", "Encryption"}};
    body["identity"] = {{"type", "SystemAssigned"}};
    body["properties"]["encryption"] = {{"state", "Enabled"}, {"keyVault", keyVault}};
    plan.calls << callWithBody(
        http::ServiceKind::Arm, "PUT",
        ArmClient::url(profile, id->toString(), u"Microsoft.PowerPlatform/enterprisePolicies"), body,
        tr("Create the Encryption enterprise policy %1 in %2 for key %3 (this version). Azure gives it a "
           "managed identity, granted on the key in step 6.")
            .arg(id->name(), get(values, key::PolicyLocation), keyName));
    plan.notes << tr("During the preview a tenant may have two enterprise policies (Microsoft's how-to).");
    return plan;
}

void EnterprisePolicyStep::apply(StepRun &run) const
{
    const auto id = policyIdOf(run.values());
    const auto keyUrl = KeyIdentifier::parse(get(run.values(), key::KeyUrl));
    const auto vault = vaultIdOf(run.values());
    if (!id || !keyUrl || !vault) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(error(QStringLiteral("MissingValue"),
                             tr("The run has no policy name or key; run the track from step 1.")));
        });
        return;
    }
    services::EnterprisePolicy policy;
    policy.id = *id;
    policy.location = get(run.values(), key::PolicyLocation);
    policy.keyVault = *vault;
    policy.keyName = keyUrl->name();
    policy.keyVersion = keyUrl->version();
    run.progress(tr("Creating enterprise policy %1").arg(id->name()));
    run.arm(Side::Customer)
        .createOrUpdateEnterprisePolicy(
            policy, &run, [&run](const http::OperationState &state) { run.saveOperation(state); },
            [&run](const Reply<services::EnterprisePolicy> &written) {
                if (!written.ok())
                    return run.failed(written.error);
                run.succeeded(policyValues(*written.value));
            });
}

void EnterprisePolicyStep::resume(StepRun &run, const http::OperationState &operation) const
{
    run.arm(Side::Customer)
        .resume<services::EnterprisePolicy>(
            operation, &run, [&run](const http::OperationState &state) { run.saveOperation(state); },
            [&run](const Reply<services::EnterprisePolicy> &written) {
                if (!written.ok())
                    return run.failed(written.error);
                run.succeeded(policyValues(*written.value));
            });
}

// ---- 6. The policy's access to the key ------------------------------------------------------------------

workflow::Step::Info PolicyKeyAccessStep::info() const
{
    return {
        QStringLiteral("policy-key-access"),
        QStringLiteral("6"),
        tr("Grant the enterprise policy access to the key"),
        Side::Customer,
        tr("Owner, User Access Administrator or Role Based Access Control Administrator (Azure RBAC vaults); "
           "Owner, Contributor or Key Vault Contributor (access-policy vaults)"),
        {QStringLiteral("enterprise-policy")},
        {},
        tr("Gives the enterprise policy's managed identity get, wrapKey and unwrapKey on the key: the Key "
           "Vault "
           "Crypto Service Encryption User role on the key (Azure RBAC vaults) or an access policy entry. "
           "Without it no environment of the policy can be encrypted; a new identity takes minutes to reach "
           "Azure, so the grant is tried again meanwhile."),
        docs::powerPlatform(u"grant-enterprise-policy-permissions-to-access-key-vault")};
}

void PolicyKeyAccessStep::readAccess(StepRun &run, const ResourceId &vault, const QString &keyName,
                                     const ObjectId &principal, bool accessPolicies,
                                     std::function<void(bool)> done)
{
    if (accessPolicies) {
        run.arm(Side::Customer)
            .getVault(vault, &run, [&run, principal, done](const Reply<services::KeyVault> &read) {
                if (!read.ok())
                    return run.failed(read.error);
                done(std::any_of(read.value->accessPolicies.cbegin(), read.value->accessPolicies.cend(),
                                 [&](const services::AccessPolicy &entry) {
                                     return entry.objectId == principal
                                         && std::all_of(CmkKeyPermissions.cbegin(), CmkKeyPermissions.cend(),
                                                        [&](const QString &p) {
                                                            return entry.keys.contains(p,
                                                                                       Qt::CaseInsensitive);
                                                        });
                                 }));
            });
        return;
    }
    const ResourceId scope = vault.child(u"keys", keyName);
    run.arm(Side::Customer)
        .listRoleAssignments(
            scope, principal, &run, [&run, scope, done](const Reply<QList<services::RoleAssignment>> &list) {
                if (!list.ok())
                    return run.failed(list.error);
                done(std::any_of(
                    list.value->cbegin(), list.value->cend(), [&](const services::RoleAssignment &a) {
                        return a.scope.contains(scope)
                            && a.role == services::BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
                    }));
            });
}

void PolicyKeyAccessStep::grant(StepRun &run, const ResourceId &vault, const QString &keyName,
                                const ObjectId &principal, bool accessPolicies, const Pacing &pacing,
                                std::function<void()> done)
{
    if (accessPolicies) {
        services::AccessPolicy entry;
        entry.tenantId = TenantId::parse(run.identity(Side::Customer).tenantId).value_or(TenantId());
        entry.objectId = principal;
        entry.keys = CmkKeyPermissions;
        run.arm(Side::Customer)
            .updateAccessPolicies(vault, services::AccessPolicyUpdate::Add, {entry}, &run,
                                  [&run, done](const Reply<QList<services::AccessPolicy>> &added) {
                                      if (!added.ok())
                                          return run.failed(added.error);
                                      done();
                                  });
        return;
    }
    services::RoleAssignmentRequest request;
    request.scope = vault.child(u"keys", keyName);
    request.role = services::BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
    request.principal = principal;
    request.principalType = services::PrincipalType::ServicePrincipal;
    request.description = tr("CMK Wizard: customer-managed key for Power Platform");
    assignWithRetry(run, request, new Backoff(run, pacing), pacing, std::move(done));
}

void PolicyKeyAccessStep::assignWithRetry(StepRun &run, const services::RoleAssignmentRequest &request,
                                          Backoff *backoff, const Pacing &pacing, std::function<void()> done)
{
    run.arm(Side::Customer)
        .createRoleAssignment(
            request, &run,
            [&run, request, backoff, pacing, done](const Reply<services::RoleAssignment> &made) {
                if (made.ok() || made.error.code == QLatin1StringView("RoleAssignmentExists"))
                    return done();
                if (!mayBePropagation(made.error) || backoff->waits() + 1 >= pacing.propagationAttempts)
                    return run.failed(made.error);
                run.progress(
                    tr("Azure does not see the policy's new identity yet (%1); trying again in %2 s.")
                        .arg(made.error.code)
                        .arg(std::max<qint64>(1, backoff->upcoming().count() / 1000)));
                backoff->wait([&run, request, backoff, pacing, done] {
                    assignWithRetry(run, request, backoff, pacing, done);
                });
            });
}

void PolicyKeyAccessStep::check(StepRun &run) const
{
    const auto vault = vaultIdOf(run.values());
    const auto principal = ObjectId::parse(get(run.values(), key::PolicyPrincipalId));
    if (!vault || !principal) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(error(QStringLiteral("MissingValue"),
                             tr("The run has no policy identity; run step 5 first.")));
        });
        return;
    }
    readAccess(run, *vault, get(run.values(), key::KeyName), *principal, usesAccessPolicies(run.values()),
               [&run](bool granted) { run.checked(granted); });
}

Plan PolicyKeyAccessStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto vault = vaultIdOf(values);
    if (!vault)
        return plan;
    const QString principal = valueOr(values, key::PolicyPrincipalId);
    const QString keyName = get(values, key::KeyName);
    if (usesAccessPolicies(values)) {
        plan.calls << callWithBody(
            http::ServiceKind::Arm, "PUT",
            ArmClient::url(profile, vault->toString() + QStringLiteral("/accessPolicies/add"),
                           u"Microsoft.KeyVault/vaults/accessPolicies"),
            Json {{"properties",
                   {{"accessPolicies",
                     Json::array({{{"objectId", principal.toStdString()},
                                   {"permissions", {{"keys", {"get", "wrapKey", "unwrapKey"}}}}}})}}}},
            tr("Let the policy's identity %1 get, wrap and unwrap keys of vault %2 (an access "
               "policy entry).")
                .arg(principal, vault->name()));
        return plan;
    }
    const ResourceId scope = vault->child(u"keys", keyName);
    plan.calls << callWithBody(
        http::ServiceKind::Arm, "PUT",
        ArmClient::url(profile,
                       scope.toString()
                           + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/{name}"),
                       u"Microsoft.Authorization/roleAssignments"),
        Json {{"properties",
               {{"roleDefinitionId",
                 QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                     .arg(vault->subscriptionId().toString(),
                          services::BuiltInRole::KeyVaultCryptoServiceEncryptionUser.toString(
                              QUuid::WithoutBraces))
                     .toStdString()},
                {"principalId", principal.toStdString()},
                {"principalType", "ServicePrincipal"}}}},
        tr("Grant the policy's identity %1 Key Vault Crypto Service Encryption User on key %2 only: get, "
           "wrapKey and unwrapKey.")
            .arg(principal, keyName));
    plan.notes << tr("A new identity takes a few minutes to reach Azure role assignments; the grant is "
                     "tried again meanwhile.");
    return plan;
}

void PolicyKeyAccessStep::apply(StepRun &run) const
{
    const auto vault = vaultIdOf(run.values());
    const auto principal = ObjectId::parse(get(run.values(), key::PolicyPrincipalId));
    if (!vault || !principal) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(error(QStringLiteral("MissingValue"),
                             tr("The run has no policy identity; run step 5 first.")));
        });
        return;
    }
    run.progress(tr("Granting the enterprise policy access to key %1").arg(get(run.values(), key::KeyName)));
    grant(run, *vault, get(run.values(), key::KeyName), *principal, usesAccessPolicies(run.values()),
          pacing(), [&run] { run.succeeded(); });
}

// ---- 7. Reader for the Power Platform administrator -----------------------------------------------------

workflow::Step::Info PolicyReaderStep::info() const
{
    return {
        QStringLiteral("policy-reader"),
        QStringLiteral("7"),
        tr("Let the Power Platform administrator read the policy"),
        Side::Customer,
        tr("Owner, User Access Administrator or Role Based Access Control Administrator on the policy"),
        {QStringLiteral("enterprise-policy")},
        {key::PowerPlatformAdminObjectId},
        tr("Assigns the Reader role on the enterprise policy to the Power Platform administrator you name, "
           "found in Microsoft Entra ID. Only an administrator who can read the policy can add "
           "environments to it; others get an error when they try."),
        docs::powerPlatform(u"grant-reader-role-to-a-power-platform-administrator")};
}

QList<InputSpec> PolicyReaderStep::inputs() const
{
    return {input(
        key::PowerPlatformAdminUpn, tr("Power Platform administrator"),
        tr("The user principal name of the Power Platform or Dynamics 365 administrator who adds the "
           "environments, e.g. priya@contoso.onmicrosoft.com. For separation of duties, not you."),
        true, [](const QString &value) -> std::optional<ParseError> {
            const qsizetype at = value.indexOf(u'@');
            if (at > 0 && at == value.lastIndexOf(u'@') && at < value.size() - 1 && !value.contains(u' '))
                return std::nullopt;
            return ParseError {ParseErrorCategory::InvalidFormat,
                               tr("\"%1\" is not a user principal name; it looks like "
                                  "name@contoso.onmicrosoft.com.")
                                   .arg(value)};
        })};
}

QList<roles::Requirement> PolicyReaderStep::requirements() const
{
    return {roles::Requirement::azure(QStringLiteral("Microsoft.Authorization/roleAssignments/write"),
                                      {key::PolicyId, key::VaultId},
                                      tr("Owner, User Access Administrator or Role Based Access Control "
                                         "Administrator on the enterprise policy"),
                                      tr("an Owner of the resource group or subscription"))};
}

void PolicyReaderStep::preflight(StepRun &run) const
{
    // The administrator must exist before a vault, key or policy is made for them.
    const QString upn = get(run.values(), key::PowerPlatformAdminUpn);
    run.graph(Side::Customer)
        .findUser(upn, &run, [&run, upn](const Reply<std::optional<services::GraphUser>> &found) {
            if (!found.ok())
                return run.failed(found.error);
            if (!found.value->has_value())
                return run.failed(error(QStringLiteral("UserNotFound"),
                                        tr("There is no user %1 in this tenant. Check the spelling, or ask "
                                           "the Power Platform administrator for their sign-in name.")
                                            .arg(upn)));
            if ((*found.value)->id.toString() == run.identity(Side::Customer).objectId)
                run.progress(
                    tr("You are naming yourself as the Power Platform administrator: the key vault "
                       "and the environments would be in one person's hands (separation of duties)."));
            run.succeeded();
        });
}

void PolicyReaderStep::check(StepRun &run) const
{
    const auto policy = policyIdOf(run.values());
    const QString upn = get(run.values(), key::PowerPlatformAdminUpn);
    if (!policy) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(error(QStringLiteral("MissingValue"), tr("The run has no policy; run step 5 first.")));
        });
        return;
    }
    run.graph(Side::Customer)
        .findUser(upn, &run,
                  [&run, upn, policy = *policy](const Reply<std::optional<services::GraphUser>> &found) {
                      if (!found.ok())
                          return run.failed(found.error);
                      if (!found.value->has_value())
                          return run.failed(error(QStringLiteral("UserNotFound"),
                                                  tr("There is no user %1 in this tenant.").arg(upn)));
                      const ObjectId user = (*found.value)->id;
                      run.arm(Side::Customer)
                          .listRoleAssignments(
                              policy, user, &run,
                              [&run, policy, user](const Reply<QList<services::RoleAssignment>> &list) {
                                  if (!list.ok())
                                      return run.failed(list.error);
                                  const bool reads = std::any_of(list.value->cbegin(), list.value->cend(),
                                                                 [&](const services::RoleAssignment &a) {
                                                                     return a.scope.contains(policy)
                                                                         && readsPolicy(a.role);
                                                                 });
                                  run.checked(reads, {{key::PowerPlatformAdminObjectId, user.toString()}});
                              });
                  });
}

Plan PolicyReaderStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto policy = policyIdOf(values);
    if (!policy)
        return plan;
    plan.calls << callWithBody(
        http::ServiceKind::Graph, "GET",
        graphUrl(profile, QStringLiteral("/users/%1").arg(get(values, key::PowerPlatformAdminUpn))), Json(),
        tr("Find %1's object ID.").arg(get(values, key::PowerPlatformAdminUpn)));
    plan.calls << callWithBody(
        http::ServiceKind::Arm, "PUT",
        ArmClient::url(profile,
                       policy->toString()
                           + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/{name}"),
                       u"Microsoft.Authorization/roleAssignments"),
        Json {{"properties",
               {{"roleDefinitionId",
                 QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                     .arg(policy->subscriptionId().toString(),
                          services::BuiltInRole::Reader.toString(QUuid::WithoutBraces))
                     .toStdString()},
                {"principalId", valueOr(values, key::PowerPlatformAdminObjectId).toStdString()},
                {"principalType", "User"}}}},
        tr("Grant %1 Reader on enterprise policy %2, nothing more: enough to add environments to it.")
            .arg(get(values, key::PowerPlatformAdminUpn), policy->name()));
    return plan;
}

void PolicyReaderStep::apply(StepRun &run) const
{
    const auto policy = policyIdOf(run.values());
    const auto user = ObjectId::parse(get(run.values(), key::PowerPlatformAdminObjectId));
    if (!policy || !user) {
        QTimer::singleShot(0, &run, [&run] {
            run.failed(error(QStringLiteral("MissingValue"), tr("The run has no policy or administrator.")));
        });
        return;
    }
    services::RoleAssignmentRequest request;
    request.scope = *policy;
    request.role = services::BuiltInRole::Reader;
    request.principal = *user;
    request.principalType = services::PrincipalType::User;
    request.description = tr("CMK Wizard: Power Platform administrator reads the enterprise policy");
    run.progress(tr("Granting %1 Reader on policy %2")
                     .arg(get(run.values(), key::PowerPlatformAdminUpn), policy->name()));
    run.arm(Side::Customer)
        .createRoleAssignment(request, &run, [&run](const Reply<services::RoleAssignment> &made) {
            if (!made.ok() && made.error.code != QLatin1StringView("RoleAssignmentExists"))
                return run.failed(made.error);
            run.succeeded();
        });
}

// ---- 8. The hand-off to the Power Platform administrator ------------------------------------------------

workflow::Step::Info PolicyHandoffStep::info() const
{
    return {QStringLiteral("handoff-powerplatform"),
            QStringLiteral("8"),
            tr("Hand the policy to the Power Platform administrator"),
            Side::Customer,
            tr("anyone"),
            {QStringLiteral("policy-key-access"), QStringLiteral("policy-reader")},
            {},
            tr("Writes the hand-off file for the Power Platform administrator: the policy's resource ID, "
               "system ID and location, the key and the key vault. With it they add environments to the "
               "policy; the file holds no secrets."),
            docs::powerPlatform(u"manage-environments-encryption")};
}

QList<InputSpec> PolicyHandoffStep::inputs() const
{
    return {input(key::HandoffOut, tr("Hand-off file for the Power Platform administrator"),
                  tr("Where to save the file you send the Power Platform administrator, such as "
                     "contoso-policy.json."),
                  true, &Handoff::outputPathProblem)};
}

void PolicyHandoffStep::check(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] {
        const auto written
            = Handoff::load(get(run.values(), key::HandoffOut), Handoff::Direction::KeyVaultToPowerPlatform);
        run.checked(written && written->values == handoffValues(run.values()));
    });
}

Plan PolicyHandoffStep::plan(const Values &values, const CloudProfile &) const
{
    Plan plan;
    plan.notes << tr("Saves the hand-off for %1 as %2: policy %3 (%4), key %5. It carries no secret.")
                      .arg(get(values, key::PowerPlatformAdminUpn), nativePath(get(values, key::HandoffOut)),
                           valueOr(values, key::PolicyId), get(values, key::PolicyLocation),
                           valueOr(values, key::KeyUrl));
    return plan;
}

void PolicyHandoffStep::apply(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] {
        Handoff handoff;
        handoff.direction = Handoff::Direction::KeyVaultToPowerPlatform;
        handoff.createdAt = QDateTime::currentDateTimeUtc();
        handoff.createdBy = run.identity(Side::Customer).userPrincipalName;
        handoff.values = handoffValues(run.values());
        handoff.message
            = tr("Enterprise policy %1 is ready for environments in %2. You have Reader on it.")
                  .arg(ResourceId::parse(get(run.values(), key::PolicyId)).value_or(ResourceId()).name(),
                       get(run.values(), key::PolicyLocation));
        if (const QStringList problems = handoff.problems(); !problems.isEmpty())
            return run.failed(error(QStringLiteral("InvalidHandoff"),
                                    tr("The hand-off cannot be made: %1").arg(problems.join(u'\n'))));
        QString why;
        if (!handoff.save(get(run.values(), key::HandoffOut), &why))
            return run.failed(error(QStringLiteral("HandoffNotWritten"),
                                    tr("The hand-off could not be saved as %1 (%2); choose another file.")
                                        .arg(nativePath(get(run.values(), key::HandoffOut)), why)));
        run.progress(tr("Saved the hand-off as %1").arg(nativePath(get(run.values(), key::HandoffOut))));
        run.succeeded();
    });
}

// ---- The track ------------------------------------------------------------------------------------------

workflow::Track powerPlatformKeyVaultTrack(const Pacing &pacing)
{
    workflow::Track track;
    track.info
        = {QStringLiteral("pp-keyvault"),
           PowerPlatformStep::tr("Power Platform · Key vault admin"),
           PowerPlatformStep::tr("Make the vault and key fit for Power Platform, create the enterprise "
                                 "policy, grant it the key and hand it to the Power Platform admin."),
           Persona::CustomerKeyVaultAdmin,
           QStringLiteral("seed 002"),
           PowerPlatformCmkDocs,
           true};
    using workflow::PlacedStep;
    RegistrationStep::Config registration;
    registration.id = QStringLiteral("register");
    registration.number = QStringLiteral("4");
    registration.title = PowerPlatformStep::tr("Register Microsoft.PowerPlatform and enterprise policies");
    registration.providers = {QStringLiteral("Microsoft.PowerPlatform")};
    registration.features
        = {{QStringLiteral("Microsoft.PowerPlatform"), QStringLiteral("enterprisePoliciesPreview")}};
    registration.side = Side::Customer;
    registration.subscriptionKey = key::CustomerSubscriptionId;
    registration.summary = PowerPlatformStep::tr(
        "Registers the Microsoft.PowerPlatform resource provider and its enterprisePoliciesPreview feature "
        "on "
        "your subscription, and waits until both report Registered. Enterprise policies cannot be created "
        "until both are registered, which is needed only once per subscription.");
    registration.docsUrl = docs::powerPlatform(
        u"enable-the-power-platform-enterprise-policies-service-for-your-azure-subscription");
    track.steps = {
        std::make_shared<PlacedStep>(std::make_shared<KeyVaultStep>(docs::powerPlatform(
                                         u"create-an-azure-paid-subscription-and-key-vault")),
                                     QStringLiteral("1"), QStringList()),
        std::make_shared<VaultNetworkStep>(pacing),
        std::make_shared<PlacedStep>(
            std::make_shared<KeyStep>(QList<int> {2048, 3072},
                                      docs::powerPlatform(u"create-a-key-in-the-key-vault")),
            QStringLiteral("3"), QStringList {QStringLiteral("key-vault")}),
        std::make_shared<RegistrationStep>(registration, pacing),
        std::make_shared<EnterprisePolicyStep>(pacing),
        std::make_shared<PolicyKeyAccessStep>(pacing),
        std::make_shared<PolicyReaderStep>(pacing),
        std::make_shared<PolicyHandoffStep>(pacing),
    };
    return track;
}

} // namespace cmk::tracks
