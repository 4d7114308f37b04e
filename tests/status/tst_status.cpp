// The status service against the sandbox over real loopback HTTPS, as Riley (support: Global
// Reader, Reader on the customer's subscription) runs it: every demo environment gets its state;
// the locked "Contoso Archive" counts down to its deletion with the sandbox's clock and is gone
// after 28 days; each way of breaking the key (seed 003) shows as the lock reason, both as the
// service says and as derived from the key's own health; each distinct policy, vault, key, access
// list and role definition is read once (the sandbox's request log); refusals, throttling, server
// errors and malformed answers end as problems or retries, never as a failed run; the JSON round
// trips and carries no secret; the scale scenario's 10,000 environments agree with the sandbox's
// own state. The diagnosis rules are also checked on their own.

#include "clientreply.h"
#include "coreharness.h"
#include "services/armclient.h"
#include "services/keyvaultclient.h"
#include "status/diagnosis.h"
#include "status/statusservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::status;
using namespace cmk::testing;

namespace {

const DemoUser Riley {QStringLiteral("riley@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Support-1"),
                      CustomerTenant};
const DemoUser Priya {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"),
                      CustomerTenant};

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;
const QString Archive = QStringLiteral("Contoso Archive");
const QString LegacyVault = QStringLiteral(
    "/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg-pp-legacy/providers/"
    "Microsoft.KeyVault/vaults/kv-contoso-legacy");
const QString LegacyPolicy = QStringLiteral(
    "/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg-pp-legacy/providers/"
    "Microsoft.PowerPlatform/enterprisePolicies/contoso-legacy-policy");

const EnvironmentStatus *named(const StatusReport &report, const QString &displayName)
{
    for (const EnvironmentStatus &r : report.rows) {
        if (r.displayName == displayName)
            return &r;
    }
    return nullptr;
}

/// What breaks the legacy key, done as Sam (key vault administrator).
enum class Break { DisableKey, DeleteKey, RevokePermission, BlockNetwork, DeletePolicy };

} // namespace

Q_DECLARE_METATYPE(Break)

class TestStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void demoStates_data();
    void demoStates();
    void archiveKeyHealth();
    void countdownFollowsTheClockAndDeletionRemovesTheEnvironment();
    void lockReasons_data();
    void lockReasons();
    void expiringKeyIsAtRisk();
    void eachDistinctThingIsReadOnce();
    void policyRefusedBecomesAProblem();
    void throttlingAndServerErrorsAreRetried_data();
    void throttlingAndServerErrorsAreRetried();
    void malformedAnswers_data();
    void malformedAnswers();
    void jsonRoundTripWithoutSecrets();
    void fromJsonRefusesOtherFiles_data();
    void fromJsonRefusesOtherFiles();
    void cancelEndsTheRun();
    void diagnosisRules_data();
    void diagnosisRules();
    void scaleScenarioAgreesWithTheSandbox();

private:
    http::Pipeline *pipelineFor(const DemoUser &user);
    /// A full run as `user`; rows received through rowsReady are counted into `streamed`.
    StatusReport run(const DemoUser &user, int *streamed = nullptr, int *signals = nullptr,
                     const StatusOptions &options = {});
    /// Repairs the demo's legacy setup (key enabled, support unlock), so the archive is healthy.
    void repairLegacy();
    void breakLegacy(Break how);
    QString legacyKeyVersion();
    QUrl legacyVaultUri();
    http::Result send(const DemoUser &user, const QByteArray &method, const QUrl &url,
                      http::ServiceKind service = http::ServiceKind::Arm, const QByteArray &body = {});
    QJsonObject sandboxState();

    std::unique_ptr<CoreHarness> h;
    QHash<QString, QString> m_homes;
};

void TestStatus::init()
{
    h = std::make_unique<CoreHarness>();
}

