#include "auth/tokenendpoint.h"

#include "util/json.h"

#include <nlohmann/json.hpp>

namespace cmk::auth {

namespace {

using nlohmann::json;

using cmk::json::text;

int number(const json &object, const char *key, int fallback)
{
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (it->is_number_integer())
        return it->get<int>();
    if (it->is_string()) {
        bool ok = false;
        const int value = QString::fromStdString(it->get<std::string>()).toInt(&ok);
        return ok ? value : fallback;
    }
    return fallback;
}

} // namespace

QStringList userSignInScopes(const QString &resourceScope)
{
    return {resourceScope, QStringLiteral("openid"), QStringLiteral("profile"),
            QStringLiteral("offline_access")};
}

TokenEndpoint::TokenEndpoint(http::Pipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
{
}

QUrl TokenEndpoint::url(const QString &tenant, QStringView endpoint) const
{
    QUrl base = m_pipeline->profile().authorityHost;
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + tenant + QStringLiteral("/oauth2/v2.0/") + endpoint.toString());
    return base;
}

QByteArray TokenEndpoint::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

http::Call *TokenEndpoint::post(const QString &tenant, QStringView endpoint,
                                const QList<QPair<QString, QString>> &form, const QString &operation)
{
    http::RequestSpec spec;
    spec.method = "POST";
    spec.url = url(tenant, endpoint);
    spec.body = formEncode(form);
    spec.contentType = "application/x-www-form-urlencoded";
    spec.service = http::ServiceKind::Identity;
    spec.authenticate = false;
    // Redeeming a refresh token or a device code, or asking for an app token, creates nothing:
    // repeating it after a lost answer is harmless (a rotated refresh token has a grace period).
    spec.idempotency = http::Idempotency::Idempotent;
    spec.operation = operation;
    ++m_requests;
    return m_pipeline->send(spec);
}

std::optional<TokenResponse> TokenEndpoint::readResult(const http::Result &result, http::ServiceError *error)
{
    if (!result.ok()) {
        *error = result.error;
        return std::nullopt;
    }
    auto response = TokenResponse::parse(result.body, QDateTime::currentDateTimeUtc(), error);
    if (!response) {
        error->requestId = result.requestId;
        error->clientRequestId = result.clientRequestId;
    }
    return response;
}

void TokenEndpoint::refresh(const QString &tenant, const QString &clientId, const QString &refreshToken,
                            const QStringList &scopes, QObject *context, Done done)
{
    http::Call *call = post(tenant, u"token",
                            {{QStringLiteral("client_id"), clientId},
                             {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), refreshToken},
                             {QStringLiteral("scope"), scopes.join(u' ')},
                             {QStringLiteral("client_info"), QStringLiteral("1")}},
                            tr("refresh sign-in"));
    connect(call, &http::Call::finished, context, [done = std::move(done)](const http::Result &result) {
        http::ServiceError error;
        const auto response = readResult(result, &error);
        done(response, error);
    });
}

void TokenEndpoint::clientCredentials(const QString &tenant, const QString &clientId, const QString &secret,
                                      const QString &scope, QObject *context, Done done)
{
    http::Call *call = post(tenant, u"token",
                            {{QStringLiteral("client_id"), clientId},
                             {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_secret"), secret},
                             {QStringLiteral("scope"), scope}},
                            tr("sign in as application"));
    connect(call, &http::Call::finished, context, [done = std::move(done)](const http::Result &result) {
        http::ServiceError error;
        const auto response = readResult(result, &error);
        done(response, error);
    });
}

DeviceCodeSignIn::DeviceCodeSignIn(TokenEndpoint *endpoint, const QString &tenant, const QString &clientId,
                                   const QStringList &scopes, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_tenant(tenant)
    , m_clientId(clientId)
    , m_scopes(scopes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

void DeviceCodeSignIn::start()
{
    m_call = m_endpoint->post(
        m_tenant, u"devicecode",
        {{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("scope"), m_scopes.join(u' ')}},
        tr("start device sign-in"));
    connect(m_call, &http::Call::finished, this, [this](const http::Result &result) {
        if (m_done)
            return;
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const json doc = json::parse(result.body.constData(), result.body.constData() + result.body.size(),
                                     nullptr, false);
        Prompt prompt;
        if (doc.is_object()) {
            m_deviceCode = text(doc, "device_code");
            prompt.userCode = text(doc, "user_code");
            prompt.verificationUri = QUrl(text(doc, "verification_uri"));
            prompt.message = text(doc, "message");
            prompt.intervalSecs = qMax(1, number(doc, "interval", 5));
            prompt.expiresOn = QDateTime::currentDateTimeUtc().addSecs(number(doc, "expires_in", 900));
        }
        if (m_deviceCode.isEmpty() || prompt.userCode.isEmpty() || !prompt.verificationUri.isValid()) {
            http::ServiceError error;
            error.kind = http::ServiceError::Kind::Malformed;
            error.service = http::ServiceKind::Identity;
            error.httpStatus = result.status;
            error.message
                = QStringLiteral("the device code answer lacks device_code, user_code or verification_uri");
            fail(error);
            return;
        }
        m_intervalSecs = prompt.intervalSecs;
        m_expiresOn = prompt.expiresOn;
        Q_EMIT promptReady(prompt);
        m_timer.start(m_intervalSecs * 1000);
    });
}

void DeviceCodeSignIn::poll()
{
    if (m_done)
        return;
    ++m_polls;
    m_call = m_endpoint->post(
        m_tenant, u"token",
        {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("client_id"), m_clientId},
         {QStringLiteral("device_code"), m_deviceCode}},
        tr("wait for device sign-in"));
    connect(m_call, &http::Call::finished, this, [this](const http::Result &result) {
        if (m_done)
            return;
        if (result.ok()) {
            http::ServiceError error;
            const auto response = TokenEndpoint::readResult(result, &error);
            if (!response) {
                fail(error);
                return;
            }
            m_done = true;
            Q_EMIT succeeded(*response);
            return;
        }
        const QString code = result.error.code;
        if (code == QLatin1StringView("authorization_pending") || code == QLatin1StringView("slow_down")) {
            if (code == QLatin1StringView("slow_down"))
                m_intervalSecs += 5; // RFC 8628 section 3.5, as MSAL does
            if (QDateTime::currentDateTimeUtc().addSecs(m_intervalSecs) >= m_expiresOn) {
                http::ServiceError expired = result.error;
                expired.code = QStringLiteral("expired_token");
                fail(expired);
                return;
            }
            m_timer.start(m_intervalSecs * 1000);
            return;
        }
        fail(result.error); // authorization_declined, expired_token, bad_verification_code, or worse
    });
}

void DeviceCodeSignIn::cancel()
{
    if (m_done)
        return;
    const QPointer<http::Call> call = m_call;
    fail(http::ServiceError::network(http::ServiceKind::Identity, QNetworkReply::OperationCanceledError,
                                     http::ServiceError::tr("cancelled by the user")));
    if (call)
        call->cancel();
}

void DeviceCodeSignIn::fail(const http::ServiceError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT failed(error);
}

} // namespace cmk::auth
