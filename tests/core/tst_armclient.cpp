// ArmClient against the sandbox over real loopback HTTPS, as the demo's people: lists over
// several pages, registration, identities, vaults, private endpoints and their approval, disk
// encryption sets and NetApp accounts with a key in another tenant, role assignments that a
// re-run finds, enterprise policies; long-running operations resumed from their saved state in
// a new pipeline, failed operations, busy resources, missing rights; and bad input that is
// refused without a single request.

#include "clientreply.h"
#include "coreharness.h"
#include "services/armclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;

namespace {

const DemoUser Riley {QStringLiteral("riley@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Support-1"),
                      CustomerTenant};
const DemoUser Priya {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"),
                      CustomerTenant};

const SubscriptionId IsvSub = *SubscriptionId::parse(IsvSubscription);
const SubscriptionId CustomerSub = *SubscriptionId::parse(CustomerSubscription);
const QString CustomerRg
    = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/");
const QString IsvRg = QStringLiteral("/subscriptions/aaaaaaaa-0000-0000-0000-000000000001/resourceGroups/");

ResourceId rid(const QString &text)
{
    return ResourceId::parse(text).value_or(ResourceId());
}

template<typename T> QString describe(const Reply<T> &reply)
{
    return reply.error.technicalSummary();
}

/// One ArmClient call expected to fail; its callback records into `refusal`.
using Attempt
    = std::function<void(ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal)>;

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

Q_DECLARE_METATYPE(Attempt)

class TestArmClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void apiVersionsComeFromOneTable();
    void subscriptionsAndResourceGroups();
    void listsFollowEveryPage();
    void providerAndFeatureRegistration();
    void identityKeepsWhatItDoesNotModel();
    void vaultAndAccessPolicies();
    void privateEndpointWaitsForApproval();
    void diskEncryptionSetWithKeyInAnotherTenant();
    void netAppAccountSwitchesToCustomerKey();
    void roleAssignmentIsCreatedOnce();
    void equalAssignmentUnderAnotherNameIsFound();
    void enterprisePolicyForPowerPlatform();

    void operationResumesInANewPipeline();
    void failedOperationEndsInItsError();
    void busyResourceIsReported();
    void missingRightsAreExplained_data();
    void missingRightsAreExplained();
    void badInputSendsNothing_data();
    void badInputSendsNothing();

private:
    struct CrossTenantKey
    {
        QString isvHome;
        QString customerHome;
        AppId app;
        UserAssignedIdentity identity;
        KeyVault vault;
        KeyIdentifier key;
        ObjectId servicePrincipal;
    };

    /// Seeds 000/001 up to the point where the ISV can use the customer's key: providers and the
    /// feature registered, app with federated credential, identity, vault and key, the app
    /// installed in the customer tenant and granted on the key.
    void prepareCrossTenantKey(const QString &vaultName, CrossTenantKey *out);
    /// Kai's vault with purge protection and Azure RBAC.
    KeyVault createVault(ArmClient &arm, const QString &name);
    /// A new RSA key in `vault`, through the data plane.
    KeyIdentifier createKey(http::Pipeline *pipeline, const KeyVault &vault);
    http::Result graphPost(http::Pipeline *pipeline, const QString &path, const QByteArray &body);
    ObjectId objectIdOf(const QString &home, const QString &tenant);
    /// A new user-assigned identity in the customer's rg-keys: a principal with no role yet.
    ObjectId newPrincipal(ArmClient &arm, const QString &name);
    /// The ISV's private endpoint to `vault`, approved by the customer.
    void connectApprovedEndpoint(ArmClient &isv, ArmClient &customer, const KeyVault &vault,
                                 PrivateEndpoint *out = nullptr);

    std::unique_ptr<CoreHarness> h;
};

void TestArmClient::init()
{
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    options.lroMs = 500;
    h = std::make_unique<CoreHarness>(options);
}

void TestArmClient::cleanup()
{
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

// ---- Helpers ---------------------------------------------------------------------------------------

http::Result TestArmClient::graphPost(http::Pipeline *pipeline, const QString &path, const QByteArray &body)
{
    http::RequestSpec spec;
    spec.method = "POST";
    spec.service = http::ServiceKind::Graph;
    spec.idempotency = http::Idempotency::NonIdempotent;
    spec.url = h->graph(path);
    spec.body = body;
    return await(pipeline->send(spec));
}

ObjectId TestArmClient::objectIdOf(const QString &home, const QString &tenant)
{
    return ObjectId::parse(h->broker->session(home, tenant)->identity().objectId).value_or(ObjectId());
}

ObjectId TestArmClient::newPrincipal(ArmClient &arm, const QString &name)
{
    UserAssignedIdentity identity;
    identity.id
        = rid(CustomerRg
              + QStringLiteral("rg-keys/providers/Microsoft.ManagedIdentity/userAssignedIdentities/") + name);
    identity.location = QStringLiteral("westeurope");
    const auto created = awaitReply<UserAssignedIdentity>(
        [&](Callback<UserAssignedIdentity> done) { arm.createOrUpdateIdentity(identity, this, done); });
    return created.value ? created.value->principalId : ObjectId();
}

KeyVault TestArmClient::createVault(ArmClient &arm, const QString &name)
{
    KeyVault vault;
    vault.id = rid(CustomerRg + QStringLiteral("rg-keys/providers/Microsoft.KeyVault/vaults/") + name);
    vault.location = QStringLiteral("West Europe");
    vault.tenantId = *TenantId::parse(CustomerTenant);
    const auto reply = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { arm.createOrUpdateVault(vault, this, {}, done); });
    return reply.value.value_or(KeyVault());
}

KeyIdentifier TestArmClient::createKey(http::Pipeline *pipeline, const KeyVault &vault)
{
    http::RequestSpec spec;
    spec.method = "POST";
    spec.service = http::ServiceKind::KeyVault;
    spec.idempotency = http::Idempotency::NonIdempotent;
    spec.url = vault.vaultUri.resolved(QUrl(QStringLiteral("keys/cmk/create?api-version=7.5")));
    spec.body = R"({"kty":"RSA","key_size":2048})";
    const http::Result r = await(pipeline->send(spec));
    const QString kid = jsonOf(r.body)[QStringLiteral("key")][QStringLiteral("kid")].toString();
    return KeyIdentifier::parse(kid).value_or(KeyIdentifier());
}

