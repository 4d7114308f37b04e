// Roles and separation of duties (core/roles) against the in-process sandbox's demo scenario over
// real loopback HTTPS: what each demo person is found to hold and with how many requests, ARM's
// wildcard and inheritance rules, a requirement that is missing or cannot be read stopping the
// runner before any write (counted in the sandbox's request log), and separation of duties: Sam
// holds both duties (warned; stopped without a justification, recorded with one; refused by
// setting), Kai and Priya alone do not.

#include "clientreply.h"
#include "coreharness.h"
#include "roles/roledetector.h"
#include "roles/verdict.h"
#include "services/armclient.h"
#include "workflow/runner.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::roles;
using namespace cmk::services;
using namespace cmk::testing;
using namespace cmk::workflow;

namespace {

const DemoUser Priya {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"),
                      CustomerTenant};
const DemoUser Riley {QStringLiteral("riley@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Support-1"),
                      CustomerTenant};
const DemoUser Dana {QStringLiteral("dana@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-D365-1"),
                     CustomerTenant};

const QString CustomerSub = QStringLiteral("/subscriptions/") + CustomerSubscription;
const QString IsvSub = QStringLiteral("/subscriptions/") + IsvSubscription;
const QString KeysRg = CustomerSub + QStringLiteral("/resourceGroups/rg-keys");
/// A vault that does not exist: judged by what is assigned above it.
const QString VaultId = KeysRg + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv-roles-test");
const QString LegacyPolicy = CustomerSub
    + QStringLiteral("/resourceGroups/rg-pp-legacy/providers/Microsoft.PowerPlatform/enterprisePolicies/"
                     "contoso-legacy-policy");

const QString OwnerRole = QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
const QString ReaderRole = QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
const QString CryptoOfficerRole = QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603");

bool isWrite(const sandbox::RequestLogEntry &entry)
{
    return entry.service != QLatin1StringView("login") && entry.method != QLatin1StringView("GET");
}

Requirement powerPlatformAdmin()
{
    return Requirement::directoryRole(
        {DirectoryRoles::PowerPlatformAdministrator, DirectoryRoles::Dynamics365Administrator,
         DirectoryRoles::GlobalAdministrator},
        QStringLiteral("Power Platform admin"), QStringLiteral("a Privileged Role Administrator"));
}

Requirement mayGrantOnVault(const QStringList &keys = {QStringLiteral("vault.id")})
{
    return Requirement::azure(QStringLiteral("Microsoft.Authorization/roleAssignments/write"), keys,
                              QStringLiteral("Owner or User Access Administrator on the key vault"),
                              QStringLiteral("an Owner of the subscription"));
}

/// What test steps did.
struct Counters
{
    int applies = 0;
};

/// A test step: declares requirements; its check finds it not done (or done, with outputs); its
/// apply writes to the cloud (a resource group) or only counts.
class TestStep : public Step
{
public:
    TestStep(QString id, QString number, QList<Requirement> requirements, Counters *counters,
             bool cloudWrite = false, Values doneWith = {})
        : m_id(std::move(id))
        , m_number(std::move(number))
        , m_requirements(std::move(requirements))
        , m_counters(counters)
        , m_cloudWrite(cloudWrite)
        , m_doneWith(std::move(doneWith))
    {
    }