void TestStatus::cleanup()
{
    m_homes.clear();
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

http::Pipeline *TestStatus::pipelineFor(const DemoUser &user)
{
    if (!m_homes.contains(user.upn)) {
        const QString home = h->signIn(user);
        if (home.isEmpty())
            return nullptr;
        m_homes.insert(user.upn, home);
    }
    return h->pipelineFor(m_homes.value(user.upn), user.tenant);
}

StatusReport TestStatus::run(const DemoUser &user, int *streamed, int *signals, const StatusOptions &options)
{
    http::Pipeline *pipeline = pipelineFor(user);
    if (!pipeline)
        return {};
    StatusService service(pipeline, pipeline, nullptr);
    StatusOptions o = options;
    if (!o.clock)
        o.clock = [this] { return h->sandbox.now(); };
    service.setOptions(o);
    int rows = 0, batches = 0, finishedCount = 0;
    StatusReport report;
    connect(&service, &StatusService::rowsReady, this, [&](const QList<EnvironmentStatus> &batch) {
        rows += int(batch.size());
        ++batches;
    });
    connect(&service, &StatusService::finished, this, [&](const StatusReport &r) {
        report = r;
        ++finishedCount;
    });
    service.start(user.tenant);
    if (!QTest::qWaitFor([&] { return finishedCount > 0; }, 120000))
        qWarning("the status run did not finish");
    QTest::qWait(20);
    if (finishedCount != 1)
        qWarning("finished was emitted %d times", finishedCount);
    if (streamed)
        *streamed = rows;
    if (signals)
        *signals = batches;
    return report;
}

http::Result TestStatus::send(const DemoUser &user, const QByteArray &method, const QUrl &url,
                              http::ServiceKind service, const QByteArray &body)
{
    http::RequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.service = service;
    spec.body = body;
    return await(pipelineFor(user)->send(spec));
}

QUrl TestStatus::legacyVaultUri()
{
    const http::Result r = send(Sam, "GET", h->arm(LegacyVault + QStringLiteral("?api-version=2024-11-01")));
    return QUrl(QJsonDocument::fromJson(r.body)
                    .object()
                    .value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("vaultUri"))
                    .toString());
}

QString TestStatus::legacyKeyVersion()
{
    const http::Result r = send(Sam, "GET", h->arm(LegacyPolicy + QStringLiteral("?api-version=2020-10-30")));
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("encryption"))
        .toObject()
        .value(QStringLiteral("keyVault"))
        .toObject()
        .value(QStringLiteral("key"))
        .toObject()
        .value(QStringLiteral("version"))
        .toString();
}

QJsonObject TestStatus::sandboxState()
{
    return h->browser->get(h->sandbox.adminApi().resolved(QUrl(QStringLiteral("state")))).json();
}

void TestStatus::repairLegacy()
{
    KeyVaultClient kv(pipelineFor(Sam));
    const auto key = KeyIdentifier::make(legacyVaultUri(), u"legacy-cmk", legacyKeyVersion());
    QVERIFY(key);
    const auto enabled
        = awaitReply<KeyVaultKey>([&](auto done) { kv.setKeyEnabled(*key, true, this, done); });
    QVERIFY2(enabled.ok(), qPrintable(enabled.error.technicalSummary()));
    const StatusReport before = run(Riley);
    const EnvironmentStatus *archive = named(before, Archive);
    QVERIFY(archive);
    QVERIFY(archive->locked);
    QVERIFY(archive->accessRestored);
    QVERIFY2(archive->nextAction.contains(QLatin1StringView("support request")),
             qPrintable(archive->nextAction));
    const HttpResult unlock = h->browser->send(
        "POST", h->sandbox.adminApi().resolved(QUrl(QStringLiteral("support/unlock"))),
        QJsonDocument(QJsonObject {{QStringLiteral("environmentId"), archive->id}}).toJson());
    QCOMPARE(unlock.status, 200);
    const StatusReport after = run(Riley);
    archive = named(after, Archive);
    QVERIFY(archive);
    QCOMPARE(stateCode(archive->state), QStringLiteral("encrypted"));
    QVERIFY(!archive->locked);
}

