// The sandbox's Microsoft Graph: me and directory roles, users, applications, federated
// credentials (create, upsert, rules), client secrets, service principals and their permissions.

#include "sandbox.h"
#include "sandboxclient.h"

#include <QTest>

using namespace cmk;
using namespace cmk::testing;

namespace {
const QString Customer = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString Isv = QStringLiteral("11111111-1111-1111-1111-111111111111");
} // namespace

class TestSandboxGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void meAndRoles();
    void usersByUpn();
    void applicationLifecycle();
    void federatedCredentialRules_data();
    void federatedCredentialRules();
    void upsertFederatedCredential();
    void servicePrincipalNeedsAnAdmin();
    void pagingAndSelect();
    void errorsHaveGraphShape();

private:
    HttpResult graph(const QByteArray &method, const QString &path, const QByteArray &token,
                     const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers {{"Authorization", "Bearer " + token}};
        headers += extra;
        return m_http->send(method, QUrl(m_profile.graphEndpoint.toString() + QStringLiteral("v1.0/") + path),
                            body, headers);
    }

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    CloudProfile m_profile;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<SandboxSession> m_session;
    QByteArray m_alex, m_kai, m_priya;
    QString m_appObjectId, m_appId;
};

void TestSandboxGraph::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_profile = m_sandbox->profile();
    m_http = std::make_unique<SandboxHttp>(m_profile);
    m_session = std::make_unique<SandboxSession>(m_profile, *m_http);
    m_alex = m_session->token(m_session->signIn(QStringLiteral("alex@fabrikamisv.onmicrosoft.com"),
                                                QStringLiteral("Sandbox-Isv-1")),
                              m_profile.graphScope, Isv);
    m_kai = m_session->token(
        m_session->signIn(QStringLiteral("kai@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Kv-1")),
        m_profile.graphScope, Customer);
    m_priya = m_session->token(
        m_session->signIn(QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1")),
        m_profile.graphScope, Customer);
    QVERIFY(!m_alex.isEmpty() && !m_kai.isEmpty() && !m_priya.isEmpty());
}

void TestSandboxGraph::meAndRoles()
{
    HttpResult r = graph("GET", QStringLiteral("me"), m_priya);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("priya@contoso.onmicrosoft.com"));
    QVERIFY(!r.header("request-id").isEmpty());
    r = graph(
        "GET",
        QStringLiteral("me/memberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId"),
        m_priya);
    QCOMPARE(r.status, 200);
    const QJsonObject role = r.json().value(QStringLiteral("value")).toArray().first().toObject();
    QCOMPARE(role.value(QStringLiteral("roleTemplateId")).toString(),
             QStringLiteral("11648597-926c-4cf3-9c36-bcebb0ba8dcc"));
    QCOMPARE(role.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Power Platform Administrator"));
    QVERIFY(!role.contains(QStringLiteral("description"))); // $select
}

void TestSandboxGraph::usersByUpn()
{
    const QString filter = QString::fromLatin1(
        QUrl::toPercentEncoding(QStringLiteral("userPrincipalName eq 'priya@contoso.onmicrosoft.com'")));
    HttpResult r = graph("GET",
                         QStringLiteral("users?$filter=") + filter
                             + QStringLiteral("&$select=id,displayName,userPrincipalName"),
                         m_kai);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
    // Another tenant's directory is not visible.
    r = graph("GET", QStringLiteral("users?$filter=") + filter, m_alex);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 0);
    r = graph("GET", QStringLiteral("users/priya@contoso.onmicrosoft.com"), m_kai);
    QCOMPARE(r.status, 200);
    r = graph(
        "GET",
        QStringLiteral("users?$filter=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("startswith(displayName,'P')"))),
        m_kai);
    QCOMPARE(r.status, 400);
}