void TestArmClient::prepareCrossTenantKey(const QString &vaultName, CrossTenantKey *out)
{
    out->isvHome = h->signIn(Alex);
    out->customerHome = h->signIn(Kai);
    QVERIFY(!out->isvHome.isEmpty() && !out->customerHome.isEmpty());
    http::Pipeline *isvPipeline = h->pipelineFor(out->isvHome, IsvTenant);
    http::Pipeline *customerPipeline = h->pipelineFor(out->customerHome, CustomerTenant);
    ArmClient isv(isvPipeline);
    ArmClient customer(customerPipeline);

    for (const QString &ns : {QStringLiteral("Microsoft.Compute"), QStringLiteral("Microsoft.NetApp")}) {
        const auto registered = awaitReply<ResourceProvider>(
            [&](Callback<ResourceProvider> done) { isv.registerProvider(IsvSub, ns, this, done); });
        QVERIFY2(registered.ok(), qPrintable(describe(registered)));
    }
    const auto feature = awaitReply<PreviewFeature>([&](Callback<PreviewFeature> done) {
        isv.registerFeature(IsvSub, QStringLiteral("Microsoft.Compute"),
                            QStringLiteral("EncryptionAtRestWithCrossTenantKey"), this, done);
    });
    QVERIFY2(feature.ok(), qPrintable(describe(feature)));
    h->sandbox.advanceClock(30 * 60 * 1000);

    http::Result r
        = graphPost(isvPipeline, QStringLiteral("/applications"),
                    R"({"displayName":"Fabrikam storage CMK","signInAudience":"AzureADMultipleOrgs"})");
    QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
    out->app = AppId::parse(jsonOf(r.body)[QStringLiteral("appId")].toString()).value_or(AppId());
    const QString appObjectId = jsonOf(r.body)[QStringLiteral("id")].toString();

    UserAssignedIdentity identity;
    identity.id
        = rid(IsvRg + QStringLiteral("rg-disks/providers/Microsoft.ManagedIdentity/userAssignedIdentities/")
              + QStringLiteral("uami-cmk"));
    identity.location = QStringLiteral("westeurope");
    const auto created = awaitReply<UserAssignedIdentity>(
        [&](Callback<UserAssignedIdentity> done) { isv.createOrUpdateIdentity(identity, this, done); });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    out->identity = *created.value;
    r = graphPost(isvPipeline,
                  QStringLiteral("/applications/%1/federatedIdentityCredentials").arg(appObjectId),
                  QStringLiteral(R"({"name":"cmk","issuer":"%1%2/v2.0","subject":"%3","audiences":["%4"]})")
                      .arg(h->profile.authorityHost.toString(), IsvTenant,
                           out->identity.principalId.toString(), h->profile.federatedCredentialAudience)
                      .toUtf8());
    QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));

    out->vault = createVault(customer, vaultName);
    QVERIFY(out->vault.vaultUri.isValid());
    out->key = createKey(customerPipeline, out->vault);
    QVERIFY(out->key.isVersioned());
    r = graphPost(customerPipeline, QStringLiteral("/servicePrincipals"),
                  QStringLiteral(R"({"appId":"%1"})").arg(out->app.toString()).toUtf8());
    QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
    out->servicePrincipal
        = ObjectId::parse(jsonOf(r.body)[QStringLiteral("id")].toString()).value_or(ObjectId());

    RoleAssignmentRequest grant;
    grant.scope = out->vault.id.child(u"keys", u"cmk");
    grant.role = BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
    grant.principal = out->servicePrincipal;
    grant.principalType = PrincipalType::ServicePrincipal;
    const auto granted = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { customer.createRoleAssignment(grant, this, done); });
    QVERIFY2(granted.ok(), qPrintable(describe(granted)));
}

void TestArmClient::connectApprovedEndpoint(ArmClient &isv, ArmClient &customer, const KeyVault &vault,
                                            PrivateEndpoint *out)
{
    PrivateEndpoint endpoint;
    endpoint.id
        = rid(IsvRg + QStringLiteral("rg-anf/providers/Microsoft.Network/privateEndpoints/pe-contoso-kv"));
    endpoint.location = QStringLiteral("westeurope");
    endpoint.subnet = rid(IsvRg
                          + QStringLiteral("rg-anf/providers/Microsoft.Network/virtualNetworks/vnet-anf/"
                                           "subnets/snet-endpoints"));
    endpoint.keyVault = vault.id;
    endpoint.requestMessage = QStringLiteral("Fabrikam storage: NetApp volumes for Contoso");
    const auto created = awaitReply<PrivateEndpoint>(
        [&](Callback<PrivateEndpoint> done) { isv.createPrivateEndpoint(endpoint, this, {}, done); });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.value->provisioningState, QStringLiteral("Succeeded"));
    QCOMPARE(created.value->connectionStatus, PrivateLinkStatus::Pending);

    const auto connections = awaitReply<QList<PrivateEndpointConnection>>(
        [&](auto done) { customer.listPrivateEndpointConnections(vault.id, this, done); });
    QVERIFY2(connections.ok(), qPrintable(describe(connections)));
    QCOMPARE(connections.value->size(), 1);
    const PrivateEndpointConnection pending = connections.value->first();
    QCOMPARE(pending.status, PrivateLinkStatus::Pending);
    QCOMPARE(pending.privateEndpoint, endpoint.id);
    QCOMPARE(pending.description, endpoint.requestMessage);

    const auto approved
        = awaitReply<PrivateEndpointConnection>([&](Callback<PrivateEndpointConnection> done) {
              customer.approvePrivateEndpointConnection(pending, QStringLiteral("Approved for Fabrikam"),
                                                        this, {}, done);
          });
    QVERIFY2(approved.ok(), qPrintable(describe(approved)));
    QCOMPARE(approved.value->status, PrivateLinkStatus::Approved);
    QCOMPARE(approved.value->provisioningState, QStringLiteral("Succeeded"));

    const auto seen = awaitReply<PrivateEndpoint>(
        [&](Callback<PrivateEndpoint> done) { isv.getPrivateEndpoint(endpoint.id, this, done); });
    QVERIFY2(seen.ok(), qPrintable(describe(seen)));
    QCOMPARE(seen.value->connectionStatus, PrivateLinkStatus::Approved);
    QCOMPARE(seen.value->connectionDescription, QStringLiteral("Approved for Fabrikam"));
    if (out)
        *out = *seen.value;
}

// ---- Happy paths -----------------------------------------------------------------------------------

