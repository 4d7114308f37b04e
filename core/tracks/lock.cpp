#include "tracks/lock.h"

#include "services/armclient.h"
#include "services/keyvaultclient.h"
#include "services/powerplatformclient.h"
#include "tracks/docs.h"
#include "tracks/keys.h"
#include "tracks/ppenvironments.h"
#include "tracks/stepkit.h"
#include "types/keyidentifier.h"
#include "types/region.h"
#include "util/json.h"
#include "workflow/handoff.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace cmk::tracks {

namespace {

using cmk::json::Json;
using kit::get;
using services::PowerPlatformEnvironment;
using services::Reply;
using workflow::InputSpec;
using workflow::Plan;
using workflow::PlannedCall;
using workflow::Side;
using workflow::StepRun;
using workflow::Values;

PlannedCall call(http::ServiceKind service, const QByteArray &method, const QUrl &url, const QString &why)
{
    return kit::plannedCall(service, method, url, why);
}

const QUrl LockDocs(
    QStringLiteral("https://learn.microsoft.com/power-platform/admin/"
                   "cmk-manage-key#lock-environments-by-revoking-key-vault-and-or-key-permission-access"));
/// The environments linked to the policy (IDs), their names, and why they could not be listed.
constexpr QLatin1StringView EnvironmentNames {"lock.environmentNames"};
constexpr QLatin1StringView EnvironmentsUnknown {"lock.environmentsUnknown"};

std::function<void()> missingValue(StepRun &run, const QString &what)
{
    return [&run, what] {
        run.failed(
            IsvStep::error(QStringLiteral("MissingValue"),
                           PolicyImpactStep::tr("The run has no %1; run the track from step 1.").arg(what)));
    };
}

QString policyName(const Values &values)
{
    return ResourceId::parse(get(values, key::PolicyId)).value_or(ResourceId()).name();
}

/// The affected list of a confirmation: every environment, or why they are not known.
QStringList affectedEnvironments(const Values &values)
{
    QStringList affected = get(values, EnvironmentNames).split(QStringLiteral("; "), Qt::SkipEmptyParts);
    if (affected.isEmpty() && !get(values, EnvironmentsUnknown).isEmpty())
        affected << RevokeKeyAccessStep::tr(
                        "every environment linked to policy %1 (your sign-in cannot list them: %2)")
                        .arg(policyName(values), get(values, EnvironmentsUnknown));
    else if (affected.isEmpty())
        affected
            << RevokeKeyAccessStep::tr("no environment is linked to policy %1 now").arg(policyName(values));
    return affected;
}

std::optional<KeyIdentifier> keyOf(const Values &values)
{
    return KeyIdentifier::parse(get(values, key::KeyUrl));
}

} // namespace

namespace {

/// Deletes `remaining` one after another, then reports what it deleted.
void deleteAssignments(StepRun &run, QList<services::RoleAssignment> remaining, QStringList removed,
                       std::function<void(const QString &)> done)
{
    if (remaining.isEmpty())
        return done(RevokeKeyAccessStep::tr("revoke-access: deleted role assignments %1")
                        .arg(removed.join(QStringLiteral(", "))));
    const services::RoleAssignment a = remaining.takeFirst();
    run.progress(RevokeKeyAccessStep::tr("Deleting role assignment %1").arg(a.id.toString()));
    run.arm(Side::Customer)
        .deleteRoleAssignment(a.id, &run,
                              [&run, a, remaining, removed, done](const Reply<services::Done> &r) mutable {
                                  if (!r.ok())
                                      return run.failed(r.error);
                                  removed << a.id.toString();
                                  deleteAssignments(run, remaining, removed, done);
                              });
}

} // namespace

QStringList LockMethod::all()
{
    return {RevokeAccess, DisableKey, DisableKeyVersion, DeleteKey, DeleteVault, DeletePolicy};
}

// ---- 1. What the policy uses, and who goes offline ------------------------------------------------------

workflow::Step::Info PolicyImpactStep::info() const
{
    return {QStringLiteral("policy-impact"),
            QStringLiteral("1"),
            tr("Find the policy's key and the environments that use it"),
            Side::Customer,
            tr("Reader on the enterprise policy and the key vault"),
            {},
            {key::VaultId, key::KeyName, key::KeyUrl, key::PolicyPrincipalId, key::GrantKind,
             key::LockedEnvironments},
            tr("Reads the enterprise policy, the key vault, key version and managed identity it uses, and "
               "the environments linked to it. Nothing changes here: these environments are what the next "
               "step's plan names, because all of them go offline or come back together."),
            docs::powerPlatform(u"lock-environments-by-revoking-key-vault-andor-key-permission-access")};
}

QList<InputSpec> PolicyImpactStep::inputs() const
{
    return {policyInput()};
}

