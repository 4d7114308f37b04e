// The sandbox's identity platform over real HTTPS: discovery, the authorize pages, PKCE,
// refresh rotation, device code, and each error a user or client can hit.

#include "sandbox.h"
#include "sandboxclient.h"
#include "world.h"

#include <QCryptographicHash>
#include <QTest>

using namespace cmk;
using namespace cmk::testing;

namespace {
const QString Customer = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString Isv = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString Client = QStringLiteral("1950a258-227b-4e31-a9cf-717495945fc2");
const QString Redirect = QStringLiteral("http://localhost:43123/");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-a-much-longer-verifier");

QString challenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery redirectQuery(const HttpResult &r)
{
    return QUrlQuery(QUrl(QString::fromUtf8(r.header("Location"))));
}
} // namespace

class TestSandboxIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discovery_data();
    void discovery();
    void signInWithPkce();
    void authorizeErrors_data();
    void authorizeErrors();
    void signInProblemsStayOnThePage_data();
    void signInProblemsStayOnThePage();
    void cancelReturnsAccessDenied();
    void tokenErrors_data();
    void tokenErrors();
    void refreshRotatesAndCrossesResources();
    void expiredRefreshToken();
    void deviceCode();
    void deviceCodeDeclined();
    void unknownResource();
    void plusInFormMeansSpace();
    void requestLogHoldsNoSecrets();

private:
    QUrl url(const QString &path) const { return m_profile.authorityHost.resolved(QUrl(path)); }
    QUrl authorizeUrl(const QString &tenant, const QList<QPair<QString, QString>> &overrides = {}) const;
    /// Signs `upn` in through the HTML pages; the redirect back to the app.
    HttpResult signIn(const QString &tenant, const QString &upn, const QString &password,
                      const QList<QPair<QString, QString>> &overrides = {});
    QJsonObject redeem(const QString &code, const QString &verifier = Verifier, int *status = nullptr);

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    CloudProfile m_profile;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxIdentity::initTestCase()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_profile = m_sandbox->profile();
    m_http = std::make_unique<SandboxHttp>(m_profile);
}

QUrl TestSandboxIdentity::authorizeUrl(const QString &tenant,
                                       const QList<QPair<QString, QString>> &overrides) const
{
    QList<QPair<QString, QString>> items {
        {QStringLiteral("client_id"), Client},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("redirect_uri"), Redirect},
        {QStringLiteral("scope"), m_profile.armScope + QStringLiteral(" openid profile offline_access")},
        {QStringLiteral("state"), QStringLiteral("st-42")},
        {QStringLiteral("nonce"), QStringLiteral("n-7")},
        {QStringLiteral("code_challenge"), challenge(Verifier)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        {QStringLiteral("client_info"), QStringLiteral("1")}};
    for (const auto &[k, v] : overrides) {
        for (auto &item : items) {
            if (item.first == k)
                item.second = v;
        }
        if (std::none_of(items.begin(), items.end(), [&](const auto &i) { return i.first == k; }))
            items.append({k, v});
    }
    QUrlQuery q;
    for (const auto &[k, v] : items) {
        if (!v.isNull())
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    }
    QUrl u = url(tenant + QStringLiteral("/oauth2/v2.0/authorize"));
    u.setQuery(q);
    return u;
}

HttpResult TestSandboxIdentity::signIn(const QString &tenant, const QString &upn, const QString &password,
                                       const QList<QPair<QString, QString>> &overrides)
{
    const HttpResult page = m_http->get(authorizeUrl(tenant, overrides));
    if (page.status != 200)
        return page;
    return m_http->submitForm(page,
                              {{QStringLiteral("username"), upn},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("action"), QStringLiteral("signin")}});
}

QJsonObject TestSandboxIdentity::redeem(const QString &code, const QString &verifier, int *status)
{
    const HttpResult r = m_http->postForm(
        url(QStringLiteral("organizations/oauth2/v2.0/token")),
        {{QStringLiteral("client_id"), Client},
         {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), Redirect},
         {QStringLiteral("code_verifier"), verifier},
         {QStringLiteral("scope"), m_profile.armScope + QStringLiteral(" openid profile offline_access")},
         {QStringLiteral("client_info"), QStringLiteral("1")}});
    if (status)
        *status = r.status;
    return r.json();
}

