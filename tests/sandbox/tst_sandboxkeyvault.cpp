// The sandbox's Key Vault data plane: the challenge before everything, per-vault origins, key
// ids of the form /keys/{name}/{version}, RBAC and access-policy decisions, network rules,
// soft delete and purge protection.

#include "sandbox.h"
#include "sandboxclient.h"
#include "types/keyidentifier.h"

#include <QTest>

using namespace cmk;
using namespace cmk::testing;

namespace {
const QString Customer = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString Rg = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/resourceGroups/"
                                  "rg-keys/providers/Microsoft.KeyVault/vaults/");
} // namespace

class TestSandboxKeyVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void challengeComesFirst();
    void createAndReadKeys();
    void keyErrors_data();
    void keyErrors();
    void rbacDecides();
    void accessPolicyDecides();
    void networkRulesDecide();
    void softDeleteAndPurgeProtection();
    void wrongTenantOrAudience();

private:
    QUrl vaultUri(const QString &name)
    {
        const HttpResult r = arm("GET", Rg + name + QStringLiteral("?api-version=2024-11-01"), m_kaiArm);
        return QUrl(r.json()[QStringLiteral("properties")][QStringLiteral("vaultUri")].toString());
    }
    HttpResult arm(const QByteArray &method, const QString &path, const QByteArray &token,
                   const QByteArray &body = {})
    {
        return m_http->send(method, QUrl(m_profile.armEndpoint.toString().chopped(1) + path), body,
                            {{"Authorization", "Bearer " + token}});
    }
    HttpResult kv(const QByteArray &method, const QUrl &vault, const QString &pathAndQuery,
                  const QByteArray &token, const QByteArray &body = {})
    {
        return m_http->send(
            method, vault.resolved(QUrl(pathAndQuery)), body,
            token.isEmpty() ? QList<QPair<QByteArray, QByteArray>> {}
                            : QList<QPair<QByteArray, QByteArray>> {{"Authorization", "Bearer " + token}});
    }
    QUrl makeVault(const QString &name, bool rbac)
    {
        const QString body
            = QStringLiteral(
                  R"({"location":"westeurope","properties":{"tenantId":"%1","sku":{"family":"A","name":"standard"},"accessPolicies":[],"enableRbacAuthorization":%2,"enablePurgeProtection":true}})")
                  .arg(Customer, rbac ? QStringLiteral("true") : QStringLiteral("false"));
        const HttpResult r
            = arm("PUT", Rg + name + QStringLiteral("?api-version=2024-11-01"), m_kaiArm, body.toUtf8());
        return QUrl(r.json()[QStringLiteral("properties")][QStringLiteral("vaultUri")].toString());
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    CloudProfile m_profile;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<SandboxSession> m_session;
    QByteArray m_kaiArm, m_kaiKv, m_rileyKv, m_samKv;
    QUrl m_rbacVault;
};

void TestSandboxKeyVault::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_profile = m_sandbox->profile();
    m_http = std::make_unique<SandboxHttp>(m_profile);
    m_session = std::make_unique<SandboxSession>(m_profile, *m_http);
    const QString kai
        = m_session->signIn(QStringLiteral("kai@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Kv-1"));
    m_kaiArm = m_session->token(kai, m_profile.armScope, Customer);
    m_kaiKv = m_session->token(kai, m_profile.keyVaultScope, Customer);
    m_rileyKv = m_session->token(m_session->signIn(QStringLiteral("riley@contoso.onmicrosoft.com"),
                                                   QStringLiteral("Sandbox-Support-1")),
                                 m_profile.keyVaultScope, Customer);
    m_samKv = m_session->token(
        m_session->signIn(QStringLiteral("sam@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Both-1")),
        m_profile.keyVaultScope, Customer);
    m_rbacVault = makeVault(QStringLiteral("kv-data-rbac"), true);
    QVERIFY(m_rbacVault.isValid());
}