    Info info() const override
    {
        return {m_id,
                m_number,
                QStringLiteral("Test step %1").arg(m_number),
                Side::Customer,
                QStringLiteral("test"),
                {},
                m_doneWith.keys(),
                QStringLiteral("A test step. It records what it is given."),
                {}};
    }
    QList<Requirement> requirements() const override { return m_requirements; }
    void check(StepRun &run) const override
    {
        QTimer::singleShot(0, &run, [this, &run] { run.checked(!m_doneWith.isEmpty(), m_doneWith); });
    }
    Plan plan(const Values &, const CloudProfile &) const override
    {
        Plan plan;
        plan.calls.append({http::ServiceKind::Arm,
                           "PUT",
                           QUrl(QStringLiteral("https://example.invalid/")),
                           {},
                           QStringLiteral("test")});
        return plan;
    }
    void apply(StepRun &run) const override
    {
        ++m_counters->applies;
        if (!m_cloudWrite) {
            QTimer::singleShot(0, &run, [&run] { run.succeeded(); });
            return;
        }
        ResourceGroup group;
        group.id = ResourceId::parse(CustomerSub + QStringLiteral("/resourceGroups/rg-roles-test")).value();
        group.location = QStringLiteral("westeurope");
        run.arm(Side::Customer)
            .createOrUpdateResourceGroup(group, &run, [&run](const Reply<ResourceGroup> &r) {
                if (r.ok())
                    run.succeeded();
                else
                    run.failed(r.error);
            });
    }
    void verify(StepRun &run) const override
    {
        QTimer::singleShot(0, &run, [&run] { run.succeeded(); });
    }

private:
    QString m_id;
    QString m_number;
    QList<Requirement> m_requirements;
    Counters *m_counters;
    bool m_cloudWrite;
    Values m_doneWith;
};

Track testTrack(bool separation, std::vector<std::shared_ptr<const Step>> steps)
{
    Track track;
    track.info.id = QStringLiteral("roles-test");
    track.info.title = QStringLiteral("Roles test");
    track.info.separationOfDuties = separation;
    track.steps = std::move(steps);
    return track;
}

struct RunOutcome
{
    bool finished = false;
    bool ok = false;
    http::ServiceError error;
    QStringList preflightProblems;
    QStringList warnings;
};

AzureRoleGrant grant(const QString &scope, const QString &name, QStringList actions,
                     QStringList notActions = {}, QStringList dataActions = {},
                     QStringList notDataActions = {})
{
    AzureRoleGrant g;
    g.assignmentId = scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name;
    g.scope = scope;
    g.roleDefinitionId = name;
    g.roleName = name;
    g.definitionRead = true;
    g.actions = std::move(actions);
    g.notActions = std::move(notActions);
    g.dataActions = std::move(dataActions);
    g.notDataActions = std::move(notDataActions);
    return g;
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Units.
    void actionMatching_data();
    void actionMatching();
    void scopeCovering_data();
    void scopeCovering();
    void allowsAcrossScopes_data();
    void allowsAcrossScopes();
    void verdictMessages();
    void separationRecordRoundTrips();

    // Against the sandbox.
    void demoPeople_data();
    void demoPeople();
    void assignmentsBeneathTheSubscriptionAreFound();
    void missingRequirementStopsBeforeAnyWrite();
    void metRequirementsRun();
    void scopeProducedByAnEarlierStepIsCheckedBeforeApply();
    void unreadableRolesStopTheRun_data();
    void unreadableRolesStopTheRun();
    void separationWithoutJustificationStops();
    void separationWithJustificationIsRecorded();
    void separationRefusedBySetting();
    void separationNotTriggered_data();
    void separationNotTriggered();

private:
    QString homeOf(const DemoUser &user);
    RoleProfile detect(const DemoUser &user, const QStringList &scopes);
    std::unique_ptr<Runner> runnerFor(const DemoUser &user, const Track &track, const Values &inputs,
                                      const QString &statePath = {});
    std::unique_ptr<Runner> runnerFor(const DemoUser &user, const Track &track, const RunState &state,
                                      const QString &statePath);
    RunOutcome run(Runner &runner);
    int writes() const;
    int logged(const QString &method, const QString &pathPart) const;

    std::unique_ptr<CoreHarness> h;
    std::unique_ptr<RoleDetector> m_detector;
    QHash<QString, QString> m_homes;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRoles::init()
{
    m_homes.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_detector = std::make_unique<RoleDetector>();
    if (QByteArray(QTest::currentTestFunction()).startsWith("actionMatching")
        || QByteArray(QTest::currentTestFunction()).startsWith("scopeCovering")
        || QByteArray(QTest::currentTestFunction()).startsWith("allowsAcrossScopes")
        || QByteArray(QTest::currentTestFunction()) == "verdictMessages"
        || QByteArray(QTest::currentTestFunction()) == "separationRecordRoundTrips")
        return; // units: no sandbox
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    h = std::make_unique<CoreHarness>(options);
}

void TestRoles::cleanup()
{
    m_detector.reset();
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

QString TestRoles::homeOf(const DemoUser &user)
{
    if (!m_homes.contains(user.upn))
        m_homes.insert(user.upn, h->signIn(user));
    return m_homes.value(user.upn);
}

RoleProfile TestRoles::detect(const DemoUser &user, const QStringList &scopes)
{
    const QString home = homeOf(user);
    http::Pipeline *pipeline = h->pipelineFor(home, user.tenant);
    const auth::SignedInIdentity who = h->broker->session(home, user.tenant)->identity();
    std::optional<RoleProfile> profile;
    m_detector->detect(pipeline, who, scopes, false, this, [&profile](const RoleProfile &p) { profile = p; });
    if (!QTest::qWaitFor([&] { return profile.has_value(); }, 20000))
        return {};
    return *profile;
}

std::unique_ptr<Runner> TestRoles::runnerFor(const DemoUser &user, const Track &track, const Values &inputs,
                                             const QString &statePath)
{
    return runnerFor(user, track, RunState::create(track.info.id, h->profile.name, inputs), statePath);
}

std::unique_ptr<Runner> TestRoles::runnerFor(const DemoUser &user, const Track &track, const RunState &state,
                                             const QString &statePath)
{
    const QString home = homeOf(user);
    http::Pipeline *pipeline = h->pipelineFor(home, user.tenant);
    const auth::SignedInIdentity who = h->broker->session(home, user.tenant)->identity();
    auto runner = std::make_unique<Runner>(track, state, statePath, [pipeline, who](Side) {
        StepRun::SideSession session;
        session.pipeline = pipeline;
        session.identity = who;
        return session;
    });
    runner->setRoleDetector(m_detector.get());
    return runner;
}

RunOutcome TestRoles::run(Runner &runner)
{
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy preflight(&runner, &Runner::preflightFailed);
    QSignalSpy warnings(&runner, &Runner::separationWarning);
    runner.start();
    RunOutcome outcome;
    if (finished.isEmpty() && !finished.wait(30000))
        return outcome;
    outcome.finished = true;
    outcome.ok = finished.first().at(0).toBool();
    outcome.error = finished.first().at(1).value<http::ServiceError>();
    if (!preflight.isEmpty())
        outcome.preflightProblems = preflight.first().at(0).toStringList();
    for (const auto &w : warnings)
        outcome.warnings << w.at(0).toString();
    return outcome;
}

int TestRoles::writes() const
{
    const auto log = h->sandbox.requestLog();
    return int(std::count_if(log.cbegin(), log.cend(), isWrite));
}

int TestRoles::logged(const QString &method, const QString &pathPart) const
{
    const auto log = h->sandbox.requestLog();
    return int(std::count_if(log.cbegin(), log.cend(), [&](const sandbox::RequestLogEntry &e) {
        return e.method == method && e.path.contains(pathPart, Qt::CaseInsensitive);
    }));
}

// ---- Units ---------------------------------------------------------------------------------------

void TestRoles::actionMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "Microsoft.KeyVault/vaults/read"
                           << "Microsoft.KeyVault/vaults/read" << true;
    QTest::newRow("case-insensitive") << "microsoft.keyvault/VAULTS/read"
                                      << "Microsoft.KeyVault/vaults/read" << true;
    QTest::newRow("star matches everything") << "*"
                                             << "Microsoft.Authorization/roleAssignments/write" << true;
    QTest::newRow("*/read matches any read") << "*/read"
                                             << "Microsoft.PowerPlatform/enterprisePolicies/read" << true;
    QTest::newRow("*/read not a write") << "*/read"
                                        << "Microsoft.PowerPlatform/enterprisePolicies/write" << false;
    QTest::newRow("trailing wildcard spans segments")
        << "Microsoft.KeyVault/vaults/*"
        << "Microsoft.KeyVault/vaults/keys/create/action" << true;
    QTest::newRow("middle wildcard") << "Microsoft.Authorization/*/read"
                                     << "Microsoft.Authorization/roleAssignments/read" << true;
    QTest::newRow("middle wildcard, other verb") << "Microsoft.Authorization/*/read"
                                                 << "Microsoft.Authorization/roleAssignments/write" << false;
    QTest::newRow("other provider") << "Microsoft.KeyVault/*"
                                    << "Microsoft.Network/virtualNetworks/read" << false;
    QTest::newRow("prefix is not a match") << "Microsoft.KeyVault/vaults/keys/read"
                                           << "Microsoft.KeyVault/vaults/keys/read/extra" << false;
}

void TestRoles::actionMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, action);
    QFETCH(bool, matches);
    QCOMPARE(actionMatches(pattern, action), matches);
}

