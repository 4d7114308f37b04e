// The calls that lock and unlock customer-managed keys (seed 003), against the sandbox over real
// loopback HTTPS, as Sam (owner, key vault administrator and Power Platform administrator of
// Contoso): a vault deleted, found among the deleted vaults, its name refused while it is
// deleted, recovered with its keys and grants; a key deleted and recovered; an enterprise policy
// deleted, which locks its environment; a vault's network closed to everyone, which locks the
// environment only when trusted Microsoft services may not pass; and bad input refused before
// anything is sent.

#include "clientreply.h"
#include "coreharness.h"
#include "services/armclient.h"
#include "services/keyvaultclient.h"
#include "services/powerplatformclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;

namespace {

constexpr qint64 Hours = 3600LL * 1000;
const SubscriptionId CustomerSub = *SubscriptionId::parse(CustomerSubscription);
const TenantId Contoso = *TenantId::parse(CustomerTenant);
const QString Keys
    = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg-keys");
const QString PowerPlatformRg
    = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/rg-powerplatform");

ResourceId rid(const QString &text)
{
    return ResourceId::parse(text).value_or(ResourceId());
}

ResourceId vaultId(const QString &name)
{
    return rid(Keys + QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name);
}

/// `customerManagedKeyLock.reason` of an environment, empty when it is not locked.
QString lockReason(const PowerPlatformEnvironment &environment)
{
    return QJsonDocument::fromJson(environment.raw.json)
        .object()[QStringLiteral("properties")][QStringLiteral("customerManagedKeyLock")]
                 [QStringLiteral("reason")]
        .toString();
}

template<typename T> QString describe(const Reply<T> &reply)
{
    return reply.error.technicalSummary();
}

using Attempt
    = std::function<void(ArmClient &, KeyVaultClient &, QObject *, const std::shared_ptr<Refusal> &)>;

/// Runs `call` on fresh clients and checks that it is refused before anything is sent.
template<typename Client>
void refusedBeforeSending(CoreHarness &h, QObject *context, const Attempt &attempt, const QString &fragment)
{
    verifyRefusedBeforeSending<Client>(
        h, context,
        [&](Client &client, QObject *ctx, const std::shared_ptr<Refusal> &refusal) {
            http::Pipeline other(h.nam.get(), h.profile, nullptr, h.journal.get());
            if constexpr (std::is_same_v<Client, ArmClient>) {
                KeyVaultClient unused(&other);
                attempt(client, unused, ctx, refusal);
            } else {
                ArmClient unused(&other);
                attempt(unused, client, ctx, refusal);
            }
        },
        fragment);
}

} // namespace

Q_DECLARE_METATYPE(Attempt)

class TestLockCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deletedVaultIsRecoveredWithItsKeys();
    void noDeletedVault();
    void deletedKeyIsRecovered();
    void deletingThePolicyLocksItsEnvironment();
    void closedNetworkLocksOnlyWithoutTrustedServices();
    void badInputSendsNothing_data();
    void badInputSendsNothing();

private:
    /// Sam's vault (Azure RBAC, purge protection, 7 days' retention) with a key.
    KeyVault createVault(const QString &name, KeyVaultKey *key);
    /// A policy on a new vault's key, granted on the vault, linked to Contoso Sales Test.
    void linkEnvironment(const QString &vaultName, KeyVault *vault, EnterprisePolicy *policy,
                         EnvironmentId *environment);
    PowerPlatformEnvironment environment(const EnvironmentId &id);

    std::unique_ptr<CoreHarness> h;
    QString m_home;
    std::unique_ptr<ArmClient> m_arm;
    std::unique_ptr<KeyVaultClient> m_keys;
    std::unique_ptr<PowerPlatformClient> m_platform;
};

void TestLockCalls::init()
{
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    options.lroMs = 500;
    h = std::make_unique<CoreHarness>(options);
    m_home = h->signIn(Sam);
    QVERIFY(!m_home.isEmpty());
    http::Pipeline *pipeline = h->pipelineFor(m_home, CustomerTenant);
    m_arm = std::make_unique<ArmClient>(pipeline);
    m_keys = std::make_unique<KeyVaultClient>(pipeline);
    m_platform = std::make_unique<PowerPlatformClient>(pipeline);
}