void TestStatus::breakLegacy(Break how)
{
    switch (how) {
    case Break::DisableKey: {
        KeyVaultClient kv(pipelineFor(Sam));
        const auto key = KeyIdentifier::make(legacyVaultUri(), u"legacy-cmk", legacyKeyVersion());
        QVERIFY(key);
        const auto r = awaitReply<KeyVaultKey>([&](auto done) { kv.setKeyEnabled(*key, false, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
        break;
    }
    case Break::DeleteKey: {
        QUrl url = legacyVaultUri().resolved(QUrl(QStringLiteral("keys/legacy-cmk")));
        url.setQuery(QStringLiteral("api-version=7.5"));
        const http::Result r = send(Sam, "DELETE", url, http::ServiceKind::KeyVault);
        QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
        break;
    }
    case Break::RevokePermission: {
        ArmClient arm(pipelineFor(Sam));
        const auto assignments = awaitReply<QList<RoleAssignment>>([&](auto done) {
            arm.listRoleAssignments(*ResourceId::parse(LegacyVault), ObjectId(), this, done);
        });
        QVERIFY(assignments.ok());
        int removed = 0;
        for (const RoleAssignment &a : *assignments.value) {
            if (a.role != BuiltInRole::KeyVaultCryptoServiceEncryptionUser)
                continue;
            const auto r = awaitReply<Done>([&](auto done) { arm.deleteRoleAssignment(a.id, this, done); });
            QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
            ++removed;
        }
        QCOMPARE(removed, 1);
        break;
    }
    case Break::BlockNetwork: {
        const http::Result r
            = send(Sam, "PATCH", h->arm(LegacyVault + QStringLiteral("?api-version=2024-11-01")),
                   http::ServiceKind::Arm,
                   R"({"properties": {"networkAcls": {"defaultAction": "Deny", "bypass": "None"}}})");
        QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
        break;
    }
    case Break::DeletePolicy: {
        const http::Result r
            = send(Sam, "DELETE", h->arm(LegacyPolicy + QStringLiteral("?api-version=2020-10-30")));
        QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
        break;
    }
    }
}

void TestStatus::demoStates_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("eligibility");

    QTest::newRow("production, eligible") << "Contoso Sales"
                                          << "microsoft-managed"
                                          << "";
    QTest::newRow("sandbox, eligible") << "Contoso Sales Test"
                                       << "microsoft-managed"
                                       << "";
    QTest::newRow("finance and operations with integration") << "Contoso Finance (finance and operations)"
                                                             << "microsoft-managed"
                                                             << "";
    QTest::newRow("finance and operations without integration")
        << "Contoso Supply Chain (finance and operations)"
        << "not-eligible"
        << "FinanceAndOperationsWithoutIntegration";
    QTest::newRow("trial") << "Contoso Trial"
                           << "not-eligible"
                           << "Trial";
    QTest::newRow("teams") << "Contoso Teams"
                           << "not-eligible"
                           << "Teams";
    QTest::newRow("not a managed environment") << "Contoso HR"
                                               << "not-eligible"
                                               << "NotManaged";
    QTest::newRow("no policy in its location") << "Contoso US Operations"
                                               << "not-eligible"
                                               << "NoPolicyInLocation";
    QTest::newRow("bring your own key") << "Contoso Legacy BYOK"
                                        << "byok"
                                        << "";
    QTest::newRow("locked") << "Contoso Archive"
                            << "locked"
                            << "";
    QTest::newRow("default environment") << "Contoso (default)"
                                         << "microsoft-managed"
                                         << "";
}

void TestStatus::demoStates()
{
    QFETCH(QString, environment);
    QFETCH(QString, state);
    QFETCH(QString, eligibility);
    int streamed = 0;
    const StatusReport report = run(Riley, &streamed);
    QVERIFY(report.complete);
    QCOMPARE(report.rows.size(), 11);
    QCOMPARE(streamed, 11);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).summary));
    const EnvironmentStatus *row = named(report, environment);
    QVERIFY(row);
    QCOMPARE(stateCode(row->state), state);
    if (row->state != State::Locked)
        QCOMPARE(row->eligibility, eligibility);
    QVERIFY(!row->diagnosis.isEmpty());
    QVERIFY(!row->nextAction.isEmpty());
    QCOMPARE(report.summary().byState.value(state) > 0, true);
}

void TestStatus::archiveKeyHealth()
{
    const StatusReport report = run(Riley);
    const EnvironmentStatus *archive = named(report, Archive);
    QVERIFY(archive);
    QCOMPARE(archive->state, State::Locked);
    QCOMPARE(archive->lockReason, QStringLiteral("KeyDisabled"));
    QVERIFY(archive->lockReasonFromService);
    QVERIFY(archive->isProduction());
    QVERIFY(archive->deletionTimeFromService);
    QCOMPARE(archive->daysLeft, std::optional<int>(23));
    QCOMPARE(archive->protection, Protection::CustomerManaged);
    QCOMPARE(archive->policyName, QStringLiteral("contoso-legacy-policy"));
    QCOMPARE(archive->policyExists, std::optional<bool>(true));
    // What Riley could read herself agrees with the service's reason.
    const KeyHealth &k = archive->key;
    QCOMPARE(k.keyName, QStringLiteral("legacy-cmk"));
    QCOMPARE(k.vaultExists, std::optional<bool>(true));
    QCOMPARE(k.keyExists, std::optional<bool>(true));
    QCOMPARE(k.enabled, std::optional<bool>(false));
    QCOMPARE(k.accessModel, QStringLiteral("rbac"));
    QCOMPARE(k.identityCanGet, std::optional<bool>(true));
    QCOMPARE(k.identityCanWrapKey, std::optional<bool>(true));
    QCOMPARE(k.identityCanUnwrapKey, std::optional<bool>(true));
    QCOMPARE(k.trustedServicesAllowed, std::optional<bool>(true));
    QCOMPARE(k.softDelete, std::optional<bool>(true));
    QCOMPARE(k.purgeProtection, std::optional<bool>(true));
    QVERIFY2(k.unknown.isEmpty(), qPrintable(k.unknown.join(u' ')));
    QVERIFY(k.keyUrl.contains(QLatin1StringView("/keys/legacy-cmk/")));
    QCOMPARE(Diagnosis::keyProblem(*archive, report.asOf), QStringLiteral("KeyDisabled"));
    QVERIFY2(archive->nextAction.contains(QLatin1StringView("support request")),
             qPrintable(archive->nextAction));
    QVERIFY2(archive->nextAction.contains(QLatin1StringView("23 day")), qPrintable(archive->nextAction));
    QVERIFY2(archive->nextAction.contains(QLatin1StringView("enable version")),
             qPrintable(archive->nextAction));
    const StatusSummary summary = report.summary();
    QCOMPARE(summary.total, 11);
    QCOMPARE(summary.byState.value(QStringLiteral("locked")), 1);
    QCOMPARE(summary.lockedProduction, 1);
    QCOMPARE(summary.deletionWithin7Days, 0);
}

