// The token cache speaks MSAL's unified schema: it reads the contract's MSAL cache example,
// writes the same keys and fields for the same sign-in, keeps what it does not know, drops
// expired tokens, rotates refresh tokens and forgets accounts on sign-out.

#include "auth/tokencache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cmk;
using namespace cmk::auth;

namespace {

const QString Home
    = QStringLiteral("9a9a9a9a-0000-4000-8000-0000000000aa.22222222-2222-2222-2222-222222222222");
const QString Env = QStringLiteral("login.microsoftonline.com");
const QString Client = QStringLiteral("0c0c0c0c-0000-4000-8000-00000000c11e");
const QString Tenant = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString Arm = QStringLiteral("https://management.azure.com/.default");

QJsonObject example()
{
    QFile f(QStringLiteral(CMK_SOURCE_DIR
                           "/tests/data/azure-contract-examples/identity/MsalTokenCache.constructed.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cache")).toObject();
}

QString jwt(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &b) {
        return QString::fromLatin1(
            b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"none"})") + u'.' + part(QJsonDocument(claims).toJson(QJsonDocument::Compact))
        + u'.' + part("sig");
}

/// The sign-in the example cache records, as a token response.
TokenResponse exampleSignIn(const QDateTime &now, const QString &refreshToken = QStringLiteral("1.AQ...fake"))
{
    TokenResponse r;
    r.accessToken = jwt(
        {{QStringLiteral("tid"), Tenant},
         {QStringLiteral("oid"), QStringLiteral("9a9a9a9a-0000-4000-8000-0000000000aa")},
         {QStringLiteral("wids"), QJsonArray {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")}}});
    r.refreshToken = refreshToken;
    r.idToken = jwt({{QStringLiteral("tid"), Tenant},
                     {QStringLiteral("oid"), QStringLiteral("9a9a9a9a-0000-4000-8000-0000000000aa")},
                     {QStringLiteral("preferred_username"), QStringLiteral("pat@customer.onmicrosoft.com")},
                     {QStringLiteral("name"), QStringLiteral("Pat")}});
    r.tokenType = QStringLiteral("Bearer");
    r.scope = QStringLiteral(
        "https://management.azure.com/user_impersonation https://management.azure.com/.default");
    r.expiresOn = now.addSecs(4499);
    r.extendedExpiresOn = now.addSecs(4499);
    r.clientInfoUid = QStringLiteral("9a9a9a9a-0000-4000-8000-0000000000aa");
    r.clientInfoUtid = Tenant;
    return r;
}

TokenCache::Origin origin(const QDateTime &now)
{
    return {Env,
            Client,
            QStringLiteral("organizations"),
            {Arm, QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access")},
            QStringLiteral("authorization_code"),
            now};
}

} // namespace

class TestTokenCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsMsalsCache();
    void writesMsalsKeys();
    void expiredTokensAreDropped();
    void refreshTokenRotates();
    void keepsWhatItDoesNotKnow();
    void signOutRemovesOneAccount();
    void rejectsDamagedCaches_data();
    void rejectsDamagedCaches();
    void directoryRolesFromAccessToken();
};

void TestTokenCache::readsMsalsCache()
{
    const QJsonObject cache = example();
    QVERIFY(!cache.isEmpty());
    QString error;
    auto parsed = TokenCache::deserialize(QJsonDocument(cache).toJson(), &error);
    QVERIFY2(parsed, qPrintable(error));
    const QList<CachedAccount> accounts = parsed->accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().homeAccountId, Home);
    QCOMPARE(accounts.first().username, QStringLiteral("pat@customer.onmicrosoft.com"));
    QCOMPARE(accounts.first().realm, Tenant);
    const QDateTime cachedAt = QDateTime::fromSecsSinceEpoch(1735725600, Qt::UTC);
    const auto at = parsed->accessToken(Home, Env, Client, Tenant, {Arm}, cachedAt.addSecs(60), 300);
    QVERIFY(at);
    QCOMPARE(at->secret, QStringLiteral("eyJ0eXAiOi...fake"));
    QCOMPARE(parsed->refreshToken(Home, Env, Client), std::optional(QStringLiteral("1.AQ...fake")));
    // Scopes match case-insensitively; another resource does not match.
    QVERIFY(parsed->accessToken(Home, Env, Client, Tenant, {Arm.toUpper()}, cachedAt, 0));
    QVERIFY(!parsed->accessToken(Home, Env, Client, Tenant,
                                 {QStringLiteral("https://vault.azure.net/.default")}, cachedAt, 0));
    QVERIFY(!parsed->accessToken(Home, Env, Client, QStringLiteral("other-tenant"), {Arm}, cachedAt, 0));
}

void TestTokenCache::writesMsalsKeys()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1735725600, Qt::UTC);
    TokenCache cache;
    QCOMPARE(cache.add(exampleSignIn(now), origin(now)), Home);
    const QJsonObject written = QJsonDocument::fromJson(cache.serialize()).object();
    const QJsonObject expected = example();
    for (const QString &section :
         {QStringLiteral("AccessToken"), QStringLiteral("RefreshToken"), QStringLiteral("IdToken"),
          QStringLiteral("Account"), QStringLiteral("AppMetadata")}) {
        const QJsonObject mine = written.value(section).toObject();
        const QJsonObject theirs = expected.value(section).toObject();
        QCOMPARE(mine.keys(), theirs.keys());
        // The same fields, with the same values except the secrets this test made up.
        const QJsonObject a = mine.begin()->toObject();
        const QJsonObject b = theirs.begin()->toObject();
        QCOMPARE(a.keys(), b.keys());
        for (const QString &field : b.keys()) {
            if (field != QLatin1StringView("secret"))
                QCOMPARE(a.value(field), b.value(field));
        }
    }
}

