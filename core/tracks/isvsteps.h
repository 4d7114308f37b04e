#pragma once

// The steps both ISV tracks share (seeds 000 and 001): region rules, provider and feature
// registration, the multi-tenant application, the user-assigned identity, the federated
// credential that joins them, and the hand-off with the customer. Each is one class used by
// both tracks, configured where the tracks differ.

#include "services/armclient.h"
#include "services/graphclient.h"
#include "tracks/keys.h"
#include "workflow/handoff.h"
#include "workflow/step.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

namespace cmk::tracks {

/// How long the ISV steps wait and how often they look again: while a provider or preview
/// feature registers, while the customer has not approved the private endpoint yet, and while a
/// new grant, principal or credential is not visible everywhere yet (propagation). The waits
/// grow from `firstPoll` by half each time up to `maxPoll`; nothing sleeps a fixed time.
struct Pacing
{
    std::chrono::milliseconds firstPoll {std::chrono::seconds(5)};
    std::chrono::milliseconds maxPoll {std::chrono::minutes(1)};
    std::chrono::milliseconds registrationTimeout {std::chrono::hours(1)};
    std::chrono::milliseconds approvalTimeout {std::chrono::hours(24)};
    /// Tries of a call that may fail only because something new has not propagated yet
    /// (about four minutes with the default waits, as the services document).
    int propagationAttempts = 8;
};

/// Waits between tries of something that is not there yet, with growing intervals (Pacing).
/// A child of the StepRun: it stops when the step's run ends, so a destroyed runner leaves no
/// timer behind.
class Backoff : public QObject
{
public:
    Backoff(workflow::StepRun &run, const Pacing &pacing);

    /// Runs `next` after the next wait.
    void wait(std::function<void()> next);
    /// How many waits were scheduled so far.
    int waits() const { return m_waits; }
    /// The wait wait() will use next.
    std::chrono::milliseconds upcoming() const { return m_next; }
    /// Time since this backoff was made.
    std::chrono::milliseconds elapsed() const { return std::chrono::milliseconds(m_clock.elapsed()); }

private:
    std::chrono::milliseconds m_next;
    std::chrono::milliseconds m_max;
    int m_waits = 0;
    QElapsedTimer m_clock;
};

/// What the ISV steps share: reading their inputs from the run's values, the resource IDs
/// those inputs name, and the errors a step reports.
class IsvStep : public workflow::Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::IsvStep)

public:
    explicit IsvStep(const Pacing &pacing)
        : m_pacing(pacing)
    {
    }

    /// The input specs of the values most ISV steps read.
    static workflow::InputSpec subscriptionInput();
    static workflow::InputSpec resourceGroupInput();
    static workflow::InputSpec regionInput();
    /// Azure NetApp Files: the subnet for the private endpoint to the customer's vault.
    static workflow::InputSpec subnetInput();

    /// `/subscriptions/{isv.subscriptionId}/resourceGroups/{isv.resourceGroup}/providers/{type}/{name}`
    /// from the run's values; invalid when they are missing.
    static ResourceId isvResource(const workflow::Values &values, QStringView providerNamespace,
                                  QStringView type, QStringView name);
    /// A step's own error: not the service's, but what it found wrong (code and message).
    static http::ServiceError error(const QString &code, const QString &message);
    /// Whether a failed call may succeed once a new principal, credential or grant has propagated.
    static bool mayBePropagation(const http::ServiceError &error);
    /// The text shown where a value is not known until an earlier step has run: "$(app.appId)".
    static QString placeholder(QLatin1StringView key);
    /// `value` of `key`, or its placeholder.
    static QString valueOr(const workflow::Values &values, QLatin1StringView key);
    /// An ARM URL of this cloud for `path`, with the api-version of `resourceType`.
    static QUrl armUrl(const CloudProfile &profile, const QString &path, const QString &resourceType);
    /// A Microsoft Graph v1.0 URL of this cloud for `path`.
    static QUrl graphUrl(const CloudProfile &profile, const QString &path);
    /// The plan note that explains placeholders.
    static QString placeholdersNote();

