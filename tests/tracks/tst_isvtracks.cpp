// The ISV tracks of seeds 000 (Azure NetApp Files) and 001 (managed disks) against the in-process
// sandbox, Alex signed in to the ISV tenant and Kai doing the customer's part in between with the
// typed clients: each track end to end (the cross-tenant step refused with the service's error
// before the customer's grant, accepted after it), a re-run of a finished track with zero writes,
// a runner destroyed at many points and a new one finishing from the run file without duplicates,
// an interrupted application create reported rather than repeated, bad input refused before a
// single request, the federated credential linted and corrected, and the exported plans.

#include "clientreply.h"
#include "coreharness.h"
#include "services/graphclient.h"
#include "services/keyvaultclient.h"
#include "tracks/isvtracks.h"
#include "tracks/keys.h"
#include "workflow/planexport.h"
#include "workflow/runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <typeinfo>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;
using namespace cmk::tracks;
using namespace cmk::workflow;
using namespace std::chrono_literals;

namespace {

const QString IsvRg = QStringLiteral("/subscriptions/aaaaaaaa-0000-0000-0000-000000000001/resourceGroups/");
const QString CustomerRg
    = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/");
const QString Network = IsvRg + QStringLiteral("rg-anf/providers/Microsoft.Network/virtualNetworks/vnet-anf");
const QString EndpointSubnet = Network + QStringLiteral("/subnets/snet-endpoints");
const QString VolumesSubnet = Network + QStringLiteral("/subnets/snet-anf-volumes");

/// Short waits: the sandbox runs an hour of simulated time per second.
Pacing fastPacing()
{
    Pacing p;
    p.firstPoll = 20ms;
    p.maxPoll = 80ms;
    p.registrationTimeout = 30s;
    p.approvalTimeout = 30s;
    p.propagationAttempts = 3;
    return p;
}

Values netAppInputs()
{
    return {{key::IsvSubscriptionId, IsvSubscription},
            {key::IsvResourceGroup, QStringLiteral("rg-anf")},
            {key::Region, QStringLiteral("westeurope")},
            {key::AppDisplayName, QStringLiteral("Fabrikam storage CMK")},
            {key::IdentityName, QStringLiteral("uami-anf-contoso")},
            {key::SubnetId, EndpointSubnet},
            {key::NetAppAccountName, QStringLiteral("anf-contoso")}};
}

Values diskInputs()
{
    return {{key::IsvSubscriptionId, IsvSubscription},
            {key::IsvResourceGroup, QStringLiteral("rg-disks")},
            {key::Region, QStringLiteral("West Europe")},
            {key::AppDisplayName, QStringLiteral("Fabrikam disks CMK")},
            {key::IdentityName, QStringLiteral("uami-disks-contoso")},
            {key::DiskEncryptionSetName, QStringLiteral("des-contoso")},
            {key::AutoKeyRotation, QStringLiteral("true")}};
}

bool isWrite(const sandbox::RequestLogEntry &e)
{
    return e.service != QLatin1StringView("login")
        && (e.method == QLatin1StringView("PUT") || e.method == QLatin1StringView("POST")
            || e.method == QLatin1StringView("PATCH") || e.method == QLatin1StringView("DELETE"));
}

/// The customer's vault and key, as Kai made them.
struct CustomerKey
{
    KeyVault vault;
    KeyIdentifier key;
};

/// How a run ended, with everything it said on the way.
struct RunOutcome
{
    bool ok = false;
    bool finished = false;
    http::ServiceError error;
    QStringList progress;
    QStringList planned;

    QString describe() const { return error.code + QStringLiteral(": ") + error.message; }
};

/// Approves every pending private endpoint connection of a vault, as the customer's administrator
/// would, once armed (when the ISV's track is seen waiting), without blocking the event loop the
/// runner needs.
class Approver : public QObject
{
public:
    Approver(http::Pipeline *customer, ResourceId vault)
        : m_arm(customer)
        , m_vault(std::move(vault))
    {
        connect(&m_timer, &QTimer::timeout, this, &Approver::look);
    }
    /// Approves from now on: when `runner` reports that it waits for the approval.
    void armOn(Runner *runner)
    {
        connect(runner, &Runner::stepProgress, this, [this](const QString &id, const QString &) {
            if (id == QLatin1StringView("endpoint-approval") && !m_timer.isActive())
                m_timer.start(15);
        });
    }
    int approved = 0;

private:
    void look()
    {
        if (m_busy)
            return;
        m_busy = true;
        m_arm.listPrivateEndpointConnections(
            m_vault, this, [this](const Reply<QList<PrivateEndpointConnection>> &reply) {
                m_busy = false;
                for (const PrivateEndpointConnection &c :
                     reply.value.value_or(QList<PrivateEndpointConnection>())) {
                    if (c.status != PrivateLinkStatus::Pending)
                        continue;
                    m_busy = true;
                    m_arm.approvePrivateEndpointConnection(
                        c, QStringLiteral("Approved for Fabrikam"), this, {},
                        [this](const Reply<PrivateEndpointConnection> &done) {
                            m_busy = false;
                            if (done.ok())
                                ++approved;
                        });
                    return;
                }
            });
    }

    ArmClient m_arm;
    ResourceId m_vault;
    QTimer m_timer;
    bool m_busy = false;
};

/// When a runner should die: on a signal of a step, optionally only when its text contains a word.
struct KillPoint
{
    QString signal; ///< "started", "progress" or "finished"
    QString stepId;
    QString contains;
};

} // namespace

Q_DECLARE_METATYPE(KillPoint)

class TestIsvTracks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tracksAreSound();
    void netAppEndToEnd();
    void managedDisksEndToEnd();
    void destroyedRunnerResumes_data();
    void destroyedRunnerResumes();
    void everyFaultOnce_data();
    void everyFaultOnce();
    void interruptedApplicationCreateIsNotRepeated();
    void freshRunDoesNotRegisterASecondApplication();
    void badInputSendsNothing_data();
    void badInputSendsNothing();
    void delegatedSubnetStopsBeforeAnyWrite();
    void customerVaultInAnotherRegionIsRefused();
    void federatedCredentialIsLinted_data();
    void federatedCredentialIsLinted();
    void wrongFederatedCredentialIsCorrected();
    void exportedPlansHaveTheCalls();

private:
    std::unique_ptr<Runner> makeRunner(const Track &track, RunState state, const QString &path);
    RunOutcome run(Runner &runner, int timeoutMs = 30000);
    RunState load(const QString &path);
    int writesSince(qsizetype from) const;
    Track track(const QString &which) const;
    Values inputs(const QString &which) const;

    // The customer's part, as Kai.
    CustomerKey customerCreatesKey(const QString &vaultName);
    void customerGrants(const AppId &app, const CustomerKey &key);
    QString customerReplies(const CustomerKey &key, const QString &fileName);

    /// Runs `track` to its end the way people would: the customer's part when it waits for
    /// them, a new runner on the run file whenever one was destroyed (at `kill`, once).
    void drive(const QString &which, const QString &path, const std::optional<KillPoint> &kill,
               RunState *final);
    int applicationsNamed(const QString &displayName);
    /// One application, credential, identity and (NetApp) approved endpoint connection; every step finished.
    void checkExactlyOnce(const QString &which, const RunState &final);

    std::unique_ptr<CoreHarness> h;
    QTemporaryDir m_dir;
    QString m_isvHome;
    QString m_customerHome;
    http::Pipeline *m_isv = nullptr;
    http::Pipeline *m_customer = nullptr;
    int m_retries = 0; ///< how often drive() may press Retry after a failed run
    int m_retried = 0;
};

