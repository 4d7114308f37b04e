#include "http/serviceerror.h"

#include "util/json.h"

#include <QMetaEnum>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace cmk::http {

namespace {

using nlohmann::json;

using cmk::json::text;

/// Case-insensitive member lookup: some services (and PowerShell-fed gateways) vary the casing.
const json *member(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (QString::fromStdString(it.key()).compare(QLatin1StringView(key), Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

} // namespace

QByteArray headerValue(const Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ServiceError ServiceError::network(ServiceKind service, QNetworkReply::NetworkError error,
                                   const QString &text)
{
    ServiceError e;
    e.service = service;
    e.kind = error == QNetworkReply::OperationCanceledError ? Kind::Cancelled
        : error == QNetworkReply::TimeoutError              ? Kind::Timeout
                                                            : Kind::Network;
    e.code = QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error));
    e.message = text;
    return e;
}

ServiceError ServiceError::fromResponse(ServiceKind service, int status, const QByteArray &body,
                                        const Headers &headers)
{
    ServiceError e;
    e.kind = Kind::Http;
    e.service = service;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(headerValue(headers, "x-ms-request-id"));
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(headerValue(headers, "request-id"));
    e.correlationId = QString::fromLatin1(headerValue(headers, "x-ms-correlation-request-id"));
    if (e.correlationId.isEmpty())
        e.correlationId = QString::fromLatin1(headerValue(headers, "x-ms-correlation-id"));
    e.clientRequestId = QString::fromLatin1(headerValue(headers, "x-ms-client-request-id"));
    if (e.clientRequestId.isEmpty())
        e.clientRequestId = QString::fromLatin1(headerValue(headers, "client-request-id"));

    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        // Gateways answer with HTML or nothing: keep the status and a short, readable excerpt.
        e.message = QString::fromUtf8(body.left(300)).simplified();
        return e;
    }
    if (service == ServiceKind::Identity || (doc.contains("error") && doc["error"].is_string())) {
        e.code = text(doc, "error");
        e.message = text(doc, "error_description");
        if (const auto codes = doc.find("error_codes"); codes != doc.end() && codes->is_array()) {
            for (const auto &c : *codes) {
                if (c.is_number_integer())
                    e.aadstsCodes.append(c.get<int>());
            }
        }
        if (e.correlationId.isEmpty())
            e.correlationId = text(doc, "correlation_id");
        if (e.requestId.isEmpty())
            e.requestId = text(doc, "trace_id");
    } else {
        const json *error = member(doc, "error");
        const json &err = error && error->is_object() ? *error : doc; // a few RPs answer {code, message} bare
        e.code = text(err, "code");
        e.message = text(err, "message");
        e.target = text(err, "target");
        // Nested causes: Key Vault innererror, Graph innerError, ARM details[].
        const json *inner = member(err, "innererror");
        while (inner && inner->is_object()) {
            const QString c = text(*inner, "code");
            if (!c.isEmpty())
                e.innerCode = c;
            if (e.requestId.isEmpty())
                e.requestId = text(*inner, "request-id");
            if (e.clientRequestId.isEmpty())
                e.clientRequestId = text(*inner, "client-request-id");
            inner = member(*inner, "innererror");
        }
        const json *details = member(err, "details");
        while (details && details->is_array() && !details->empty()) {
            const json &first = details->front();
            const QString c = text(first, "code");
            if (!c.isEmpty()) {
                e.detailCodes.append(c);
                e.innerCode = c;
            }
            details = member(first, "details");
        }
    }
    static const QRegularExpression aadsts(QStringLiteral("AADSTS(\\d{4,7})"));
    auto it = aadsts.globalMatch(e.message);
    while (it.hasNext()) {
        const int code = it.next().captured(1).toInt();
        if (!e.aadstsCodes.contains(code))
            e.aadstsCodes.append(code);
    }
    return e;
}

QString ServiceError::technicalSummary() const
{
    QString s = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!code.isEmpty())
        s += QStringLiteral(" %1").arg(code);
    if (!innerCode.isEmpty())
        s += QStringLiteral(" (%1)").arg(innerCode);
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        s += QStringLiteral(" [request %1]").arg(requestId);
    return s;
}