void TestRoles::scopeCovering_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("covers");
    QTest::newRow("same") << KeysRg << KeysRg << true;
    QTest::newRow("subscription covers a resource") << CustomerSub << VaultId << true;
    QTest::newRow("case-insensitive") << KeysRg.toUpper() << VaultId << true;
    QTest::newRow("root covers all") << "/" << VaultId << true;
    QTest::newRow("resource does not cover its group") << VaultId << KeysRg << false;
    QTest::newRow("sibling group name prefix") << KeysRg << (KeysRg + QStringLiteral("2")) << false;
    QTest::newRow("other subscription") << IsvSub << VaultId << false;
}

void TestRoles::scopeCovering()
{
    QFETCH(QString, assignment);
    QFETCH(QString, scope);
    QFETCH(bool, covers);
    QCOMPARE(scopeCovers(assignment, scope), covers);
}

void TestRoles::allowsAcrossScopes_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("dataAction");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("allowed");
    // Contributor on the subscription (minus writing role assignments), Crypto Officer on rg-keys,
    // Reader on one policy.
    const QString key = VaultId + QStringLiteral("/keys/cmk");
    QTest::newRow("contributor: write a vault beneath the subscription")
        << "Microsoft.KeyVault/vaults/write" << false << VaultId << true;
    QTest::newRow("contributor: notActions take role assignments away")
        << "Microsoft.Authorization/roleAssignments/write" << false << VaultId << false;
    QTest::newRow("contributor: no data actions")
        << "Microsoft.KeyVault/vaults/keys/read" << true << QString(CustomerSub) << false;
    QTest::newRow("officer: key data action inherited down to a key")
        << "Microsoft.KeyVault/vaults/keys/create/action" << true << key << true;
    QTest::newRow("officer: not in another resource group")
        << "Microsoft.KeyVault/vaults/keys/create/action" << true
        << CustomerSub + QStringLiteral("/resourceGroups/rg-other/providers/Microsoft.KeyVault/vaults/kv")
        << false;
    QTest::newRow("officer: not above its scope")
        << "Microsoft.KeyVault/vaults/keys/create/action" << true << QString(CustomerSub) << false;
    QTest::newRow("reader: an action is not a data action")
        << "Microsoft.PowerPlatform/enterprisePolicies/read" << true << LegacyPolicy << false;
    QTest::newRow("reader: the policy")
        << "Microsoft.PowerPlatform/enterprisePolicies/read" << false << LegacyPolicy << true;
    QTest::newRow("reader: case-insensitive scope")
        << "Microsoft.PowerPlatform/enterprisePolicies/read" << false << LegacyPolicy.toLower() << true;
    QTest::newRow("other subscription") << "Microsoft.KeyVault/vaults/write" << false
                                        << IsvSub + QStringLiteral("/resourceGroups/rg") << false;
}