// ---- Harness -----------------------------------------------------------------------------------------

void TestIsvTracks::init()
{
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    options.timeScale = 3600; // feature registration (15 simulated minutes) takes a quarter of a second
    h = std::make_unique<CoreHarness>(options);
    m_isvHome = h->signIn(Alex);
    m_customerHome = h->signIn(Kai);
    QVERIFY(!m_isvHome.isEmpty() && !m_customerHome.isEmpty());
    m_isv = h->pipelineFor(m_isvHome, IsvTenant);
    m_customer = h->pipelineFor(m_customerHome, CustomerTenant);
}

void TestIsvTracks::cleanup()
{
    m_retries = 0;
    m_retried = 0;
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

Track TestIsvTracks::track(const QString &which) const
{
    return which == QLatin1StringView("netapp") ? isvNetAppTrack(fastPacing())
                                                : isvManagedDisksTrack(fastPacing());
}

Values TestIsvTracks::inputs(const QString &which) const
{
    return which == QLatin1StringView("netapp") ? netAppInputs() : diskInputs();
}

std::unique_ptr<Runner> TestIsvTracks::makeRunner(const Track &track, RunState state, const QString &path)
{
    CoreHarness *harness = h.get();
    const QString isvHome = m_isvHome;
    const QString customerHome = m_customerHome;
    http::Pipeline *isv = m_isv;
    http::Pipeline *customer = m_customer;
    return std::make_unique<Runner>(
        track, std::move(state), path, [harness, isvHome, customerHome, isv, customer](Side side) {
            StepRun::SideSession s;
            const bool isvSide = side == Side::Isv;
            s.pipeline = isvSide ? isv : customer;
            s.identity = harness->broker
                             ->session(isvSide ? isvHome : customerHome, isvSide ? IsvTenant : CustomerTenant)
                             ->identity();
            return s;
        });
}

RunOutcome TestIsvTracks::run(Runner &runner, int timeoutMs)
{
    RunOutcome outcome;
    connect(&runner, &Runner::stepProgress, this,
            [&outcome](const QString &id, const QString &text) { outcome.progress << id + u':' + text; });
    connect(&runner, &Runner::planReady, this,
            [&outcome](const QString &id, const Plan &) { outcome.planned << id; });
    connect(&runner, &Runner::finished, this, [&outcome](bool ok, const http::ServiceError &error) {
        outcome.finished = true;
        outcome.ok = ok;
        outcome.error = error;
    });
    runner.start();
    if (!QTest::qWaitFor([&] { return outcome.finished; }, timeoutMs))
        outcome.error.message = QStringLiteral("the run did not end in time");
    runner.disconnect(this);
    return outcome;
}

RunState TestIsvTracks::load(const QString &path)
{
    QString error;
    const auto state = RunState::load(path, &error);
    if (!state)
        qWarning("run file %s: %s", qPrintable(path), qPrintable(error));
    return state.value_or(RunState());
}

int TestIsvTracks::writesSince(qsizetype from) const
{
    const QList<sandbox::RequestLogEntry> log = h->sandbox.requestLog();
    int writes = 0;
    for (qsizetype i = from; i < log.size(); ++i)
        writes += isWrite(log.at(i)) ? 1 : 0;
    return writes;
}

int TestIsvTracks::applicationsNamed(const QString &displayName)
{
    http::RequestSpec spec;
    spec.service = http::ServiceKind::Graph;
    spec.method = "GET";
    spec.url = h->graph(QStringLiteral("/applications"));
    spec.url.setQuery(QStringLiteral("$filter=displayName eq '%1'").arg(displayName));
    const http::Result result = await(m_isv->send(spec));
    return int(QJsonDocument::fromJson(result.body).object().value(QStringLiteral("value")).toArray().size());
}

// ---- The customer's part -------------------------------------------------------------------------------

CustomerKey TestIsvTracks::customerCreatesKey(const QString &vaultName)
{
    ArmClient arm(m_customer);
    KeyVault vault;
    vault.id = *ResourceId::parse(CustomerRg + QStringLiteral("rg-keys/providers/Microsoft.KeyVault/vaults/")
                                  + vaultName);
    vault.location = QStringLiteral("westeurope");
    vault.tenantId = *TenantId::parse(CustomerTenant);
    const auto created = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { arm.createOrUpdateVault(vault, this, {}, done); });
    if (!created.ok())
        qWarning("vault: %s", qPrintable(created.error.technicalSummary()));
    KeyVaultClient keys(m_customer);
    const auto key = awaitReply<KeyVaultKey>([&](Callback<KeyVaultKey> done) {
        keys.createKey(created.value.value_or(KeyVault()).vaultUri, QStringLiteral("cmk"), KeyCreateOptions(),
                       this, done);
    });
    if (!key.ok())
        qWarning("key: %s", qPrintable(key.error.technicalSummary()));
    return {created.value.value_or(KeyVault()), key.value ? key.value->properties.id : KeyIdentifier()};
}

void TestIsvTracks::customerGrants(const AppId &app, const CustomerKey &key)
{
    GraphClient graph(m_customer);
    const auto sp = awaitReply<GraphServicePrincipal>(
        [&](Callback<GraphServicePrincipal> done) { graph.ensureServicePrincipal(app, this, done); });
    QVERIFY2(sp.ok(), qPrintable(sp.error.technicalSummary()));
    RoleAssignmentRequest grant;
    grant.scope = key.vault.id.child(u"keys", key.key.name());
    grant.role = BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
    grant.principal = sp.value->id;
    ArmClient arm(m_customer);
    const auto granted = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { arm.createRoleAssignment(grant, this, done); });
    QVERIFY2(granted.ok(), qPrintable(granted.error.technicalSummary()));
}

QString TestIsvTracks::customerReplies(const CustomerKey &key, const QString &fileName)
{
    Handoff reply;
    reply.direction = Handoff::Direction::CustomerToIsv;
    reply.createdAt = QDateTime::currentDateTimeUtc();
    reply.createdBy = Kai.upn;
    reply.values = {{key::CustomerTenantId, CustomerTenant},
                    {key::KeyUrl, key.key.toString()},
                    {key::VaultId, key.vault.id.toString()},
                    {key::Region, QStringLiteral("westeurope")},
                    {key::GrantKind, QStringLiteral("rbac")}};
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reply.toJson()) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// ---- The tests ---------------------------------------------------------------------------------------

