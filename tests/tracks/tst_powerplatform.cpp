// The Power Platform tracks end to end against the in-process sandbox over real loopback HTTPS,
// with the demo scenario's separate people: Kai (key vault administrator) makes the vault, key and
// enterprise policy and grants Priya (Power Platform administrator) Reader on it; Priya adds,
// removes and moves environments. Encryption that takes simulated hours survives a runner that
// is destroyed mid-way; a Dynamics 365 administrator without Reader is refused with the reason;
// environments that do not qualify are refused with theirs; unlinking needs the typed
// confirmation; bad input sends nothing.

#include "clientreply.h"
#include "coreharness.h"
#include "roles/roledetector.h"
#include "services/armclient.h"
#include "services/keyvaultclient.h"
#include "services/powerplatformclient.h"
#include "status/statusservice.h"
#include "testhelpers.h"
#include "tracks/keys.h"
#include "tracks/lock.h"
#include "tracks/powerplatform.h"
#include "tracks/ppenvironments.h"
#include "workflow/handoff.h"
#include "workflow/runner.h"

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;
using namespace cmk::workflow;
using namespace std::chrono_literals;
namespace key = cmk::tracks::key;
using tracks::EnvironmentChange;

namespace {

const DemoUser Priya {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"),
                      CustomerTenant};
const DemoUser Dana {QStringLiteral("dana@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-D365-1"),
                     CustomerTenant};
const QString PolicyRg
    = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg-powerplatform");

tracks::Pacing fastPacing()
{
    tracks::Pacing pacing;
    pacing.firstPoll = 50ms;
    pacing.maxPoll = 200ms;
    pacing.registrationTimeout = 60s;
    pacing.propagationAttempts = 4;
    return pacing;
}

bool isWrite(const sandbox::RequestLogEntry &entry)
{
    return entry.service != QLatin1StringView("login")
        && (entry.method == QLatin1StringView("PUT") || entry.method == QLatin1StringView("POST")
            || entry.method == QLatin1StringView("PATCH") || entry.method == QLatin1StringView("DELETE"));
}

struct RunOutcome
{
    bool finished = false;
    bool ok = false;
    http::ServiceError error;
};

} // namespace

class TestPowerPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tracksAreWellFormed();
    void keyVaultTrackEndToEndThenRerunWritesNothing();
    void accessPolicyVaultBehindAFirewallIsOpenedForTrustedServices();
    void keyOf4096BitsIsRefusedBeforeAnyRequest();
    void encryptionSurvivesARestartAndFinishes();
    void adminWithoutReaderGetsTheExplanation();
    void environmentsThatDoNotQualifyAreRefusedWithTheirReasons();
    void removeNeedsTheTypedConfirmation();
    void changeKeyMovesEveryEnvironmentToTheNewPolicy();
    void byokEnvironmentIsMigrated();
    void oneIdentityHoldingBothDutiesNeedsAJustification();
    void rolesAreCheckedBeforeAnyWrite();
    void eachLockWayLocksAndUnlockRestores_data();
    void eachLockWayLocksAndUnlockRestores();
    void badInputSendsNothing_data();
    void badInputSendsNothing();

private:
    /// Kai runs the key vault admin track (policy `policyName`, Reader for Priya); its final values.
    Values setUpPolicy(const QString &policyName, const QString &vaultName, const QString &keyName);
    Values keyVaultInputs(const QString &policyName, const QString &vaultName, const QString &keyName) const;
    std::unique_ptr<Runner> runnerFor(const DemoUser &who, Track track, const Values &inputs,
                                      const QString &statePath, const std::optional<RunState> &state = {});
    RunOutcome run(Runner &runner, int timeoutMs = 30000);
    int writes() const;
    int logged(const QString &method, const QString &pathPart) const;
    /// The demo environment named `name`, as Priya sees it.
    PowerPlatformEnvironment environment(const QString &name);

    std::unique_ptr<CoreHarness> h;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_homes; ///< upn -> home account id
};

void TestPowerPlatform::init()
{
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    options.lroMs = 200;
    options.timeScale = 3600; // registrations: seconds; encryption is moved on with the clock
    h = std::make_unique<CoreHarness>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_homes.clear();
}

void TestPowerPlatform::cleanup()
{
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

// ---- Helpers ---------------------------------------------------------------------------------------

Values TestPowerPlatform::keyVaultInputs(const QString &policyName, const QString &vaultName,
                                         const QString &keyName) const
{
    return {{key::CustomerSubscriptionId, CustomerSubscription},
            {key::CustomerResourceGroup, QStringLiteral("rg-powerplatform")},
            {key::VaultName, vaultName},
            {key::KeyName, keyName},
            {key::PolicyName, policyName},
            {key::PolicyLocation, QStringLiteral("europe")},
            {key::PowerPlatformAdminUpn, Priya.upn},
            {key::HandoffOut, m_dir->filePath(policyName + QStringLiteral(".json"))}};
}

Values TestPowerPlatform::setUpPolicy(const QString &policyName, const QString &vaultName,
                                      const QString &keyName)
{
    auto runner = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()),
                            keyVaultInputs(policyName, vaultName, keyName), QString());
    const RunOutcome outcome = run(*runner);
    if (!outcome.ok)
        qWarning("key vault track failed: %s", qPrintable(outcome.error.technicalSummary()));
    return runner->state().values;
}

