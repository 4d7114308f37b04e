// The sandbox's Resource Manager over real HTTPS: authentication, api-version, RBAC gating,
// providers and features, resources of the tracks, long-running operations, paging, faults.

#include "faults.h"
#include "sandbox.h"
#include "sandboxclient.h"

#include <QTest>

using namespace cmk;
using namespace cmk::testing;

namespace {
const QString Customer = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString Isv = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString CustomerSub = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002");
const QString IsvSub = QStringLiteral("/subscriptions/aaaaaaaa-0000-0000-0000-000000000001");
const QString KvApi = QStringLiteral("?api-version=2024-11-01");
} // namespace

class TestSandboxArm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void authentication_data();
    void authentication();
    void apiVersion_data();
    void apiVersion();
    void subscriptionsAreScopedToTheCaller();
    void headers();
    void readersCannotWrite();
    void resourceGroupMustExist();
    void providerRegistration();
    void featureRegistration();
    void userAssignedIdentity();
    void vaultRules_data();
    void vaultRules();
    void vaultAccessPolicies();
    void roleAssignmentsGateAndPage();
    void privateEndpointAcrossTenants();
    void privateEndpointRules_data();
    void privateEndpointRules();
    void failedOperation();
    void throttling();
    void enterprisePolicy();

private:
    HttpResult arm(const QByteArray &method, const QString &pathAndQuery, const QByteArray &token,
                   const QByteArray &body = {})
    {
        QString base = m_profile.armEndpoint.toString();
        base.chop(1);
        return m_http->send(method, QUrl(base + pathAndQuery), body, {{"Authorization", "Bearer " + token}});
    }
    QByteArray armToken(const QString &rt, const QString &tenant)
    {
        return m_session->token(rt, m_profile.armScope, tenant);
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    CloudProfile m_profile;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<SandboxSession> m_session;
    QByteArray m_kai, m_alex, m_riley, m_priya; // ARM tokens
    QString m_kaiRt;
};

void TestSandboxArm::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_profile = m_sandbox->profile();
    m_http = std::make_unique<SandboxHttp>(m_profile);
    m_session = std::make_unique<SandboxSession>(m_profile, *m_http);
    m_kaiRt = m_session->signIn(QStringLiteral("kai@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Kv-1"),
                                &error);
    QVERIFY2(!m_kaiRt.isEmpty(), qPrintable(error));
    m_kai = armToken(m_kaiRt, Customer);
    m_alex = armToken(m_session->signIn(QStringLiteral("alex@fabrikamisv.onmicrosoft.com"),
                                        QStringLiteral("Sandbox-Isv-1")),
                      Isv);
    m_riley = armToken(m_session->signIn(QStringLiteral("riley@contoso.onmicrosoft.com"),
                                         QStringLiteral("Sandbox-Support-1")),
                       Customer);
    m_priya = armToken(
        m_session->signIn(QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1")),
        Customer);
    QVERIFY(!m_kai.isEmpty() && !m_alex.isEmpty() && !m_riley.isEmpty() && !m_priya.isEmpty());
}

void TestSandboxArm::authentication_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no token") << QString() << CustomerSub << 401 << QStringLiteral("AuthenticationFailed");
    QTest::newRow("forged token") << QStringLiteral("forged") << CustomerSub << 401
                                  << QStringLiteral("InvalidAuthenticationToken");
    QTest::newRow("graph audience") << QStringLiteral("graph") << CustomerSub << 401
                                    << QStringLiteral("InvalidAuthenticationToken");
    QTest::newRow("other tenant's subscription")
        << QStringLiteral("kai") << IsvSub << 401 << QStringLiteral("InvalidAuthenticationTokenTenant");
    QTest::newRow("unknown subscription")
        << QStringLiteral("kai") << QStringLiteral("/subscriptions/cccccccc-0000-0000-0000-000000000003")
        << 404 << QStringLiteral("SubscriptionNotFound");
}