void TestSandboxKeyVault::challengeComesFirst()
{
    // No token, no body, even a nonsense path: the challenge first.
    const HttpResult r = kv("POST", m_rbacVault, QStringLiteral("keys/whatever/create"), {});
    QCOMPARE(r.status, 401);
    const QByteArray challenge = r.header("WWW-Authenticate");
    QVERIFY2(challenge.startsWith("Bearer authorization=\""), challenge.constData());
    QVERIFY(challenge.contains(QString(m_profile.authorityHost.toString() + Customer).toUtf8()));
    QVERIFY(challenge.contains("resource=\"https://vault.azure.net\""));
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("Unauthorized"));
}

void TestSandboxKeyVault::createAndReadKeys()
{
    HttpResult r = kv(
        "POST", m_rbacVault, QStringLiteral("keys/cmk/create?api-version=7.5"), m_kaiKv,
        R"({"kty":"RSA","key_size":3072,"key_ops":["wrapKey","unwrapKey"],"attributes":{"enabled":true}})");
    QCOMPARE(r.status, 200);
    const QString kid = r.json()[QStringLiteral("key")][QStringLiteral("kid")].toString();
    // Standard clients parse the key id: /keys/{name}/{version}, host:port equal to the vault URI.
    const auto id = KeyIdentifier::parse(kid);
    QVERIFY2(id, qPrintable(kid));
    QCOMPARE(id->vaultUri(), m_rbacVault);
    QCOMPARE(id->name(), QStringLiteral("cmk"));
    QVERIFY(id->isVersioned());
    QCOMPARE(r.json()[QStringLiteral("attributes")][QStringLiteral("recoveryLevel")].toString(),
             QStringLiteral("Recoverable"));
    // Latest with a trailing slash, as SDKs send it; and by version.
    r = kv("GET", m_rbacVault, QStringLiteral("keys/cmk/?api-version=7.5"), m_kaiKv);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("key")][QStringLiteral("kid")].toString(), kid);
    r = kv("GET", m_rbacVault, QStringLiteral("keys/cmk/%1?api-version=7.4").arg(id->version()), m_kaiKv);
    QCOMPARE(r.status, 200);
    // A second create makes a new version (not idempotent, as in Key Vault).
    r = kv("POST", m_rbacVault, QStringLiteral("keys/cmk/create?api-version=7.5"), m_kaiKv,
           R"({"kty":"RSA"})");
    QVERIFY(r.json()[QStringLiteral("key")][QStringLiteral("kid")].toString() != kid);
    r = kv("GET", m_rbacVault, QStringLiteral("keys/cmk/versions?api-version=7.5&maxresults=1"), m_kaiKv);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
    const QString next = r.json().value(QStringLiteral("nextLink")).toString();
    QVERIFY(next.startsWith(m_rbacVault.toString()));
    r = m_http->send("GET", QUrl(next), {}, {{"Authorization", "Bearer " + m_kaiKv}});
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
    QVERIFY(r.json().value(QStringLiteral("nextLink")).isNull());
    // Disable the old version, then enable it again.
    r = kv("PATCH", m_rbacVault, QStringLiteral("keys/cmk/%1?api-version=7.5").arg(id->version()), m_kaiKv,
           R"({"attributes":{"enabled":false}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QStringLiteral("attributes")][QStringLiteral("enabled")].toBool(), false);
}