void PolicyImpactStep::check(StepRun &run) const
{
    const auto policy = ResourceId::parse(get(run.values(), key::PolicyId));
    if (!policy) {
        QTimer::singleShot(0, &run, missingValue(run, tr("enterprise policy")));
        return;
    }
    run.arm(Side::Customer)
        .getEnterprisePolicy(
            *policy, &run, [&run, policy = *policy](const Reply<services::EnterprisePolicy> &read) {
                if (!read.ok()) {
                    if (read.error.code == QLatin1StringView("ResourceNotFound"))
                        return run.failed(
                            error(QStringLiteral("PolicyDeleted"),
                                  tr("Enterprise policy %1 does not exist (any more). A deleted policy "
                                     "cannot be restored: its environments stay locked until Microsoft "
                                     "support helps.")
                                      .arg(policy.name())));
                    return run.failed(read.error);
                }
                const services::EnterprisePolicy found = *read.value;
                auto values = std::make_shared<Values>(
                    Values {{key::VaultId, found.keyVault.toString()},
                            {key::KeyName, found.keyName},
                            {key::PolicyPrincipalId, found.principalId.toString()}});
                const auto listEnvironments = [&run, values, policy] {
                    run.powerPlatform(Side::Customer)
                        .environments(
                            0, &run,
                            [&run, values, policy](const Reply<QList<PowerPlatformEnvironment>> &list) {
                                QStringList ids;
                                QStringList names;
                                if (list.ok()) {
                                    for (const PowerPlatformEnvironment &e : *list.value) {
                                        if (!linkedTo(e, policy))
                                            continue;
                                        ids << e.id.toString();
                                        names << QStringLiteral("%1 (%2, %3)")
                                                     .arg(e.displayName, e.sku, e.id.toString());
                                    }
                                    values->insert(EnvironmentsUnknown, QString());
                                } else {
                                    // A key vault administrator is often no Power Platform administrator.
                                    values->insert(EnvironmentsUnknown,
                                                   QStringLiteral("%1 %2")
                                                       .arg(list.error.code, list.error.message)
                                                       .trimmed());
                                }
                                values->insert(key::LockedEnvironments, ids.join(u','));
                                values->insert(EnvironmentNames, names.join(QStringLiteral("; ")));
                                run.checked(true, *values);
                            });
                };
                run.arm(Side::Customer)
                    .getVault(
                        found.keyVault, &run,
                        [&run, values, found, listEnvironments](const Reply<services::KeyVault> &vault) {
                            if (vault.ok()) {
                                values->insert(key::Region, vault.value->location);
                                values->insert(key::GrantKind,
                                               vault.value->enableRbacAuthorization
                                                   ? QStringLiteral("rbac")
                                                   : QStringLiteral("access-policy"));
                                if (const auto k = KeyIdentifier::make(vault.value->vaultUri, found.keyName,
                                                                       found.keyVersion))
                                    values->insert(key::KeyUrl, k->toString());
                            } else if (vault.error.code != QLatin1StringView("ResourceNotFound")) {
                                return run.failed(vault.error);
                            }
                            listEnvironments();
                        });
            });
}

QString PolicyImpactStep::readNote() const
{
    return tr("Reads the policy, its key vault and the environments; nothing changes.");
}

// ---- Lock 2. Revoke ---------------------------------------------------------------------------------------

workflow::Step::Info RevokeKeyAccessStep::info() const
{
    return {QStringLiteral("revoke"),
            QStringLiteral("2"),
            tr("Revoke the policy's access to its key"),
            Side::Customer,
            tr("Key vault administrator: Owner, Key Vault Administrator or User Access Administrator"),
            {QStringLiteral("policy-impact")},
            {key::LockRevoked},
            tr("Revokes the enterprise policy's access to its key the way you choose: remove its access, "
               "disable the key or its version, or delete the key, the key vault or the policy. Every "
               "environment of the policy goes offline at once, and locked production environments are "
               "deleted after 28 days, so the plan names them and asks you to type the policy's name."),
            docs::powerPlatform(u"lock-environments-by-revoking-key-vault-andor-key-permission-access")};
}

QList<InputSpec> RevokeKeyAccessStep::inputs() const
{
    return {{key::LockMethod, tr("How to revoke"),
             tr("One of: revoke-access (remove the policy identity's permission), disable-key, "
                "disable-key-version, "
                "delete-key, delete-vault, delete-policy."),
             true, [](const QString &value) -> std::optional<ParseError> {
                 if (LockMethod::all().contains(value))
                     return std::nullopt;
                 return ParseError {ParseErrorCategory::UnknownValue,
                                    tr("\"%1\" is not a way to revoke key access; use one of %2.")
                                        .arg(value, LockMethod::all().join(QStringLiteral(", ")))};
             }}};
}

