#pragma once

// "Customer · Grant an ISV access to my key" (seeds 000 and 001, the customer's part): the key
// vault administrator of the customer tenant installs the ISV's application, makes sure the
// vault and key are fit for a customer-managed key, grants the application exactly get, wrapKey
// and unwrapKey on that key, hands the key back to the ISV and approves the ISV's private
// endpoint (Azure NetApp Files).

#include "tracks/docs.h"
#include "workflow/track.h"

#include <QCoreApplication>

#include <chrono>

namespace cmk::tracks {

/// How long the customer track waits for what the directory and the ISV do on their own time.
struct CustomerGrantOptions
{
    /// Role assignment attempts while Azure does not see a new service principal yet
    /// (PrincipalNotFound: directory replication), and the backoff between them.
    int principalAttempts = 10;
    std::chrono::milliseconds principalFirstDelay {std::chrono::seconds(5)};
    std::chrono::milliseconds principalMaxDelay {std::chrono::seconds(60)};
    /// How long step 7 waits for the ISV's private endpoint to reach the vault, and how often it looks.
    std::chrono::milliseconds endpointWait {std::chrono::minutes(30)};
    std::chrono::milliseconds endpointFirstPoll {std::chrono::seconds(5)};
    std::chrono::milliseconds endpointMaxPoll {std::chrono::seconds(60)};
};

/// The customer track: import the ISV's hand-off, install the ISV's application (or admin
/// consent in the browser), vault with soft delete and purge protection, RSA or RSA-HSM key of
/// at least 2048 bits, grant the application's service principal on the key (Azure RBAC or an
/// access policy), the hand-off back to the ISV, and the ISV's private endpoint approved.
workflow::Track customerGrantTrack(const CustomerGrantOptions &options = {});

/// Step 1: reads the ISV's hand-off file (handoff.in), checks it strictly, and makes its values
/// the run's. Nothing is sent; the file is checked again before anything else happens.
class ImportHandoffStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::ImportHandoffStep)

public:
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
};

/// Step 2: the ISV's application installed in the customer tenant, found by its application
/// ID; created through Microsoft Graph when missing, or by admin consent in the browser.
class ServicePrincipalStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::ServicePrincipalStep)

public:
    Info info() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
};

/// Step 3: the key vault, created with soft delete and purge protection, or an existing one
/// checked and its purge protection turned on.
class KeyVaultStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::KeyVaultStep)

public:
    /// `docsUrl`: the how-to section on the vault (the Power Platform track points to its own).
    explicit KeyVaultStep(QUrl docsUrl = docs::managedDisks(u"the-customer-creates-a-key-vault"));
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void preflight(workflow::StepRun &run) const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;

private:
    QUrl m_docsUrl;
};

/// Step 4: the key, RSA or RSA-HSM with at least 2048 bits, enabled and allowed to wrap and
/// unwrap; an existing key of that name is used as it is, a new one created only when there is none.
class KeyStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::KeyStep)

public:
    /// `sizes`: the RSA sizes the service that uses the key accepts (Power Platform: 2048 or 3072);
    /// `docsUrl`: the how-to section on the key.
    explicit KeyStep(QList<int> sizes = {2048, 3072, 4096},
                     QUrl docsUrl = docs::managedDisks(u"the-customer-creates-an-encryption-key"));
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void preflight(workflow::StepRun &run) const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

private:
    QList<int> m_sizes;
    QUrl m_docsUrl;
};

/// Step 5: the ISV's service principal may get, wrap and unwrap the key: Key Vault Crypto
/// Service Encryption User on the key itself (Azure RBAC vaults) or an access policy entry
/// (access-policy vaults). Waits, a bounded number of times, for a new service principal to
/// reach Azure role assignments.
class GrantKeyAccessStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::GrantKeyAccessStep)

public:
    explicit GrantKeyAccessStep(const CustomerGrantOptions &options = {});
    Info info() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

private:
    void assignRole(workflow::StepRun &run, const QString &principal, int attempt) const;
    CustomerGrantOptions m_options;
};

/// Step 6: the customer → ISV hand-off file (handoff.out): key URL with its version, vault ID,
/// customer tenant, region and how access was granted. Written again only when it differs.
class HandoffBackStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::HandoffBackStep)

public:
    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
};

/// Step 7: approves the private endpoint connection the hand-off names, and no other; waits
/// for the ISV to create it. Done at once when the hand-off names none (managed disks).
class ApprovePrivateEndpointStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::ApprovePrivateEndpointStep)

public:
    explicit ApprovePrivateEndpointStep(const CustomerGrantOptions &options = {});
    Info info() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;

private:
    void poll(workflow::StepRun &run, std::chrono::milliseconds waited, std::chrono::milliseconds next) const;
    CustomerGrantOptions m_options;
};

} // namespace cmk::tracks