void TestSandboxArm::authentication()
{
    QFETCH(QString, who);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QByteArray token;
    if (who == QLatin1StringView("kai"))
        token = m_kai;
    else if (who == QLatin1StringView("graph"))
        token = m_session->token(m_kaiRt, m_profile.graphScope, Customer);
    else if (who == QLatin1StringView("forged"))
        token = m_kai.left(m_kai.lastIndexOf('.')) + ".c2lnbmF0dXJl";
    QString base = m_profile.armEndpoint.toString();
    base.chop(1);
    const HttpResult r = m_http->send(
        "GET", QUrl(base + path + QStringLiteral("?api-version=2022-12-01")), {},
        token.isEmpty() ? QList<QPair<QByteArray, QByteArray>> {}
                        : QList<QPair<QByteArray, QByteArray>> {{"Authorization", "Bearer " + token}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             code);
    if (status == 401)
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
    if (code == QLatin1StringView("InvalidAuthenticationTokenTenant"))
        QVERIFY(r.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(Isv));
}

void TestSandboxArm::apiVersion_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << CustomerSub << 400 << QStringLiteral("MissingApiVersionParameter");
    QTest::newRow("unknown for subscriptions") << CustomerSub + QStringLiteral("?api-version=1999-01-01")
                                               << 400 << QStringLiteral("InvalidApiVersionParameter");
    QTest::newRow("unknown for vaults")
        << CustomerSub
            + QStringLiteral(
                "/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv1?api-version=2099-01-01")
        << 400 << QStringLiteral("NoRegisteredProviderFound");
    QTest::newRow("old but deployed")
        << CustomerSub
            + QStringLiteral(
                "/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults?api-version=2019-09-01")
        << 200 << QString();
}

void TestSandboxArm::apiVersion()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult r = arm("GET", path, m_kai);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             code);
    if (code == QLatin1StringView("NoRegisteredProviderFound"))
        QVERIFY(r.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("2024-11-01")));
}

void TestSandboxArm::subscriptionsAreScopedToTheCaller()
{
    HttpResult r = arm("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), m_kai);
    QCOMPARE(r.status, 200);
    QJsonArray subs = r.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.first().toObject().value(QStringLiteral("tenantId")).toString(), Customer);
    // Priya holds no Azure role: she sees no subscription.
    r = arm("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), m_priya);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 0);
    r = arm("GET", CustomerSub + QStringLiteral("/locations?api-version=2022-12-01"), m_riley);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("value")).toArray().size() > 50);
}