protected:
    const Pacing &pacing() const { return m_pacing; }

private:
    Pacing m_pacing;
};

/// Step "Check the region": the region exists in this cloud and the feature is offered there
/// (an error, or only a warning where the how-to's list is out of date), the resource group
/// exists, and for Azure NetApp Files the endpoint's subnet is in that region and not delegated
/// to Microsoft.NetApp/volumes. Reads only; it fails before anything is changed.
class RegionCheckStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::RegionCheckStep)

public:
    struct Rules
    {
        QString stepNumber;
        QStringList regions; ///< where the how-to says the feature is offered (programmatic names)
        bool enforced = true; ///< false: a region outside the list is only a warning
        QStringList notes; ///< translated warnings shown with the step (unsupported disk types, ...)
        bool checkEndpointSubnet = false; ///< Azure NetApp Files: the subnet of vnet.subnetId
        QString summary; ///< translated: Step::Info::summary, as the track's how-to words the check
        QUrl docsUrl; ///< the how-to's section on the region rules
    };

    RegionCheckStep(Rules rules, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void preflight(workflow::StepRun &run) const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

    /// Why `subnet` cannot hold the private endpoint to the vault, or empty: it must exist in
    /// `network`, in `region`, and not be delegated to Microsoft.NetApp/volumes.
    static QString subnetProblem(const services::VirtualNetwork &network, const ResourceId &subnet,
                                 const QString &region);

private:
    QStringList localProblems(const workflow::Values &values, const CloudProfile &profile) const;
    /// The reads of check() and apply(); `ok` ends the stage when everything is fine.
    void inspect(workflow::StepRun &run, std::function<void()> ok) const;

    Rules m_rules;
};

/// Step "Register the resource providers and features": registers what is not registered yet
/// and waits, polling with backoff, until Azure reports every one Registered. A provider is
/// registered again after one of its features, so that it picks the feature up.
class RegistrationStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::RegistrationStep)

public:
    struct Feature
    {
        QString providerNamespace;
        QString name;
    };
    struct Config
    {
        QString id;
        QString number;
        QString title; ///< translated
        QStringList providers; ///< namespaces, e.g. Microsoft.NetApp
        QList<Feature> features;
        workflow::Side side = workflow::Side::Isv; ///< whose subscription
        QLatin1StringView subscriptionKey = key::IsvSubscriptionId;
        QString summary; ///< translated: Step::Info::summary (what is registered and why)
        QUrl docsUrl; ///< the how-to's section on the registration
    };

    RegistrationStep(Config config, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    QList<roles::Requirement> requirements() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

private:
    /// What a read of every provider and feature found.
    struct Status;
    void read(workflow::StepRun &run, std::function<void(const Status &)> done) const;
    void registerNext(workflow::StepRun &run, QList<Feature> features, QStringList providers,
                      Backoff *backoff) const;
    void poll(workflow::StepRun &run, QStringList providers, Backoff *backoff) const;

    Config m_config;
};

/// Step "Register the multi-tenant application" (Entra ID, "Accounts in any organizational
/// directory"). Keyed on the application (client) ID in the run: found by it when present,
/// created only when the run has none. (Graph's uniqueName upsert would make a lost answer to
/// the create harmless; the sandbox does not offer it, so an interrupted create is reported
/// instead of repeated: see resume().)
class AppRegistrationStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::AppRegistrationStep)

public:
    /// `docsUrl`: the section of the track's how-to that describes this step.
    AppRegistrationStep(QString number, QUrl docsUrl, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void preflight(workflow::StepRun &run) const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void verify(workflow::StepRun &run) const override;
    /// The run stopped while the create was on its way: its answer, with the new ID, is lost.
    void resume(workflow::StepRun &run, const http::OperationState &operation) const override;

private:
    void find(workflow::StepRun &run, Backoff *backoff) const;
    /// Registers the application, the pending create saved first (resume()).
    void create(workflow::StepRun &run) const;

    QString m_number;
    QUrl m_docsUrl;
};