void TestRoles::allowsAcrossScopes()
{
    QFETCH(QString, action);
    QFETCH(bool, dataAction);
    QFETCH(QString, scope);
    QFETCH(bool, allowed);
    RoleProfile profile;
    profile.assignments << grant(CustomerSub, QStringLiteral("Contributor"), {QStringLiteral("*")},
                                 {QStringLiteral("Microsoft.Authorization/*/Delete"),
                                  QStringLiteral("Microsoft.Authorization/*/Write")})
                        << grant(KeysRg, QStringLiteral("Key Vault Crypto Officer"),
                                 {QStringLiteral("Microsoft.Authorization/*/read")}, {},
                                 {QStringLiteral("Microsoft.KeyVault/vaults/keys/*")})
                        << grant(LegacyPolicy, QStringLiteral("Reader"), {QStringLiteral("*/read")});
    profile.reads << AssignmentRead {CustomerSub, true, 0, {}, {}};
    QCOMPARE(profile.allows(action, scope, dataAction), allowed);
    QVERIFY(profile.knowsScope(scope) || !scope.startsWith(CustomerSub));
}

void TestRoles::verdictMessages()
{
    RoleProfile profile;
    profile.userPrincipalName = QStringLiteral("riley@contoso.onmicrosoft.com");
    profile.directoryRolesKnown = true;
    profile.directoryRoles << HeldDirectoryRole {QString(DirectoryRoles::GlobalReader),
                                                 QStringLiteral("Global Reader")};
    profile.assignments << grant(CustomerSub, QStringLiteral("Reader"), {QStringLiteral("*/read")});
    profile.reads << AssignmentRead {CustomerSub, true, 0, {}, {}};
    const Values values {{QStringLiteral("vault.id"), VaultId}};

    const Verdict role = evaluate(powerPlatformAdmin(), values, profile);
    QCOMPARE(role.state, Verdict::State::Missing);
    QVERIFY2(
        role.message.contains(QStringLiteral("the Power Platform Administrator, Dynamics 365 Administrator "
                                             "or Global Administrator directory role")),
        qPrintable(role.message));
    QVERIFY(role.message.contains(QStringLiteral("a Privileged Role Administrator")));

    const Verdict grantOnVault = evaluate(mayGrantOnVault(), values, profile);
    QCOMPARE(grantOnVault.state, Verdict::State::Missing);
    QCOMPARE(grantOnVault.scope, VaultId);
    QVERIFY(grantOnVault.message.contains(VaultId));
    QVERIFY(grantOnVault.message.contains(QStringLiteral("Microsoft.Authorization/roleAssignments/write")));
    QVERIFY(grantOnVault.message.contains(QStringLiteral("an Owner of the subscription")));

    // Reader on the (not yet existing) vault by inheritance from the subscription.
    const Requirement read
        = Requirement::azure(QStringLiteral("Microsoft.KeyVault/vaults/read"), {QStringLiteral("vault.id")},
                             QStringLiteral("Reader"), QString());
    QCOMPARE(evaluate(read, values, profile).state, Verdict::State::Met);
    // The first key with a value wins; a subscription GUID is a scope; nothing at all is deferred.
    const Requirement fallback = Requirement::azure(QStringLiteral("Microsoft.KeyVault/vaults/read"),
                                                    {QStringLiteral("policy.id"), QStringLiteral("sub")},
                                                    QStringLiteral("Reader"), QString());
    const Verdict bySubscription
        = evaluate(fallback, {{QStringLiteral("sub"), CustomerSubscription}}, profile);
    QCOMPARE(bySubscription.scope, CustomerSub);
    QCOMPARE(bySubscription.state, Verdict::State::Met);
    QCOMPARE(evaluate(fallback, {}, profile).state, Verdict::State::Deferred);
    // Nothing read in another subscription: unknown, never met or missing.
    const Verdict elsewhere = evaluate(
        read, {{QStringLiteral("vault.id"), IsvSub + QStringLiteral("/resourceGroups/rg")}}, profile);
    QCOMPARE(elsewhere.state, Verdict::State::Unknown);
    QVERIFY(elsewhere.blocks());
    // Directory roles that could not be read: unknown.
    profile.directoryRolesKnown = false;
    profile.directoryRolesProblem = QStringLiteral("Graph said no");
    const Verdict unknownRole = evaluate(powerPlatformAdmin(), values, profile);
    QCOMPARE(unknownRole.state, Verdict::State::Unknown);
    QVERIFY(unknownRole.message.contains(QStringLiteral("Graph said no")));
}

