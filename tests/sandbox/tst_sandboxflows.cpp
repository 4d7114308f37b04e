// The cross-tenant procedures of seeds 000 and 001 and the Power Platform procedures of seeds
// 002 and 003, done call by call against the sandbox with the demo's different people. The
// sandbox must refuse each step until its preconditions hold, with the error a user would see.

#include "sandbox.h"
#include "sandboxclient.h"

#include <QTest>

using namespace cmk;
using namespace cmk::testing;

namespace {
const QString Customer = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString Isv = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString IsvSub = QStringLiteral("/subscriptions/aaaaaaaa-0000-0000-0000-000000000001");
const QString CustomerSub = QStringLiteral("/subscriptions/bbbbbbbb-0000-0000-0000-000000000002");
const QString CryptoServiceUser = QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6");
const QString Reader = QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7");
} // namespace

class TestSandboxFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void diskEncryptionSetAcrossTenants();
    void federatedCredentialMistakes_data();
    void federatedCredentialMistakes();
    void netAppAccountNeedsApprovedEndpoint();
    void adminConsentInstallsTheApp();
    void powerPlatformEncryption();
    void linkRefusals_data();
    void linkRefusals();
    void lockWays_data();
    void lockWays();
    void deletionCountdown();

private:
    HttpResult arm(const QByteArray &method, const QString &path, const QByteArray &token,
                   const QByteArray &body = {})
    {
        return m_http->send(method, QUrl(m_profile.armEndpoint.toString().chopped(1) + path), body,
                            {{"Authorization", "Bearer " + token}});
    }
    HttpResult graph(const QByteArray &method, const QString &path, const QByteArray &token,
                     const QByteArray &body = {})
    {
        return m_http->send(method, QUrl(m_profile.graphEndpoint.toString() + QStringLiteral("v1.0/") + path),
                            body, {{"Authorization", "Bearer " + token}});
    }
    HttpResult bap(const QByteArray &method, const QString &path, const QByteArray &token,
                   const QByteArray &body = {})
    {
        return m_http->send(method, QUrl(m_profile.powerPlatformEndpoint.toString().chopped(1) + path), body,
                            {{"Authorization", "Bearer " + token}});
    }
    HttpResult kv(const QByteArray &method, const QUrl &vault, const QString &path,
                  const QByteArray &body = {})
    {
        return m_http->send(method, vault.resolved(QUrl(path)), body,
                            {{"Authorization", "Bearer " + m_kaiKv}});
    }
    HttpResult grant(const QString &scope, const QString &role, const QString &principal, const QString &type)
    {
        const QString name
            = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                                  scope + role + principal)
                  .toString(QUuid::WithoutBraces);
        return arm(
            "PUT",
            scope
                + QStringLiteral(
                      "/providers/Microsoft.Authorization/roleAssignments/%1?api-version=2022-04-01")
                      .arg(name),
            m_kaiArm,
            QStringLiteral(
                R"({"properties":{"roleDefinitionId":"%1/providers/Microsoft.Authorization/roleDefinitions/%2","principalId":"%3","principalType":"%4"}})")
                .arg(CustomerSub, role, principal, type)
                .toUtf8());
    }
    /// The ISV side of seeds 000/001: registration, app, identity, federated credential.
    void isvPrepares(const QString &ficIssuer = QString(), const QString &ficSubject = QString(),
                     const QString &ficAudience = QString());
    /// The customer side: vault and key (RBAC), returns the key id.
    QString customerCreatesKey(const QString &vault);
    QString environmentId(const QString &displayName);
    QString createPolicy(const QString &name, const QString &location, bool grantIdentity,
                         QString *vaultId = nullptr);

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    CloudProfile m_profile;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<SandboxSession> m_session;
    QByteArray m_alexArm, m_alexGraph, m_kaiArm, m_kaiGraph, m_kaiKv, m_priyaBap, m_danaBap, m_rileyBap;
    QString m_appId, m_appObjectId, m_uamiId, m_uamiPrincipal;
};

void TestSandboxFlows::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_profile = m_sandbox->profile();
    m_http = std::make_unique<SandboxHttp>(m_profile);
    m_session = std::make_unique<SandboxSession>(m_profile, *m_http);
    const QString alex = m_session->signIn(QStringLiteral("alex@fabrikamisv.onmicrosoft.com"),
                                           QStringLiteral("Sandbox-Isv-1"));
    m_alexArm = m_session->token(alex, m_profile.armScope, Isv);
    m_alexGraph = m_session->token(alex, m_profile.graphScope, Isv);
    const QString kai
        = m_session->signIn(QStringLiteral("kai@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Kv-1"));
    m_kaiArm = m_session->token(kai, m_profile.armScope, Customer);
    m_kaiGraph = m_session->token(kai, m_profile.graphScope, Customer);
    m_kaiKv = m_session->token(kai, m_profile.keyVaultScope, Customer);
    m_priyaBap = m_session->token(
        m_session->signIn(QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1")),
        m_profile.powerPlatformScope, Customer);
    m_danaBap = m_session->token(
        m_session->signIn(QStringLiteral("dana@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-D365-1")),
        m_profile.powerPlatformScope, Customer);
    m_rileyBap = m_session->token(m_session->signIn(QStringLiteral("riley@contoso.onmicrosoft.com"),
                                                    QStringLiteral("Sandbox-Support-1")),
                                  m_profile.powerPlatformScope, Customer);
}