void TestArmClient::apiVersionsComeFromOneTable()
{
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.Resources/subscriptions"), QStringLiteral("2022-12-01"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.Resources/providers"), QStringLiteral("2021-04-01"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.Features/features"), QStringLiteral("2021-07-01"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.ManagedIdentity/userAssignedIdentities"),
             QStringLiteral("2023-01-31"));
    QCOMPARE(ArmClient::apiVersion(u"microsoft.compute/DISKENCRYPTIONSETS"), QStringLiteral("2025-01-02"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.NetApp/netAppAccounts"), QStringLiteral("2025-06-01"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.Network/privateEndpoints"), QStringLiteral("2024-05-01"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.Authorization/roleAssignments"), QStringLiteral("2022-04-01"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.PowerPlatform/enterprisePolicies"),
             QStringLiteral("2020-10-30"));
    // Nested types use their parent's version; unknown types have none.
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.KeyVault/vaults/privateEndpointConnections"),
             QStringLiteral("2024-11-01"));
    QCOMPARE(ArmClient::apiVersion(u"Microsoft.KeyVault/vaults/accessPolicies"),
             QStringLiteral("2024-11-01"));
    QVERIFY(ArmClient::apiVersion(u"Microsoft.Storage/storageAccounts").isEmpty());

    QCOMPARE(BuiltInRole::Reader.toString(QUuid::WithoutBraces),
             QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7"));
    QCOMPARE(BuiltInRole::KeyVaultCryptoServiceEncryptionUser.toString(QUuid::WithoutBraces),
             QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6"));
    QCOMPARE(BuiltInRole::ManagedIdentityOperator.toString(QUuid::WithoutBraces),
             QStringLiteral("f1a07417-d97a-45cb-824c-7a7467783830"));

    // Assignment names depend on scope, role and principal only, and not on the scope's casing.
    const ResourceId scope = rid(CustomerRg + QStringLiteral("rg-keys"));
    const ObjectId principal = *ObjectId::parse(QStringLiteral("0b3e2a54-8f5d-4c1a-9f8e-2b1c3d4e5f60"));
    const QUuid name = ArmClient::roleAssignmentName(scope, BuiltInRole::Reader, principal);
    const ResourceId shouted = rid(scope.toString().toUpper());
    QVERIFY(shouted.isValid());
    QCOMPARE(ArmClient::roleAssignmentName(shouted, BuiltInRole::Reader, principal), name);
    QVERIFY(ArmClient::roleAssignmentName(scope, BuiltInRole::KeyVaultCryptoServiceEncryptionUser, principal)
            != name);
    QCOMPARE(name.version(), QUuid::Sha1);
}

void TestArmClient::subscriptionsAndResourceGroups()
{
    const QString kai = h->signIn(Kai);
    ArmClient arm(h->pipelineFor(kai, CustomerTenant));
    const auto subscriptions
        = awaitReply<QList<Subscription>>([&](auto done) { arm.listSubscriptions(this, done); });
    QVERIFY2(subscriptions.ok(), qPrintable(describe(subscriptions)));
    QCOMPARE(subscriptions.value->size(), 1);
    const Subscription contoso = subscriptions.value->first();
    QCOMPARE(contoso.id, CustomerSub);
    QCOMPARE(contoso.tenantId.toString(), CustomerTenant);
    QCOMPARE(contoso.displayName, QStringLiteral("Contoso security"));
    QVERIFY(contoso.isEnabled());

    const auto keys = awaitReply<ResourceGroup>([&](Callback<ResourceGroup> done) {
        arm.getResourceGroup(rid(CustomerRg + QStringLiteral("rg-keys")), this, done);
    });
    QVERIFY2(keys.ok(), qPrintable(describe(keys)));
    QCOMPARE(keys.value->id.name(), QStringLiteral("rg-keys"));

    ResourceGroup group;
    group.id = rid(CustomerRg + QStringLiteral("rg-cmk-wizard"));
    group.location = QStringLiteral("West Europe"); // a display name is sent as the region's name
    auto created = awaitReply<ResourceGroup>(
        [&](Callback<ResourceGroup> done) { arm.createOrUpdateResourceGroup(group, this, done); });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.value->location, QStringLiteral("westeurope"));
    // A re-run with what was read is an update of the same group.
    created = awaitReply<ResourceGroup>(
        [&](Callback<ResourceGroup> done) { arm.createOrUpdateResourceGroup(*created.value, this, done); });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.status, 200);

    // The ISV engineer sees only the ISV's subscription.
    ArmClient isv(h->pipelineFor(h->signIn(Alex), IsvTenant));
    const auto isvSubscriptions
        = awaitReply<QList<Subscription>>([&](auto done) { isv.listSubscriptions(this, done); });
    QVERIFY2(isvSubscriptions.ok(), qPrintable(describe(isvSubscriptions)));
    QCOMPARE(isvSubscriptions.value->size(), 1);
    QCOMPARE(isvSubscriptions.value->first().id, IsvSub);
}

