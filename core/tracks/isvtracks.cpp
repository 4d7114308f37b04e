#include "tracks/isvtracks.h"

#include "tracks/docs.h"
#include "tracks/keys.h"
#include "types/region.h"
#include "util/json.h"

#include <QRegularExpression>
#include <QTimer>

namespace cmk::tracks {

using workflow::InputSpec;
using workflow::Plan;
using workflow::PlannedCall;
using workflow::Side;
using workflow::StepRun;
using workflow::Values;

namespace {

/// The translation context of the tracks' own texts.
class IsvTracks
{
    Q_DECLARE_TR_FUNCTIONS(cmk::tracks::IsvTracks)
};

/// Saves a long-running operation's state with the run after every poll, and says what Azure
/// is doing (`what` names the resource).
services::ServiceClient::Progress saving(StepRun &run, const QString &what)
{
    return [&run, what](const http::OperationState &state) {
        run.saveOperation(state);
        //: %1 names a resource ("the private endpoint pe-1"), %2 is Azure's status word (InProgress)
        run.progress(
            IsvTracks::tr("Azure is working on %1 (%2)…")
                .arg(what, state.lastStatus.isEmpty() ? QStringLiteral("InProgress") : state.lastStatus));
    };
}

/// Follows the long-running operation a stopped run saved to its end; the resource's ID becomes
/// the step's `output`.
template<typename Resource>
void followSaved(StepRun &run, const http::OperationState &operation, const QString &what,
                 QLatin1StringView output)
{
    run.arm(Side::Isv).resume<Resource>(operation, &run, saving(run, what),
                                        [&run, output](const services::Reply<Resource> &reply) {
                                            if (!reply.ok())
                                                run.failed(reply.error);
                                            else
                                                run.succeeded({{output, reply.value->id.toString()}});
                                        });
}

bool sameRegion(const QString &a, const QString &b)
{
    const auto ra = Region::parse(a);
    const auto rb = Region::parse(b);
    return ra && rb ? *ra == *rb : a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isTerminal(const QString &provisioningState)
{
    return provisioningState.isEmpty() || http::OperationState::isTerminal(provisioningState);
}

bool isFailed(const QString &provisioningState)
{
    return provisioningState.compare(QLatin1StringView("Failed"), Qt::CaseInsensitive) == 0
        || provisioningState.compare(QLatin1StringView("Canceled"), Qt::CaseInsensitive) == 0;
}

/// The check of a resource a step puts: missing (404), not as wanted, or its last operation
/// Failed means not done (a Failed resource is put again, as Azure documents for that state; one
/// still being worked on is followed by verification); otherwise done, with its ID under `idKey`.
template<typename Resource, typename Wanted>
std::function<void(const services::Reply<Resource> &)>
checkedAgainst(StepRun &run, Wanted wanted, bool (*matches)(const Resource &, const Wanted &),
               QLatin1StringView idKey)
{
    return [&run, wanted = std::move(wanted), matches, idKey](const services::Reply<Resource> &reply) {
        if (!reply.ok()) {
            if (reply.error.httpStatus == 404)
                run.checked(false);
            else
                run.failed(reply.error);
            return;
        }
        if (matches(*reply.value, wanted) && !isFailed(reply.value->provisioningState))
            run.checked(true, {{idKey, reply.value->id.toString()}});
        else
            run.checked(false);
    };
}

QString netAppAccountText(const Values &values)
{
    return values.value(key::NetAppAccountName);
}

ResourceId netAppAccountId(const Values &values)
{
    return IsvStep::isvResource(values, u"Microsoft.NetApp", u"netAppAccounts",
                                values.value(key::NetAppAccountName));
}

ResourceId diskEncryptionSetId(const Values &values)
{
    return IsvStep::isvResource(values, u"Microsoft.Compute", u"diskEncryptionSets",
                                values.value(key::DiskEncryptionSetName));
}

QString resourcePath(const ResourceId &id, QLatin1StringView fallbackKey)
{
    return id.isValid() ? id.toString() : IsvStep::placeholder(fallbackKey);
}

QString waitText(std::chrono::milliseconds wait)
{
    return QString::number(double(wait.count()) / 1000.0, 'f', wait < std::chrono::seconds(10) ? 1 : 0);
}

} // namespace

// ---- Tracks -----------------------------------------------------------------------------------------

QStringList netAppCrossTenantRegions()
{
    // Seed 000, "Supported regions".
    return QStringLiteral(
               "australiacentral australiacentral2 australiaeast australiasoutheast brazilsouth "
               "brazilsoutheast canadacentral canadaeast centralindia centralus eastasia eastus eastus2 "
               "francecentral germanynorth germanywestcentral israelcentral italynorth japaneast "
               "japanwest koreacentral koreasouth northcentralus northeurope norwayeast norwaywest "
               "qatarcentral southafricanorth southcentralus southindia southeastasia spaincentral "
               "swedencentral switzerlandnorth switzerlandwest uaecentral uaenorth uksouth ukwest "
               "westeurope westus westus2 westus3")
        .split(u' ');
}

QStringList managedDisksCrossTenantRegions()
{
    // Seed 001, "Limitations" (the preview's list of 2022).
    return QStringLiteral("centralus northcentralus westus westcentralus eastus eastus2 northeurope")
        .split(u' ');
}

TrackInfo isvNetAppTrackInfo()
{
    return {
        QStringLiteral("isv-netapp"),
        IsvTracks::tr("ISV · NetApp Files"),
        IsvTracks::tr("Encrypt an Azure NetApp Files account in your tenant with a key in your customer's "
                      "tenant: application, identity, federated credential, a private endpoint to their key "
                      "vault, and the account's encryption."),
        Persona::IsvEngineer,
        QStringLiteral("seed 000"),
        QUrl(QStringLiteral("https://learn.microsoft.com/azure/azure-netapp-files/"
                            "customer-managed-keys-cross-tenant"))};
}

TrackInfo isvManagedDisksTrackInfo()
{
    return {
        QStringLiteral("isv-managed-disks"),
        IsvTracks::tr("ISV · Managed disks"),
        IsvTracks::tr("Encrypt managed disks in your tenant with a key in your customer's tenant: preview "
                      "feature, application, identity, federated credential, and a disk encryption set "
                      "with the customer's key."),
        Persona::IsvEngineer,
        QStringLiteral("seed 001"),
        QUrl(QStringLiteral("https://learn.microsoft.com/azure/virtual-machines/"
                            "disks-cross-tenant-customer-managed-keys"))};
}

workflow::Track isvNetAppTrack(const Pacing &pacing)
{
    workflow::Track track;
    track.info = isvNetAppTrackInfo();
    RegionCheckStep::Rules rules;
    rules.stepNumber = QStringLiteral("1");
    rules.regions = netAppCrossTenantRegions();
    rules.checkEndpointSubnet = true;
    rules.notes << IsvTracks::tr("Cross-tenant customer-managed keys for Azure NetApp Files are a preview, "
                                 "configured through the REST API only.");
    rules.summary = IsvTracks::tr(
        "Reads the resource group and the private endpoint's virtual network before anything is created. "
        "The region must be one where Azure NetApp Files offers cross-tenant customer-managed keys, and the "
        "endpoint's subnet must be in the volumes' virtual network but not delegated to "
        "Microsoft.NetApp/volumes.");
    rules.docsUrl = docs::netApp(u"supported-regions");
    RegistrationStep::Config registration;
    registration.id = QStringLiteral("registration");
    registration.number = QStringLiteral("2");
    registration.title = IsvTracks::tr("Register the resource providers");
    registration.providers = {QStringLiteral("Microsoft.NetApp"), QStringLiteral("Microsoft.Network"),
                              QStringLiteral("Microsoft.ManagedIdentity")};
    registration.summary = IsvTracks::tr(
        "Registers the Microsoft.NetApp, Microsoft.Network and Microsoft.ManagedIdentity resource providers "
        "on your subscription and waits until Azure reports each one Registered. The NetApp account, the "
        "private endpoint and the managed identity cannot be created before their providers are.");
    registration.docsUrl = docs::netApp(u"register-the-feature");
    const QUrl configure
        = docs::netApp(u"configure-a-netapp-account-to-use-a-key-from-a-vault-in-another-tenant");
    track.steps = {
        std::make_shared<RegionCheckStep>(rules, pacing),
        std::make_shared<RegistrationStep>(registration, pacing),
        std::make_shared<AppRegistrationStep>(QStringLiteral("3"), configure, pacing),
        std::make_shared<ManagedIdentityStep>(QStringLiteral("4"), configure, pacing),
        std::make_shared<FederatedCredentialStep>(QStringLiteral("5"), configure, pacing),
        std::make_shared<HandoffStep>(
            HandoffStep::Options {QStringLiteral("6"), true, false, false,
                                  docs::netApp(u"authorize-access-to-the-key-vault")},
            pacing),
        std::make_shared<PrivateEndpointStep>(QStringLiteral("7"), pacing),
        std::make_shared<PrivateEndpointApprovalStep>(QStringLiteral("8"), pacing),
        std::make_shared<NetAppEncryptionStep>(QStringLiteral("9"), pacing),
        std::make_shared<NetAppVerifyStep>(QStringLiteral("10"), pacing),
    };
    return track;
}

workflow::Track isvManagedDisksTrack(const Pacing &pacing)
{
    workflow::Track track;
    track.info = isvManagedDisksTrackInfo();
    RegistrationStep::Config registration;
    registration.id = QStringLiteral("feature-registration");
    registration.number = QStringLiteral("1");
    registration.title = IsvTracks::tr("Register EncryptionAtRestWithCrossTenantKey");
    registration.providers
        = {QStringLiteral("Microsoft.Compute"), QStringLiteral("Microsoft.ManagedIdentity")};
    registration.features
        = {{QStringLiteral("Microsoft.Compute"), QStringLiteral("EncryptionAtRestWithCrossTenantKey")}};
    registration.summary = IsvTracks::tr(
        "Registers the preview feature EncryptionAtRestWithCrossTenantKey, then Microsoft.Compute again and "
        "Microsoft.ManagedIdentity, and waits until each one reports Registered. Until the feature is "
        "registered on your subscription, a disk encryption set cannot use a key from another tenant.");
    registration.docsUrl = docs::managedDisks(u"prerequisites");
    RegionCheckStep::Rules rules;
    rules.stepNumber = QStringLiteral("2");
    rules.regions = managedDisksCrossTenantRegions();
    rules.enforced = false; // the preview's list is from 2022; Azure's answer decides
    rules.notes << IsvTracks::tr(
        "Ultra Disks and Premium SSD v2 cannot use a key from another tenant: disks "
        "with this disk encryption set must be Premium SSD, Standard SSD or Standard HDD.")
                << IsvTracks::tr("The disk encryption set must be in its key vault's region; the customer's "
                                 "hand-off is checked against the region given here.");
    rules.summary = IsvTracks::tr(
        "Checks that the region and the resource group exist, and warns when the region is not in the "
        "preview's list. Disks that use a key from another tenant cannot be Ultra Disks or Premium SSD v2, "
        "and the disk encryption set must be in the same region as the customer's key vault.");
    rules.docsUrl = docs::managedDisks(u"limitations");
    track.steps = {
        std::make_shared<RegistrationStep>(registration, pacing),
        std::make_shared<RegionCheckStep>(rules, pacing),
        std::make_shared<AppRegistrationStep>(
            QStringLiteral("3"),
            docs::managedDisks(u"the-service-provider-creates-a-multi-tenant-application-registration"),
            pacing),
        std::make_shared<ManagedIdentityStep>(
            QStringLiteral("4"),
            docs::managedDisks(
                u"the-service-provider-creates-a-resource-group-and-a-user-assigned-managed-identity"),
            pacing),
        std::make_shared<FederatedCredentialStep>(
            QStringLiteral("5"),
            docs::managedDisks(u"the-service-provider-configures-the-user-assigned-managed-identity-as-a-"
                               u"federated-credential-on-the-application"),
            pacing),
        std::make_shared<HandoffStep>(
            HandoffStep::Options {
                QStringLiteral("6"), false, true, true,
                docs::managedDisks(u"the-service-provider-shares-the-application-id-with-the-customer")},
            pacing),
        std::make_shared<DiskEncryptionSetStep>(QStringLiteral("7"), pacing),
        std::make_shared<DiskEncryptionSetVerifyStep>(QStringLiteral("8"), pacing),
    };
    return track;
}

// ---- PrivateEndpointStep ------------------------------------------------------------------------------

PrivateEndpointStep::PrivateEndpointStep(QString number, const Pacing &pacing)
    : IsvStep(pacing)
    , m_number(std::move(number))
{
}

workflow::Step::Info PrivateEndpointStep::info() const
{
    return {QStringLiteral("private-endpoint"),
            m_number,
            tr("Create the private endpoint to the customer's key vault"),
            Side::Isv,
            tr("Network Contributor on the virtual network and the resource group"),
            {QStringLiteral("handoff")},
            {key::PrivateEndpointId},
            tr("Creates a private endpoint in your volumes' virtual network to the customer's key vault "
               "(sub-resource vault), as a connection request the customer approves. Azure NetApp Files "
               "reaches the customer's key only through this endpoint."),
            docs::netApp(u"configure-a-netapp-account-to-use-a-key-from-a-vault-in-another-tenant")};
}

QList<InputSpec> PrivateEndpointStep::inputs() const
{
    const QRegularExpression name(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?")));
    return {subnetInput(),
            {key::PrivateEndpointName, tr("Private endpoint name"),
             tr("Leave empty for pe-{NetApp account}-cmk. The customer sees it when they approve."), false,
             [name](const QString &value) -> std::optional<ParseError> {
                 if (name.match(value).hasMatch())
                     return std::nullopt;
                 return ParseError {
                     ParseErrorCategory::InvalidName,
                     tr("%1 cannot name a private endpoint: use 1-64 letters, digits, '_', '.' and "
                        "'-', starting with a letter or digit and ending with a letter, digit or "
                        "'_'.")
                         .arg(quotedInput(value))};
             }}};
}

void PrivateEndpointStep::check(StepRun &run) const
{
    const ResourceId id = HandoffStep::privateEndpointId(run.values());
    run.arm(Side::Isv).getPrivateEndpoint(
        id, &run, [&run, id](const services::Reply<services::PrivateEndpoint> &reply) {
            if (!reply.ok()) {
                if (reply.error.httpStatus == 404)
                    run.checked(false);
                else
                    run.failed(reply.error);
                return;
            }
            const auto vault = ResourceId::parse(run.value(key::VaultId));
            if (!vault || reply.value->keyVault != *vault) {
                run.failed(error(
                    QStringLiteral("PrivateEndpointNameTaken"),
                    tr("The private endpoint %1 already exists and connects to %2, not to the customer's "
                       "key vault %3. Choose another name (privateEndpoint.name) and run the track again.")
                        .arg(id.name(), reply.value->keyVault.toString(), run.value(key::VaultId))));
                return;
            }
            run.checked(true, {{key::PrivateEndpointId, reply.value->id.toString()}});
        });
}

Plan PrivateEndpointStep::plan(const Values &values, const CloudProfile &profile) const
{
    const ResourceId id = HandoffStep::privateEndpointId(values);
    const json::Json connection
        = {{"name", HandoffStep::privateEndpointName(values).toStdString()},
           {"properties",
            {{"privateLinkServiceId", IsvStep::valueOr(values, key::VaultId).toStdString()},
             {"groupIds", json::Json::array({"vault"})}}}};
    PlannedCall call;
    call.method = "PUT";
    call.url = armUrl(profile, resourcePath(id, key::PrivateEndpointId),
                      QStringLiteral("Microsoft.Network/privateEndpoints"));
    call.body
        = json::Json {{"location",
                       Region::parse(values.value(key::Region)).value_or(Region()).name().toStdString()},
                      {"properties",
                       {{"subnet", {{"id", valueOr(values, key::SubnetId).toStdString()}}},
                        {"manualPrivateLinkServiceConnections", json::Json::array({connection})}}}}
              .dump()
              .c_str();
    call.why
        = tr("Create the private endpoint to the customer's key vault (sub-resource vault); the customer "
             "approves the connection.");
    Plan plan;
    plan.calls << call;
    plan.notes << tr(
        "The subnet is checked first: in the volumes' virtual network and region, not delegated to "
        "Microsoft.NetApp/volumes.")
               << placeholdersNote();
    return plan;
}

void PrivateEndpointStep::apply(StepRun &run) const
{
    create(run);
}

void PrivateEndpointStep::create(StepRun &run) const
{
    const auto subnet = ResourceId::parse(run.value(key::SubnetId)).value_or(ResourceId());
    run.arm(Side::Isv).getVirtualNetwork(
        subnet.parent().value_or(ResourceId()), &run,
        [&run, subnet](const services::Reply<services::VirtualNetwork> &network) {
            if (!network.ok()) {
                run.failed(network.error);
                return;
            }
            if (const QString problem
                = RegionCheckStep::subnetProblem(*network.value, subnet, run.value(key::Region));
                !problem.isEmpty()) {
                run.failed(error(QStringLiteral("SubnetNotUsable"), problem));
                return;
            }
            services::PrivateEndpoint endpoint;
            endpoint.id = HandoffStep::privateEndpointId(run.values());
            endpoint.location = run.value(key::Region);
            endpoint.subnet = subnet;
            endpoint.keyVault = ResourceId::parse(run.value(key::VaultId)).value_or(ResourceId());
            endpoint.requestMessage
                = tr("%1 (tenant %2) asks for a private endpoint to this key vault for Azure NetApp Files "
                     "customer-managed keys.")
                      .arg(run.value(key::AppDisplayName), run.value(key::IsvTenantId));
            run.progress(tr("Creating the private endpoint %1…").arg(endpoint.id.name()));
            run.arm(Side::Isv).createPrivateEndpoint(
                endpoint, &run, saving(run, tr("the private endpoint %1").arg(endpoint.id.name())),
                [&run](const services::Reply<services::PrivateEndpoint> &reply) {
                    if (!reply.ok())
                        run.failed(reply.error);
                    else
                        run.succeeded({{key::PrivateEndpointId, reply.value->id.toString()}});
                });
        });
}

void PrivateEndpointStep::resume(StepRun &run, const http::OperationState &operation) const
{
    followSaved<services::PrivateEndpoint>(
        run, operation, tr("the private endpoint %1").arg(HandoffStep::privateEndpointName(run.values())),
        key::PrivateEndpointId);
}

// ---- PrivateEndpointApprovalStep ----------------------------------------------------------------------

PrivateEndpointApprovalStep::PrivateEndpointApprovalStep(QString number, const Pacing &pacing)
    : IsvStep(pacing)
    , m_number(std::move(number))
{
}

workflow::Step::Info PrivateEndpointApprovalStep::info() const
{
    return {QStringLiteral("endpoint-approval"),
            m_number,
            tr("Wait for the customer to approve the private endpoint"),
            Side::Isv,
            tr("Reader on the private endpoint (the customer's key vault administrator approves)"),
            {QStringLiteral("private-endpoint")},
            {},
            tr("Waits, looking again at growing intervals, until the customer approves the private endpoint "
               "connection on their key vault. Nothing is changed here; if the wizard is closed meanwhile, "
               "running the track again simply looks again."),
            docs::netApp(u"authorize-access-to-the-key-vault")};
}

namespace {

http::ServiceError endpointRejected(const services::PrivateEndpoint &endpoint)
{
    return IsvStep::error(QStringLiteral("PrivateEndpointRejected"),
                          PrivateEndpointApprovalStep::tr(
                              "The customer rejected the private endpoint %1 (\"%2\"). A rejected "
                              "connection cannot be approved again: delete the endpoint (Private "
                              "endpoints in the Azure portal), agree with the customer, and run the "
                              "track again to create and ask once more.")
                              .arg(endpoint.id.name(), endpoint.connectionDescription));
}

} // namespace

void PrivateEndpointApprovalStep::check(StepRun &run) const
{
    run.arm(Side::Isv).getPrivateEndpoint(
        HandoffStep::privateEndpointId(run.values()), &run,
        [&run](const services::Reply<services::PrivateEndpoint> &reply) {
            if (!reply.ok())
                run.failed(reply.error);
            else if (reply.value->connectionStatus == services::PrivateLinkStatus::Rejected)
                run.failed(endpointRejected(*reply.value));
            else
                run.checked(reply.value->connectionStatus == services::PrivateLinkStatus::Approved);
        });
}

Plan PrivateEndpointApprovalStep::plan(const Values &values, const CloudProfile &profile) const
{
    Q_UNUSED(profile)
    Plan plan;
    plan.notes
        << tr("Nothing changes here. The customer approves the connection of %1 on their key vault "
              "(Networking → Private endpoint connections); the wizard looks again with growing waits and "
              "can be closed and run again meanwhile.")
               .arg(HandoffStep::privateEndpointName(values));
    return plan;
}

void PrivateEndpointApprovalStep::apply(StepRun &run) const
{
    poll(run, new Backoff(run, pacing()));
}

void PrivateEndpointApprovalStep::poll(StepRun &run, Backoff *backoff) const
{
    run.arm(Side::Isv).getPrivateEndpoint(
        HandoffStep::privateEndpointId(run.values()), &run,
        [this, &run, backoff](const services::Reply<services::PrivateEndpoint> &reply) {
            if (!reply.ok()) {
                run.failed(reply.error);
                return;
            }
            const services::PrivateEndpoint &endpoint = *reply.value;
            switch (endpoint.connectionStatus) {
            case services::PrivateLinkStatus::Approved:
                run.succeeded();
                return;
            case services::PrivateLinkStatus::Rejected:
                run.failed(endpointRejected(endpoint));
                return;
            case services::PrivateLinkStatus::Disconnected:
                run.failed(
                    error(QStringLiteral("PrivateEndpointDisconnected"),
                          tr("The private endpoint %1 is disconnected from the customer's key vault (it may "
                             "have been removed there). Delete the endpoint and run the track again.")
                              .arg(endpoint.id.name())));
                return;
            case services::PrivateLinkStatus::Pending:
            case services::PrivateLinkStatus::Unknown:
                break;
            }
            if (backoff->elapsed() >= pacing().approvalTimeout) {
                run.failed(
                    error(QStringLiteral("ApprovalTimedOut"),
                          tr("The private endpoint %1 still waits for the customer's approval. Remind the "
                             "customer; run the track again to keep waiting.")
                              .arg(endpoint.id.name())));
                return;
            }
            run.progress(
                tr("Waiting for the customer to approve the private endpoint %1 on their key vault %2. "
                   "Looking again in %3 s.")
                    .arg(endpoint.id.name(), endpoint.keyVault.name(), waitText(backoff->upcoming())));
            backoff->wait([this, &run, backoff] { poll(run, backoff); });
        });
}

// ---- NetAppEncryptionStep -----------------------------------------------------------------------------

NetAppEncryptionStep::NetAppEncryptionStep(QString number, const Pacing &pacing)
    : IsvStep(pacing)
    , m_number(std::move(number))
{
}

workflow::Step::Info NetAppEncryptionStep::info() const
{
    return {QStringLiteral("netapp-encryption"),
            m_number,
            tr("Encrypt the NetApp account with the customer's key"),
            Side::Isv,
            tr("Contributor on the NetApp account and Managed Identity Operator on the identity"),
            {QStringLiteral("endpoint-approval"), QStringLiteral("managed-identity")},
            {key::NetAppAccountId},
            tr("Sets the NetApp account's encryption to the customer's key, through the user-assigned "
               "identity and with the application ID as federatedClientId; the account is created when it "
               "does not exist. A write refused only because the customer's grant has not reached Azure yet "
               "is tried again."),
            docs::netApp(u"configure-the-netapp-account-to-use-your-keys")};
}

QList<InputSpec> NetAppEncryptionStep::inputs() const
{
    const QRegularExpression name(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_-]{0,127}")));
    return {{key::NetAppAccountName, tr("NetApp account name"),
             tr("The NetApp account whose volumes use the customer's key; created when it does not exist."),
             true, [name](const QString &value) -> std::optional<ParseError> {
                 if (name.match(value).hasMatch())
                     return std::nullopt;
                 return ParseError {
                     ParseErrorCategory::InvalidName,
                     tr("%1 cannot name a NetApp account: use 1-128 letters, digits, '-' and '_', "
                        "starting with a letter or digit.")
                         .arg(quotedInput(value))};
             }}};
}

services::NetAppEncryption NetAppEncryptionStep::wanted(const Values &values)
{
    services::NetAppEncryption e;
    e.identity = ResourceId::parse(values.value(key::IdentityId)).value_or(ResourceId());
    e.key = KeyIdentifier::parse(values.value(key::KeyUrl)).value_or(KeyIdentifier()).versionless();
    e.keyVault = ResourceId::parse(values.value(key::VaultId)).value_or(ResourceId());
    e.federatedClientId = AppId::parse(values.value(key::AppId)).value_or(AppId());
    return e;
}

bool NetAppEncryptionStep::matches(const services::NetAppAccount &account,
                                   const services::NetAppEncryption &wanted)
{
    if (!account.encryption)
        return false;
    const services::NetAppEncryption &e = *account.encryption;
    return e.identity == wanted.identity && e.key.versionless() == wanted.key.versionless()
        && e.keyVault == wanted.keyVault && e.federatedClientId == wanted.federatedClientId;
}

void NetAppEncryptionStep::check(StepRun &run) const
{
    run.arm(Side::Isv).getNetAppAccount(
        netAppAccountId(run.values()), &run,
        checkedAgainst<services::NetAppAccount>(run, wanted(run.values()), &matches, key::NetAppAccountId));
}

Plan NetAppEncryptionStep::plan(const Values &values, const CloudProfile &profile) const
{
    const ResourceId id = netAppAccountId(values);
    const auto keyId = KeyIdentifier::parse(values.value(key::KeyUrl));
    json::Json identityMap = json::Json::object();
    identityMap[valueOr(values, key::IdentityId).toStdString()] = json::Json::object();
    const json::Json body
        = {{"location", Region::parse(values.value(key::Region)).value_or(Region()).name().toStdString()},
           {"identity", {{"type", "UserAssigned"}, {"userAssignedIdentities", identityMap}}},
           {"properties",
            {{"encryption",
              {{"keySource", "Microsoft.KeyVault"},
               {"keyVaultProperties",
                {{"keyVaultUri",
                  (keyId ? keyId->vaultUri().toString() : placeholder(key::KeyUrl)).toStdString()},
                 {"keyName", (keyId ? keyId->name() : placeholder(key::KeyUrl)).toStdString()},
                 {"keyVaultResourceId", valueOr(values, key::VaultId).toStdString()}}},
               {"identity",
                {{"userAssignedIdentity", valueOr(values, key::IdentityId).toStdString()},
                 {"federatedClientId", valueOr(values, key::AppId).toStdString()}}}}}}}};
    PlannedCall call;
    call.method = "PUT";
    call.url = armUrl(profile, resourcePath(id, key::NetAppAccountId),
                      QStringLiteral("Microsoft.NetApp/netAppAccounts"));
    call.body = body.dump().c_str();
    call.why
        = tr("Encrypt the NetApp account %1 with the customer's key, through the managed identity and the "
             "application (federatedClientId). An existing account is changed with PATCH instead.")
              .arg(netAppAccountText(values));
    Plan plan;
    plan.calls << call;
    plan.notes << tr(
        "Azure refuses this until the customer has installed the application and granted it the key; "
        "right after the grant the wizard tries again for a few minutes while it propagates.")
               << placeholdersNote();
    return plan;
}

void NetAppEncryptionStep::apply(StepRun &run) const
{
    write(run, new Backoff(run, pacing()));
}

void NetAppEncryptionStep::write(StepRun &run, Backoff *backoff) const
{
    const ResourceId id = netAppAccountId(run.values());
    auto done = [this, &run, backoff](const services::Reply<services::NetAppAccount> &reply) {
        if (reply.ok()) {
            run.succeeded({{key::NetAppAccountId, reply.value->id.toString()}});
            return;
        }
        if (mayBePropagation(reply.error) && backoff->waits() + 1 < pacing().propagationAttempts) {
            run.progress(
                tr("Azure cannot use the customer's key yet (%1). A new service principal or grant takes "
                   "a few minutes to reach every service; trying again in %2 s (attempt %3 of %4).")
                    .arg(reply.error.code, waitText(backoff->upcoming()))
                    .arg(backoff->waits() + 2)
                    .arg(pacing().propagationAttempts));
            backoff->wait([this, &run, backoff] { write(run, backoff); });
            return;
        }
        run.failed(reply.error);
    };
    run.arm(Side::Isv).getNetAppAccount(
        id, &run, [&run, id, done](const services::Reply<services::NetAppAccount> &existing) {
            const services::NetAppEncryption encryption = wanted(run.values());
            if (existing.ok()) {
                if (matches(*existing.value, encryption) && !isFailed(existing.value->provisioningState)) {
                    done(existing);
                    return;
                }
                run.progress(tr("Switching the NetApp account %1 to the customer's key…").arg(id.name()));
                run.arm(Side::Isv).updateNetAppAccountEncryption(
                    id, encryption, &run, saving(run, tr("the NetApp account %1").arg(id.name())), done);
                return;
            }
            if (existing.error.httpStatus != 404) {
                run.failed(existing.error);
                return;
            }
            services::NetAppAccount account;
            account.id = id;
            account.location = run.value(key::Region);
            account.encryption = encryption;
            run.progress(tr("Creating the NetApp account %1 with the customer's key…").arg(id.name()));
            run.arm(Side::Isv).createOrUpdateNetAppAccount(
                account, &run, saving(run, tr("the NetApp account %1").arg(id.name())), done);
        });
}

void NetAppEncryptionStep::resume(StepRun &run, const http::OperationState &operation) const
{
    followSaved<services::NetAppAccount>(run, operation,
                                         tr("the NetApp account %1").arg(run.value(key::NetAppAccountName)),
                                         key::NetAppAccountId);
}

// ---- NetAppVerifyStep ---------------------------------------------------------------------------------

void ReadBackStep::check(StepRun &run) const
{
    inspect(run, new Backoff(run, pacing()), [&run] { run.checked(true); });
}

void ReadBackStep::apply(StepRun &run) const
{
    inspect(run, new Backoff(run, pacing()), [&run] { run.succeeded(); });
}

NetAppVerifyStep::NetAppVerifyStep(QString number, const Pacing &pacing)
    : ReadBackStep(pacing)
    , m_number(std::move(number))
{
}

workflow::Step::Info NetAppVerifyStep::info() const
{
    return {QStringLiteral("verify"),
            m_number,
            tr("Verify the NetApp account uses the customer's key"),
            Side::Isv,
            tr("Reader on the NetApp account"),
            {QStringLiteral("netapp-encryption")},
            {},
            tr("Reads the NetApp account back: the customer's key, the identity and federatedClientId. The "
               "step is done when the key's status is InUse, that is when Azure NetApp Files can encrypt "
               "volumes with the customer's key."),
            docs::netApp(u"verify-cross-tenant-cmk-configuration")};
}

void NetAppVerifyStep::inspect(StepRun &run, Backoff *backoff, std::function<void()> ok) const
{
    run.arm(Side::Isv).getNetAppAccount(
        netAppAccountId(run.values()), &run,
        [this, &run, backoff, ok](const services::Reply<services::NetAppAccount> &reply) {
            if (!reply.ok()) {
                run.failed(reply.error);
                return;
            }
            const services::NetAppAccount &account = *reply.value;
            const QString status = account.encryption ? account.encryption->keyStatus : QString();
            const bool settling = !isTerminal(account.provisioningState) || status.isEmpty()
                || status == QLatin1StringView("Created") || status == QLatin1StringView("Updating");
            if (settling && backoff->waits() < pacing().propagationAttempts) {
                backoff->wait([this, &run, backoff, ok] { inspect(run, backoff, ok); });
                return;
            }
            if (!NetAppEncryptionStep::matches(account, NetAppEncryptionStep::wanted(run.values()))) {
                run.failed(
                    error(QStringLiteral("EncryptionChanged"),
                          tr("The NetApp account %1 is not encrypted with the customer's key, identity and "
                             "application as this track set them up; someone may have changed it since. "
                             "Look at its encryption settings in the Azure portal.")
                              .arg(account.id.name())));
                return;
            }
            if (isFailed(account.provisioningState)) {
                run.failed(
                    error(QStringLiteral("NetAppAccountFailed"),
                          tr("Azure ended the last change of the NetApp account %1 as %2. Run the track "
                             "again: the encryption step puts the account again, as Azure advises.")
                              .arg(account.id.name(), account.provisioningState)));
                return;
            }
            if (status != QLatin1StringView("InUse")) {
                run.failed(
                    error(QStringLiteral("KeyNotInUse"),
                          tr("The NetApp account %1 reports its key as %2, not InUse: Azure cannot use the "
                             "customer's key. Ask the customer to check that the key is enabled and that the "
                             "application still has access, then run this step again.")
                              .arg(account.id.name(), status)));
                return;
            }
            ok();
        });
}

Plan NetAppVerifyStep::plan(const Values &values, const CloudProfile &profile) const
{
    Q_UNUSED(values)
    Q_UNUSED(profile)
    Plan plan;
    plan.notes << tr("Reads the NetApp account: its key must be InUse.");
    return plan;
}

// ---- DiskEncryptionSetStep ----------------------------------------------------------------------------

DiskEncryptionSetStep::DiskEncryptionSetStep(QString number, const Pacing &pacing)
    : IsvStep(pacing)
    , m_number(std::move(number))
{
}

workflow::Step::Info DiskEncryptionSetStep::info() const
{
    return {QStringLiteral("disk-encryption-set"),
            m_number,
            tr("Create the disk encryption set with the customer's key"),
            Side::Isv,
            tr("Contributor on the resource group and Managed Identity Operator on the identity"),
            {QStringLiteral("handoff"), QStringLiteral("managed-identity")},
            {key::DiskEncryptionSetId},
            tr("Creates the disk encryption set with the customer's versioned key URL, the user-assigned "
               "identity and the application ID as federatedClientId. Managed disks that use this set are "
               "encrypted with the key in the customer's tenant; a write refused only because the customer's "
               "grant has not reached Azure yet is tried again."),
            docs::managedDisks(u"create-a-disk-encryption-set")};
}

QList<InputSpec> DiskEncryptionSetStep::inputs() const
{
    const QRegularExpression name(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,80}")));
    return {
        {key::DiskEncryptionSetName, tr("Disk encryption set name"),
         tr("The disk encryption set your disks will use, in the resource group and region above."), true,
         [name](const QString &value) -> std::optional<ParseError> {
             if (name.match(value).hasMatch())
                 return std::nullopt;
             return ParseError {ParseErrorCategory::InvalidName,
                                tr("%1 cannot name a disk encryption set: use 1-80 letters, digits, '_' and "
                                   "'-'.")
                                    .arg(quotedInput(value))};
         }},
        {key::AutoKeyRotation, tr("Automatic key rotation"),
         tr("true: the disks follow new versions of the customer's key by themselves; false (the default): "
            "they keep this version."),
         false, [](const QString &value) -> std::optional<ParseError> {
             if (value == QLatin1StringView("true") || value == QLatin1StringView("false"))
                 return std::nullopt;
             return ParseError {ParseErrorCategory::UnknownValue,
                                tr("%1 is not true or false.").arg(quotedInput(value))};
         }}};
}

services::DiskEncryptionSet DiskEncryptionSetStep::wanted(const Values &values)
{
    services::DiskEncryptionSet set;
    set.id = diskEncryptionSetId(values);
    set.location = values.value(key::Region);
    set.identity = ResourceId::parse(values.value(key::IdentityId)).value_or(ResourceId());
    set.activeKey = KeyIdentifier::parse(values.value(key::KeyUrl)).value_or(KeyIdentifier());
    set.federatedClientId = AppId::parse(values.value(key::AppId)).value_or(AppId());
    set.rotationToLatestKeyVersionEnabled = values.value(key::AutoKeyRotation) == QLatin1StringView("true");
    return set;
}

bool DiskEncryptionSetStep::matches(const services::DiskEncryptionSet &set,
                                    const services::DiskEncryptionSet &wanted)
{
    const bool key = wanted.rotationToLatestKeyVersionEnabled
        ? set.activeKey.versionless() == wanted.activeKey.versionless()
        : set.activeKey == wanted.activeKey;
    return key && set.identity == wanted.identity && set.federatedClientId == wanted.federatedClientId
        && set.rotationToLatestKeyVersionEnabled == wanted.rotationToLatestKeyVersionEnabled
        && sameRegion(set.location, wanted.location);
}

void DiskEncryptionSetStep::preflight(StepRun &run) const
{
    const auto keyId = KeyIdentifier::parse(run.value(key::KeyUrl));
    QTimer::singleShot(0, &run, [&run, keyId] {
        if (keyId && !keyId->isVersioned())
            run.failed(
                error(QStringLiteral("KeyVersionMissing"),
                      tr("The key %1 has no version; a disk encryption set needs the key identifier of a "
                         "version (it ends with 32 hexadecimal digits).")
                          .arg(keyId->toString())));
        else
            run.succeeded();
    });
}

void DiskEncryptionSetStep::check(StepRun &run) const
{
    run.arm(Side::Isv).getDiskEncryptionSet(
        diskEncryptionSetId(run.values()), &run,
        checkedAgainst<services::DiskEncryptionSet>(run, wanted(run.values()), &matches,
                                                    key::DiskEncryptionSetId));
}

Plan DiskEncryptionSetStep::plan(const Values &values, const CloudProfile &profile) const
{
    const ResourceId id = diskEncryptionSetId(values);
    json::Json identityMap = json::Json::object();
    identityMap[valueOr(values, key::IdentityId).toStdString()] = json::Json::object();
    const json::Json body
        = {{"location", Region::parse(values.value(key::Region)).value_or(Region()).name().toStdString()},
           {"identity", {{"type", "UserAssigned"}, {"userAssignedIdentities", identityMap}}},
           {"properties",
            {{"activeKey", {{"keyUrl", valueOr(values, key::KeyUrl).toStdString()}}},
             {"encryptionType", "EncryptionAtRestWithCustomerKey"},
             {"federatedClientId", valueOr(values, key::AppId).toStdString()},
             {"rotationToLatestKeyVersionEnabled",
              values.value(key::AutoKeyRotation) == QLatin1StringView("true")}}}};
    PlannedCall call;
    call.method = "PUT";
    call.url = armUrl(profile, resourcePath(id, key::DiskEncryptionSetId),
                      QStringLiteral("Microsoft.Compute/diskEncryptionSets"));
    call.body = body.dump().c_str();
    call.why = tr("Create the disk encryption set %1 with the customer's key, through the managed identity "
                  "and the "
                  "application (federatedClientId).")
                   .arg(values.value(key::DiskEncryptionSetName));
    Plan plan;
    plan.calls << call;
    plan.notes << tr(
        "Azure refuses this until the customer has installed the application and granted it the key; "
        "right after the grant the wizard tries again for a few minutes while it propagates.")
               << placeholdersNote();
    return plan;
}

void DiskEncryptionSetStep::apply(StepRun &run) const
{
    const ResourceId id = diskEncryptionSetId(run.values());
    auto *backoff = new Backoff(run, pacing());
    run.arm(Side::Isv).getDiskEncryptionSet(
        id, &run, [this, &run, backoff](const services::Reply<services::DiskEncryptionSet> &existing) {
            services::DiskEncryptionSet set = wanted(run.values());
            if (existing.ok()) {
                if (matches(*existing.value, set) && !isFailed(existing.value->provisioningState)) {
                    run.succeeded({{key::DiskEncryptionSetId, existing.value->id.toString()}});
                    return;
                }
                set.raw = existing.value->raw; // keep what the wizard does not model
                if (set.rotationToLatestKeyVersionEnabled
                    && existing.value->activeKey.versionless() == set.activeKey.versionless())
                    set.activeKey = existing.value->activeKey; // rotation may have moved on: do not roll back
            } else if (existing.error.httpStatus != 404) {
                run.failed(existing.error);
                return;
            }
            write(run, set, backoff);
        });
}

void DiskEncryptionSetStep::write(StepRun &run, services::DiskEncryptionSet set, Backoff *backoff) const
{
    run.progress(tr("Writing the disk encryption set %1…").arg(set.id.name()));
    run.arm(Side::Isv).createOrUpdateDiskEncryptionSet(
        set, &run, saving(run, tr("the disk encryption set %1").arg(set.id.name())),
        [this, &run, set, backoff](const services::Reply<services::DiskEncryptionSet> &reply) {
            if (reply.ok()) {
                run.succeeded({{key::DiskEncryptionSetId, reply.value->id.toString()}});
                return;
            }
            if (mayBePropagation(reply.error) && backoff->waits() + 1 < pacing().propagationAttempts) {
                run.progress(
                    tr("Azure cannot use the customer's key yet (%1). A new service principal or grant "
                       "takes a few minutes to reach every service; trying again in %2 s (attempt %3 of "
                       "%4).")
                        .arg(reply.error.code, waitText(backoff->upcoming()))
                        .arg(backoff->waits() + 2)
                        .arg(pacing().propagationAttempts));
                backoff->wait([this, &run, set, backoff] { write(run, set, backoff); });
                return;
            }
            run.failed(reply.error);
        });
}

void DiskEncryptionSetStep::resume(StepRun &run, const http::OperationState &operation) const
{
    followSaved<services::DiskEncryptionSet>(
        run, operation, tr("the disk encryption set %1").arg(run.value(key::DiskEncryptionSetName)),
        key::DiskEncryptionSetId);
}

// ---- DiskEncryptionSetVerifyStep ----------------------------------------------------------------------

DiskEncryptionSetVerifyStep::DiskEncryptionSetVerifyStep(QString number, const Pacing &pacing)
    : ReadBackStep(pacing)
    , m_number(std::move(number))
{
}

workflow::Step::Info DiskEncryptionSetVerifyStep::info() const
{
    return {
        QStringLiteral("verify"),
        m_number,
        tr("Verify the disk encryption set uses the customer's key"),
        Side::Isv,
        tr("Reader on the disk encryption set"),
        {QStringLiteral("disk-encryption-set")},
        {},
        tr("Reads the disk encryption set back and checks that it finished provisioning with the "
           "customer's key and the application as its federated client. Only then can disks use the set."),
        docs::managedDisks(u"create-a-disk-encryption-set")};
}

void DiskEncryptionSetVerifyStep::inspect(StepRun &run, Backoff *backoff, std::function<void()> ok) const
{
    run.arm(Side::Isv).getDiskEncryptionSet(
        diskEncryptionSetId(run.values()), &run,
        [this, &run, backoff, ok](const services::Reply<services::DiskEncryptionSet> &reply) {
            if (!reply.ok()) {
                run.failed(reply.error);
                return;
            }
            const services::DiskEncryptionSet &set = *reply.value;
            if (!isTerminal(set.provisioningState) && backoff->waits() < pacing().propagationAttempts) {
                backoff->wait([this, &run, backoff, ok] { inspect(run, backoff, ok); });
                return;
            }
            if (!DiskEncryptionSetStep::matches(set, DiskEncryptionSetStep::wanted(run.values()))) {
                run.failed(
                    error(QStringLiteral("EncryptionChanged"),
                          tr("The disk encryption set %1 does not use the customer's key, identity and "
                             "application as this track set them up; someone may have changed it since. "
                             "Look at it in the Azure portal.")
                              .arg(set.id.name())));
                return;
            }
            if (set.provisioningState.compare(QLatin1StringView("Succeeded"), Qt::CaseInsensitive) != 0) {
                run.failed(error(
                    QStringLiteral("DiskEncryptionSetNotReady"),
                    tr("The disk encryption set %1 is %2, not Succeeded. Run the track again: a set whose "
                       "last change failed is put again, as Azure advises; one still changing is waited for.")
                        .arg(set.id.name(), set.provisioningState)));
                return;
            }
            ok();
        });
}

Plan DiskEncryptionSetVerifyStep::plan(const Values &values, const CloudProfile &profile) const
{
    Q_UNUSED(values)
    Q_UNUSED(profile)
    Plan plan;
    plan.notes << tr(
        "Reads the disk encryption set: provisioned, with the customer's key, the identity and the "
        "application.");
    return plan;
}

} // namespace cmk::tracks
