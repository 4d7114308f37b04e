#pragma once

#include "httpserver.h"
#include "json.h"
#include "tokens.h"
#include "world.h"

#include <QUrl>

#include <functional>

namespace cmk::sandbox {

enum class Service { Login, Arm, Graph, PowerPlatform, KeyVault };

QString serviceName(Service service);

/// What every service handler shares: the state, the signer, the origins and the options.
struct Context
{
    World &world;
    const TokenSigner &signer;
    std::function<QUrl(Service)> origin; ///< e.g. https://127.0.0.1:40001/
    std::function<QUrl(const QString &vaultKey)> vaultOrigin;
    std::function<quint16(const QString &vaultKey)> openVault; ///< starts a vault's listener; its port
    std::function<void(const QString &vaultKey)> closeVault;
    qint64 lroDurationMs = 2000; ///< simulated time a long-running operation takes
    bool tls = true;

    /// Audiences a service accepts in bearer tokens.
    QStringList audiences(Service service) const;
    /// The principal behind a bearer token for `service`; an error response when there is none.
    std::optional<Principal> authenticate(const Request &request, Service service, Response *error) const;
    Principal principalFromClaims(const Json &claims) const;
};

/// Error bodies, in each service's own shape.
namespace errors {
Response arm(int status, const QString &code, const QString &message, const QString &target = QString());
Response graph(int status, const QString &code, const QString &message, const Request &request);
Response keyVault(int status, const QString &code, const QString &message,
                  const QString &innerCode = QString());
Response powerPlatform(int status, const QString &code, const QString &message);
/// The Microsoft identity platform's OAuth error: the AADSTS code leads the description.
Response oauth(int status, const QString &error, int aadsts, const QString &description);
} // namespace errors

} // namespace cmk::sandbox
