#pragma once

#include "http/serviceerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace cmk::auth {

/// What the token endpoint answered on success. Secrets in here never reach a log.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    QString idToken;
    QString tokenType;
    QString scope; ///< what was granted, space-separated
    QDateTime expiresOn;
    QDateTime extendedExpiresOn;
    QDateTime refreshOn; ///< when the service wants it refreshed (`refresh_in`), or invalid
    QString clientInfoUid; ///< user object id in the home tenant (client_info.uid)
    QString clientInfoUtid; ///< home tenant (client_info.utid)
    QString familyId; ///< FOCI family, "1" or empty

    /// Parses a 200 answer of `/oauth2/v2.0/token`. Nothing (and `error` set) when it is not one.
    static std::optional<TokenResponse> parse(const QByteArray &body, const QDateTime &now,
                                              http::ServiceError *error);
};

/// The claims CMK Wizard reads from an id or access token. The signature is not checked: the
/// token came over TLS from the authority; services check it.
struct TokenClaims
{
    QString tenantId; ///< tid
    QString objectId; ///< oid
    QString userPrincipalName; ///< upn, else preferred_username, else unique_name
    QString displayName; ///< name
    QString audience; ///< aud
    QString appId; ///< appid / azp
    QStringList directoryRoles; ///< wids: role template ids
    QDateTime expiresOn; ///< exp
    bool isApplication = false; ///< idtyp == "app", or an app-only token without a user

    /// Decodes the payload of a JWT. Nothing when it is not one.
    static std::optional<TokenClaims> fromJwt(const QString &token);
};

/// Well-known directory role template ids (`wids` values) the role checks use.
namespace DirectoryRole {
inline constexpr QLatin1StringView GlobalAdministrator {"62e90394-69f5-4237-9190-012177145e10"};
inline constexpr QLatin1StringView ApplicationAdministrator {"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"};
inline constexpr QLatin1StringView CloudApplicationAdministrator {"158c047a-c907-4556-b7ef-446551a6b5f7"};
inline constexpr QLatin1StringView PowerPlatformAdministrator {"11648597-926c-4cf3-9c36-bcebb0ba8dcc"};
inline constexpr QLatin1StringView Dynamics365Administrator {"44367163-eba1-44c3-98af-f5787879f96a"};
} // namespace DirectoryRole

} // namespace cmk::auth

Q_DECLARE_METATYPE(cmk::auth::TokenResponse)
