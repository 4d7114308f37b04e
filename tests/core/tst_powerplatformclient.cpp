// PowerPlatformClient against the sandbox over real loopback HTTPS: Sam (Power Platform
// administrator and owner of the customer's subscription) lists the environments over several
// pages, links the customer-managed key policy to an environment and follows the operation to
// its end, resumes a saved operation in a new pipeline, and meets the service's refusals; input
// is refused before anything is sent.

#include "clientreply.h"
#include "coreharness.h"
#include "services/powerplatformclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;

namespace {

const DemoUser Priya {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"),
                      CustomerTenant};
const DemoUser Dana {QStringLiteral("dana@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-D365-1"),
                     CustomerTenant};

constexpr qint64 Hours = 3600LL * 1000;
const QString SalesTest = QStringLiteral("Contoso Sales Test");
const QString Archive = QStringLiteral("Contoso Archive"); // linked to the legacy policy, locked

using PowerPlatformCall
    = std::function<void(PowerPlatformClient &, QObject *, const std::shared_ptr<Refusal> &)>;

std::optional<PowerPlatformEnvironment> named(const QList<PowerPlatformEnvironment> &environments,
                                              const QString &displayName)
{
    for (const PowerPlatformEnvironment &e : environments) {
        if (e.displayName == displayName)
            return e;
    }
    return std::nullopt;
}

} // namespace

Q_DECLARE_METATYPE(PowerPlatformCall)

class TestPowerPlatformClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void environmentsOverSeveralPages();
    void environment();
    void dynamicsAdministratorReads();
    void unknownEnvironment();
    void linkFollowsTheOperationToItsEnd();
    void resumeInANewPipeline();
    void operationStatus();
    void failingLink_data();
    void failingLink();
    void linkNeedsReaderOnThePolicy();
    void busy();
    void operationFails();
    void validatePolicySystemId_data();
    void validatePolicySystemId();
    void badInput_data();
    void badInput();

private:
    /// A client calling as `user` in the customer tenant (signed in on first use).
    PowerPlatformClient *clientFor(const DemoUser &user);
    QList<PowerPlatformEnvironment> environments(PowerPlatformClient *client);
    /// The system ID of the demo's earlier policy (whose key is disabled), read from the
    /// environment linked to it.
    QString legacySystemId(PowerPlatformClient *client);
    /// Enables the legacy policy's key again, as Sam the key vault administrator would.
    bool enableLegacyKey();

    std::unique_ptr<CoreHarness> h;
    QHash<QString, QString> m_homes;
    std::vector<std::unique_ptr<PowerPlatformClient>> m_clients;
};

void TestPowerPlatformClient::init()
{
    h = std::make_unique<CoreHarness>();
}

void TestPowerPlatformClient::cleanup()
{
    m_clients.clear();
    m_homes.clear();
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

PowerPlatformClient *TestPowerPlatformClient::clientFor(const DemoUser &user)
{
    if (!m_homes.contains(user.upn)) {
        const QString home = h->signIn(user);
        if (home.isEmpty())
            return nullptr;
        m_homes.insert(user.upn, home);
    }
    m_clients.push_back(
        std::make_unique<PowerPlatformClient>(h->pipelineFor(m_homes.value(user.upn), user.tenant)));
    return m_clients.back().get();
}

QList<PowerPlatformEnvironment> TestPowerPlatformClient::environments(PowerPlatformClient *client)
{
    const auto reply = awaitReply<QList<PowerPlatformEnvironment>>(
        [&](auto done) { client->environments(0, this, done); });
    if (!reply.ok())
        qWarning("listing environments failed: %s", qPrintable(reply.error.technicalSummary()));
    return reply.value.value_or(QList<PowerPlatformEnvironment>());
}

QString TestPowerPlatformClient::legacySystemId(PowerPlatformClient *client)
{
    const auto archive = named(environments(client), Archive);
    return archive && archive->customerManagedKey ? archive->customerManagedKey->systemId : QString();
}

bool TestPowerPlatformClient::enableLegacyKey()
{
    http::Pipeline *pipeline = h->pipelineFor(m_homes.value(Sam.upn), CustomerTenant);
    http::RequestSpec vault;
    vault.url
        = h->arm(QStringLiteral("/subscriptions/%1/resourceGroups/rg-pp-legacy/providers/Microsoft.KeyVault/"
                                "vaults/kv-contoso-legacy?api-version=2024-11-01")
                     .arg(CustomerSubscription));
    http::Result r = await(pipeline->send(vault));
    const QString vaultUri = QJsonDocument::fromJson(r.body)
                                 .object()
                                 .value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("vaultUri"))
                                 .toString();
    if (!r.ok() || vaultUri.isEmpty())
        return false;
    http::RequestSpec key;
    key.service = http::ServiceKind::KeyVault;
    key.url = QUrl(vaultUri + QStringLiteral("keys/legacy-cmk/?api-version=7.5"));
    r = await(pipeline->send(key));
    const QString kid = QJsonDocument::fromJson(r.body)
                            .object()
                            .value(QStringLiteral("key"))
                            .toObject()
                            .value(QStringLiteral("kid"))
                            .toString();
    if (!r.ok() || kid.isEmpty())
        return false;
    key.method = "PATCH";
    key.idempotency = http::Idempotency::Idempotent;
    key.url = QUrl(kid + QStringLiteral("?api-version=7.5"));
    key.body = QByteArrayLiteral(R"({"attributes":{"enabled":true}})");
    return await(pipeline->send(key)).ok();
}

