// One ServiceError for ARM, Graph, Key Vault, Entra ID and Power Platform bodies: the codes,
// ids and nested causes are read, and each common failure gets its own message and next action.
// The bodies have the shapes of the contract's examples (../shared/azure-contract/examples).

#include "http/serviceerror.h"

#include <QTest>

using namespace cmk;
using http::ServiceError;
using http::ServiceKind;

namespace {

QByteArray arm(const char *code, const char *message = "illustrative")
{
    return QStringLiteral(R"({"error":{"code":"%1","message":"%2"}})")
        .arg(QLatin1StringView(code), QLatin1StringView(message))
        .toUtf8();
}

QByteArray identity(const char *error, int aadsts, const char *text)
{
    return QStringLiteral(
               R"({"error":"%1","error_description":"AADSTS%2: %3","error_codes":[%2],"trace_id":"t-1","correlation_id":"c-1"})")
        .arg(QLatin1StringView(error))
        .arg(aadsts)
        .arg(QLatin1StringView(text))
        .toUtf8();
}

QByteArray keyVault(const char *code, const char *inner)
{
    return QStringLiteral(R"({"error":{"code":"%1","message":"illustrative","innererror":{"code":"%2"}}})")
        .arg(QLatin1StringView(code), QLatin1StringView(inner))
        .toUtf8();
}

QByteArray graph(const char *code)
{
    return QStringLiteral(
               R"({"error":{"code":"%1","message":"illustrative","innerError":{"date":"2025-01-01T10:00:00","request-id":"g-req","client-request-id":"g-client"}}})")
        .arg(QLatin1StringView(code))
        .toUtf8();
}

} // namespace

class TestServiceError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void idsAndNesting();
    void notJson();
    void transport();
};

