// "Customer · Grant an ISV access to my key" end to end against the in-process sandbox over real
// loopback HTTPS, with two tenants and two people: Alex registers the ISV's application, writes
// the hand-off and creates the private endpoint; Kai, the customer's key vault administrator,
// runs the track. Azure RBAC and access-policy vaults, admin consent in the browser, a vault
// without purge protection fixed, a second run that writes nothing, a runner that dies mid-track
// (and mid-approval) and a new one that finishes without duplicates, a service principal Azure
// does not see yet, a read-only person refused by the service, and bad input or bad hand-offs
// refused before a single request.

#include "clientreply.h"
#include "coreharness.h"
#include "services/armclient.h"
#include "services/graphclient.h"
#include "services/keyvaultclient.h"
#include "testhelpers.h"
#include "tracks/customergrant.h"
#include "tracks/keys.h"
#include "workflow/handoff.h"
#include "workflow/runner.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;
using namespace cmk::workflow;
namespace key = cmk::tracks::key;

namespace {

const DemoUser Riley {QStringLiteral("riley@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Support-1"),
                      CustomerTenant};
const QString CustomerRg
    = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg-keys");
const QString IsvRg
    = QStringLiteral("/subscriptions/aaaaaaaa-0000-0000-0000-000000000001/resourceGroups/rg-anf");
const QString EndpointId
    = IsvRg + QStringLiteral("/providers/Microsoft.Network/privateEndpoints/pe-contoso-kv");
const QString AppName = QStringLiteral("Fabrikam Storage CMK");
const QString KeyName = QStringLiteral("cmk-fabrikam");

ResourceId rid(const QString &text)
{
    return ResourceId::parse(text).value_or(ResourceId());
}

ResourceId vaultId(const QString &name)
{
    return rid(CustomerRg + QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name);
}

/// Fast waits for the tests; the defaults are minutes.
tracks::CustomerGrantOptions fastOptions()
{
    tracks::CustomerGrantOptions options;
    options.principalAttempts = 4;
    options.principalFirstDelay = std::chrono::milliseconds(300);
    options.principalMaxDelay = std::chrono::milliseconds(600);
    options.endpointFirstPoll = std::chrono::milliseconds(100);
    options.endpointMaxPoll = std::chrono::milliseconds(300);
    options.endpointWait = std::chrono::seconds(15);
    return options;
}

bool isWrite(const sandbox::RequestLogEntry &entry)
{
    return entry.service != QLatin1StringView("login")
        && (entry.method == QLatin1StringView("PUT") || entry.method == QLatin1StringView("POST")
            || entry.method == QLatin1StringView("PATCH") || entry.method == QLatin1StringView("DELETE"));
}

/// What a run ended with.
struct RunOutcome
{
    bool finished = false;
    bool ok = false;
    http::ServiceError error;
};

/// How a bad-input row spoils the otherwise good inputs.
using Spoil = std::function<void(Values &inputs, const QString &dir, const Values &isvValues)>;

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

QByteArray handoffJson(const Values &values, Handoff::Direction direction = Handoff::Direction::IsvToCustomer,
                       const QString &message = QStringLiteral("Fabrikam storage for Contoso"))
{
    Handoff handoff;
    handoff.direction = direction;
    handoff.createdAt = QDateTime::currentDateTimeUtc();
    handoff.createdBy = Alex.upn;
    handoff.message = message;
    handoff.values = values;
    return handoff.toJson();
}

} // namespace

Q_DECLARE_METATYPE(Spoil)

class TestCustomerGrant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void trackIsWellFormed();
    void azureRbacEndToEndThenRerunWritesNothing();
    void accessPolicyVaultEndToEnd();
    void adminConsentInTheBrowserIsFound();
    void vaultWithoutPurgeProtectionIsFixed();
    void hsmKeyOnAStandardVaultIsRefusedBeforeAnyWrite();
    void runnerDestroyedMidTrackResumesWithoutDuplicates();
    void runnerDestroyedDuringApprovalFollowsTheOperation();
    void principalNotYetVisibleIsWaitedFor();
    void deletedServicePrincipalIsReported();
    void readOnlyPersonIsRefusedByTheService();
    void everyFaultOnce_data();
    void everyFaultOnce();
    void badInputSendsNothing_data();
    void badInputSendsNothing();

private:
    /// Alex registers the ISV's multi-tenant application; the ISV → customer values for it.
    Values registerIsvApplication(bool withEndpoint);
    /// What the ISV hands over for `app`.
    Values isvValues(const AppId &app, bool withEndpoint) const;
    /// The ISV → customer hand-off in the test's folder.
    QString writeIsvHandoff(const Values &values);
    Values inputsFor(const QString &handoff, const QString &vault);
    /// A runner for `person` in the customer tenant; `state` empty: a new run of `inputs`.
    std::unique_ptr<Runner> runnerFor(const QString &home, const Values &inputs, const QString &statePath,
                                      const std::optional<RunState> &state = std::nullopt);
    RunOutcome run(Runner &runner, int timeoutMs = 30000);
    int writes() const;
    /// Requests with `method` to a path ending in `pathSuffix`.
    int logged(const QString &method, const QString &pathSuffix) const;
    /// Requests with `method` to an item of `collection` ("/roleAssignments").
    int loggedUnder(const QString &method, const QString &collection) const;
    /// As the ISV: reads the customer's hand-off and creates the private endpoint to its vault.
    void createEndpointFromHandoff(const QString &handoffPath);
    KeyVault createVault(const QString &home, const QString &name, bool purgeProtection,
                         bool premium = false);
    std::optional<GraphServicePrincipal> findPrincipal(const QString &home, const AppId &app);

    std::unique_ptr<CoreHarness> h;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_alex;
    AppId m_app;
    std::unique_ptr<ArmClient> m_isvArm;
    std::optional<Reply<PrivateEndpoint>> m_endpoint;
    /// The context of calls a test starts and may not wait for; gone before the clients are.
    std::unique_ptr<QObject> m_context;
    std::optional<std::chrono::milliseconds> m_hangAfter; ///< the pipelines' per-try timeout, when set
};