std::unique_ptr<Runner> TestPowerPlatform::runnerFor(const DemoUser &who, Track track, const Values &inputs,
                                                     const QString &statePath,
                                                     const std::optional<RunState> &state)
{
    if (!m_homes.contains(who.upn))
        m_homes.insert(who.upn, h->signIn(who));
    const QString home = m_homes.value(who.upn);
    http::Pipeline *pipeline = h->pipelineFor(home, CustomerTenant);
    const auth::SignedInIdentity identity = h->broker->session(home, CustomerTenant)->identity();
    const QString trackId = track.info.id;
    auto runner = std::make_unique<Runner>(
        std::move(track), state ? *state : RunState::create(trackId, h->profile.name, inputs), statePath,
        [pipeline, identity](Side) {
            StepRun::SideSession session;
            session.pipeline = pipeline;
            session.identity = identity;
            return session;
        });
    return runner;
}

RunOutcome TestPowerPlatform::run(Runner &runner, int timeoutMs)
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

int TestPowerPlatform::writes() const
{
    const auto log = h->sandbox.requestLog();
    return int(std::count_if(log.cbegin(), log.cend(), isWrite));
}

int TestPowerPlatform::logged(const QString &method, const QString &pathPart) const
{
    int count = 0;
    for (const auto &entry : h->sandbox.requestLog()) {
        if (entry.method == method && entry.path.contains(pathPart, Qt::CaseInsensitive))
            ++count;
    }
    return count;
}

PowerPlatformEnvironment TestPowerPlatform::environment(const QString &name)
{
    if (!m_homes.contains(Priya.upn))
        m_homes.insert(Priya.upn, h->signIn(Priya));
    PowerPlatformClient pp(h->pipelineFor(m_homes.value(Priya.upn), CustomerTenant));
    const auto list = awaitReply<QList<PowerPlatformEnvironment>>(
        [&](Callback<QList<PowerPlatformEnvironment>> done) { pp.environments(0, this, done); });
    if (list.ok()) {
        for (const PowerPlatformEnvironment &e : *list.value) {
            if (e.displayName == name)
                return e;
        }
    }
    qWarning("no environment %s", qPrintable(name));
    return {};
}

// ---- Tests -----------------------------------------------------------------------------------------

void TestPowerPlatform::tracksAreWellFormed()
{
    const Track keyVault = tracks::powerPlatformKeyVaultTrack();
    QVERIFY2(keyVault.validate().isEmpty(), qPrintable(keyVault.validate().join(u'\n')));
    QCOMPARE(int(keyVault.steps.size()), 8);
    QVERIFY(keyVault.info.separationOfDuties);
    for (const EnvironmentChange change : {EnvironmentChange::Add, EnvironmentChange::Remove,
                                           EnvironmentChange::ChangeKey, EnvironmentChange::MigrateByok}) {
        const Track track = tracks::powerPlatformEnvironmentsTrack(change);
        QVERIFY2(track.validate().isEmpty(), qPrintable(track.validate().join(u'\n')));
        QVERIFY(track.info.separationOfDuties);
        QCOMPARE(track.info.persona, Persona::PowerPlatformAdmin);
        // The admin's own role is declared, so it is checked before anything is written.
        const auto needs = track.steps.front()->requirements();
        QVERIFY(std::any_of(needs.cbegin(), needs.cend(), [](const roles::Requirement &r) {
            return r.kind == roles::Requirement::Kind::DirectoryRole
                && r.directoryRoles.contains(roles::DirectoryRoles::PowerPlatformAdministrator);
        }));
    }
}

void TestPowerPlatform::keyVaultTrackEndToEndThenRerunWritesNothing()
{
    const Values inputs = keyVaultInputs(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                         QStringLiteral("pp-cmk"));
    const QString statePath = m_dir->filePath(QStringLiteral("kv-run.json"));
    auto runner = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()), inputs, statePath);
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    const Values values = runner->state().values;

    // The policy names the key with its version, and its identity may use the key.
    QVERIFY(values.value(key::PolicySystemId).startsWith(QStringLiteral("/regions/europe/")));
    QCOMPARE(values.value(key::PolicyId),
             PolicyRg + QStringLiteral("/providers/Microsoft.PowerPlatform/enterprisePolicies/contoso-cmk"));
    QCOMPARE(values.value(key::KeySize), QStringLiteral("2048"));
    QCOMPARE(logged(QStringLiteral("PUT"),
                    QStringLiteral("/keys/pp-cmk/providers/Microsoft.Authorization/roleAssignments/")),
             1);
    QCOMPARE(
        logged(QStringLiteral("PUT"),
               QStringLiteral(
                   "/enterprisePolicies/contoso-cmk/providers/Microsoft.Authorization/roleAssignments/")),
        1);
    QCOMPARE(logged(QStringLiteral("POST"), QStringLiteral("/features/enterprisePoliciesPreview/register")),
             1);
    // Who did each step is recorded.
    QCOMPARE(runner->state().steps.value(QStringLiteral("enterprise-policy")).by.userPrincipalName, Kai.upn);

    // The hand-off for Priya carries the policy, and nothing secret.
    const auto handoff
        = Handoff::load(values.value(key::HandoffOut), Handoff::Direction::KeyVaultToPowerPlatform);
    QVERIFY(handoff);
    QCOMPARE(handoff->values.value(key::PolicySystemId), values.value(key::PolicySystemId));
    QCOMPARE(handoff->createdBy, Kai.upn);

    // Again: everything is found, nothing is written.
    runner.reset();
    h->sandbox.clearRequestLog();
    QString error;
    const auto saved = RunState::load(statePath, &error);
    QVERIFY2(saved, qPrintable(error));
    auto again = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()), {}, statePath, saved);
    // A finished run resumed checks every step again.
    RunState fresh = *saved;
    for (auto it = fresh.steps.begin(); it != fresh.steps.end(); ++it)
        it->state = StepState::Pending;
    again = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()), {}, QString(), fresh);
    const RunOutcome second = run(*again);
    QVERIFY2(second.ok, qPrintable(second.error.technicalSummary()));
    QCOMPARE(writes(), 0);
    for (const auto &[id, record] : again->state().steps.asKeyValueRange())
        QVERIFY2(record.state == StepState::AlreadyDone, qPrintable(id));
}