void RevokeKeyAccessStep::check(StepRun &run) const
{
    const Values &values = run.values();
    const QString method = get(values, key::LockMethod);
    const auto vault = ResourceId::parse(get(values, key::VaultId));
    const auto principal = ObjectId::parse(get(values, key::PolicyPrincipalId));
    const auto keyId = keyOf(values);
    if (!vault || !principal) {
        QTimer::singleShot(0, &run, missingValue(run, tr("key vault")));
        return;
    }
    if (method == LockMethod::DeletePolicy) {
        const auto policy = ResourceId::parse(get(values, key::PolicyId));
        if (!policy) {
            QTimer::singleShot(0, &run, missingValue(run, tr("enterprise policy")));
            return;
        }
        run.arm(Side::Customer)
            .getEnterprisePolicy(*policy, &run, [&run](const Reply<services::EnterprisePolicy> &read) {
                if (!read.ok() && read.error.code != QLatin1StringView("ResourceNotFound"))
                    return run.failed(read.error);
                run.checked(!read.ok());
            });
        return;
    }
    if (method == LockMethod::DeleteVault) {
        run.arm(Side::Customer).getVault(*vault, &run, [&run](const Reply<services::KeyVault> &read) {
            if (!read.ok() && read.error.code != QLatin1StringView("ResourceNotFound"))
                return run.failed(read.error);
            run.checked(!read.ok());
        });
        return;
    }
    const bool accessPolicies = get(values, key::GrantKind) == QLatin1StringView("access-policy");
    if (method == LockMethod::RevokeAccess && accessPolicies) {
        // Revoked when no entry of the identity keeps any of get, wrapKey and unwrapKey.
        run.arm(Side::Customer)
            .getVault(*vault, &run, [&run, principal = *principal](const Reply<services::KeyVault> &read) {
                if (!read.ok())
                    return run.failed(read.error);
                const bool keeps = std::any_of(
                    read.value->accessPolicies.cbegin(), read.value->accessPolicies.cend(),
                    [&](const services::AccessPolicy &entry) {
                        return entry.objectId == principal
                            && (entry.keys.contains(QStringLiteral("get"), Qt::CaseInsensitive)
                                || entry.keys.contains(QStringLiteral("wrapKey"), Qt::CaseInsensitive)
                                || entry.keys.contains(QStringLiteral("unwrapKey"), Qt::CaseInsensitive));
                    });
                run.checked(!keeps);
            });
        return;
    }
    if (!keyId) {
        QTimer::singleShot(0, &run, missingValue(run, tr("key")));
        return;
    }
    if (method == LockMethod::RevokeAccess) {
        // Revoked when no role assignment of the identity within the vault covers the key.
        const ResourceId keyScope = vault->child(u"keys", keyId->name());
        run.arm(Side::Customer)
            .listRoleAssignments(
                keyScope, *principal, &run,
                [&run, keyScope, vault = *vault](const Reply<QList<services::RoleAssignment>> &list) {
                    if (!list.ok())
                        return run.failed(list.error);
                    const bool keeps = std::any_of(
                        list.value->cbegin(), list.value->cend(), [&](const services::RoleAssignment &a) {
                            return a.scope.contains(keyScope) && vault.contains(a.scope);
                        });
                    run.checked(!keeps);
                });
        return;
    }
    const KeyIdentifier target = method == LockMethod::DisableKey ? keyId->versionless() : *keyId;
    run.keyVault(Side::Customer)
        .getKey(target, &run, [&run, method](const Reply<services::KeyVaultKey> &read) {
            if (!read.ok()) {
                if (read.error.code == QLatin1StringView("KeyNotFound"))
                    return run.checked(true);
                return run.failed(read.error);
            }
            run.checked(method != LockMethod::DeleteKey && !read.value->properties.enabled);
        });
}

Plan RevokeKeyAccessStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const QString method = get(values, key::LockMethod);
    const auto vault = ResourceId::parse(get(values, key::VaultId));
    const auto keyId = keyOf(values);
    const QString policy = get(values, key::PolicyId);
    const auto keyUrl = [&](const QString &path) {
        QUrl url = keyId ? keyId->vaultUri() : QUrl();
        url.setPath(path);
        url.setQuery(QStringLiteral("api-version=7.5"));
        return url;
    };
    QString consequence;
    if (method == LockMethod::RevokeAccess && vault) {
        if (get(values, key::GrantKind) == QLatin1StringView("access-policy"))
            plan.calls << call(
                http::ServiceKind::Arm, "PUT",
                services::ArmClient::url(profile,
                                         vault->toString() + QStringLiteral("/accessPolicies/remove"),
                                         u"Microsoft.KeyVault/vaults/accessPolicies"),
                tr("Remove the policy identity's access policy entry from vault %1.").arg(vault->name()));
        else
            plan.calls << call(
                http::ServiceKind::Arm, "DELETE",
                services::ArmClient::url(profile,
                                         vault->toString()
                                             + QStringLiteral("/…/providers/Microsoft.Authorization/"
                                                              "roleAssignments/{each}"),
                                         u"Microsoft.Authorization/roleAssignments"),
                tr("Delete every role assignment of the policy's identity on vault %1 and its key.")
                    .arg(vault->name()));
        consequence = tr("Unlock grants the same access again.");
    } else if ((method == LockMethod::DisableKey || method == LockMethod::DisableKeyVersion) && keyId) {
        const QString path = method == LockMethod::DisableKey
            ? QStringLiteral("/keys/%1").arg(keyId->name())
            : QStringLiteral("/keys/%1/%2").arg(keyId->name(), keyId->version());
        PlannedCall c = call(http::ServiceKind::KeyVault, "PATCH", keyUrl(path),
                             method == LockMethod::DisableKey
                                 ? tr("Disable key %1 (its current version).").arg(keyId->name())
                                 : tr("Disable version %1 of key %2, the one the policy uses.")
                                       .arg(keyId->version(), keyId->name()));
        c.body = R"({"attributes":{"enabled":false}})";
        plan.calls << c;
        consequence = tr("Unlock enables it again.");
    } else if (method == LockMethod::DeleteKey && keyId) {
        plan.calls << call(
            http::ServiceKind::KeyVault, "DELETE", keyUrl(QStringLiteral("/keys/%1").arg(keyId->name())),
            tr("Delete key %1 (every version; the vault keeps it recoverable).").arg(keyId->name()));
        consequence = tr("Unlock recovers the key while the vault's retention lasts.");
    } else if (method == LockMethod::DeleteVault && vault) {
        plan.calls << call(http::ServiceKind::Arm, "DELETE",
                           services::ArmClient::url(profile, vault->toString(), u"Microsoft.KeyVault/vaults"),
                           tr("Delete key vault %1 (soft delete keeps it recoverable).").arg(vault->name()));
        consequence = tr(
            "Unlock recovers the vault while its retention lasts; every other use of the vault stops too.");
    } else if (method == LockMethod::DeletePolicy) {
        plan.calls << call(
            http::ServiceKind::Arm, "DELETE",
            services::ArmClient::url(profile, policy, u"Microsoft.PowerPlatform/enterprisePolicies"),
            tr("Delete enterprise policy %1.").arg(policyName(values)));
        consequence = tr(
            "A deleted policy cannot be restored, not by CMK Wizard and not by unlocking: the environments "
            "stay locked until Microsoft support helps, and may be lost.");
    }
    if (plan.calls.isEmpty())
        return plan;
    workflow::Confirmation confirmation;
    confirmation.name = policyName(values);
    confirmation.affected = affectedEnvironments(values);
    confirmation.warning
        = tr("Every environment linked to policy %1 goes offline at once and nobody, Microsoft "
             "included, can reach its data. Locked production environments are deleted after 28 "
             "days unless they are unlocked, and unlocking needs a Microsoft support request. %2")
              .arg(confirmation.name, consequence);
    plan.confirmation = confirmation;
    plan.notes << confirmation.warning;
    return plan;
}