void TestPowerPlatformClient::environmentsOverSeveralPages()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    const QString path = QStringLiteral("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments");
    const int before = loggedRequests(*h, QStringLiteral("GET"), path);
    const auto paged
        = awaitReply<QList<PowerPlatformEnvironment>>([&](auto done) { sam->environments(3, this, done); });
    QVERIFY2(paged.ok(), qPrintable(paged.error.technicalSummary()));
    QCOMPARE(paged.value->size(), 11);
    QCOMPARE(loggedRequests(*h, QStringLiteral("GET"), path) - before, 4);

    const auto archive = named(*paged.value, Archive);
    QVERIFY(archive);
    QCOMPARE(archive->runtimeState, QStringLiteral("Disabled"));
    QCOMPARE(archive->runtimeReasonCode, QStringLiteral("CustomerManagedKeyNotAccessible"));
    QVERIFY(archive->customerManagedKey);
    QCOMPARE(archive->customerManagedKey->linkStatus, QStringLiteral("Linked"));
    QCOMPARE(archive->customerManagedKey->location, QStringLiteral("europe"));
    QVERIFY(archive->customerManagedKey->policyResourceId.endsWith(QStringLiteral("/contoso-legacy-policy")));
    QVERIFY(PowerPlatformClient::validatePolicySystemId(archive->customerManagedKey->systemId));
    const QJsonObject raw = QJsonDocument::fromJson(archive->raw.json).object();
    QCOMPARE(raw.value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("customerManagedKeyLock"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("KeyDisabled"));

    const auto sales = named(*paged.value, SalesTest);
    QVERIFY(sales);
    QCOMPARE(sales->location, QStringLiteral("europe"));
    QCOMPARE(sales->sku, QStringLiteral("Sandbox"));
    QCOMPARE(sales->runtimeState, QStringLiteral("Enabled"));
    QCOMPARE(sales->keyManagedBy, QStringLiteral("Microsoft"));
    QVERIFY(sales->hasDataverse);
    QVERIFY(sales->isManaged);
    QVERIFY(!sales->customerManagedKey);
    QCOMPARE(named(*paged.value, QStringLiteral("Contoso US Operations"))->location,
             QStringLiteral("unitedstates"));
    QVERIFY(!named(*paged.value, QStringLiteral("Contoso HR"))->isManaged);
}

void TestPowerPlatformClient::environment()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    const EnvironmentId id = EnvironmentId::defaultFor(*TenantId::parse(CustomerTenant));
    const auto reply
        = awaitReply<PowerPlatformEnvironment>([&](auto done) { sam->environment(id, this, done); });
    QVERIFY2(reply.ok(), qPrintable(reply.error.technicalSummary()));
    QCOMPARE(reply.value->id, id);
    QVERIFY(reply.value->isDefault);
    QCOMPARE(reply.value->sku, QStringLiteral("Default"));
    QCOMPARE(reply.value->displayName, QStringLiteral("Contoso (default)"));
    QCOMPARE(sam->requestsSent(), 1);
}