void TestSandboxFlows::cleanup()
{
    m_sandbox.reset();
}

void TestSandboxFlows::isvPrepares(const QString &ficIssuer, const QString &ficSubject,
                                   const QString &ficAudience)
{
    QCOMPARE(arm("POST",
                 IsvSub + QStringLiteral("/providers/Microsoft.Compute/register?api-version=2021-04-01"),
                 m_alexArm)
                 .status,
             200);
    QCOMPARE(arm("POST",
                 IsvSub + QStringLiteral("/providers/Microsoft.NetApp/register?api-version=2021-04-01"),
                 m_alexArm)
                 .status,
             200);
    QCOMPARE(arm("POST",
                 IsvSub
                     + QStringLiteral("/providers/Microsoft.Features/providers/Microsoft.Compute/features/"
                                      "EncryptionAtRestWithCrossTenantKey/register?api-version=2021-07-01"),
                 m_alexArm)
                 .status,
             200);
    m_sandbox->advanceClock(30 * 60 * 1000);
    HttpResult r = graph("POST", QStringLiteral("applications"), m_alexGraph,
                         R"({"displayName":"Fabrikam storage CMK","signInAudience":"AzureADMultipleOrgs"})");
    QCOMPARE(r.status, 201);
    m_appId = r.json().value(QStringLiteral("appId")).toString();
    m_appObjectId = r.json().value(QStringLiteral("id")).toString();
    m_uamiId
        = IsvSub
        + QStringLiteral(
              "/resourceGroups/rg-disks/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uami-cmk");
    r = arm("PUT", m_uamiId + QStringLiteral("?api-version=2023-01-31"), m_alexArm,
            R"({"location":"westeurope"})");
    QCOMPARE(r.status, 201);
    m_uamiPrincipal = r.json()[QStringLiteral("properties")][QStringLiteral("principalId")].toString();
    const QString issuer = ficIssuer.isEmpty()
        ? m_profile.authorityHost.toString() + Isv + QStringLiteral("/v2.0")
        : ficIssuer;
    const QString subject = ficSubject.isEmpty() ? m_uamiPrincipal : ficSubject;
    const QString audience
        = ficAudience.isEmpty() ? QStringLiteral("api://AzureADTokenExchange") : ficAudience;
    r = graph("POST", QStringLiteral("applications/%1/federatedIdentityCredentials").arg(m_appObjectId),
              m_alexGraph,
              QStringLiteral(R"({"name":"cmk","issuer":"%1","subject":"%2","audiences":["%3"]})")
                  .arg(issuer, subject, audience)
                  .toUtf8());
    QCOMPARE(r.status, 201);
}

QString TestSandboxFlows::customerCreatesKey(const QString &vault)
{
    const HttpResult r = arm(
        "PUT", vault + QStringLiteral("?api-version=2024-11-01"), m_kaiArm,
        QStringLiteral(
            R"({"location":"westeurope","properties":{"tenantId":"%1","sku":{"family":"A","name":"standard"},"accessPolicies":[],"enableRbacAuthorization":true,"enablePurgeProtection":true}})")
            .arg(Customer)
            .toUtf8());
    if (r.status != 201)
        return {};
    const QUrl vaultUri(r.json()[QStringLiteral("properties")][QStringLiteral("vaultUri")].toString());
    return kv("POST", vaultUri, QStringLiteral("keys/cmk/create?api-version=7.5"),
              R"({"kty":"RSA","key_size":2048})")
        .json()[QStringLiteral("key")][QStringLiteral("kid")]
        .toString();
}

