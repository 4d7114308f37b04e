#include "auth/tokenresponse.h"

#include "util/json.h"

#include <nlohmann/json.hpp>

namespace cmk::auth {

namespace {

using nlohmann::json;

using cmk::json::text;

/// `expires_in` and friends arrive as numbers or as strings of digits.
std::optional<qint64> seconds(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (it->is_number_integer())
        return it->get<qint64>();
    if (it->is_string()) {
        bool ok = false;
        const qint64 value = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

json decodeSegment(const QString &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(segment.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!decoded)
        return json();
    const QByteArray bytes = *decoded;
    return json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

} // namespace

std::optional<TokenResponse> TokenResponse::parse(const QByteArray &body, const QDateTime &now,
                                                  http::ServiceError *error)
{
    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    const auto malformed = [&](const QString &why) -> std::optional<TokenResponse> {
        if (error) {
            *error = http::ServiceError();
            error->kind = http::ServiceError::Kind::Malformed;
            error->service = http::ServiceKind::Identity;
            error->httpStatus = 200;
            error->message = why;
        }
        return std::nullopt;
    };
    if (!doc.is_object())
        return malformed(QStringLiteral("the token endpoint's answer is not a JSON object"));
    TokenResponse r;
    r.accessToken = text(doc, "access_token");
    if (r.accessToken.isEmpty())
        return malformed(QStringLiteral("the token endpoint's answer has no access_token"));
    const auto expiresIn = seconds(doc, "expires_in");
    if (!expiresIn || *expiresIn <= 0)
        return malformed(QStringLiteral("the token endpoint's answer has no valid expires_in"));
    r.refreshToken = text(doc, "refresh_token");
    r.idToken = text(doc, "id_token");
    r.tokenType = text(doc, "token_type");
    if (r.tokenType.isEmpty())
        r.tokenType = QStringLiteral("Bearer");
    r.scope = text(doc, "scope");
    r.expiresOn = now.addSecs(*expiresIn);
    r.extendedExpiresOn = now.addSecs(seconds(doc, "ext_expires_in").value_or(*expiresIn));
    if (const auto refreshIn = seconds(doc, "refresh_in"))
        r.refreshOn = now.addSecs(*refreshIn);
    r.familyId = text(doc, "foci");
    const QString clientInfo = text(doc, "client_info");
    if (!clientInfo.isEmpty()) {
        const json info = decodeSegment(clientInfo);
        if (info.is_object()) {
            r.clientInfoUid = text(info, "uid");
            r.clientInfoUtid = text(info, "utid");
        }
    }
    return r;
}

std::optional<TokenClaims> TokenClaims::fromJwt(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const json payload = decodeSegment(parts.at(1));
    if (!payload.is_object())
        return std::nullopt;
    TokenClaims c;
    c.tenantId = text(payload, "tid");
    c.objectId = text(payload, "oid");
    c.userPrincipalName = text(payload, "upn");
    if (c.userPrincipalName.isEmpty())
        c.userPrincipalName = text(payload, "preferred_username");
    if (c.userPrincipalName.isEmpty())
        c.userPrincipalName = text(payload, "unique_name");
    c.displayName = text(payload, "name");
    c.audience = text(payload, "aud");
    c.appId = text(payload, "appid");
    if (c.appId.isEmpty())
        c.appId = text(payload, "azp");
    if (const auto it = payload.find("wids"); it != payload.end() && it->is_array()) {
        for (const json &role : *it) {
            if (role.is_string())
                c.directoryRoles << QString::fromStdString(role.get<std::string>());
        }
    }
    if (const auto exp = seconds(payload, "exp"))
        c.expiresOn = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
    c.isApplication = text(payload, "idtyp") == QLatin1StringView("app")
        || (text(payload, "idtyp").isEmpty() && text(payload, "scp").isEmpty() && !payload.contains("upn")
            && !payload.contains("preferred_username") && payload.contains("roles"));
    return c;
}

} // namespace cmk::auth