QString ServiceError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Timeout:
        return tr("The service did not answer in time.");
    case Kind::Network:
        if (code == QLatin1StringView("SslHandshakeFailedError"))
            return tr("The connection was refused because the server's certificate is not trusted.");
        return tr("The service could not be reached (%1).").arg(message);
    case Kind::Malformed:
        return tr("The service answered with something that is not the expected JSON.");
    case Kind::InvalidInput:
        return message;
    case Kind::Http:
        break;
    }
    // Identity platform.
    if (isAadsts(50020))
        return tr("Your account does not exist in this tenant.");
    if (isAadsts(700082) || isAadsts(70008) || isAadsts(54005))
        return tr("Your sign-in has expired.");
    if (isAadsts(65001) || code == QLatin1StringView("consent_required"))
        return tr("The application has not been granted consent in this tenant.");
    if (isAadsts(50076) || isAadsts(50079) || code == QLatin1StringView("interaction_required"))
        return tr("This tenant asks you to sign in again interactively (for example for multi-factor "
                  "authentication).");
    if (isAadsts(90002))
        return tr("The tenant does not exist in this cloud.");
    if (isAadsts(700211))
        return tr("The federated credential's issuer does not match the tenant of the managed identity.");
    if (isAadsts(700213))
        return tr("The federated credential's subject does not match the managed identity's principal ID.");
    if (isAadsts(700212))
        return tr("The federated credential's audience is not the one this cloud expects.");
    if (isAadsts(70021))
        return tr("The application has no federated credential for the managed identity.");
    if (isAadsts(700016))
        return service == ServiceKind::Identity
            ? tr("The application is not known in this tenant.")
            : tr("The ISV's application is not installed in the key's tenant.");
    if (isAadsts(50011))
        return tr("The sign-in redirect address is not registered for the application.");
    if (isAadsts(500011))
        return tr("The requested service is not known in this tenant.");
    if (code == QLatin1StringView("login_required"))
        return tr("You are not signed in to this tenant, or the sign-in was removed.");
    if (code == QLatin1StringView("invalid_state"))
        return tr("The answer from the sign-in page does not belong to this sign-in.");
    if (code == QLatin1StringView("invalid_client"))
        return tr("The application's secret or certificate was not accepted.");
    if (code == QLatin1StringView("access_denied"))
        return tr("The sign-in was cancelled or declined.");
    if (code == QLatin1StringView("invalid_grant"))
        return tr("The sign-in could not be completed.");
    if (code == QLatin1StringView("authorization_declined"))
        return tr("The sign-in on the other device was declined.");
    if (code == QLatin1StringView("expired_token"))
        return tr("The device code expired before the sign-in was completed.");
    // Azure Resource Manager.
    if (code == QLatin1StringView("AuthorizationFailed"))
        return tr("You do not have permission for this action on this resource.");
    if (code == QLatin1StringView("LinkedAuthorizationFailed"))
        return tr("You may change this resource, but not use a resource it links to.");
    if (code == QLatin1StringView("InvalidAuthenticationTokenTenant"))
        return tr("You are signed in to a different tenant than the one that owns this subscription.");
    if (code == QLatin1StringView("ExpiredAuthenticationToken"))
        return tr("Your access token has expired.");
    if (code == QLatin1StringView("InvalidAuthenticationToken")
        || code == QLatin1StringView("AuthenticationFailed") || code == QLatin1StringView("Unauthorized"))
        return tr("The service did not accept your sign-in.");
    if (code == QLatin1StringView("MissingSubscriptionRegistration"))
        return tr("The subscription is not registered for this resource provider.");
    if (code == QLatin1StringView("NoRegisteredProviderFound")
        || code == QLatin1StringView("InvalidApiVersionParameter"))
        return tr("This cloud does not offer the API version CMK Wizard uses for this resource.");
    if (code == QLatin1StringView("ResourceGroupNotFound"))
        return tr("The resource group does not exist in this subscription.");
    if (code == QLatin1StringView("SubscriptionNotFound"))
        return tr("The subscription does not exist or you cannot see it.");
    if (code == QLatin1StringView("ResourceNotFound") || code == QLatin1StringView("KeyNotFound")
        || code == QLatin1StringView("Request_ResourceNotFound")
        || code == QLatin1StringView("EnvironmentNotFound"))
        return tr("The resource does not exist (yet).");
    if (code == QLatin1StringView("PrincipalNotFound"))
        return tr("The directory does not know this identity yet.");
    if (code == QLatin1StringView("RoleAssignmentExists"))
        return tr("This role is already assigned.");
    if (code == QLatin1StringView("AnotherOperationInProgress") || code == QLatin1StringView("Conflict")
        || code == QLatin1StringView("OperationNotStartable")
        || code == QLatin1StringView("RetryableErrorDueToAnotherOperation"))
        return tr("Another operation on this resource is still running.");
    if (code == QLatin1StringView("RequestDisallowedByPolicy"))
        return tr("An Azure Policy assignment of your organization forbids this change.");
    if (code == QLatin1StringView("VaultAlreadyExists"))
        return tr("Another key vault already uses this name; vault names are unique across Azure.");
    if (code == QLatin1StringView("LocationNotAvailableForResourceType")
        || code == QLatin1StringView("EnvironmentLocationMismatch"))
        return tr("The resource cannot be created in this location.");
    if (code == QLatin1StringView("PrivateEndpointCreationNotAllowedAsSubnetIsDelegated"))
        return tr(
            "The chosen subnet is delegated to Azure NetApp Files and cannot hold the private endpoint.");
    if (code == QLatin1StringView("KeyVaultPrivateEndpointNotApproved"))
        return tr("The private endpoint to the customer's key vault is not approved yet.");
    if (code == QLatin1StringView("KeyVaultAccessForbidden")
        || code == QLatin1StringView("EnterprisePolicyKeyNotAccessible"))
        return tr("The service's identity may not use the key.");
    if (code == QLatin1StringView("KeyVaultAccessFailed"))
        return tr("The service could not get a token for the key vault in the other tenant.");
    if (code == QLatin1StringView("OperationNotAllowed"))
        return tr("The subscription is not enabled for this feature.");
    // Key Vault data plane.
    if (code == QLatin1StringView("Forbidden") && innerCode == QLatin1StringView("ForbiddenByRbac"))
        return tr("Your role assignments do not allow this on the key vault.");
    if (code == QLatin1StringView("Forbidden") && innerCode == QLatin1StringView("ForbiddenByPolicy"))
        return tr("The key vault's access policies do not allow this for you.");
    if (code == QLatin1StringView("Forbidden") && innerCode == QLatin1StringView("ForbiddenByFirewall"))
        return tr("The key vault's network rules block this connection.");
    // Graph.
    if (code == QLatin1StringView("Authorization_RequestDenied"))
        return tr("Your directory role does not allow this.");
    if (code == QLatin1StringView("Request_MultipleObjectsWithSameKeyValue"))
        return tr("An object with the same key already exists in the directory.");
    // Power Platform.
    if (code == QLatin1StringView("EnterprisePolicyAccessDenied"))
        return tr("You do not have Reader access to the enterprise policy.");
    if (code == QLatin1StringView("EnvironmentTypeNotSupported")
        || code == QLatin1StringView("ManagedEnvironmentRequired")
        || code == QLatin1StringView("PowerPlatformIntegrationRequired")
        || code == QLatin1StringView("DataverseRequired"))
        return tr("This environment cannot use a customer-managed key.");
    if (service == ServiceKind::PowerPlatform && code == QLatin1StringView("Forbidden"))
        return tr("You are not a Power Platform administrator in this tenant.");
    // Transient.
    if (httpStatus == 429)
        return tr("The service is throttling requests.");
    if (httpStatus >= 500)
        return tr("The service had a temporary problem.");
    if (httpStatus == 403)
        return tr("The service refused the request.");
    if (httpStatus == 404)
        return tr("The resource does not exist.");
    return tr("The request failed.");
}