void TestLockCalls::cleanup()
{
    m_platform.reset();
    m_keys.reset();
    m_arm.reset();
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

KeyVault TestLockCalls::createVault(const QString &name, KeyVaultKey *key)
{
    KeyVault vault;
    vault.id = vaultId(name);
    vault.location = QStringLiteral("westeurope");
    vault.tenantId = Contoso;
    vault.softDeleteRetentionInDays = 7;
    const auto created = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { m_arm->createOrUpdateVault(vault, this, {}, done); });
    if (!created.ok()) {
        qWarning("creating the vault failed: %s", qPrintable(describe(created)));
        return {};
    }
    const auto made = awaitReply<KeyVaultKey>([&](Callback<KeyVaultKey> done) {
        m_keys->createKey(created.value->vaultUri, QStringLiteral("cmk"), KeyCreateOptions(), this, done);
    });
    if (!made.ok())
        qWarning("creating the key failed: %s", qPrintable(describe(made)));
    *key = made.value.value_or(KeyVaultKey());
    return *created.value;
}

void TestLockCalls::linkEnvironment(const QString &vaultName, KeyVault *vault, EnterprisePolicy *policy,
                                    EnvironmentId *environment)
{
    const auto registered = awaitReply<ResourceProvider>([&](Callback<ResourceProvider> done) {
        m_arm->registerProvider(CustomerSub, QStringLiteral("Microsoft.PowerPlatform"), this, done);
    });
    QVERIFY2(registered.ok(), qPrintable(describe(registered)));
    h->sandbox.advanceClock(60 * 1000);

    KeyVaultKey key;
    *vault = createVault(vaultName, &key);
    QVERIFY(key.properties.id.isVersioned());

    EnterprisePolicy wanted;
    wanted.id = rid(PowerPlatformRg
                    + QStringLiteral("/providers/Microsoft.PowerPlatform/enterprisePolicies/contoso-lock"));
    wanted.location = QStringLiteral("europe");
    wanted.keyVault = vault->id;
    wanted.keyName = key.properties.id.name();
    wanted.keyVersion = key.properties.id.version();
    const auto created = awaitReply<EnterprisePolicy>([&](Callback<EnterprisePolicy> done) {
        m_arm->createOrUpdateEnterprisePolicy(wanted, this, {}, done);
    });
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    *policy = *created.value;

    RoleAssignmentRequest grant;
    grant.scope = vault->id;
    grant.role = BuiltInRole::KeyVaultCryptoServiceEncryptionUser;
    grant.principal = policy->principalId;
    const auto granted = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { m_arm->createRoleAssignment(grant, this, done); });
    QVERIFY2(granted.ok(), qPrintable(describe(granted)));

    const auto all = awaitReply<QList<PowerPlatformEnvironment>>(
        [&](auto done) { m_platform->environments(0, this, done); });
    QVERIFY2(all.ok(), qPrintable(describe(all)));
    for (const PowerPlatformEnvironment &e : *all.value) {
        if (e.displayName == QLatin1StringView("Contoso Sales Test"))
            *environment = e.id;
    }
    QVERIFY(environment->isValid());
    std::optional<Reply<PowerPlatformOperation>> outcome;
    bool started = false;
    QObject context; // destroyed first: nothing reaches the locals above after a failed check
    m_platform->linkEncryptionPolicy(
        *environment, policy->systemId, &context, [&](const http::OperationState &) { started = true; },
        [&](const Reply<PowerPlatformOperation> &r) { outcome = r; });
    QVERIFY(QTest::qWaitFor([&] { return started || outcome.has_value(); }, 10000));
    h->sandbox.advanceClock(5 * Hours); // a sandbox environment encrypts in four simulated hours
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
    QVERIFY2(outcome->ok(), qPrintable(describe(*outcome)));
    QCOMPARE(outcome->value->state, QStringLiteral("Succeeded"));
    const PowerPlatformEnvironment linked = this->environment(*environment);
    QCOMPARE(linked.runtimeState, QStringLiteral("Enabled"));
    QVERIFY(lockReason(linked).isEmpty());
}