void TestPowerPlatformClient::dynamicsAdministratorReads()
{
    PowerPlatformClient *dana = clientFor(Dana);
    QVERIFY(dana);
    QCOMPARE(environments(dana).size(), 11);
}

void TestPowerPlatformClient::unknownEnvironment()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    const auto id = EnvironmentId::parse(QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000"));
    const auto reply
        = awaitReply<PowerPlatformEnvironment>([&](auto done) { sam->environment(*id, this, done); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.error.code, QStringLiteral("EnvironmentNotFound"));
    QCOMPARE(reply.error.userMessage(), http::ServiceError::tr("The resource does not exist (yet)."));
}

void TestPowerPlatformClient::linkFollowsTheOperationToItsEnd()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    QVERIFY(enableLegacyKey());
    const QString systemId = legacySystemId(sam);
    const auto sales = named(environments(sam), SalesTest);
    QVERIFY(sales && !systemId.isEmpty());

    QList<http::OperationState> states;
    std::optional<Reply<PowerPlatformOperation>> outcome;
    QObject context; // destroyed first: nothing reaches the locals above after a failed check
    sam->linkEncryptionPolicy(
        sales->id, systemId, &context, [&](const http::OperationState &s) { states << s; },
        [&](const Reply<PowerPlatformOperation> &r) { outcome = r; });
    QVERIFY(QTest::qWaitFor([&] { return !states.isEmpty(); }, 10000));
    QCOMPARE(states.first().style, http::OperationState::Style::PowerPlatform);
    QCOMPARE(states.first().service, http::ServiceKind::PowerPlatform);
    QVERIFY(states.first().pollUrl.path().contains(QStringLiteral("/operations/")));

    // While the data is encrypted, the environment says so.
    auto linking
        = awaitReply<PowerPlatformEnvironment>([&](auto done) { sam->environment(sales->id, this, done); });
    QVERIFY(linking.ok());
    QVERIFY(linking.value->customerManagedKey);
    QCOMPARE(linking.value->customerManagedKey->linkStatus, QStringLiteral("Linking"));
    QCOMPARE(linking.value->customerManagedKey->systemId, systemId);
    QVERIFY(!outcome);
    // After each poll the state to persist comes again, with what the service said.
    QVERIFY(QTest::qWaitFor([&] { return states.size() >= 2; }, 10000));
    QCOMPARE(states.last().lastStatus, QStringLiteral("Running"));
    QCOMPARE(states.last().pollUrl, states.first().pollUrl);

    h->sandbox.advanceClock(5 * Hours); // a sandbox environment encrypts in four simulated hours
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
    QVERIFY2(outcome->ok(), qPrintable(outcome->error.technicalSummary()));
    QCOMPARE(outcome->value->state, QStringLiteral("Succeeded"));
    QVERIFY(!outcome->value->id.isEmpty());

    const auto linked
        = awaitReply<PowerPlatformEnvironment>([&](auto done) { sam->environment(sales->id, this, done); });
    QVERIFY(linked.ok());
    QCOMPARE(linked.value->customerManagedKey->linkStatus, QStringLiteral("Linked"));
    QCOMPARE(linked.value->keyManagedBy, QStringLiteral("Customer"));

    // And back to a Microsoft-managed key.
    states.clear();
    outcome.reset();
    sam->unlinkEncryptionPolicy(
        sales->id, systemId, &context, [&](const http::OperationState &s) { states << s; },
        [&](const Reply<PowerPlatformOperation> &r) { outcome = r; });
    QVERIFY(QTest::qWaitFor([&] { return !states.isEmpty(); }, 10000));
    h->sandbox.advanceClock(5 * Hours);
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
    QVERIFY2(outcome->ok(), qPrintable(outcome->error.technicalSummary()));
    QCOMPARE(outcome->value->state, QStringLiteral("Succeeded"));
    const auto unlinked
        = awaitReply<PowerPlatformEnvironment>([&](auto done) { sam->environment(sales->id, this, done); });
    QVERIFY(unlinked.ok());
    QVERIFY(!unlinked.value->customerManagedKey);
    QCOMPARE(unlinked.value->keyManagedBy, QStringLiteral("Microsoft"));
}