void TestSandboxArm::headers()
{
    QString base = m_profile.armEndpoint.toString();
    base.chop(1);
    const HttpResult r
        = m_http->send("GET", QUrl(base + CustomerSub + QStringLiteral("?api-version=2022-12-01")), {},
                       {{"Authorization", "Bearer " + m_kai},
                        {"x-ms-client-request-id", "11111111-2222-3333-4444-555555555555"},
                        {"x-ms-correlation-request-id", "66666666-7777-8888-9999-000000000000"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.header("x-ms-request-id").isEmpty());
    QCOMPARE(r.header("x-ms-client-request-id"), QByteArray("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(r.header("x-ms-correlation-request-id"), QByteArray("66666666-7777-8888-9999-000000000000"));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestSandboxArm::readersCannotWrite()
{
    const HttpResult r = arm(
        "PUT",
        CustomerSub + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-riley")
            + KvApi,
        m_riley,
        R"({"location":"westeurope","properties":{"tenantId":"22222222-2222-2222-2222-222222222222","sku":{"family":"A","name":"standard"},"accessPolicies":[]}})");
    QCOMPARE(r.status, 403);
    const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("AuthorizationFailed"));
    QVERIFY(e.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Microsoft.KeyVault/vaults/write")));
}

void TestSandboxArm::resourceGroupMustExist()
{
    const HttpResult r
        = arm("PUT",
              CustomerSub
                  + QStringLiteral("/resourceGroups/rg-missing/providers/Microsoft.ManagedIdentity/"
                                   "userAssignedIdentities/id1?api-version=2023-01-31"),
              m_kai, R"({"location":"westeurope"})");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ResourceGroupNotFound"));
}

void TestSandboxArm::providerRegistration()
{
    const QString account
        = IsvSub
        + QStringLiteral(
              "/resourceGroups/rg-anf/providers/Microsoft.NetApp/netAppAccounts/anf1?api-version=2025-06-01");
    HttpResult r = arm("PUT", account, m_alex, R"({"location":"westeurope","properties":{}})");
    QCOMPARE(r.status, 409);
    const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("MissingSubscriptionRegistration"));
    // Real clients take the namespace from the last single-quoted name in the message.
    QVERIFY(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("'Microsoft.NetApp'")));

    const QString provider = IsvSub + QStringLiteral("/providers/Microsoft.NetApp");
    r = arm("POST", provider + QStringLiteral("/register?api-version=2021-04-01"), m_alex);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("registrationState")).toString(), QStringLiteral("Registering"));
    r = arm("GET", provider + QStringLiteral("?api-version=2021-04-01"), m_alex);
    QCOMPARE(r.json().value(QStringLiteral("registrationState")).toString(), QStringLiteral("Registering"));
    m_sandbox->advanceClock(60 * 1000);
    r = arm("GET", provider + QStringLiteral("?api-version=2016-02-01"), m_alex);
    QCOMPARE(r.json().value(QStringLiteral("registrationState")).toString(), QStringLiteral("Registered"));
    r = arm("PUT", account, m_alex, R"({"location":"westeurope","properties":{}})");
    QCOMPARE(r.status, 201);
    // Registering needs the register action: Riley (Reader) may not.
    r = arm("POST",
            CustomerSub
                + QStringLiteral("/providers/Microsoft.PowerPlatform/register?api-version=2021-04-01"),
            m_riley);
    QCOMPARE(r.status, 403);
}

void TestSandboxArm::featureRegistration()
{
    const QString feature = IsvSub
        + QStringLiteral("/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
                         "EncryptionAtRestWithCrossTenantKey");
    HttpResult r = arm("GET", feature + QStringLiteral("?api-version=2021-07-01"), m_alex);
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json().value(QStringLiteral("properties")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("NotRegistered"));
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Microsoft.Compute/EncryptionAtRestWithCrossTenantKey"));
    r = arm("POST", feature + QStringLiteral("/register?api-version=2021-07-01"), m_alex);
    QCOMPARE(
        r.json().value(QStringLiteral("properties")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("Registering"));
    m_sandbox->advanceClock(20 * 60 * 1000);
    r = arm("GET", feature + QStringLiteral("?api-version=2021-07-01"), m_alex);
    QCOMPARE(
        r.json().value(QStringLiteral("properties")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("Registered"));
    r = arm("GET",
            IsvSub
                + QStringLiteral("/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
                                 "NoSuchFeature?api-version=2021-07-01"),
            m_alex);
    QCOMPARE(r.status, 404);
}

void TestSandboxArm::userAssignedIdentity()
{
    const QString id = IsvSub
        + QStringLiteral("/resourceGroups/rg-disks/providers/Microsoft.ManagedIdentity/"
                         "userAssignedIdentities/uami-cmk?api-version=2023-01-31");
    HttpResult r = arm("PUT", id, m_alex, R"({"location":"westeurope"})");
    QCOMPARE(r.status, 201);
    const QJsonObject props = r.json().value(QStringLiteral("properties")).toObject();
    QVERIFY(!QUuid::fromString(props.value(QStringLiteral("principalId")).toString()).isNull());
    QVERIFY(!QUuid::fromString(props.value(QStringLiteral("clientId")).toString()).isNull());
    QCOMPARE(props.value(QStringLiteral("tenantId")).toString(), Isv);
    r = arm("PUT", id, m_alex, R"({"location":"westeurope","tags":{"owner":"isv"}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("properties")).toObject().value(QStringLiteral("principalId")),
             props.value(QStringLiteral("principalId")));
    r = arm("PUT", id, m_alex, R"({"location":"atlantis"})");
    QCOMPARE(r.status, 400);
}

void TestSandboxArm::vaultRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray good
        = R"({"location":"westeurope","properties":{"tenantId":"22222222-2222-2222-2222-222222222222","sku":{"family":"A","name":"standard"},"accessPolicies":[],"enableRbacAuthorization":true,"enablePurgeProtection":true}})";
    QTest::newRow("created") << QStringLiteral("kv-contoso-cmk") << good << 201 << QString();
    QTest::newRow("updated") << QStringLiteral("kv-contoso-cmk") << good << 200 << QString();
    QTest::newRow("purge protection off")
        << QStringLiteral("kv-contoso-cmk")
        << QByteArray(good).replace("\"enablePurgeProtection\":true", "\"enablePurgeProtection\":false")
        << 400 << QStringLiteral("BadRequest");
    QTest::newRow("soft delete off") << QStringLiteral("kv-other")
                                     << QByteArray(good).replace(
                                            "\"accessPolicies\":[]",
                                            "\"accessPolicies\":[],\"enableSoftDelete\":false")
                                     << 400 << QStringLiteral("BadRequest");
    QTest::newRow("bad name") << QStringLiteral("1kv") << good << 400 << QStringLiteral("VaultNameNotValid");
    QTest::newRow("wrong tenant") << QStringLiteral("kv-wrong")
                                  << QByteArray(good).replace("22222222-2222", "11111111-1111") << 400
                                  << QStringLiteral("BadRequest");
    QTest::newRow("no access policies")
        << QStringLiteral("kv-nopol") << QByteArray(good).replace("\"accessPolicies\":[],", "") << 400
        << QStringLiteral("BadRequest");
    QTest::newRow("malformed json") << QStringLiteral("kv-json") << QByteArray("{\"location\":") << 400
                                    << QStringLiteral("InvalidRequestContent");
}

void TestSandboxArm::vaultRules()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult r
        = arm("PUT",
              CustomerSub + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/")
                  + name + KvApi,
              m_kai, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             code);
    if (status < 300) {
        const QJsonObject p = r.json().value(QStringLiteral("properties")).toObject();
        const QUrl uri(p.value(QStringLiteral("vaultUri")).toString());
        QCOMPARE(uri.scheme(), QStringLiteral("https"));
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(uri.port() > 0 && uri.port() != m_profile.armEndpoint.port());
        QCOMPARE(p.value(QStringLiteral("enablePurgeProtection")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("enableSoftDelete")).toBool(), true);
    }
    if (name == QLatin1StringView("kv-contoso-cmk") && status == 200) {
        // Vault names are global: the same name in another resource group is taken.
        const HttpResult dup = arm(
            "PUT",
            CustomerSub
                + QStringLiteral(
                    "/resourceGroups/rg-powerplatform/providers/Microsoft.KeyVault/vaults/KV-Contoso-CMK")
                + KvApi,
            m_kai, body);
        QCOMPARE(dup.status, 409);
        QCOMPARE(
            dup.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("VaultAlreadyExists"));
    }
}

void TestSandboxArm::vaultAccessPolicies()
{
    const QString vault = CustomerSub
        + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-policies");
    HttpResult r = arm(
        "PUT", vault + KvApi, m_kai,
        R"({"location":"westeurope","properties":{"tenantId":"22222222-2222-2222-2222-222222222222","sku":{"family":"A","name":"standard"},"accessPolicies":[]}})");
    QCOMPARE(r.status, 201);
    const QByteArray add
        = R"({"properties":{"accessPolicies":[{"tenantId":"22222222-2222-2222-2222-222222222222","objectId":"77777777-7777-7777-7777-777777777777","permissions":{"keys":["get","wrapKey","unwrapKey"]}}]}})";
    r = arm("PUT", vault + QStringLiteral("/accessPolicies/add") + KvApi, m_kai, add);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies"));
    r = arm("PUT", vault + QStringLiteral("/accessPolicies/add") + KvApi, m_kai, add); // idempotent
    r = arm("GET", vault + KvApi, m_kai);
    QJsonArray policies = r.json()
                              .value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("accessPolicies"))
                              .toArray();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.first()
                 .toObject()
                 .value(QStringLiteral("permissions"))
                 .toObject()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .size(),
             3);
    r = arm(
        "PUT", vault + QStringLiteral("/accessPolicies/remove") + KvApi, m_kai,
        R"({"properties":{"accessPolicies":[{"tenantId":"22222222-2222-2222-2222-222222222222","objectId":"77777777-7777-7777-7777-777777777777","permissions":{"keys":["wrapKey"]}}]}})");
    QCOMPARE(r.status, 200);
    r = arm("GET", vault + KvApi, m_kai);
    policies = r.json()
                   .value(QStringLiteral("properties"))
                   .toObject()
                   .value(QStringLiteral("accessPolicies"))
                   .toArray();
    QCOMPARE(policies.first()
                 .toObject()
                 .value(QStringLiteral("permissions"))
                 .toObject()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .size(),
             2);
    r = arm("PUT", vault + QStringLiteral("/accessPolicies/merge") + KvApi, m_kai, add);
    QCOMPARE(r.status, 400);
}