void RevokeKeyAccessStep::apply(StepRun &run) const
{
    const Values &values = run.values();
    const QString method = get(values, key::LockMethod);
    const auto vault = ResourceId::parse(get(values, key::VaultId));
    const auto principal = ObjectId::parse(get(values, key::PolicyPrincipalId));
    const auto keyId = keyOf(values);
    const auto done = [&run](const QString &what) { run.succeeded({{key::LockRevoked, what}}); };
    if (method == LockMethod::DeletePolicy) {
        if (!ResourceId::parse(get(values, key::PolicyId))) {
            QTimer::singleShot(0, &run, missingValue(run, tr("enterprise policy")));
            return;
        }
        run.progress(tr("Deleting enterprise policy %1").arg(policyName(values)));
        run.arm(Side::Customer)
            .deleteEnterprisePolicy(*ResourceId::parse(get(values, key::PolicyId)), &run,
                                    [&run, done, values](const Reply<services::Done> &deleted) {
                                        if (!deleted.ok())
                                            return run.failed(deleted.error);
                                        done(tr("delete-policy: deleted %1").arg(get(values, key::PolicyId)));
                                    });
        return;
    }
    if (!vault || !principal) {
        QTimer::singleShot(0, &run, missingValue(run, tr("key vault")));
        return;
    }
    if (method == LockMethod::DeleteVault) {
        run.progress(tr("Deleting key vault %1").arg(vault->name()));
        run.arm(Side::Customer)
            .deleteVault(*vault, &run, [&run, done, vault = *vault](const Reply<services::Done> &r) {
                if (!r.ok())
                    return run.failed(r.error);
                done(tr("delete-vault: deleted %1").arg(vault.toString()));
            });
        return;
    }
    // revoke-access on a vault with access policies: the key itself is not needed.
    if (method == LockMethod::RevokeAccess
        && get(values, key::GrantKind) == QLatin1StringView("access-policy")) {
        services::AccessPolicy entry;
        entry.tenantId = TenantId::parse(run.identity(Side::Customer).tenantId).value_or(TenantId());
        entry.objectId = *principal;
        entry.keys = {QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
        run.progress(tr("Removing the policy identity's access policy entry"));
        run.arm(Side::Customer)
            .updateAccessPolicies(
                *vault, services::AccessPolicyUpdate::Remove, {entry}, &run,
                [&run, done, principal = *principal](const Reply<QList<services::AccessPolicy>> &r) {
                    if (!r.ok())
                        return run.failed(r.error);
                    done(
                        tr("revoke-access: removed the access policy entry of %1").arg(principal.toString()));
                });
        return;
    }
    if (!keyId) {
        QTimer::singleShot(0, &run, missingValue(run, tr("key")));
        return;
    }
    if (method == LockMethod::DeleteKey) {
        run.progress(tr("Deleting key %1").arg(keyId->name()));
        run.keyVault(Side::Customer)
            .deleteKey(*keyId, &run, [&run, done, k = *keyId](const Reply<services::Done> &r) {
                if (!r.ok())
                    return run.failed(r.error);
                done(tr("delete-key: deleted %1").arg(k.versionless().toString()));
            });
        return;
    }
    if (method == LockMethod::DisableKey || method == LockMethod::DisableKeyVersion) {
        const KeyIdentifier target = method == LockMethod::DisableKey ? keyId->versionless() : *keyId;
        run.progress(tr("Disabling %1").arg(target.toString()));
        run.keyVault(Side::Customer)
            .setKeyEnabled(target, false, &run, [&run, done, method](const Reply<services::KeyVaultKey> &r) {
                if (!r.ok())
                    return run.failed(r.error);
                done(tr("%1: disabled %2").arg(method, r.value->properties.id.toString()));
            });
        return;
    }
    const ResourceId keyScope = vault->child(u"keys", keyId->name());
    run.arm(Side::Customer)
        .listRoleAssignments(
            keyScope, *principal, &run,
            [this, &run, done, keyScope, vault = *vault](const Reply<QList<services::RoleAssignment>> &list) {
                if (!list.ok())
                    return run.failed(list.error);
                QList<services::RoleAssignment> within;
                QStringList above;
                for (const services::RoleAssignment &a : *list.value) {
                    if (!a.scope.contains(keyScope))
                        continue;
                    if (vault.contains(a.scope))
                        within << a;
                    else
                        above << a.scope.toString();
                }
                if (!above.isEmpty())
                    return run.failed(
                        error(QStringLiteral("AccessInheritedFromAbove"),
                              tr("The policy's identity also has access through %1; removing it "
                                 "there would change more than this key. Nothing was changed.")
                                  .arg(above.join(QStringLiteral(", ")))));
                deleteAssignments(run, within, {}, done);
            });
}

// ---- Lock 3 / unlock 3. The environments' state ---------------------------------------------------------

EnvironmentLockStateStep::EnvironmentLockStateStep(bool unlocking, const Pacing &pacing)
    : PowerPlatformStep(pacing)
    , m_unlocking(unlocking)
{
}

workflow::Step::Info EnvironmentLockStateStep::info() const
{
    if (m_unlocking)
        return {QStringLiteral("support-request"),
                QStringLiteral("3"),
                tr("Prepare the support request that re-enables the environments"),
                Side::Customer,
                tr("anyone who can list the environments"),
                {QStringLiteral("restore")},
                {key::SupportRequest},
                tr("Writes the request that asks Microsoft support to re-enable the locked environments: "
                   "tenant, policy, key, when access was restored and each environment with its lock time. "
                   "During the preview only Microsoft support can enable locked environments again, even "
                   "after key access is restored."),
                docs::powerPlatform(u"unlock-environments")};
    return {QStringLiteral("verify-locked"),
            QStringLiteral("3"),
            tr("Check that the environments are locked"),
            Side::Customer,
            tr("anyone who can list the environments"),
            {QStringLiteral("revoke")},
            {},
            tr("Waits until every environment found in the first step shows as locked. This confirms that "
               "the revocation reached the Power Platform; nothing is changed."),
            docs::powerPlatform(u"view-the-list-of-encrypted-environments")};
}

QList<InputSpec> EnvironmentLockStateStep::inputs() const
{
    if (!m_unlocking)
        return {};
    return {{key::SupportRequestOut, tr("Support request file"),
             tr("Where to save the support request text as well (optional)."), false,
             &workflow::Handoff::outputPathProblem}};
}

void EnvironmentLockStateStep::check(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] { run.checked(false); });
}