void TestStatus::countdownFollowsTheClockAndDeletionRemovesTheEnvironment()
{
    QCOMPARE(named(run(Riley), Archive)->daysLeft, std::optional<int>(23));
    h->sandbox.advanceClock(2 * Day);
    const StatusReport later = run(Riley);
    QCOMPARE(named(later, Archive)->daysLeft, std::optional<int>(21));
    h->sandbox.advanceClock(15 * Day);
    const StatusReport week = run(Riley);
    QCOMPARE(named(week, Archive)->daysLeft, std::optional<int>(6));
    QCOMPARE(week.summary().deletionWithin7Days, 1);
    QVERIFY2(named(week, Archive)->nextAction.contains(QLatin1StringView("6 day")),
             qPrintable(named(week, Archive)->nextAction));
    h->sandbox.advanceClock(6 * Day + Hour);
    const StatusReport gone = run(Riley);
    QVERIFY(gone.complete);
    QCOMPARE(named(gone, Archive), nullptr);
    QCOMPARE(gone.rows.size(), 10);
    QCOMPARE(gone.summary().byState.value(QStringLiteral("locked")), 0);
}

void TestStatus::lockReasons_data()
{
    QTest::addColumn<Break>("how");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("action");

    QTest::newRow("key disabled") << Break::DisableKey << "KeyDisabled"
                                  << "enable version";
    QTest::newRow("key deleted") << Break::DeleteKey << "KeyDeleted"
                                 << "recover the deleted key";
    QTest::newRow("permission revoked") << Break::RevokePermission << "PermissionRevoked"
                                        << "Key Vault Crypto Service Encryption User";
    QTest::newRow("vault network blocks trusted services") << Break::BlockNetwork << "VaultNetworkBlocked"
                                                           << "trusted Microsoft services";
    QTest::newRow("policy deleted") << Break::DeletePolicy << "PolicyDeleted"
                                    << "recreate the enterprise policy";
}

void TestStatus::lockReasons()
{
    QFETCH(Break, how);
    QFETCH(QString, reason);
    QFETCH(QString, action);
    repairLegacy();
    breakLegacy(how);
    const StatusReport report = run(Riley);
    QVERIFY(report.complete);
    const EnvironmentStatus *archive = named(report, Archive);
    QVERIFY(archive);
    QCOMPARE(stateCode(archive->state), QStringLiteral("locked"));
    QCOMPARE(archive->lockReason, reason);
    QVERIFY(archive->lockReasonFromService);
    QCOMPARE(archive->daysLeft, std::optional<int>(28));
    // Derived independently from what Resource Manager shows Riley.
    QCOMPARE(Diagnosis::keyProblem(*archive, report.asOf), reason);
    QVERIFY2(archive->nextAction.contains(action), qPrintable(archive->nextAction));
    QVERIFY2(archive->nextAction.contains(QLatin1StringView("support request")),
             qPrintable(archive->nextAction));
    QVERIFY2(archive->nextAction.contains(QLatin1StringView("28 day")), qPrintable(archive->nextAction));
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).summary));
}