void TestArmClient::listsFollowEveryPage()
{
    // The sandbox pages role assignments two at a time, with one empty page that still carries a
    // nextLink. (Its subscription list is a single page; the same pager reads both.)
    const QString kai = h->signIn(Kai);
    ArmClient arm(h->pipelineFor(kai, CustomerTenant));
    const ResourceId subscription = ResourceId::forSubscription(CustomerSub);
    h->sandbox.clearRequestLog();
    const auto everyone = awaitReply<QList<RoleAssignment>>(
        [&](auto done) { arm.listRoleAssignments(subscription, ObjectId(), this, done); });
    QVERIFY2(everyone.ok(), qPrintable(describe(everyone)));
    // Kai: Owner and Key Vault Administrator, Sam: the same, Riley: Reader.
    QCOMPARE(everyone.value->size(), 5);
    int pages = 0;
    for (const auto &entry : h->sandbox.requestLog()) {
        if (entry.path.endsWith(QLatin1StringView("/roleAssignments")) && entry.status == 200)
            ++pages;
    }
    QCOMPARE(pages, 4); // 2 + 0 + 2 + 1
    for (const RoleAssignment &a : *everyone.value) {
        QCOMPARE(a.scope, subscription);
        QVERIFY(!a.principalId.isNull());
        QCOMPARE(a.principalType, PrincipalType::User);
    }

    const ObjectId kaiId = objectIdOf(kai, CustomerTenant);
    const auto kais = awaitReply<QList<RoleAssignment>>(
        [&](auto done) { arm.listRoleAssignments(subscription, kaiId, this, done); });
    QVERIFY2(kais.ok(), qPrintable(describe(kais)));
    QCOMPARE(kais.value->size(), 2);
    QList<QUuid> roles;
    for (const RoleAssignment &a : *kais.value)
        roles << a.role;
    QVERIFY(roles.contains(QUuid(QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635")))); // Owner
}

void TestArmClient::providerAndFeatureRegistration()
{
    ArmClient arm(h->pipelineFor(h->signIn(Alex), IsvTenant));
    auto provider = awaitReply<ResourceProvider>([&](Callback<ResourceProvider> done) {
        arm.getProvider(IsvSub, QStringLiteral("Microsoft.Compute"), this, done);
    });
    QVERIFY2(provider.ok(), qPrintable(describe(provider)));
    QCOMPARE(provider.value->registrationState, QStringLiteral("NotRegistered"));
    QVERIFY(!provider.value->isRegistered());

    provider = awaitReply<ResourceProvider>([&](Callback<ResourceProvider> done) {
        arm.registerProvider(IsvSub, QStringLiteral("Microsoft.Compute"), this, done);
    });
    QVERIFY2(provider.ok(), qPrintable(describe(provider)));
    QCOMPARE(provider.value->registrationState, QStringLiteral("Registering"));
    h->sandbox.advanceClock(60 * 1000);
    provider = awaitReply<ResourceProvider>([&](Callback<ResourceProvider> done) {
        arm.getProvider(IsvSub, QStringLiteral("Microsoft.Compute"), this, done);
    });
    QVERIFY(provider.value->isRegistered());
    bool listsDiskEncryptionSets = false;
    for (const ProviderResourceType &type : provider.value->resourceTypes)
        listsDiskEncryptionSets
            = listsDiskEncryptionSets || type.resourceType == QLatin1StringView("diskEncryptionSets");
    QVERIFY(listsDiskEncryptionSets);

    auto feature = awaitReply<PreviewFeature>([&](Callback<PreviewFeature> done) {
        arm.registerFeature(IsvSub, QStringLiteral("Microsoft.Compute"),
                            QStringLiteral("EncryptionAtRestWithCrossTenantKey"), this, done);
    });
    QVERIFY2(feature.ok(), qPrintable(describe(feature)));
    QCOMPARE(feature.value->name, QStringLiteral("Microsoft.Compute/EncryptionAtRestWithCrossTenantKey"));
    QCOMPARE(feature.value->state, QStringLiteral("Registering"));
    h->sandbox.advanceClock(20 * 60 * 1000);
    feature = awaitReply<PreviewFeature>([&](Callback<PreviewFeature> done) {
        arm.getFeature(IsvSub, QStringLiteral("Microsoft.Compute"),
                       QStringLiteral("EncryptionAtRestWithCrossTenantKey"), this, done);
    });
    QVERIFY(feature.value->isRegistered());

    // An unknown feature is the service's 404, explained.
    feature = awaitReply<PreviewFeature>([&](Callback<PreviewFeature> done) {
        arm.getFeature(IsvSub, QStringLiteral("Microsoft.Compute"), QStringLiteral("NoSuchFeature"), this,
                       done);
    });
    QCOMPARE(feature.status, 404);
    QCOMPARE(feature.error.code, QStringLiteral("FeatureNotFound"));
}

void TestArmClient::identityKeepsWhatItDoesNotModel()
{
    ArmClient arm(h->pipelineFor(h->signIn(Alex), IsvTenant));
    UserAssignedIdentity identity;
    identity.id = rid(IsvRg
                      + QStringLiteral("rg-disks/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                                       "uami-test"));
    identity.location = QStringLiteral("westeurope");
    auto created = awaitReply<UserAssignedIdentity>(
        [&](Callback<UserAssignedIdentity> done) { arm.createOrUpdateIdentity(identity, this, done); });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.value->principalId.isNull());
    QVERIFY(!created.value->clientId.isNull());
    QCOMPARE(created.value->tenantId.toString(), IsvTenant);

    // Tags are not modelled; set in the raw document they reach the service, and read back.
    UserAssignedIdentity tagged = *created.value;
    QJsonObject raw = jsonOf(tagged.raw.json);
    raw[QStringLiteral("tags")] = QJsonObject {{QStringLiteral("owner"), QStringLiteral("storage-team")}};
    tagged.raw.json = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    const auto updated = awaitReply<UserAssignedIdentity>(
        [&](Callback<UserAssignedIdentity> done) { arm.createOrUpdateIdentity(tagged, this, done); });
    QVERIFY2(updated.ok(), qPrintable(describe(updated)));
    QCOMPARE(updated.status, 200);
    const auto read = awaitReply<UserAssignedIdentity>(
        [&](Callback<UserAssignedIdentity> done) { arm.getIdentity(identity.id, this, done); });
    QVERIFY2(read.ok(), qPrintable(describe(read)));
    QCOMPARE(read.value->principalId, created.value->principalId);
    QCOMPARE(jsonOf(read.value->raw.json)[QStringLiteral("tags")][QStringLiteral("owner")].toString(),
             QStringLiteral("storage-team"));
}

void TestArmClient::vaultAndAccessPolicies()
{
    const QString kai = h->signIn(Kai);
    ArmClient arm(h->pipelineFor(kai, CustomerTenant));
    KeyVault vault;
    vault.id
        = rid(CustomerRg + QStringLiteral("rg-keys/providers/Microsoft.KeyVault/vaults/kv-contoso-policies"));
    vault.location = QStringLiteral("westeurope");
    vault.tenantId = *TenantId::parse(CustomerTenant);
    vault.enableRbacAuthorization = false;
    vault.softDeleteRetentionInDays = 30;
    QList<http::OperationState> progress;
    const auto created = awaitReply<KeyVault>([&](Callback<KeyVault> done) {
        arm.createOrUpdateVault(
            vault, this, [&](const http::OperationState &state) { progress << state; }, done);
    });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.value->provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(created.value->vaultUri.isValid());
    QVERIFY(created.value->enablePurgeProtection);
    QVERIFY(created.value->enableSoftDelete);
    QVERIFY(!created.value->enableRbacAuthorization);
    QCOMPARE(created.value->softDeleteRetentionInDays, 30);
    QVERIFY(created.value->accessPolicies.isEmpty());
    QVERIFY(progress.isEmpty()); // provisioned at once: nothing to follow

    AccessPolicy entry;
    entry.tenantId = vault.tenantId;
    entry.objectId = objectIdOf(kai, CustomerTenant);
    entry.keys = {QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    const auto added = awaitReply<QList<AccessPolicy>>(
        [&](auto done) { arm.updateAccessPolicies(vault.id, AccessPolicyUpdate::Add, {entry}, this, done); });
    QVERIFY2(added.ok(), qPrintable(describe(added)));
    QCOMPARE(added.value->size(), 1);
    QCOMPARE(added.value->first().objectId, entry.objectId);

    auto read = awaitReply<KeyVault>([&](Callback<KeyVault> done) { arm.getVault(vault.id, this, done); });
    QVERIFY2(read.ok(), qPrintable(describe(read)));
    QCOMPARE(read.value->accessPolicies.size(), 1);
    QCOMPARE(read.value->accessPolicies.first().keys, entry.keys);

    AccessPolicy unwrapOnly = entry;
    unwrapOnly.keys = {QStringLiteral("unwrapKey")};
    const auto removed = awaitReply<QList<AccessPolicy>>([&](auto done) {
        arm.updateAccessPolicies(vault.id, AccessPolicyUpdate::Remove, {unwrapOnly}, this, done);
    });
    QVERIFY2(removed.ok(), qPrintable(describe(removed)));
    read = awaitReply<KeyVault>([&](Callback<KeyVault> done) { arm.getVault(vault.id, this, done); });
    QCOMPARE(read.value->accessPolicies.first().keys,
             QStringList({QStringLiteral("get"), QStringLiteral("wrapKey")}));

    // Updating the vault from what was read keeps its access policies.
    const auto again = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { arm.createOrUpdateVault(*read.value, this, {}, done); });
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.value->accessPolicies.size(), 1);
}

void TestArmClient::privateEndpointWaitsForApproval()
{
    ArmClient customer(h->pipelineFor(h->signIn(Kai), CustomerTenant));
    ArmClient isv(h->pipelineFor(h->signIn(Alex), IsvTenant));
    const KeyVault vault = createVault(customer, QStringLiteral("kv-contoso-endpoint"));
    QVERIFY(vault.id.isValid());
    PrivateEndpoint endpoint;
    connectApprovedEndpoint(isv, customer, vault, &endpoint);
    if (QTest::currentTestFailed())
        return;

    // The vault's owner changes their mind; a rejected connection cannot be approved again.
    const auto connections = awaitReply<QList<PrivateEndpointConnection>>(
        [&](auto done) { customer.listPrivateEndpointConnections(vault.id, this, done); });
    QVERIFY2(connections.ok(), qPrintable(describe(connections)));
    const auto rejected
        = awaitReply<PrivateEndpointConnection>([&](Callback<PrivateEndpointConnection> done) {
              customer.rejectPrivateEndpointConnection(connections.value->first(),
                                                       QStringLiteral("No longer needed"), this, {}, done);
          });
    QVERIFY2(rejected.ok(), qPrintable(describe(rejected)));
    QCOMPARE(rejected.value->status, PrivateLinkStatus::Rejected);
    const auto seen = awaitReply<PrivateEndpoint>(
        [&](Callback<PrivateEndpoint> done) { isv.getPrivateEndpoint(endpoint.id, this, done); });
    QCOMPARE(seen.value->connectionStatus, PrivateLinkStatus::Rejected);
    const auto approvedAgain
        = awaitReply<PrivateEndpointConnection>([&](Callback<PrivateEndpointConnection> done) {
              customer.approvePrivateEndpointConnection(*rejected.value, QString(), this, {}, done);
          });
    QVERIFY(!approvedAgain.ok());
    QCOMPARE(approvedAgain.status, 400);
    QVERIFY(!approvedAgain.error.userMessage().isEmpty());
}

void TestArmClient::diskEncryptionSetWithKeyInAnotherTenant()
{
    CrossTenantKey setup;
    prepareCrossTenantKey(QStringLiteral("kv-contoso-disks"), &setup);
    if (QTest::currentTestFailed())
        return;
    ArmClient isv(h->pipelineFor(setup.isvHome, IsvTenant));
    DiskEncryptionSet set;
    set.id
        = rid(IsvRg + QStringLiteral("rg-disks/providers/Microsoft.Compute/diskEncryptionSets/des-contoso"));
    set.location = QStringLiteral("westeurope");
    set.identity = setup.identity.id;
    set.activeKey = setup.key;
    set.federatedClientId = setup.app;
    QList<http::OperationState> progress;
    const auto created = awaitReply<DiskEncryptionSet>([&](Callback<DiskEncryptionSet> done) {
        isv.createOrUpdateDiskEncryptionSet(
            set, this, [&](const http::OperationState &state) { progress << state; }, done);
    });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.value->provisioningState, QStringLiteral("Succeeded"));
    QCOMPARE(created.value->federatedClientId, setup.app);
    QCOMPARE(created.value->activeKey, setup.key);
    QCOMPARE(created.value->identity, setup.identity.id);
    QCOMPARE(created.value->encryptionType, DiskEncryptionType::CustomerKey);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().style, http::OperationState::Style::AzureAsyncOperation);

    const auto read = awaitReply<DiskEncryptionSet>(
        [&](Callback<DiskEncryptionSet> done) { isv.getDiskEncryptionSet(set.id, this, done); });
    QVERIFY2(read.ok(), qPrintable(describe(read)));
    QCOMPARE(read.value->federatedClientId, setup.app);
    QVERIFY(read.value->previousKeys.isEmpty());
}

void TestArmClient::netAppAccountSwitchesToCustomerKey()
{
    CrossTenantKey setup;
    prepareCrossTenantKey(QStringLiteral("kv-contoso-anf"), &setup);
    if (QTest::currentTestFailed())
        return;
    ArmClient isv(h->pipelineFor(setup.isvHome, IsvTenant));
    ArmClient customer(h->pipelineFor(setup.customerHome, CustomerTenant));
    connectApprovedEndpoint(isv, customer, setup.vault);
    if (QTest::currentTestFailed())
        return;

    // First with Microsoft-managed keys (PUT, Azure-AsyncOperation) ...
    NetAppAccount account;
    account.id = rid(IsvRg + QStringLiteral("rg-anf/providers/Microsoft.NetApp/netAppAccounts/anf-contoso"));
    account.location = QStringLiteral("westeurope");
    const auto created = awaitReply<NetAppAccount>(
        [&](Callback<NetAppAccount> done) { isv.createOrUpdateNetAppAccount(account, this, {}, done); });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.value->provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(!created.value->encryption);

    // ... then switched to the customer's key (PATCH, Location).
    NetAppEncryption encryption;
    encryption.identity = setup.identity.id;
    encryption.key = setup.key; // the version is not sent
    encryption.keyVault = setup.vault.id;
    encryption.federatedClientId = setup.app;
    QList<http::OperationState> progress;
    const auto patched = awaitReply<NetAppAccount>([&](Callback<NetAppAccount> done) {
        isv.updateNetAppAccountEncryption(
            account.id, encryption, this, [&](const http::OperationState &state) { progress << state; },
            done);
    });
    QVERIFY2(patched.ok(), qPrintable(describe(patched)));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().style, http::OperationState::Style::Location);
    QCOMPARE(patched.value->provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(patched.value->encryption);
    QCOMPARE(patched.value->encryption->keyStatus, QStringLiteral("InUse"));
    QCOMPARE(patched.value->encryption->key, setup.key.versionless());
    QCOMPARE(patched.value->encryption->federatedClientId, setup.app);
    QCOMPARE(patched.value->encryption->identity, setup.identity.id);
}

void TestArmClient::roleAssignmentIsCreatedOnce()
{
    ArmClient arm(h->pipelineFor(h->signIn(Kai), CustomerTenant));
    RoleAssignmentRequest grant;
    grant.scope = rid(CustomerRg + QStringLiteral("rg-keys"));
    grant.role = BuiltInRole::Reader;
    grant.principal = newPrincipal(arm, QStringLiteral("uami-reader"));
    QVERIFY(!grant.principal.isNull());
    grant.description = QStringLiteral("CMK Wizard test");
    const auto first = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { arm.createRoleAssignment(grant, this, done); });
    QVERIFY2(first.ok(), qPrintable(describe(first)));
    QCOMPARE(first.status, 201);
    QCOMPARE(first.value->name, ArmClient::roleAssignmentName(grant.scope, grant.role, grant.principal));
    QCOMPARE(first.value->description, grant.description);
    const auto second = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { arm.createRoleAssignment(grant, this, done); });
    QVERIFY2(second.ok(), qPrintable(describe(second)));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.value->id, first.value->id);

    const auto listed = awaitReply<QList<RoleAssignment>>(
        [&](auto done) { arm.listRoleAssignments(grant.scope, grant.principal, this, done); });
    QVERIFY2(listed.ok(), qPrintable(describe(listed)));
    int readers = 0;
    for (const RoleAssignment &a : *listed.value)
        readers += a.scope == grant.scope && a.role == BuiltInRole::Reader ? 1 : 0;
    QCOMPARE(readers, 1);

    const auto definition = awaitReply<RoleDefinition>([&](Callback<RoleDefinition> done) {
        arm.getRoleDefinition(grant.scope, BuiltInRole::Reader, this, done);
    });
    QVERIFY2(definition.ok(), qPrintable(describe(definition)));
    QCOMPARE(definition.value->roleName, QStringLiteral("Reader"));
    QVERIFY(definition.value->actions.contains(QStringLiteral("*/read")));

    const auto deleted = awaitReply<Done>(
        [&](Callback<Done> done) { arm.deleteRoleAssignment(first.value->id, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(describe(deleted)));
    QCOMPARE(deleted.status, 200);
    const auto gone = awaitReply<Done>(
        [&](Callback<Done> done) { arm.deleteRoleAssignment(first.value->id, this, done); });
    QVERIFY2(gone.ok(), qPrintable(describe(gone)));
    QCOMPARE(gone.status, 204);
}

void TestArmClient::equalAssignmentUnderAnotherNameIsFound()
{
    // Someone granted the same role in the portal, under a name of the portal's choosing.
    http::Pipeline *pipeline = h->pipelineFor(h->signIn(Kai), CustomerTenant);
    ArmClient arm(pipeline);
    const ObjectId principal = newPrincipal(arm, QStringLiteral("uami-portal"));
    QVERIFY(!principal.isNull());
    const QString scope = CustomerRg + QStringLiteral("rg-powerplatform");
    const QString portalName = QUuid::createUuid().toString(QUuid::WithoutBraces);
    http::RequestSpec put;
    put.method = "PUT";
    put.idempotency = http::Idempotency::Idempotent;
    put.url = h->arm(scope
                     + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/%1"
                                      "?api-version=2022-04-01")
                           .arg(portalName));
    put.body = QStringLiteral(R"({"properties":{"roleDefinitionId":"/subscriptions/%1/providers/)"
                              R"(Microsoft.Authorization/roleDefinitions/%2","principalId":"%3",)"
                              R"("principalType":"ServicePrincipal"}})")
                   .arg(CustomerSubscription, BuiltInRole::Reader.toString(QUuid::WithoutBraces),
                        principal.toString())
                   .toUtf8();
    const http::Result portal = await(pipeline->send(put));
    QCOMPARE(portal.status, 201);

    RoleAssignmentRequest grant;
    grant.scope = rid(scope);
    grant.role = BuiltInRole::Reader;
    grant.principal = principal;
    h->sandbox.clearRequestLog();
    const auto found = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { arm.createRoleAssignment(grant, this, done); });
    QVERIFY2(found.ok(), qPrintable(describe(found)));
    QCOMPARE(found.value->name.toString(QUuid::WithoutBraces), portalName);
    bool refused = false;
    for (const auto &entry : h->sandbox.requestLog())
        refused = refused || (entry.method == QLatin1StringView("PUT") && entry.status == 409);
    QVERIFY(refused); // 409 RoleAssignmentExists, then read
}