void TestIsvTracks::tracksAreSound()
{
    for (const QString &which : {QStringLiteral("netapp"), QStringLiteral("disks")}) {
        const Track t = track(which);
        QVERIFY2(t.validate().isEmpty(), qPrintable(t.validate().join(u'\n')));
        int number = 0;
        for (const auto &step : t.steps) {
            const Step::Info info = step->info();
            QCOMPARE(info.number, QString::number(++number));
            QCOMPARE(info.side, Side::Isv);
            QVERIFY(!info.title.isEmpty() && !info.role.isEmpty());
        }
        // Every input is labelled and explained, and the track's inputs name each key once.
        QSet<QString> keys;
        for (const InputSpec &input : t.inputs()) {
            QVERIFY(!input.label.isEmpty() && !input.help.isEmpty());
            QVERIFY(!keys.contains(input.key));
            keys.insert(input.key);
        }
    }
    // The steps both tracks have are the same classes, not copies.
    const Track netApp = track(QStringLiteral("netapp"));
    const Track disks = track(QStringLiteral("disks"));
    for (const QString &id :
         {QStringLiteral("region"), QStringLiteral("app-registration"), QStringLiteral("managed-identity"),
          QStringLiteral("federated-credential"), QStringLiteral("handoff")}) {
        QVERIFY(netApp.step(id) && disks.step(id));
        QCOMPARE(typeid(*netApp.step(id)).name(), typeid(*disks.step(id)).name());
    }
    QCOMPARE(netApp.info.id, QStringLiteral("isv-netapp"));
    QCOMPARE(disks.info.id, QStringLiteral("isv-managed-disks"));
    QCOMPARE(netApp.info.persona, Persona::IsvEngineer);
}

void TestIsvTracks::netAppEndToEnd()
{
    const Track t = track(QStringLiteral("netapp"));
    const QString path = m_dir.filePath(QStringLiteral("netapp-run.json"));
    const QString toCustomer = m_dir.filePath(QStringLiteral("netapp-to-contoso.json"));
    Values values = netAppInputs();
    values.insert(key::HandoffOut, toCustomer);

    // Alex: steps 1-5, then the hand-off, which waits for the customer.
    auto first = makeRunner(t, RunState::create(t.info.id, h->profile.name, values), path);
    const RunOutcome waiting = run(*first);
    QVERIFY2(!waiting.ok, qPrintable(waiting.describe()));
    QVERIFY2(waiting.error.code == QStringLiteral("WaitingForCustomer"), qPrintable(waiting.describe()));
    QVERIFY(waiting.error.message.contains(QDir::toNativeSeparators(toCustomer)));
    QVERIFY(waiting.error.message.contains(QStringLiteral("/adminconsent?client_id=")));
    // The demo's ISV subscription has not registered Microsoft.NetApp: the track did (a provider takes
    // 30 simulated seconds, too short here to be seen waiting; the disks track waits for its feature).
    QCOMPARE(
        loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/providers/Microsoft.NetApp/register")),
        1);
    const RunState afterFirst = first->state();
    QCOMPARE(afterFirst.steps.value(QStringLiteral("region")).state, StepState::AlreadyDone);
    for (const QString &id : {QStringLiteral("registration"), QStringLiteral("app-registration"),
                              QStringLiteral("managed-identity"), QStringLiteral("federated-credential")})
        QCOMPARE(afterFirst.steps.value(id).state, StepState::Applied);
    QCOMPARE(afterFirst.steps.value(QStringLiteral("handoff")).by.userPrincipalName, Alex.upn);
    const AppId app = *AppId::parse(afterFirst.values.value(key::AppId));

    // What Kai receives: everything to install the app, and the endpoint to approve later.
    QFile sent(toCustomer);
    QVERIFY(sent.open(QIODevice::ReadOnly));
    QString error;
    const auto handoff = Handoff::fromJson(sent.readAll(), Handoff::Direction::IsvToCustomer, &error);
    QVERIFY2(handoff, qPrintable(error));
    QCOMPARE(handoff->values.value(key::AppId), app.toString());
    QCOMPARE(handoff->values.value(key::IsvTenantId), IsvTenant);
    QCOMPARE(handoff->values.value(key::PrivateEndpointId),
             IsvRg
                 + QStringLiteral("rg-anf/providers/Microsoft.Network/privateEndpoints/pe-anf-contoso-cmk"));
    QCOMPARE(handoff->createdBy, Alex.upn);

    // Kai makes a vault and a key and replies, but has not installed the app or granted yet.
    const CustomerKey key = customerCreatesKey(QStringLiteral("kv-contoso-anf"));
    QVERIFY(key.key.isVersioned());
    RunState state = load(path);
    state.values.insert(key::HandoffIn, customerReplies(key, QStringLiteral("netapp-from-contoso.json")));

    // Alex again: the endpoint, Kai's approval while the step waits, then Azure refuses the key.
    auto second = makeRunner(t, state, path);
    Approver approver(m_customer, key.vault.id);
    approver.armOn(second.get());
    const RunOutcome refused = run(*second);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, QStringLiteral("KeyVaultAccessFailed"));
    QVERIFY2(refused.error.message.contains(QStringLiteral("AADSTS700016")),
             qPrintable(refused.error.message));
    QCOMPARE(
        refused.error.nextAction(),
        http::ServiceError::tr(
            "Ask the customer's administrator to install the application (admin consent), then try again."));
    QVERIFY(refused.progress.join(u'\n').contains(
        QStringLiteral("netapp-encryption:Azure cannot use the customer's key yet")));
    QVERIFY(approver.approved == 1);
    QCOMPARE(second->state().steps.value(QStringLiteral("endpoint-approval")).state, StepState::Applied);
    QCOMPARE(second->state().steps.value(QStringLiteral("netapp-encryption")).state, StepState::Failed);

    // Kai installs the app and grants it the key; Alex runs the track again and it finishes.
    customerGrants(app, key);
    auto third = makeRunner(t, load(path), path);
    const RunOutcome done = run(*third);
    QVERIFY2(done.ok, qPrintable(done.describe()));
    for (const auto &step : t.steps)
        QVERIFY(third->state().steps.value(step->info().id).isFinished());
    QCOMPARE(third->state().steps.value(QStringLiteral("netapp-encryption")).state, StepState::Applied);
    ArmClient arm(m_isv);
    const auto account = awaitReply<NetAppAccount>([&](Callback<NetAppAccount> cb) {
        arm.getNetAppAccount(*ResourceId::parse(third->state().values.value(key::NetAppAccountId)), this, cb);
    });
    QVERIFY2(account.ok(), qPrintable(account.error.technicalSummary()));
    QVERIFY(account.value->encryption);
    QCOMPARE(account.value->encryption->keyStatus, QStringLiteral("InUse"));
    QCOMPARE(account.value->encryption->federatedClientId, app);
    QCOMPARE(account.value->encryption->keyVault, key.vault.id);

    // A second run of the finished track, from its values: every step finds its work done.
    const qsizetype before = h->sandbox.requestLog().size();
    auto again
        = makeRunner(t, RunState::create(t.info.id, h->profile.name, third->state().values), QString());
    const RunOutcome rerun = run(*again);
    QVERIFY2(rerun.ok, qPrintable(rerun.describe()));
    QCOMPARE(writesSince(before), 0);
    QVERIFY(rerun.planned.isEmpty());
    for (const auto &step : t.steps)
        QCOMPARE(again->state().steps.value(step->info().id).state, StepState::AlreadyDone);
    QCOMPARE(applicationsNamed(QStringLiteral("Fabrikam storage CMK")), 1);
}