PowerPlatformEnvironment TestLockCalls::environment(const EnvironmentId &id)
{
    const auto reply
        = awaitReply<PowerPlatformEnvironment>([&](auto done) { m_platform->environment(id, this, done); });
    if (!reply.ok())
        qWarning("reading the environment failed: %s", qPrintable(describe(reply)));
    return reply.value.value_or(PowerPlatformEnvironment());
}

void TestLockCalls::deletedVaultIsRecoveredWithItsKeys()
{
    KeyVaultKey key;
    const KeyVault vault = createVault(QStringLiteral("kv-contoso-lock"), &key);
    QVERIFY(key.properties.id.isVersioned());
    // A grant at the vault's scope, which must come back with it.
    RoleAssignmentRequest grant;
    grant.scope = vault.id;
    grant.role = BuiltInRole::Reader;
    grant.principal = *ObjectId::parse(h->broker->session(m_home, CustomerTenant)->identity().objectId);
    grant.principalType = PrincipalType::User;
    const auto granted = awaitReply<RoleAssignment>(
        [&](Callback<RoleAssignment> done) { m_arm->createRoleAssignment(grant, this, done); });
    QVERIFY2(granted.ok(), qPrintable(describe(granted)));

    const auto deleted
        = awaitReply<Done>([&](Callback<Done> done) { m_arm->deleteVault(vault.id, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(describe(deleted)));
    const auto gone
        = awaitReply<KeyVault>([&](Callback<KeyVault> done) { m_arm->getVault(vault.id, this, done); });
    QCOMPARE(gone.error.httpStatus, 404);
    const auto unreachable
        = awaitReply<KeyVaultKey>([&](auto done) { m_keys->getKey(key.properties.id, this, done); });
    QVERIFY(!unreachable.ok()); // its data plane no longer answers

    const auto found = awaitReply<std::optional<DeletedVault>>([&](auto done) {
        m_arm->getDeletedVault(CustomerSub, QStringLiteral("West Europe"), QStringLiteral("kv-contoso-lock"),
                               this, done);
    });
    QVERIFY2(found.ok(), qPrintable(describe(found)));
    QVERIFY(found.value->has_value());
    const DeletedVault soft = **found.value;
    QCOMPARE(soft.vaultId, vault.id);
    QCOMPARE(soft.name, QStringLiteral("kv-contoso-lock"));
    QCOMPARE(soft.location, QStringLiteral("westeurope"));
    QVERIFY(soft.purgeProtectionEnabled);
    QVERIFY(soft.deletionDate.isValid());
    QCOMPARE(soft.deletionDate.daysTo(soft.scheduledPurgeDate), 7);

    // The name stays taken, in this group and in any other, until it is recovered or purged.
    KeyVault again;
    again.id = vault.id;
    again.location = QStringLiteral("westeurope");
    again.tenantId = Contoso;
    const auto reused = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { m_arm->createOrUpdateVault(again, this, {}, done); });
    QCOMPARE(reused.error.httpStatus, 409);
    QCOMPARE(reused.error.code, QStringLiteral("ConflictError"));
    QVERIFY2(reused.error.message.contains(QStringLiteral("deleted state")),
             qPrintable(reused.error.message));
    // Purge protection refuses a purge.
    http::RequestSpec purge;
    purge.method = "POST";
    purge.url = h->arm(QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/locations/westeurope/"
                                      "deletedVaults/kv-contoso-lock/purge?api-version=2024-11-01")
                           .arg(CustomerSubscription));
    const http::Result purged = await(m_arm->pipeline()->send(purge));
    QCOMPARE(purged.status, 409);

    QList<http::OperationState> states;
    const auto recovered = awaitReply<KeyVault>([&](Callback<KeyVault> done) {
        m_arm->recoverVault(
            soft, Contoso, this, [&](const http::OperationState &s) { states << s; }, done);
    });
    QVERIFY2(recovered.ok(), qPrintable(describe(recovered)));
    QCOMPARE(recovered.value->id, vault.id);
    QCOMPARE(recovered.value->provisioningState, QStringLiteral("Succeeded"));
    QVERIFY(recovered.value->enablePurgeProtection);
    QCOMPARE(recovered.value->vaultUri, vault.vaultUri);
    QVERIFY(!states.isEmpty()); // RegisteringDns first: the call followed the operation

    const auto same
        = awaitReply<KeyVaultKey>([&](auto done) { m_keys->getKey(key.properties.id, this, done); });
    QVERIFY2(same.ok(), qPrintable(describe(same)));
    QCOMPARE(same.value->properties.id, key.properties.id);
    const auto grants = awaitReply<QList<RoleAssignment>>(
        [&](auto done) { m_arm->listRoleAssignments(vault.id, grant.principal, this, done); });
    QVERIFY2(grants.ok(), qPrintable(describe(grants)));
    bool kept = false;
    for (const RoleAssignment &a : *grants.value)
        kept = kept || (a.scope == vault.id && a.role == BuiltInRole::Reader);
    QVERIFY(kept);

    const auto none = awaitReply<std::optional<DeletedVault>>([&](auto done) {
        m_arm->getDeletedVault(CustomerSub, QStringLiteral("westeurope"), QStringLiteral("kv-contoso-lock"),
                               this, done);
    });
    QVERIFY2(none.ok(), qPrintable(describe(none)));
    QVERIFY(!none.value->has_value());
}