void TestArmClient::enterprisePolicyForPowerPlatform()
{
    const QString kai = h->signIn(Kai);
    http::Pipeline *pipeline = h->pipelineFor(kai, CustomerTenant);
    ArmClient arm(pipeline);
    KeyVault vault = createVault(arm, QStringLiteral("kv-contoso-pp"));
    QVERIFY(vault.vaultUri.isValid());
    const KeyIdentifier key = createKey(pipeline, vault);
    QVERIFY(key.isVersioned());

    const auto registered = awaitReply<ResourceProvider>([&](Callback<ResourceProvider> done) {
        arm.registerProvider(CustomerSub, QStringLiteral("Microsoft.PowerPlatform"), this, done);
    });
    QVERIFY2(registered.ok(), qPrintable(describe(registered)));
    h->sandbox.advanceClock(60 * 1000);
    const auto provider = awaitReply<ResourceProvider>([&](Callback<ResourceProvider> done) {
        arm.getProvider(CustomerSub, QStringLiteral("Microsoft.PowerPlatform"), this, done);
    });
    QVERIFY(provider.value->isRegistered());
    QStringList policyLocations;
    for (const ProviderResourceType &type : provider.value->resourceTypes) {
        if (type.resourceType == QLatin1StringView("enterprisePolicies"))
            policyLocations = type.locations;
    }
    QVERIFY(policyLocations.contains(QStringLiteral("Europe")));

    EnterprisePolicy policy;
    policy.id = rid(CustomerRg
                    + QStringLiteral("rg-powerplatform/providers/Microsoft.PowerPlatform/"
                                     "enterprisePolicies/contoso-eu"));
    policy.location = QStringLiteral("Europe");
    policy.keyVault = vault.id;
    policy.keyName = key.name();
    policy.keyVersion = key.version();
    const auto created = awaitReply<EnterprisePolicy>(
        [&](Callback<EnterprisePolicy> done) { arm.createOrUpdateEnterprisePolicy(policy, this, {}, done); });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.value->location, QStringLiteral("europe"));
    QVERIFY(created.value->systemId.startsWith(QLatin1StringView("/regions/europe/")));
    QVERIFY(!created.value->principalId.isNull());
    QCOMPARE(created.value->encryptionState, QStringLiteral("Enabled"));
    QCOMPARE(created.value->keyVersion, key.version());

    // Granted on the vault, the policy's identity can use the key.
    RoleAssignmentRequest grant;
    grant.scope = vault.id;
    grant.role = BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
    grant.principal = created.value->principalId;
    const auto granted = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { arm.createRoleAssignment(grant, this, done); });
    QVERIFY2(granted.ok(), qPrintable(describe(granted)));
    const auto read = awaitReply<EnterprisePolicy>(
        [&](Callback<EnterprisePolicy> done) { arm.getEnterprisePolicy(policy.id, this, done); });
    QVERIFY2(read.ok(), qPrintable(describe(read)));
    QCOMPARE(read.value->healthStatus, QStringLiteral("Healthy"));
    QCOMPARE(read.value->systemId, created.value->systemId);
}