void TestIsvTracks::managedDisksEndToEnd()
{
    const Track t = track(QStringLiteral("disks"));
    const QString path = m_dir.filePath(QStringLiteral("disks-run.json"));
    auto first = makeRunner(t, RunState::create(t.info.id, h->profile.name, diskInputs()), path);
    const RunOutcome waiting = run(*first);
    QCOMPARE(waiting.error.code, QStringLiteral("WaitingForCustomer"));
    const QString said = waiting.progress.join(u'\n');
    QVERIFY2(said.contains(QStringLiteral("feature-registration:Waiting for Azure to register "
                                          "Microsoft.Compute/EncryptionAtRestWithCrossTenantKey")),
             qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("region:Ultra Disks and Premium SSD v2")));
    QVERIFY(said.contains(
        QStringLiteral("region:The how-to lists centralus"))); // westeurope is not in 2022's list
    const AppId app = *AppId::parse(first->state().values.value(key::AppId));

    const CustomerKey key = customerCreatesKey(QStringLiteral("kv-contoso-disks"));
    RunState state = load(path);
    state.values.insert(key::HandoffIn, customerReplies(key, QStringLiteral("disks-from-contoso.json")));
    auto second = makeRunner(t, state, path);
    const RunOutcome refused = run(*second);
    QCOMPARE(refused.error.code, QStringLiteral("KeyVaultAccessFailed"));
    QVERIFY2(refused.error.message.contains(QStringLiteral("AADSTS700016")),
             qPrintable(refused.error.message));
    QCOMPARE(second->state().steps.value(QStringLiteral("disk-encryption-set")).attempts, 1);
    QCOMPARE(loggedRequests(*h, QStringLiteral("PUT"), QStringLiteral("/diskEncryptionSets/des-contoso")), 3);

    customerGrants(app, key);
    auto third = makeRunner(t, load(path), path);
    const RunOutcome done = run(*third);
    QVERIFY2(done.ok, qPrintable(done.describe()));
    ArmClient arm(m_isv);
    const auto set = awaitReply<DiskEncryptionSet>([&](Callback<DiskEncryptionSet> cb) {
        arm.getDiskEncryptionSet(*ResourceId::parse(third->state().values.value(key::DiskEncryptionSetId)),
                                 this, cb);
    });
    QVERIFY2(set.ok(), qPrintable(set.error.technicalSummary()));
    QCOMPARE(set.value->federatedClientId, app);
    QCOMPARE(set.value->activeKey, key.key);
    QVERIFY(set.value->rotationToLatestKeyVersionEnabled);
    QCOMPARE(set.value->identity.toString(), third->state().values.value(key::IdentityId));
    QCOMPARE(set.value->provisioningState, QStringLiteral("Succeeded"));

    const qsizetype before = h->sandbox.requestLog().size();
    auto again
        = makeRunner(t, RunState::create(t.info.id, h->profile.name, third->state().values), QString());
    const RunOutcome rerun = run(*again);
    QVERIFY2(rerun.ok, qPrintable(rerun.describe()));
    QCOMPARE(writesSince(before), 0);
    for (const auto &step : t.steps)
        QCOMPARE(again->state().steps.value(step->info().id).state, StepState::AlreadyDone);
    // The run file of the finished run: a runner on it has nothing left to do and sends nothing.
    const qsizetype beforeFile = h->sandbox.requestLog().size();
    auto fromFile = makeRunner(t, load(path), path);
    QVERIFY(run(*fromFile).ok);
    QCOMPARE(h->sandbox.requestLog().size(), beforeFile);
}

void TestIsvTracks::drive(const QString &which, const QString &path, const std::optional<KillPoint> &kill,
                          RunState *final)
{
    const Track t = track(which);
    RunState state = RunState::create(t.info.id, h->profile.name, inputs(which));
    std::optional<CustomerKey> customer;
    std::unique_ptr<Approver> approver;
    bool killed = false;
    for (int round = 0; round < 8; ++round) {
        auto runner = makeRunner(t, state, path);
        if (approver)
            approver->armOn(runner.get());
        bool dying = false;
        auto maybeKill = [&](const QString &signal, const QString &id, const QString &text) {
            if (killed || dying || !kill || kill->signal != signal || kill->stepId != id
                || !text.contains(kill->contains))
                return;
            dying = true;
            // The process dies between two events, wherever the runner is.
            QTimer::singleShot(0, runner.get(), [&runner] { runner.reset(); });
        };
        connect(runner.get(), &Runner::stepStarted, this,
                [&](const QString &id) { maybeKill(QStringLiteral("started"), id, {}); });
        connect(runner.get(), &Runner::stepProgress, this, [&](const QString &id, const QString &text) {
            maybeKill(QStringLiteral("progress"), id, text);
        });
        connect(runner.get(), &Runner::stepFinished, this,
                [&](const QString &id, StepState) { maybeKill(QStringLiteral("finished"), id, {}); });
        bool ended = false;
        bool ok = false;
        http::ServiceError error;
        connect(runner.get(), &Runner::finished, this, [&](bool success, const http::ServiceError &e) {
            ended = true;
            ok = success;
            error = e;
        });
        runner->start();
        QVERIFY2(QTest::qWaitFor([&] { return ended || !runner; }, 30000), "the run neither ended nor died");
        if (!runner) {
            killed = true;
            state = load(path);
            continue;
        }
        if (ok) {
            *final = runner->state();
            QVERIFY2(!kill || killed, "the kill point was never reached");
            return;
        }
        if (error.code != QLatin1StringView("WaitingForCustomer") && m_retries > 0) {
            // What a person does after a failure the service caused: Retry, keeping the inputs.
            --m_retries;
            ++m_retried;
            state = runner->state();
            continue;
        }
        QVERIFY2(error.code == QLatin1StringView("WaitingForCustomer"),
                 qPrintable(error.code + u' ' + error.message));
        if (customer) {
            state = runner->state();
            continue;
        }
        // The customer's whole part at once: vault, key, app installed, grant, reply.
        customer = customerCreatesKey(QStringLiteral("kv-contoso-") + which);
        customerGrants(*AppId::parse(runner->state().values.value(key::AppId)), *customer);
        state = runner->state();
        state.values.insert(key::HandoffIn,
                            customerReplies(*customer, which + QStringLiteral("-reply.json")));
        if (which == QLatin1StringView("netapp") && !approver)
            approver = std::make_unique<Approver>(m_customer, customer->vault.id);
    }
    QFAIL("the track did not finish");
}

