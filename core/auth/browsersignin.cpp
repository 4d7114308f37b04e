#include "auth/browsersignin.h"

#include "http/journal.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

namespace cmk::auth {

class AuthorizationCodeFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
};

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

/// An identity error as the authorization redirect carries it (error, error_description).
http::ServiceError redirectError(const QString &error, const QString &description)
{
    const nlohmann::json body
        = {{"error", error.toStdString()}, {"error_description", description.toStdString()}};
    return http::ServiceError::fromResponse(http::ServiceKind::Identity, 400,
                                            QByteArray::fromStdString(body.dump()), {});
}

} // namespace

QByteArray newCodeVerifier()
{
    return randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray codeChallengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

BrowserSignIn::BrowserSignIn(const CloudProfile &profile, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_nam(nam)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        auto error = http::ServiceError::network(http::ServiceKind::Identity, QNetworkReply::TimeoutError,
                                                 tr("the sign-in in the browser was not completed in time"));
        finishWithError(error);
    });
}

BrowserSignIn::~BrowserSignIn()
{
    cleanUp();
}

quint16 BrowserSignIn::port() const
{
    return m_handler ? m_handler->port() : 0;
}

QString BrowserSignIn::redirectUri() const
{
    return QStringLiteral("http://localhost:%1/").arg(port());
}

void BrowserSignIn::start(const QString &tenant, const QStringList &scopes)
{
    cleanUp();
    m_done = false;
    m_tenant = tenant;
    m_scopes = scopes;
    m_rawTokens.clear();
    Q_ASSERT(m_opener);

    // Loopback only, never QHostAddress::Any (the 6.4 default constructors listen on every interface).
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_handler->isListening()) {
        finishWithError(http::ServiceError::network(http::ServiceKind::Identity,
                                                    QNetworkReply::UnknownNetworkError,
                                                    tr("no loopback port is free for the sign-in answer")));
        return;
    }
    m_handler->setCallbackText(tr("You are signed in. You can close this window and go back to CMK Wizard."));

    const QString base = m_profile.authority(tenant) + QStringLiteral("/oauth2/v2.0/");
    m_flow = new AuthorizationCodeFlow(m_nam, this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(QUrl(base + QStringLiteral("authorize")));
    m_flow->setAccessTokenUrl(QUrl(base + QStringLiteral("token")));
    m_flow->setClientIdentifier(m_profile.publicClientId.toString());
    m_flow->setScope(scopes.join(u' '));
    m_flow->setState(QString::fromLatin1(randomBytes(16).toHex()));
    m_verifier = newCodeVerifier();

    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
        // 6.4 hard-codes http://127.0.0.1:<port>/; the registration says http://localhost, and the
        // token request must repeat the authorize request's value exactly.
        if (p->contains(QStringLiteral("redirect_uri")))
            p->replace(QStringLiteral("redirect_uri"), redirectUri());
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            // 6.4 has no PKCE API.
            p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallengeS256(m_verifier)));
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            p->insert(QStringLiteral("client_info"), QStringLiteral("1"));
            if (!m_prompt.isEmpty())
                p->insert(QStringLiteral("prompt"), m_prompt);
            if (!m_loginHint.isEmpty())
                p->insert(QStringLiteral("login_hint"), m_loginHint);
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
            // 6.4 percent-encodes the (still encoded) code a second time: undo one level.
            p->replace(QStringLiteral("code"),
                       QUrl::fromPercentEncoding(p->value(QStringLiteral("code")).toString().toLatin1()));
            p->insert(QStringLiteral("scope"), m_scopes.join(u' '));
            p->insert(QStringLiteral("client_info"), QStringLiteral("1"));
            break;
        default:
            break;
        }
    });

    // Connected before grant() so it runs before the flow's own handler: 6.4 ignores a
    // mismatched or missing state with only a warning, and the sign-in would hang.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &BrowserSignIn::onCallback);
    connect(m_handler, &QAbstractOAuthReplyHandler::replyDataReceived, this,
            [this](const QByteArray &data) { m_rawTokens = data; });
    connect(m_nam, &QNetworkAccessManager::finished, this, &BrowserSignIn::onTokenReply);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                finishWithError(redirectError(error, description));
            });
    connect(m_flow, &QAbstractOAuth::granted, this, &BrowserSignIn::finishWithTokens);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        Q_EMIT browserOpened(url);
        m_opener(url);
    });
    m_deadline.start(m_timeout);
    m_flow->grant();
}