void TestPowerPlatform::accessPolicyVaultBehindAFirewallIsOpenedForTrustedServices()
{
    // Kai's vault uses access policies and a firewall that denies by default.
    const QString home = h->signIn(Kai);
    m_homes.insert(Kai.upn, home);
    ArmClient arm(h->pipelineFor(home, CustomerTenant));
    KeyVault vault;
    vault.id
        = ResourceId::parse(PolicyRg + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv-fw")).value();
    vault.location = QStringLiteral("westeurope");
    vault.tenantId = *TenantId::parse(CustomerTenant);
    vault.enableRbacAuthorization = false;
    vault.accessPolicies
        = {AccessPolicy {*TenantId::parse(CustomerTenant),
                         *ObjectId::parse(h->broker->session(home, CustomerTenant)->identity().objectId),
                         {QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("list")},
                         {},
                         {}}};
    // Kai's own address is allowed, as an administrator working through a firewall sets it up.
    vault.raw.json = R"({"properties": {"networkAcls": {"defaultAction": "Deny", "bypass": "None",
                       "ipRules": [{"value": "127.0.0.1/32"}]}}})";
    const auto created = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { arm.createOrUpdateVault(vault, this, {}, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.technicalSummary()));
    QCOMPARE(created.value->networkBypass, QStringLiteral("None"));

    Values inputs
        = keyVaultInputs(QStringLiteral("contoso-fw"), QStringLiteral("kv-fw"), QStringLiteral("fw-cmk"));
    auto runner = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()), inputs, QString());
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.technicalSummary()));
    QCOMPARE(runner->state().values.value(key::GrantKind), QStringLiteral("access-policy"));
    QCOMPARE(runner->state().steps.value(QStringLiteral("vault-network")).state, StepState::Applied);
    const auto after
        = awaitReply<KeyVault>([&](Callback<KeyVault> done) { arm.getVault(vault.id, this, done); });
    QVERIFY(after.ok());
    QCOMPARE(after.value->networkBypass, QStringLiteral("AzureServices"));
    QCOMPARE(after.value->networkDefaultAction, QStringLiteral("Deny")); // only loosened where needed
    QVERIFY(QString::fromUtf8(after.value->raw.json).contains(QStringLiteral("127.0.0.1/32"))); // rules kept
    // The policy's identity has get, wrapKey and unwrapKey through the vault's access policies.
    QCOMPARE(logged(QStringLiteral("PUT"), QStringLiteral("/accessPolicies/add")), 1);
}

void TestPowerPlatform::keyOf4096BitsIsRefusedBeforeAnyRequest()
{
    Values inputs = keyVaultInputs(QStringLiteral("p"), QStringLiteral("kv-big"), QStringLiteral("big"));
    inputs.insert(key::KeySize, QStringLiteral("4096"));
    auto runner = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()), inputs, QString());
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("InvalidInput"));
    QVERIFY2(outcome.error.message.contains(QStringLiteral("2048 or 3072")),
             qPrintable(outcome.error.message));
    QCOMPARE(h->sandbox.requestLog().size(), 0);
}

void TestPowerPlatform::encryptionSurvivesARestartAndFinishes()
{
    const Values policy = setUpPolicy(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                      QStringLiteral("pp-cmk"));
    QVERIFY(!policy.value(key::PolicyId).isEmpty());
    const PowerPlatformEnvironment sales = environment(QStringLiteral("Contoso Sales"));
    const PowerPlatformEnvironment test = environment(QStringLiteral("Contoso Sales Test"));
    const QString statePath = m_dir->filePath(QStringLiteral("add.json"));
    const Values inputs {{key::PolicyId, policy.value(key::PolicyId)},
                         {key::Environments, sales.id.toString() + u',' + test.id.toString()}};
    h->sandbox.clearRequestLog();
    {
        auto runner
            = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
                        inputs, statePath);
        runner->setConfirmation(QStringLiteral("contoso-cmk"));
        QSignalSpy progress(runner.get(), &Runner::stepProgress);
        runner->start();
        // Both links are sent and the service is encrypting: quit here.
        QVERIFY(QTest::qWaitFor([&] { return logged(QStringLiteral("POST"), QStringLiteral("/link")) == 2; },
                                20000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant> &args) {
                    return args.at(1).toString().contains(QStringLiteral("under way"));
                });
            },
            20000));
    }
    QCOMPARE(environment(QStringLiteral("Contoso Sales")).customerManagedKey->linkStatus,
             QStringLiteral("Linking"));

    // Hours later (simulated), a new runner resumes from the saved run and sends nothing again.
    h->sandbox.advanceClock(3LL * 3600 * 1000);
    QString error;
    const auto saved = RunState::load(statePath, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->steps.value(QStringLiteral("link")).state, StepState::Running);
    QVERIFY2(saved->values.contains(QStringLiteral("confirmed.link")),
             qPrintable(QStringList(saved->values.keys()).join(u',')));
    auto resumed
        = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()), {},
                    statePath, saved);
    QSignalSpy finished(resumed.get(), &Runner::finished);
    QSignalSpy progress(resumed.get(), &Runner::stepProgress);
    resumed->start();
    // The sandbox environment finishes first; the production one still shows its percentage.
    const auto report = [&] {
        QStringList lines;
        for (const auto &args : progress)
            lines << args.at(1).toString();
        if (!finished.isEmpty())
            lines << finished.first().at(1).value<http::ServiceError>().technicalSummary();
        return lines.join(u'\n');
    };
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant> &args) {
                         return args.at(1).toString().contains(QStringLiteral("1 of 2 done"))
                             && args.at(1).toString().contains(u'%');
                     });
                 },
                 20000),
             qPrintable(report()));
    QVERIFY(finished.isEmpty());
    h->sandbox.advanceClock(30LL * 3600 * 1000); // a production environment takes about a day
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    QVERIFY2(finished.first().at(0).toBool(),
             qPrintable(finished.first().at(1).value<http::ServiceError>().technicalSummary()));
    QCOMPARE(logged(QStringLiteral("POST"), QStringLiteral("/link")), 2); // none sent twice
    const PowerPlatformEnvironment done = environment(QStringLiteral("Contoso Sales"));
    QCOMPARE(done.keyManagedBy, QStringLiteral("Customer"));
    QCOMPARE(done.customerManagedKey->linkStatus, QStringLiteral("Linked"));
    QVERIFY(!resumed->state().values.value(QStringLiteral("audit.confirmed.link")).isEmpty());
}

