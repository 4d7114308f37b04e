#pragma once

// The two ISV tracks of the cross-tenant how-tos: Azure NetApp Files (seed 000) and managed
// disks (seed 001), as step lists, with the steps only one of them has.

#include "tracks/isvsteps.h"
#include "workflow/track.h"

namespace cmk::tracks {

/// ISV · NetApp Files (seed 000): region → providers → application → identity → federated
/// credential → hand-off → private endpoint to the customer's vault → its approval → the NetApp
/// account's encryption with the customer's key → verify.
workflow::Track isvNetAppTrack(const Pacing &pacing = {});
/// ISV · Managed disks (seed 001): EncryptionAtRestWithCrossTenantKey → region rules →
/// application → identity → federated credential → hand-off → disk encryption set with
/// federatedClientId → verify.
workflow::Track isvManagedDisksTrack(const Pacing &pacing = {});

/// What the start page and `cmkctl track list` show of the two tracks.
TrackInfo isvNetAppTrackInfo();
TrackInfo isvManagedDisksTrackInfo();

/// Regions where the cross-tenant how-tos say the feature is offered (programmatic names).
QStringList netAppCrossTenantRegions();
QStringList managedDisksCrossTenantRegions();

/// Step "Create the private endpoint to the customer's key vault": sub-resource `vault`, in a
/// subnet of the volumes' virtual network that is not delegated to Microsoft.NetApp/volumes, with
/// a manual connection the customer approves. Keyed on its resource ID (from the inputs).
class PrivateEndpointStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::PrivateEndpointStep)

public:
    PrivateEndpointStep(QString number, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;

private:
    void create(workflow::StepRun &run) const;

    QString m_number;
};

/// Step "Wait for the customer to approve the private endpoint": reads the endpoint's connection
/// state with growing waits until the customer approves it. Changes nothing; a stopped wizard
/// simply looks again when the track is run again.
class PrivateEndpointApprovalStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::PrivateEndpointApprovalStep)

public:
    PrivateEndpointApprovalStep(QString number, const Pacing &pacing);

    Info info() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

private:
    void poll(workflow::StepRun &run, Backoff *backoff) const;

    QString m_number;
};

/// Step "Encrypt the NetApp account with the customer's key": the account (created when it does
/// not exist) uses the key in the customer's vault through the user-assigned identity and the
/// application (`federatedClientId`). Keyed on the account's resource ID; retried while a new
/// grant propagates.
class NetAppEncryptionStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::NetAppEncryptionStep)

public:
    NetAppEncryptionStep(QString number, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;

    /// The encryption the run's values call for.
    static services::NetAppEncryption wanted(const workflow::Values &values);
    /// Whether `account` is encrypted as `wanted` says.
    static bool matches(const services::NetAppAccount &account, const services::NetAppEncryption &wanted);

private:
    void write(workflow::StepRun &run, Backoff *backoff) const;

    QString m_number;
};

/// A "Verify" step: reads back what an earlier step wrote, waiting while Azure still settles it.
/// Already done when the read-back is right; applying it is the same read.
class ReadBackStep : public IsvStep
{
public:
    using IsvStep::IsvStep;

    void check(workflow::StepRun &run) const override;
    void apply(workflow::StepRun &run) const override;

protected:
    /// Reads, and calls `ok` when everything is as it should be; otherwise fails the run.
    virtual void inspect(workflow::StepRun &run, Backoff *backoff, std::function<void()> ok) const = 0;
};

/// Step "Verify": the NetApp account's key status is InUse (Azure can use the customer's key).
class NetAppVerifyStep : public ReadBackStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::NetAppVerifyStep)

public:
    NetAppVerifyStep(QString number, const Pacing &pacing);

    Info info() const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;

protected:
    void inspect(workflow::StepRun &run, Backoff *backoff, std::function<void()> ok) const override;

private:
    QString m_number;
};

/// Step "Create the disk encryption set with the customer's key": user-assigned identity,
/// `federatedClientId` = the application, the versioned key URL, optional automatic key
/// rotation. Keyed on the set's resource ID; retried while a new grant propagates.
class DiskEncryptionSetStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::DiskEncryptionSetStep)

public:
    DiskEncryptionSetStep(QString number, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void preflight(workflow::StepRun &run) const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;

    /// The disk encryption set the run's values call for.
    static services::DiskEncryptionSet wanted(const workflow::Values &values);
    /// Whether `set` is as `wanted` says; with automatic rotation any version of the key counts.
    static bool matches(const services::DiskEncryptionSet &set, const services::DiskEncryptionSet &wanted);

private:
    void write(workflow::StepRun &run, services::DiskEncryptionSet set, Backoff *backoff) const;

    QString m_number;
};

/// Step "Verify": the disk encryption set has finished provisioning with the customer's key and
/// the application as its federated client.
class DiskEncryptionSetVerifyStep : public ReadBackStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::DiskEncryptionSetVerifyStep)

public:
    DiskEncryptionSetVerifyStep(QString number, const Pacing &pacing);

    Info info() const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;

protected:
    void inspect(workflow::StepRun &run, Backoff *backoff, std::function<void()> ok) const override;

private:
    QString m_number;
};

} // namespace cmk::tracks