Plan EnvironmentLockStateStep::plan(const Values &values, const CloudProfile &) const
{
    Plan plan;
    plan.notes << (m_unlocking
                       ? tr("Lists the environments of policy %1 and writes the support request; nothing "
                            "changes.")
                             .arg(policyName(values))
                       : tr("Waits until the environments of policy %1 show as locked; nothing changes.")
                             .arg(policyName(values)));
    return plan;
}

void EnvironmentLockStateStep::apply(StepRun &run) const
{
    poll(run, new Backoff(run, pacing()));
}

void EnvironmentLockStateStep::verify(StepRun &run) const
{
    QTimer::singleShot(0, &run, [&run] { run.succeeded(); });
}

void EnvironmentLockStateStep::poll(StepRun &run, Backoff *backoff) const
{
    const auto policy = ResourceId::parse(get(run.values(), key::PolicyId)).value_or(ResourceId());
    run.powerPlatform(Side::Customer)
        .environments(
            0, &run, [this, &run, backoff, policy](const Reply<QList<PowerPlatformEnvironment>> &list) {
                if (!list.ok() && list.status != 403)
                    return run.failed(list.error);
                if (!list.ok() && !m_unlocking) {
                    // Not everyone who may revoke a key may list environments: say so, do not fail the lock.
                    run.progress(
                        tr("Your sign-in cannot list environments (%1); check their state with a Power "
                           "Platform administrator or support staff.")
                            .arg(list.error.code));
                    return run.succeeded();
                }
                QList<PowerPlatformEnvironment> linked;
                if (list.ok()) {
                    for (const PowerPlatformEnvironment &e : *list.value) {
                        if (linkedTo(e, policy))
                            linked << e;
                    }
                }
                if (!m_unlocking) {
                    // The environments step 1 found linked, by ID: a lock may take the link's details away.
                    QStringList ids
                        = get(run.values(), key::LockedEnvironments).split(u',', Qt::SkipEmptyParts);
                    ids.removeDuplicates();
                    if (ids.isEmpty()) {
                        run.progress(
                            tr("No environment was linked to the policy when the lock began; nothing to "
                               "wait for."));
                        return run.succeeded();
                    }
                    int locked = 0;
                    for (const PowerPlatformEnvironment &e : *list.value) {
                        if (ids.contains(e.id.toString(), Qt::CaseInsensitive) && isLocked(e))
                            ++locked;
                    }
                    if (locked == ids.size())
                        return run.succeeded();
                    if (backoff->elapsed() > pacing().approvalTimeout)
                        return run.failed(error(
                            QStringLiteral("NotLockedYet"),
                            tr("%1 of %2 environments show as locked so far.").arg(locked).arg(ids.size())));
                    run.progress(tr("%1 of %2 environments locked; looking again in a moment.")
                                     .arg(locked)
                                     .arg(ids.size()));
                    return backoff->wait([this, &run, backoff] { poll(run, backoff); });
                }
                // The support request: what Microsoft support needs to re-enable them.
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QStringList lines;
                lines << tr("Please unlock the following Power Platform environments. Access to their "
                            "customer-managed "
                            "key has been restored.")
                      << tr("Tenant: %1").arg(run.identity(Side::Customer).tenantId)
                      << tr("Enterprise policy: %1").arg(policy.toString())
                      << tr("Key: %1").arg(get(run.values(), key::KeyUrl))
                      << tr("Key access restored: %1").arg(now.toString(Qt::ISODate)) << tr("Environments:");
                int count = 0;
                for (const PowerPlatformEnvironment &e : linked) {
                    if (!isLocked(e))
                        continue;
                    ++count;
                    const Json doc = json::parse(e.raw.json);
                    const Json *props = json::member(doc, "properties");
                    const Json *lock
                        = props ? json::memberAnyCase(*props, "customerManagedKeyLock") : nullptr;
                    const Json *since = lock ? json::member(*lock, "lockedSince") : nullptr;
                    lines << tr("- %1 (%2, %3), locked since %4")
                                 .arg(e.displayName, e.id.toString(), e.sku,
                                      since && since->is_string()
                                          ? QString::fromStdString(since->get<std::string>())
                                          : tr("unknown"));
                }
                if (!list.ok())
                    lines
                        << tr("- every environment linked to the policy (this sign-in cannot list them: %1)")
                               .arg(list.error.code);
                else if (count == 0)
                    lines << tr("- none is locked now");
                const QString text = lines.join(u'\n');
                const QString out = get(run.values(), key::SupportRequestOut);
                if (!out.isEmpty()) {
                    QSaveFile file(out);
                    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
                        return run.failed(error(QStringLiteral("SupportRequestNotWritten"),
                                                tr("The support request could not be saved as %1 (%2).")
                                                    .arg(QDir::toNativeSeparators(out), file.errorString())));
                }
                run.progress(text);
                run.succeeded({{key::SupportRequest, text}});
            });
}