void TestServiceError::mapping_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, ServiceKind service, int status, const QByteArray &body,
                        const char *code, const QString &message) {
        QTest::newRow(name) << int(service) << status << body << QString::fromLatin1(code) << message;
    };
    using S = ServiceKind;
    // Entra ID (AADSTS), the 7002xx family for federated credentials included.
    row("AADSTS50020 wrong tenant", S::Identity, 400,
        identity("invalid_grant", 50020, "User account does not exist in tenant"), "invalid_grant",
        ServiceError::tr("Your account does not exist in this tenant."));
    row("AADSTS700082 expired refresh token", S::Identity, 400,
        identity("invalid_grant", 700082, "expired due to inactivity"), "invalid_grant",
        ServiceError::tr("Your sign-in has expired."));
    row("AADSTS54005 code redeemed", S::Identity, 400, identity("invalid_grant", 54005, "already redeemed"),
        "invalid_grant", ServiceError::tr("Your sign-in has expired."));
    row("AADSTS65001 consent", S::Identity, 400, identity("invalid_grant", 65001, "not consented"),
        "invalid_grant", ServiceError::tr("The application has not been granted consent in this tenant."));
    row("AADSTS50076 MFA", S::Identity, 400, identity("interaction_required", 50076, "multi-factor"),
        "interaction_required",
        ServiceError::tr("This tenant asks you to sign in again interactively (for example for multi-factor "
                         "authentication)."));
    row("AADSTS90002 no tenant", S::Identity, 400, identity("invalid_request", 90002, "Tenant not found"),
        "invalid_request", ServiceError::tr("The tenant does not exist in this cloud."));
    row("AADSTS700211 issuer", S::Identity, 400,
        identity("invalid_client", 700211,
                 "No matching federated identity record found for presented assertion issuer"),
        "invalid_client",
        ServiceError::tr(
            "The federated credential's issuer does not match the tenant of the managed identity."));
    row("AADSTS700213 subject", S::Identity, 400,
        identity("invalid_client", 700213,
                 "No matching federated identity record found for presented assertion subject"),
        "invalid_client",
        ServiceError::tr(
            "The federated credential's subject does not match the managed identity's principal ID."));
    row("AADSTS700212 audience", S::Identity, 400,
        identity("invalid_client", 700212,
                 "No matching federated identity record found for presented assertion audience"),
        "invalid_client",
        ServiceError::tr("The federated credential's audience is not the one this cloud expects."));
    row("AADSTS70021 no credential", S::Identity, 400,
        identity("invalid_client", 70021, "No matching federated identity record found"), "invalid_client",
        ServiceError::tr("The application has no federated credential for the managed identity."));
    row("AADSTS700016 app not in tenant (ARM)", S::Arm, 400,
        arm("KeyVaultAccessFailed",
            "AADSTS700016: Application with identifier was not found in the directory"),
        "KeyVaultAccessFailed",
        ServiceError::tr("The ISV's application is not installed in the key's tenant."));
    row("AADSTS50011 redirect", S::Identity, 400,
        identity("invalid_request", 50011, "redirect URI does not match"), "invalid_request",
        ServiceError::tr("The sign-in redirect address is not registered for the application."));
    row("access_denied", S::Identity, 400, identity("access_denied", 65004, "User declined"), "access_denied",
        ServiceError::tr("The sign-in was cancelled or declined."));
    row("authorization_declined", S::Identity, 400, identity("authorization_declined", 70000, "declined"),
        "authorization_declined", ServiceError::tr("The sign-in on the other device was declined."));
    row("expired_token device code", S::Identity, 400, identity("expired_token", 70019, "expired"),
        "expired_token", ServiceError::tr("The device code expired before the sign-in was completed."));
    row("invalid_client secret", S::Identity, 401,
        identity("invalid_client", 7000215, "Invalid client secret provided"), "invalid_client",
        ServiceError::tr("The application's secret or certificate was not accepted."));
    // Azure Resource Manager.
    row("AuthorizationFailed", S::Arm, 403, arm("AuthorizationFailed"), "AuthorizationFailed",
        ServiceError::tr("You do not have permission for this action on this resource."));
    row("LinkedAuthorizationFailed", S::Arm, 403, arm("LinkedAuthorizationFailed"),
        "LinkedAuthorizationFailed",
        ServiceError::tr("You may change this resource, but not use a resource it links to."));
    row("InvalidAuthenticationTokenTenant", S::Arm, 401, arm("InvalidAuthenticationTokenTenant"),
        "InvalidAuthenticationTokenTenant",
        ServiceError::tr(
            "You are signed in to a different tenant than the one that owns this subscription."));
    row("ExpiredAuthenticationToken", S::Arm, 401, arm("ExpiredAuthenticationToken"),
        "ExpiredAuthenticationToken", ServiceError::tr("Your access token has expired."));
    row("MissingSubscriptionRegistration", S::Arm, 409, arm("MissingSubscriptionRegistration"),
        "MissingSubscriptionRegistration",
        ServiceError::tr("The subscription is not registered for this resource provider."));
    row("NoRegisteredProviderFound", S::Arm, 400, arm("NoRegisteredProviderFound"),
        "NoRegisteredProviderFound",
        ServiceError::tr("This cloud does not offer the API version CMK Wizard uses for this resource."));
    row("ResourceGroupNotFound", S::Arm, 404, arm("ResourceGroupNotFound"), "ResourceGroupNotFound",
        ServiceError::tr("The resource group does not exist in this subscription."));
    row("SubscriptionNotFound wrong subscription", S::Arm, 404, arm("SubscriptionNotFound"),
        "SubscriptionNotFound", ServiceError::tr("The subscription does not exist or you cannot see it."));
    row("PrincipalNotFound during propagation", S::Arm, 400, arm("PrincipalNotFound"), "PrincipalNotFound",
        ServiceError::tr("The directory does not know this identity yet."));
    row("RoleAssignmentExists", S::Arm, 409, arm("RoleAssignmentExists"), "RoleAssignmentExists",
        ServiceError::tr("This role is already assigned."));
    row("409 AnotherOperationInProgress", S::Arm, 409, arm("AnotherOperationInProgress"),
        "AnotherOperationInProgress",
        ServiceError::tr("Another operation on this resource is still running."));
    row("409 RetryableErrorDueToAnotherOperation", S::Arm, 409, arm("RetryableErrorDueToAnotherOperation"),
        "RetryableErrorDueToAnotherOperation",
        ServiceError::tr("Another operation on this resource is still running."));
    row("RequestDisallowedByPolicy", S::Arm, 403, arm("RequestDisallowedByPolicy"),
        "RequestDisallowedByPolicy",
        ServiceError::tr("An Azure Policy assignment of your organization forbids this change."));
    row("VaultAlreadyExists", S::Arm, 409, arm("VaultAlreadyExists"), "VaultAlreadyExists",
        ServiceError::tr("Another key vault already uses this name; vault names are unique across Azure."));
    row("LocationNotAvailableForResourceType", S::Arm, 400, arm("LocationNotAvailableForResourceType"),
        "LocationNotAvailableForResourceType",
        ServiceError::tr("The resource cannot be created in this location."));
    row("subnet delegated", S::Arm, 400, arm("PrivateEndpointCreationNotAllowedAsSubnetIsDelegated"),
        "PrivateEndpointCreationNotAllowedAsSubnetIsDelegated",
        ServiceError::tr(
            "The chosen subnet is delegated to Azure NetApp Files and cannot hold the private endpoint."));
    row("429 throttled", S::Arm, 429, arm("SubscriptionRequestsThrottled"), "SubscriptionRequestsThrottled",
        ServiceError::tr("The service is throttling requests."));
    row("500 unknown code", S::Arm, 500, arm("InternalServerError"), "InternalServerError",
        ServiceError::tr("The service had a temporary problem."));
    // Key Vault data plane.
    row("KeyVault Forbidden RBAC", S::KeyVault, 403, keyVault("Forbidden", "ForbiddenByRbac"), "Forbidden",
        ServiceError::tr("Your role assignments do not allow this on the key vault."));
    row("KeyVault Forbidden access policy", S::KeyVault, 403, keyVault("Forbidden", "ForbiddenByPolicy"),
        "Forbidden", ServiceError::tr("The key vault's access policies do not allow this for you."));
    row("KeyVault Forbidden firewall", S::KeyVault, 403, keyVault("Forbidden", "ForbiddenByFirewall"),
        "Forbidden", ServiceError::tr("The key vault's network rules block this connection."));
    row("KeyVault KeyNotFound", S::KeyVault, 404, arm("KeyNotFound"), "KeyNotFound",
        ServiceError::tr("The resource does not exist (yet)."));
    // Microsoft Graph.
    row("Graph Authorization_RequestDenied", S::Graph, 403, graph("Authorization_RequestDenied"),
        "Authorization_RequestDenied", ServiceError::tr("Your directory role does not allow this."));
    row("Graph duplicate", S::Graph, 409, graph("Request_MultipleObjectsWithSameKeyValue"),
        "Request_MultipleObjectsWithSameKeyValue",
        ServiceError::tr("An object with the same key already exists in the directory."));
    row("Graph not found", S::Graph, 404, graph("Request_ResourceNotFound"), "Request_ResourceNotFound",
        ServiceError::tr("The resource does not exist (yet)."));
    // Power Platform.
    row("BAP EnvironmentNotFound", S::PowerPlatform, 404, arm("EnvironmentNotFound"), "EnvironmentNotFound",
        ServiceError::tr("The resource does not exist (yet)."));
    row("BAP OperationNotStartable", S::PowerPlatform, 409, arm("OperationNotStartable"),
        "OperationNotStartable", ServiceError::tr("Another operation on this resource is still running."));
    row("BAP Forbidden", S::PowerPlatform, 403, arm("Forbidden"), "Forbidden",
        ServiceError::tr("You are not a Power Platform administrator in this tenant."));
    row("BAP EnvironmentLocationMismatch", S::PowerPlatform, 400, arm("EnvironmentLocationMismatch"),
        "EnvironmentLocationMismatch", ServiceError::tr("The resource cannot be created in this location."));
}