void TestTokenCache::expiredTokensAreDropped()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenCache cache;
    cache.add(exampleSignIn(now), origin(now));
    QCOMPARE(cache.accessTokenCount(), 1);
    // Valid, but not for five more minutes near its end: not handed out, still kept.
    QVERIFY(!cache.accessToken(Home, Env, Client, Tenant, {Arm}, now.addSecs(4499 - 200), 300));
    QCOMPARE(cache.accessTokenCount(), 1);
    // Expired: dropped while searching.
    QVERIFY(!cache.accessToken(Home, Env, Client, Tenant, {Arm}, now.addSecs(5000), 0));
    QCOMPARE(cache.accessTokenCount(), 0);
    QVERIFY(cache.refreshToken(Home, Env, Client)); // the refresh token stays
}

void TestTokenCache::refreshTokenRotates()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenCache cache;
    cache.add(exampleSignIn(now, QStringLiteral("rt-1")), origin(now));
    TokenResponse graph = exampleSignIn(now.addSecs(10), QStringLiteral("rt-2"));
    graph.scope = QStringLiteral("https://graph.microsoft.com/.default");
    graph.idToken.clear();
    auto o = origin(now.addSecs(10));
    o.tenant = Tenant;
    o.grantType = QStringLiteral("refresh_token");
    cache.add(graph, o);
    QCOMPARE(cache.refreshToken(Home, Env, Client), std::optional(QStringLiteral("rt-2")));
    QVERIFY(!cache.serialize().contains("rt-1"));
    // Two audiences side by side.
    QCOMPARE(cache.accessTokenCount(), 2);
    // The account keeps the grant that created it.
    QCOMPARE(cache.accounts().first().accountSource, QStringLiteral("authorization_code"));
}

void TestTokenCache::keepsWhatItDoesNotKnow()
{
    QJsonObject cache = example();
    QJsonObject at = cache.value(QStringLiteral("AccessToken")).toObject();
    QJsonObject entry = at.begin()->toObject();
    entry.insert(QStringLiteral("x_future_field"), QStringLiteral("kept"));
    at.insert(at.begin().key(), entry);
    cache.insert(QStringLiteral("AccessToken"), at);
    cache.insert(QStringLiteral("FutureSection"), QJsonObject {{QStringLiteral("k"), QStringLiteral("v")}});
    auto parsed = TokenCache::deserialize(QJsonDocument(cache).toJson(), nullptr);
    QVERIFY(parsed);
    const QByteArray out = parsed->serialize();
    QVERIFY(out.contains("x_future_field"));
    QVERIFY(out.contains("FutureSection"));
}

void TestTokenCache::signOutRemovesOneAccount()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenCache cache;
    cache.add(exampleSignIn(now), origin(now));
    TokenResponse other = exampleSignIn(now, QStringLiteral("rt-other"));
    other.clientInfoUid = QStringLiteral("7b7b7b7b-0000-4000-8000-0000000000bb");
    other.idToken
        = jwt({{QStringLiteral("tid"), Tenant},
               {QStringLiteral("oid"), other.clientInfoUid},
               {QStringLiteral("preferred_username"), QStringLiteral("sam@customer.onmicrosoft.com")}});
    const QString otherHome = cache.add(other, origin(now));
    QCOMPARE(cache.accounts().size(), 2);
    cache.removeAccount(Home, Env);
    QCOMPARE(cache.accounts().size(), 1);
    QCOMPARE(cache.accounts().first().homeAccountId, otherHome);
    QVERIFY(!cache.refreshToken(Home, Env, Client));
    QVERIFY(cache.refreshToken(otherHome, Env, Client));
    cache.removeAccount(otherHome, Env);
    QVERIFY(cache.isEmpty());
}

void TestTokenCache::rejectsDamagedCaches_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is an empty cache") << QByteArray() << true;
    QTest::newRow("not json") << QByteArray("{\"AccessToken\":") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("section not an object") << QByteArray(R"({"RefreshToken":[]})") << false;
}

void TestTokenCache::rejectsDamagedCaches()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QString error;
    QCOMPARE(TokenCache::deserialize(data, &error).has_value(), ok);
    QCOMPARE(error.isEmpty(), ok);
}

void TestTokenCache::directoryRolesFromAccessToken()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TokenCache cache;
    cache.add(exampleSignIn(now), origin(now));
    QCOMPARE(cache.directoryRoles(Home, Env, Tenant),
             std::optional(QStringList {QStringLiteral("62e90394-69f5-4237-9190-012177145e10")}));
    const auto claims = cache.idTokenClaims(Home, Env, Tenant);
    QVERIFY(claims);
    QCOMPARE(claims->userPrincipalName, QStringLiteral("pat@customer.onmicrosoft.com"));
    QCOMPARE(TokenCache::environmentOf(QUrl(QStringLiteral("https://login.microsoftonline.com/"))), Env);
    QCOMPARE(TokenCache::environmentOf(QUrl(QStringLiteral("https://127.0.0.1:4443/"))),
             QStringLiteral("127.0.0.1:4443"));
}

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
