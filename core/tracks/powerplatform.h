#pragma once

// "Power Platform · Key vault admin" (seed 002, the Azure part): the customer's key vault
// administrator makes the vault fit (soft delete, purge protection, a network the Power Platform
// can reach), the key (RSA or RSA-HSM, 2048 or 3072 bits), registers Microsoft.PowerPlatform and
// its enterprise policies feature, creates the Encryption enterprise policy, grants the policy's
// identity get, wrapKey and unwrapKey on the key, grants the named Power Platform administrator
// Reader on the policy, and hands the policy over to that administrator.

#include "tracks/isvsteps.h"
#include "workflow/track.h"

#include <QCoreApplication>

namespace cmk::tracks {

workflow::Track powerPlatformKeyVaultTrack(const Pacing &pacing = {});

/// What the Power Platform steps share: the policy's resource ID from the run's values.
class PowerPlatformStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::PowerPlatformStep)

public:
    using IsvStep::IsvStep;

    /// `policy.id`, or the policy named `policy.name` in the key vault's resource group.
    static std::optional<ResourceId> policyIdOf(const workflow::Values &values);
    /// The key vault from `vault.id`, or from the subscription, resource group and `vault.name`.
    static std::optional<ResourceId> vaultIdOf(const workflow::Values &values);
    static workflow::InputSpec policyInput(); ///< `policy.id` for the Power Platform admin's tracks
};

/// A step that only reads (a check of roles, a choice, an inventory): its check is the whole step,
/// and its plan says that nothing changes.
class ReadingStep : public PowerPlatformStep
{
public:
    using PowerPlatformStep::PowerPlatformStep;
    workflow::Plan plan(const workflow::Values &, const CloudProfile &) const override
    {
        workflow::Plan plan;
        plan.notes << readNote();
        return plan;
    }
    /// Reached only when the check did not find the step done, which a reading step never
    /// reports: its check either succeeds or fails the run.
    void apply(workflow::StepRun &run) const override;

protected:
    virtual QString readNote() const = 0; ///< translated: what it reads
};

/// Step 2: the vault's network lets the Power Platform in: public network access on, and a
/// firewall that denies by default lets trusted Microsoft services through (bypass AzureServices).
/// Only ever loosens the rules; rules that already let the service in are left alone.
class VaultNetworkStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::VaultNetworkStep)

public:
    using PowerPlatformStep::PowerPlatformStep;
    Info info() const override;
    QList<roles::Requirement> requirements() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;

    /// Why the vault's network keeps the Power Platform out, or empty.
    static QString networkProblem(const QString &publicNetworkAccess, const QString &defaultAction,
                                  const QString &bypass);
};

/// Step 5: the Encryption enterprise policy in a Power Platform location, naming the key with its
/// version. An existing policy of that name is used when it names the same key; one naming
/// another key is not changed (moving environments to a new key is the change-key track).
class EnterprisePolicyStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::EnterprisePolicyStep)

public:
    using PowerPlatformStep::PowerPlatformStep;
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    QList<roles::Requirement> requirements() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;
};

/// Step 6: the policy's managed identity may get, wrap and unwrap the key: Key Vault Crypto
/// Service Encryption User on the key (Azure RBAC vaults) or an access policy entry. A new
/// identity takes minutes to reach Azure role assignments; the grant is retried meanwhile.
class PolicyKeyAccessStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::PolicyKeyAccessStep)

public:
    using PowerPlatformStep::PowerPlatformStep;
    Info info() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

    /// Whether the identity `principal` can use the key: read in `done(granted)`; fails the run on errors.
    static void readAccess(workflow::StepRun &run, const ResourceId &vault, const QString &keyName,
                           const ObjectId &principal, bool accessPolicies, std::function<void(bool)> done);
    /// Grants `principal` get, wrapKey and unwrapKey on the key, the way the vault grants.
    static void grant(workflow::StepRun &run, const ResourceId &vault, const QString &keyName,
                      const ObjectId &principal, bool accessPolicies, const Pacing &pacing,
                      std::function<void()> done);

private:
    static void assignWithRetry(workflow::StepRun &run, const services::RoleAssignmentRequest &request,
                                Backoff *backoff, const Pacing &pacing, std::function<void()> done);
};

/// Step 7: Reader on the policy for the Power Platform administrator named by user principal
/// name (found in Microsoft Graph): without it, adding an environment fails (seed 002).
class PolicyReaderStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::PolicyReaderStep)

public:
    using PowerPlatformStep::PowerPlatformStep;
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    QList<roles::Requirement> requirements() const override;
    void preflight(workflow::StepRun &run) const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
};

/// Step 8: the hand-off to the Power Platform administrator (handoff.out): the policy, its
/// system ID and location, the key and the vault. No secrets.
class PolicyHandoffStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::PolicyHandoffStep)

public:
    using PowerPlatformStep::PowerPlatformStep;
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
};

} // namespace cmk::tracks