void TestServiceError::mapping()
{
    QFETCH(int, service);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const ServiceError e = ServiceError::fromResponse(ServiceKind(service), status, body, {});
    QCOMPARE(e.kind, ServiceError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.userMessage(), message);
    // Every mapped failure says what to do next, and something more specific than the fallback.
    QVERIFY(!e.nextAction().isEmpty());
    if (status < 500 && status != 429)
        QVERIFY2(e.nextAction()
                     != ServiceError::tr("Check the details and try again; if it persists, send the request "
                                         "ID to your administrator."),
                 qPrintable(code));
    QVERIFY(!e.technicalSummary().isEmpty());
}

void TestServiceError::idsAndNesting()
{
    const http::Headers headers {{"x-ms-request-id", "req-1"},
                                 {"x-ms-correlation-request-id", "corr-1"},
                                 {"x-ms-client-request-id", "client-1"}};
    const QByteArray nested = R"({"error":{"code":"DeploymentFailed","message":"m","target":"t",
        "details":[{"code":"Conflict","message":"c","details":[{"code":"RoleAssignmentExists","message":"x"}]}]}})";
    ServiceError e = ServiceError::fromResponse(ServiceKind::Arm, 409, nested, headers);
    QCOMPARE(e.requestId, QStringLiteral("req-1"));
    QCOMPARE(e.correlationId, QStringLiteral("corr-1"));
    QCOMPARE(e.clientRequestId, QStringLiteral("client-1"));
    QCOMPARE(e.target, QStringLiteral("t"));
    QCOMPARE(e.detailCodes,
             (QStringList {QStringLiteral("Conflict"), QStringLiteral("RoleAssignmentExists")}));
    QCOMPARE(e.innerCode, QStringLiteral("RoleAssignmentExists"));
    QVERIFY(e.technicalSummary().contains(QStringLiteral("req-1")));

    // Graph carries its ids in innerError; Entra ID in trace_id and correlation_id.
    e = ServiceError::fromResponse(ServiceKind::Graph, 403, graph("Authorization_RequestDenied"), {});
    QCOMPARE(e.requestId, QStringLiteral("g-req"));
    QCOMPARE(e.clientRequestId, QStringLiteral("g-client"));
    e = ServiceError::fromResponse(ServiceKind::Identity, 400,
                                   identity("invalid_grant", 50020, "x AADSTS50000 y"), {});
    QCOMPARE(e.requestId, QStringLiteral("t-1"));
    QCOMPARE(e.correlationId, QStringLiteral("c-1"));
    QVERIFY(e.isAadsts(50020));
    QVERIFY(e.isAadsts(50000)); // also read from the description text
}