// ---- Long-running operations and failures ----------------------------------------------------------

void TestArmClient::operationResumesInANewPipeline()
{
    const QString alex = h->signIn(Alex);
    ArmClient first(h->pipelineFor(alex, IsvTenant));
    const auto registered = awaitReply<ResourceProvider>([&](Callback<ResourceProvider> done) {
        first.registerProvider(IsvSub, QStringLiteral("Microsoft.NetApp"), this, done);
    });
    QVERIFY2(registered.ok(), qPrintable(describe(registered)));
    h->sandbox.advanceClock(60 * 1000);

    NetAppAccount account;
    account.id = rid(IsvRg + QStringLiteral("rg-anf/providers/Microsoft.NetApp/netAppAccounts/anf-resumed"));
    account.location = QStringLiteral("westeurope");
    std::optional<http::OperationState> saved;
    bool firstFinished = false;
    auto running = std::make_unique<QObject>(); // the wizard that is about to quit
    first.createOrUpdateNetAppAccount(
        account, running.get(), [&](const http::OperationState &state) { saved = state; },
        [&](const Reply<NetAppAccount> &) { firstFinished = true; });
    QVERIFY(QTest::qWaitFor([&] { return saved.has_value(); }, 10000));
    running.reset(); // quit: its poller goes with it
    QVERIFY(!firstFinished);
    QVERIFY(!http::OperationState::isTerminal(saved->lastStatus));

    // Restart: the state comes back from disk, into a new pipeline and a new client.
    QString error;
    const auto restored = http::OperationState::fromJson(saved->toJson(), &error);
    QVERIFY2(restored, qPrintable(error));
    ArmClient second(h->pipelineFor(alex, IsvTenant));
    QVERIFY(second.pipeline() != first.pipeline());
    QList<http::OperationState> progress;
    const auto resumed = awaitReply<NetAppAccount>([&](Callback<NetAppAccount> done) {
        second.resume<NetAppAccount>(
            *restored, this, [&](const http::OperationState &state) { progress << state; }, done);
    });
    QVERIFY2(resumed.ok(), qPrintable(describe(resumed)));
    QCOMPARE(resumed.value->id, account.id);
    QCOMPARE(resumed.value->provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(!progress.isEmpty());
    QVERIFY(!firstFinished);
}

void TestArmClient::failedOperationEndsInItsError()
{
    CrossTenantKey setup;
    prepareCrossTenantKey(QStringLiteral("kv-contoso-failed"), &setup);
    if (QTest::currentTestFailed())
        return;
    ArmClient isv(h->pipelineFor(setup.isvHome, IsvTenant));
    h->fault(QStringLiteral("lro-failed"), "PUT", QStringLiteral("*diskEncryptionSets*"));
    DiskEncryptionSet set;
    set.id
        = rid(IsvRg + QStringLiteral("rg-disks/providers/Microsoft.Compute/diskEncryptionSets/des-failed"));
    set.location = QStringLiteral("westeurope");
    set.identity = setup.identity.id;
    set.activeKey = setup.key;
    set.federatedClientId = setup.app;
    const auto failed = awaitReply<DiskEncryptionSet>(
        [&](Callback<DiskEncryptionSet> done) { isv.createOrUpdateDiskEncryptionSet(set, this, {}, done); });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error.kind, http::ServiceError::Kind::Http);
    QCOMPARE(failed.error.code, QStringLiteral("InternalOperationError"));
    QVERIFY2(failed.error.message.contains(QStringLiteral("lro-failed")), qPrintable(failed.error.message));
    QVERIFY(!failed.error.userMessage().isEmpty());
    QVERIFY(!failed.error.nextAction().isEmpty());
    const auto read = awaitReply<DiskEncryptionSet>(
        [&](Callback<DiskEncryptionSet> done) { isv.getDiskEncryptionSet(set.id, this, done); });
    QCOMPARE(read.value->provisioningState, QStringLiteral("Failed"));
}