void TestStatus::expiringKeyIsAtRisk()
{
    repairLegacy();
    KeyVaultClient kv(pipelineFor(Sam));
    const auto key = KeyIdentifier::make(legacyVaultUri(), u"legacy-cmk", legacyKeyVersion());
    QVERIFY(key);
    KeyUpdate update;
    update.expires = h->sandbox.now().addDays(10);
    const auto r = awaitReply<KeyVaultKey>([&](auto done) { kv.updateKey(*key, update, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
    const StatusReport report = run(Riley);
    const EnvironmentStatus *archive = named(report, Archive);
    QVERIFY(archive);
    QCOMPARE(stateCode(archive->state), QStringLiteral("at-risk"));
    QVERIFY(!archive->locked);
    QCOMPARE(archive->key.expiresWithin30Days, std::optional<bool>(true));
    QVERIFY2(archive->diagnosis.contains(QLatin1StringView("expires")), qPrintable(archive->diagnosis));
    // Past the expiry the service locks it, and the status says why.
    h->sandbox.advanceClock(11 * Day);
    const StatusReport expired = run(Riley);
    archive = named(expired, Archive);
    QCOMPARE(stateCode(archive->state), QStringLiteral("locked"));
    QCOMPARE(Diagnosis::keyProblem(*archive, expired.asOf), QStringLiteral("KeyExpired"));
}

void TestStatus::eachDistinctThingIsReadOnce()
{
    repairLegacy();
    h->sandbox.clearRequestLog();
    const StatusReport report = run(Riley);
    QVERIFY(report.complete);
    const auto count = [&](const QString &service, const QString &pathSuffix) {
        int n = 0;
        for (const auto &e : h->sandbox.requestLog()) {
            if (e.service == service && e.method == QLatin1StringView("GET")
                && e.path.endsWith(pathSuffix, Qt::CaseInsensitive))
                ++n;
        }
        return n;
    };
    QCOMPARE(count(QStringLiteral("powerplatform"), QStringLiteral("/scopes/admin/environments")), 1);
    QCOMPARE(count(QStringLiteral("arm"), QStringLiteral("/enterprisePolicies/contoso-legacy-policy")), 1);
    QCOMPARE(count(QStringLiteral("arm"), QStringLiteral("/vaults/kv-contoso-legacy")), 1);
    QCOMPARE(count(QStringLiteral("arm"), QStringLiteral("/keys/legacy-cmk/versions/") + legacyKeyVersion()),
             1);
    QCOMPARE(count(QStringLiteral("arm"),
                   QStringLiteral("/kv-contoso-legacy/providers/Microsoft.Authorization/roleAssignments")),
             1);
    QCOMPARE(
        count(QStringLiteral("arm"), QStringLiteral("/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6")),
        1);
    // Nothing else: no Key Vault data plane (Riley has no data role), no per-environment reads.
    int keyVault = 0, environmentReads = 0;
    for (const auto &e : h->sandbox.requestLog()) {
        if (e.service == QLatin1StringView("keyvault"))
            ++keyVault;
        if (e.service == QLatin1StringView("powerplatform")
            && !e.path.endsWith(QLatin1StringView("/environments")))
            ++environmentReads;
    }
    QCOMPARE(keyVault, 0);
    QCOMPARE(environmentReads, 0);
    QVERIFY(report.rows.size() >= 11);
}

void TestStatus::policyRefusedBecomesAProblem()
{
    // Priya administers Power Platform but holds no Azure role: Resource Manager refuses the policy.
    const StatusReport report = run(Priya);
    QVERIFY(report.complete);
    QCOMPARE(report.rows.size(), 11);
    QCOMPARE(report.problems.size(), 1);
    const StatusProblem &p = report.problems.first();
    QCOMPARE(p.kind, QStringLiteral("policy"));
    QCOMPARE(p.httpStatus, 403);
    QCOMPARE(p.code, QStringLiteral("AuthorizationFailed"));
    QCOMPARE(p.service, QStringLiteral("arm"));
    QVERIFY(p.resource.endsWith(QLatin1StringView("contoso-legacy-policy")));
    QCOMPARE(p.affectedEnvironments, 1);
    QVERIFY(!p.summary.isEmpty());
    const EnvironmentStatus *archive = named(report, Archive);
    QCOMPARE(archive->state, State::Locked); // Power Platform still says so, with its reason
    QCOMPARE(archive->lockReason, QStringLiteral("KeyDisabled"));
    QVERIFY(!archive->key.unknown.isEmpty());
    QVERIFY(archive->key.unknown.first().contains(QLatin1StringView("AuthorizationFailed")));
    QCOMPARE(archive->key.enabled, std::nullopt);
}

void TestStatus::throttlingAndServerErrorsAreRetried_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");

    QTest::newRow("429 with Retry-After on the policy") << "429"
                                                        << "*/enterprisePolicies/*";
    QTest::newRow("503 on the vault") << "503"
                                      << "*/vaults/kv-contoso-legacy";
    QTest::newRow("500 on the environment list") << "500"
                                                 << "*/scopes/admin/environments";
}

void TestStatus::throttlingAndServerErrorsAreRetried()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    pipelineFor(Riley); // sign in before the fault is armed
    h->sandbox.clearRequestLog();
    h->fault(kind, "GET", path, 1, 1);
    const StatusReport report = run(Riley);
    QVERIFY(report.complete);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).summary));
    QCOMPARE(named(report, Archive)->lockReason, QStringLiteral("KeyDisabled"));
    QCOMPARE(named(report, Archive)->key.enabled, std::optional<bool>(false));
    int faulted = 0, retried = 0;
    for (const auto &e : h->sandbox.requestLog()) {
        if (e.fault == kind)
            ++faulted;
        else if (e.status == 200 && sandbox::actionMatches(path, e.path))
            ++retried;
    }
    QCOMPARE(faulted, 1);
    QCOMPARE(retried, 1);
}