void TestCustomerGrant::init()
{
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    options.lroMs = 200;
    h = std::make_unique<CoreHarness>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_alex.clear();
    m_app = AppId();
    m_isvArm.reset();
    m_endpoint.reset();
    m_context = std::make_unique<QObject>();
    m_hangAfter.reset();
}

void TestCustomerGrant::cleanup()
{
    m_context.reset();
    m_isvArm.reset();
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

// ---- Helpers ---------------------------------------------------------------------------------------

Values TestCustomerGrant::registerIsvApplication(bool withEndpoint)
{
    m_alex = h->signIn(Alex);
    GraphClient graph(h->pipelineFor(m_alex, IsvTenant));
    const auto created
        = awaitReply<GraphApplication>([&](auto done) { graph.createApplication(AppName, {}, this, done); });
    if (!created.ok()) {
        qWarning("creating the application failed: %s", qPrintable(created.error.technicalSummary()));
        return {};
    }
    m_app = created.value->appId;
    return isvValues(m_app, withEndpoint);
}

Values TestCustomerGrant::isvValues(const AppId &app, bool withEndpoint) const
{
    QUrl consent(h->profile.authority(u"organizations") + QStringLiteral("/adminconsent"));
    consent.setQuery(QStringLiteral("client_id=") + app.toString());
    Values values {{key::IsvTenantId, IsvTenant},
                   {key::AppId, app.toString()},
                   {key::AppDisplayName, AppName},
                   {key::AdminConsentUrl, consent.toString()},
                   {key::GrantRole, QStringLiteral("Key Vault Crypto Service Encryption User")},
                   {key::Region, QStringLiteral("westeurope")}};
    if (withEndpoint)
        values.insert(key::PrivateEndpointId, EndpointId);
    return values;
}

QString TestCustomerGrant::writeIsvHandoff(const Values &values)
{
    return writeFile(m_dir->filePath(QStringLiteral("from-isv.json")), handoffJson(values));
}

Values TestCustomerGrant::inputsFor(const QString &handoff, const QString &vault)
{
    return {{key::HandoffIn, handoff},
            {key::CustomerSubscriptionId, CustomerSubscription},
            {key::CustomerResourceGroup, QStringLiteral("rg-keys")},
            {key::VaultName, vault},
            {key::KeyName, KeyName},
            {key::HandoffOut, m_dir->filePath(QStringLiteral("to-isv.json"))}};
}

std::unique_ptr<Runner> TestCustomerGrant::runnerFor(const QString &home, const Values &inputs,
                                                     const QString &statePath,
                                                     const std::optional<RunState> &state)
{
    http::Pipeline *pipeline = h->pipelineFor(home, CustomerTenant);
    if (m_hangAfter)
        pipeline->setTimeouts(*m_hangAfter, std::chrono::seconds(60));
    const auth::SignedInIdentity who = h->broker->session(home, CustomerTenant)->identity();
    return std::make_unique<Runner>(
        tracks::customerGrantTrack(fastOptions()),
        state ? *state : RunState::create(QStringLiteral("customer-grant"), h->profile.name, inputs),
        statePath, [pipeline, who](Side) {
            StepRun::SideSession session;
            session.pipeline = pipeline;
            session.identity = who;
            return session;
        });
}

RunOutcome TestCustomerGrant::run(Runner &runner, int timeoutMs)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    RunOutcome outcome;
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return outcome;
    outcome.finished = true;
    outcome.ok = finished.first().at(0).toBool();
    outcome.error = finished.first().at(1).value<http::ServiceError>();
    return outcome;
}

int TestCustomerGrant::writes() const
{
    const auto log = h->sandbox.requestLog();
    return int(std::count_if(log.cbegin(), log.cend(), isWrite));
}

int TestCustomerGrant::logged(const QString &method, const QString &pathSuffix) const
{
    int count = 0;
    for (const auto &entry : h->sandbox.requestLog()) {
        if (entry.method == method && entry.path.endsWith(pathSuffix, Qt::CaseInsensitive))
            ++count;
    }
    return count;
}

int TestCustomerGrant::loggedUnder(const QString &method, const QString &collection) const
{
    int count = 0;
    for (const auto &entry : h->sandbox.requestLog()) {
        if (entry.method == method && entry.path.contains(collection + u'/', Qt::CaseInsensitive))
            ++count;
    }
    return count;
}