void TestSandboxFlows::diskEncryptionSetAcrossTenants()
{
    isvPrepares();
    const QString vault = CustomerSub
        + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-contoso-disks");
    const QString kid = customerCreatesKey(vault);
    QVERIFY(!kid.isEmpty());
    const QString des = IsvSub
        + QStringLiteral("/resourceGroups/rg-disks/providers/Microsoft.Compute/diskEncryptionSets/"
                         "des-contoso?api-version=2025-01-02");
    const QByteArray body
        = QStringLiteral(
              R"({"location":"westeurope","identity":{"type":"UserAssigned","userAssignedIdentities":{"%1":{}}},"properties":{"activeKey":{"keyUrl":"%2"},"encryptionType":"EncryptionAtRestWithCustomerKey","federatedClientId":"%3"}})")
              .arg(m_uamiId, kid, m_appId)
              .toUtf8();
    // Before the customer installs the app: AADSTS700016 in the customer tenant.
    HttpResult r = arm("PUT", des, m_alexArm, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("KeyVaultAccessFailed"));
    QVERIFY2(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                 QStringLiteral("AADSTS700016")),
             r.body.constData());

    r = graph("POST", QStringLiteral("servicePrincipals"), m_kaiGraph,
              QStringLiteral(R"({"appId":"%1"})").arg(m_appId).toUtf8());
    QCOMPARE(r.status, 201);
    const QString spId = r.json().value(QStringLiteral("id")).toString();
    // Installed but not granted: Key Vault forbids.
    r = arm("PUT", des, m_alexArm, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("KeyVaultAccessForbidden"));
    QVERIFY(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("ForbiddenByRbac")));

    // The customer grants the narrow role on the key itself.
    QCOMPARE(grant(vault + QStringLiteral("/keys/cmk"), CryptoServiceUser, spId,
                   QStringLiteral("ServicePrincipal"))
                 .status,
             201);
    r = arm("PUT", des, m_alexArm, body);
    QCOMPARE(r.status, 202); // Compute: 202 on create (DiskEncryptionSets_CreateOrUpdate has 200/202)
    QVERIFY(!r.header("Azure-AsyncOperation").isEmpty());
    m_sandbox->advanceClock(5000);
    r = arm("GET", des, m_alexArm);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("provisioningState")].toString(),
             QStringLiteral("Succeeded"));
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("federatedClientId")].toString(), m_appId);
    // Region rule: a DES in another region than the vault is refused.
    r = arm("PUT",
            IsvSub
                + QStringLiteral("/resourceGroups/rg-disks/providers/Microsoft.Compute/diskEncryptionSets/"
                                 "des-east?api-version=2025-01-02"),
            m_alexArm, QByteArray(body).replace("westeurope", "eastus"));
    QCOMPARE(r.status, 400);
    // A key URL without version is refused.
    r = arm("PUT", des, m_alexArm, QByteArray(body).replace(kid.toUtf8(), kid.section(u'/', 0, -2).toUtf8()));
    QCOMPARE(r.status, 400);
}

void TestSandboxFlows::federatedCredentialMistakes_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("issuer of the customer tenant")
        << QStringLiteral("CUSTOMER_ISSUER") << QString() << QString() << QStringLiteral("AADSTS700211");
    QTest::newRow("subject is the client id")
        << QString() << QStringLiteral("CLIENT_ID") << QString() << QStringLiteral("AADSTS700213");
    QTest::newRow("subject in upper case")
        << QString() << QStringLiteral("UPPER") << QString() << QStringLiteral("AADSTS700213");
    QTest::newRow("audience of another cloud")
        << QString() << QString() << QStringLiteral("api://AzureADTokenExchangeUSGov")
        << QStringLiteral("AADSTS700212");
}

void TestSandboxFlows::federatedCredentialMistakes()
{
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QString, audience);
    QFETCH(QString, aadsts);
    if (issuer == QLatin1StringView("CUSTOMER_ISSUER"))
        issuer = m_profile.authorityHost.toString() + Customer + QStringLiteral("/v2.0");
    // The subject placeholders need the identity, which isvPrepares creates; use a two-phase setup.
    if (!subject.isEmpty()) {
        isvPrepares(QString(), QStringLiteral("placeholder-subject"), QString());
        const QString uami = m_uamiPrincipal;
        const QString client = arm("GET", m_uamiId + QStringLiteral("?api-version=2023-01-31"), m_alexArm)
                                   .json()[QStringLiteral("properties")][QStringLiteral("clientId")]
                                   .toString();
        const QString value = subject == QLatin1StringView("UPPER") ? uami.toUpper() : client;
        QCOMPARE(
            m_http
                ->send("PATCH",
                       QUrl(m_profile.graphEndpoint.toString()
                            + QStringLiteral("v1.0/applications/%1/federatedIdentityCredentials(name='cmk')")
                                  .arg(m_appObjectId)),
                       QStringLiteral(R"({"subject":"%1"})").arg(value).toUtf8(),
                       {{"Authorization", "Bearer " + m_alexGraph}})
                .status,
            204);
    } else {
        isvPrepares(issuer, QString(), audience);
    }
    const QString vault = CustomerSub
        + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-contoso-fic");
    const QString kid = customerCreatesKey(vault);
    const QString spId = graph("POST", QStringLiteral("servicePrincipals"), m_kaiGraph,
                               QStringLiteral(R"({"appId":"%1"})").arg(m_appId).toUtf8())
                             .json()
                             .value(QStringLiteral("id"))
                             .toString();
    QCOMPARE(grant(vault, CryptoServiceUser, spId, QStringLiteral("ServicePrincipal")).status, 201);
    const HttpResult r = arm(
        "PUT",
        IsvSub
            + QStringLiteral("/resourceGroups/rg-disks/providers/Microsoft.Compute/diskEncryptionSets/"
                             "des1?api-version=2025-01-02"),
        m_alexArm,
        QStringLiteral(
            R"({"location":"westeurope","identity":{"type":"UserAssigned","userAssignedIdentities":{"%1":{}}},"properties":{"activeKey":{"keyUrl":"%2"},"federatedClientId":"%3"}})")
            .arg(m_uamiId, kid, m_appId)
            .toUtf8());
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(aadsts),
             r.body.constData());
}

