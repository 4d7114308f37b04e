// KeyVaultClient against the sandbox over real loopback HTTPS: Kai creates a key in a vault of
// the customer's subscription, reads it, disables and enables it, rotates it and lists its
// versions over several pages; a re-run does not add versions; Riley, who may only read the
// subscription, is refused by the vault; and input is refused before anything is sent.

#include "clientreply.h"
#include "coreharness.h"
#include "services/keyvaultclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;

namespace {

const DemoUser Riley {QStringLiteral("riley@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Support-1"),
                      CustomerTenant};

using KeyVaultCall = std::function<void(KeyVaultClient &, QObject *, const std::shared_ptr<Refusal> &)>;

KeyCreateOptions cmkKey(int size = 2048, KeyType type = KeyType::Rsa)
{
    KeyCreateOptions options;
    options.type = type;
    options.size = size;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(KeyVaultCall)

class TestKeyVaultClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createGetAndList();
    void hsmKeyNeedsPremium();
    void disableAndEnable();
    void rotateAndListVersionsOverPages();
    void ensureKeyCreatesOnce();
    void missingKey();
    void forbiddenForReader();
    void vaultUrl_data();
    void vaultUrl();
    void badInput_data();
    void badInput();

private:
    /// Creates an RBAC vault with purge protection as Kai (signed in on first use) through
    /// Resource Manager; returns its URI (empty on failure).
    QUrl kaiVault(const QString &name, const QString &sku = QStringLiteral("premium"));
    KeyVaultKey createKey(const QUrl &vault, const QString &name, const KeyCreateOptions &options = cmkKey());

    std::unique_ptr<CoreHarness> h;
    http::Pipeline *m_kaiPipeline = nullptr;
    std::unique_ptr<KeyVaultClient> m_kai;
};

void TestKeyVaultClient::init()
{
    h = std::make_unique<CoreHarness>();
}

void TestKeyVaultClient::cleanup()
{
    m_kai.reset();
    m_kaiPipeline = nullptr;
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

QUrl TestKeyVaultClient::kaiVault(const QString &name, const QString &sku)
{
    if (!m_kaiPipeline) {
        const QString home = h->signIn(Kai);
        if (home.isEmpty())
            return {};
        m_kaiPipeline = h->pipelineFor(home, CustomerTenant);
        m_kai = std::make_unique<KeyVaultClient>(m_kaiPipeline);
    }
    http::RequestSpec put;
    put.method = "PUT";
    put.idempotency = http::Idempotency::Idempotent;
    put.url = h->arm(
        QStringLiteral("/subscriptions/%1/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/%2"
                       "?api-version=2024-11-01")
            .arg(CustomerSubscription, name));
    const QJsonObject properties {
        {QStringLiteral("tenantId"), CustomerTenant},
        {QStringLiteral("sku"),
         QJsonObject {{QStringLiteral("family"), QStringLiteral("A")}, {QStringLiteral("name"), sku}}},
        {QStringLiteral("accessPolicies"), QJsonArray()},
        {QStringLiteral("enableRbacAuthorization"), true},
        {QStringLiteral("enablePurgeProtection"), true}};
    put.body = QJsonDocument(QJsonObject {{QStringLiteral("location"), QStringLiteral("westeurope")},
                                          {QStringLiteral("properties"), properties}})
                   .toJson(QJsonDocument::Compact);
    const http::Result r = await(m_kaiPipeline->send(put));
    if (!r.ok()) {
        qWarning("creating the vault failed: %s", qPrintable(r.error.technicalSummary()));
        return {};
    }
    const QJsonObject vault = QJsonDocument::fromJson(r.body).object();
    return QUrl(
        vault.value(QStringLiteral("properties")).toObject().value(QStringLiteral("vaultUri")).toString());
}

KeyVaultKey TestKeyVaultClient::createKey(const QUrl &vault, const QString &name,
                                          const KeyCreateOptions &options)
{
    const auto reply
        = awaitReply<KeyVaultKey>([&](auto done) { m_kai->createKey(vault, name, options, this, done); });
    if (!reply.ok())
        qWarning("creating key %s failed: %s", qPrintable(name), qPrintable(reply.error.technicalSummary()));
    return reply.value.value_or(KeyVaultKey());
}

void TestKeyVaultClient::createGetAndList()
{
    const QUrl vault = kaiVault(QStringLiteral("kv-contoso-cmk"));
    QVERIFY(vault.isValid() && !vault.isEmpty());

    KeyCreateOptions options = cmkKey(3072);
    options.tags.insert(QStringLiteral("purpose"), QStringLiteral("cmk"));
    const KeyVaultKey key = createKey(vault, QStringLiteral("cmk-key"), options);
    QVERIFY(key.properties.id.isVersioned());
    QCOMPARE(key.properties.id.name(), QStringLiteral("cmk-key"));
    QCOMPARE(key.properties.id.vaultUri(), vault);
    QCOMPARE(key.keyType, QStringLiteral("RSA"));
    QCOMPARE(key.keySize, 3072);
    QCOMPARE(key.keyOperations, (QStringList {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
    QVERIFY(key.properties.enabled);
    QVERIFY(key.properties.created.isValid());
    QCOMPARE(key.properties.recoveryLevel, QStringLiteral("Recoverable"));
    QCOMPARE(key.properties.tags.value(QStringLiteral("purpose")), QStringLiteral("cmk"));
    QVERIFY(QJsonDocument::fromJson(key.raw.json).object().contains(QStringLiteral("key")));

    // The latest version by name, that version by its identifier, and the pasted identifier.
    auto latest = awaitReply<KeyVaultKey>(
        [&](auto done) { m_kai->getKey(key.properties.id.versionless(), this, done); });
    QVERIFY2(latest.ok(), qPrintable(latest.error.technicalSummary()));
    QCOMPARE(latest.value->properties.id, key.properties.id);
    latest = awaitReply<KeyVaultKey>([&](auto done) { m_kai->getKey(key.properties.id, this, done); });
    QVERIFY(latest.ok());
    latest = awaitReply<KeyVaultKey>(
        [&](auto done) { m_kai->getKey(key.properties.id.toString(), this, done); });
    QVERIFY2(latest.ok(), qPrintable(latest.error.technicalSummary()));
    QCOMPARE(latest.value->keySize, 3072);

    QVERIFY(!createKey(vault, QStringLiteral("second-key")).keyType.isEmpty());
    const int before = loggedRequests(*h, QStringLiteral("GET"), QStringLiteral("/keys"));
    const auto listed
        = awaitReply<QList<KeyProperties>>([&](auto done) { m_kai->listKeys(vault, 1, this, done); });
    QVERIFY2(listed.ok(), qPrintable(listed.error.technicalSummary()));
    QCOMPARE(listed.value->size(), 2);
    QCOMPARE(loggedRequests(*h, QStringLiteral("GET"), QStringLiteral("/keys")) - before, 2);
    QStringList names;
    for (const KeyProperties &p : *listed.value)
        names << p.id.name();
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("cmk-key"), QStringLiteral("second-key")}));
}

void TestKeyVaultClient::hsmKeyNeedsPremium()
{
    const QUrl premium = kaiVault(QStringLiteral("kv-contoso-hsm"));
    QVERIFY(!premium.isEmpty());
    const KeyVaultKey key = createKey(premium, QStringLiteral("cmk-hsm"), cmkKey(2048, KeyType::RsaHsm));
    QCOMPARE(key.keyType, QStringLiteral("RSA-HSM"));
    QCOMPARE(key.keySize, 2048);

    // A standard vault refuses it; the service's words come through.
    const QUrl standard = kaiVault(QStringLiteral("kv-contoso-std"), QStringLiteral("standard"));
    QVERIFY(!standard.isEmpty());
    const auto refused = awaitReply<KeyVaultKey>([&](auto done) {
        m_kai->createKey(standard, QStringLiteral("cmk-hsm"), cmkKey(2048, KeyType::RsaHsm), this, done);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.httpStatus, 400);
    QCOMPARE(refused.error.code, QStringLiteral("BadParameter"));
    QVERIFY(refused.error.message.contains(QStringLiteral("premium")));
}

void TestKeyVaultClient::disableAndEnable()
{
    const QUrl vault = kaiVault(QStringLiteral("kv-contoso-cmk"));
    QVERIFY(!vault.isEmpty());
    const KeyVaultKey key = createKey(vault, QStringLiteral("cmk-key"));
    QVERIFY(key.properties.enabled);

    auto changed = awaitReply<KeyVaultKey>(
        [&](auto done) { m_kai->setKeyEnabled(key.properties.id, false, this, done); });
    QVERIFY2(changed.ok(), qPrintable(changed.error.technicalSummary()));
    QVERIFY(!changed.value->properties.enabled);
    auto read = awaitReply<KeyVaultKey>([&](auto done) { m_kai->getKey(key.properties.id, this, done); });
    QVERIFY(read.ok());
    QVERIFY(!read.value->properties.enabled);

    // The latest version (no version given) back on, with an expiry and tags.
    KeyUpdate update;
    update.enabled = true;
    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(365);
    update.expires = expires;
    update.tags = QMap<QString, QString> {{QStringLiteral("owner"), QStringLiteral("kai")}};
    changed = awaitReply<KeyVaultKey>(
        [&](auto done) { m_kai->updateKey(key.properties.id.versionless(), update, this, done); });
    QVERIFY2(changed.ok(), qPrintable(changed.error.technicalSummary()));
    QVERIFY(changed.value->properties.enabled);
    QCOMPARE(changed.value->properties.expires.toSecsSinceEpoch(), expires.toSecsSinceEpoch());
    QCOMPARE(changed.value->properties.tags.value(QStringLiteral("owner")), QStringLiteral("kai"));
    QCOMPARE(changed.value->properties.id, key.properties.id);

    // Clearing the expiry again.
    KeyUpdate clear;
    clear.expires = QDateTime();
    changed
        = awaitReply<KeyVaultKey>([&](auto done) { m_kai->updateKey(key.properties.id, clear, this, done); });
    QVERIFY2(changed.ok(), qPrintable(changed.error.technicalSummary()));
    QVERIFY(!changed.value->properties.expires.isValid());
    QVERIFY(changed.value->properties.enabled);
}

void TestKeyVaultClient::rotateAndListVersionsOverPages()
{
    const QUrl vault = kaiVault(QStringLiteral("kv-contoso-cmk"));
    QVERIFY(!vault.isEmpty());
    const KeyVaultKey key = createKey(vault, QStringLiteral("cmk-key"), cmkKey(4096));
    QVERIFY(key.properties.id.isValid());
    QStringList versions {key.properties.id.version()};
    for (int i = 0; i < 2; ++i) {
        const auto rotated
            = awaitReply<KeyVaultKey>([&](auto done) { m_kai->rotateKey(key.properties.id, this, done); });
        QVERIFY2(rotated.ok(), qPrintable(rotated.error.technicalSummary()));
        QCOMPARE(rotated.value->properties.id.name(), key.properties.id.name());
        QCOMPARE(rotated.value->keySize, 4096);
        QVERIFY(!versions.contains(rotated.value->properties.id.version()));
        versions << rotated.value->properties.id.version();
    }
    const auto latest = awaitReply<KeyVaultKey>(
        [&](auto done) { m_kai->getKey(key.properties.id.versionless(), this, done); });
    QVERIFY(latest.ok());
    QCOMPARE(latest.value->properties.id.version(), versions.last());

    const int before = loggedRequests(*h, QStringLiteral("GET"), QStringLiteral("/keys/cmk-key/versions"));
    const auto listed = awaitReply<QList<KeyProperties>>(
        [&](auto done) { m_kai->listKeyVersions(key.properties.id, 1, this, done); });
    QVERIFY2(listed.ok(), qPrintable(listed.error.technicalSummary()));
    QCOMPARE(loggedRequests(*h, QStringLiteral("GET"), QStringLiteral("/keys/cmk-key/versions")) - before, 3);
    QStringList listedVersions;
    for (const KeyProperties &p : *listed.value)
        listedVersions << p.id.version();
    listedVersions.sort();
    versions.sort();
    QCOMPARE(listedVersions, versions);
}

void TestKeyVaultClient::ensureKeyCreatesOnce()
{
    const QUrl vault = kaiVault(QStringLiteral("kv-contoso-cmk"));
    QVERIFY(!vault.isEmpty());
    const auto first = awaitReply<KeyVaultKey>(
        [&](auto done) { m_kai->ensureKey(vault, QStringLiteral("cmk-key"), cmkKey(), this, done); });
    QVERIFY2(first.ok(), qPrintable(first.error.technicalSummary()));
    const auto second = awaitReply<KeyVaultKey>(
        [&](auto done) { m_kai->ensureKey(vault, QStringLiteral("cmk-key"), cmkKey(), this, done); });
    QVERIFY2(second.ok(), qPrintable(second.error.technicalSummary()));
    QCOMPARE(second.value->properties.id, first.value->properties.id);
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/keys/cmk-key/create")), 1);
    const auto versions = awaitReply<QList<KeyProperties>>(
        [&](auto done) { m_kai->listKeyVersions(first.value->properties.id, 0, this, done); });
    QVERIFY(versions.ok());
    QCOMPARE(versions.value->size(), 1);
}

void TestKeyVaultClient::missingKey()
{
    const QUrl vault = kaiVault(QStringLiteral("kv-contoso-cmk"));
    QVERIFY(!vault.isEmpty());
    const auto id = KeyIdentifier::make(vault, u"no-such-key");
    QVERIFY(id);
    const auto reply = awaitReply<KeyVaultKey>([&](auto done) { m_kai->getKey(*id, this, done); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.error.code, QStringLiteral("KeyNotFound"));
    QCOMPARE(reply.error.userMessage(), http::ServiceError::tr("The resource does not exist (yet)."));
}

void TestKeyVaultClient::forbiddenForReader()
{
    const QUrl vault = kaiVault(QStringLiteral("kv-contoso-cmk"));
    QVERIFY(!vault.isEmpty());
    const KeyVaultKey key = createKey(vault, QStringLiteral("cmk-key"));
    QVERIFY(key.properties.id.isValid());

    // Riley reads the subscription but holds no data role on the RBAC vault.
    const QString riley = h->signIn(Riley);
    QVERIFY(!riley.isEmpty());
    KeyVaultClient client(h->pipelineFor(riley, CustomerTenant));
    const auto reply
        = awaitReply<KeyVaultKey>([&](auto done) { client.getKey(key.properties.id, this, done); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error.kind, http::ServiceError::Kind::Http);
    QCOMPARE(reply.error.httpStatus, 403);
    QCOMPARE(reply.error.code, QStringLiteral("Forbidden"));
    QCOMPARE(reply.error.innerCode, QStringLiteral("ForbiddenByRbac"));
    QCOMPARE(reply.error.userMessage(),
             http::ServiceError::tr("Your role assignments do not allow this on the key vault."));
    QVERIFY2(reply.error.nextAction().contains(QStringLiteral("Key Vault data role")),
             qPrintable(reply.error.nextAction()));
    QVERIFY(!reply.error.requestId.isEmpty());

    const auto toggled = awaitReply<KeyVaultKey>(
        [&](auto done) { client.setKeyEnabled(key.properties.id, false, this, done); });
    QCOMPARE(toggled.error.innerCode, QStringLiteral("ForbiddenByRbac"));
}

void TestKeyVaultClient::vaultUrl_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("public") << QStringLiteral("AzureCloud") << QStringLiteral("Contoso-CMK-kv")
                            << QStringLiteral("https://contoso-cmk-kv.vault.azure.net/") << QString();
    QTest::newRow("China") << QStringLiteral("AzureChinaCloud") << QStringLiteral("contoso-cmk-kv")
                           << QStringLiteral("https://contoso-cmk-kv.vault.azure.cn/") << QString();
    QTest::newRow("US government") << QStringLiteral("AzureUSGovernment") << QStringLiteral("contoso-cmk-kv")
                                   << QStringLiteral("https://contoso-cmk-kv.vault.usgovcloudapi.net/")
                                   << QString();
    QTest::newRow("name too short") << QStringLiteral("AzureCloud") << QStringLiteral("kv") << QString()
                                    << QStringLiteral("kv");
    QTest::newRow("sandbox has no vault DNS names")
        << QStringLiteral("sandbox") << QStringLiteral("contoso-cmk-kv") << QString()
        << QStringLiteral("vaultUri");
}

void TestKeyVaultClient::vaultUrl()
{
    QFETCH(QString, cloud);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, fragment);
    const CloudProfile profile
        = cloud == QLatin1StringView("sandbox") ? h->profile : *CloudProfile::builtIn(cloud);
    ParseError error;
    const auto made = KeyVaultClient::vaultUrl(profile, name, &error);
    if (url.isEmpty()) {
        QVERIFY(!made);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        return;
    }
    QVERIFY2(made, qPrintable(error.message));
    QCOMPARE(made->toString(), url);
}

void TestKeyVaultClient::badInput_data()
{
    QTest::addColumn<KeyVaultCall>("call");
    QTest::addColumn<QString>("fragment");
    // The sandbox's vaults are loopback origins, one port each.
    const QUrl vault(QStringLiteral("https://127.0.0.1:1/"));
    const auto key = *KeyIdentifier::make(vault, u"cmk-key");

    QTest::newRow("secret URL instead of a key")
        << KeyVaultCall([](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.getKey(QStringLiteral("https://contoso-kv.vault.azure.net/secrets/cmk-key"), ctx,
                        recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("names a secret entry, not a key");
    QTest::newRow("key of another cloud")
        << KeyVaultCall([](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.getKey(QStringLiteral("https://contoso-kv.vault.azure.net/keys/cmk-key"), ctx,
                        recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("contoso-kv.vault.azure.net");
    QTest::newRow("no key at all") << KeyVaultCall(
        [](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
            c.rotateKey(KeyIdentifier(), ctx, recordInto<KeyVaultKey>(r));
        }) << QStringLiteral("No key is given");
    QTest::newRow("key name with a dot")
        << KeyVaultCall([vault](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.createKey(vault, QStringLiteral("cmk.key"), cmkKey(), ctx, recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("only letters, digits and hyphens");
    QTest::newRow("key size 1000") << KeyVaultCall(
        [vault](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
            c.createKey(vault, QStringLiteral("cmk-key"), cmkKey(1000), ctx, recordInto<KeyVaultKey>(r));
        }) << QStringLiteral("1000 bits");
    QTest::newRow("key size 1000 when ensuring")
        << KeyVaultCall([vault](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.ensureKey(vault, QStringLiteral("cmk-key"), cmkKey(1000), ctx, recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("choose 2048, 3072 or 4096 bits");
    QTest::newRow("misspelt key operation")
        << KeyVaultCall([vault](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               KeyCreateOptions options = cmkKey();
               options.operations = {QStringLiteral("wrapkey"), QStringLiteral("unwrapKey")};
               c.createKey(vault, QStringLiteral("cmk-key"), options, ctx, recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("is not a key operation");
    QTest::newRow("expires before it starts")
        << KeyVaultCall([vault](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               KeyCreateOptions options = cmkKey();
               options.notBefore = QDateTime::currentDateTimeUtc();
               options.expires = options.notBefore.addDays(-1);
               c.createKey(vault, QStringLiteral("cmk-key"), options, ctx, recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("expire before it becomes valid");
    QTest::newRow("vault URL of another cloud")
        << KeyVaultCall([](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.listKeys(QUrl(QStringLiteral("https://contoso-kv.vault.azure.cn/")), 0, ctx,
                          recordInto<QList<KeyProperties>>(r));
           })
        << QStringLiteral("is not a key vault of the cloud");
    QTest::newRow("vault URL with a path")
        << KeyVaultCall([](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.createKey(QUrl(QStringLiteral("https://127.0.0.1:1/keys")), QStringLiteral("cmk-key"),
                           cmkKey(), ctx, recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("is not a key vault URL");
    QTest::newRow("page of 30 versions")
        << KeyVaultCall([key](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.listKeyVersions(key, 30, ctx, recordInto<QList<KeyProperties>>(r));
           })
        << QStringLiteral("1 to 25 key versions per page");
    QTest::newRow("no operations left")
        << KeyVaultCall([key](KeyVaultClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               KeyUpdate update;
               update.operations = QStringList();
               c.updateKey(key, update, ctx, recordInto<KeyVaultKey>(r));
           })
        << QStringLiteral("allows no operations");
}

void TestKeyVaultClient::badInput()
{
    QFETCH(KeyVaultCall, call);
    QFETCH(QString, fragment);
    verifyRefusedBeforeSending<KeyVaultClient>(*h, this, call, fragment);
}

QTEST_MAIN(TestKeyVaultClient)
#include "tst_keyvaultclient.moc"
