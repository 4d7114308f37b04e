// GraphClient against the sandbox over real loopback HTTPS, as the demo people: who is signed
// in and their roles, users over several pages, the ISV's application with a secret and a
// federated credential, its service principal in the customer's tenant created once however
// often the step runs, the service's refusals, and input refused before anything is sent.

#include "clientreply.h"
#include "coreharness.h"
#include "services/graphclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::services;
using namespace cmk::testing;

namespace {

const DemoUser Priya {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"),
                      CustomerTenant};

const QUuid PowerPlatformAdministrator(QStringLiteral("11648597-926c-4cf3-9c36-bcebb0ba8dcc"));
const QUuid CloudApplicationAdministrator(QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7"));

using GraphCall = std::function<void(GraphClient &, QObject *, const std::shared_ptr<Refusal> &)>;

} // namespace

Q_DECLARE_METATYPE(GraphCall)

class TestGraphClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void me();
    void myDirectoryRoles();
    void findUser();
    void usersOverSeveralPages();
    void applicationWithSecret();
    void ensureApplicationFindsTheKnownOne();
    void servicePrincipalIsCreatedOnce();
    void servicePrincipalNeedsAnAdministrator();
    void federatedCredentialUpsertIsIdempotent();
    void federatedCredentialConflict();
    void federatedCredentialFollowsTheCloud_data();
    void federatedCredentialFollowsTheCloud();
    void malformedAnswer();
    void badInput_data();
    void badInput();

private:
    /// A Graph client calling as `user` in their home tenant.
    GraphClient *clientFor(const DemoUser &user);
    /// A multi-tenant application Alex registers in the ISV tenant.
    GraphApplication isvApplication();

    std::unique_ptr<CoreHarness> h;
    std::vector<std::unique_ptr<GraphClient>> m_clients;
};

void TestGraphClient::init()
{
    h = std::make_unique<CoreHarness>();
}