void TestSandboxIdentity::discovery_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("status");
    QTest::newRow("tenant id") << Customer << 200;
    QTest::newRow("domain") << QStringLiteral("contoso.onmicrosoft.com") << 200;
    QTest::newRow("organizations") << QStringLiteral("organizations") << 200;
    QTest::newRow("common") << QStringLiteral("common") << 200;
    QTest::newRow("unknown tenant") << QStringLiteral("33333333-3333-3333-3333-333333333333") << 400;
}

void TestSandboxIdentity::discovery()
{
    QFETCH(QString, tenant);
    QFETCH(int, status);
    const HttpResult r = m_http->get(url(tenant + QStringLiteral("/v2.0/.well-known/openid-configuration")));
    QCOMPARE(r.status, status);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject doc = r.json();
    if (status != 200) {
        QVERIFY(doc.value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QStringLiteral("AADSTS90002")));
        QCOMPARE(doc.value(QStringLiteral("error_codes")).toArray().first().toInt(), 90002);
        QVERIFY(!doc.value(QStringLiteral("trace_id")).toString().isEmpty());
        QVERIFY(!doc.value(QStringLiteral("correlation_id")).toString().isEmpty());
        return;
    }
    // The tenant is the first path segment, as MSAL and the Key Vault challenge parser expect.
    QCOMPARE(doc.value(QStringLiteral("token_endpoint")).toString(),
             url(tenant + QStringLiteral("/oauth2/v2.0/token")).toString());
    QCOMPARE(doc.value(QStringLiteral("authorization_endpoint")).toString(),
             url(tenant + QStringLiteral("/oauth2/v2.0/authorize")).toString());
    QVERIFY(doc.contains(QStringLiteral("device_authorization_endpoint")));
    const HttpResult keys = m_http->get(QUrl(doc.value(QStringLiteral("jwks_uri")).toString()));
    QCOMPARE(keys.status, 200);
    const QJsonObject key = keys.json().value(QStringLiteral("keys")).toArray().first().toObject();
    QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QVERIFY(key.value(QStringLiteral("n")).toString().size() > 300);
}