void TestRoles::separationRecordRoundTrips()
{
    RunState state = RunState::create(QStringLiteral("roles-test"), QStringLiteral("sandbox"), {});
    SeparationDecision d;
    d.side = QStringLiteral("customer");
    d.tenantId = CustomerTenant;
    d.objectId = QStringLiteral("00000000-0000-0000-0000-00000000000a");
    d.userPrincipalName = Sam.upn;
    d.scope = VaultId;
    d.powerPlatformRoles = {QStringLiteral("Power Platform Administrator")};
    d.keyVaultRoles = {QStringLiteral("Owner at ") + CustomerSub};
    d.policy = SeparationPolicy::Warn;
    d.outcome = SeparationDecision::Outcome::Proceeded;
    d.justification = QStringLiteral("Only Sam is on call this weekend");
    d.decidedAt = QDateTime::currentDateTimeUtc();
    state.separation = d;
    QString error;
    const auto back = RunState::fromJson(state.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->separation);
    QCOMPARE(back->separation->userPrincipalName, Sam.upn);
    QCOMPARE(back->separation->keyVaultRoles, d.keyVaultRoles);
    QCOMPARE(back->separation->justification, d.justification);
    QCOMPARE(back->separation->outcome, SeparationDecision::Outcome::Proceeded);
    QCOMPARE(back->separation->decidedAt, d.decidedAt);

    QJsonObject doc = QJsonDocument::fromJson(state.toJson()).object();
    QJsonObject separation = doc.value(QStringLiteral("separation")).toObject();
    QCOMPARE(separation.value(QStringLiteral("version")).toInt(), 1);
    separation.insert(QStringLiteral("version"), 2);
    doc.insert(QStringLiteral("separation"), separation);
    QVERIFY(!RunState::fromJson(QJsonDocument(doc).toJson(), &error));
    QVERIFY(error.contains(QStringLiteral("newer")));
}

// ---- Against the sandbox ----------------------------------------------------------------------------

void TestRoles::demoPeople_data()
{
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QStringList>("directoryRoles");
    QTest::addColumn<QStringList>("azureRoles");
    QTest::addColumn<bool>("azureKnown");
    QTest::addColumn<bool>("powerPlatformAdmin");
    QTest::addColumn<bool>("keyVaultAdmin");
    QTest::addColumn<int>("requests");
    // Requests: directory roles, role assignments per subscription, each role definition; someone
    // refused at the subscription is asked at the vault too.
    QTest::newRow("alex (ISV)") << Alex.upn << QStringList {QStringLiteral("Application Developer")}
                                << QStringList {QStringLiteral("Owner")} << true << false << true << 3;
    QTest::newRow("kai") << Kai.upn << QStringList {QStringLiteral("Cloud Application Administrator")}
                         << QStringList {QStringLiteral("Key Vault Administrator"), QStringLiteral("Owner")}
                         << true << false << true << 4;
    QTest::newRow("priya") << Priya.upn << QStringList {QStringLiteral("Power Platform Administrator")}
                           << QStringList {} << false << true << false << 3;
    QTest::newRow("sam") << Sam.upn
                         << QStringList {QStringLiteral("Cloud Application Administrator"),
                                         QStringLiteral("Power Platform Administrator")}
                         << QStringList {QStringLiteral("Key Vault Administrator"), QStringLiteral("Owner")}
                         << true << true << true << 4;
    QTest::newRow("riley") << Riley.upn << QStringList {QStringLiteral("Global Reader")}
                           << QStringList {QStringLiteral("Reader")} << true << false << false << 3;
    QTest::newRow("dana") << Dana.upn << QStringList {QStringLiteral("Dynamics 365 Administrator")}
                          << QStringList {} << false << true << false << 3;
}

void TestRoles::demoPeople()
{
    QFETCH(QString, upn);
    QFETCH(QStringList, directoryRoles);
    QFETCH(QStringList, azureRoles);
    QFETCH(bool, azureKnown);
    QFETCH(bool, powerPlatformAdmin);
    QFETCH(bool, keyVaultAdmin);
    QFETCH(int, requests);
    const QList<DemoUser> people {Alex, Kai, Priya, Sam, Riley, Dana};
    const DemoUser user
        = *std::find_if(people.cbegin(), people.cend(), [&upn](const DemoUser &u) { return u.upn == upn; });
    const QString scope = user.tenant == IsvTenant ? IsvSub
            + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/virtualNetworks/vnet-anf")
                                                   : VaultId;
    QVERIFY(!homeOf(user).isEmpty());
    h->sandbox.clearRequestLog();

    const RoleProfile profile = detect(user, {scope});
    QCOMPARE(profile.userPrincipalName, upn);
    QVERIFY(profile.directoryRolesKnown);
    QStringList names;
    for (const HeldDirectoryRole &r : profile.directoryRoles)
        names << directoryRoleName(r.templateId);
    names.sort();
    QCOMPARE(names, directoryRoles);
    QStringList held;
    for (const AzureRoleGrant &g : profile.assignments) {
        QVERIFY(g.definitionRead);
        held << g.roleName;
    }
    held.sort();
    QCOMPARE(held, azureRoles);
    QCOMPARE(profile.knowsScope(scope), azureKnown);
    if (!azureKnown) {
        // No Azure role at all: ARM refuses to list even their own assignments.
        QVERIFY(profile.deniedReadingAt(scope));
        QVERIFY2(profile.unknownReason(scope).contains(QStringLiteral("AuthorizationFailed")),
                 qPrintable(profile.unknownReason(scope)));
    }
    QCOMPARE(profile.isPowerPlatformAdmin(), powerPlatformAdmin);
    QCOMPARE(profile.isKeyVaultAdmin(scope), keyVaultAdmin);
    QCOMPARE(m_detector->requestsSent(), requests);
    // Each role definition once, and every request a read.
    QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/roleDefinitions/")), int(azureRoles.size()));
    QCOMPARE(writes(), 0);

    // Cached: asking again sends nothing.
    const auto before = h->sandbox.requestLog().size();
    const RoleProfile again = detect(user, {scope});
    QCOMPARE(again.assignments.size(), profile.assignments.size());
    QCOMPARE(h->sandbox.requestLog().size(), before);
    QCOMPARE(m_detector->requestsSent(), requests);
}