void TestPowerPlatform::adminWithoutReaderGetsTheExplanation()
{
    const Values policy = setUpPolicy(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                      QStringLiteral("pp-cmk"));
    // Dana is a Dynamics 365 administrator, but Kai granted Reader to Priya only.
    h->sandbox.clearRequestLog();
    auto runner = runnerFor(
        Dana, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
        {{key::PolicyId, policy.value(key::PolicyId)}, {key::Environments, QStringLiteral("all")}},
        QString());
    runner->setConfirmation(QStringLiteral("contoso-cmk"));
    const RunOutcome outcome = run(*runner);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("PolicyReaderMissing"));
    QVERIFY2(outcome.error.message.contains(QStringLiteral("AuthorizationFailed")),
             qPrintable(outcome.error.message));
    QVERIFY(outcome.error.message.contains(QStringLiteral("ask the key vault administrator")));
    QCOMPARE(writes(), 0);

    // The service itself refuses the link with its 403 for someone without Reader.
    PowerPlatformClient pp(h->pipelineFor(m_homes.value(Dana.upn), CustomerTenant));
    const auto refused = awaitReply<PowerPlatformOperation>([&](Callback<PowerPlatformOperation> done) {
        pp.linkEncryptionPolicy(environment(QStringLiteral("Contoso Sales")).id,
                                policy.value(key::PolicySystemId), this, {}, done);
    });
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.error.code, QStringLiteral("EnterprisePolicyAccessDenied"));
}

void TestPowerPlatform::environmentsThatDoNotQualifyAreRefusedWithTheirReasons()
{
    const Values policy = setUpPolicy(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                      QStringLiteral("pp-cmk"));
    QStringList ids;
    for (const QString &name :
         {QStringLiteral("Contoso Trial"), QStringLiteral("Contoso Teams"), QStringLiteral("Contoso HR"),
          QStringLiteral("Contoso Supply Chain (finance and operations)"),
          QStringLiteral("Contoso US Operations"), QStringLiteral("Contoso Legacy BYOK"),
          QStringLiteral("Contoso Archive")})
        ids << environment(name).id.toString();
    h->sandbox.clearRequestLog();
    auto runner = runnerFor(
        Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
        {{key::PolicyId, policy.value(key::PolicyId)}, {key::Environments, ids.join(u',')}}, QString());
    runner->setConfirmation(QStringLiteral("contoso-cmk"));
    const RunOutcome outcome = run(*runner);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("EnvironmentNotEligible"));
    for (const QString &reason :
         {QStringLiteral("Trial environments cannot use"), QStringLiteral("Teams environments cannot use"),
          QStringLiteral("not a Managed Environment"), QStringLiteral("without Power Platform integration"),
          QStringLiteral("in unitedstates, the policy in europe"), QStringLiteral("BYOK migration track"),
          QStringLiteral("locked")})
        QVERIFY2(outcome.error.message.contains(reason), qPrintable(reason + u'\n' + outcome.error.message));
    QCOMPARE(writes(), 0);

    // "all" takes exactly the ones that qualify: Sales, Sales Test, Finance (with integration), default.
    auto all = runnerFor(
        Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
        {{key::PolicyId, policy.value(key::PolicyId)}, {key::Environments, QStringLiteral("all")}},
        QString());
    all->setApproval([](const Step &, const Plan &, std::function<void(bool)> decide) { decide(false); });
    run(*all);
    const QStringList chosen = all->state().values.value(key::EnvironmentsChosen).split(u',');
    QCOMPARE(chosen.size(), 4);
    QVERIFY(chosen.contains(
        environment(QStringLiteral("Contoso Finance (finance and operations)")).id.toString()));
    QCOMPARE(writes(), 0);
}