void TestSandboxGraph::applicationLifecycle()
{
    HttpResult r = graph(
        "POST", QStringLiteral("applications"), m_alex,
        R"({"displayName":"Fabrikam CMK","signInAudience":"AzureADMultipleOrgs","web":{"redirectUris":["https://fabrikam.example/consented"]}})");
    QCOMPARE(r.status, 201);
    m_appObjectId = r.json().value(QStringLiteral("id")).toString();
    m_appId = r.json().value(QStringLiteral("appId")).toString();
    QVERIFY(m_appObjectId != m_appId);
    QCOMPARE(r.json().value(QStringLiteral("publisherDomain")).toString(),
             QStringLiteral("fabrikamisv.onmicrosoft.com"));
    r = graph(
        "GET",
        QStringLiteral("applications?$filter=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("appId eq '%1'").arg(m_appId))),
        m_alex);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
    r = graph("GET", QStringLiteral("applications(appId='%1')").arg(m_appId), m_alex);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), m_appObjectId);
    // Not visible from the customer tenant.
    QCOMPARE(graph("GET", QStringLiteral("applications/") + m_appObjectId, m_kai).status, 404);
    r = graph("POST", QStringLiteral("applications"), m_alex, R"({"displayName":""})");
    QCOMPARE(r.status, 400);
    r = graph("POST", QStringLiteral("applications"), m_alex,
              R"({"displayName":"x","signInAudience":"Everyone"})");
    QCOMPARE(r.status, 400);
    // A client secret for automation (client credentials).
    r = graph("POST", QStringLiteral("applications/%1/addPassword").arg(m_appObjectId), m_alex,
              R"({"passwordCredential":{"displayName":"ci"}})");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(QStringLiteral("secretText")).toString().isEmpty());
    r = graph("GET", QStringLiteral("applications/") + m_appObjectId, m_alex);
    QVERIFY(r.json()[QStringLiteral("passwordCredentials")][0][QStringLiteral("secretText")]
                .isNull()); // never read back
}

void TestSandboxGraph::federatedCredentialRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray good
        = R"({"name":"cmk-uami","issuer":"https://login.example/11111111-1111-1111-1111-111111111111/v2.0","subject":"66666666-6666-6666-6666-666666666666","audiences":["api://AzureADTokenExchange"]})";
    QTest::newRow("created") << good << 201;
    QTest::newRow("same name again") << good << 409;
    QTest::newRow("same issuer and subject") << QByteArray(good).replace("cmk-uami", "cmk-other") << 409;
    QTest::newRow("two audiences") << QByteArray(good)
                                          .replace("cmk-uami", "cmk-two")
                                          .replace("\"api://AzureADTokenExchange\"", "\"a\",\"b\"")
                                   << 400;
    QTest::newRow("no audience")
        << QByteArray(good).replace("cmk-uami", "cmk-none").replace("\"api://AzureADTokenExchange\"", "")
        << 400;
    QTest::newRow("bad name") << QByteArray(good).replace("cmk-uami", "cmk uami/1") << 400;
    QTest::newRow("http issuer")
        << QByteArray(good).replace("cmk-uami", "cmk-http").replace("https://login", "http://login") << 400;
    QTest::newRow("no subject") << QByteArray(good)
                                       .replace("cmk-uami", "cmk-nosub")
                                       .replace("66666666-6666-6666-6666-666666666666", "")
                                << 400;
}

void TestSandboxGraph::federatedCredentialRules()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QVERIFY(!m_appObjectId.isEmpty());
    const HttpResult r
        = graph("POST", QStringLiteral("applications/%1/federatedIdentityCredentials").arg(m_appObjectId),
                m_alex, body);
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(r.json().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("66666666-6666-6666-6666-666666666666"));
        QCOMPARE(r.json().value(QStringLiteral("audiences")).toArray().size(), 1);
    } else {
        QVERIFY(!r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString()
                     .isEmpty());
    }
}