void BrowserSignIn::onCallback(const QVariantMap &values)
{
    if (m_done || values.contains(QStringLiteral("error")))
        return; // errors reach QAbstractOAuth2::error
    if (values.value(QStringLiteral("state")).toString() != m_flow->state()) {
        finishWithError(redirectError(QStringLiteral("invalid_state"),
                                      tr("The answer from the sign-in page does not belong to this sign-in "
                                         "(state mismatch). Start the sign-in again.")));
        return;
    }
    if (values.value(QStringLiteral("code")).toString().isEmpty())
        finishWithError(redirectError(QStringLiteral("invalid_request"),
                                      tr("The answer from the sign-in page carries no authorization code.")));
}

void BrowserSignIn::onTokenReply(QNetworkReply *reply)
{
    if (m_done || !m_flow || reply->url().adjusted(QUrl::RemoveQuery) != m_flow->accessTokenUrl())
        return;
    reply->deleteLater(); // 6.4 never deletes its token reply
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    http::Headers headers;
    for (const auto &h : reply->rawHeaderPairs())
        headers.append(h);
    if (m_journal) {
        http::JournalEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.service = QStringLiteral("identity");
        e.method = QStringLiteral("POST");
        e.url = http::Journal::redact(reply->url());
        e.status = status;
        e.operation = tr("redeem sign-in code");
        e.requestId = QString::fromLatin1(http::headerValue(headers, "x-ms-request-id"));
        e.clientRequestId = QString::fromLatin1(reply->request().rawHeader("x-ms-client-request-id"));
        e.tenantId = m_tenant;
        m_journal->record(e);
    }
    // 6.4 only logs token-endpoint failures: read the body it has not consumed and fail loudly.
    const QByteArray body = reply->peek(reply->bytesAvailable());
    if (status == 0) {
        const auto error = reply->error() == QNetworkReply::OperationCanceledError
            ? QNetworkReply::TimeoutError
            : reply->error();
        finishWithError(
            http::ServiceError::network(http::ServiceKind::Identity, error, reply->errorString()));
        return;
    }
    if (status != 200) {
        finishWithError(http::ServiceError::fromResponse(http::ServiceKind::Identity, status, body, headers));
        return;
    }
    http::ServiceError error;
    if (!TokenResponse::parse(body, QDateTime::currentDateTimeUtc(), &error))
        finishWithError(error);
}

void BrowserSignIn::finishWithTokens()
{
    if (m_done)
        return;
    http::ServiceError error;
    const auto response = TokenResponse::parse(m_rawTokens, QDateTime::currentDateTimeUtc(), &error);
    if (!response) {
        finishWithError(error);
        return;
    }
    m_done = true;
    cleanUp();
    Q_EMIT succeeded(*response);
}

void BrowserSignIn::cancel()
{
    finishWithError(http::ServiceError::network(http::ServiceKind::Identity,
                                                QNetworkReply::OperationCanceledError,
                                                http::ServiceError::tr("cancelled by the user")));
}

void BrowserSignIn::finishWithError(const http::ServiceError &error)
{
    if (m_done)
        return;
    m_done = true;
    cleanUp();
    Q_EMIT failed(error);
}

void BrowserSignIn::cleanUp()
{
    m_deadline.stop();
    m_verifier.fill('\0');
    m_verifier.clear();
    m_rawTokens.fill('\0');
    m_rawTokens.clear();
    if (m_nam)
        disconnect(m_nam, &QNetworkAccessManager::finished, this, &BrowserSignIn::onTokenReply);
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
        m_handler->deleteLater();
        m_handler = nullptr;
    }
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->setModifyParametersFunction({});
        m_flow->deleteLater();
        m_flow = nullptr;
    }
}

} // namespace cmk::auth