void TestSandboxKeyVault::keyErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no api-version") << QByteArray("GET") << QStringLiteral("keys/cmk") << QByteArray() << 400
                                    << QStringLiteral("BadParameter");
    QTest::newRow("unknown api-version") << QByteArray("GET") << QStringLiteral("keys/cmk?api-version=9.9")
                                         << QByteArray() << 400 << QStringLiteral("BadParameter");
    QTest::newRow("missing key") << QByteArray("GET") << QStringLiteral("keys/nope?api-version=7.5")
                                 << QByteArray() << 404 << QStringLiteral("KeyNotFound");
    QTest::newRow("missing version") << QByteArray(
        "GET") << QStringLiteral("keys/cmk/00000000000000000000000000000000?api-version=7.5")
                                     << QByteArray() << 404 << QStringLiteral("KeyNotFound");
    QTest::newRow("bad key name") << QByteArray("POST") << QStringLiteral("keys/cmk_1/create?api-version=7.5")
                                  << QByteArray(R"({"kty":"RSA"})") << 400 << QStringLiteral("BadParameter");
    QTest::newRow("small RSA") << QByteArray("POST") << QStringLiteral("keys/small/create?api-version=7.5")
                               << QByteArray(R"({"kty":"RSA","key_size":1024})") << 400
                               << QStringLiteral("BadParameter");
    QTest::newRow("HSM in standard vault")
        << QByteArray("POST") << QStringLiteral("keys/hsm/create?api-version=7.5")
        << QByteArray(R"({"kty":"RSA-HSM"})") << 400 << QStringLiteral("BadParameter");
    QTest::newRow("unknown key type")
        << QByteArray("POST") << QStringLiteral("keys/x/create?api-version=7.5")
        << QByteArray(R"({"kty":"DSA"})") << 400 << QStringLiteral("BadParameter");
}

void TestSandboxKeyVault::keyErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult r = kv(method, m_rbacVault, path, m_kaiKv, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), code);
}

void TestSandboxKeyVault::rbacDecides()
{
    // Riley is a Reader in Azure: that is management plane only; no data actions.
    HttpResult r = kv("GET", m_rbacVault, QStringLiteral("keys/cmk?api-version=7.5"), m_rileyKv);
    QCOMPARE(r.status, 403);
    QCOMPARE(
        r.json()[QStringLiteral("error")][QStringLiteral("innererror")][QStringLiteral("code")].toString(),
        QStringLiteral("ForbiddenByRbac"));
    // Granting Key Vault Reader at the key's scope opens reads of that key only.
    const QString rileyOid = jwtClaims(m_rileyKv).value(QStringLiteral("oid")).toString();
    const QString scope = Rg + QStringLiteral("kv-data-rbac/keys/cmk");
    r = arm(
        "PUT",
        scope
            + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/"
                             "2d4b8f5a-0c9e-4a3b-9b7d-3e4f5a6b7c8d?api-version=2022-04-01"),
        m_kaiArm,
        QStringLiteral(
            R"({"properties":{"roleDefinitionId":"/subscriptions/bbbbbbbb-0000-0000-0000-000000000002/providers/Microsoft.Authorization/roleDefinitions/21090545-7ca7-4776-b22c-e363652d74d2","principalId":"%1","principalType":"User"}})")
            .arg(rileyOid)
            .toUtf8());
    QCOMPARE(r.status, 201);
    QCOMPARE(kv("GET", m_rbacVault, QStringLiteral("keys/cmk?api-version=7.5"), m_rileyKv).status, 200);
    QCOMPARE(kv("POST", m_rbacVault, QStringLiteral("keys/other/create?api-version=7.5"), m_rileyKv,
                R"({"kty":"RSA"})")
                 .status,
             403);
    QCOMPARE(kv("PATCH", m_rbacVault, QStringLiteral("keys/cmk/?api-version=7.5"), m_rileyKv,
                R"({"attributes":{"enabled":false}})")
                 .status,
             403);
}

void TestSandboxKeyVault::accessPolicyDecides()
{
    const QUrl vault = makeVault(QStringLiteral("kv-data-policy"), false);
    // Kai created the vault but holds no access policy: in this model RBAC roles do not count.
    HttpResult r
        = kv("POST", vault, QStringLiteral("keys/cmk/create?api-version=7.5"), m_kaiKv, R"({"kty":"RSA"})");
    QCOMPARE(r.status, 403);
    QCOMPARE(
        r.json()[QStringLiteral("error")][QStringLiteral("innererror")][QStringLiteral("code")].toString(),
        QStringLiteral("ForbiddenByPolicy"));
    const QString kaiOid = jwtClaims(m_kaiKv).value(QStringLiteral("oid")).toString();
    r = arm(
        "PUT", Rg + QStringLiteral("kv-data-policy/accessPolicies/add?api-version=2024-11-01"), m_kaiArm,
        QStringLiteral(
            R"({"properties":{"accessPolicies":[{"tenantId":"%1","objectId":"%2","permissions":{"keys":["get","create","list"]}}]}})")
            .arg(Customer, kaiOid)
            .toUtf8());
    QCOMPARE(r.status, 200);
    QCOMPARE(kv("POST", vault, QStringLiteral("keys/cmk/create?api-version=7.5"), m_kaiKv, R"({"kty":"RSA"})")
                 .status,
             200);
    QCOMPARE(kv("DELETE", vault, QStringLiteral("keys/cmk?api-version=7.5"), m_kaiKv).status,
             403); // no delete permission
}