void TestGraphClient::cleanup()
{
    m_clients.clear();
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

GraphClient *TestGraphClient::clientFor(const DemoUser &user)
{
    const QString home = h->signIn(user);
    if (home.isEmpty())
        return nullptr;
    m_clients.push_back(std::make_unique<GraphClient>(h->pipelineFor(home, user.tenant)));
    return m_clients.back().get();
}

GraphApplication TestGraphClient::isvApplication()
{
    GraphClient *alex = clientFor(Alex);
    if (!alex)
        return {};
    const auto created = awaitReply<GraphApplication>([&](auto done) {
        alex->createApplication(QStringLiteral("Fabrikam Storage CMK"),
                                {QUrl(QStringLiteral("https://fabrikam.example/cmk/consent"))}, this, done);
    });
    if (!created.ok())
        qWarning("creating the application failed: %s", qPrintable(created.error.technicalSummary()));
    return created.value.value_or(GraphApplication());
}

void TestGraphClient::me()
{
    GraphClient *kai = clientFor(Kai);
    QVERIFY(kai);
    const auto reply = awaitReply<GraphUser>([&](auto done) { kai->me(this, done); });
    QVERIFY2(reply.ok(), qPrintable(reply.error.technicalSummary()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value->userPrincipalName, Kai.upn);
    QCOMPARE(reply.value->displayName, QStringLiteral("Kai Carter"));
    QVERIFY(!reply.value->id.isNull());
    QCOMPARE(kai->requestsSent(), 1);
}

void TestGraphClient::myDirectoryRoles()
{
    GraphClient *sam = clientFor(Sam);
    QVERIFY(sam);
    const auto reply
        = awaitReply<QList<DirectoryRole>>([&](auto done) { sam->myDirectoryRoles(this, done); });
    QVERIFY2(reply.ok(), qPrintable(reply.error.technicalSummary()));
    QList<QUuid> templates;
    for (const DirectoryRole &role : *reply.value)
        templates << role.roleTemplateId;
    QCOMPARE(templates.size(), 2);
    QVERIFY(templates.contains(PowerPlatformAdministrator));
    QVERIFY(templates.contains(CloudApplicationAdministrator));
}

void TestGraphClient::findUser()
{
    GraphClient *kai = clientFor(Kai);
    QVERIFY(kai);
    auto found
        = awaitReply<std::optional<GraphUser>>([&](auto done) { kai->findUser(Priya.upn, this, done); });
    QVERIFY2(found.ok(), qPrintable(found.error.technicalSummary()));
    QVERIFY(found.value->has_value());
    QCOMPARE((*found.value)->userPrincipalName, Priya.upn);
    QCOMPARE((*found.value)->displayName, QStringLiteral("Priya Patel"));

    // Nobody by that name is an answer, not an error; a quote or '#' in the name still makes a
    // valid query (unescaped, the service would refuse the filter).
    for (const QString &upn : {QStringLiteral("nobody@contoso.onmicrosoft.com"),
                               QStringLiteral("o'brien+cmk@contoso.onmicrosoft.com"),
                               QStringLiteral("guest_fabrikam.com#EXT#@contoso.onmicrosoft.com")}) {
        found = awaitReply<std::optional<GraphUser>>([&](auto done) { kai->findUser(upn, this, done); });
        QVERIFY2(found.ok(), qPrintable(upn + u' ' + found.error.technicalSummary()));
        QCOMPARE(found.status, 200);
        QVERIFY(!found.value->has_value());
    }
}

void TestGraphClient::usersOverSeveralPages()
{
    GraphClient *kai = clientFor(Kai);
    QVERIFY(kai);
    const int before = loggedRequests(*h, QStringLiteral("GET"), QStringLiteral("/v1.0/users"));
    const auto paged = awaitReply<QList<GraphUser>>([&](auto done) { kai->users(2, this, done); });
    QVERIFY2(paged.ok(), qPrintable(paged.error.technicalSummary()));
    QCOMPARE(paged.value->size(), 5); // Kai, Priya, Sam, Riley and Dana: pages of 2, 2 and 1
    QCOMPARE(loggedRequests(*h, QStringLiteral("GET"), QStringLiteral("/v1.0/users")) - before, 3);

    const auto whole = awaitReply<QList<GraphUser>>([&](auto done) { kai->users(0, this, done); });
    QVERIFY(whole.ok());
    QStringList pagedNames, wholeNames;
    for (const GraphUser &u : *paged.value)
        pagedNames << u.userPrincipalName;
    for (const GraphUser &u : *whole.value)
        wholeNames << u.userPrincipalName;
    QCOMPARE(pagedNames, wholeNames);
    QVERIFY(pagedNames.contains(Kai.upn));
}

void TestGraphClient::applicationWithSecret()
{
    const GraphApplication app = isvApplication();
    QVERIFY(!app.appId.isNull());
    QVERIFY(app.isMultiTenant());
    QCOMPARE(app.signInAudience, QStringLiteral("AzureADMultipleOrgs"));
    QCOMPARE(app.displayName, QStringLiteral("Fabrikam Storage CMK"));
    QCOMPARE(app.webRedirectUris, QStringList {QStringLiteral("https://fabrikam.example/cmk/consent")});
    QCOMPARE(app.publisherDomain, QStringLiteral("fabrikamisv.onmicrosoft.com"));
    QVERIFY(
        QJsonDocument::fromJson(app.raw.json).object().contains(QStringLiteral("requiredResourceAccess")));

    GraphClient *alex = m_clients.back().get();
    const auto byId = awaitReply<GraphApplication>([&](auto done) { alex->application(app.id, this, done); });
    QVERIFY2(byId.ok(), qPrintable(byId.error.technicalSummary()));
    QCOMPARE(byId.value->appId, app.appId);

    auto byAppId = awaitReply<std::optional<GraphApplication>>(
        [&](auto done) { alex->findApplication(app.appId, this, done); });
    QVERIFY2(byAppId.ok(), qPrintable(byAppId.error.technicalSummary()));
    QVERIFY(byAppId.value->has_value());
    QCOMPARE((*byAppId.value)->id, app.id);
    byAppId = awaitReply<std::optional<GraphApplication>>(
        [&](auto done) { alex->findApplication(AppId(QUuid::createUuid()), this, done); });
    QVERIFY(byAppId.ok());
    QVERIFY(!byAppId.value->has_value());

    const auto secret = awaitReply<ApplicationSecret>(
        [&](auto done) { alex->addPassword(app.id, QStringLiteral("cmk automation"), this, done); });
    QVERIFY2(secret.ok(), qPrintable(secret.error.technicalSummary()));
    h->secrets << secret.value->secretText; // the journal must not hold it
    QVERIFY(!secret.value->keyId.isNull());
    QVERIFY(secret.value->secretText.startsWith(secret.value->hint));
    QVERIFY(secret.value->endDateTime.isValid());
}

void TestGraphClient::ensureApplicationFindsTheKnownOne()
{
    const GraphApplication app = isvApplication();
    QVERIFY(!app.appId.isNull());
    GraphClient *alex = m_clients.back().get();
    const int posts = loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/applications"));
    const auto again = awaitReply<GraphApplication>([&](auto done) {
        alex->ensureApplication(app.appId, QStringLiteral("Fabrikam Storage CMK"), {}, this, done);
    });
    QVERIFY2(again.ok(), qPrintable(again.error.technicalSummary()));
    QCOMPARE(again.value->id, app.id);
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/applications")), posts);

    // A remembered application that is gone (deleted in the portal) is registered anew.
    const auto fresh = awaitReply<GraphApplication>([&](auto done) {
        alex->ensureApplication(AppId(QUuid::createUuid()), QStringLiteral("Fabrikam Storage CMK"), {}, this,
                                done);
    });
    QVERIFY2(fresh.ok(), qPrintable(fresh.error.technicalSummary()));
    QVERIFY(fresh.value->id != app.id);
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/applications")), posts + 1);
}

void TestGraphClient::servicePrincipalIsCreatedOnce()
{
    const GraphApplication app = isvApplication();
    QVERIFY(!app.appId.isNull());
    GraphClient *kai = clientFor(Kai);
    QVERIFY(kai);

    const auto none = awaitReply<std::optional<GraphServicePrincipal>>(
        [&](auto done) { kai->findServicePrincipal(app.appId, this, done); });
    QVERIFY2(none.ok(), qPrintable(none.error.technicalSummary()));
    QVERIFY(!none.value->has_value());

    const auto first = awaitReply<GraphServicePrincipal>(
        [&](auto done) { kai->ensureServicePrincipal(app.appId, this, done); });
    QVERIFY2(first.ok(), qPrintable(first.error.technicalSummary()));
    QCOMPARE(first.value->appId, app.appId);
    QCOMPARE(first.value->appOwnerOrganizationId, TenantId::parse(IsvTenant));
    QCOMPARE(first.value->displayName, app.displayName);

    // The step runs again: found, not created.
    const int posts = loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/servicePrincipals"));
    const auto second = awaitReply<GraphServicePrincipal>(
        [&](auto done) { kai->ensureServicePrincipal(app.appId, this, done); });
    QVERIFY2(second.ok(), qPrintable(second.error.technicalSummary()));
    QCOMPARE(second.value->id, first.value->id);
    QCOMPARE(loggedRequests(*h, QStringLiteral("POST"), QStringLiteral("/v1.0/servicePrincipals")), posts);

    // Creating it outright meets the service's 409 and returns the existing one.
    const auto third = awaitReply<GraphServicePrincipal>(
        [&](auto done) { kai->createServicePrincipal(app.appId, this, done); });
    QVERIFY2(third.ok(), qPrintable(third.error.technicalSummary()));
    QCOMPARE(third.value->id, first.value->id);
    bool conflictSeen = false;
    for (const auto &entry : h->sandbox.requestLog()) {
        if (entry.method == QLatin1StringView("POST")
            && entry.path.endsWith(QLatin1StringView("/servicePrincipals")))
            conflictSeen = conflictSeen || entry.status == 409;
    }
    QVERIFY(conflictSeen);

    // The directory holds one.
    http::RequestSpec list;
    list.service = http::ServiceKind::Graph;
    list.url
        = h->graph(QStringLiteral("/servicePrincipals?$filter=appId%20eq%20'%1'").arg(app.appId.toString()));
    const http::Result r = await(kai->pipeline()->send(list));
    QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("value")).toArray().size(), 1);
}