void TestArmClient::busyResourceIsReported()
{
    ArmClient arm(h->pipelineFor(h->signIn(Alex), IsvTenant));
    h->fault(QStringLiteral("busy"), "PUT", QStringLiteral("*userAssignedIdentities*"));
    UserAssignedIdentity identity;
    identity.id = rid(IsvRg
                      + QStringLiteral("rg-disks/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                                       "uami-busy"));
    identity.location = QStringLiteral("westeurope");
    const auto busy = awaitReply<UserAssignedIdentity>(
        [&](Callback<UserAssignedIdentity> done) { arm.createOrUpdateIdentity(identity, this, done); });
    QVERIFY(!busy.ok());
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.error.code, QStringLiteral("AnotherOperationInProgress"));
    QVERIFY(!busy.error.userMessage().isEmpty());
    QVERIFY(!busy.error.nextAction().isEmpty());
    // The fault was for one request: trying again works.
    const auto again = awaitReply<UserAssignedIdentity>(
        [&](Callback<UserAssignedIdentity> done) { arm.createOrUpdateIdentity(identity, this, done); });
    QVERIFY2(again.ok(), qPrintable(describe(again)));
}

void TestArmClient::missingRightsAreExplained_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<Attempt>("attempt");
    const ResourceId keys = rid(CustomerRg + QStringLiteral("rg-keys"));
    QTest::newRow("Riley (Reader) registers a provider")
        << QStringLiteral("riley")
        << Attempt([](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.registerProvider(CustomerSub, QStringLiteral("Microsoft.PowerPlatform"), context,
                                    recordInto<ResourceProvider>(refusal));
           });
    QTest::newRow("Riley (Reader) creates an identity")
        << QStringLiteral("riley")
        << Attempt([keys](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               UserAssignedIdentity identity;
               identity.id
                   = rid(keys.toString()
                         + QStringLiteral("/providers/Microsoft.ManagedIdentity/userAssignedIdentities/u"));
               identity.location = QStringLiteral("westeurope");
               arm.createOrUpdateIdentity(identity, context, recordInto<UserAssignedIdentity>(refusal));
           });
    QTest::newRow("Riley (Reader) grants a role")
        << QStringLiteral("riley")
        << Attempt([keys](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               RoleAssignmentRequest grant;
               grant.scope = keys;
               grant.role = BuiltInRole::Reader;
               grant.principal = *ObjectId::parse(QStringLiteral("0b3e2a54-8f5d-4c1a-9f8e-2b1c3d4e5f60"));
               arm.createRoleAssignment(grant, context, recordInto<RoleAssignment>(refusal));
           });
    QTest::newRow("Priya (no Azure role) reads a vault")
        << QStringLiteral("priya")
        << Attempt([keys](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.getVault(
                   rid(keys.toString() + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv-any")),
                   context, recordInto<KeyVault>(refusal));
           });
}

void TestArmClient::missingRightsAreExplained()
{
    QFETCH(QString, person);
    QFETCH(Attempt, attempt);
    const QString home = h->signIn(person == QLatin1StringView("riley") ? Riley : Priya);
    QVERIFY(!home.isEmpty());
    ArmClient arm(h->pipelineFor(home, CustomerTenant));
    auto refusal = std::make_shared<Refusal>();
    attempt(arm, this, refusal);
    QVERIFY(QTest::qWaitFor([&] { return refusal->called; }, 20000));
    QVERIFY(!refusal->hadValue);
    QCOMPARE(refusal->error.httpStatus, 403);
    QCOMPARE(refusal->error.code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(!refusal->error.userMessage().isEmpty());
    QVERIFY(!refusal->error.nextAction().isEmpty());
    QVERIFY(!refusal->error.requestId.isEmpty());
}

// ---- Bad input -------------------------------------------------------------------------------------

void TestArmClient::badInputSendsNothing_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<QString>("fragment");

    const QString keys = CustomerRg + QStringLiteral("rg-keys");
    const ResourceId identityId
        = rid(keys + QStringLiteral("/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uami"));
    const ResourceId vaultId = rid(keys + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv-contoso"));
    const ResourceId subnetId = rid(IsvRg
                                    + QStringLiteral("rg-anf/providers/Microsoft.Network/virtualNetworks/"
                                                     "vnet-anf/subnets/snet-endpoints"));
    const KeyIdentifier localKey = *KeyIdentifier::parse(
        QStringLiteral("https://127.0.0.1:4443/keys/cmk/0123456789abcdef0123456789abcdef"));
    auto vaultNamed = [keys](const QString &name) {
        KeyVault vault;
        vault.id = rid(keys + QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name);
        vault.location = QStringLiteral("westeurope");
        vault.tenantId = *TenantId::parse(CustomerTenant);
        return vault;
    };
    auto diskSet = [identityId, localKey](const QString &name) {
        DiskEncryptionSet set;
        set.id
            = rid(IsvRg + QStringLiteral("rg-disks/providers/Microsoft.Compute/diskEncryptionSets/") + name);
        set.location = QStringLiteral("westeurope");
        set.identity = identityId;
        set.activeKey = localKey;
        return set;
    };
    auto policy = [vaultId] {
        EnterprisePolicy p;
        p.id = rid(CustomerRg
                   + QStringLiteral("rg-powerplatform/providers/Microsoft.PowerPlatform/"
                                    "enterprisePolicies/contoso-eu"));
        p.location = QStringLiteral("europe");
        p.keyVault = vaultId;
        p.keyName = QStringLiteral("cmk");
        p.keyVersion = QStringLiteral("0123456789abcdef0123456789abcdef");
        return p;
    };
    AccessPolicy entry;
    entry.tenantId = *TenantId::parse(CustomerTenant);
    entry.objectId = *ObjectId::parse(QStringLiteral("0b3e2a54-8f5d-4c1a-9f8e-2b1c3d4e5f60"));
    entry.keys = {QStringLiteral("get"), QStringLiteral("wrap")};

    QTest::newRow("resource group name with spaces")
        << Attempt([](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               ResourceGroup group; // ResourceId refuses the name, so no ID reaches the client
               group.id = ResourceId::forResourceGroup(CustomerSub, u"rg with spaces");
               group.location = QStringLiteral("westeurope");
               arm.createOrUpdateResourceGroup(group, context, recordInto<ResourceGroup>(refusal));
           })
        << QStringLiteral("No resource group was given");
    QTest::newRow("nil subscription")
        << Attempt([](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.getProvider(SubscriptionId(), QStringLiteral("Microsoft.KeyVault"), context,
                               recordInto<ResourceProvider>(refusal));
           })
        << QStringLiteral("No subscription was given");
    QTest::newRow("resource type where a namespace belongs")
        << Attempt([](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.registerProvider(CustomerSub, QStringLiteral("Microsoft.KeyVault/vaults"), context,
                                    recordInto<ResourceProvider>(refusal));
           })
        << QStringLiteral("is not a resource provider namespace");
    QTest::newRow("feature name with spaces")
        << Attempt([](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.registerFeature(CustomerSub, QStringLiteral("Microsoft.Compute"),
                                   QStringLiteral("cross tenant keys"), context,
                                   recordInto<PreviewFeature>(refusal));
           })
        << QStringLiteral("is not a preview feature name");
    QTest::newRow("nil principal") << Attempt(
        [keys](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            RoleAssignmentRequest grant;
            grant.scope = rid(keys);
            grant.role = BuiltInRole::Reader;
            arm.createRoleAssignment(grant, context, recordInto<RoleAssignment>(refusal));
        }) << QStringLiteral("No principal was given");
    QTest::newRow("nil role") << Attempt(
        [keys](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            arm.getRoleDefinition(rid(keys), QUuid(), context, recordInto<RoleDefinition>(refusal));
        }) << QStringLiteral("No role was given");
    QTest::newRow("role assignment ID without a GUID")
        << Attempt([keys](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.deleteRoleAssignment(
                   rid(keys
                       + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/reader-for-kai")),
                   context, recordInto<Done>(refusal));
           })
        << QStringLiteral("its last segment must be a GUID");
    QTest::newRow("malformed resource ID") << Attempt(
        [](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            arm.getIdentity(
                rid(QStringLiteral("subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/"
                                   "rg-keys/providers/Microsoft.ManagedIdentity/userAssignedIdentities/u")),
                context, recordInto<UserAssignedIdentity>(refusal));
        }) << QStringLiteral("No user-assigned managed identity was given");
    QTest::newRow("identity where a vault belongs")
        << Attempt([identityId](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.getVault(identityId, context, recordInto<KeyVault>(refusal));
           })
        << QStringLiteral("has the resource type Microsoft.ManagedIdentity/userAssignedIdentities; use the "
                          "resource ID of the key vault");
    QTest::newRow("empty location") << Attempt(
        [identityId](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            UserAssignedIdentity identity;
            identity.id = identityId;
            arm.createOrUpdateIdentity(identity, context, recordInto<UserAssignedIdentity>(refusal));
        }) << QStringLiteral("The region is empty");
    QTest::newRow("misspelt region") << Attempt(
        [identityId](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            UserAssignedIdentity identity;
            identity.id = identityId;
            identity.location = QStringLiteral("westeurpoe");
            arm.createOrUpdateIdentity(identity, context, recordInto<UserAssignedIdentity>(refusal));
        }) << QStringLiteral("did you mean");
    QTest::newRow("vault name too long")
        << Attempt([vaultNamed](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.createOrUpdateVault(vaultNamed(QStringLiteral("kv-contoso-customer-keys-1")), context, {},
                                       recordInto<KeyVault>(refusal));
           })
        << QStringLiteral("has 26 characters");
    QTest::newRow("vault name with an underscore")
        << Attempt([vaultNamed](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.createOrUpdateVault(vaultNamed(QStringLiteral("kv_contoso")), context, {},
                                       recordInto<KeyVault>(refusal));
           })
        << QStringLiteral("contains \u201c_\u201d");
    QTest::newRow("vault without a tenant")
        << Attempt([vaultNamed](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               KeyVault vault = vaultNamed(QStringLiteral("kv-contoso"));
               vault.tenantId = TenantId();
               arm.createOrUpdateVault(vault, context, {}, recordInto<KeyVault>(refusal));
           })
        << QStringLiteral("No tenant ID was given");
    QTest::newRow("retention of 120 days")
        << Attempt([vaultNamed](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               KeyVault vault = vaultNamed(QStringLiteral("kv-contoso"));
               vault.softDeleteRetentionInDays = 120;
               arm.createOrUpdateVault(vault, context, {}, recordInto<KeyVault>(refusal));
           })
        << QStringLiteral("7 to 90 days");
    QTest::newRow("unknown key permission") << Attempt(
        [vaultId, entry](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            arm.updateAccessPolicies(vaultId, AccessPolicyUpdate::Add, {entry}, context,
                                     recordInto<QList<AccessPolicy>>(refusal));
        }) << QStringLiteral("\u201cwrap\u201d is not a key permission");
    QTest::newRow("no access policy entries")
        << Attempt([vaultId](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.updateAccessPolicies(vaultId, AccessPolicyUpdate::Add, {}, context,
                                        recordInto<QList<AccessPolicy>>(refusal));
           })
        << QStringLiteral("No access policy entries were given");
    QTest::newRow("subnet where the vault belongs")
        << Attempt([subnetId](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               PrivateEndpoint endpoint;
               endpoint.id
                   = rid(IsvRg + QStringLiteral("rg-anf/providers/Microsoft.Network/privateEndpoints/pe"));
               endpoint.location = QStringLiteral("westeurope");
               endpoint.subnet = subnetId;
               endpoint.keyVault = subnetId;
               arm.createPrivateEndpoint(endpoint, context, {}, recordInto<PrivateEndpoint>(refusal));
           })
        << QStringLiteral("has the resource type Microsoft.Network/virtualNetworks/subnets; use the resource "
                          "ID of the key vault");
    QTest::newRow("key without a version") << Attempt(
        [diskSet, localKey](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            DiskEncryptionSet set = diskSet(QStringLiteral("des-contoso"));
            set.activeKey = localKey.versionless();
            arm.createOrUpdateDiskEncryptionSet(set, context, {}, recordInto<DiskEncryptionSet>(refusal));
        }) << QStringLiteral("has no version");
    QTest::newRow("key of another cloud") << Attempt([diskSet](ArmClient &arm, QObject *context,
                                                               const std::shared_ptr<Refusal> &refusal) {
        DiskEncryptionSet set = diskSet(QStringLiteral("des-contoso"));
        set.activeKey = *KeyIdentifier::parse(
            QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef"));
        arm.createOrUpdateDiskEncryptionSet(set, context, {}, recordInto<DiskEncryptionSet>(refusal));
    }) << QStringLiteral("is in a vault of another cloud");
    QTest::newRow("disk encryption set name with a dot")
        << Attempt([diskSet](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               arm.createOrUpdateDiskEncryptionSet(diskSet(QStringLiteral("des.contoso")), context, {},
                                                   recordInto<DiskEncryptionSet>(refusal));
           })
        << QStringLiteral("may have only letters, digits");
    QTest::newRow("NetApp account name starting with a hyphen") << Attempt(
        [](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
            NetAppAccount account;
            account.id = rid(IsvRg + QStringLiteral("rg-anf/providers/Microsoft.NetApp/netAppAccounts/-anf"));
            account.location = QStringLiteral("westeurope");
            arm.createOrUpdateNetAppAccount(account, context, {}, recordInto<NetAppAccount>(refusal));
        }) << QStringLiteral("must start with a letter or digit");
    QTest::newRow("Azure region for an enterprise policy")
        << Attempt([policy](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               EnterprisePolicy p = policy();
               p.location = QStringLiteral("westeurope");
               arm.createOrUpdateEnterprisePolicy(p, context, {}, recordInto<EnterprisePolicy>(refusal));
           })
        << QStringLiteral("is an Azure region");
    QTest::newRow("key version that is not hexadecimal")
        << Attempt([policy](ArmClient &arm, QObject *context, const std::shared_ptr<Refusal> &refusal) {
               EnterprisePolicy p = policy();
               p.keyVersion = QStringLiteral("current");
               arm.createOrUpdateEnterprisePolicy(p, context, {}, recordInto<EnterprisePolicy>(refusal));
           })
        << QStringLiteral("The key version \u201ccurrent\u201d contains");
}

void TestArmClient::badInputSendsNothing()
{
    QFETCH(Attempt, attempt);
    QFETCH(QString, fragment);
    verifyRefusedBeforeSending<ArmClient>(*h, this, attempt, fragment);
}

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