void TestStatus::malformedAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("complete");

    QTest::newRow("policy") << "*/enterprisePolicies/*"
                            << "policy" << true;
    QTest::newRow("environment list") << "*/scopes/admin/environments"
                                      << "environments" << false;
}

void TestStatus::malformedAnswers()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(bool, complete);
    pipelineFor(Riley);
    h->fault(QStringLiteral("malformed"), "GET", path, 1);
    const StatusReport report = run(Riley);
    QCOMPARE(report.complete, complete);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().kind, kind);
    QCOMPARE(report.problems.first().code, QStringLiteral("Malformed"));
    if (complete) {
        QCOMPARE(report.rows.size(), 11);
        const EnvironmentStatus *archive = named(report, Archive);
        QCOMPARE(archive->state, State::Locked);
        QVERIFY(!archive->key.unknown.isEmpty());
    } else {
        QCOMPARE(report.rows.size(), 0);
    }
}

void TestStatus::jsonRoundTripWithoutSecrets()
{
    const StatusReport report = run(Riley);
    QVERIFY(report.complete);
    const QByteArray json = report.toJson();
    QString error;
    const auto back = StatusReport::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->rows.size(), report.rows.size());
    QCOMPARE(back->tenantId, CustomerTenant);
    const EnvironmentStatus *archive = named(*back, Archive);
    QCOMPARE(archive->daysLeft, std::optional<int>(23));
    QCOMPARE(archive->key.enabled, std::optional<bool>(false));
    QCOMPARE(archive->deletionTime, named(report, Archive)->deletionTime);

    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("cmk-status"));
    QCOMPARE(doc.value(QStringLiteral("version")).toInt(), StatusReport::SchemaVersion);
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total")).toInt(), 11);
    QCOMPARE(doc.value(QStringLiteral("environments")).toArray().size(), 11);

    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));
    static const QRegularExpression markers(
        QStringLiteral("sbx-rt\\.|Bearer |access_token|refresh_token|client_secret|password"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(json);
    QVERIFY(!jwt.match(text).hasMatch());
    QVERIFY2(!markers.match(text).hasMatch(), qPrintable(markers.match(text).captured(0)));
    QVERIFY(!h->secrets.isEmpty());
    for (const QString &secret : std::as_const(h->secrets)) {
        if (secret.size() >= 8)
            QVERIFY(!text.contains(secret));
    }
    QVERIFY(!text.contains(Riley.password));
}

void TestStatus::fromJsonRefusesOtherFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "not a JSON object";
    QTest::newRow("another format") << QByteArray(R"({"format": "cmk-handoff", "version": 1})")
                                    << "cmk-status";
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "cmk-status", "version": 99, "environments": []})")
                                   << "version 99";
    QTest::newRow("no environments") << QByteArray(R"({"format": "cmk-status", "version": 1})")
                                     << "environments";
    QTest::newRow("unknown state") << QByteArray(
        R"({"format": "cmk-status", "version": 1, "environments": [{"id": "x", "state": "melted", "protection": "byok"}]})")
                                   << "state";
}

void TestStatus::fromJsonRefusesOtherFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!StatusReport::fromJson(json, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestStatus::cancelEndsTheRun()
{
    http::Pipeline *pipeline = pipelineFor(Riley);
    QVERIFY(pipeline);
    StatusService service(pipeline, pipeline, nullptr);
    int finishedCount = 0, rowsAfterCancel = 0;
    bool cancelled = false;
    StatusReport report;
    connect(&service, &StatusService::finished, this, [&](const StatusReport &r) {
        ++finishedCount;
        report = r;
    });
    connect(&service, &StatusService::rowsReady, this, [&](const QList<EnvironmentStatus> &rows) {
        if (cancelled)
            rowsAfterCancel += int(rows.size());
    });
    service.start(CustomerTenant);
    QVERIFY(service.isRunning());
    service.cancel();
    cancelled = true;
    QCOMPARE(finishedCount, 1);
    QVERIFY(!report.complete);
    QVERIFY(!service.isRunning());
    QTest::qWait(500);
    QCOMPARE(finishedCount, 1);
    QCOMPARE(rowsAfterCancel, 0);
}

void TestStatus::diagnosisRules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("healthy") << ""
                             << "encrypted"
                             << "Nothing to do";
    QTest::newRow("identity lost access, not locked yet") << "revoked"
                                                          << "at-risk"
                                                          << "Do it now";
    QTest::newRow("key expires in 10 days") << "expiring"
                                            << "at-risk"
                                            << "expires";
    QTest::newRow("no purge protection") << "no-purge"
                                         << "at-risk"
                                         << "purge protection";
    QTest::newRow("key health unreadable") << "unreadable"
                                           << "unverified"
                                           << "could not be checked";
    QTest::newRow("encrypting at 40 %") << "linking"
                                        << "encrypting"
                                        << "may take hours";
    QTest::newRow("locked without the service's reason") << "locked"
                                                         << "locked"
                                                         << "Crypto Service";
    QTest::newRow("locked sandbox environment: no countdown") << "locked-sandbox"
                                                              << "locked"
                                                              << "support request";
}

void TestStatus::diagnosisRules()
{
    QFETCH(QString, change);
    QFETCH(QString, state);
    QFETCH(QString, fragment);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2025-06-01T12:00:00Z"), Qt::ISODate);
    EnvironmentStatus row;
    row.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    row.displayName = QStringLiteral("Contoso Sales");
    row.sku = QStringLiteral("Production");
    row.location = QStringLiteral("europe");
    row.hasDataverse = row.isManaged = true;
    row.policyId = LegacyPolicy;
    row.policyName = QStringLiteral("contoso-legacy-policy");
    row.policyExists = true;
    row.linkStatus = QStringLiteral("Linked");
    row.protection = Protection::CustomerManaged;
    KeyHealth &k = row.key;
    k.vaultId = LegacyVault;
    k.keyName = QStringLiteral("legacy-cmk");
    k.keyVersion = QStringLiteral("0123456789abcdef0123456789abcdef");
    k.vaultExists = k.keyExists = k.enabled = true;
    k.expiresWithin30Days = false;
    k.accessModel = QStringLiteral("rbac");
    k.identityCanGet = k.identityCanWrapKey = k.identityCanUnwrapKey = true;
    k.trustedServicesAllowed = k.softDelete = k.purgeProtection = true;
    if (change == QLatin1StringView("revoked")) {
        k.identityCanUnwrapKey = false;
    } else if (change == QLatin1StringView("expiring")) {
        k.expires = now.addDays(10);
        k.expiresWithin30Days = true;
    } else if (change == QLatin1StringView("no-purge")) {
        k.purgeProtection = false;
    } else if (change == QLatin1StringView("unreadable")) {
        k = KeyHealth();
        k.unknown << QStringLiteral("The enterprise policy could not be read.");
    } else if (change == QLatin1StringView("linking")) {
        row.linkStatus = QStringLiteral("Linking");
        row.encryptionPercent = 40;
    } else if (change.startsWith(QLatin1StringView("locked"))) {
        row.locked = true;
        row.lockedSince = now.addDays(-3);
        k.identityCanWrapKey = false;
        if (change == QLatin1StringView("locked-sandbox"))
            row.sku = QStringLiteral("Sandbox");
    }
    Diagnosis::apply(row, Diagnosis::Context {now, {QStringLiteral("europe")}, true});
    QCOMPARE(stateCode(row.state), state);
    QVERIFY2(row.diagnosis.contains(fragment) || row.nextAction.contains(fragment),
             qPrintable(row.diagnosis + u'|' + row.nextAction));
    if (change == QLatin1StringView("locked")) {
        QCOMPARE(row.lockReason, QStringLiteral("PermissionRevoked"));
        QVERIFY(!row.lockReasonFromService);
        QCOMPARE(row.deletionTime, now.addDays(25));
        QVERIFY(!row.deletionTimeFromService);
        QCOMPARE(row.daysLeft, std::optional<int>(25));
    }
    if (change == QLatin1StringView("locked-sandbox")) {
        QCOMPARE(row.daysLeft, std::nullopt);
        QVERIFY(!row.deletionTime.isValid());
    }
}