void TestIsvTracks::destroyedRunnerResumes_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<KillPoint>("kill");
    const QString n = QStringLiteral("netapp");
    const QString d = QStringLiteral("disks");
    const QString started = QStringLiteral("started");
    const QString progress = QStringLiteral("progress");
    QTest::newRow("ANF: checking the region") << n << KillPoint {started, QStringLiteral("region"), {}};
    QTest::newRow("ANF: providers just registered")
        << n << KillPoint {QStringLiteral("finished"), QStringLiteral("registration"), {}};
    QTest::newRow("ANF: reading the application")
        << n << KillPoint {started, QStringLiteral("app-registration"), {}};
    QTest::newRow("ANF: at the identity") << n << KillPoint {started, QStringLiteral("managed-identity"), {}};
    QTest::newRow("ANF: at the federated credential")
        << n << KillPoint {started, QStringLiteral("federated-credential"), {}};
    QTest::newRow("ANF: while the endpoint is created")
        << n << KillPoint {progress, QStringLiteral("private-endpoint"), QStringLiteral("Azure is working")};
    QTest::newRow("ANF: waiting for approval")
        << n << KillPoint {progress, QStringLiteral("endpoint-approval"), QStringLiteral("Waiting")};
    QTest::newRow("ANF: while the account is encrypted")
        << n << KillPoint {progress, QStringLiteral("netapp-encryption"), QStringLiteral("Azure is working")};
    QTest::newRow("ANF: at verification") << n << KillPoint {started, QStringLiteral("verify"), {}};
    QTest::newRow("disks: waiting for the feature")
        << d << KillPoint {progress, QStringLiteral("feature-registration"), QStringLiteral("Waiting")};
    QTest::newRow("disks: at the hand-off") << d << KillPoint {started, QStringLiteral("handoff"), {}};
    QTest::newRow("disks: while the set is created")
        << d
        << KillPoint {progress, QStringLiteral("disk-encryption-set"), QStringLiteral("Azure is working")};
    QTest::newRow("disks: after the set")
        << d << KillPoint {QStringLiteral("finished"), QStringLiteral("disk-encryption-set"), {}};
}

void TestIsvTracks::destroyedRunnerResumes()
{
    QFETCH(QString, which);
    QFETCH(KillPoint, kill);
    const QString path
        = m_dir.filePath(QStringLiteral("killed-%1.json").arg(QLatin1StringView(QTest::currentDataTag())));
    RunState final;
    drive(which, path, kill, &final);
    if (QTest::currentTestFailed())
        return;
    checkExactlyOnce(which, final);
}

void TestIsvTracks::everyFaultOnce_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    // Each fault kind once per track, on a request the track makes: idempotent reads and PUTs are
    // retried by the pipeline; what it must not repeat (a failed long-running operation, a busy
    // resource) fails the step, and the person's Retry finishes the track.
    for (const QString &which : {QStringLiteral("netapp"), QStringLiteral("disks")}) {
        const QString encrypted = which == QLatin1StringView("netapp")
            ? QStringLiteral("*/netAppAccounts/*")
            : QStringLiteral("*/diskEncryptionSets/*");
        const QString identity = QStringLiteral("*/userAssignedIdentities/*");
        const QString credential = QStringLiteral("*/federatedIdentityCredentials*");
        const QList<std::tuple<QString, QByteArray, QString>> faults {
            {QStringLiteral("429"), "PUT", identity},
            {QStringLiteral("503"), "GET", identity},
            {QStringLiteral("500"), "PATCH", credential},
            {QStringLiteral("reset"), "PUT", identity},
            {QStringLiteral("hang"), "GET", credential},
            {QStringLiteral("lro-failed"), "PUT", encrypted},
            {QStringLiteral("busy"), "PUT", encrypted},
            {QStringLiteral("expired-token"), "GET", credential},
            {QStringLiteral("malformed"), "GET", identity},
        };
        for (const auto &[kind, method, path] : faults)
            QTest::addRow("%s: %s on %s %s", qPrintable(which), qPrintable(kind), method.constData(),
                          qPrintable(path))
                << which << kind << method << path;
    }
}

void TestIsvTracks::everyFaultOnce()
{
    QFETCH(QString, which);
    QFETCH(QString, kind);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QVERIFY(sandbox::FaultInjector::kinds().contains(kind));
    // A hung request is given up after two seconds (then retried), not the default minute.
    m_isv->setTimeouts(2s, 60s);
    h->fault(kind, method, path, 1, 0);
    m_retries = 2;
    RunState final;
    const QString file = QStringLiteral("fault-%1-%2.json").arg(which, kind);
    drive(which, m_dir.filePath(file), std::nullopt, &final);
    if (QTest::currentTestFailed())
        return;
    // The fault happened (the sandbox logs it) and the end is the same as without it.
    int injected = 0;
    for (const sandbox::RequestLogEntry &e : h->sandbox.requestLog())
        injected += e.fault == kind ? 1 : 0;
    QCOMPARE(injected, 1);
    checkExactlyOnce(which, final);
}

void TestIsvTracks::checkExactlyOnce(const QString &which, const RunState &final)
{
    for (const auto &step : track(which).steps)
        QVERIFY2(final.steps.value(step->info().id).isFinished(), qPrintable(step->info().id));
    // Everything exactly once: one application, one credential, one endpoint connection.
    const bool netApp = which == QLatin1StringView("netapp");
    QCOMPARE(applicationsNamed(inputs(which).value(key::AppDisplayName)), 1);
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/applications")), 1);
    GraphClient graph(m_isv);
    const auto credentials = awaitReply<QList<FederatedCredential>>([&](auto done) {
        graph.federatedCredentials(*ObjectId::parse(final.values.value(key::AppObjectId)), this, done);
    });
    QVERIFY2(credentials.ok(), qPrintable(credentials.error.technicalSummary()));
    QCOMPARE(credentials.value->size(), 1);
    QCOMPARE(credentials.value->first().subject, final.values.value(key::IdentityPrincipalId));
    if (netApp) {
        ArmClient arm(m_customer);
        const auto connections = awaitReply<QList<PrivateEndpointConnection>>([&](auto done) {
            arm.listPrivateEndpointConnections(*ResourceId::parse(final.values.value(key::VaultId)), this,
                                               done);
        });
        QVERIFY2(connections.ok(), qPrintable(connections.error.technicalSummary()));
        QCOMPARE(connections.value->size(), 1);
        QCOMPARE(connections.value->first().status, PrivateLinkStatus::Approved);
    }
    for (const QString &id : final.steps.keys())
        QVERIFY2(final.steps.value(id).isFinished(), qPrintable(id));
}