void TestSandboxFlows::netAppAccountNeedsApprovedEndpoint()
{
    isvPrepares();
    const QString vault = CustomerSub
        + QStringLiteral("/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-contoso-anf");
    const QString kid = customerCreatesKey(vault);
    const QUrl vaultUri = QUrl(kid).adjusted(QUrl::RemovePath);
    const QString spId = graph("POST", QStringLiteral("servicePrincipals"), m_kaiGraph,
                               QStringLiteral(R"({"appId":"%1"})").arg(m_appId).toUtf8())
                             .json()
                             .value(QStringLiteral("id"))
                             .toString();
    QCOMPARE(grant(vault + QStringLiteral("/keys/cmk"), CryptoServiceUser, spId,
                   QStringLiteral("ServicePrincipal"))
                 .status,
             201);
    const QString account = IsvSub
        + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.NetApp/netAppAccounts/"
                         "anf-contoso?api-version=2025-06-01");
    const QByteArray body
        = QStringLiteral(
              R"({"location":"westeurope","identity":{"type":"UserAssigned","userAssignedIdentities":{"%1":{}}},"properties":{"encryption":{"keySource":"Microsoft.KeyVault","keyVaultProperties":{"keyVaultUri":"%2/","keyName":"cmk","keyVaultResourceId":"%3"},"identity":{"userAssignedIdentity":"%1","federatedClientId":"%4"}}}})")
              .arg(m_uamiId, vaultUri.toString(), vault, m_appId)
              .toUtf8();
    HttpResult r = arm("PUT", account, m_alexArm, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("KeyVaultPrivateEndpointNotApproved"));
    // The ISV creates the endpoint; the customer approves it.
    r = arm(
        "PUT",
        IsvSub
            + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/privateEndpoints/"
                             "pe-contoso-kv?api-version=2024-05-01"),
        m_alexArm,
        QStringLiteral(
            R"({"location":"westeurope","properties":{"subnet":{"id":"%1"},"manualPrivateLinkServiceConnections":[{"name":"kv","properties":{"privateLinkServiceId":"%2","groupIds":["vault"]}}]}})")
            .arg(IsvSub
                     + QStringLiteral("/resourceGroups/rg-anf/providers/Microsoft.Network/virtualNetworks/"
                                      "vnet-anf/subnets/snet-endpoints"),
                 vault)
            .toUtf8());
    QCOMPARE(r.status, 201);
    m_sandbox->advanceClock(5000);
    QCOMPARE(arm("PUT", account, m_alexArm, body).status, 400); // still pending
    const QString connection
        = arm("GET", vault + QStringLiteral("/privateEndpointConnections?api-version=2024-11-01"), m_kaiArm)
              .json()[QStringLiteral("value")][0][QStringLiteral("id")]
              .toString();
    QCOMPARE(
        arm("PUT", connection + QStringLiteral("?api-version=2024-11-01"), m_kaiArm,
            R"({"properties":{"privateLinkServiceConnectionState":{"status":"Approved","description":"ok"}}})")
            .status,
        200);
    r = arm("PUT", account, m_alexArm, body);
    QCOMPARE(r.status, 201);
    m_sandbox->advanceClock(5000);
    r = arm("GET", account, m_alexArm);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("encryption")]
                     [QStringLiteral("keyVaultProperties")][QStringLiteral("status")]
                         .toString(),
             QStringLiteral("InUse"));
    // Disabling the key shows in the account's status.
    const QString version = QUrl(kid).path().section(u'/', -1);
    QCOMPARE(kv("PATCH", vaultUri, QStringLiteral("keys/cmk/%1?api-version=7.5").arg(version),
                R"({"attributes":{"enabled":false}})")
                 .status,
             200);
    r = arm("GET", account, m_alexArm);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("encryption")]
                     [QStringLiteral("keyVaultProperties")][QStringLiteral("status")]
                         .toString(),
             QStringLiteral("Error"));
}