// ---- Unlock 2. Restore ----------------------------------------------------------------------------------

struct RestoreKeyAccessStep::Findings
{
    std::optional<services::DeletedVault> deletedVault;
    bool keyDeleted = false;
    bool versionDisabled = false;
    bool accessMissing = false;
    bool networkBlocked = false;
    QUrl vaultUri;
    KeyIdentifier key; ///< the version the policy uses (or the key, when the run does not know the version)
    bool accessPolicies = false; ///< the vault grants with access policies
    int rounds = 0;
    QStringList restored;

    bool healthy() const
    {
        return !deletedVault && !keyDeleted && !versionDisabled && !accessMissing && !networkBlocked;
    }
};

workflow::Step::Info RestoreKeyAccessStep::info() const
{
    return {QStringLiteral("restore"),
            QStringLiteral("2"),
            tr("Restore the policy's access to its original key"),
            Side::Customer,
            tr("Key vault administrator: Owner or Key Vault Administrator"),
            {QStringLiteral("policy-impact")},
            {},
            tr("Restores exactly what the policy's original key lacks, in order: the key vault and the key "
               "recovered from soft delete, the key version enabled, the policy's identity granted again and "
               "trusted services let through the vault's firewall. Environments can only be re-enabled with "
               "the original key, so nothing else is changed."),
            docs::powerPlatform(u"unlock-environments")};
}

QList<InputSpec> RestoreKeyAccessStep::inputs() const
{
    return {{key::Region, tr("Vault region"),
             tr("The key vault's Azure region: needed only when the vault was deleted, to find it among the "
                "deleted vaults."),
             false, [](const QString &value) -> std::optional<ParseError> {
                 ParseError error;
                 if (Region::parse(value, &error))
                     return std::nullopt;
                 return error;
             }}};
}