void TestSandboxArm::roleAssignmentsGateAndPage()
{
    const QString scope = CustomerSub + QStringLiteral("/resourceGroups/rg-keys");
    const QString reader
        = CustomerSub
        + QStringLiteral(
              "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7");
    const QString priyaOid = jwtClaims(m_priya).value(QStringLiteral("oid")).toString();
    const auto body = [&](const QString &principal) {
        return QStringLiteral(
                   R"({"properties":{"roleDefinitionId":"%1","principalId":"%2","principalType":"User"}})")
            .arg(reader, principal)
            .toUtf8();
    };
    const QString a1 = scope
        + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/"
                         "0b2f6d3e-8a7c-4e1a-9f5b-1c2d3e4f5a6b?api-version=2022-04-01");
    HttpResult r = arm("PUT", a1, m_riley, body(priyaOid));
    QCOMPARE(r.status, 403);
    r = arm("PUT", a1, m_kai, body(QStringLiteral("deadbeef-dead-4bee-8eef-deadbeefdead")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("PrincipalNotFound"));
    r = arm("PUT", a1, m_kai, body(priyaOid));
    QCOMPARE(r.status, 201);
    QCOMPARE(
        r.json().value(QStringLiteral("properties")).toObject().value(QStringLiteral("scope")).toString(),
        scope);
    r = arm("PUT",
            scope
                + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/"
                                 "1c3a7e4f-9b8d-4f2b-8a6c-2d3e4f5a6b7c?api-version=2022-04-01"),
            m_kai, body(priyaOid));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("RoleAssignmentExists"));
    // The grant gates for real: Priya can now read the resource group.
    const QByteArray priya = armToken(
        m_session->signIn(QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1")),
        Customer);
    QCOMPARE(arm("GET", scope + QStringLiteral("?api-version=2021-04-01"), priya).status, 200);
    QCOMPARE(arm("GET",
                 CustomerSub + QStringLiteral("/resourceGroups/rg-powerplatform?api-version=2021-04-01"),
                 priya)
                 .status,
             403);

    // Listing pages through small pages, one of them empty with a nextLink.
    QString next = m_profile.armEndpoint.toString().chopped(1) + CustomerSub
        + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01");
    int pages = 0, empty = 0, items = 0;
    bool found = false;
    while (!next.isEmpty() && pages < 50) {
        r = m_http->send("GET", QUrl(next), {}, {{"Authorization", "Bearer " + m_kai}});
        QCOMPARE(r.status, 200);
        const QJsonArray value = r.json().value(QStringLiteral("value")).toArray();
        ++pages;
        empty += value.isEmpty() ? 1 : 0;
        items += int(value.size());
        for (const auto &v : value)
            found = found
                || v.toObject().value(QStringLiteral("name")).toString()
                    == QStringLiteral("0b2f6d3e-8a7c-4e1a-9f5b-1c2d3e4f5a6b");
        next = r.json().value(QStringLiteral("nextLink")).toString();
        if (!next.isEmpty())
            QVERIFY(next.contains(QStringLiteral("api-version=2022-04-01")));
    }
    QVERIFY(found);
    QVERIFY(pages > 2);
    QCOMPARE(empty, 1);
    QVERIFY(items >= 6);
    r = arm("GET",
            CustomerSub
                + QStringLiteral(
                    "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=")
                + QString::fromLatin1(
                    QUrl::toPercentEncoding(QStringLiteral("principalId eq '%1'").arg(priyaOid))),
            m_kai);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);

    r = arm("DELETE", a1, m_kai);
    QCOMPARE(r.status, 200);
    r = arm("DELETE", a1, m_kai);
    QCOMPARE(r.status, 204);
}