void TestGraphClient::servicePrincipalNeedsAnAdministrator()
{
    const GraphApplication app = isvApplication();
    QVERIFY(!app.appId.isNull());
    GraphClient *priya = clientFor(Priya); // Power Platform Administrator only
    QVERIFY(priya);
    const auto reply = awaitReply<GraphServicePrincipal>(
        [&](auto done) { priya->ensureServicePrincipal(app.appId, this, done); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error.httpStatus, 403);
    QCOMPARE(reply.error.code, QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(reply.error.userMessage(), http::ServiceError::tr("Your directory role does not allow this."));
    QVERIFY(!reply.error.requestId.isEmpty());
}

void TestGraphClient::federatedCredentialUpsertIsIdempotent()
{
    const GraphApplication app = isvApplication();
    QVERIFY(!app.appId.isNull());
    GraphClient *alex = m_clients.back().get();
    const ObjectId identity(QUuid::createUuid());
    FederatedCredentialSpec spec = FederatedCredentialSpec::forManagedIdentity(
        h->profile, *TenantId::parse(IsvTenant), identity, QStringLiteral("cmk-uami-anf"));
    spec.description = QStringLiteral("Customer-managed keys for Azure NetApp Files");

    const auto created = awaitReply<FederatedCredential>(
        [&](auto done) { alex->upsertFederatedCredential(app.id, spec, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error.technicalSummary()));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.value->name, spec.name);
    QCOMPARE(created.value->subject, identity.toString());
    QCOMPARE(created.value->issuer, h->profile.authority(IsvTenant) + QStringLiteral("/v2.0"));
    QCOMPARE(created.value->audiences, QStringList {h->profile.federatedCredentialAudience});

    // Again, with a new description: the same credential, updated (204, then read).
    spec.description = QStringLiteral("Customer-managed keys (updated)");
    const auto again = awaitReply<FederatedCredential>(
        [&](auto done) { alex->upsertFederatedCredential(app.id, spec, this, done); });
    QVERIFY2(again.ok(), qPrintable(again.error.technicalSummary()));
    QCOMPARE(again.value->id, created.value->id);
    QCOMPARE(again.value->description, spec.description);

    auto listed = awaitReply<QList<FederatedCredential>>(
        [&](auto done) { alex->federatedCredentials(app.id, this, done); });
    QVERIFY2(listed.ok(), qPrintable(listed.error.technicalSummary()));
    QCOMPARE(listed.value->size(), 1);
    QCOMPARE(listed.value->first().id, created.value->id);

    const auto deleted = awaitReply<Done>(
        [&](auto done) { alex->deleteFederatedCredential(app.id, created.value->id, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.technicalSummary()));
    QCOMPARE(deleted.status, 204);
    listed = awaitReply<QList<FederatedCredential>>(
        [&](auto done) { alex->federatedCredentials(app.id, this, done); });
    QVERIFY(listed.ok());
    QVERIFY(listed.value->isEmpty());
}

void TestGraphClient::federatedCredentialConflict()
{
    const GraphApplication app = isvApplication();
    QVERIFY(!app.appId.isNull());
    GraphClient *alex = m_clients.back().get();
    const ObjectId identity(QUuid::createUuid());
    const auto tenant = *TenantId::parse(IsvTenant);
    const auto first = awaitReply<FederatedCredential>([&](auto done) {
        alex->upsertFederatedCredential(app.id,
                                        FederatedCredentialSpec::forManagedIdentity(
                                            h->profile, tenant, identity, QStringLiteral("cmk-a")),
                                        this, done);
    });
    QVERIFY2(first.ok(), qPrintable(first.error.technicalSummary()));
    // Another name for the same issuer and subject is the service's conflict, reported as is.
    const auto second = awaitReply<FederatedCredential>([&](auto done) {
        alex->upsertFederatedCredential(app.id,
                                        FederatedCredentialSpec::forManagedIdentity(
                                            h->profile, tenant, identity, QStringLiteral("cmk-b")),
                                        this, done);
    });
    QVERIFY(!second.ok());
    QCOMPARE(second.error.httpStatus, 409);
    QCOMPARE(second.error.code, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"));
    QVERIFY(!second.error.userMessage().isEmpty());
}

void TestGraphClient::federatedCredentialFollowsTheCloud_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("audience");
    const QString tenant = IsvTenant;
    QTest::newRow("public") << QStringLiteral("AzureCloud")
                            << QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tenant)
                            << QStringLiteral("api://AzureADTokenExchange");
    QTest::newRow("US government") << QStringLiteral("AzureUSGovernment")
                                   << QStringLiteral("https://login.microsoftonline.us/%1/v2.0").arg(tenant)
                                   << QStringLiteral("api://AzureADTokenExchangeUSGov");
    QTest::newRow("China") << QStringLiteral("AzureChinaCloud")
                           << QStringLiteral("https://login.chinacloudapi.cn/%1/v2.0").arg(tenant)
                           << QStringLiteral("api://AzureADTokenExchangeChina");
}

void TestGraphClient::federatedCredentialFollowsTheCloud()
{
    QFETCH(QString, cloud);
    QFETCH(QString, issuer);
    QFETCH(QString, audience);
    const auto profile = CloudProfile::builtIn(cloud);
    QVERIFY(profile);
    const ObjectId principal(QUuid(QStringLiteral("66666666-6666-6666-6666-666666666666")));
    const auto spec = FederatedCredentialSpec::forManagedIdentity(*profile, *TenantId::parse(IsvTenant),
                                                                  principal, QStringLiteral("cmk-uami"));
    QCOMPARE(spec.issuer, issuer);
    QCOMPARE(spec.subject, QStringLiteral("66666666-6666-6666-6666-666666666666"));
    QCOMPARE(spec.audience, audience);
    QCOMPARE(spec.name, QStringLiteral("cmk-uami"));
}

void TestGraphClient::malformedAnswer()
{
    GraphClient *kai = clientFor(Kai);
    QVERIFY(kai);
    h->fault(QStringLiteral("malformed"), "GET", QStringLiteral("*/v1.0/me"));
    const auto reply = awaitReply<GraphUser>([&](auto done) { kai->me(this, done); });
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error.kind, http::ServiceError::Kind::Malformed);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.error.userMessage().isEmpty());
}