void TestServiceError::notJson()
{
    const ServiceError e
        = ServiceError::fromResponse(ServiceKind::Arm, 502, "<html><body>Bad Gateway</body></html>", {});
    QCOMPARE(e.kind, ServiceError::Kind::Http);
    QVERIFY(e.code.isEmpty());
    QVERIFY(e.message.contains(QStringLiteral("Bad Gateway")));
    QCOMPARE(e.userMessage(), ServiceError::tr("The service had a temporary problem."));
}

void TestServiceError::transport()
{
    ServiceError e = ServiceError::network(ServiceKind::Arm, QNetworkReply::ConnectionRefusedError,
                                           QStringLiteral("refused"));
    QCOMPARE(e.kind, ServiceError::Kind::Network);
    QVERIFY(e.userMessage().contains(QStringLiteral("refused")));
    e = ServiceError::network(ServiceKind::Arm, QNetworkReply::SslHandshakeFailedError,
                              QStringLiteral("bad cert"));
    QCOMPARE(e.userMessage(),
             ServiceError::tr("The connection was refused because the server's certificate is not trusted."));
    QVERIFY(e.nextAction().contains(QStringLiteral("trustedCaCertificates")));
    e = ServiceError::network(ServiceKind::Arm, QNetworkReply::TimeoutError, QStringLiteral("slow"));
    QCOMPARE(e.kind, ServiceError::Kind::Timeout);
    e = ServiceError::network(ServiceKind::Arm, QNetworkReply::OperationCanceledError,
                              QStringLiteral("stop"));
    QCOMPARE(e.kind, ServiceError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestServiceError)
#include "tst_serviceerror.moc"