void TestRoles::assignmentsBeneathTheSubscriptionAreFound()
{
    // Kai grants Priya Reader on the legacy policy, and himself Crypto Officer on one key: both
    // beneath the subscription.
    const QString kai = homeOf(Kai);
    ArmClient arm(h->pipelineFor(kai, CustomerTenant));
    const QString priyaId = h->broker->session(homeOf(Priya), CustomerTenant)->identity().objectId;
    const QString kaiId = h->broker->session(kai, CustomerTenant)->identity().objectId;
    const QString key = KeysRg + QStringLiteral("/providers/Microsoft.KeyVault/vaults/kv-roles/keys/cmk");
    for (const auto &[scope, role, principal] :
         {std::tuple {LegacyPolicy, ReaderRole, priyaId}, std::tuple {key, CryptoOfficerRole, kaiId}}) {
        RoleAssignmentRequest grant;
        grant.scope = ResourceId::parse(scope).value();
        grant.role = QUuid::fromString(role);
        grant.principal = ObjectId::parse(principal).value();
        grant.principalType = PrincipalType::User;
        const auto created
            = awaitReply<RoleAssignment>([&](auto done) { arm.createRoleAssignment(grant, this, done); });
        QVERIFY2(created.ok(), qPrintable(created.error.technicalSummary()));
    }

    // One list at the subscription finds the assignment on the key, beneath it.
    const RoleProfile kaiProfile = detect(Kai, {CustomerSub});
    QVERIFY(std::any_of(
        kaiProfile.assignments.cbegin(), kaiProfile.assignments.cend(),
        [&key](const AzureRoleGrant &g) { return g.scope.compare(key, Qt::CaseInsensitive) == 0; }));
    QVERIFY(kaiProfile.allows(QStringLiteral("Microsoft.KeyVault/vaults/keys/create/action"),
                              key + QStringLiteral("/versions/x"), true));

    // Priya may not list at the subscription but may at the policy, where Reader is found.
    const Requirement reader = Requirement::azure(
        QStringLiteral("Microsoft.PowerPlatform/enterprisePolicies/read"), {QStringLiteral("policy.id")},
        QStringLiteral("Reader on the enterprise policy"), QStringLiteral("the key vault administrator"));
    h->sandbox.clearRequestLog();
    const RoleProfile priya = detect(Priya, {LegacyPolicy});
    QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/roleAssignments")), 2);
    const Verdict verdict = evaluate(reader, {{QStringLiteral("policy.id"), LegacyPolicy}}, priya);
    QCOMPARE(verdict.state, Verdict::State::Met);
    // Another policy in the same subscription stays unknown (nothing could be read there).
    const QString otherPolicy
        = CustomerSub
        + QStringLiteral(
              "/resourceGroups/rg-powerplatform/providers/Microsoft.PowerPlatform/enterprisePolicies/p2");
    QCOMPARE(evaluate(reader, {{QStringLiteral("policy.id"), otherPolicy}}, priya).state,
             Verdict::State::Unknown);
}

void TestRoles::missingRequirementStopsBeforeAnyWrite()
{
    Counters counters;
    const Track track
        = testTrack(false,
                    {std::make_shared<TestStep>(QStringLiteral("grant"), QStringLiteral("1"),
                                                QList<Requirement> {mayGrantOnVault()}, &counters, true),
                     std::make_shared<TestStep>(QStringLiteral("link"), QStringLiteral("2"),
                                                QList<Requirement> {powerPlatformAdmin()}, &counters, true)});
    auto runner = runnerFor(Riley, track, {{QStringLiteral("vault.id"), VaultId}});
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("RoleMissing"));
    QCOMPARE(counters.applies, 0);
    QCOMPARE(writes(), 0);
    // Both problems at once, each naming what is missing, where, and who can grant it.
    QCOMPARE(outcome.preflightProblems.size(), 2);
    const QString grant = outcome.preflightProblems.at(0);
    QVERIFY2(grant.contains(QStringLiteral("Step 1")) && grant.contains(Riley.upn) && grant.contains(VaultId)
                 && grant.contains(QStringLiteral("Microsoft.Authorization/roleAssignments/write"))
                 && grant.contains(QStringLiteral("an Owner of the subscription")),
             qPrintable(grant));
    const QString link = outcome.preflightProblems.at(1);
    QVERIFY2(
        link.contains(QStringLiteral("Step 2"))
            && link.contains(QStringLiteral("the Power Platform Administrator, Dynamics 365 Administrator or "
                                            "Global Administrator directory role"))
            && link.contains(QStringLiteral("a Privileged Role Administrator")),
        qPrintable(link));
    QVERIFY(outcome.error.message.contains(VaultId));
    for (const QString &id : {QStringLiteral("grant"), QStringLiteral("link")})
        QCOMPARE(runner->state().steps.value(id).state, StepState::Pending);
}