void TestGraphClient::badInput_data()
{
    QTest::addColumn<GraphCall>("call");
    QTest::addColumn<QString>("fragment");
    const auto appId = *AppId::parse(QStringLiteral("44444444-4444-4444-4444-444444444444"));
    const auto objectId = *ObjectId::parse(QStringLiteral("55555555-5555-5555-5555-555555555555"));
    const auto spec = [](const QString &name, const QString &issuer) {
        FederatedCredentialSpec s;
        s.name = name;
        s.issuer = issuer;
        s.subject = QStringLiteral("66666666-6666-6666-6666-666666666666");
        s.audience = QStringLiteral("api://AzureADTokenExchange");
        return s;
    };
    const QString issuer = QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(IsvTenant);

    QTest::newRow("UPN without @") << GraphCall(
        [](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
            c.findUser(QStringLiteral("kai.contoso.onmicrosoft.com"), ctx,
                       recordInto<std::optional<GraphUser>>(r));
        }) << QStringLiteral("needs one @ followed by a domain");
    QTest::newRow("UPN with a space")
        << GraphCall([](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.findUser(QStringLiteral("kai carter@contoso.onmicrosoft.com"), ctx,
                          recordInto<std::optional<GraphUser>>(r));
           })
        << QStringLiteral("contains a space");
    QTest::newRow("empty UPN") << GraphCall(
        [](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
            c.findUser(QString(), ctx, recordInto<std::optional<GraphUser>>(r));
        }) << QStringLiteral("The user principal name is empty");
    QTest::newRow("nil app ID") << GraphCall(
        [](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
            c.findServicePrincipal(AppId(), ctx, recordInto<std::optional<GraphServicePrincipal>>(r));
        }) << QStringLiteral("empty GUID, which never names a real application (client) ID");
    QTest::newRow("nil app ID to create")
        << GraphCall([](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.ensureServicePrincipal(AppId(), ctx, recordInto<GraphServicePrincipal>(r));
           })
        << QStringLiteral("application (client) ID");
    QTest::newRow("nil application object ID")
        << GraphCall([](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.addPassword(ObjectId(), QStringLiteral("secret"), ctx, recordInto<ApplicationSecret>(r));
           })
        << QStringLiteral("object ID");
    QTest::newRow("empty display name")
        << GraphCall([](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.createApplication(QStringLiteral("   "), {}, ctx, recordInto<GraphApplication>(r));
           })
        << QStringLiteral("display name is empty");
    QTest::newRow("plain http redirect URI")
        << GraphCall([](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.createApplication(QStringLiteral("Fabrikam"),
                                   {QUrl(QStringLiteral("http://fabrikam.example/consent"))}, ctx,
                                   recordInto<GraphApplication>(r));
           })
        << QStringLiteral("cannot be a redirect URI");
    QTest::newRow("bad redirect URI when ensuring")
        << GraphCall([appId](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.ensureApplication(appId, QStringLiteral("Fabrikam"),
                                   {QUrl(QStringLiteral("https://fabrikam.example/#x"))}, ctx,
                                   recordInto<GraphApplication>(r));
           })
        << QStringLiteral("without a fragment");
    QTest::newRow("credential name with a slash")
        << GraphCall([=](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.upsertFederatedCredential(objectId, spec(QStringLiteral("cmk/uami"), issuer), ctx,
                                           recordInto<FederatedCredential>(r));
           })
        << QStringLiteral("cannot name a federated credential");
    QTest::newRow("credential issuer over http")
        << GraphCall([=](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.upsertFederatedCredential(
                   objectId, spec(QStringLiteral("cmk-uami"), QStringLiteral("http://login.example/x")), ctx,
                   recordInto<FederatedCredential>(r));
           })
        << QStringLiteral("cannot be a federated credential's issuer");
    QTest::newRow("credential without audience")
        << GraphCall([=](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               FederatedCredentialSpec s = spec(QStringLiteral("cmk-uami"), issuer);
               s.audience.clear();
               c.upsertFederatedCredential(objectId, s, ctx, recordInto<FederatedCredential>(r));
           })
        << QStringLiteral("token-exchange audience");
    QTest::newRow("nil credential ID")
        << GraphCall([=](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.deleteFederatedCredential(objectId, QUuid(), ctx, recordInto<Done>(r));
           })
        << QStringLiteral("credential's ID is empty");
    QTest::newRow("page of 1000 users")
        << GraphCall([](GraphClient &c, QObject *ctx, const std::shared_ptr<Refusal> &r) {
               c.users(1000, ctx, recordInto<QList<GraphUser>>(r));
           })
        << QStringLiteral("1 to 999 users per page");
}

void TestGraphClient::badInput()
{
    QFETCH(GraphCall, call);
    QFETCH(QString, fragment);
    verifyRefusedBeforeSending<GraphClient>(*h, this, call, fragment);
}

QTEST_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