void TestCustomerGrant::createEndpointFromHandoff(const QString &handoffPath)
{
    QFile file(handoffPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto back = Handoff::fromJson(file.readAll(), Handoff::Direction::CustomerToIsv, &error);
    QVERIFY2(back, qPrintable(error));
    if (!m_isvArm)
        m_isvArm = std::make_unique<ArmClient>(h->pipelineFor(m_alex, IsvTenant));
    PrivateEndpoint endpoint;
    endpoint.id = rid(EndpointId);
    endpoint.location = QStringLiteral("westeurope");
    endpoint.subnet = rid(
        IsvRg
        + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/vnet-anf/subnets/snet-endpoints"));
    endpoint.keyVault = rid(back->values.value(key::VaultId));
    endpoint.requestMessage = QStringLiteral("Fabrikam storage: NetApp volumes for Contoso");
    m_isvArm->createPrivateEndpoint(endpoint, m_context.get(), {},
                                    [this](const Reply<PrivateEndpoint> &created) { m_endpoint = created; });
}

KeyVault TestCustomerGrant::createVault(const QString &home, const QString &name, bool purgeProtection,
                                        bool premium)
{
    ArmClient arm(h->pipelineFor(home, CustomerTenant));
    KeyVault vault;
    vault.id = vaultId(name);
    vault.location = QStringLiteral("westeurope");
    vault.tenantId = *TenantId::parse(CustomerTenant);
    vault.enablePurgeProtection = purgeProtection;
    vault.sku = premium ? VaultSku::Premium : VaultSku::Standard;
    const auto created = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { arm.createOrUpdateVault(vault, this, {}, done); });
    if (!created.ok())
        qWarning("creating the vault failed: %s", qPrintable(created.error.technicalSummary()));
    return created.value.value_or(KeyVault());
}

std::optional<GraphServicePrincipal> TestCustomerGrant::findPrincipal(const QString &home, const AppId &app)
{
    GraphClient graph(h->pipelineFor(home, CustomerTenant));
    const auto found = awaitReply<std::optional<GraphServicePrincipal>>(
        [&](auto done) { graph.findServicePrincipal(app, this, done); });
    return found.ok() ? *found.value : std::nullopt;
}

// ---- Tests -----------------------------------------------------------------------------------------

void TestCustomerGrant::trackIsWellFormed()
{
    const Track track = tracks::customerGrantTrack();
    QVERIFY2(track.validate().isEmpty(), qPrintable(track.validate().join(u'\n')));
    QCOMPARE(track.info.id, QStringLiteral("customer-grant"));
    QCOMPARE(track.info.persona, Persona::CustomerKeyVaultAdmin);
    QCOMPARE(track.steps.size(), size_t(7));
    int number = 0;
    for (const auto &step : track.steps) {
        const Step::Info info = step->info();
        QCOMPARE(info.number, QString::number(++number));
        QCOMPARE(info.side, Side::Customer);
        QVERIFY(!info.title.isEmpty());
        QVERIFY(!info.role.isEmpty());
    }
    for (const InputSpec &input : track.inputs()) {
        QVERIFY2(!input.label.isEmpty() && !input.help.isEmpty(), qPrintable(input.key));
        QVERIFY(input.validate);
    }
    // What the user gives; everything else comes from the hand-off or from earlier steps.
    QStringList keys;
    for (const InputSpec &input : track.inputs())
        keys << input.key;
    QCOMPARE(keys,
             QStringList({key::HandoffIn, key::CustomerSubscriptionId, key::CustomerResourceGroup,
                          key::VaultName, key::Region, key::GrantKind, key::KeyName, key::KeyType,
                          key::KeySize, key::HandoffOut}));
}

void TestCustomerGrant::azureRbacEndToEndThenRerunWritesNothing()
{
    const Values isv = registerIsvApplication(true);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    const Values inputs = inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-cmk"));
    const QString statePath = m_dir->filePath(QStringLiteral("run.json"));
    auto runner = runnerFor(kai, inputs, statePath);
    QSignalSpy plans(runner.get(), &Runner::planReady);
    QStringList progress;
    // The ISV creates its endpoint from the customer's hand-off while step 7 waits for it.
    connect(runner.get(), &Runner::stepProgress, this, [&](const QString &, const QString &text) {
        progress << text;
        if (progress.filter(QStringLiteral("Waiting for the ISV")).size() == 1
            && text.startsWith(
                QStringLiteral("Waiting for the ISV to create private endpoint pe-contoso-kv")))
            createEndpointFromHandoff(inputs.value(key::HandoffOut));
    });
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    QVERIFY(QTest::qWaitFor([&] { return m_endpoint.has_value(); }, 10000));
    QVERIFY2(m_endpoint->ok(), qPrintable(m_endpoint->error.technicalSummary()));
    QCOMPARE(progress.filter(QStringLiteral("Message from alex@")).size(), 1);
    for (const QString &id :
         {QStringLiteral("service-principal"), QStringLiteral("key-vault"), QStringLiteral("key"),
          QStringLiteral("grant"), QStringLiteral("handoff-back"), QStringLiteral("private-endpoint")})
        QCOMPARE(runner->state().steps.value(id).state, StepState::Applied);
    QCOMPARE(runner->state().steps.value(QStringLiteral("import-handoff")).state, StepState::AlreadyDone);
    QCOMPARE(runner->state().steps.value(QStringLiteral("key")).by.userPrincipalName, Kai.upn);

    // The service principal, in the customer tenant, of the ISV's application.
    const auto sp = findPrincipal(kai, m_app);
    QVERIFY(sp);
    QCOMPARE(sp->id.toString(), runner->state().values.value(key::ServicePrincipalId));
    QCOMPARE(sp->appOwnerOrganizationId->toString(), IsvTenant);

    // The vault: soft delete, purge protection, Azure RBAC, in the ISV's region.
    ArmClient arm(h->pipelineFor(kai, CustomerTenant));
    const auto vault = awaitReply<KeyVault>([&](Callback<KeyVault> done) {
        arm.getVault(vaultId(QStringLiteral("kv-contoso-cmk")), this, done);
    });
    QVERIFY2(vault.ok(), qPrintable(vault.error.technicalSummary()));
    QVERIFY(vault.value->enableSoftDelete);
    QVERIFY(vault.value->enablePurgeProtection);
    QVERIFY(vault.value->enableRbacAuthorization);
    QCOMPARE(vault.value->location, QStringLiteral("westeurope"));

    // The key: RSA, 2048 bits, the version the hand-off names.
    KeyVaultClient keys(h->pipelineFor(kai, CustomerTenant));
    const auto key = awaitReply<KeyVaultKey>([&](Callback<KeyVaultKey> done) {
        keys.getKey(runner->state().values.value(key::KeyUrl), this, done);
    });
    QVERIFY2(key.ok(), qPrintable(key.error.technicalSummary()));
    QCOMPARE(key.value->keyType, QStringLiteral("RSA"));
    QVERIFY(key.value->keySize >= 2048);
    QVERIFY(key.value->properties.id.isVersioned());

    // The grant: the role on the key itself, for the service principal only.
    const ResourceId keyScope = vault.value->id.child(u"keys", KeyName);
    const auto assignments = awaitReply<QList<RoleAssignment>>(
        [&](auto done) { arm.listRoleAssignments(keyScope, sp->id, this, done); });
    QVERIFY2(assignments.ok(), qPrintable(assignments.error.technicalSummary()));
    QCOMPARE(assignments.value->size(), 1);
    QCOMPARE(assignments.value->first().scope, keyScope);
    QCOMPARE(assignments.value->first().role, BuiltInRole::KeyVaultCryptoServiceEncryptionUser);

    // The plan said exactly what was sent: the deterministic role assignment name, purge protection.
    QString grantUrl;
    for (const auto &args : plans) {
        const Plan plan = args.at(1).value<Plan>();
        if (args.at(0).toString() == QLatin1StringView("grant"))
            grantUrl = plan.calls.first().url.path();
        if (args.at(0).toString() == QLatin1StringView("key-vault")) {
            const QJsonObject body = QJsonDocument::fromJson(plan.calls.first().body).object();
            QCOMPARE(plan.calls.first().method, QByteArray("PUT"));
            QVERIFY(body[QStringLiteral("properties")][QStringLiteral("enablePurgeProtection")].toBool());
        }
    }
    QVERIFY(grantUrl.endsWith(
        ArmClient::roleAssignmentName(keyScope, BuiltInRole::KeyVaultCryptoServiceEncryptionUser, sp->id)
            .toString(QUuid::WithoutBraces)));
    QCOMPARE(logged(QStringLiteral("PUT"), grantUrl), 1);

    // The private endpoint: approved, as the ISV sees it.
    const auto endpoint = awaitReply<PrivateEndpoint>(
        [&](Callback<PrivateEndpoint> done) { m_isvArm->getPrivateEndpoint(rid(EndpointId), this, done); });
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.error.technicalSummary()));
    QCOMPARE(endpoint.value->connectionStatus, PrivateLinkStatus::Approved);

    // The hand-off back: what the ISV needs, readable as a customer → ISV hand-off.
    QFile file(inputs.value(key::HandoffOut));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto back = Handoff::fromJson(file.readAll(), Handoff::Direction::CustomerToIsv, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->values.value(key::KeyUrl), key.value->properties.id.toString());
    QCOMPARE(back->values.value(key::VaultId), vault.value->id.toString());
    QCOMPARE(back->values.value(key::CustomerTenantId), CustomerTenant);
    QCOMPARE(back->values.value(key::Region), QStringLiteral("westeurope"));
    QCOMPARE(back->values.value(key::GrantKind), QStringLiteral("rbac"));
    QCOMPARE(back->createdBy, Kai.upn);
    QVERIFY(back->message.contains(QStringLiteral("pe-contoso-kv")));
    file.close();

    // A second run of the finished track: everything is found, nothing is written.
    const int before = writes();
    const QDateTime written = QFileInfo(inputs.value(key::HandoffOut)).lastModified();
    auto again = runnerFor(kai, inputs, QString());
    QSignalSpy againPlans(again.get(), &Runner::planReady);
    const RunOutcome second = run(*again);
    QVERIFY2(second.ok, qPrintable(second.error.technicalSummary()));
    QCOMPARE(writes(), before);
    QCOMPARE(againPlans.size(), 0);
    for (const auto &record : again->state().steps)
        QCOMPARE(record.state, StepState::AlreadyDone);
    QCOMPARE(again->state().values.value(key::KeyUrl), key.value->properties.id.toString());
    QCOMPARE(QFileInfo(inputs.value(key::HandoffOut)).lastModified(), written);
}