void TestSandboxGraph::upsertFederatedCredential()
{
    const QString path = QStringLiteral("applications/%1/federatedIdentityCredentials(name='cmk-upsert')")
                             .arg(m_appObjectId);
    const QByteArray body
        = R"({"issuer":"https://login.example/11111111-1111-1111-1111-111111111111/v2.0","subject":"77777777-0000-4000-8000-000000000001","audiences":["api://AzureADTokenExchange"]})";
    HttpResult r = graph("PATCH", path, m_alex, body);
    QCOMPARE(r.status, 404); // without Prefer it is a plain update
    r = graph("PATCH", path, m_alex, body, {{"Prefer", "create-if-missing"}});
    QCOMPARE(r.status, 201);
    r = graph("PATCH", path, m_alex, QByteArray(body).replace("0001", "0002"),
              {{"Prefer", "create-if-missing"}});
    QCOMPARE(r.status, 204);
    r = graph("GET",
              QStringLiteral("applications/%1/federatedIdentityCredentials?$filter=").arg(m_appObjectId)
                  + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("name eq 'cmk-upsert'"))),
              m_alex);
    QCOMPARE(r.json()[QStringLiteral("value")][0][QStringLiteral("subject")].toString(),
             QStringLiteral("77777777-0000-4000-8000-000000000002"));
    // Only owners and application administrators may change credentials.
    QCOMPARE(graph("PATCH", path, m_kai, body, {{"Prefer", "create-if-missing"}}).status,
             404); // not even visible
}

void TestSandboxGraph::servicePrincipalNeedsAnAdmin()
{
    const QByteArray body = QStringLiteral(R"({"appId":"%1"})").arg(m_appId).toUtf8();
    HttpResult r = graph("POST", QStringLiteral("servicePrincipals"), m_priya, body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("Authorization_RequestDenied"));
    r = graph("POST", QStringLiteral("servicePrincipals"), m_kai, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("appOwnerOrganizationId")).toString(), Isv);
    QCOMPARE(r.json().value(QStringLiteral("appId")).toString(), m_appId);
    r = graph("POST", QStringLiteral("servicePrincipals"), m_kai, body);
    QCOMPARE(r.status, 409);
    r = graph(
        "GET",
        QStringLiteral("servicePrincipals?$filter=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("appId eq '%1'").arg(m_appId))),
        m_kai);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
    r = graph("POST", QStringLiteral("servicePrincipals"), m_kai,
              R"({"appId":"deadbeef-0000-4000-8000-000000000000"})");
    QCOMPARE(r.status, 400);
}

void TestSandboxGraph::pagingAndSelect()
{
    QString next
        = m_profile.graphEndpoint.toString() + QStringLiteral("v1.0/users?$top=2&$select=userPrincipalName");
    int users = 0, pages = 0;
    while (!next.isEmpty() && pages < 20) {
        const HttpResult r = m_http->send("GET", QUrl(next), {}, {{"Authorization", "Bearer " + m_kai}});
        QCOMPARE(r.status, 200);
        for (const auto &u : r.json().value(QStringLiteral("value")).toArray()) {
            QCOMPARE(u.toObject().keys(),
                     (QStringList {QStringLiteral("@odata.type"), QStringLiteral("userPrincipalName")}));
            ++users;
        }
        ++pages;
        next = r.json().value(QStringLiteral("@odata.nextLink")).toString();
    }
    QCOMPARE(users, 5); // the customer tenant's demo users
    QCOMPARE(pages, 3);
    QCOMPARE(graph("GET", QStringLiteral("users?$top=0"), m_kai).status, 400);
}

void TestSandboxGraph::errorsHaveGraphShape()
{
    const HttpResult r
        = m_http->send("GET", QUrl(m_profile.graphEndpoint.toString() + QStringLiteral("v1.0/me")), {},
                       {{"client-request-id", "aaaaaaaa-1111-2222-3333-444444444444"}});
    QCOMPARE(r.status, 401);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(error[QStringLiteral("innerError")][QStringLiteral("client-request-id")].toString(),
             QStringLiteral("aaaaaaaa-1111-2222-3333-444444444444"));
    QVERIFY(!error[QStringLiteral("innerError")][QStringLiteral("request-id")].toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxGraph)
#include "tst_sandboxgraph.moc"