void TestIsvTracks::interruptedApplicationCreateIsNotRepeated()
{
    // The runner dies the moment the create is on its way: the answer, with the new ID, is lost.
    const Track t = track(QStringLiteral("disks"));
    const QString path = m_dir.filePath(QStringLiteral("interrupted.json"));
    auto runner = makeRunner(t, RunState::create(t.info.id, h->profile.name, diskInputs()), path);
    connect(runner.get(), &Runner::stepProgress, this, [&](const QString &id, const QString &) {
        if (id == QLatin1StringView("app-registration"))
            QTimer::singleShot(0, this, [&] { runner.reset(); });
    });
    runner->start();
    QVERIFY(QTest::qWaitFor([&] { return !runner; }, 30000));
    QTest::qWait(100); // the create reaches Entra ID anyway

    auto resumed = makeRunner(t, load(path), path);
    const RunOutcome stopped = run(*resumed);
    QVERIFY2(stopped.error.code == QStringLiteral("ApplicationCreateInterrupted"),
             qPrintable(stopped.describe()));
    QVERIFY(stopped.error.message.contains(QStringLiteral("\"Fabrikam disks CMK\"")));
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/applications")), 1);

    // The person looks it up, as the message says, and gives its ID; nothing is registered twice.
    http::RequestSpec spec;
    spec.service = http::ServiceKind::Graph;
    spec.method = "GET";
    spec.url = h->graph(QStringLiteral("/applications"));
    spec.url.setQuery(QStringLiteral("$filter=displayName eq 'Fabrikam disks CMK'"));
    const QJsonArray found = QJsonDocument::fromJson(await(m_isv->send(spec)).body)
                                 .object()
                                 .value(QStringLiteral("value"))
                                 .toArray();
    QCOMPARE(found.size(), 1);
    RunState state = load(path);
    state.values.insert(key::AppId, found.first().toObject().value(QStringLiteral("appId")).toString());
    auto continued = makeRunner(t, state, path);
    const RunOutcome waiting = run(*continued);
    QCOMPARE(waiting.error.code, QStringLiteral("WaitingForCustomer"));
    // Found by the ID given: nothing written in this run, and the interrupted create is forgotten.
    QCOMPARE(continued->state().steps.value(QStringLiteral("app-registration")).state,
             StepState::AlreadyDone);
    QVERIFY(!continued->state().steps.value(QStringLiteral("app-registration")).operation);
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/applications")), 1);
    QCOMPARE(applicationsNamed(QStringLiteral("Fabrikam disks CMK")), 1);
}

void TestIsvTracks::freshRunDoesNotRegisterASecondApplication()
{
    // A run started again from scratch (its run file lost, or a retry after an interrupted create)
    // has no application ID: it stops at an application of the same name instead of adding one.
    const Track t = track(QStringLiteral("disks"));
    auto first = makeRunner(t, RunState::create(t.info.id, h->profile.name, diskInputs()),
                            m_dir.filePath(QStringLiteral("first.json")));
    const RunOutcome waiting = run(*first);
    QVERIFY2(waiting.error.code == QLatin1StringView("WaitingForCustomer"), qPrintable(waiting.describe()));
    const QString appId = first->state().values.value(key::AppId);

    auto again = makeRunner(t, RunState::create(t.info.id, h->profile.name, diskInputs()),
                            m_dir.filePath(QStringLiteral("again.json")));
    const RunOutcome stopped = run(*again);
    QVERIFY2(stopped.error.code == QLatin1StringView("ApplicationNameTaken"), qPrintable(stopped.describe()));
    QVERIFY(stopped.error.message.contains(appId));
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/applications")), 1);

    // Given that ID, as the message says, the run goes on with that application.
    RunState state = again->state();
    state.values.insert(key::AppId, appId);
    auto continued = makeRunner(t, state, m_dir.filePath(QStringLiteral("again.json")));
    const RunOutcome onward = run(*continued);
    QVERIFY2(onward.error.code == QLatin1StringView("WaitingForCustomer"), qPrintable(onward.describe()));
    QCOMPARE(applicationsNamed(inputs(QStringLiteral("disks")).value(key::AppDisplayName)), 1);
}

void TestIsvTracks::badInputSendsNothing_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<Values>("changes"); // an empty value removes the key
    QTest::addColumn<QString>("fragment");

    const QString n = QStringLiteral("netapp");
    const QString d = QStringLiteral("disks");
    const QString vault
        = CustomerRg + QStringLiteral("rg-keys/providers/Microsoft.KeyVault/vaults/kv-contoso");
    const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");
    auto file = [this](const QString &name, const QByteArray &content) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    };
    Handoff wrongWay;
    wrongWay.direction = Handoff::Direction::IsvToCustomer;
    wrongWay.createdAt = QDateTime::currentDateTimeUtc();
    wrongWay.values = {{key::IsvTenantId, IsvTenant},
                       {key::AppId, QStringLiteral("3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b")},
                       {key::AppDisplayName, QStringLiteral("Fabrikam")},
                       {key::AdminConsentUrl,
                        QStringLiteral("https://login.microsoftonline.com/organizations/adminconsent")},
                       {key::GrantRole, QStringLiteral("Key Vault Crypto Service Encryption User")}};
    Handoff otherRegion;
    otherRegion.direction = Handoff::Direction::CustomerToIsv;
    otherRegion.createdAt = QDateTime::currentDateTimeUtc();
    otherRegion.values
        = {{key::CustomerTenantId, CustomerTenant},
           {key::KeyUrl, QStringLiteral("https://127.0.0.1:9/keys/cmk/0123456789abcdef0123456789abcdef")},
           {key::VaultId, vault},
           {key::Region, QStringLiteral("northeurope")},
           {key::GrantKind, QStringLiteral("rbac")}};

    QTest::newRow("unknown region") << n << Values {{key::Region, QStringLiteral("mars")}}
                                    << "is not an Azure region";
    QTest::newRow("region without cross-tenant NetApp keys")
        << n << Values {{key::Region, QStringLiteral("westcentralus")}} << "is not among the regions";
    QTest::newRow("nil subscription") << n << Values {{key::IsvSubscriptionId, nil}} << "empty GUID";
    QTest::newRow("nil application ID") << d << Values {{key::AppId, nil}} << "empty GUID";
    QTest::newRow("nil customer tenant") << n << Values {{key::CustomerTenantId, nil}} << "empty GUID";
    QTest::newRow("malformed subnet ID")
        << n << Values {{key::SubnetId, QStringLiteral("/subscriptions/aaaa/resourceGroups/rg-anf")}}
        << "is not a valid Azure resource ID";
    QTest::newRow("vault where the subnet belongs") << n << Values {{key::SubnetId, vault}} << "not a subnet";
    QTest::newRow("subnet in another subscription")
        << n
        << Values {{key::SubnetId,
                    CustomerRg
                        + QStringLiteral("rg-keys/providers/Microsoft.Network/virtualNetworks/v/subnets/s")}}
        << "not in the ISV subscription";
    QTest::newRow("key URL of another cloud")
        << n
        << Values {{key::KeyUrl,
                    QStringLiteral(
                        "https://kv-contoso.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef")}}
        << "is in a vault of another cloud";
    QTest::newRow("disk key without a version")
        << d << Values {{key::KeyUrl, QStringLiteral("https://127.0.0.1:9/keys/cmk")}} << "has no version";
    QTest::newRow("customer tenant is the ISV's own")
        << d << Values {{key::CustomerTenantId, IsvTenant}} << "is your own tenant";
    QTest::newRow("ISV tenant other than the signed-in one")
        << n << Values {{key::IsvTenantId, CustomerTenant}} << "but the run is for the ISV tenant";
    QTest::newRow("identity name too short")
        << d << Values {{key::IdentityName, QStringLiteral("ab")}} << "cannot name a managed identity";
    QTest::newRow("disk encryption set name with a dot")
        << d << Values {{key::DiskEncryptionSetName, QStringLiteral("des.contoso")}}
        << "cannot name a disk encryption set";
    QTest::newRow("automatic rotation is not yes or no")
        << d << Values {{key::AutoKeyRotation, QStringLiteral("yes")}} << "is not true or false";
    QTest::newRow("missing NetApp account")
        << n << Values {{key::NetAppAccountName, QString()}} << "NetApp account name is missing";
    QTest::newRow("customer's hand-off is not JSON")
        << n << Values {{key::HandoffIn, file(QStringLiteral("garbage.json"), "{ not json")}}
        << "customer's hand-off";
    QTest::newRow("hand-off of the other direction")
        << n << Values {{key::HandoffIn, file(QStringLiteral("wrong-way.json"), wrongWay.toJson())}}
        << "isv-to-customer";
    QTest::newRow("customer's vault in another region")
        << d << Values {{key::HandoffIn, file(QStringLiteral("north.json"), otherRegion.toJson())}}
        << "must be in its key vault's region";
    QTest::newRow("hand-off folder missing")
        << n << Values {{key::HandoffOut, m_dir.filePath(QStringLiteral("nowhere/out.json"))}}
        << "folder does not exist";
}