void TestCustomerGrant::accessPolicyVaultEndToEnd()
{
    Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    Values inputs = inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-policies"));
    inputs.insert(key::GrantKind, QStringLiteral("access-policy"));
    inputs.insert(key::KeyType, QStringLiteral("RSA-HSM"));
    inputs.insert(key::KeySize, QStringLiteral("3072"));
    auto runner = runnerFor(kai, inputs, m_dir->filePath(QStringLiteral("run.json")));
    QStringList progress;
    connect(runner.get(), &Runner::stepProgress, this,
            [&](const QString &, const QString &text) { progress << text; });
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    // No private endpoint in the hand-off (managed disks): step 7 has nothing to do.
    QCOMPARE(runner->state().steps.value(QStringLiteral("private-endpoint")).state, StepState::AlreadyDone);
    QVERIFY(!progress.filter(QStringLiteral("names no private endpoint")).isEmpty());

    ArmClient arm(h->pipelineFor(kai, CustomerTenant));
    const auto vault = awaitReply<KeyVault>([&](Callback<KeyVault> done) {
        arm.getVault(vaultId(QStringLiteral("kv-contoso-policies")), this, done);
    });
    QVERIFY2(vault.ok(), qPrintable(vault.error.technicalSummary()));
    QVERIFY(!vault.value->enableRbacAuthorization);
    QVERIFY(vault.value->enablePurgeProtection);
    QCOMPARE(vault.value->sku, VaultSku::Premium); // chosen for the RSA-HSM key
    // Two entries: Kai's, to create the key, and the ISV's service principal with exactly get, wrapKey,
    // unwrapKey.
    QCOMPARE(vault.value->accessPolicies.size(), 2);
    const QString sp = runner->state().values.value(key::ServicePrincipalId);
    bool found = false;
    for (const AccessPolicy &entry : vault.value->accessPolicies) {
        if (entry.objectId.toString() != sp)
            continue;
        found = true;
        QCOMPARE(
            entry.keys,
            QStringList({QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
        QVERIFY(entry.secrets.isEmpty());
    }
    QVERIFY(found);
    QCOMPARE(loggedUnder(QStringLiteral("PUT"), QStringLiteral("/roleAssignments")), 0);

    KeyVaultClient keys(h->pipelineFor(kai, CustomerTenant));
    const auto key = awaitReply<KeyVaultKey>([&](Callback<KeyVaultKey> done) {
        keys.getKey(runner->state().values.value(key::KeyUrl), this, done);
    });
    QVERIFY2(key.ok(), qPrintable(key.error.technicalSummary()));
    QCOMPARE(key.value->keyType, QStringLiteral("RSA-HSM"));
    QCOMPARE(key.value->keySize, 3072);

    QFile file(inputs.value(key::HandoffOut));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto back = Handoff::fromJson(file.readAll(), Handoff::Direction::CustomerToIsv, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->values.value(key::GrantKind), QStringLiteral("access-policy"));

    // Again: nothing is written.
    const int before = writes();
    auto again = runnerFor(kai, inputs, QString());
    QVERIFY(run(*again).ok);
    QCOMPARE(writes(), before);
}

void TestCustomerGrant::adminConsentInTheBrowserIsFound()
{
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    // Kai follows the admin consent link instead of letting the wizard install the application.
    const HttpResult page = h->browser->get(QUrl(isv.value(key::AdminConsentUrl)));
    QCOMPARE(page.status, 200);
    const HttpResult accepted
        = h->browser->submitForm(page,
                                 {{QStringLiteral("username"), Kai.upn},
                                  {QStringLiteral("password"), Kai.password},
                                  {QStringLiteral("action"), QStringLiteral("accept")}});
    QVERIFY2(accepted.body.contains("Consent granted"), accepted.body.constData());
    const auto sp = findPrincipal(kai, m_app);
    QVERIFY(sp);

    auto runner
        = runnerFor(kai, inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-consent")), QString());
    QSignalSpy plans(runner.get(), &Runner::planReady);
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    QCOMPARE(runner->state().steps.value(QStringLiteral("service-principal")).state, StepState::AlreadyDone);
    QCOMPARE(runner->state().values.value(key::ServicePrincipalId), sp->id.toString());
    QCOMPARE(logged(QStringLiteral("POST"), QStringLiteral("/servicePrincipals")), 0);
    for (const auto &args : plans)
        QVERIFY(args.at(0).toString() != QLatin1StringView("service-principal"));
}

void TestCustomerGrant::vaultWithoutPurgeProtectionIsFixed()
{
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    const KeyVault existing = createVault(kai, QStringLiteral("kv-contoso-old"), false);
    QVERIFY(existing.id.isValid());
    QVERIFY(!existing.enablePurgeProtection);

    const int puts = logged(QStringLiteral("PUT"), QStringLiteral("/vaults/kv-contoso-old"));
    auto runner
        = runnerFor(kai, inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-old")), QString());
    QSignalSpy plans(runner.get(), &Runner::planReady);
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    QCOMPARE(runner->state().steps.value(QStringLiteral("key-vault")).state, StepState::Applied);

    // The plan turned purge protection on, and changed nothing else of the vault.
    bool planned = false;
    for (const auto &args : plans) {
        if (args.at(0).toString() != QLatin1StringView("key-vault"))
            continue;
        const Plan plan = args.at(1).value<Plan>();
        QCOMPARE(plan.calls.size(), 1);
        QCOMPARE(plan.calls.first().method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(plan.calls.first().body).object(),
                 QJsonDocument::fromJson(
                     R"({"properties":{"enableSoftDelete":true,"enablePurgeProtection":true}})")
                     .object());
        planned = true;
    }
    QVERIFY(planned);
    QCOMPARE(logged(QStringLiteral("PATCH"), QStringLiteral("/vaults/kv-contoso-old")), 1);
    QCOMPARE(logged(QStringLiteral("PUT"), QStringLiteral("/vaults/kv-contoso-old")),
             puts); // no PUT of the whole vault

    ArmClient arm(h->pipelineFor(kai, CustomerTenant));
    const auto vault
        = awaitReply<KeyVault>([&](Callback<KeyVault> done) { arm.getVault(existing.id, this, done); });
    QVERIFY2(vault.ok(), qPrintable(vault.error.technicalSummary()));
    QVERIFY(vault.value->enablePurgeProtection);
    QVERIFY(vault.value->enableRbacAuthorization);
}

void TestCustomerGrant::hsmKeyOnAStandardVaultIsRefusedBeforeAnyWrite()
{
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    QVERIFY(createVault(kai, QStringLiteral("kv-contoso-std"), true).id.isValid());
    Values inputs = inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-std"));
    inputs.insert(key::KeyType, QStringLiteral("RSA-HSM"));
    const int before = writes();
    auto runner = runnerFor(kai, inputs, QString());
    QSignalSpy preflight(runner.get(), &Runner::preflightFailed);
    QSignalSpy started(runner.get(), &Runner::stepStarted);
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(preflight.size(), 1);
    const QString problems = preflight.first().at(0).toStringList().join(u'\n');
    QVERIFY2(problems.contains(QStringLiteral("RSA-HSM keys need a Premium vault")), qPrintable(problems));
    QCOMPARE(started.size(), 0);
    QCOMPARE(writes(), before);
}

void TestCustomerGrant::runnerDestroyedMidTrackResumesWithoutDuplicates()
{
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    const Values inputs = inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-crash"));
    const QString statePath = m_dir->filePath(QStringLiteral("run.json"));
    auto runner = runnerFor(kai, inputs, statePath);
    // The process dies the moment the grant starts: the key exists, the grant does not.
    connect(runner.get(), &Runner::stepStarted, this, [&](const QString &id) {
        if (id == QLatin1StringView("grant"))
            QTimer::singleShot(0, this, [&] { runner.reset(); });
    });
    runner->start();
    QVERIFY(QTest::qWaitFor([&] { return !runner; }, 20000));
    QString error;
    const auto saved = RunState::load(statePath, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->steps.value(QStringLiteral("key")).state, StepState::Applied);
    QCOMPARE(saved->steps.value(QStringLiteral("grant")).state, StepState::Running);

    // Reopened: a new runner on the saved file finishes; nothing exists twice.
    auto resumed = runnerFor(kai, {}, statePath, *saved);
    const RunOutcome outcome = run(*resumed);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    QCOMPARE(logged(QStringLiteral("POST"), QStringLiteral("/servicePrincipals")), 1);
    QCOMPARE(logged(QStringLiteral("PUT"), QStringLiteral("/vaults/kv-contoso-crash")), 1);
    QCOMPARE(logged(QStringLiteral("POST"), QStringLiteral("/keys/") + KeyName + QStringLiteral("/create")),
             1);
    QCOMPARE(loggedUnder(QStringLiteral("PUT"), QStringLiteral("/roleAssignments")), 1);
    QCOMPARE(resumed->state().steps.value(QStringLiteral("key")).attempts, 1);
    QCOMPARE(resumed->state().steps.value(QStringLiteral("grant")).attempts, 2);
    QVERIFY(QFileInfo::exists(inputs.value(key::HandoffOut)));
}

void TestCustomerGrant::runnerDestroyedDuringApprovalFollowsTheOperation()
{
    const Values isv = registerIsvApplication(true);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    const Values inputs = inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-approve"));
    const QString statePath = m_dir->filePath(QStringLiteral("run.json"));
    auto runner = runnerFor(kai, inputs, statePath);
    connect(runner.get(), &Runner::stepFinished, this, [&](const QString &id, StepState) {
        if (id == QLatin1StringView("handoff-back"))
            createEndpointFromHandoff(inputs.value(key::HandoffOut));
    });
    runner->start();
    // Stop while the approval is a running operation (saved with the run).
    QVERIFY(QTest::qWaitFor(
        [&] { return runner->state().steps.value(QStringLiteral("private-endpoint")).operation.has_value(); },
        20000));
    runner.reset();
    QString error;
    const auto saved = RunState::load(statePath, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->steps.value(QStringLiteral("private-endpoint")).operation);

    auto resumed = runnerFor(kai, {}, statePath, *saved);
    QStringList progress;
    connect(resumed.get(), &Runner::stepProgress, this,
            [&](const QString &, const QString &text) { progress << text; });
    const RunOutcome outcome = run(*resumed);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    QVERIFY(!progress.filter(QStringLiteral("Following the approval")).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return m_endpoint.has_value(); }, 10000));
    QVERIFY2(m_endpoint->ok(), qPrintable(m_endpoint->error.technicalSummary()));
    QCOMPARE(loggedUnder(QStringLiteral("PUT"), QStringLiteral("/privateEndpointConnections")), 1);
    QCOMPARE(resumed->state().steps.value(QStringLiteral("private-endpoint")).state, StepState::Applied);
    const auto endpoint = awaitReply<PrivateEndpoint>(
        [&](Callback<PrivateEndpoint> done) { m_isvArm->getPrivateEndpoint(rid(EndpointId), this, done); });
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.error.technicalSummary()));
    QCOMPARE(endpoint.value->connectionStatus, PrivateLinkStatus::Approved);
}

void TestCustomerGrant::principalNotYetVisibleIsWaitedFor()
{
    // The sandbox has no replication delay, so the principal is made invisible by deleting it
    // after step 2 and installed again while step 5 waits: the same PrincipalNotFound, the same
    // wait, and a new lookup by the application ID.
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    http::Pipeline *pipeline = h->pipelineFor(kai, CustomerTenant);
    GraphClient graph(pipeline);
    auto runner
        = runnerFor(kai, inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-wait")), QString());
    QString deleted;
    connect(runner.get(), &Runner::stepFinished, this, [&](const QString &id, StepState) {
        if (id != QLatin1StringView("key"))
            return;
        deleted = runner->state().values.value(key::ServicePrincipalId);
        http::RequestSpec spec;
        spec.method = "DELETE";
        spec.service = http::ServiceKind::Graph;
        spec.url = h->graph(QStringLiteral("/servicePrincipals/") + deleted);
        QCOMPARE(await(pipeline->send(spec)).status, 204);
    });
    QStringList waits;
    std::optional<Reply<GraphServicePrincipal>> reinstalled;
    QObject context; // gone before `graph` and `reinstalled` when the test ends early
    connect(runner.get(), &Runner::stepProgress, this, [&](const QString &, const QString &text) {
        if (!text.contains(QStringLiteral("PrincipalNotFound")))
            return;
        waits << text;
        if (waits.size() == 1)
            graph.createServicePrincipal(m_app, &context, [&](const auto &reply) { reinstalled = reply; });
    });
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    QCOMPARE(waits.size(), 1);
    QVERIFY2(waits.first().contains(QStringLiteral("a new service principal takes a few minutes")),
             qPrintable(waits.first()));
    QVERIFY2(waits.first().contains(QStringLiteral("attempt 2 of 4")), qPrintable(waits.first()));
    QVERIFY(reinstalled && reinstalled->ok());
    const QString now = runner->state().values.value(key::ServicePrincipalId);
    QCOMPARE(now, reinstalled->value->id.toString());
    QVERIFY(now != deleted);
    QCOMPARE(loggedUnder(QStringLiteral("PUT"), QStringLiteral("/roleAssignments")), 2);
}

void TestCustomerGrant::deletedServicePrincipalIsReported()
{
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    http::Pipeline *pipeline = h->pipelineFor(kai, CustomerTenant);
    auto runner
        = runnerFor(kai, inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-gone")), QString());
    connect(runner.get(), &Runner::stepFinished, this, [&](const QString &id, StepState) {
        if (id != QLatin1StringView("key"))
            return;
        http::RequestSpec spec;
        spec.method = "DELETE";
        spec.service = http::ServiceKind::Graph;
        spec.url = h->graph(QStringLiteral("/servicePrincipals/")
                            + runner->state().values.value(key::ServicePrincipalId));
        QCOMPARE(await(pipeline->send(spec)).status, 204);
    });
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("ServicePrincipalNotFound"));
    QVERIFY2(outcome.error.userMessage().contains(QStringLiteral("Run the track again from step 2")),
             qPrintable(outcome.error.userMessage()));
    QCOMPARE(runner->state().steps.value(QStringLiteral("grant")).state, StepState::Failed);
    QCOMPARE(loggedUnder(QStringLiteral("PUT"), QStringLiteral("/roleAssignments")), 1);
}

void TestCustomerGrant::readOnlyPersonIsRefusedByTheService()
{
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    // The application is installed already (by Kai); Riley, who may only read, runs the rest.
    const QString kai = h->signIn(Kai);
    GraphClient graph(h->pipelineFor(kai, CustomerTenant));
    QVERIFY(awaitReply<GraphServicePrincipal>([&](auto done) {
                graph.ensureServicePrincipal(m_app, this, done);
            }).ok());
    const QString riley = h->signIn(Riley);
    QVERIFY(!riley.isEmpty());
    auto runner
        = runnerFor(riley, inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-riley")), QString());
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, http::ServiceError::Kind::Http);
    QCOMPARE(outcome.error.httpStatus, 403);
    QCOMPARE(outcome.error.code, QStringLiteral("AuthorizationFailed"));
    QVERIFY2(outcome.error.message.contains(QStringLiteral("Microsoft.KeyVault/vaults/write")),
             qPrintable(outcome.error.message));
    QCOMPARE(outcome.error.userMessage(),
             QStringLiteral("You do not have permission for this action on this resource."));
    QVERIFY2(outcome.error.nextAction().contains(QStringLiteral("Ask an owner of the resource")),
             qPrintable(outcome.error.nextAction()));
    QCOMPARE(runner->state().steps.value(QStringLiteral("service-principal")).state, StepState::AlreadyDone);
    QCOMPARE(runner->state().steps.value(QStringLiteral("key-vault")).state, StepState::Failed);
    QCOMPARE(runner->state().steps.value(QStringLiteral("key-vault")).errorCode,
             QStringLiteral("AuthorizationFailed"));
    QCOMPARE(runner->state().steps.value(QStringLiteral("key-vault")).by.userPrincipalName, Riley.upn);
    for (const auto &entry : h->sandbox.requestLog()) {
        if (isWrite(entry) && entry.path.contains(QStringLiteral("kv-contoso-riley")))
            QCOMPARE(entry.status, 403);
    }
}

void TestCustomerGrant::everyFaultOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    // Each fault kind once, on a request of this track (ARM, Graph and the vault's data plane).
    QTest::newRow("429 on the vault")
        << QStringLiteral("429") << QByteArray("PUT") << QStringLiteral("*/vaults/*");
    QTest::newRow("503 on the principal")
        << QStringLiteral("503") << QByteArray("GET") << QStringLiteral("*/servicePrincipals*");
    QTest::newRow("500 on the key") << QStringLiteral("500") << QByteArray("POST")
                                    << QStringLiteral("*/keys/*/create");
    QTest::newRow("reset on the grant")
        << QStringLiteral("reset") << QByteArray("PUT") << QStringLiteral("*/roleAssignments/*");
    QTest::newRow("hang on the key") << QStringLiteral("hang") << QByteArray("GET")
                                     << QStringLiteral("*/keys/*");
    QTest::newRow("failed vault operation")
        << QStringLiteral("lro-failed") << QByteArray("PUT") << QStringLiteral("*/vaults/*");
    QTest::newRow("busy grant") << QStringLiteral("busy") << QByteArray("PUT")
                                << QStringLiteral("*/roleAssignments/*");
    QTest::newRow("expired token on the vault")
        << QStringLiteral("expired-token") << QByteArray("GET") << QStringLiteral("*/vaults/*");
    QTest::newRow("malformed grants")
        << QStringLiteral("malformed") << QByteArray("GET") << QStringLiteral("*/roleAssignments*");
}

void TestCustomerGrant::everyFaultOnce()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Values isv = registerIsvApplication(false);
    QVERIFY(!isv.isEmpty());
    const QString kai = h->signIn(Kai);
    m_hangAfter = std::chrono::seconds(2); // a hung request is given up (and retried) after 2 s
    const Values inputs = inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-cmk"));
    const QString statePath = m_dir->filePath(QStringLiteral("run.json"));
    h->fault(kind, method, path, 1, 0);

    // Run; after a failure the service caused, Retry (a new runner on the saved run), as a person would.
    std::optional<RunState> state;
    RunOutcome outcome;
    for (int attempt = 0; attempt < 3 && !outcome.ok; ++attempt) {
        auto runner = runnerFor(kai, inputs, statePath, state);
        outcome = run(*runner);
        QVERIFY(outcome.finished);
        state = runner->state();
    }
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    int injected = 0;
    for (const sandbox::RequestLogEntry &e : h->sandbox.requestLog())
        injected += e.fault == kind ? 1 : 0;
    QCOMPARE(injected, 1);

    // The same end as without the fault: one principal, one key version, one grant, the file back.
    const auto sp = findPrincipal(kai, m_app);
    QVERIFY(sp);
    QCOMPARE(sp->id.toString(), state->values.value(key::ServicePrincipalId));
    QCOMPARE(logged(QStringLiteral("POST"), QStringLiteral("/keys/") + KeyName + QStringLiteral("/create"))
                 - (kind == QLatin1StringView("500") ? 1 : 0),
             1);
    QCOMPARE(loggedUnder(QStringLiteral("PUT"), QStringLiteral("/roleAssignments"))
                 - (kind == QLatin1StringView("reset") || kind == QLatin1StringView("busy") ? 1 : 0),
             1);
    QVERIFY(QFile::exists(inputs.value(key::HandoffOut)));
    for (const auto &step : tracks::customerGrantTrack().steps) {
        if (step->info().id != QLatin1StringView("private-endpoint"))
            QVERIFY2(state->steps.value(step->info().id).isFinished(), qPrintable(step->info().id));
    }
}