void TestPowerPlatformClient::resumeInANewPipeline()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    QVERIFY(enableLegacyKey());
    const QString systemId = legacySystemId(sam);
    const auto sales = named(environments(sam), SalesTest);
    QVERIFY(sales && !systemId.isEmpty());

    // The wizard starts the link, persists the state, and is closed.
    QByteArray saved;
    {
        QObject wizard;
        sam->linkEncryptionPolicy(
            sales->id, systemId, &wizard, [&](const http::OperationState &s) { saved = s.toJson(); },
            [](const Reply<PowerPlatformOperation> &) { QFAIL("the closed wizard heard the end"); });
        QVERIFY(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
    }
    h->sandbox.advanceClock(5 * Hours);

    // A new start: a new pipeline and client, the state read back from JSON.
    QString why;
    const auto state = http::OperationState::fromJson(saved, &why);
    QVERIFY2(state, qPrintable(why));
    http::Pipeline *fresh = h->pipelineFor(m_homes.value(Sam.upn), CustomerTenant);
    QVERIFY(fresh != sam->pipeline());
    PowerPlatformClient resumed(fresh);
    QList<http::OperationState> progress;
    const auto outcome = awaitReply<PowerPlatformOperation>([&](auto done) {
        resumed.resumeOperation(
            *state, this, [&progress](const http::OperationState &s) { progress << s; }, done);
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.technicalSummary()));
    QCOMPARE(outcome.value->state, QStringLiteral("Succeeded"));
    QCOMPARE(outcome.value->id, state->pollUrl.path().section(u'/', -1));
    const auto linked = awaitReply<PowerPlatformEnvironment>(
        [&](auto done) { resumed.environment(sales->id, this, done); });
    QVERIFY(linked.ok());
    QCOMPARE(linked.value->customerManagedKey->linkStatus, QStringLiteral("Linked"));
}

void TestPowerPlatformClient::operationStatus()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    QVERIFY(enableLegacyKey());
    const QString systemId = legacySystemId(sam);
    const auto sales = named(environments(sam), SalesTest);
    QVERIFY(sales && !systemId.isEmpty());
    std::optional<http::OperationState> started;
    {
        QObject wizard;
        sam->linkEncryptionPolicy(
            sales->id, systemId, &wizard,
            [&](const http::OperationState &s) {
                if (!started)
                    started = s;
            },
            [](const Reply<PowerPlatformOperation> &) {});
        QVERIFY(QTest::qWaitFor([&] { return started.has_value(); }, 10000));
    }
    auto status = awaitReply<PowerPlatformOperation>(
        [&](auto done) { sam->operationStatus(started->pollUrl, this, done); });
    QVERIFY2(status.ok(), qPrintable(status.error.technicalSummary()));
    QCOMPARE(status.value->state, QStringLiteral("Running"));
    h->sandbox.advanceClock(5 * Hours);
    status = awaitReply<PowerPlatformOperation>(
        [&](auto done) { sam->operationStatus(started->pollUrl, this, done); });
    QVERIFY(status.ok());
    QCOMPARE(status.value->state, QStringLiteral("Succeeded"));
}

void TestPowerPlatformClient::failingLink_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("code");
    QTest::newRow("key not accessible") << SalesTest << QStringLiteral("EnterprisePolicyKeyNotAccessible");
    QTest::newRow("other location") << QStringLiteral("Contoso US Operations")
                                    << QStringLiteral("EnvironmentLocationMismatch");
    QTest::newRow("trial") << QStringLiteral("Contoso Trial")
                           << QStringLiteral("EnvironmentTypeNotSupported");
    QTest::newRow("not managed") << QStringLiteral("Contoso HR")
                                 << QStringLiteral("ManagedEnvironmentRequired");
    QTest::newRow("finance without integration")
        << QStringLiteral("Contoso Supply Chain (finance and operations)")
        << QStringLiteral("PowerPlatformIntegrationRequired");
}

void TestPowerPlatformClient::failingLink()
{
    QFETCH(QString, environment);
    QFETCH(QString, code);
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    const QString systemId = legacySystemId(sam); // its key is still disabled
    const auto target = named(environments(sam), environment);
    QVERIFY(target && !systemId.isEmpty());
    bool progressed = false;
    const auto reply = awaitReply<PowerPlatformOperation>([&](auto done) {
        sam->linkEncryptionPolicy(
            target->id, systemId, this, [&progressed](const http::OperationState &) { progressed = true; },
            done);
    });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error.httpStatus, 400);
    QCOMPARE(reply.error.code, code);
    QVERIFY(!reply.error.message.isEmpty());
    QVERIFY(!reply.error.userMessage().isEmpty());
    QVERIFY(!reply.error.nextAction().isEmpty());
    QVERIFY(!progressed);
}

