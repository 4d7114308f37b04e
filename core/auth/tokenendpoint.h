#pragma once

#include "auth/tokenresponse.h"
#include "http/pipeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace cmk::auth {

/// The reserved scopes every user sign-in asks for: an id token and a refresh token.
QStringList userSignInScopes(const QString &resourceScope);

/// The token and device-code endpoints of Entra ID (`{authority}/{tenant}/oauth2/v2.0/...`),
/// called through the pipeline (journal, retries, timeouts) without a bearer token. Form bodies
/// are encoded here, once.
class TokenEndpoint : public QObject
{
    Q_OBJECT

public:
    using Done
        = std::function<void(const std::optional<TokenResponse> &response, const http::ServiceError &error)>;

    TokenEndpoint(http::Pipeline *pipeline, QObject *parent = nullptr);

    QUrl url(const QString &tenant, QStringView endpoint = u"token") const;
    http::Pipeline *pipeline() const { return m_pipeline; }

    /// grant_type=refresh_token for `scopes` in `tenant` (refresh tokens cross tenants and resources).
    void refresh(const QString &tenant, const QString &clientId, const QString &refreshToken,
                 const QStringList &scopes, QObject *context, Done done);
    /// grant_type=client_credentials with a client secret (automation).
    void clientCredentials(const QString &tenant, const QString &clientId, const QString &secret,
                           const QString &scope, QObject *context, Done done);

    /// A form POST to `endpoint`; the raw result, for the device-code flow.
    http::Call *post(const QString &tenant, QStringView endpoint, const QList<QPair<QString, QString>> &form,
                     const QString &operation);

    /// application/x-www-form-urlencoded, every value percent-encoded once.
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

    /// Turns a finished token call into a response or an error.
    static std::optional<TokenResponse> readResult(const http::Result &result, http::ServiceError *error);

    /// How many token requests went out: the benchmark's "token requests per run".
    int requestCount() const { return m_requests; }

private:
    http::Pipeline *m_pipeline;
    int m_requests = 0;
};

/// The device code flow (RFC 8628 as Entra ID runs it): shows a code to enter on another
/// device, then polls at the interval the service asks, slowing down when told to.
class DeviceCodeSignIn : public QObject
{
    Q_OBJECT

public:
    struct Prompt
    {
        QString userCode;
        QUrl verificationUri;
        QString message; ///< the service's own instruction, in the service's language
        QDateTime expiresOn;
        int intervalSecs = 5;
    };

    DeviceCodeSignIn(TokenEndpoint *endpoint, const QString &tenant, const QString &clientId,
                     const QStringList &scopes, QObject *parent = nullptr);

    void start();
    /// Stops polling; `failed` follows with a Cancelled error.
    void cancel();
    const QStringList &scopes() const { return m_scopes; }
    const QString &tenant() const { return m_tenant; }
    int polls() const { return m_polls; }

Q_SIGNALS:
    void promptReady(const cmk::auth::DeviceCodeSignIn::Prompt &prompt);
    void succeeded(const cmk::auth::TokenResponse &response);
    void failed(const cmk::http::ServiceError &error);

private:
    void poll();
    void fail(const http::ServiceError &error);

    TokenEndpoint *m_endpoint;
    QString m_tenant;
    QString m_clientId;
    QStringList m_scopes;
    QString m_deviceCode;
    QDateTime m_expiresOn;
    QTimer m_timer;
    QPointer<http::Call> m_call;
    int m_intervalSecs = 5;
    int m_polls = 0;
    bool m_done = false;
};

} // namespace cmk::auth

Q_DECLARE_METATYPE(cmk::auth::DeviceCodeSignIn::Prompt)