void TestCustomerGrant::badInputSendsNothing_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fragment");

    const auto handoffWith = [](const std::function<void(Values &)> &change,
                                Handoff::Direction direction = Handoff::Direction::IsvToCustomer,
                                const QString &message = QStringLiteral("Fabrikam storage for Contoso")) {
        return Spoil([=](Values &inputs, const QString &dir, const Values &isv) {
            Values values = isv;
            change(values);
            inputs.insert(
                key::HandoffIn,
                writeFile(dir + QStringLiteral("/spoilt.json"), handoffJson(values, direction, message)));
        });
    };
    const auto set = [](QLatin1StringView name, const QString &value) {
        return Spoil([=](Values &inputs, const QString &, const Values &) { inputs.insert(name, value); });
    };

    QTest::newRow("hand-off file missing") << Spoil([](Values &inputs, const QString &dir, const Values &) {
        inputs.insert(key::HandoffIn, dir + QStringLiteral("/nowhere.json"));
    }) << QString(key::HandoffIn) << QStringLiteral("cannot be read");
    QTest::newRow("hand-off changed after export")
        << Spoil([](Values &inputs, const QString &dir, const Values &isv) {
               QByteArray json = handoffJson(isv);
               json.replace("westeurope", "northeurope");
               inputs.insert(key::HandoffIn, writeFile(dir + QStringLiteral("/tampered.json"), json));
           })
        << QString(key::HandoffIn) << QStringLiteral("checksum does not match");
    QTest::newRow("hand-off for the other direction")
        << handoffWith([](Values &) {}, Handoff::Direction::CustomerToIsv) << QString(key::HandoffIn)
        << QStringLiteral("This hand-off goes customer-to-isv");
    QTest::newRow("not a hand-off") << Spoil([](Values &inputs, const QString &dir, const Values &) {
        inputs.insert(key::HandoffIn, writeFile(dir + QStringLiteral("/other.json"), R"({"hello":"world"})"));
    }) << QString(key::HandoffIn) << QStringLiteral("not a CMK Wizard hand-off file");
    QTest::newRow("hand-off larger than 64 KiB") << Spoil([](Values &inputs, const QString &dir,
                                                             const Values &) {
        inputs.insert(key::HandoffIn, writeFile(dir + QStringLiteral("/big.json"), QByteArray(70000, ' ')));
    }) << QString(key::HandoffIn) << QStringLiteral("larger than a hand-off can be");
    QTest::newRow("hand-off without the application ID")
        << handoffWith([](Values &v) { v.remove(key::AppId); }) << QString(key::HandoffIn)
        << QStringLiteral("\"app.appId\"");
    QTest::newRow("hand-off carrying a token")
        << handoffWith([](Values &) {}, Handoff::Direction::IsvToCustomer,
                       QStringLiteral("use ") + tokenLookalike())
        << QString(key::HandoffIn) << QStringLiteral("looks like it contains a token");
    QTest::newRow("consent link for another application") << handoffWith([](Values &v) {
        QUrl url(v.value(key::AdminConsentUrl));
        url.setQuery(QStringLiteral("client_id=33333333-3333-3333-3333-333333333333"));
        v.insert(key::AdminConsentUrl, url.toString());
    }) << QString(key::HandoffIn) << QStringLiteral("does not install its application");
    QTest::newRow("hand-off asks for a broader role")
        << handoffWith([](Values &v) { v.insert(key::GrantRole, QStringLiteral("Key Vault Administrator")); })
        << QString(key::HandoffIn) << QStringLiteral("grants only Key Vault Crypto Service Encryption User");
    QTest::newRow("vault name with two hyphens") << set(key::VaultName, QStringLiteral("kv--contoso"))
                                                 << QString(key::VaultName) << QStringLiteral("kv--contoso");
    QTest::newRow("vault name too long")
        << set(key::VaultName, QStringLiteral("kv-contoso-customer-managed-keys")) << QString(key::VaultName)
        << QStringLiteral("kv-contoso-customer-managed-keys");
    QTest::newRow("key of 1024 bits") << set(key::KeySize, QStringLiteral("1024")) << QString(key::KeySize)
                                      << QStringLiteral("at least 2048 bits; 1024 is too small");
    QTest::newRow("key of 5000 bits") << set(key::KeySize, QStringLiteral("5000")) << QString(key::KeySize)
                                      << QStringLiteral("2048, 3072 or 4096 bits here, not 5000");
    QTest::newRow("key size not a number") << set(key::KeySize, QStringLiteral("big"))
                                           << QString(key::KeySize) << QStringLiteral("not a number of bits");
    QTest::newRow("elliptic curve key") << set(key::KeyType, QStringLiteral("EC")) << QString(key::KeyType)
                                        << QStringLiteral("use RSA or RSA-HSM");
    QTest::newRow("key name with a dot") << set(key::KeyName, QStringLiteral("cmk.fabrikam"))
                                         << QString(key::KeyName) << QStringLiteral("cmk.fabrikam");
    QTest::newRow("key name missing")
        << Spoil([](Values &inputs, const QString &, const Values &) { inputs.remove(key::KeyName); })
        << QString(key::KeyName) << QStringLiteral("Key name is missing");
    QTest::newRow("unknown grant kind") << set(key::GrantKind, QStringLiteral("owner"))
                                        << QString(key::GrantKind) << QStringLiteral("not a way to grant");
    QTest::newRow("subscription is not a GUID")
        << set(key::CustomerSubscriptionId, QStringLiteral("contoso-security"))
        << QString(key::CustomerSubscriptionId) << QStringLiteral("contoso-security");
    QTest::newRow("unknown region") << set(key::Region, QStringLiteral("mars")) << QString(key::Region)
                                    << QStringLiteral("mars");
    QTest::newRow("hand-off back to a folder") << Spoil(
        [](Values &inputs, const QString &dir, const Values &) { inputs.insert(key::HandoffOut, dir); })
                                               << QString(key::HandoffOut) << QStringLiteral("is a folder");
    QTest::newRow("hand-off back into a missing folder")
        << Spoil([](Values &inputs, const QString &dir, const Values &) {
               inputs.insert(key::HandoffOut, dir + QStringLiteral("/missing/to-isv.json"));
           })
        << QString(key::HandoffOut) << QStringLiteral("does not exist");
}