void TestIsvTracks::badInputSendsNothing()
{
    QFETCH(QString, which);
    QFETCH(Values, changes);
    QFETCH(QString, fragment);
    Values values = inputs(which);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isEmpty())
            values.remove(it.key());
        else
            values.insert(it.key(), it.value());
    }
    const Track t = track(which);
    const qsizetype before = h->sandbox.requestLog().size();
    auto runner = makeRunner(t, RunState::create(t.info.id, h->profile.name, values), QString());
    QSignalSpy started(runner.get(), &Runner::stepStarted);
    const RunOutcome refused = run(*runner);
    QVERIFY(refused.finished && !refused.ok);
    QVERIFY2(refused.error.message.contains(fragment), qPrintable(refused.error.message));
    QVERIFY(refused.error.code == QLatin1StringView("InvalidInput")
            || refused.error.code == QLatin1StringView("PreflightFailed"));
    QCOMPARE(started.size(), 0);
    QTest::qWait(20);
    QCOMPARE(h->sandbox.requestLog().size(), before);
}

void TestIsvTracks::delegatedSubnetStopsBeforeAnyWrite()
{
    const Track t = track(QStringLiteral("netapp"));
    Values values = netAppInputs();
    values.insert(key::SubnetId, VolumesSubnet);
    const qsizetype before = h->sandbox.requestLog().size();
    auto runner = makeRunner(t, RunState::create(t.info.id, h->profile.name, values), QString());
    const RunOutcome refused = run(*runner);
    QCOMPARE(refused.error.code, QStringLiteral("SubnetNotUsable"));
    QVERIFY2(refused.error.message.contains(QStringLiteral("delegated to Microsoft.NetApp/volumes")),
             qPrintable(refused.error.message));
    QVERIFY(refused.error.message.contains(QStringLiteral("snet-endpoints"))); // the subnet to use instead
    QCOMPARE(runner->state().steps.value(QStringLiteral("region")).state, StepState::Failed);
    QCOMPARE(writesSince(before), 0);
}

void TestIsvTracks::customerVaultInAnotherRegionIsRefused()
{
    // Given later (after steps 1-5 ran): the hand-off step refuses it and the set is never written.
    const Track t = track(QStringLiteral("disks"));
    const QString path = m_dir.filePath(QStringLiteral("regions.json"));
    auto first = makeRunner(t, RunState::create(t.info.id, h->profile.name, diskInputs()), path);
    QCOMPARE(run(*first).error.code, QStringLiteral("WaitingForCustomer"));
    Handoff reply;
    reply.direction = Handoff::Direction::CustomerToIsv;
    reply.createdAt = QDateTime::currentDateTimeUtc();
    const CustomerKey key = customerCreatesKey(QStringLiteral("kv-contoso-north"));
    reply.values = {{key::CustomerTenantId, CustomerTenant},
                    {key::KeyUrl, key.key.toString()},
                    {key::VaultId, key.vault.id.toString()},
                    {key::Region, QStringLiteral("northeurope")},
                    {key::GrantKind, QStringLiteral("rbac")}};
    QFile file(m_dir.filePath(QStringLiteral("north-reply.json")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(reply.toJson()) > 0);
    file.close();
    RunState state = load(path);
    state.values.insert(key::HandoffIn, file.fileName());
    const qsizetype before = h->sandbox.requestLog().size();
    auto second = makeRunner(t, state, path);
    const RunOutcome refused = run(*second);
    QCOMPARE(refused.error.code, QStringLiteral("PreflightFailed"));
    QVERIFY2(refused.error.message.contains(QStringLiteral("North Europe")),
             qPrintable(refused.error.message));
    QCOMPARE(h->sandbox.requestLog().size(), before);
}

void TestIsvTracks::federatedCredentialIsLinted_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("audiences");
    QTest::addColumn<QString>("fragment"); // empty: nothing to say
    const QString issuer
        = QStringLiteral("https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0");
    const QString principal = QStringLiteral("6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    const QStringList audience {QStringLiteral("api://AzureADTokenExchange")};
    QTest::newRow("exactly right") << issuer << principal << audience << QString();
    QTest::newRow("subject in upper case") << issuer << principal.toUpper() << audience << "letter case only";
    QTest::newRow("client ID as subject") << issuer << QStringLiteral("0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f")
                                          << audience << "not its client ID";
    QTest::newRow("issuer with a trailing slash")
        << issuer + u'/' << principal << audience << "The issuer is";
    QTest::newRow("v1 issuer") << QStringLiteral(
        "https://sts.windows.net/11111111-1111-1111-1111-111111111111/")
                               << principal << audience << "The issuer is";
    QTest::newRow("audience of another cloud")
        << issuer << principal << QStringList {QStringLiteral("api://AzureADTokenExchangeUSGov")}
        << "exactly one";
    QTest::newRow("two audiences") << issuer << principal
                                   << QStringList {audience.first(), QStringLiteral("api://other")}
                                   << "exactly one";
}

void TestIsvTracks::federatedCredentialIsLinted()
{
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QStringList, audiences);
    QFETCH(QString, fragment);
    const CloudProfile cloud = *CloudProfile::builtIn(u"AzureCloud");
    const Values values {{key::IsvTenantId, IsvTenant},
                         {key::IdentityPrincipalId, QStringLiteral("6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")},
                         {key::IdentityName, QStringLiteral("uami")}};
    const FederatedCredentialSpec wanted = FederatedCredentialStep::expected(values, cloud);
    QCOMPARE(wanted.name, QStringLiteral("cmk-uami"));
    QCOMPARE(wanted.issuer,
             QStringLiteral("https://login.microsoftonline.com/11111111-1111-1111-1111-111111111111/v2.0"));
    const QStringList problems = FederatedCredentialStep::lint(wanted, issuer, subject, audiences);
    if (fragment.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(fragment), qPrintable(problems.first()));
}