QString ServiceError::nextAction() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Start it again when you are ready.");
    case Kind::Timeout:
        return tr("Check your network connection and try again.");
    case Kind::Network:
        if (code == QLatin1StringView("SslHandshakeFailedError"))
            return tr("If your organization inspects TLS, add its CA certificate to the cloud profile "
                      "(trustedCaCertificates).");
        return tr("Check your network connection and proxy settings, then try again.");
    case Kind::Malformed:
        return tr("Try again; if it persists, send the request ID to your administrator.");
    case Kind::InvalidInput:
        return tr("Correct the value and try again; nothing was sent.");
    case Kind::Http:
        break;
    }
    if (isAadsts(50020))
        return tr(
            "Sign in with an account of this tenant, or ask its administrator to invite you as a guest.");
    if (isAadsts(700082) || isAadsts(70008) || isAadsts(54005) || code == QLatin1StringView("invalid_grant"))
        return tr("Sign in again.");
    if (isAadsts(65001) || code == QLatin1StringView("consent_required"))
        return tr("Ask an administrator of the tenant to grant consent, then sign in again.");
    if (isAadsts(50076) || isAadsts(50079) || code == QLatin1StringView("interaction_required"))
        return tr("Sign in again in the browser.");
    if (isAadsts(90002))
        return tr("Check the tenant ID and that you chose the right cloud.");
    if (isAadsts(700211) || isAadsts(700212) || isAadsts(700213) || isAadsts(70021))
        return tr("Fix the federated credential on the ISV's application (the wizard's federated credential "
                  "step shows "
                  "the expected issuer, subject and audience) and try again.");
    if (isAadsts(700016) && service != ServiceKind::Identity)
        return tr(
            "Ask the customer's administrator to install the application (admin consent), then try again.");
    if (isAadsts(700016))
        return tr("Check the application (client) ID, or use the default client of the cloud profile.");
    if (isAadsts(50011))
        return tr(
            "Sign in with CMK Wizard's own client, or register http://localhost as a redirect address of the "
            "application named in the cloud profile.");
    if (isAadsts(500011))
        return tr("Check that the cloud profile's endpoints belong to this cloud.");
    if (code == QLatin1StringView("login_required") || code == QLatin1StringView("invalid_state"))
        return tr("Sign in to this tenant.");
    if (code == QLatin1StringView("invalid_client"))
        return tr("Check the client secret (a new one may be needed if it expired) and the application ID.");
    if (code == QLatin1StringView("access_denied") || code == QLatin1StringView("authorization_declined")
        || code == QLatin1StringView("expired_token"))
        return tr("Sign in again when you are ready.");
    if (code == QLatin1StringView("AuthorizationFailed")
        || code == QLatin1StringView("LinkedAuthorizationFailed"))
        return tr("Ask an owner of the resource to grant you the needed role; the service's message names "
                  "the missing "
                  "action. If the role was just granted, wait a few minutes and retry.");
    if (code == QLatin1StringView("InvalidAuthenticationTokenTenant"))
        return tr("Sign in to the tenant that owns the subscription.");
    if (code == QLatin1StringView("ExpiredAuthenticationToken")
        || code == QLatin1StringView("InvalidAuthenticationToken")
        || code == QLatin1StringView("AuthenticationFailed") || code == QLatin1StringView("Unauthorized"))
        return tr("Sign in again.");
    if (code == QLatin1StringView("MissingSubscriptionRegistration"))
        return tr(
            "Register the resource provider (the track's registration step does it) and wait until it is "
            "Registered.");
    if (code == QLatin1StringView("NoRegisteredProviderFound")
        || code == QLatin1StringView("InvalidApiVersionParameter"))
        return tr(
            "Use a cloud profile with an API version this cloud supports; the service's message lists them.");
    if (code == QLatin1StringView("ResourceGroupNotFound"))
        return tr("Choose an existing resource group, or check that the right subscription is selected.");
    if (code == QLatin1StringView("SubscriptionNotFound"))
        return tr("Choose a subscription of the signed-in tenant.");
    if (code == QLatin1StringView("ResourceNotFound") || code == QLatin1StringView("KeyNotFound")
        || code == QLatin1StringView("Request_ResourceNotFound")
        || code == QLatin1StringView("EnvironmentNotFound"))
        return tr(
            "Check the name, the subscription and the tenant; if it was just created, wait a minute and try "
            "again.");
    if (code == QLatin1StringView("PrincipalNotFound"))
        return tr(
            "A new identity takes a few minutes to appear everywhere; CMK Wizard retries on its own. If it "
            "persists, check the object ID.");
    if (code == QLatin1StringView("RoleAssignmentExists"))
        return tr("Nothing to do.");
    if (code == QLatin1StringView("AnotherOperationInProgress") || code == QLatin1StringView("Conflict")
        || code == QLatin1StringView("OperationNotStartable")
        || code == QLatin1StringView("RetryableErrorDueToAnotherOperation"))
        return tr("Wait until the running operation ends; CMK Wizard retries then.");
    if (code == QLatin1StringView("RequestDisallowedByPolicy"))
        return tr("Ask your Azure administrator about the policy named in the message, or change the "
                  "settings to comply.");
    if (code == QLatin1StringView("VaultAlreadyExists"))
        return tr("Choose another vault name.");
    if (code == QLatin1StringView("LocationNotAvailableForResourceType")
        || code == QLatin1StringView("EnvironmentLocationMismatch"))
        return tr("Choose one of the locations the message lists.");
    if (code == QLatin1StringView("PrivateEndpointCreationNotAllowedAsSubnetIsDelegated"))
        return tr("Choose another subnet of the volumes' virtual network, one that is not delegated.");
    if (code == QLatin1StringView("KeyVaultPrivateEndpointNotApproved"))
        return tr(
            "Ask the customer to approve the private endpoint connection on the vault, then try again.");
    if (code == QLatin1StringView("KeyVaultAccessForbidden")
        || code == QLatin1StringView("EnterprisePolicyKeyNotAccessible")
        || code == QLatin1StringView("KeyVaultAccessFailed"))
        return tr("Grant the identity get, wrapKey and unwrapKey on the key (Key Vault Crypto Service "
                  "Encryption User), "
                  "then try again.");
    if (code == QLatin1StringView("OperationNotAllowed"))
        return tr("Register the required preview feature and wait until it is Registered.");
    if (innerCode == QLatin1StringView("ForbiddenByRbac"))
        return tr(
            "Ask for a Key Vault data role (for example Key Vault Crypto Officer) on the vault or key.");
    if (innerCode == QLatin1StringView("ForbiddenByPolicy"))
        return tr("Ask for an access policy with the needed key permissions.");
    if (innerCode == QLatin1StringView("ForbiddenByFirewall"))
        return tr("Allow your network in the vault's firewall, or work from a network that can reach it.");
    if (code == QLatin1StringView("Authorization_RequestDenied"))
        return tr(
            "Ask for the directory role the action needs (for example Cloud Application Administrator).");
    if (code == QLatin1StringView("Request_MultipleObjectsWithSameKeyValue"))
        return tr("Use the existing object; CMK Wizard looks it up on the next run.");
    if (code == QLatin1StringView("EnterprisePolicyAccessDenied"))
        return tr("Ask the key vault administrator to grant you Reader on the enterprise policy.");
    if (code == QLatin1StringView("EnvironmentTypeNotSupported")
        || code == QLatin1StringView("ManagedEnvironmentRequired")
        || code == QLatin1StringView("PowerPlatformIntegrationRequired")
        || code == QLatin1StringView("DataverseRequired"))
        return tr("Choose another environment, or change this one as the message says.");
    if (service == ServiceKind::PowerPlatform && code == QLatin1StringView("Forbidden"))
        return tr(
            "Ask for the Power Platform administrator role, or sign in as a Power Platform administrator.");
    if (httpStatus == 429 || httpStatus >= 500)
        return tr("Wait a moment and try again; CMK Wizard retries on its own where it is safe.");
    return tr("Check the details and try again; if it persists, send the request ID to your administrator.");
}

} // namespace cmk::http