void TestCustomerGrant::badInputSendsNothing()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, key);
    QFETCH(QString, fragment);
    // Nothing is sent, so the application need not exist.
    const Values isv = isvValues(*AppId::parse(QStringLiteral("44444444-4444-4444-4444-444444444444")), true);
    const QString kai = h->signIn(Kai);
    Values inputs = inputsFor(writeIsvHandoff(isv), QStringLiteral("kv-contoso-bad"));
    spoil(inputs, m_dir->path(), isv);

    const qsizetype sent = h->sandbox.requestLog().size();
    auto runner = runnerFor(kai, inputs, QString());
    QSignalSpy rejected(runner.get(), &Runner::inputsRejected);
    QSignalSpy started(runner.get(), &Runner::stepStarted);
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(rejected.size(), 1);
    const auto problems = rejected.first().at(0).value<QList<InputProblem>>();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().key, key);
    QVERIFY2(problems.first().message.contains(fragment), qPrintable(problems.first().message));
    QCOMPARE(outcome.error.kind, http::ServiceError::Kind::InvalidInput);
    QCOMPARE(outcome.error.userMessage(), problems.first().message);
    QVERIFY(!outcome.error.nextAction().isEmpty());
    QCOMPARE(started.size(), 0);
    QTest::qWait(20);
    QCOMPARE(h->sandbox.requestLog().size(), sent);
}

QTEST_GUILESS_MAIN(TestCustomerGrant)
#include "tst_customergrant.moc"