void TestSandboxIdentity::signInWithPkce()
{
    const HttpResult page = m_http->get(authorizeUrl(QStringLiteral("organizations")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html; charset=utf-8"));
    QVERIFY(page.body.contains("kai@contoso.onmicrosoft.com"));
    QVERIFY(!page.body.contains("<script"));

    const HttpResult back
        = m_http->submitForm(page,
                             {{QStringLiteral("username"), QStringLiteral("kai@contoso.onmicrosoft.com")},
                              {QStringLiteral("password"), QStringLiteral("Sandbox-Kv-1")},
                              {QStringLiteral("action"), QStringLiteral("signin")}});
    QCOMPARE(back.status, 302);
    const QUrl location(QString::fromUtf8(back.header("Location")));
    QCOMPARE(location.host(), QStringLiteral("localhost"));
    QCOMPARE(location.port(), 43123);
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    int status = 0;
    const QJsonObject tokens = redeem(code, Verifier, &status);
    QCOMPARE(status, 200);
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(tokens.value(QStringLiteral("expires_in")).toInt() >= 3600);
    QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject access = jwtClaims(tokens.value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(access.value(QStringLiteral("tid")).toString(), Customer);
    QCOMPARE(access.value(QStringLiteral("aud")).toString(), m_profile.armEndpoint.toString());
    QCOMPARE(access.value(QStringLiteral("upn")).toString(), QStringLiteral("kai@contoso.onmicrosoft.com"));
    QVERIFY(access.value(QStringLiteral("wids"))
                .toArray()
                .contains(QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7")));
    const QJsonObject id = jwtClaims(tokens.value(QStringLiteral("id_token")).toString().toLatin1());
    QCOMPARE(id.value(QStringLiteral("aud")).toString(), Client);
    QCOMPARE(id.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-7"));
    QCOMPARE(id.value(QStringLiteral("oid")).toString(), access.value(QStringLiteral("oid")).toString());
    const QJsonObject clientInfo
        = QJsonDocument::fromJson(
              QByteArray::fromBase64(tokens.value(QStringLiteral("client_info")).toString().toLatin1(),
                                     QByteArray::Base64UrlEncoding))
              .object();
    QCOMPARE(clientInfo.value(QStringLiteral("uid")).toString(),
             access.value(QStringLiteral("oid")).toString());
    QCOMPARE(clientInfo.value(QStringLiteral("utid")).toString(), Customer);

    // The code is single use.
    const QJsonObject again = redeem(code, Verifier, &status);
    QCOMPARE(status, 400);
    QCOMPARE(again.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(again.value(QStringLiteral("error_codes")).toArray().first().toInt(), 54005);
}

void TestSandboxIdentity::authorizeErrors_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // AADSTS code on the page, or error= on the redirect
    QTest::newRow("unknown client") << QStringLiteral("organizations") << QStringLiteral("client_id")
                                    << QStringLiteral("deadbeef-0000-4000-8000-000000000000") << 400
                                    << QStringLiteral("AADSTS700016");
    QTest::newRow("redirect not loopback")
        << QStringLiteral("organizations") << QStringLiteral("redirect_uri")
        << QStringLiteral("https://evil.example/callback") << 400 << QStringLiteral("AADSTS50011");
    QTest::newRow("unknown tenant") << QStringLiteral("nowhere.onmicrosoft.com") << QStringLiteral("state")
                                    << QStringLiteral("x") << 400 << QStringLiteral("AADSTS90002");
    QTest::newRow("no PKCE") << QStringLiteral("organizations") << QStringLiteral("code_challenge")
                             << QString() << 302 << QStringLiteral("invalid_request");
    QTest::newRow("plain PKCE") << QStringLiteral("organizations") << QStringLiteral("code_challenge_method")
                                << QStringLiteral("plain") << 302 << QStringLiteral("invalid_request");
    QTest::newRow("implicit grant") << QStringLiteral("organizations") << QStringLiteral("response_type")
                                    << QStringLiteral("token") << 302
                                    << QStringLiteral("unsupported_response_type");
    QTest::newRow("silent without session")
        << QStringLiteral("organizations") << QStringLiteral("prompt") << QStringLiteral("none") << 302
        << QStringLiteral("login_required");
}

void TestSandboxIdentity::authorizeErrors()
{
    QFETCH(QString, tenant);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const HttpResult r = m_http->get(authorizeUrl(tenant, {{key, value}}));
    QCOMPARE(r.status, status);
    if (status == 302) {
        const QUrlQuery q = redirectQuery(r);
        QCOMPARE(q.queryItemValue(QStringLiteral("error")), expected);
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
        QVERIFY(q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                    .startsWith(QStringLiteral("AADSTS")));
    } else {
        QVERIFY2(r.body.contains(expected.toLatin1()), r.body.constData());
    }
}

void TestSandboxIdentity::signInProblemsStayOnThePage_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password") << QStringLiteral("organizations")
                                    << QStringLiteral("kai@contoso.onmicrosoft.com")
                                    << QStringLiteral("guess") << QStringLiteral("AADSTS50126");
    QTest::newRow("unknown user") << QStringLiteral("organizations")
                                  << QStringLiteral("nobody@contoso.onmicrosoft.com") << QStringLiteral("x")
                                  << QStringLiteral("AADSTS50034");
    QTest::newRow("user of the other tenant")
        << Customer << QStringLiteral("alex@fabrikamisv.onmicrosoft.com") << QStringLiteral("Sandbox-Isv-1")
        << QStringLiteral("AADSTS50020");
}

void TestSandboxIdentity::signInProblemsStayOnThePage()
{
    QFETCH(QString, tenant);
    QFETCH(QString, upn);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    const HttpResult r = signIn(tenant, upn, password);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains(expected.toLatin1()), r.body.constData());
    QVERIFY(r.body.contains("<form")); // the user can try again
    QVERIFY(!r.body.contains(password.toUtf8()) || password == QLatin1StringView("x"));
}

void TestSandboxIdentity::cancelReturnsAccessDenied()
{
    const HttpResult page = m_http->get(authorizeUrl(QStringLiteral("organizations")));
    const HttpResult back = m_http->submitForm(page, {{QStringLiteral("action"), QStringLiteral("cancel")}});
    QCOMPARE(back.status, 302);
    const QUrlQuery q = redirectQuery(back);
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
}

void TestSandboxIdentity::tokenErrors_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("aadsts");
    QTest::newRow("wrong verifier") << QStringLiteral(
        "another-verifier-that-does-not-hash-to-the-challenge-xx")
                                    << Redirect << Client << QStringLiteral("invalid_grant") << 501481;
    QTest::newRow("no verifier") << QString() << Redirect << Client << QStringLiteral("invalid_grant")
                                 << 501481;
    QTest::newRow("redirect mismatch") << Verifier << QStringLiteral("http://localhost:9/") << Client
                                       << QStringLiteral("invalid_grant") << 500112;
    QTest::newRow("other client") << Verifier << Redirect
                                  << QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46")
                                  << QStringLiteral("invalid_grant") << 70002;
}

void TestSandboxIdentity::tokenErrors()
{
    QFETCH(QString, verifier);
    QFETCH(QString, redirect);
    QFETCH(QString, client);
    QFETCH(QString, error);
    QFETCH(int, aadsts);
    const HttpResult back
        = signIn(QStringLiteral("organizations"), QStringLiteral("priya@contoso.onmicrosoft.com"),
                 QStringLiteral("Sandbox-Pp-1"));
    const QString code = redirectQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    const HttpResult r
        = m_http->postForm(url(QStringLiteral("organizations/oauth2/v2.0/token")),
                           {{QStringLiteral("client_id"), client},
                            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), redirect},
                            {QStringLiteral("code_verifier"), verifier}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
    QCOMPARE(r.json().value(QStringLiteral("error_codes")).toArray().first().toInt(), aadsts);
    QVERIFY(r.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS%1:").arg(aadsts)));
}

void TestSandboxIdentity::refreshRotatesAndCrossesResources()
{
    const HttpResult back
        = signIn(QStringLiteral("organizations"), QStringLiteral("sam@contoso.onmicrosoft.com"),
                 QStringLiteral("Sandbox-Both-1"));
    const QJsonObject first
        = redeem(redirectQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    const QString rt1 = first.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt1.isEmpty());
    const auto refresh = [&](const QString &rt, const QString &scope, const QString &tenant) {
        return m_http->postForm(url(tenant + QStringLiteral("/oauth2/v2.0/token")),
                                {{QStringLiteral("client_id"), Client},
                                 {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), rt},
                                 {QStringLiteral("scope"), scope + QStringLiteral(" offline_access")}});
    };
    // Another audience (Power Platform, double-slash scope) at the explicit tenant.
    HttpResult r = refresh(rt1, m_profile.powerPlatformScope, Customer);
    QCOMPARE(r.status, 200);
    QCOMPARE(jwtClaims(r.json().value(QStringLiteral("access_token")).toString().toLatin1())
                 .value(QStringLiteral("aud"))
                 .toString(),
             QStringLiteral("https://service.powerapps.com/"));
    const QString rt2 = r.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!rt2.isEmpty());
    QVERIFY(rt2 != rt1);
    // The rotated token still works for a grace period (concurrent refreshes must not fail).
    r = refresh(rt1, m_profile.keyVaultScope, Customer);
    QCOMPARE(r.status, 200);
    QCOMPARE(jwtClaims(r.json().value(QStringLiteral("access_token")).toString().toLatin1())
                 .value(QStringLiteral("aud"))
                 .toString(),
             QStringLiteral("https://vault.azure.net/"));
    // Not in the ISV tenant.
    r = refresh(rt2, m_profile.armScope, Isv);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error_codes")).toArray().first().toInt(), 50020);
}

void TestSandboxIdentity::expiredRefreshToken()
{
    const HttpResult back
        = signIn(QStringLiteral("organizations"), QStringLiteral("riley@contoso.onmicrosoft.com"),
                 QStringLiteral("Sandbox-Support-1"));
    const QString rt = redeem(redirectQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded))
                           .value(QStringLiteral("refresh_token"))
                           .toString();
    const HttpResult expire
        = m_http->send("POST", m_sandbox->adminApi().resolved(QUrl(QStringLiteral("refresh-tokens/expire"))),
                       R"({"userPrincipalName":"riley@contoso.onmicrosoft.com"})");
    QCOMPARE(expire.status, 200);
    const HttpResult r = m_http->postForm(url(QStringLiteral("organizations/oauth2/v2.0/token")),
                                          {{QStringLiteral("client_id"), Client},
                                           {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                           {QStringLiteral("refresh_token"), rt},
                                           {QStringLiteral("scope"), m_profile.armScope}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(r.json().value(QStringLiteral("error_codes")).toArray().first().toInt(), 700082);
}

void TestSandboxIdentity::deviceCode()
{
    HttpResult r = m_http->postForm(
        url(Isv + QStringLiteral("/oauth2/v2.0/devicecode")),
        {{QStringLiteral("client_id"), Client},
         {QStringLiteral("scope"), m_profile.graphScope + QStringLiteral(" offline_access")}});
    QCOMPARE(r.status, 200);
    const QString deviceCode = r.json().value(QStringLiteral("device_code")).toString();
    const QString userCode = r.json().value(QStringLiteral("user_code")).toString();
    const QUrl verification(r.json().value(QStringLiteral("verification_uri")).toString());
    QCOMPARE(verification.scheme(), QStringLiteral("https"));
    QCOMPARE(verification.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(userCode));
    const auto poll = [&] {
        return m_http->postForm(
            url(Isv + QStringLiteral("/oauth2/v2.0/token")),
            {{QStringLiteral("client_id"), Client},
             {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
             {QStringLiteral("device_code"), deviceCode}});
    };
    r = poll();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("authorization_pending"));

    // The person on another device: enter the code, sign in.
    HttpResult page = m_http->get(verification);
    QCOMPARE(page.status, 200);
    page = m_http->submitForm(page, {{QStringLiteral("code"), userCode.toLower()}});
    QVERIFY(page.body.contains("alex@fabrikamisv.onmicrosoft.com"));
    page = m_http->submitForm(
        page,
        {{QStringLiteral("username"), QStringLiteral("alex@fabrikamisv.onmicrosoft.com")},
         {QStringLiteral("password"), QStringLiteral("Sandbox-Isv-1")},
         {QStringLiteral("action"), QStringLiteral("signin")}});
    QVERIFY2(page.body.contains("signed in"), page.body.constData());

    QTest::qWait(1000); // the interval is real seconds
    r = poll();
    QCOMPARE(r.status, 200);
    QCOMPARE(jwtClaims(r.json().value(QStringLiteral("access_token")).toString().toLatin1())
                 .value(QStringLiteral("tid"))
                 .toString(),
             Isv);
    r = poll();
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad_verification_code"));
}

void TestSandboxIdentity::deviceCodeDeclined()
{
    HttpResult r = m_http->postForm(
        url(QStringLiteral("organizations/oauth2/v2.0/devicecode")),
        {{QStringLiteral("client_id"), Client}, {QStringLiteral("scope"), m_profile.armScope}});
    const QString deviceCode = r.json().value(QStringLiteral("device_code")).toString();
    HttpResult page = m_http->postForm(
        url(QStringLiteral("devicelogin")),
        {{QStringLiteral("code"), r.json().value(QStringLiteral("user_code")).toString()}});
    page = m_http->submitForm(page, {{QStringLiteral("action"), QStringLiteral("cancel")}});
    r = m_http->postForm(
        url(QStringLiteral("organizations/oauth2/v2.0/token")),
        {{QStringLiteral("client_id"), Client},
         {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("device_code"), deviceCode}});
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("authorization_declined"));
    // A mistyped code stays on the page with an explanation.
    page = m_http->postForm(url(QStringLiteral("devicelogin")),
                            {{QStringLiteral("code"), QStringLiteral("NOTACODE1")}});
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("AADSTS70000"));
}

void TestSandboxIdentity::unknownResource()
{
    const HttpResult r
        = m_http->postForm(url(QStringLiteral("organizations/oauth2/v2.0/devicecode")),
                           {{QStringLiteral("client_id"), Client},
                            {QStringLiteral("scope"), QStringLiteral("https://unknown.example/.default")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_resource"));
    QCOMPARE(r.json().value(QStringLiteral("error_codes")).toArray().first().toInt(), 500011);
}

void TestSandboxIdentity::plusInFormMeansSpace()
{
    const QByteArray body = "client_id=" + Client.toLatin1()
        + "&scope=" + QUrl::toPercentEncoding(m_profile.graphScope) + "+offline_access+openid";
    const HttpResult r = m_http->send("POST", url(QStringLiteral("organizations/oauth2/v2.0/devicecode")),
                                      body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
}

void TestSandboxIdentity::requestLogHoldsNoSecrets()
{
    const QByteArray state
        = m_http->get(m_sandbox->adminApi().resolved(QUrl(QStringLiteral("requests")))).body;
    QVERIFY(state.contains("oauth2/v2.0/token"));
    QVERIFY(!state.contains("Sandbox-")); // no password
    QVERIFY(!state.contains("eyJ")); // no token
    QVERIFY(!state.contains("sbx-rt.")); // no refresh token
    const QByteArray dump = m_http->get(m_sandbox->adminApi().resolved(QUrl(QStringLiteral("state")))).body;
    QVERIFY(dump.contains("kai@contoso.onmicrosoft.com"));
    QVERIFY(!dump.contains("Sandbox-Kv-1"));
    QVERIFY(!dump.contains("sbx-rt."));
}

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandboxidentity.moc"