void TestStatus::scaleScenarioAgreesWithTheSandbox()
{
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("scale");
    h = std::make_unique<CoreHarness>(options);
    m_homes.clear();
    pipelineFor(Riley);
    h->sandbox.clearRequestLog();
    int streamed = 0, batches = 0;
    const StatusReport report = run(Riley, &streamed, &batches);
    QVERIFY(report.complete);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).summary));
    QCOMPARE(report.rows.size(), 10000);
    QCOMPARE(streamed, 10000);
    QVERIFY2(batches <= 10000 / StatusOptions().batchSize + 20, qPrintable(QString::number(batches)));

    // The truth, from the sandbox's own state.
    const QJsonArray environments = sandboxState().value(QStringLiteral("environments")).toArray();
    QCOMPARE(environments.size(), 10000);
    int locked = 0, encrypted = 0, trial = 0, microsoft = 0;
    QHash<QString, QString> reasons;
    for (const QJsonValue &value : environments) {
        const QJsonObject e = value.toObject();
        const bool linked = !e.value(QStringLiteral("policy")).toString().isEmpty();
        if (e.value(QStringLiteral("locked")).toBool()) {
            ++locked;
            reasons.insert(e.value(QStringLiteral("id")).toString(),
                           e.value(QStringLiteral("lockReason")).toString());
        } else if (linked) {
            ++encrypted;
        } else if (e.value(QStringLiteral("sku")).toString() == QLatin1StringView("Trial")) {
            ++trial;
        } else {
            ++microsoft;
        }
    }
    QVERIFY2(locked > 0 && encrypted > 0 && trial > 0 && microsoft > 0,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(locked).arg(encrypted).arg(trial).arg(microsoft)));
    const StatusSummary summary = report.summary();
    QCOMPARE(summary.byState.value(QStringLiteral("locked")), locked);
    QCOMPARE(summary.byState.value(QStringLiteral("encrypted")), encrypted);
    QCOMPARE(summary.byState.value(QStringLiteral("not-eligible")), trial);
    QCOMPARE(summary.byState.value(QStringLiteral("microsoft-managed")), microsoft);
    for (const EnvironmentStatus &r : report.rows) {
        if (!r.locked)
            continue;
        QCOMPARE(r.lockReason, reasons.value(r.id));
        QCOMPARE(Diagnosis::keyProblem(r, report.asOf), r.lockReason);
        if (r.isProduction())
            QVERIFY(r.daysLeft && *r.daysLeft >= 1 && *r.daysLeft <= 28);
        else
            QVERIFY(!r.daysLeft);
    }

    // Each distinct thing once: pages, 50 policies, 20 vaults, 50 keys, 50 access lists, 1 role.
    QHash<QString, int> perPath;
    int pages = 0, total = 0;
    for (const auto &e : h->sandbox.requestLog()) {
        if (e.service == QLatin1StringView("login"))
            continue; // tokens for Resource Manager and Power Platform
        ++total;
        if (e.service == QLatin1StringView("powerplatform"))
            ++pages;
        else
            ++perPath[e.path.toLower()];
    }
    QCOMPARE(pages, 10);
    int policies = 0, vaults = 0, keys = 0, roleDefinitions = 0, accessLists = 0;
    for (auto it = perPath.cbegin(); it != perPath.cend(); ++it) {
        if (it.key().contains(QLatin1StringView("/roleassignments")))
            accessLists += it.value();
        else if (it.key().contains(QLatin1StringView("/roledefinitions/")))
            roleDefinitions += it.value();
        else if (it.key().contains(QLatin1StringView("/keys/")))
            keys += it.value();
        else if (it.key().contains(QLatin1StringView("/enterprisepolicies/")))
            policies += it.value();
        else if (it.key().contains(QLatin1StringView("/vaults/")))
            vaults += it.value();
        if (!it.key().contains(QLatin1StringView("/roleassignments")))
            QCOMPARE(it.value(), 1); // nothing read twice
    }
    QCOMPARE(policies, 50);
    QCOMPARE(vaults, 20);
    QCOMPARE(keys, 50);
    QCOMPARE(roleDefinitions, 1);
    QCOMPARE(accessLists, 50); // one identity per policy, each with one assignment on its vault
    QCOMPARE(total, pages + policies + vaults + keys + roleDefinitions + accessLists);
}

QTEST_MAIN(TestStatus)
#include "tst_status.moc"