void TestSandboxArm::privateEndpointAcrossTenants()
{
    const QString vault = CustomerSub
        + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-pe-target");
    QCOMPARE(
        arm("PUT", vault + KvApi, m_kai,
            R"({"location":"westeurope","properties":{"tenantId":"22222222-2222-2222-2222-222222222222","sku":{"family":"A","name":"standard"},"accessPolicies":[],"enablePurgeProtection":true}})")
            .status,
        201);
    const QString pe = IsvSub
        + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/privateEndpoints/"
                         "pe-kv?api-version=2024-05-01");
    const QString body
        = QStringLiteral(
              R"({"location":"westeurope","properties":{"subnet":{"id":"%1"},"manualPrivateLinkServiceConnections":[{"name":"kv","properties":{"privateLinkServiceId":"%2","groupIds":["vault"],"requestMessage":"Fabrikam ANF, ticket 42"}}]}})")
              .arg(IsvSub
                       + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/virtualNetworks/"
                                        "vnet-anf/subnets/snet-endpoints"),
                   vault);
    HttpResult r = arm("PUT", pe, m_alex, body.toUtf8());
    QCOMPARE(r.status, 201);
    const QUrl status(QString::fromLatin1(r.header("Azure-AsyncOperation")));
    QVERIFY(status.isValid() && status.query().contains(QStringLiteral("api-version=2024-05-01")));
    QVERIFY(r.header("Retry-After").toInt() >= 1);
    QCOMPARE(r.json()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("provisioningState"))
                 .toString(),
             QStringLiteral("Updating"));
    r = m_http->send("GET", status, {}, {{"Authorization", "Bearer " + m_alex}});
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    m_sandbox->advanceClock(5000);
    r = m_http->send("GET", status, {}, {{"Authorization", "Bearer " + m_alex}});
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    r = arm("GET", pe, m_alex);
    QJsonObject state
        = r.json()[QStringLiteral("properties")][QStringLiteral("manualPrivateLinkServiceConnections")][0]
                  [QStringLiteral("properties")][QStringLiteral("privateLinkServiceConnectionState")]
                      .toObject();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("Pending"));

    // The customer sees the pending connection on the vault and approves it.
    r = arm("GET", vault + QStringLiteral("/privateEndpointConnections") + KvApi, m_kai);
    QCOMPARE(r.status, 200);
    const QJsonObject connection = r.json().value(QStringLiteral("value")).toArray().first().toObject();
    QCOMPARE(connection[QStringLiteral("properties")][QStringLiteral("privateLinkServiceConnectionState")]
                       [QStringLiteral("description")]
                           .toString(),
             QStringLiteral("Fabrikam ANF, ticket 42"));
    QVERIFY(connection[QStringLiteral("properties")][QStringLiteral("privateEndpoint")][QStringLiteral("id")]
                .toString()
                .startsWith(IsvSub));
    const QString connectionPath = connection.value(QStringLiteral("id")).toString();
    QCOMPARE(arm("GET", vault + QStringLiteral("/privateEndpointConnections/no-such") + KvApi, m_kai).status,
             204);
    r = arm(
        "PUT", connectionPath + KvApi, m_riley,
        R"({"properties":{"privateLinkServiceConnectionState":{"status":"Approved","description":"ok"}}})");
    QCOMPARE(r.status, 403);
    r = arm(
        "PUT", connectionPath + KvApi, m_kai,
        R"({"properties":{"privateLinkServiceConnectionState":{"status":"Approved","description":"Approved by Contoso"}}})");
    QCOMPARE(r.status, 200);
    r = arm("GET", pe, m_alex);
    state = r.json()[QStringLiteral("properties")][QStringLiteral("manualPrivateLinkServiceConnections")][0]
                    [QStringLiteral("properties")][QStringLiteral("privateLinkServiceConnectionState")]
                        .toObject();
    QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("Approved"));
}