void TestPowerPlatform::removeNeedsTheTypedConfirmation()
{
    const Values policy = setUpPolicy(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                      QStringLiteral("pp-cmk"));
    const QString test = environment(QStringLiteral("Contoso Sales Test")).id.toString();
    const Values inputs {{key::PolicyId, policy.value(key::PolicyId)}, {key::Environments, test}};
    auto add = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
                         inputs, QString());
    add->setConfirmation(QStringLiteral("contoso-cmk"));
    QSignalSpy addDone(add.get(), &Runner::finished);
    add->start();
    QVERIFY(
        QTest::qWaitFor([&] { return logged(QStringLiteral("POST"), QStringLiteral("/link")) == 1; }, 20000));
    h->sandbox.advanceClock(5LL * 3600 * 1000);
    QVERIFY(addDone.wait(20000) || !addDone.isEmpty());
    QVERIFY(addDone.first().at(0).toBool());

    for (const QString &typed : {QString(), QStringLiteral("contoso")}) {
        h->sandbox.clearRequestLog();
        auto remove = runnerFor(
            Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Remove, fastPacing()), inputs,
            QString());
        remove->setConfirmation(typed);
        const RunOutcome refused = run(*remove);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.code, QStringLiteral("ConfirmationRequired"));
        QVERIFY2(refused.error.message.contains(QStringLiteral("contoso-cmk")),
                 qPrintable(refused.error.message));
        QVERIFY2(refused.error.message.contains(test),
                 qPrintable(refused.error.message)); // names the environment
        QCOMPARE(writes(), 0);
    }
    auto remove
        = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Remove, fastPacing()),
                    inputs, QString());
    remove->setConfirmation(QStringLiteral("contoso-cmk"));
    QSignalSpy removed(remove.get(), &Runner::finished);
    remove->start();
    QVERIFY(QTest::qWaitFor([&] { return logged(QStringLiteral("POST"), QStringLiteral("/unlink")) == 1; },
                            20000));
    h->sandbox.advanceClock(5LL * 3600 * 1000);
    QVERIFY(removed.wait(20000) || !removed.isEmpty());
    QVERIFY2(removed.first().at(0).toBool(),
             qPrintable(removed.first().at(1).value<http::ServiceError>().technicalSummary()));
    QCOMPARE(environment(QStringLiteral("Contoso Sales Test")).keyManagedBy, QStringLiteral("Microsoft"));

    // A finished run started again with its values (another environment now) is confirmed again:
    // a confirmation holds for one attempt of one plan.
    QVERIFY(remove->state().values.contains(QStringLiteral("audit.confirmed.unlink")));
    RunState again = add->state();
    QVERIFY(again.values.contains(QStringLiteral("audit.confirmed.link")));
    QVERIFY(!again.values.contains(QStringLiteral("confirmed.link")));
    for (auto it = again.steps.begin(); it != again.steps.end(); ++it)
        it->state = StepState::Pending;
    again.values.insert(key::Environments, environment(QStringLiteral("Contoso Sales")).id.toString());
    auto add2 = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
                          {}, QString(), again);
    h->sandbox.clearRequestLog();
    const RunOutcome unconfirmed = run(*add2);
    QVERIFY(!unconfirmed.ok);
    QCOMPARE(unconfirmed.error.code, QStringLiteral("ConfirmationRequired"));
    QCOMPARE(writes(), 0);
}

void TestPowerPlatform::changeKeyMovesEveryEnvironmentToTheNewPolicy()
{
    const Values oldPolicy = setUpPolicy(QStringLiteral("contoso-old"), QStringLiteral("kv-contoso-pp"),
                                         QStringLiteral("pp-old"));
    const Values newPolicy = setUpPolicy(QStringLiteral("contoso-new"), QStringLiteral("kv-contoso-pp"),
                                         QStringLiteral("pp-new"));
    QVERIFY(!newPolicy.value(key::PolicyId).isEmpty());
    const QString test = environment(QStringLiteral("Contoso Sales Test")).id.toString();
    auto add
        = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
                    {{key::PolicyId, oldPolicy.value(key::PolicyId)}, {key::Environments, test}}, QString());
    add->setConfirmation(QStringLiteral("contoso-old"));
    QSignalSpy added(add.get(), &Runner::finished);
    add->start();
    QVERIFY(
        QTest::qWaitFor([&] { return logged(QStringLiteral("POST"), QStringLiteral("/link")) == 1; }, 20000));
    h->sandbox.advanceClock(5LL * 3600 * 1000);
    QVERIFY(added.wait(20000) || !added.isEmpty());
    QVERIFY(added.first().at(0).toBool());

    auto move
        = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::ChangeKey, fastPacing()),
                    {{key::PolicyId, newPolicy.value(key::PolicyId)},
                     {key::PreviousPolicyId, oldPolicy.value(key::PolicyId)},
                     {key::Environments, QStringLiteral("all")}},
                    QString());
    move->setConfirmation(QStringLiteral("contoso-new"));
    QSignalSpy moved(move.get(), &Runner::finished);
    QSignalSpy plans(move.get(), &Runner::planReady);
    move->start();
    QVERIFY(
        QTest::qWaitFor([&] { return logged(QStringLiteral("POST"), QStringLiteral("/link")) == 2; }, 20000));
    h->sandbox.advanceClock(5LL * 3600 * 1000);
    QVERIFY(moved.wait(20000) || !moved.isEmpty());
    QVERIFY2(moved.first().at(0).toBool(),
             qPrintable(moved.first().at(1).value<http::ServiceError>().technicalSummary()));
    QCOMPARE(move->state().values.value(key::EnvironmentsChosen), test);
    const Plan linkPlan = plans.last().at(1).value<Plan>();
    QVERIFY(linkPlan.confirmation);
    QVERIFY(std::any_of(linkPlan.notes.cbegin(), linkPlan.notes.cend(), [](const QString &n) {
        return n.contains(QStringLiteral("contoso-old to contoso-new"));
    }));
    const PowerPlatformEnvironment after = environment(QStringLiteral("Contoso Sales Test"));
    QCOMPARE(after.customerManagedKey->policyResourceId, newPolicy.value(key::PolicyId));
}