void TestPowerPlatformClient::linkNeedsReaderOnThePolicy()
{
    PowerPlatformClient *priya = clientFor(Priya); // administrator, but no Azure role on the policy
    QVERIFY(priya);
    const QString systemId = legacySystemId(priya);
    const auto sales = named(environments(priya), SalesTest);
    QVERIFY(sales && !systemId.isEmpty());
    const auto reply = awaitReply<PowerPlatformOperation>(
        [&](auto done) { priya->linkEncryptionPolicy(sales->id, systemId, this, {}, done); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error.httpStatus, 403);
    QCOMPARE(reply.error.code, QStringLiteral("EnterprisePolicyAccessDenied"));
    QCOMPARE(reply.error.userMessage(),
             http::ServiceError::tr("You do not have Reader access to the enterprise policy."));
}

void TestPowerPlatformClient::busy()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    const QString systemId = legacySystemId(sam);
    const auto sales = named(environments(sam), SalesTest);
    QVERIFY(sales && !systemId.isEmpty());
    h->fault(QStringLiteral("busy"), "POST", QStringLiteral("*/enterprisePolicies/Encryption/link"));
    const auto reply = awaitReply<PowerPlatformOperation>(
        [&](auto done) { sam->linkEncryptionPolicy(sales->id, systemId, this, {}, done); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error.httpStatus, 409);
    QCOMPARE(reply.error.code, QStringLiteral("OperationNotStartable"));
    QCOMPARE(reply.error.userMessage(),
             http::ServiceError::tr("Another operation on this resource is still running."));
    QCOMPARE(reply.error.nextAction(),
             http::ServiceError::tr("Wait until the running operation ends; CMK Wizard retries then."));
    // A link is not repeated blindly: one POST.
    QCOMPARE(
        loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/enterprisePolicies/Encryption/link")), 1);
}

void TestPowerPlatformClient::operationFails()
{
    PowerPlatformClient *sam = clientFor(Sam);
    QVERIFY(sam);
    QVERIFY(enableLegacyKey());
    const QString systemId = legacySystemId(sam);
    const auto sales = named(environments(sam), SalesTest);
    QVERIFY(sales && !systemId.isEmpty());
    h->fault(QStringLiteral("lro-failed"), "POST", QStringLiteral("*/enterprisePolicies/Encryption/link"));
    std::optional<Reply<PowerPlatformOperation>> outcome;
    bool started = false;
    QObject context;
    sam->linkEncryptionPolicy(
        sales->id, systemId, &context, [&](const http::OperationState &) { started = true; },
        [&](const Reply<PowerPlatformOperation> &r) { outcome = r; });
    QVERIFY(QTest::qWaitFor([&] { return started; }, 10000));
    h->sandbox.advanceClock(5 * Hours);
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 20000));
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error.code, QStringLiteral("OperationFailed"));
    QVERIFY2(outcome->error.message.contains(QStringLiteral("encryption operation failed")),
             qPrintable(outcome->error.message));
    QVERIFY(!outcome->error.userMessage().isEmpty());
}

void TestPowerPlatformClient::validatePolicySystemId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("system ID") << QStringLiteral("/regions/europe/providers/Microsoft.PowerPlatform/"
                                                 "enterprisePolicies/3f1b2c4d-1111-4a2b-9c3d-123456789abc")
                               << true << QString();
    QTest::newRow("other casing") << QStringLiteral("/regions/unitedstates/providers/microsoft.powerplatform/"
                                                    "EnterprisePolicies/3F1B2C4D-1111-4A2B-9C3D-123456789ABC")
                                  << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("system ID is empty");
    QTest::newRow("resource ID instead")
        << QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg/providers/"
                          "Microsoft.PowerPlatform/enterprisePolicies/cmk")
        << false << QStringLiteral("resource ID, but linking needs its system ID");
    QTest::newRow("no GUID at the end")
        << QStringLiteral("/regions/europe/providers/Microsoft.PowerPlatform/enterprisePolicies/cmk-policy")
        << false << QStringLiteral("must end in the policy's GUID");
    QTest::newRow("a policy name") << QStringLiteral("contoso-cmk-policy") << false
                                   << QStringLiteral("is not an enterprise policy system ID");
}