void TestRoles::metRequirementsRun()
{
    Counters counters;
    const Track track
        = testTrack(false,
                    {std::make_shared<TestStep>(QStringLiteral("grant"), QStringLiteral("1"),
                                                QList<Requirement> {mayGrantOnVault()}, &counters, true)});
    auto runner = runnerFor(Kai, track, {{QStringLiteral("vault.id"), VaultId}});
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(counters.applies, 1);
    QCOMPARE(writes(), 1);
    const StepRecord record = runner->state().steps.value(QStringLiteral("grant"));
    QCOMPARE(record.state, StepState::Applied);
    QCOMPARE(record.by.userPrincipalName, Kai.upn);
    QCOMPARE(record.by.side, QStringLiteral("customer"));
    // Judged once before the run and again before the apply, from the cache: one read of each.
    QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/roleAssignments")), 1);
    QCOMPARE(logged(QStringLiteral("GET"), QStringLiteral("/memberOf")), 1);
}

void TestRoles::scopeProducedByAnEarlierStepIsCheckedBeforeApply()
{
    // Step 1 finds the vault (already done, no write) and names it; step 2 needs to grant on it.
    Counters counters;
    const Track track = testTrack(
        false,
        {std::make_shared<TestStep>(QStringLiteral("find-vault"), QStringLiteral("1"), QList<Requirement> {},
                                    &counters, false, Values {{QStringLiteral("target.id"), VaultId}}),
         std::make_shared<TestStep>(QStringLiteral("grant"), QStringLiteral("2"),
                                    QList<Requirement> {mayGrantOnVault({QStringLiteral("target.id")})},
                                    &counters, true)});
    auto runner = runnerFor(Riley, track, {});
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.preflightProblems.isEmpty()); // nothing to judge yet at preflight
    QCOMPARE(outcome.error.code, QStringLiteral("RoleMissing"));
    QVERIFY2(outcome.error.message.contains(VaultId)
                 && outcome.error.message.contains(QStringLiteral("Step 2")),
             qPrintable(outcome.error.message));
    QCOMPARE(runner->state().steps.value(QStringLiteral("find-vault")).state, StepState::AlreadyDone);
    QCOMPARE(runner->state().steps.value(QStringLiteral("grant")).state, StepState::Failed);
    QCOMPARE(runner->state().steps.value(QStringLiteral("grant")).errorCode, QStringLiteral("RoleMissing"));
    QCOMPARE(counters.applies, 0);
    QCOMPARE(writes(), 0);
}

void TestRoles::unreadableRolesStopTheRun_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("directoryRole");
    QTest::addColumn<QString>("reasonCode");
    QTest::newRow("403 listing role assignments")
        << "*/providers/Microsoft.Authorization/roleAssignments" << false << "AuthorizationFailed";
    QTest::newRow("403 reading directory roles") << "*/memberOf/*" << true << "Authorization_RequestDenied";
}

void TestRoles::unreadableRolesStopTheRun()
{
    // Documented choice: an unknown requirement refuses the step, with the reason, like a missing one.
    QFETCH(QString, path);
    QFETCH(bool, directoryRole);
    QFETCH(QString, reasonCode);
    Counters counters;
    const Requirement requirement = directoryRole ? powerPlatformAdmin() : mayGrantOnVault();
    const Track track
        = testTrack(false,
                    {std::make_shared<TestStep>(QStringLiteral("grant"), QStringLiteral("1"),
                                                QList<Requirement> {requirement}, &counters, true)});
    // Sam holds both: only the failed read can stop him.
    auto runner = runnerFor(Sam, track, {{QStringLiteral("vault.id"), VaultId}});
    h->sandbox.clearRequestLog();
    h->fault(QStringLiteral("403"), "GET", path, -1, 0);
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("RoleMissing"));
    QCOMPARE(outcome.preflightProblems.size(), 1);
    const QString problem = outcome.preflightProblems.first();
    QVERIFY2(problem.contains(QStringLiteral("could not be checked")) && problem.contains(reasonCode)
                 && problem.contains(requirement.grantedBy),
             qPrintable(problem));
    QCOMPARE(counters.applies, 0);
    QCOMPARE(writes(), 0);
}

void TestRoles::separationWithoutJustificationStops()
{
    Counters counters;
    const Track track = testTrack(true,
                                  {std::make_shared<TestStep>(QStringLiteral("policy"), QStringLiteral("1"),
                                                              QList<Requirement> {}, &counters, true)});
    auto runner = runnerFor(Sam, track, {{QStringLiteral("vault.id"), VaultId}});
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("SeparationJustificationRequired"));
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY2(outcome.warnings.first().contains(Sam.upn)
                 && outcome.warnings.first().contains(QStringLiteral("Power Platform Administrator"))
                 && outcome.warnings.first().contains(QStringLiteral("Owner at ")),
             qPrintable(outcome.warnings.first()));
    QVERIFY(outcome.error.message.contains(QStringLiteral("separation.justification")));
    QCOMPARE(counters.applies, 0);
    QCOMPARE(writes(), 0);
    QVERIFY(!runner->state().separation);
}

