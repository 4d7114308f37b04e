#pragma once

// "Power Platform · Environment admin" (seeds 002, 003, 004): the Power Platform or Dynamics 365
// administrator checks their own role and Reader on the enterprise policy, chooses environments
// (only those that qualify; the others are listed with the reason), and then adds them to the
// policy and follows their encryption to the end, removes them (back to a Microsoft-managed
// key), moves them to a new policy (change key), or migrates bring-your-own-key environments.
// Encryption takes hours to days: the step survives restarts and continues from the
// environments' own state.

#include "services/powerplatformclient.h"
#include "tracks/powerplatform.h"

namespace cmk::tracks {

/// What an environment-admin track does with the chosen environments.
enum class EnvironmentChange {
    Add, ///< link to the policy: encrypt with the customer-managed key
    Remove, ///< unlink: back to the Microsoft-managed key
    ChangeKey, ///< from policy.previousId to policy.id (the documented way to change the key)
    MigrateByok, ///< bring-your-own-key environments to the policy (seed 003)
};

workflow::Track powerPlatformEnvironmentsTrack(EnvironmentChange change, const Pacing &pacing = {});

/// Whether the environment is linked (or being linked) to `policy`, by the policy's resource ID.
bool linkedTo(const services::PowerPlatformEnvironment &environment, const ResourceId &policy);
/// Whether the environment is disabled (a lock; the admin API shows runtime state Disabled).
bool isLocked(const services::PowerPlatformEnvironment &environment);

/// Why `environment` cannot take part in `change`, or empty. `policyLocation` is the target
/// policy's; `policyId` the policy it must be linked to now (Remove) or move from (ChangeKey).
QString environmentIneligibility(const services::PowerPlatformEnvironment &environment,
                                 EnvironmentChange change, const QString &policyLocation,
                                 const ResourceId &policyId, const ResourceId &previousPolicyId);

/// Step 1: the signed-in administrator holds a Power Platform, Dynamics 365 or Global
/// administrator role and can read the policy (Reader): both read from the services.
class VerifyEnvironmentAdminStep : public ReadingStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::VerifyEnvironmentAdminStep)

public:
    VerifyEnvironmentAdminStep(EnvironmentChange change, const Pacing &pacing);
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    QList<roles::Requirement> requirements() const override;
    void check(workflow::StepRun &run) const override;

protected:
    QString readNote() const override;

private:
    EnvironmentChange m_change;
};

/// Step 2: the environments to work on, from the tenant's list: every chosen one must qualify
/// (each refusal says why); "all" takes every one that does.
class ChooseEnvironmentsStep : public ReadingStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::ChooseEnvironmentsStep)

public:
    ChooseEnvironmentsStep(EnvironmentChange change, const Pacing &pacing);
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;

protected:
    QString readNote() const override;

private:
    EnvironmentChange m_change;
};

/// Step 3: links (or unlinks) every chosen environment and follows each to the end: the
/// operations run side by side, and the environments' own state (Linking with its percentage,
/// Linked, Unlinking) is what counts, so a restarted run continues without sending anything again.
class ChangeEnvironmentLinksStep : public PowerPlatformStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::ChangeEnvironmentLinksStep)

public:
    ChangeEnvironmentLinksStep(EnvironmentChange change, const Pacing &pacing);
    Info info() const override;
    QList<roles::Requirement> requirements() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

private:
    struct Follow;
    void follow(workflow::StepRun &run, std::shared_ptr<Follow> state) const;
    EnvironmentChange m_change;
};

} // namespace cmk::tracks