void TestPowerPlatform::byokEnvironmentIsMigrated()
{
    const Values policy = setUpPolicy(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                      QStringLiteral("pp-cmk"));
    auto migrate = runnerFor(
        Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::MigrateByok, fastPacing()),
        {{key::PolicyId, policy.value(key::PolicyId)}, {key::Environments, QStringLiteral("all")}},
        QString());
    migrate->setConfirmation(QStringLiteral("contoso-cmk"));
    QSignalSpy finished(migrate.get(), &Runner::finished);
    migrate->start();
    QVERIFY(
        QTest::qWaitFor([&] { return logged(QStringLiteral("POST"), QStringLiteral("/link")) == 1; }, 20000));
    h->sandbox.advanceClock(31LL * 3600 * 1000);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    QVERIFY2(finished.first().at(0).toBool(),
             qPrintable(finished.first().at(1).value<http::ServiceError>().technicalSummary()));
    QCOMPARE(migrate->state().values.value(key::EnvironmentsChosen),
             environment(QStringLiteral("Contoso Legacy BYOK")).id.toString());
    QCOMPARE(environment(QStringLiteral("Contoso Legacy BYOK")).keyManagedBy, QStringLiteral("Customer"));
}

void TestPowerPlatform::oneIdentityHoldingBothDutiesNeedsAJustification()
{
    // Sam is both a key vault administrator (Owner) and a Power Platform administrator.
    roles::RoleDetector detector;
    const Values inputs = keyVaultInputs(QStringLiteral("contoso-sam"), QStringLiteral("kv-contoso-sam"),
                                         QStringLiteral("sam-cmk"));
    h->sandbox.clearRequestLog();
    auto refused = runnerFor(Sam, tracks::powerPlatformKeyVaultTrack(fastPacing()), inputs, QString());
    refused->setRoleDetector(&detector);
    QSignalSpy warned(refused.get(), &Runner::separationWarning);
    const RunOutcome stopped = run(*refused);
    QVERIFY(!stopped.ok);
    QCOMPARE(stopped.error.code, QStringLiteral("SeparationJustificationRequired"));
    QCOMPARE(warned.size(), 1);
    QCOMPARE(writes(), 0);

    auto justified = runnerFor(Sam, tracks::powerPlatformKeyVaultTrack(fastPacing()), inputs,
                               m_dir->filePath(QStringLiteral("sam.json")));
    justified->setRoleDetector(&detector);
    justified->setSeparationJustification(
        QStringLiteral("Only administrator on duty this weekend (ticket 4711)"));
    const RunOutcome ran = run(*justified);
    QVERIFY2(ran.ok, qPrintable(ran.error.technicalSummary()));
    QString error;
    const auto saved = RunState::load(m_dir->filePath(QStringLiteral("sam.json")), &error);
    QVERIFY2(saved && saved->separation, qPrintable(error));
    QCOMPARE(saved->separation->userPrincipalName, Sam.upn);
    QCOMPARE(saved->separation->justification,
             QStringLiteral("Only administrator on duty this weekend (ticket 4711)"));
    QCOMPARE(saved->separation->outcome, roles::SeparationDecision::Outcome::Proceeded);

    // Refused by setting: the run stops before anything is written.
    h->sandbox.clearRequestLog();
    auto strict = runnerFor(
        Sam, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
        {{key::PolicyId, saved->values.value(key::PolicyId)}, {key::Environments, QStringLiteral("all")}},
        QString());
    strict->setRoleDetector(&detector);
    strict->setSeparationPolicy(roles::SeparationPolicy::Refuse);
    const RunOutcome no = run(*strict);
    QVERIFY(!no.ok);
    QCOMPARE(no.error.code, QStringLiteral("SeparationOfDutiesRefused"));
    QCOMPARE(writes(), 0);

    // Kai and Priya, each holding one duty, are not asked.
    roles::RoleDetector other;
    auto kai = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()),
                         keyVaultInputs(QStringLiteral("contoso-kai"), QStringLiteral("kv-contoso-kai"),
                                        QStringLiteral("kai-cmk")),
                         QString());
    kai->setRoleDetector(&other);
    QSignalSpy kaiWarned(kai.get(), &Runner::separationWarning);
    const RunOutcome kaiRan = run(*kai);
    QVERIFY2(kaiRan.ok, qPrintable(kaiRan.error.technicalSummary()));
    QCOMPARE(kaiWarned.size(), 0);
    QVERIFY(!kai->state().separation);
}

void TestPowerPlatform::rolesAreCheckedBeforeAnyWrite()
{
    // Riley (support, Reader) runs the key vault admin track: every missing right is named, with who
    // can grant it, and nothing is written.
    const DemoUser riley {QStringLiteral("riley@contoso.onmicrosoft.com"),
                          QStringLiteral("Sandbox-Support-1"), CustomerTenant};
    roles::RoleDetector detector;
    h->sandbox.clearRequestLog();
    auto runner = runnerFor(riley, tracks::powerPlatformKeyVaultTrack(fastPacing()),
                            keyVaultInputs(QStringLiteral("contoso-riley"),
                                           QStringLiteral("kv-contoso-riley"), QStringLiteral("riley-cmk")),
                            QString());
    runner->setRoleDetector(&detector);
    QSignalSpy problems(runner.get(), &Runner::preflightFailed);
    const RunOutcome outcome = run(*runner);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("RoleMissing"));
    QCOMPARE(writes(), 0);
    QVERIFY(!problems.isEmpty());
    const QString text = problems.first().at(0).toStringList().join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("Microsoft.PowerPlatform/register/action")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("an Owner of the subscription")), qPrintable(text));
}

void TestPowerPlatform::eachLockWayLocksAndUnlockRestores_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("reason");
    QTest::newRow("revoke access") << QString(tracks::LockMethod::RevokeAccess) << "PermissionRevoked";
    QTest::newRow("disable key") << QString(tracks::LockMethod::DisableKey) << "KeyDisabled";
    QTest::newRow("disable key version")
        << QString(tracks::LockMethod::DisableKeyVersion) << "KeyVersionDisabled";
    QTest::newRow("delete key") << QString(tracks::LockMethod::DeleteKey) << "KeyDeleted";
    QTest::newRow("delete vault") << QString(tracks::LockMethod::DeleteVault) << "VaultDeleted";
    QTest::newRow("delete policy") << QString(tracks::LockMethod::DeletePolicy) << "PolicyDeleted";
}

