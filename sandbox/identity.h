#pragma once

#include "context.h"

namespace cmk::sandbox {

/// Entra ID on the sign-in origin: discovery, JWKS, the authorize, device login and admin
/// consent pages (plain HTML, no scripts), and the token endpoint with the authorization code
/// (PKCE S256 required for public clients), refresh token (rotating), device code and client
/// credentials grants.
class IdentityService
{
public:
    IdentityService(Context &context, QString publicClientId);

    /// Answers `request` if it is an identity path; nothing otherwise.
    std::optional<Response> handle(const Request &request);

private:
    struct Client
    {
        QString clientId;
        bool isPublic = true;
        bool firstParty = false;
        const Application *app = nullptr;
    };

    Response discovery(const QString &tenant);
    Response authorizeGet(const QString &tenant, const Request &request);
    Response authorizePost(const QString &tenant, const Request &request);
    Response token(const QString &tenant, const Request &request);
    Response deviceCode(const QString &tenant, const Request &request);
    Response deviceLogin(const Request &request);
    Response adminConsent(const QString &tenant, const Request &request);

    Response tokenFromCode(const QString &tenant, const QHash<QString, QString> &form);
    Response tokenFromRefresh(const QString &tenant, const QHash<QString, QString> &form);
    Response tokenFromDeviceCode(const QString &tenant, const QHash<QString, QString> &form);
    Response tokenForClient(const QString &tenant, const QHash<QString, QString> &form);
    Response userTokens(const User &user, const QString &tenantId, const QString &clientId,
                        const QString &scope, const QString &nonce);

    std::optional<Client> client(const QString &clientId, const QString &tenantId) const;
    bool redirectAllowed(const Client &client, const QString &redirectUri) const;
    /// The tenant a request addresses; nothing for an unknown tenant.
    std::optional<QString> resolveTenant(const QString &tenant) const;
    QStringList tenantUsers(const QString &tenant) const;
    QString resourceOf(const QString &scope, Response *error) const;
    QString newSecret(int bytes);

    Response page(const QString &title, const QString &body, int status = 200) const;
    QString userPicker(const QString &tenant, const QString &selectedUpn) const;

    Context &m_ctx;
    QString m_publicClientId;
};

/// Parses an application/x-www-form-urlencoded body ('+' is a space).
QHash<QString, QString> parseForm(const QByteArray &body);

} // namespace cmk::sandbox