/// Step "Create the user-assigned managed identity", keyed on its resource ID (subscription,
/// resource group and name from the inputs).
class ManagedIdentityStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::ManagedIdentityStep)

public:
    /// `docsUrl`: the section of the track's how-to that describes this step.
    ManagedIdentityStep(QString number, QUrl docsUrl, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void verify(workflow::StepRun &run) const override;

private:
    void read(workflow::StepRun &run, Backoff *backoff) const;

    QString m_number;
    QUrl m_docsUrl;
};

/// Step "Add the federated credential" (the portal's "Customer Managed Keys" scenario): the
/// identity may act as the application. Issuer `{authority}/{ISV tenant}/v2.0`, subject the
/// identity's principal ID exactly, audience the cloud's token-exchange audience. Keyed on the
/// application's object ID and the credential's name, or an existing credential that already
/// says exactly that; linted before it is written and again as stored.
class FederatedCredentialStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::FederatedCredentialStep)

public:
    /// `docsUrl`: the section of the track's how-to that describes this step.
    FederatedCredentialStep(QString number, QUrl docsUrl, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;
    void verify(workflow::StepRun &run) const override;

    /// The credential the run's values call for: name from fic.name (or cmk-{identity.name}).
    static services::FederatedCredentialSpec expected(const workflow::Values &values,
                                                      const CloudProfile &profile);
    /// Differences between a credential and what the scenario needs; empty when it is right.
    /// Compares exactly: Entra ID matches issuer, subject and audience character by character.
    static QStringList lint(const services::FederatedCredentialSpec &wanted, const QString &issuer,
                            const QString &subject, const QStringList &audiences);

private:
    void inspect(workflow::StepRun &run, bool verifying, Backoff *backoff) const;
    void write(workflow::StepRun &run, Backoff *backoff) const;

    QString m_number;
    QUrl m_docsUrl;
};

/// Step "Hand off to the customer": writes the ISV → customer file (tenant, application,
/// admin-consent link, what to grant, the private endpoint to approve) and takes the customer's
/// reply (tenant, key, vault), from a customer → ISV file or typed in. Until the reply is there
/// the step stops with WaitingForCustomer, which says what to send and what to do next; running
/// the track again with handoff.in continues here.
class HandoffStep : public IsvStep
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::HandoffStep)

public:
    struct Options
    {
        QString number;
        bool privateEndpoint = false; ///< Azure NetApp Files: name the endpoint the customer approves
        bool sameRegion = false; ///< disks: the key vault must be in the track's region
        bool versionedKey = false; ///< disks: the key URL must name a version
        QUrl docsUrl; ///< the section of the track's how-to on sharing the application with the customer
    };

    HandoffStep(Options options, const Pacing &pacing);

    Info info() const override;
    QList<workflow::InputSpec> inputs() const override;
    void preflight(workflow::StepRun &run) const override;
    void check(workflow::StepRun &run) const override;
    workflow::Plan plan(const workflow::Values &values, const CloudProfile &profile) const override;
    void apply(workflow::StepRun &run) const override;

    /// The hand-off this step writes for the run's values.
    workflow::Handoff outgoing(const workflow::Values &values, const CloudProfile &profile,
                               const auth::SignedInIdentity &who) const;
    /// The private endpoint's resource ID the NetApp track creates (known before it exists).
    static ResourceId privateEndpointId(const workflow::Values &values);
    /// The private endpoint's name: privateEndpoint.name, or pe-{netapp.accountName}-cmk.
    static QString privateEndpointName(const workflow::Values &values);

private:
    QStringList localProblems(const workflow::Values &values, const CloudProfile &profile,
                              const auth::SignedInIdentity &isv) const;
    /// What is wrong with the customer's reply for this run: its values as localProblems() sees
    /// them, values it contradicts, and (disks) a vault in another region.
    QStringList replyProblems(const workflow::Handoff &reply, const workflow::Values &values,
                              const CloudProfile &profile, const auth::SignedInIdentity &isv) const;
    bool hasReply(const workflow::Values &values) const;

    Options m_options;
};

} // namespace cmk::tracks