void TestPowerPlatform::eachLockWayLocksAndUnlockRestores()
{
    QFETCH(QString, method);
    QFETCH(QString, reason);
    const Values policy = setUpPolicy(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                      QStringLiteral("pp-cmk"));
    const QString test = environment(QStringLiteral("Contoso Sales Test")).id.toString();
    auto add
        = runnerFor(Priya, tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing()),
                    {{key::PolicyId, policy.value(key::PolicyId)}, {key::Environments, test}}, QString());
    add->setConfirmation(QStringLiteral("contoso-cmk"));
    QSignalSpy added(add.get(), &Runner::finished);
    add->start();
    QVERIFY(
        QTest::qWaitFor([&] { return logged(QStringLiteral("POST"), QStringLiteral("/link")) == 1; }, 20000));
    h->sandbox.advanceClock(5LL * 3600 * 1000);
    QVERIFY(added.wait(20000) || !added.isEmpty());
    QVERIFY(added.first().at(0).toBool());
    if (method == tracks::LockMethod::DisableKeyVersion) {
        // A newer version exists: disabling the policy's own (older) version is what locks.
        KeyVaultClient kv(h->pipelineFor(m_homes.value(Kai.upn), CustomerTenant));
        const auto rotated = awaitReply<KeyVaultKey>([&](Callback<KeyVaultKey> done) {
            kv.rotateKey(*KeyIdentifier::parse(policy.value(key::KeyUrl)), this, done);
        });
        QVERIFY2(rotated.ok(), qPrintable(rotated.error.technicalSummary()));
    }

    // Sam may revoke and can see the environments: the plan names every one that goes offline.
    const Values lockInputs {{key::PolicyId, policy.value(key::PolicyId)}, {key::LockMethod, method}};
    h->sandbox.clearRequestLog();
    auto refused = runnerFor(Sam, tracks::lockTrack(fastPacing()), lockInputs, QString());
    QSignalSpy plans(refused.get(), &Runner::planReady);
    const RunOutcome unconfirmed = run(*refused);
    QVERIFY(!unconfirmed.ok);
    QCOMPARE(unconfirmed.error.code, QStringLiteral("ConfirmationRequired"));
    QCOMPARE(writes(), 0);
    const Plan lockPlan = plans.last().at(1).value<Plan>();
    QVERIFY(lockPlan.confirmation);
    QCOMPARE(lockPlan.confirmation->name, QStringLiteral("contoso-cmk"));
    QVERIFY2(lockPlan.confirmation->affected.join(u' ').contains(test),
             qPrintable(lockPlan.confirmation->affected.join(u' ')));

    auto lock = runnerFor(Sam, tracks::lockTrack(fastPacing()), lockInputs, QString());
    lock->setConfirmation(QStringLiteral("contoso-cmk"));
    const RunOutcome locked = run(*lock);
    QVERIFY2(locked.ok, qPrintable(locked.error.technicalSummary()));
    QVERIFY(!lock->state().values.value(key::LockRevoked).isEmpty());
    const PowerPlatformEnvironment offline = environment(QStringLiteral("Contoso Sales Test"));
    QCOMPARE(offline.runtimeState, QStringLiteral("Disabled"));
    QVERIFY2(QString::fromUtf8(offline.raw.json).contains(QStringLiteral("\"reason\":\"%1\"").arg(reason)),
             qPrintable(QString::fromUtf8(offline.raw.json)));

    // The status service (what support staff see) shows it locked with that reason.
    {
        http::Pipeline *pipeline = h->pipelineFor(m_homes.value(Sam.upn), CustomerTenant);
        status::StatusService service(pipeline, pipeline, pipeline);
        QSignalSpy done(&service, &status::StatusService::finished);
        service.start(CustomerTenant);
        QVERIFY(done.wait(20000) || !done.isEmpty());
        const auto report = done.first().at(0).value<status::StatusReport>();
        const auto row = std::find_if(report.rows.cbegin(), report.rows.cend(),
                                      [&](const status::EnvironmentStatus &r) { return r.id == test; });
        QVERIFY(row != report.rows.cend());
        QVERIFY(row->locked);
        QCOMPARE(row->lockReason, reason);
        QVERIFY(!row->nextAction.isEmpty());
    }

    // Unlock: Kai restores what is missing; the support request names the environment.
    const QString support = m_dir->filePath(QStringLiteral("support.txt"));
    auto unlock = runnerFor(Kai, tracks::unlockTrack(fastPacing()),
                            {{key::PolicyId, policy.value(key::PolicyId)},
                             {key::Region, QStringLiteral("westeurope")},
                             {key::SupportRequestOut, support}},
                            QString());
    const RunOutcome unlocked = run(*unlock);
    if (method == tracks::LockMethod::DeletePolicy) {
        QVERIFY(!unlocked.ok);
        QCOMPARE(unlocked.error.code, QStringLiteral("PolicyDeleted"));
        return;
    }
    QVERIFY2(unlocked.ok, qPrintable(unlocked.error.technicalSummary()));
    QCOMPARE(unlock->state().steps.value(QStringLiteral("restore")).state, StepState::Applied);
    // Kai is no Power Platform administrator: the support request step says it cannot list them.
    auto request = runnerFor(Sam, tracks::unlockTrack(fastPacing()),
                             {{key::PolicyId, policy.value(key::PolicyId)},
                              {key::Region, QStringLiteral("westeurope")},
                              {key::SupportRequestOut, support}},
                             QString());
    const RunOutcome prepared = run(*request);
    QVERIFY2(prepared.ok, qPrintable(prepared.error.technicalSummary()));
    QCOMPARE(request->state().steps.value(QStringLiteral("restore")).state, StepState::AlreadyDone);
    QFile text(support);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QString body = QString::fromUtf8(text.readAll());
    QVERIFY2(body.contains(test) && body.contains(policy.value(key::PolicyId)), qPrintable(body));
    // Access is back; support re-enables the environment.
    QVERIFY(QString::fromUtf8(environment(QStringLiteral("Contoso Sales Test")).raw.json)
                .contains(QStringLiteral("\"accessRestored\":true")));
    const auto unlockedBySupport
        = h->browser->send("POST", h->sandbox.adminApi().resolved(QUrl(QStringLiteral("support/unlock"))),
                           QStringLiteral("{\"environmentId\": \"%1\"}").arg(test).toUtf8(),
                           {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QCOMPARE(unlockedBySupport.status, 200);
    QCOMPARE(environment(QStringLiteral("Contoso Sales Test")).runtimeState, QStringLiteral("Enabled"));
}

void TestPowerPlatform::badInputSendsNothing_data()
{
    QTest::addColumn<QString>("trackId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const QString kv = QStringLiteral("pp-keyvault");
    const QString add = QStringLiteral("pp-environments");
    QTest::newRow("subscription not a guid") << kv << QString(key::CustomerSubscriptionId) << "contoso"
                                             << "contoso";
    QTest::newRow("subscription empty") << kv << QString(key::CustomerSubscriptionId) << ""
                                        << "missing";
    QTest::newRow("resource group bad") << kv << QString(key::CustomerResourceGroup) << "rg with spaces"
                                        << "rg with spaces";
    QTest::newRow("vault name too short") << kv << QString(key::VaultName) << "kv"
                                          << "kv";
    QTest::newRow("vault name underscore") << kv << QString(key::VaultName) << "kv_contoso"
                                           << "kv_contoso";
    QTest::newRow("key name bad") << kv << QString(key::KeyName) << "key name"
                                  << "key name";
    QTest::newRow("key type ec") << kv << QString(key::KeyType) << "EC"
                                 << "EC";
    QTest::newRow("key size 4096") << kv << QString(key::KeySize) << "4096"
                                   << "2048 or 3072";
    QTest::newRow("key size 1024") << kv << QString(key::KeySize) << "1024"
                                   << "1024";
    QTest::newRow("key size words") << kv << QString(key::KeySize) << "big"
                                    << "big";
    QTest::newRow("policy name empty") << kv << QString(key::PolicyName) << ""
                                       << "missing";
    QTest::newRow("policy name slash") << kv << QString(key::PolicyName) << "a/b"
                                       << "a/b";
    QTest::newRow("location azure region") << kv << QString(key::PolicyLocation) << "westeurope"
                                           << "westeurope";
    QTest::newRow("location empty") << kv << QString(key::PolicyLocation) << ""
                                    << "missing";
    QTest::newRow("admin not a upn") << kv << QString(key::PowerPlatformAdminUpn) << "priya"
                                     << "priya";
    QTest::newRow("admin two ats") << kv << QString(key::PowerPlatformAdminUpn) << "a@b@c"
                                   << "a@b@c";
    QTest::newRow("handoff to folder") << kv << QString(key::HandoffOut) << "/tmp"
                                       << "folder";
    QTest::newRow("handoff missing folder") << kv << QString(key::HandoffOut) << "/nonexistent-dir/x.json"
                                            << "does not exist";
    QTest::newRow("policy id not an id") << add << QString(key::PolicyId) << "contoso-cmk"
                                         << "contoso-cmk";
    QTest::newRow("policy id is a vault")
        << add << QString(key::PolicyId)
        << PolicyRg + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv") << "not an enterprise policy";
    QTest::newRow("environments empty") << add << QString(key::Environments) << ""
                                        << "missing";
    QTest::newRow("environment not an id") << add << QString(key::Environments) << "Contoso Sales"
                                           << "Contoso Sales";
    QTest::newRow("environments one bad")
        << add << QString(key::Environments) << "11111111-2222-3333-4444-555555555555, nope"
        << "nope";
    QTest::newRow("environments only commas") << add << QString(key::Environments) << ",,"
                                              << "at least one";
}

void TestPowerPlatform::badInputSendsNothing()
{
    QFETCH(QString, trackId);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Values inputs;
    Track track;
    if (trackId == QLatin1StringView("pp-keyvault")) {
        inputs = keyVaultInputs(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                QStringLiteral("pp-cmk"));
        track = tracks::powerPlatformKeyVaultTrack(fastPacing());
    } else {
        inputs = {{tracks::key::PolicyId,
                   PolicyRg + QStringLiteral("/providers/Microsoft.PowerPlatform/enterprisePolicies/p")},
                  {tracks::key::Environments, QStringLiteral("all")}};
        track = tracks::powerPlatformEnvironmentsTrack(EnvironmentChange::Add, fastPacing());
    }
    inputs.insert(key, value);
    auto runner = runnerFor(Kai, std::move(track), inputs, QString());
    QSignalSpy rejected(runner.get(), &Runner::inputsRejected);
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("InvalidInput"));
    QVERIFY2(outcome.error.message.contains(expected, Qt::CaseInsensitive),
             qPrintable(outcome.error.message));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(h->sandbox.requestLog().size(), 0);
}

QTEST_GUILESS_MAIN(TestPowerPlatform)
#include "tst_powerplatform.moc"