void TestSandboxFlows::adminConsentInstallsTheApp()
{
    HttpResult r = graph(
        "POST", QStringLiteral("applications"), m_alexGraph,
        R"({"displayName":"Fabrikam consent","signInAudience":"AzureADMultipleOrgs","web":{"redirectUris":["https://fabrikam.example/consented"]}})");
    const QString appId = r.json().value(QStringLiteral("appId")).toString();
    QUrl consent = m_profile.authorityHost.resolved(QUrl(Customer + QStringLiteral("/adminconsent")));
    consent.setQuery(QStringLiteral("client_id=%1&redirect_uri=%2&state=s1")
                         .arg(appId,
                              QString::fromLatin1(QUrl::toPercentEncoding(
                                  QStringLiteral("https://fabrikam.example/consented")))));
    HttpResult page = m_http->get(consent);
    QCOMPARE(page.status, 200);
    // Priya is no application administrator: consent is refused.
    HttpResult back
        = m_http->submitForm(page,
                             {{QStringLiteral("username"), QStringLiteral("priya@contoso.onmicrosoft.com")},
                              {QStringLiteral("password"), QStringLiteral("Sandbox-Pp-1")},
                              {QStringLiteral("action"), QStringLiteral("accept")}});
    QCOMPARE(back.status, 302);
    QCOMPARE(
        QUrlQuery(QUrl(QString::fromUtf8(back.header("Location")))).queryItemValue(QStringLiteral("error")),
        QStringLiteral("access_denied"));
    back = m_http->submitForm(page,
                              {{QStringLiteral("username"), QStringLiteral("kai@contoso.onmicrosoft.com")},
                               {QStringLiteral("password"), QStringLiteral("Sandbox-Kv-1")},
                               {QStringLiteral("action"), QStringLiteral("accept")}});
    QCOMPARE(back.status, 302);
    const QUrlQuery q(QUrl(QString::fromUtf8(back.header("Location"))));
    QCOMPARE(q.queryItemValue(QStringLiteral("admin_consent")), QStringLiteral("True"));
    QCOMPARE(q.queryItemValue(QStringLiteral("tenant")), Customer);
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
    r = graph("GET",
              QStringLiteral("servicePrincipals?$filter=")
                  + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("appId eq '%1'").arg(appId))),
              m_kaiGraph);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
}

QString TestSandboxFlows::environmentId(const QString &displayName)
{
    const HttpResult r = bap(
        "GET",
        QStringLiteral(
            "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2023-06-01"),
        m_priyaBap);
    for (const auto &e : r.json().value(QStringLiteral("value")).toArray()) {
        if (e[QStringLiteral("properties")][QStringLiteral("displayName")].toString() == displayName)
            return e[QStringLiteral("name")].toString();
    }
    return {};
}

QString TestSandboxFlows::createPolicy(const QString &name, const QString &location, bool grantIdentity,
                                       QString *vaultIdOut)
{
    const QString vault = CustomerSub
        + QStringLiteral("/resourceGroups/rg-powerplatform/providers/Microsoft.KeyVault/vaults/kv-") + name;
    const QString kid = customerCreatesKey(vault);
    if (kid.isEmpty())
        return {};
    arm("POST",
        CustomerSub + QStringLiteral("/providers/Microsoft.PowerPlatform/register?api-version=2021-04-01"),
        m_kaiArm);
    m_sandbox->advanceClock(60 * 1000);
    const QString policy
        = CustomerSub
        + QStringLiteral(
              "/resourceGroups/rg-powerplatform/providers/Microsoft.PowerPlatform/enterprisePolicies/")
        + name;
    const HttpResult r = arm(
        "PUT", policy + QStringLiteral("?api-version=2020-10-30"), m_kaiArm,
        QStringLiteral(
            R"({"location":"%1","kind":"Encryption","identity":{"type":"SystemAssigned"},"properties":{"encryption":{"state":"Enabled","keyVault":{"id":"%2","key":{"name":"cmk","version":"%3"}}}}})")
            .arg(location, vault, QUrl(kid).path().section(u'/', -1))
            .toUtf8());
    if (r.status != 201)
        return {};
    if (grantIdentity)
        grant(vault, CryptoServiceUser,
              r.json()[QStringLiteral("identity")][QStringLiteral("systemAssignedIdentityPrincipalId")]
                  .toString(),
              QStringLiteral("ServicePrincipal"));
    if (vaultIdOut)
        *vaultIdOut = vault;
    return policy;
}