void RestoreKeyAccessStep::inspect(StepRun &run, std::function<void(const Findings &)> done) const
{
    const Values &values = run.values();
    const auto vault = ResourceId::parse(get(values, key::VaultId));
    const auto principal = ObjectId::parse(get(values, key::PolicyPrincipalId));
    const QString keyName = get(values, key::KeyName);
    if (!vault || !principal) {
        QTimer::singleShot(0, &run, missingValue(run, tr("key vault")));
        return;
    }
    auto findings = std::make_shared<Findings>();
    run.arm(Side::Customer)
        .getVault(
            *vault, &run,
            [this, &run, findings, vault = *vault, principal = *principal, keyName,
             done](const Reply<services::KeyVault> &read) {
                if (!read.ok()) {
                    if (read.error.code != QLatin1StringView("ResourceNotFound"))
                        return run.failed(read.error);
                    const QString region = get(run.values(), key::Region);
                    if (region.isEmpty())
                        return run.failed(error(
                            QStringLiteral("VaultRegionNeeded"),
                            tr("Key vault %1 was deleted. Give its region (region) so that CMK Wizard can "
                               "find it among the deleted vaults and recover it.")
                                .arg(vault.name())));
                    run.arm(Side::Customer)
                        .getDeletedVault(
                            vault.subscriptionId(), region, vault.name(), &run,
                            [&run, findings, vault,
                             done](const Reply<std::optional<services::DeletedVault>> &d) {
                                if (!d.ok())
                                    return run.failed(d.error);
                                if (!d.value->has_value())
                                    return run.failed(error(
                                        QStringLiteral("VaultPurged"),
                                        tr("Key vault %1 is neither there nor among the deleted vaults: it "
                                           "was "
                                           "purged, and the original key with it. The environments cannot be "
                                           "unlocked with it; contact Microsoft support.")
                                            .arg(vault.name())));
                                findings->deletedVault = **d.value;
                                done(*findings);
                            });
                    return;
                }
                findings->vaultUri = read.value->vaultUri;
                findings->networkBlocked = !VaultNetworkStep::networkProblem(read.value->publicNetworkAccess,
                                                                             read.value->networkDefaultAction,
                                                                             read.value->networkBypass)
                                                .isEmpty();
                const bool accessPolicies = !read.value->enableRbacAuthorization;
                findings->accessPolicies = accessPolicies;
                const auto keyId = KeyIdentifier::parse(get(run.values(), key::KeyUrl));
                const KeyIdentifier target = keyId
                    ? *keyId
                    : KeyIdentifier::make(read.value->vaultUri, keyName).value_or(KeyIdentifier());
                findings->key = target;
                run.keyVault(Side::Customer)
                    .getKey(target, &run,
                            [&run, findings, vault, principal, keyName, accessPolicies, target,
                             done](const Reply<services::KeyVaultKey> &key) {
                                const auto access = [&run, findings, vault, principal, keyName,
                                                     accessPolicies, done] {
                                    PolicyKeyAccessStep::readAccess(run, vault, keyName, principal,
                                                                    accessPolicies,
                                                                    [findings, done](bool granted) {
                                                                        findings->accessMissing = !granted;
                                                                        done(*findings);
                                                                    });
                                };
                                if (key.ok()) {
                                    findings->versionDisabled = !key.value->properties.enabled;
                                    return access();
                                }
                                if (key.error.code != QLatin1StringView("KeyNotFound"))
                                    return run.failed(key.error);
                                run.keyVault(Side::Customer)
                                    .deletedKey(
                                        target.vaultUri(), keyName, &run,
                                        [&run, findings, keyName,
                                         access](const Reply<std::optional<services::DeletedKeyInfo>> &d) {
                                            if (!d.ok())
                                                return run.failed(d.error);
                                            if (!d.value->has_value())
                                                return run.failed(error(
                                                    QStringLiteral("KeyPurged"),
                                                    tr("Key %1 is gone and not among the deleted keys: the "
                                                       "original key cannot be restored. Contact Microsoft "
                                                       "support.")
                                                        .arg(keyName)));
                                            findings->keyDeleted = true;
                                            access();
                                        });
                            });
            });
}

void RestoreKeyAccessStep::check(StepRun &run) const
{
    inspect(run, [&run](const Findings &f) { run.checked(f.healthy()); });
}

Plan RestoreKeyAccessStep::plan(const Values &values, const CloudProfile &profile) const
{
    Plan plan;
    const auto vault = ResourceId::parse(get(values, key::VaultId));
    if (!vault)
        return plan;
    plan.calls << call(http::ServiceKind::Arm, "PUT",
                       services::ArmClient::url(profile, vault->toString(), u"Microsoft.KeyVault/vaults"),
                       tr("Recover vault %1 from soft delete, only if it was deleted.").arg(vault->name()));
    plan.calls << call(
        http::ServiceKind::KeyVault, "POST", QUrl(),
        tr("Recover key %1 from soft delete, only if it was deleted.").arg(get(values, key::KeyName)));
    plan.calls << call(http::ServiceKind::KeyVault, "PATCH", QUrl(get(values, key::KeyUrl)),
                       tr("Enable the key version the policy uses, only if it is disabled."));
    plan.calls << call(
        http::ServiceKind::Arm, "PUT", QUrl(),
        tr("Grant the policy's identity get, wrapKey and unwrapKey on the key again, only if it lacks "
           "them."));
    plan.calls << call(
        http::ServiceKind::Arm, "PATCH", QUrl(),
        tr("Let trusted Microsoft services through the vault's firewall, only if it keeps them out."));
    plan.notes << tr(
        "Only what is missing is restored, in this order; nothing else changes. The environments stay "
        "disabled until Microsoft support unlocks them (step 3 prepares the request).");
    return plan;
}