void TestIsvTracks::wrongFederatedCredentialIsCorrected()
{
    const Track t = track(QStringLiteral("disks"));
    auto first = makeRunner(t, RunState::create(t.info.id, h->profile.name, diskInputs()), QString());
    QCOMPARE(run(*first).error.code, QStringLiteral("WaitingForCustomer"));
    const Values values = first->state().values;
    // Someone edits the credential in the portal: the subject in upper case, which Entra ID never matches.
    FederatedCredentialSpec wrong = FederatedCredentialStep::expected(values, h->profile);
    wrong.subject = wrong.subject.toUpper();
    GraphClient graph(m_isv);
    const ObjectId application = *ObjectId::parse(values.value(key::AppObjectId));
    QVERIFY(awaitReply<FederatedCredential>([&](Callback<FederatedCredential> done) {
                graph.upsertFederatedCredential(application, wrong, this, done);
            }).ok());

    auto second = makeRunner(t, RunState::create(t.info.id, h->profile.name, values), QString());
    const RunOutcome again = run(*second);
    QCOMPARE(again.error.code, QStringLiteral("WaitingForCustomer"));
    QCOMPARE(second->state().steps.value(QStringLiteral("federated-credential")).state, StepState::Applied);
    QVERIFY2(again.progress.join(u'\n').contains(QStringLiteral("letter case only")),
             qPrintable(again.progress.join(u'\n')));
    const auto stored = awaitReply<QList<FederatedCredential>>(
        [&](auto done) { graph.federatedCredentials(application, this, done); });
    QVERIFY(stored.ok());
    QCOMPARE(stored.value->size(), 1);
    QCOMPARE(stored.value->first().subject, values.value(key::IdentityPrincipalId));
}

void TestIsvTracks::exportedPlansHaveTheCalls()
{
    const CloudProfile cloud = *CloudProfile::builtIn(u"AzureCloud");
    auto render = [&](const Track &t, const Values &values, PlanExport::Format format) {
        QList<PlanExport::StepPlan> plans;
        for (const auto &step : t.steps)
            plans.append({step->info(), step->plan(values, cloud)});
        return PlanExport::render(t.info.title, plans, format, cloud);
    };
    const QString anf = render(track(QStringLiteral("netapp")), netAppInputs(), PlanExport::Format::AzCli);
    const QString base
        = QStringLiteral("https://management.azure.com") + IsvRg + QStringLiteral("rg-anf/providers/");
    for (const QString &expected : QStringList {
             QStringLiteral(
                 "az rest --method post --url 'https://management.azure.com/subscriptions/"
                 "aaaaaaaa-0000-0000-0000-000000000001/providers/Microsoft.NetApp/register?api-version="
                 "2021-04-01'"),
             QStringLiteral("az rest --method post --url 'https://graph.microsoft.com/v1.0/applications'"),
             QStringLiteral("\"signInAudience\":\"AzureADMultipleOrgs\""),
             QStringLiteral("az rest --method put --url '") + base
                 + QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities/"
                                  "uami-anf-contoso?api-version=2023-01-31'"),
             QStringLiteral("az rest --method patch --url "
                            "'https://graph.microsoft.com/v1.0/applications/$(app.objectId)/"
                            "federatedIdentityCredentials(name='\\''cmk-uami-anf-contoso'\\'')'"),
             QStringLiteral("\"audiences\":[\"api://AzureADTokenExchange\"]"),
             QStringLiteral("\"issuer\":\"https://login.microsoftonline.com/$(isv.tenantId)/v2.0\""),
             QStringLiteral("\"subject\":\"$(identity.principalId)\""),
             QStringLiteral("az rest --method put --url '") + base
                 + QStringLiteral(
                     "Microsoft.Network/privateEndpoints/pe-anf-contoso-cmk?api-version=2024-05-01'"),
             QStringLiteral("\"groupIds\":[\"vault\"]"),
             QStringLiteral("\"subnet\":{\"id\":\"") + EndpointSubnet + u'"',
             QStringLiteral("az rest --method put --url '") + base
                 + QStringLiteral("Microsoft.NetApp/netAppAccounts/anf-contoso?api-version=2025-06-01'"),
             QStringLiteral("\"federatedClientId\":\"$(app.appId)\""),
             QStringLiteral("# Step 8: Wait for the customer to approve the private endpoint"),
         })
        QVERIFY2(anf.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + anf));
    QVERIFY(!anf.contains(QStringLiteral("<redacted>")));

    // The same plan once the track has run: real IDs instead of placeholders; and as an ARM template.
    Values known = diskInputs();
    known.insert(key::AppId, QStringLiteral("3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"));
    known.insert(
        key::IdentityId,
        IsvRg
            + QStringLiteral(
                "rg-disks/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uami-disks-contoso"));
    known.insert(
        key::KeyUrl,
        QStringLiteral("https://kv-contoso.vault.azure.net/keys/cmk/0123456789abcdef0123456789abcdef"));
    const QString disks = render(track(QStringLiteral("disks")), known, PlanExport::Format::AzCli);
    for (const QString &expected : QStringList {
             QStringLiteral("providers/Microsoft.Features/providers/Microsoft.Compute/features/"
                            "EncryptionAtRestWithCrossTenantKey/register?api-version=2021-07-01"),
             QStringLiteral("providers/Microsoft.Compute/register?api-version=2021-04-01"),
             QStringLiteral("az rest --method put --url 'https://management.azure.com") + IsvRg
                 + QStringLiteral("rg-disks/providers/Microsoft.Compute/diskEncryptionSets/"
                                  "des-contoso?api-version=2025-01-02'"),
             QStringLiteral("\"federatedClientId\":\"3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b\""),
             QStringLiteral("\"keyUrl\":\"https://kv-contoso.vault.azure.net/keys/cmk/"
                            "0123456789abcdef0123456789abcdef\""),
             QStringLiteral("\"rotationToLatestKeyVersionEnabled\":true"),
             QStringLiteral("\"location\":\"westeurope\""),
             QStringLiteral("Ultra Disks and Premium SSD v2"),
         })
        QVERIFY2(disks.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + disks));
    const QJsonObject arm
        = QJsonDocument::fromJson(
              render(track(QStringLiteral("disks")), known, PlanExport::Format::ArmTemplate).toUtf8())
              .object();
    QStringList types;
    for (const QJsonValue &r : arm.value(QStringLiteral("resources")).toArray())
        types << r.toObject().value(QStringLiteral("type")).toString();
    QCOMPARE(types,
             (QStringList {QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"),
                           QStringLiteral("Microsoft.Compute/diskEncryptionSets")}));
    QVERIFY(arm.value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("notExpressible"))
                .toArray()
                .size()
            >= 4);
}

QTEST_GUILESS_MAIN(TestIsvTracks)
#include "tst_isvtracks.moc"