void TestSandboxFlows::powerPlatformEncryption()
{
    const QString policy = createPolicy(QStringLiteral("contoso-eu"), QStringLiteral("europe"), true);
    QVERIFY(!policy.isEmpty());
    const QString systemId = arm("GET", policy + QStringLiteral("?api-version=2020-10-30"), m_kaiArm)
                                 .json()[QStringLiteral("properties")][QStringLiteral("systemId")]
                                 .toString();
    const QString env = environmentId(QStringLiteral("Contoso Sales"));
    QVERIFY(!env.isEmpty());
    const QString link = QStringLiteral("/providers/Microsoft.BusinessAppPlatform/environments/%1/"
                                        "enterprisePolicies/Encryption/link?api-version=2019-10-01")
                             .arg(env);
    const QByteArray body = QStringLiteral(R"({"SystemId":"%1"})").arg(systemId).toUtf8();
    // Without Reader on the policy the admin is refused (seed 002).
    HttpResult r = bap("POST", link, m_priyaBap, body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("EnterprisePolicyAccessDenied"));
    const QString priyaOid = jwtClaims(m_priyaBap).value(QStringLiteral("oid")).toString();
    QCOMPARE(grant(policy, Reader, priyaOid, QStringLiteral("User")).status, 201);
    // Read-only support staff may look but not link.
    QCOMPARE(bap("POST", link, m_rileyBap, body).status, 403);
    r = bap("POST", link, m_priyaBap,
            QStringLiteral(R"({"systemId":"%1"})").arg(systemId).toUtf8()); // camelCase works too
    QCOMPARE(r.status, 202);
    const QUrl operation(QString::fromLatin1(r.header("operation-location")));
    QVERIFY(operation.isValid());
    QVERIFY(!r.header("Location").isEmpty());
    QCOMPARE(bap("POST", link, m_priyaBap, body).status, 409); // OperationNotStartable while it runs

    r = m_http->send("GET", operation, {}, {{"Authorization", "Bearer " + m_priyaBap}});
    QCOMPARE(r.json()[QStringLiteral("state")][QStringLiteral("id")].toString(), QStringLiteral("Running"));
    const QString envPath
        = QStringLiteral(
              "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/%1?api-version=2023-06-01")
              .arg(env);
    r = bap("GET", envPath, m_priyaBap);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("enterprisePolicies")]
                     [QStringLiteral("customerManagedKeys")][QStringLiteral("linkStatus")]
                         .toString(),
             QStringLiteral("Linking"));
    m_sandbox->advanceClock(12LL * 3600 * 1000); // halfway through a production environment
    r = bap("GET", envPath, m_priyaBap);
    const int percent
        = r.json()[QStringLiteral("properties")][QStringLiteral("enterprisePolicies")]
                  [QStringLiteral("customerManagedKeys")][QStringLiteral("encryptionPercentComplete")]
                      .toInt();
    QVERIFY2(percent > 20 && percent < 80, QByteArray::number(percent).constData());
    m_sandbox->advanceClock(24LL * 3600 * 1000);
    r = m_http->send("GET", operation, {}, {{"Authorization", "Bearer " + m_priyaBap}});
    QCOMPARE(r.json()[QStringLiteral("state")][QStringLiteral("id")].toString(), QStringLiteral("Succeeded"));
    r = bap("GET", envPath, m_priyaBap);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("protectionStatus")]
                     [QStringLiteral("keyManagedBy")]
                         .toString(),
             QStringLiteral("Customer"));
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("enterprisePolicies")]
                     [QStringLiteral("customerManagedKeys")][QStringLiteral("linkStatus")]
                         .toString(),
             QStringLiteral("Linked"));

    // Unlink goes back to the Microsoft-managed key.
    r = bap("POST", QString(link).replace(QStringLiteral("/link?"), QStringLiteral("/unlink?")), m_priyaBap,
            body);
    QCOMPARE(r.status, 202);
    m_sandbox->advanceClock(40LL * 3600 * 1000);
    r = bap("GET", envPath, m_priyaBap);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("protectionStatus")]
                     [QStringLiteral("keyManagedBy")]
                         .toString(),
             QStringLiteral("Microsoft"));
    QVERIFY(!r.json()[QStringLiteral("properties")][QStringLiteral("enterprisePolicies")].toObject().contains(
        QStringLiteral("customerManagedKeys")));
}

void TestSandboxFlows::linkRefusals_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("trial") << QStringLiteral("Contoso Trial") << QStringLiteral("priya") << 400
                           << QStringLiteral("EnvironmentTypeNotSupported");
    QTest::newRow("teams") << QStringLiteral("Contoso Teams") << QStringLiteral("priya") << 400
                           << QStringLiteral("EnvironmentTypeNotSupported");
    QTest::newRow("not managed") << QStringLiteral("Contoso HR") << QStringLiteral("priya") << 400
                                 << QStringLiteral("ManagedEnvironmentRequired");
    QTest::newRow("other region") << QStringLiteral("Contoso US Operations") << QStringLiteral("priya") << 400
                                  << QStringLiteral("EnvironmentLocationMismatch");
    QTest::newRow("finance and operations without integration")
        << QStringLiteral("Contoso Supply Chain (finance and operations)") << QStringLiteral("priya") << 400
        << QStringLiteral("PowerPlatformIntegrationRequired");
    QTest::newRow("finance and operations with integration")
        << QStringLiteral("Contoso Finance (finance and operations)") << QStringLiteral("priya") << 202
        << QString();
    QTest::newRow("dynamics admin without reader")
        << QStringLiteral("Contoso Sales Test") << QStringLiteral("dana") << 403
        << QStringLiteral("EnterprisePolicyAccessDenied");
}

void TestSandboxFlows::linkRefusals()
{
    QFETCH(QString, environment);
    QFETCH(QString, caller);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString policy = createPolicy(QStringLiteral("contoso-rules"), QStringLiteral("europe"), true);
    QCOMPARE(grant(policy, Reader, jwtClaims(m_priyaBap).value(QStringLiteral("oid")).toString(),
                   QStringLiteral("User"))
                 .status,
             201);
    const QString systemId = arm("GET", policy + QStringLiteral("?api-version=2020-10-30"), m_kaiArm)
                                 .json()[QStringLiteral("properties")][QStringLiteral("systemId")]
                                 .toString();
    const QString env = environmentId(environment);
    QVERIFY2(!env.isEmpty(), qPrintable(environment));
    const HttpResult r = bap("POST",
                             QStringLiteral("/providers/Microsoft.BusinessAppPlatform/environments/%1/"
                                            "enterprisePolicies/Encryption/link?api-version=2019-10-01")
                                 .arg(env),
                             caller == QLatin1StringView("dana") ? m_danaBap : m_priyaBap,
                             QStringLiteral(R"({"SystemId":"%1"})").arg(systemId).toUtf8());
    QCOMPARE(r.status, status);
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), code);
}