void TestRoles::separationWithJustificationIsRecorded()
{
    Counters counters;
    const Track track = testTrack(true,
                                  {std::make_shared<TestStep>(QStringLiteral("policy"), QStringLiteral("1"),
                                                              QList<Requirement> {}, &counters, true)});
    const QString justification = QStringLiteral("Sam is the only administrator during the migration window");
    const QString statePath = m_dir->filePath(QStringLiteral("run.json"));
    auto runner = runnerFor(
        Sam, track,
        {{QStringLiteral("vault.id"), VaultId}, {QString(Runner::JustificationKey), justification}},
        statePath);
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QCOMPARE(outcome.warnings.size(), 1);
    QCOMPARE(counters.applies, 1);
    QCOMPARE(writes(), 1);

    // The run file.
    QString error;
    const auto saved = RunState::load(statePath, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->separation);
    const SeparationDecision &d = *saved->separation;
    QCOMPARE(d.userPrincipalName, Sam.upn);
    QCOMPARE(d.tenantId, CustomerTenant);
    QCOMPARE(d.objectId, runner->state().steps.value(QStringLiteral("policy")).by.objectId);
    QCOMPARE(d.side, QStringLiteral("customer"));
    QCOMPARE(d.scope, VaultId);
    QCOMPARE(d.policy, SeparationPolicy::Warn);
    QCOMPARE(d.outcome, SeparationDecision::Outcome::Proceeded);
    QCOMPARE(d.justification, justification);
    QVERIFY(d.powerPlatformRoles.contains(QStringLiteral("Power Platform Administrator")));
    QVERIFY(d.keyVaultRoles.contains(QStringLiteral("Owner at ") + CustomerSub));
    QVERIFY(d.decidedAt.isValid());
    QCOMPARE(saved->steps.value(QStringLiteral("policy")).by.userPrincipalName, Sam.upn);

    // The journal.
    const auto entries = h->journalEntries();
    const auto note = std::find_if(entries.cbegin(), entries.cend(), [](const http::JournalEntry &e) {
        return e.service == QLatin1StringView("cmk") && e.method == QLatin1StringView("NOTE");
    });
    QVERIFY(note != entries.cend());
    QVERIFY2(note->note.contains(Sam.upn) && note->note.contains(justification)
                 && note->note.contains(QStringLiteral("warn"))
                 && note->note.contains(QStringLiteral("proceeded")),
             qPrintable(note->note));
    QCOMPARE(note->callerObjectId, d.objectId);

    // Started again (same person, same vault): decided already, nothing new asked or recorded.
    RunState resumed = *saved;
    resumed.steps.clear();
    resumed.values.remove(QString(Runner::JustificationKey));
    auto again = runnerFor(Sam, track, resumed, QString());
    const int notesBefore
        = int(std::count_if(entries.cbegin(), entries.cend(), [](const http::JournalEntry &e) {
              return e.method == QLatin1StringView("NOTE");
          }));
    QCOMPARE(notesBefore, 1);
    const RunOutcome second = run(*again);
    QVERIFY2(second.ok, qPrintable(second.error.message));
    QCOMPARE(again->state().separation->justification, justification);
    const auto later = h->journalEntries();
    QCOMPARE(
        int(std::count_if(later.cbegin(), later.cend(),
                          [](const http::JournalEntry &e) { return e.method == QLatin1StringView("NOTE"); })),
        1);
}

void TestRoles::separationRefusedBySetting()
{
    Counters counters;
    const Track track = testTrack(true,
                                  {std::make_shared<TestStep>(QStringLiteral("policy"), QStringLiteral("1"),
                                                              QList<Requirement> {}, &counters, true)});
    auto runner
        = runnerFor(Sam, track,
                    {{QStringLiteral("vault.id"), VaultId},
                     {QString(Runner::JustificationKey), QStringLiteral("a justification is not enough")}});
    runner->setSeparationPolicy(SeparationPolicy::Refuse);
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, QStringLiteral("SeparationOfDutiesRefused"));
    QVERIFY(outcome.error.message.contains(QStringLiteral("another person")));
    QCOMPARE(counters.applies, 0);
    QCOMPARE(writes(), 0);
    QVERIFY(runner->state().separation);
    QCOMPARE(runner->state().separation->outcome, SeparationDecision::Outcome::Refused);
    QCOMPARE(runner->state().separation->policy, SeparationPolicy::Refuse);
    const auto entries = h->journalEntries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const http::JournalEntry &e) {
        return e.method == QLatin1StringView("NOTE")
            && e.errorCode == QLatin1StringView("SeparationOfDutiesRefused");
    }));
}

void TestRoles::separationNotTriggered_data()
{
    QTest::addColumn<QString>("upn");
    QTest::newRow("kai: key vault admin only") << Kai.upn;
    QTest::newRow("priya: Power Platform admin only") << Priya.upn;
}

void TestRoles::separationNotTriggered()
{
    QFETCH(QString, upn);
    const DemoUser user = upn == Kai.upn ? Kai : Priya;
    Counters counters;
    const Track track = testTrack(true,
                                  {std::make_shared<TestStep>(QStringLiteral("policy"), QStringLiteral("1"),
                                                              QList<Requirement> {}, &counters, false)});
    auto runner = runnerFor(user, track, {{QStringLiteral("vault.id"), VaultId}});
    runner->setSeparationPolicy(SeparationPolicy::Refuse);
    h->sandbox.clearRequestLog();
    const RunOutcome outcome = run(*runner);
    QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
    QVERIFY(outcome.warnings.isEmpty());
    QCOMPARE(counters.applies, 1);
    QVERIFY(!runner->state().separation);
    QCOMPARE(runner->state().steps.value(QStringLiteral("policy")).by.userPrincipalName, upn);
}

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