void TestSandboxKeyVault::networkRulesDecide()
{
    const QUrl vault = makeVault(QStringLiteral("kv-data-closed"), true);
    QCOMPARE(kv("POST", vault, QStringLiteral("keys/cmk/create?api-version=7.5"), m_kaiKv, R"({"kty":"RSA"})")
                 .status,
             200);
    HttpResult r = arm("PATCH", Rg + QStringLiteral("kv-data-closed?api-version=2024-11-01"), m_kaiArm,
                       R"({"properties":{"networkAcls":{"defaultAction":"Deny","bypass":"AzureServices"}}})");
    QCOMPARE(r.status, 200);
    r = kv("GET", vault, QStringLiteral("keys/cmk?api-version=7.5"), m_kaiKv);
    QCOMPARE(r.status, 403);
    QCOMPARE(
        r.json()[QStringLiteral("error")][QStringLiteral("innererror")][QStringLiteral("code")].toString(),
        QStringLiteral("ForbiddenByFirewall"));
}

void TestSandboxKeyVault::softDeleteAndPurgeProtection()
{
    HttpResult r = kv("POST", m_rbacVault, QStringLiteral("keys/temp/create?api-version=7.5"), m_kaiKv,
                      R"({"kty":"RSA"})");
    QCOMPARE(r.status, 200);
    r = kv("DELETE", m_rbacVault, QStringLiteral("keys/temp?api-version=7.5"), m_kaiKv);
    QCOMPARE(r.status, 200);
    QVERIFY(
        r.json().value(QStringLiteral("recoveryId")).toString().endsWith(QStringLiteral("deletedkeys/temp")));
    QCOMPARE(kv("GET", m_rbacVault, QStringLiteral("keys/temp?api-version=7.5"), m_kaiKv).status, 404);
    r = kv("POST", m_rbacVault, QStringLiteral("keys/temp/create?api-version=7.5"), m_kaiKv,
           R"({"kty":"RSA"})");
    QCOMPARE(r.status, 409);
    QCOMPARE(kv("DELETE", m_rbacVault, QStringLiteral("deletedkeys/temp?api-version=7.5"), m_kaiKv).status,
             403); // purge protection
    QCOMPARE(
        kv("POST", m_rbacVault, QStringLiteral("deletedkeys/temp/recover?api-version=7.5"), m_kaiKv).status,
        200);
    QCOMPARE(kv("GET", m_rbacVault, QStringLiteral("keys/temp?api-version=7.5"), m_kaiKv).status, 200);
}

void TestSandboxKeyVault::wrongTenantOrAudience()
{
    const QByteArray isvToken
        = m_session->token(m_session->signIn(QStringLiteral("alex@fabrikamisv.onmicrosoft.com"),
                                             QStringLiteral("Sandbox-Isv-1")),
                           m_profile.keyVaultScope);
    HttpResult r = kv("GET", m_rbacVault, QStringLiteral("keys/cmk?api-version=7.5"), isvToken);
    QCOMPARE(r.status, 401);
    QVERIFY(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("AKV10032")));
    r = kv("GET", m_rbacVault, QStringLiteral("keys/cmk?api-version=7.5"), m_kaiArm); // an ARM token
    QCOMPARE(r.status, 401);
}

QTEST_GUILESS_MAIN(TestSandboxKeyVault)
#include "tst_sandboxkeyvault.moc"
