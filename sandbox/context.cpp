#include "context.h"

#include <QDateTime>
#include <QUuid>

namespace cmk::sandbox {

QString serviceName(Service service)
{
    switch (service) {
    case Service::Login:
        return QStringLiteral("login");
    case Service::Arm:
        return QStringLiteral("arm");
    case Service::Graph:
        return QStringLiteral("graph");
    case Service::PowerPlatform:
        return QStringLiteral("powerplatform");
    case Service::KeyVault:
        return QStringLiteral("keyvault");
    }
    return {};
}

QStringList Context::audiences(Service service) const
{
    const auto withAndWithoutSlash = [](const QString &u) {
        QString trimmed = u;
        while (trimmed.endsWith(u'/'))
            trimmed.chop(1);
        return QStringList {trimmed, trimmed + u'/'};
    };
    switch (service) {
    case Service::Arm:
        return withAndWithoutSlash(origin(Service::Arm).toString())
            + withAndWithoutSlash(QStringLiteral("https://management.azure.com"))
            + withAndWithoutSlash(QStringLiteral("https://management.core.windows.net"))
            + QStringList {QStringLiteral("797f4846-ba00-4fd7-ba43-dac1f8f63013")};
    case Service::Graph:
        return withAndWithoutSlash(origin(Service::Graph).toString())
            + withAndWithoutSlash(QStringLiteral("https://graph.microsoft.com"))
            + QStringList {QStringLiteral("00000003-0000-0000-c000-000000000000")};
    case Service::KeyVault:
        return withAndWithoutSlash(QStringLiteral("https://vault.azure.net"))
            + QStringList {QStringLiteral("cfa8b339-82a2-471a-a3c9-0fc0be7a4093")};
    case Service::PowerPlatform:
        return withAndWithoutSlash(QStringLiteral("https://service.powerapps.com"))
            + withAndWithoutSlash(origin(Service::PowerPlatform).toString())
            + QStringList {QStringLiteral("475226c6-020e-4fb2-8a90-7a972cbfc1d4")};
    case Service::Login:
        break;
    }
    return {};
}

Principal Context::principalFromClaims(const Json &claims) const
{
    Principal p;
    p.tenantId = str(claims, "tid");
    p.objectId = str(claims, "oid");
    p.appId = str(claims, "appid");
    p.displayName = str(claims, "name");
    p.upn = str(claims, "upn");
    if (claims.contains("wids") && claims["wids"].is_array()) {
        for (const auto &w : claims["wids"])
            p.directoryRoles << qs(w.get<std::string>());
    }
    const QString idtyp = str(claims, "idtyp");
    if (idtyp == QLatin1StringView("user"))
        p.kind = Principal::Kind::User;
    else if (idtyp == QLatin1StringView("mi"))
        p.kind = Principal::Kind::ManagedIdentity;
    else if (idtyp == QLatin1StringView("app"))
        p.kind = Principal::Kind::ServicePrincipal;
    // Roles can change while a token lives: the directory is the truth, as in Entra.
    if (p.kind == Principal::Kind::User) {
        if (const User *u = world.user(p.objectId))
            p.directoryRoles = u->directoryRoles;
    }
    return p;
}

std::optional<Principal> Context::authenticate(const Request &request, Service service, Response *error) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization"));
    const QString authority = origin(Service::Login).toString();
    const auto challenge = [&](const QString &tenant) {
        QByteArray value("Bearer authorization_uri=\"");
        value += QString(authority + tenant).toUtf8();
        value += "\", error=\"invalid_token\"";
        return value;
    };
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        if (service == Service::KeyVault)
            return std::nullopt; // the Key Vault service answers with its own challenge
        switch (service) {
        case Service::Graph:
            *error = errors::graph(401, QStringLiteral("InvalidAuthenticationToken"),
                                   QStringLiteral("Access token is empty."), request);
            break;
        case Service::PowerPlatform:
            *error
                = errors::powerPlatform(401, QStringLiteral("MissingAuthorizationHeader"),
                                        QStringLiteral("The request is missing the 'Authorization' header."));
            break;
        default:
            *error = errors::arm(
                401, QStringLiteral("AuthenticationFailed"),
                QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
            break;
        }
        error->setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge(QStringLiteral("common")));
        return std::nullopt;
    }
    const auto claims = signer.verify(header.mid(7).trimmed());
    const auto invalid = [&](const QString &code, const QString &message) {
        if (service == Service::Graph)
            *error = errors::graph(401, QStringLiteral("InvalidAuthenticationToken"), message, request);
        else if (service == Service::KeyVault)
            *error = errors::keyVault(401, QStringLiteral("Unauthorized"), message);
        else if (service == Service::PowerPlatform)
            *error = errors::powerPlatform(401, code, message);
        else
            *error = errors::arm(401, code, message);
        error->setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge(QStringLiteral("common")));
        return std::nullopt;
    };
    if (!claims)
        return invalid(QStringLiteral("InvalidAuthenticationToken"),
                       QStringLiteral("The access token is invalid: its signature does not verify."));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (claims->value("exp", qint64(0)) <= now)
        return invalid(
            QStringLiteral("ExpiredAuthenticationToken"),
            QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                .arg(QDateTime::fromSecsSinceEpoch(claims->value("exp", qint64(0)), Qt::UTC)
                         .toString(Qt::ISODate),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    const QString aud = str(*claims, "aud");
    if (!audiences(service).contains(aud, Qt::CaseInsensitive))
        return invalid(
            QStringLiteral("InvalidAuthenticationToken"),
            QStringLiteral("The access token has been obtained for wrong audience or resource '%1'. It "
                           "should exactly match with one of the allowed audiences '%2'.")
                .arg(aud, audiences(service).join(QStringLiteral("','"))));
    Principal p = principalFromClaims(*claims);
    if (!p.isValid())
        return invalid(QStringLiteral("InvalidAuthenticationToken"),
                       QStringLiteral("The access token names no principal."));
    return p;
}

namespace errors {

Response arm(int status, const QString &code, const QString &message, const QString &target)
{
    Json error = {{"code", s(code)}, {"message", s(message)}};
    if (!target.isEmpty())
        error["target"] = s(target);
    return Response::json(status, bytes(Json {{"error", error}}));
}

Response graph(int status, const QString &code, const QString &message, const Request &request)
{
    const QString clientRequestId
        = QString::fromLatin1(request.header(QByteArrayLiteral("client-request-id")));
    Json inner = {{"date", s(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))},
                  {"request-id", s(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                  {"client-request-id", s(clientRequestId)}};
    return Response::json(
        status, bytes(Json {{"error", {{"code", s(code)}, {"message", s(message)}, {"innerError", inner}}}}));
}

Response keyVault(int status, const QString &code, const QString &message, const QString &innerCode)
{
    Json error = {{"code", s(code)}, {"message", s(message)}};
    if (!innerCode.isEmpty())
        error["innererror"] = {{"code", s(innerCode)}};
    return Response::json(status, bytes(Json {{"error", error}}));
}

Response powerPlatform(int status, const QString &code, const QString &message)
{
    return Response::json(
        status,
        bytes(Json {
            {"error", {{"code", s(code)}, {"message", s(message)}, {"detailUrlType", "NotSpecified"}}}}));
}

Response oauth(int status, const QString &error, int aadsts, const QString &description)
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    const QString full = QStringLiteral("AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5")
                             .arg(QString::number(aadsts), description, traceId, correlationId, timestamp);
    return Response::json(
        status,
        bytes(
            Json {{"error", s(error)},
                  {"error_description", s(full)},
                  {"error_codes", Json::array({aadsts})},
                  {"timestamp", s(timestamp)},
                  {"trace_id", s(traceId)},
                  {"correlation_id", s(correlationId)},
                  {"error_uri", "https://login.microsoftonline.com/error?code=" + std::to_string(aadsts)}}));
}

} // namespace errors

} // namespace cmk::sandbox