void TestSandboxFlows::lockWays_data()
{
    QTest::addColumn<QString>("way");
    QTest::addColumn<QString>("reason");
    QTest::newRow("revoke vault permission")
        << QStringLiteral("revoke") << QStringLiteral("PermissionRevoked");
    QTest::newRow("disable key") << QStringLiteral("disable-key") << QStringLiteral("KeyDisabled");
    QTest::newRow("disable key version")
        << QStringLiteral("disable-version") << QStringLiteral("KeyVersionDisabled");
    QTest::newRow("delete key") << QStringLiteral("delete-key") << QStringLiteral("KeyDeleted");
    QTest::newRow("delete vault") << QStringLiteral("delete-vault") << QStringLiteral("VaultDeleted");
    QTest::newRow("delete policy") << QStringLiteral("delete-policy") << QStringLiteral("PolicyDeleted");
    QTest::newRow("close vault network")
        << QStringLiteral("network") << QStringLiteral("VaultNetworkBlocked");
}

void TestSandboxFlows::lockWays()
{
    QFETCH(QString, way);
    QFETCH(QString, reason);
    QString vault;
    const QString policy
        = createPolicy(QStringLiteral("contoso-lock"), QStringLiteral("europe"), true, &vault);
    QCOMPARE(grant(policy, Reader, jwtClaims(m_priyaBap).value(QStringLiteral("oid")).toString(),
                   QStringLiteral("User"))
                 .status,
             201);
    const QJsonObject policyBody
        = arm("GET", policy + QStringLiteral("?api-version=2020-10-30"), m_kaiArm).json();
    const QString systemId = policyBody[QStringLiteral("properties")][QStringLiteral("systemId")].toString();
    const QString env = environmentId(QStringLiteral("Contoso Sales Test"));
    QCOMPARE(bap("POST",
                 QStringLiteral("/providers/Microsoft.BusinessAppPlatform/environments/%1/enterprisePolicies/"
                                "Encryption/link?api-version=2019-10-01")
                     .arg(env),
                 m_priyaBap, QStringLiteral(R"({"SystemId":"%1"})").arg(systemId).toUtf8())
                 .status,
             202);
    m_sandbox->advanceClock(5LL * 3600 * 1000);
    const QString envPath
        = QStringLiteral(
              "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/%1?api-version=2023-06-01")
              .arg(env);
    QCOMPARE(bap("GET", envPath, m_priyaBap)
                 .json()[QStringLiteral("properties")][QStringLiteral("states")][QStringLiteral("runtime")]
                        [QStringLiteral("id")]
                 .toString(),
             QStringLiteral("Enabled"));

    const QUrl vaultUri(arm("GET", vault + QStringLiteral("?api-version=2024-11-01"), m_kaiArm)
                            .json()[QStringLiteral("properties")][QStringLiteral("vaultUri")]
                            .toString());
    const QString version
        = policyBody[QStringLiteral("properties")][QStringLiteral("encryption")][QStringLiteral("keyVault")]
                    [QStringLiteral("key")][QStringLiteral("version")]
                        .toString();
    const QString identity
        = policyBody[QStringLiteral("identity")][QStringLiteral("systemAssignedIdentityPrincipalId")]
              .toString();
    if (way == QLatin1StringView("revoke")) {
        const HttpResult list = arm(
            "GET",
            vault
                + QStringLiteral(
                    "/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=")
                + QString::fromLatin1(
                    QUrl::toPercentEncoding(QStringLiteral("principalId eq '%1'").arg(identity))),
            m_kaiArm);
        const QString assignment = list.json()[QStringLiteral("value")][0][QStringLiteral("id")].toString();
        QVERIFY(!assignment.isEmpty());
        QCOMPARE(arm("DELETE", assignment + QStringLiteral("?api-version=2022-04-01"), m_kaiArm).status, 200);
    } else if (way == QLatin1StringView("disable-key") || way == QLatin1StringView("disable-version")) {
        if (way
            == QLatin1StringView(
                "disable-version")) // a newer version exists; the policy's older one is disabled
            QCOMPARE(
                kv("POST", vaultUri, QStringLiteral("keys/cmk/create?api-version=7.5"), R"({"kty":"RSA"})")
                    .status,
                200);
        QCOMPARE(kv("PATCH", vaultUri, QStringLiteral("keys/cmk/%1?api-version=7.5").arg(version),
                    R"({"attributes":{"enabled":false}})")
                     .status,
                 200);
    } else if (way == QLatin1StringView("delete-key")) {
        QCOMPARE(kv("DELETE", vaultUri, QStringLiteral("keys/cmk?api-version=7.5")).status, 200);
    } else if (way == QLatin1StringView("delete-vault")) {
        QCOMPARE(arm("DELETE", vault + QStringLiteral("?api-version=2024-11-01"), m_kaiArm).status, 200);
    } else if (way == QLatin1StringView("delete-policy")) {
        QCOMPARE(arm("DELETE", policy + QStringLiteral("?api-version=2020-10-30"), m_kaiArm).status, 200);
    } else if (way == QLatin1StringView("network")) {
        QCOMPARE(
            arm("PATCH", vault + QStringLiteral("?api-version=2024-11-01"), m_kaiArm,
                R"({"properties":{"publicNetworkAccess":"Disabled","networkAcls":{"defaultAction":"Deny","bypass":"None"}}})")
                .status,
            200);
    }
    HttpResult r = bap("GET", envPath, m_priyaBap);
    const QJsonObject props = r.json()[QStringLiteral("properties")].toObject();
    QCOMPARE(props[QStringLiteral("states")][QStringLiteral("runtime")][QStringLiteral("id")].toString(),
             QStringLiteral("Disabled"));
    QCOMPARE(props[QStringLiteral("states")][QStringLiteral("runtime")][QStringLiteral("runtimeReasonCode")]
                 .toString(),
             QStringLiteral("CustomerManagedKeyNotAccessible"));
    QCOMPARE(props[QStringLiteral("customerManagedKeyLock")][QStringLiteral("reason")].toString(), reason);
    QVERIFY(!props[QStringLiteral("customerManagedKeyLock")].toObject().contains(
        QStringLiteral("scheduledDeletionTime"))); // a sandbox environment

    // Unlock: restore exactly what was revoked, then support records the unlock.
    if (way == QLatin1StringView("revoke")) {
        QCOMPARE(grant(vault, CryptoServiceUser, identity, QStringLiteral("ServicePrincipal")).status, 201);
    } else if (way.startsWith(QLatin1StringView("disable"))) {
        QCOMPARE(kv("PATCH", vaultUri, QStringLiteral("keys/cmk/%1?api-version=7.5").arg(version),
                    R"({"attributes":{"enabled":true}})")
                     .status,
                 200);
    } else if (way == QLatin1StringView("delete-key")) {
        QCOMPARE(kv("POST", vaultUri, QStringLiteral("deletedkeys/cmk/recover?api-version=7.5")).status, 200);
    } else if (way == QLatin1StringView("network")) {
        QCOMPARE(
            arm("PATCH", vault + QStringLiteral("?api-version=2024-11-01"), m_kaiArm,
                R"({"properties":{"publicNetworkAccess":"Enabled","networkAcls":{"defaultAction":"Allow","bypass":"AzureServices"}}})")
                .status,
            200);
    } else {
        return; // a deleted vault or policy does not come back in the sandbox
    }
    r = bap("GET", envPath, m_priyaBap);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("states")][QStringLiteral("runtime")]
                     [QStringLiteral("id")]
                         .toString(),
             QStringLiteral("Disabled")); // still locked until support unlocks
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("customerManagedKeyLock")]
                     [QStringLiteral("accessRestored")]
                         .toBool(),
             true);
    QCOMPARE(m_http
                 ->send("POST", m_sandbox->adminApi().resolved(QUrl(QStringLiteral("support/unlock"))),
                        QStringLiteral(R"({"environmentId":"%1"})").arg(env).toUtf8())
                 .status,
             200);
    r = bap("GET", envPath, m_priyaBap);
    QCOMPARE(r.json()[QStringLiteral("properties")][QStringLiteral("states")][QStringLiteral("runtime")]
                     [QStringLiteral("id")]
                         .toString(),
             QStringLiteral("Enabled"));
}

void TestSandboxFlows::deletionCountdown()
{
    const QString env = environmentId(QStringLiteral("Contoso Archive"));
    const QString envPath
        = QStringLiteral(
              "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/%1?api-version=2023-06-01")
              .arg(env);
    HttpResult r = bap("GET", envPath, m_rileyBap);
    QCOMPARE(r.status, 200);
    const QJsonObject lock
        = r.json()[QStringLiteral("properties")][QStringLiteral("customerManagedKeyLock")].toObject();
    QCOMPARE(lock.value(QStringLiteral("reason")).toString(), QStringLiteral("KeyDisabled"));
    const QDateTime since
        = QDateTime::fromString(lock.value(QStringLiteral("lockedSince")).toString(), Qt::ISODateWithMs);
    const QDateTime deletion = QDateTime::fromString(
        lock.value(QStringLiteral("scheduledDeletionTime")).toString(), Qt::ISODateWithMs);
    QCOMPARE(since.daysTo(deletion), 28);
    m_sandbox->advanceClock(24LL * 24 * 3600 * 1000); // 5 + 24 = 29 days locked
    QCOMPARE(bap("GET", envPath, m_rileyBap).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxFlows)
#include "tst_sandboxflows.moc"