void TestSandboxArm::privateEndpointRules_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("location");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString vnet
        = IsvSub
        + QStringLiteral(
              "/resourceGroups/rg-anf/providers/Microsoft.Network/virtualNetworks/vnet-anf/subnets/");
    QTest::newRow("delegated subnet")
        << vnet + QStringLiteral("snet-anf-volumes") << QStringLiteral("vault")
        << QStringLiteral("westeurope") << 400
        << QStringLiteral("PrivateEndpointCreationNotAllowedAsSubnetIsDelegated");
    QTest::newRow("missing subnet") << vnet + QStringLiteral("nope") << QStringLiteral("vault")
                                    << QStringLiteral("westeurope") << 400
                                    << QStringLiteral("InvalidResourceReference");
    QTest::newRow("wrong group id") << vnet + QStringLiteral("snet-endpoints") << QStringLiteral("blob")
                                    << QStringLiteral("westeurope") << 400
                                    << QStringLiteral("PrivateEndpointBadRequest");
    QTest::newRow("other region than the vnet")
        << vnet + QStringLiteral("snet-endpoints") << QStringLiteral("vault") << QStringLiteral("eastus")
        << 400 << QStringLiteral("InvalidResourceLocation");
}

void TestSandboxArm::privateEndpointRules()
{
    QFETCH(QString, subnet);
    QFETCH(QString, group);
    QFETCH(QString, location);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString vault
        = CustomerSub
        + QStringLiteral(
              "/resourceGroups/rg-pp-legacy/providers/Microsoft.KeyVault/vaults/kv-contoso-legacy");
    const QString body
        = QStringLiteral(
              R"({"location":"%3","properties":{"subnet":{"id":"%1"},"manualPrivateLinkServiceConnections":[{"name":"kv","properties":{"privateLinkServiceId":"%2","groupIds":["%4"]}}]}})")
              .arg(subnet, vault, location, group);
    const HttpResult r = arm("PUT",
                             IsvSub
                                 + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/"
                                                  "privateEndpoints/pe-bad?api-version=2024-05-01"),
                             m_alex, body.toUtf8());
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             code);
}

