#pragma once

// "Lock / unlock" (seed 003): the key vault administrator revokes the enterprise policy's access
// to its key by one of the six documented ways, only after a plan that lists every environment
// that goes offline and a typed confirmation naming the policy; unlock restores exactly what is
// missing for the policy's original key (vault, key, key version, the identity's access, the
// vault's network) and prepares the Microsoft support request that re-enables the environments.

#include "tracks/powerplatform.h"

namespace cmk::tracks {

/// The six ways of seed 003, as `lock.method` values.
namespace LockMethod {
inline constexpr QLatin1StringView RevokeAccess {"revoke-access"};
inline constexpr QLatin1StringView DisableKey {"disable-key"};
inline constexpr QLatin1StringView DisableKeyVersion {"disable-key-version"};
inline constexpr QLatin1StringView DeleteKey {"delete-key"};
inline constexpr QLatin1StringView DeleteVault {"delete-vault"};
inline constexpr QLatin1StringView DeletePolicy {"delete-policy"};
QStringList all();
} // namespace LockMethod

workflow::Track lockTrack(const Pacing &pacing = {});
workflow::Track unlockTrack(const Pacing &pacing = {});

/// Lock step 1 and unlock step 1: what the policy uses (vault, key and version, identity) and
/// which environments are linked to it. Reads only.
class PolicyImpactStep : public ReadingStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::PolicyImpactStep)

public:
    using ReadingStep::ReadingStep;
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;

protected:
    QString readNote() const override;
};

/// Lock step 2: revokes the policy's key access the chosen way, and records what it revoked.
class RevokeKeyAccessStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::RevokeKeyAccessStep)

public:
    using PowerPlatformStep::PowerPlatformStep;
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
};

/// Lock step 3 and unlock step 3: waits until the listed environments show the state the track
/// leads to (locked; or, after unlock, key access restored), then for unlock composes the support
/// request: environments, policy, key, lock times.
class EnvironmentLockStateStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::EnvironmentLockStateStep)

public:
    EnvironmentLockStateStep(bool unlocking, const Pacing &pacing);
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    /// apply() ends only once it has read the state it waits for (or written the request).
    void verify(workflow::StepRun &run) const override;

private:
    void poll(workflow::StepRun &run, Backoff *backoff) const;
    bool m_unlocking;
};

/// Unlock step 2: restores what the policy's original key lacks, in order: the vault (recovered
/// from soft delete), the key (recovered), its version (enabled), the identity's access
/// (granted again), the vault's network (trusted services let through).
class RestoreKeyAccessStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::RestoreKeyAccessStep)

public:
    using PowerPlatformStep::PowerPlatformStep;
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

private:
    struct Findings;
    void inspect(workflow::StepRun &run, std::function<void(const Findings &)> done) const;
    void restoreNext(workflow::StepRun &run, std::shared_ptr<Findings> findings) const;
};

} // namespace cmk::tracks