void TestPowerPlatformClient::validatePolicySystemId()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, fragment);
    ParseError error;
    QCOMPARE(PowerPlatformClient::validatePolicySystemId(text, &error), valid);
    QCOMPARE(error.isError(), !valid);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void TestPowerPlatformClient::badInput_data()
{
    QTest::addColumn<PowerPlatformCall>("call");
    QTest::addColumn<QString>("fragment");
    const auto environment = *EnvironmentId::parse(QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000"));
    const QString systemId
        = QStringLiteral("/regions/europe/providers/Microsoft.PowerPlatform/enterprisePolicies/"
                         "3f1b2c4d-1111-4a2b-9c3d-123456789abc");

    QTest::newRow("empty environment ID")
        << PowerPlatformCall([](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.environment(EnvironmentId(), ctx, recordInto<PowerPlatformEnvironment>(r));
           })
        << QStringLiteral("environment ID is empty");
    QTest::newRow("link without an environment") << PowerPlatformCall(
        [=](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
            c.linkEncryptionPolicy(EnvironmentId(), systemId, ctx, {}, recordInto<PowerPlatformOperation>(r));
        }) << QStringLiteral("environment ID is empty");
    QTest::newRow("malformed policy system ID")
        << PowerPlatformCall([=](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.linkEncryptionPolicy(environment, QStringLiteral("/regions/europe/enterprisePolicies/x"),
                                      ctx, {}, recordInto<PowerPlatformOperation>(r));
           })
        << QStringLiteral("is not an enterprise policy system ID");
    QTest::newRow("policy resource ID to unlink")
        << PowerPlatformCall([=](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.unlinkEncryptionPolicy(
                   environment,
                   QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg/"
                                  "providers/Microsoft.PowerPlatform/enterprisePolicies/cmk"),
                   ctx, {}, recordInto<PowerPlatformOperation>(r));
           })
        << QStringLiteral("linking needs its system ID");
    QTest::newRow("page of 1001 environments")
        << PowerPlatformCall([](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.environments(1001, ctx, recordInto<QList<PowerPlatformEnvironment>>(r));
           })
        << QStringLiteral("1 to 1000 environments per page");
    QTest::newRow("operation on another host")
        << PowerPlatformCall([](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.operationStatus(
                   QUrl(QStringLiteral("https://attacker.example/providers/Microsoft.BusinessAppPlatform/"
                                       "operations/1")),
                   ctx, recordInto<PowerPlatformOperation>(r));
           })
        << QStringLiteral("sends its Power Platform sign-in nowhere else");
    QTest::newRow("resume an ARM operation")
        << PowerPlatformCall([](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               http::OperationState state;
               state.style = http::OperationState::Style::AzureAsyncOperation;
               state.service = http::ServiceKind::Arm;
               state.pollUrl = QUrl(QStringLiteral("https://127.0.0.1:1/operations/1"));
               c.resumeOperation(state, ctx, {}, recordInto<PowerPlatformOperation>(r));
           })
        << QStringLiteral("not a Power Platform link or unlink");
    QTest::newRow("resume with a foreign status URL")
        << PowerPlatformCall([](PowerPlatformClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               http::OperationState state;
               state.style = http::OperationState::Style::PowerPlatform;
               state.service = http::ServiceKind::PowerPlatform;
               state.pollUrl
                   = QUrl(QStringLiteral("http://api.bap.microsoft.com.attacker.example/operations/1"));
               c.resumeOperation(state, ctx, {}, recordInto<PowerPlatformOperation>(r));
           })
        << QStringLiteral("is not an operation of the Power Platform admin API");
}

void TestPowerPlatformClient::badInput()
{
    QFETCH(PowerPlatformCall, call);
    QFETCH(QString, fragment);
    verifyRefusedBeforeSending<PowerPlatformClient>(*h, this, call, fragment);
}

QTEST_MAIN(TestPowerPlatformClient)
#include "tst_powerplatformclient.moc"