void TestSandboxArm::failedOperation()
{
    sandbox::FaultRule rule;
    rule.kind = QStringLiteral("lro-failed");
    rule.method = "PUT";
    rule.path = QStringLiteral("*/privateEndpoints/pe-fails");
    m_sandbox->addFault(rule);
    const QString vault
        = CustomerSub
        + QStringLiteral(
              "/resourceGroups/rg-pp-legacy/providers/Microsoft.KeyVault/vaults/kv-contoso-legacy");
    const QString body
        = QStringLiteral(
              R"({"location":"westeurope","properties":{"subnet":{"id":"%1"},"manualPrivateLinkServiceConnections":[{"name":"kv","properties":{"privateLinkServiceId":"%2","groupIds":["vault"]}}]}})")
              .arg(IsvSub
                       + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/virtualNetworks/"
                                        "vnet-anf/subnets/snet-endpoints"),
                   vault);
    const QString pe = IsvSub
        + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/privateEndpoints/"
                         "pe-fails?api-version=2024-05-01");
    HttpResult r = arm("PUT", pe, m_alex, body.toUtf8());
    QCOMPARE(r.status, 201);
    const QUrl status(QString::fromLatin1(r.header("Azure-AsyncOperation")));
    // Another write while it runs: 409.
    QCOMPARE(arm("PUT", pe, m_alex, body.toUtf8()).status, 409);
    m_sandbox->advanceClock(5000);
    r = m_http->send("GET", status, {}, {{"Authorization", "Bearer " + m_alex}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("Failed"));
    QVERIFY(!r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString()
                 .isEmpty());
    r = arm("GET", pe, m_alex);
    QCOMPARE(r.json()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("provisioningState"))
                 .toString(),
             QStringLiteral("Failed"));
}