void RestoreKeyAccessStep::apply(StepRun &run) const
{
    restoreNext(run, std::make_shared<Findings>());
}

void RestoreKeyAccessStep::restoreNext(StepRun &run, std::shared_ptr<Findings> progress) const
{
    inspect(run, [this, &run, progress](const Findings &found) {
        if (found.healthy())
            return run.succeeded({{key::LockRevoked, QString()}});
        if (++progress->rounds > 6)
            return run.failed(error(QStringLiteral("RestoreIncomplete"),
                                    tr("Key access is still not complete after restoring %1.")
                                        .arg(progress->restored.join(QStringLiteral(", ")))));
        const Values &values = run.values();
        const auto again = [this, &run, progress](const QString &what) {
            progress->restored << what;
            restoreNext(run, progress);
        };
        const auto vault = *ResourceId::parse(get(values, key::VaultId));
        const QString keyName = get(values, key::KeyName);
        if (found.deletedVault) {
            run.progress(tr("Recovering key vault %1").arg(vault.name()));
            const TenantId tenant
                = TenantId::parse(run.identity(Side::Customer).tenantId).value_or(TenantId());
            run.arm(Side::Customer)
                .recoverVault(*found.deletedVault, tenant, &run, {},
                              [&run, again](const Reply<services::KeyVault> &r) {
                                  if (!r.ok())
                                      return run.failed(r.error);
                                  again(tr("the vault"));
                              });
            return;
        }
        if (found.keyDeleted) {
            run.progress(tr("Recovering key %1").arg(keyName));
            run.keyVault(Side::Customer)
                .recoverDeletedKey(found.vaultUri, keyName, &run,
                                   [&run, again](const Reply<services::KeyVaultKey> &r) {
                                       if (!r.ok())
                                           return run.failed(r.error);
                                       again(tr("the key"));
                                   });
            return;
        }
        if (found.versionDisabled) {
            run.progress(tr("Enabling key %1 again").arg(keyName));
            run.keyVault(Side::Customer)
                .setKeyEnabled(found.key, true, &run, [&run, again](const Reply<services::KeyVaultKey> &r) {
                    if (!r.ok())
                        return run.failed(r.error);
                    again(tr("the key version"));
                });
            return;
        }
        if (found.accessMissing) {
            run.progress(tr("Granting the policy's identity access to key %1 again").arg(keyName));
            PolicyKeyAccessStep::grant(
                run, vault, keyName, *ObjectId::parse(get(values, key::PolicyPrincipalId)),
                found.accessPolicies, pacing(), [again] { again(tr("the identity's access")); });
            return;
        }
        services::VaultNetwork network;
        network.publicNetworkAccess = QStringLiteral("Enabled");
        network.bypass = QStringLiteral("AzureServices");
        run.progress(tr("Letting trusted Microsoft services through vault %1's firewall").arg(vault.name()));
        run.arm(Side::Customer)
            .setVaultNetwork(vault, network, &run, {}, [&run, again](const Reply<services::KeyVault> &r) {
                if (!r.ok())
                    return run.failed(r.error);
                again(tr("the vault's network"));
            });
    });
}

// ---- The tracks -----------------------------------------------------------------------------------------

workflow::Track lockTrack(const Pacing &pacing)
{
    workflow::Track track;
    track.info
        = {QStringLiteral("pp-lock"),
           RevokeKeyAccessStep::tr("Power Platform · Lock environments"),
           RevokeKeyAccessStep::tr("Revoke the enterprise policy's key access by one of the six documented "
                                   "ways: every environment of the policy goes offline."),
           Persona::CustomerKeyVaultAdmin,
           QStringLiteral("seed 003"),
           LockDocs,
           false};
    track.steps = {std::make_shared<PolicyImpactStep>(pacing), std::make_shared<RevokeKeyAccessStep>(pacing),
                   std::make_shared<EnvironmentLockStateStep>(false, pacing)};
    return track;
}

workflow::Track unlockTrack(const Pacing &pacing)
{
    workflow::Track track;
    track.info
        = {QStringLiteral("pp-unlock"),
           RestoreKeyAccessStep::tr("Power Platform · Unlock environments"),
           RestoreKeyAccessStep::tr("Restore exactly the key access that was revoked, then send Microsoft "
                                    "support the request that re-enables the environments."),
           Persona::CustomerKeyVaultAdmin,
           QStringLiteral("seed 003"),
           LockDocs,
           false};
    track.steps = {std::make_shared<PolicyImpactStep>(pacing), std::make_shared<RestoreKeyAccessStep>(pacing),
                   std::make_shared<EnvironmentLockStateStep>(true, pacing)};
    return track;
}

} // namespace cmk::tracks