void TestLockCalls::noDeletedVault()
{
    const auto none = awaitReply<std::optional<DeletedVault>>([&](auto done) {
        m_arm->getDeletedVault(CustomerSub, QStringLiteral("westeurope"), QStringLiteral("kv-never-deleted"),
                               this, done);
    });
    QVERIFY2(none.ok(), qPrintable(describe(none)));
    QCOMPARE(none.status, 404);
    QVERIFY(!none.value->has_value());

    // Deleted, but looked for in another region: none there either.
    KeyVaultKey key;
    const KeyVault vault = createVault(QStringLiteral("kv-contoso-where"), &key);
    QVERIFY(vault.id.isValid());
    QVERIFY(awaitReply<Done>([&](Callback<Done> done) { m_arm->deleteVault(vault.id, this, done); }).ok());
    const auto elsewhere = awaitReply<std::optional<DeletedVault>>([&](auto done) {
        m_arm->getDeletedVault(CustomerSub, QStringLiteral("northeurope"), QStringLiteral("kv-contoso-where"),
                               this, done);
    });
    QVERIFY2(elsewhere.ok(), qPrintable(describe(elsewhere)));
    QVERIFY(!elsewhere.value->has_value());
}

void TestLockCalls::deletedKeyIsRecovered()
{
    KeyVaultKey key;
    const KeyVault vault = createVault(QStringLiteral("kv-contoso-keys"), &key);
    QVERIFY(key.properties.id.isVersioned());
    const QString name = key.properties.id.name();

    const auto notDeleted = awaitReply<std::optional<DeletedKeyInfo>>(
        [&](auto done) { m_keys->deletedKey(vault.vaultUri, name, this, done); });
    QVERIFY2(notDeleted.ok(), qPrintable(describe(notDeleted)));
    QVERIFY(!notDeleted.value->has_value());

    const auto deleted
        = awaitReply<Done>([&](Callback<Done> done) { m_keys->deleteKey(key.properties.id, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(describe(deleted)));
    const auto gone
        = awaitReply<KeyVaultKey>([&](auto done) { m_keys->getKey(key.properties.id, this, done); });
    QCOMPARE(gone.error.httpStatus, 404);
    QCOMPARE(gone.error.code, QStringLiteral("KeyNotFound"));

    const auto info = awaitReply<std::optional<DeletedKeyInfo>>(
        [&](auto done) { m_keys->deletedKey(vault.vaultUri, name, this, done); });
    QVERIFY2(info.ok(), qPrintable(describe(info)));
    QVERIFY(info.value->has_value());
    QCOMPARE((*info.value)->name, name);
    QCOMPARE((*info.value)->recoveryId, vault.vaultUri.toString() + QStringLiteral("deletedkeys/") + name);
    QCOMPARE((*info.value)->deletedDate.daysTo((*info.value)->scheduledPurgeDate),
             7); // the vault's retention

    // The name cannot be reused while the key is deleted.
    const auto reused = awaitReply<KeyVaultKey>([&](Callback<KeyVaultKey> done) {
        m_keys->createKey(vault.vaultUri, name, KeyCreateOptions(), this, done);
    });
    QCOMPARE(reused.error.httpStatus, 409);

    const auto recovered = awaitReply<KeyVaultKey>(
        [&](auto done) { m_keys->recoverDeletedKey(vault.vaultUri, name, this, done); });
    QVERIFY2(recovered.ok(), qPrintable(describe(recovered)));
    QCOMPARE(recovered.value->properties.id, key.properties.id);
    const auto back
        = awaitReply<KeyVaultKey>([&](auto done) { m_keys->getKey(key.properties.id, this, done); });
    QVERIFY2(back.ok(), qPrintable(describe(back)));
    const auto again = awaitReply<std::optional<DeletedKeyInfo>>(
        [&](auto done) { m_keys->deletedKey(vault.vaultUri, name, this, done); });
    QVERIFY(again.ok() && !again.value->has_value());
}

void TestLockCalls::deletingThePolicyLocksItsEnvironment()
{
    KeyVault vault;
    EnterprisePolicy policy;
    EnvironmentId environment;
    linkEnvironment(QStringLiteral("kv-contoso-policy"), &vault, &policy, &environment);
    if (QTest::currentTestFailed())
        return;

    const auto deleted = awaitReply<Done>(
        [&](Callback<Done> done) { m_arm->deleteEnterprisePolicy(policy.id, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(describe(deleted)));
    QVERIFY(deleted.status == 200 || deleted.status == 204);
    const auto gone = awaitReply<EnterprisePolicy>(
        [&](Callback<EnterprisePolicy> done) { m_arm->getEnterprisePolicy(policy.id, this, done); });
    QCOMPARE(gone.error.httpStatus, 404);

    const PowerPlatformEnvironment locked = this->environment(environment);
    QCOMPARE(locked.runtimeState, QStringLiteral("Disabled"));
    QCOMPARE(lockReason(locked), QStringLiteral("PolicyDeleted"));

    // Deleting it again is no error: it is gone.
    const auto twice = awaitReply<Done>(
        [&](Callback<Done> done) { m_arm->deleteEnterprisePolicy(policy.id, this, done); });
    QVERIFY2(twice.ok(), qPrintable(describe(twice)));
    QCOMPARE(twice.status, 204);
}

void TestLockCalls::closedNetworkLocksOnlyWithoutTrustedServices()
{
    KeyVault vault;
    EnterprisePolicy policy;
    EnvironmentId environment;
    linkEnvironment(QStringLiteral("kv-contoso-network"), &vault, &policy, &environment);
    if (QTest::currentTestFailed())
        return;

    // Closed to everyone but trusted Microsoft services: Power Platform still reaches the key.
    VaultNetwork trusted;
    trusted.defaultAction = QStringLiteral("deny");
    trusted.bypass = QStringLiteral("AzureServices");
    auto changed = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { m_arm->setVaultNetwork(vault.id, trusted, this, {}, done); });
    QVERIFY2(changed.ok(), qPrintable(describe(changed)));
    QCOMPARE(changed.value->networkDefaultAction, QStringLiteral("Deny"));
    QCOMPARE(changed.value->networkBypass, QStringLiteral("AzureServices"));
    QCOMPARE(changed.value->publicNetworkAccess, QStringLiteral("Enabled"));
    const auto blocked = awaitReply<KeyVaultKey>([&](auto done) {
        m_keys->getKey(KeyIdentifier::make(vault.vaultUri, policy.keyName).value(), this, done);
    });
    QCOMPARE(blocked.error.httpStatus, 403); // Sam, calling from "outside", is kept out
    QVERIFY2(blocked.error.technicalSummary().contains(QStringLiteral("ForbiddenByFirewall")),
             qPrintable(blocked.error.technicalSummary()));
    PowerPlatformEnvironment seen = this->environment(environment);
    QCOMPARE(seen.runtimeState, QStringLiteral("Enabled"));
    QVERIFY(lockReason(seen).isEmpty());

    // Without the bypass, the policy's identity is kept out too: the environment locks.
    VaultNetwork closed;
    closed.bypass = QStringLiteral("None");
    changed = awaitReply<KeyVault>(
        [&](Callback<KeyVault> done) { m_arm->setVaultNetwork(vault.id, closed, this, {}, done); });
    QVERIFY2(changed.ok(), qPrintable(describe(changed)));
    QCOMPARE(changed.value->networkDefaultAction, QStringLiteral("Deny")); // unchanged
    QCOMPARE(changed.value->networkBypass, QStringLiteral("None"));
    seen = this->environment(environment);
    QCOMPARE(seen.runtimeState, QStringLiteral("Disabled"));
    QCOMPARE(lockReason(seen), QStringLiteral("VaultNetworkBlocked"));
}

void TestLockCalls::badInputSendsNothing_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<bool>("dataPlane");
    QTest::addColumn<QString>("fragment");

    const ResourceId notAVault
        = rid(Keys + QStringLiteral("/providers/Microsoft.Network/virtualNetworks/vnet"));
    const ResourceId vault = vaultId(QStringLiteral("kv-contoso"));
    const QUrl foreignVault(QStringLiteral("https://kv-contoso.vault.example.com/"));
    const QUrl vaultUrl(QStringLiteral("https://127.0.0.1:4443/"));
    DeletedVault deleted;
    deleted.vaultId = vault;
    deleted.name = QStringLiteral("kv-contoso");
    deleted.location = QStringLiteral("westeurope");

    QTest::newRow("deleteVault: not a vault") << Attempt(
        [notAVault](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
            arm.deleteVault(notAVault, c, recordInto<Done>(r));
        }) << false << QStringLiteral("Microsoft.Network/virtualNetworks");
    QTest::newRow("getDeletedVault: no subscription") << Attempt(
        [](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
            arm.getDeletedVault(SubscriptionId(), QStringLiteral("westeurope"), QStringLiteral("kv-contoso"),
                                c, recordInto<std::optional<DeletedVault>>(r));
        }) << false << QStringLiteral("No subscription");
    QTest::newRow("getDeletedVault: not a region")
        << Attempt([](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
               arm.getDeletedVault(CustomerSub, QStringLiteral("europe-ish"), QStringLiteral("kv-contoso"), c,
                                   recordInto<std::optional<DeletedVault>>(r));
           })
        << false << QStringLiteral("europe-ish");
    QTest::newRow("getDeletedVault: not a vault name")
        << Attempt([](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
               arm.getDeletedVault(CustomerSub, QStringLiteral("westeurope"), QStringLiteral("kv_contoso"), c,
                                   recordInto<std::optional<DeletedVault>>(r));
           })
        << false << QStringLiteral("kv_contoso");
    QTest::newRow("recoverVault: not a vault")
        << Attempt([deleted, notAVault](ArmClient &arm, KeyVaultClient &, QObject *c,
                                        const std::shared_ptr<Refusal> &r) {
               DeletedVault d = deleted;
               d.vaultId = notAVault;
               arm.recoverVault(d, Contoso, c, {}, recordInto<KeyVault>(r));
           })
        << false << QStringLiteral("Microsoft.Network/virtualNetworks");
    QTest::newRow("recoverVault: no tenant") << Attempt(
        [deleted](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
            arm.recoverVault(deleted, TenantId(), c, {}, recordInto<KeyVault>(r));
        }) << false << QStringLiteral("No tenant ID");
    QTest::newRow("recoverVault: no location") << Attempt(
        [deleted](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
            DeletedVault d = deleted;
            d.location.clear();
            arm.recoverVault(d, Contoso, c, {}, recordInto<KeyVault>(r));
        }) << false << QStringLiteral("region");
    QTest::newRow("deleteEnterprisePolicy: a vault instead")
        << Attempt([vault](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
               arm.deleteEnterprisePolicy(vault, c, recordInto<Done>(r));
           })
        << false << QStringLiteral("enterprise policy");
    QTest::newRow("setVaultNetwork: nothing to change")
        << Attempt([vault](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
               arm.setVaultNetwork(vault, VaultNetwork(), c, {}, recordInto<KeyVault>(r));
           })
        << false << QStringLiteral("No network rule");
    QTest::newRow("setVaultNetwork: unknown bypass")
        << Attempt([vault](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
               VaultNetwork network;
               network.bypass = QStringLiteral("Everything");
               arm.setVaultNetwork(vault, network, c, {}, recordInto<KeyVault>(r));
           })
        << false << QStringLiteral("AzureServices or None");
    QTest::newRow("setVaultNetwork: not a vault") << Attempt(
        [notAVault](ArmClient &arm, KeyVaultClient &, QObject *c, const std::shared_ptr<Refusal> &r) {
            VaultNetwork network;
            network.defaultAction = QStringLiteral("Deny");
            arm.setVaultNetwork(notAVault, network, c, {}, recordInto<KeyVault>(r));
        }) << false << QStringLiteral("Microsoft.Network/virtualNetworks");
    QTest::newRow("deleteKey: no key")
        << Attempt([](ArmClient &, KeyVaultClient &kv, QObject *c, const std::shared_ptr<Refusal> &r) {
               kv.deleteKey(KeyIdentifier(), c, recordInto<Done>(r));
           })
        << true << QStringLiteral("No key");
    QTest::newRow("deleteKey: a vault of another cloud") << Attempt(
        [foreignVault](ArmClient &, KeyVaultClient &kv, QObject *c, const std::shared_ptr<Refusal> &r) {
            kv.deleteKey(KeyIdentifier::make(foreignVault, QStringLiteral("cmk")).value_or(KeyIdentifier()),
                         c, recordInto<Done>(r));
        }) << true << QStringLiteral("vault.example.com");
    QTest::newRow("recoverDeletedKey: not a vault URL")
        << Attempt([](ArmClient &, KeyVaultClient &kv, QObject *c, const std::shared_ptr<Refusal> &r) {
               kv.recoverDeletedKey(QUrl(QStringLiteral("https://127.0.0.1:4443/keys")),
                                    QStringLiteral("cmk"), c, recordInto<KeyVaultKey>(r));
           })
        << true << QStringLiteral("is not a key vault URL");
    QTest::newRow("recoverDeletedKey: bad key name") << Attempt(
        [vaultUrl](ArmClient &, KeyVaultClient &kv, QObject *c, const std::shared_ptr<Refusal> &r) {
            kv.recoverDeletedKey(vaultUrl, QStringLiteral("cmk/../x"), c, recordInto<KeyVaultKey>(r));
        }) << true << QStringLiteral("cmk/../x");
    QTest::newRow("deletedKey: a vault of another cloud") << Attempt(
        [foreignVault](ArmClient &, KeyVaultClient &kv, QObject *c, const std::shared_ptr<Refusal> &r) {
            kv.deletedKey(foreignVault, QStringLiteral("cmk"), c,
                          recordInto<std::optional<DeletedKeyInfo>>(r));
        }) << true << QStringLiteral("vault.example.com");
    QTest::newRow("deletedKey: empty key name") << Attempt(
        [vaultUrl](ArmClient &, KeyVaultClient &kv, QObject *c, const std::shared_ptr<Refusal> &r) {
            kv.deletedKey(vaultUrl, QString(), c, recordInto<std::optional<DeletedKeyInfo>>(r));
        }) << true << QStringLiteral("key");
}

void TestLockCalls::badInputSendsNothing()
{
    QFETCH(Attempt, attempt);
    QFETCH(bool, dataPlane);
    QFETCH(QString, fragment);
    if (dataPlane)
        refusedBeforeSending<KeyVaultClient>(*h, this, attempt, fragment);
    else
        refusedBeforeSending<ArmClient>(*h, this, attempt, fragment);
}

QTEST_GUILESS_MAIN(TestLockCalls)
#include "tst_lockcalls.moc"