void TestSandboxArm::throttling()
{
    sandbox::FaultRule rule;
    rule.kind = QStringLiteral("429");
    rule.method = "GET";
    rule.path = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002");
    rule.retryAfterSeconds = 3;
    m_sandbox->addFault(rule);
    HttpResult r = arm("GET", CustomerSub + QStringLiteral("?api-version=2022-12-01"), m_kai);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("3"));
    QCOMPARE(r.header("x-ms-retry-after-ms"), QByteArray("3000"));
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("SubscriptionRequestsThrottled"));
    r = arm("GET", CustomerSub + QStringLiteral("?api-version=2022-12-01"), m_kai);
    QCOMPARE(r.status, 200); // one use only
}

void TestSandboxArm::enterprisePolicy()
{
    const QString policy = CustomerSub
        + QStringLiteral("/resourceGroups/rg-powerplatform/providers/Microsoft.PowerPlatform/"
                         "enterprisePolicies/contoso-cmk?api-version=2020-10-30");
    const QString vault
        = CustomerSub
        + QStringLiteral(
              "/resourceGroups/rg-pp-legacy/providers/Microsoft.KeyVault/vaults/kv-contoso-legacy");
    const auto body = [&](const QString &location) {
        return QStringLiteral(
                   R"({"location":"%1","kind":"Encryption","identity":{"type":"SystemAssigned"},"properties":{"encryption":{"state":"Enabled","keyVault":{"id":"%2","key":{"name":"legacy-cmk"}}},"networkInjection":null}})")
            .arg(location, vault)
            .toUtf8();
    };
    HttpResult r = arm("PUT", policy, m_kai, body(QStringLiteral("europe")));
    QCOMPARE(r.status, 409);
    QCOMPARE(arm("POST",
                 CustomerSub
                     + QStringLiteral("/providers/Microsoft.PowerPlatform/register?api-version=2021-04-01"),
                 m_kai)
                 .status,
             200);
    m_sandbox->advanceClock(60 * 1000);
    r = arm("PUT", policy, m_kai, body(QStringLiteral("westeurope")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("LocationNotAvailableForResourceType"));
    r = arm("PUT", policy, m_kai, body(QStringLiteral("europe")));
    QCOMPARE(r.status, 201);
    QVERIFY(r.json()[QStringLiteral("properties")][QStringLiteral("systemId")].toString().startsWith(
        QStringLiteral("/regions/europe/providers/Microsoft.PowerPlatform/enterprisePolicies/")));
    QVERIFY(!QUuid::fromString(
                 r.json()[QStringLiteral("identity")][QStringLiteral("systemAssignedIdentityPrincipalId")]
                     .toString())
                 .isNull());
    // The legacy key is disabled in the demo: the policy reports it.
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("healthStatus")].toString(),
             QStringLiteral("Unhealthy"));
    r = arm("PUT", policy, m_kai,
            QByteArray(body(QStringLiteral("europe"))).replace("legacy-cmk", "no-such-key"));
    QCOMPARE(r.status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxArm)
#include "tst_sandboxarm.moc"
