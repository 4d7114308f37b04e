#pragma once

#include "auth/tokenresponse.h"
#include "cloud/cloudprofile.h"
#include "http/serviceerror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuthHttpServerReplyHandler;

namespace cmk::http {
class Journal;
}

namespace cmk::auth {

class AuthorizationCodeFlow;

/// Interactive sign-in in the system browser: authorization code with PKCE (S256) and `state`
/// through QOAuth2AuthorizationCodeFlow, the answer caught by a QOAuthHttpServerReplyHandler on
/// 127.0.0.1 and an ephemeral port, registered as http://localhost. Works around Qt NetworkAuth
/// 6.4: PKCE added through the parameter hook, the double-encoded code decoded, the redirect URI
/// the same in every stage, token-endpoint errors and state mismatches (which 6.4 only logs)
/// turned into `failed`, and a timeout on the token request. See docs/sign-in.md.
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    using BrowserOpener = std::function<void(const QUrl &url)>;

    /// `nam` must apply the profile's trust (ProfileNetworkAccessManager).
    BrowserSignIn(const CloudProfile &profile, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    /// Opens the authorization URL. The app passes QDesktopServices::openUrl; tests drive the
    /// sandbox's pages with an HTTP client. Required.
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setLoginHint(const QString &userPrincipalName) { m_loginHint = userPrincipalName; }
    /// `select_account` (default), `login`, `consent` or empty.
    void setPrompt(const QString &prompt) { m_prompt = prompt; }
    /// How long the person has to finish in the browser (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setJournal(http::Journal *journal) { m_journal = journal; }

    /// Starts a sign-in at `tenant` ("organizations", a tenant id or a verified domain) for
    /// `scopes` (one resource plus openid, profile, offline_access).
    void start(const QString &tenant, const QStringList &scopes);
    /// Stops waiting; `failed` follows with a Cancelled error.
    void cancel();

    const QString &tenant() const { return m_tenant; }
    const QStringList &scopes() const { return m_scopes; }
    /// The loopback port the answer is expected on (0 before start()).
    quint16 port() const;
    /// The redirect URI sent in every stage: http://localhost:<port>/.
    QString redirectUri() const;

Q_SIGNALS:
    void browserOpened(const QUrl &url);
    void succeeded(const cmk::auth::TokenResponse &response);
    void failed(const cmk::http::ServiceError &error);

private:
    void onCallback(const QVariantMap &values);
    void onTokenReply(QNetworkReply *reply);
    void finishWithError(const http::ServiceError &error);
    void finishWithTokens();
    void cleanUp();

    CloudProfile m_profile;
    QNetworkAccessManager *m_nam;
    BrowserOpener m_opener;
    QString m_loginHint;
    QString m_prompt = QStringLiteral("select_account");
    std::chrono::milliseconds m_timeout {std::chrono::minutes(5)};
    QPointer<http::Journal> m_journal;
    QString m_tenant;
    QStringList m_scopes;
    QByteArray m_verifier;
    QByteArray m_rawTokens;
    QTimer m_deadline;
    AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    bool m_done = true;
};

/// RFC 7636: a verifier of 43 characters from 32 random bytes, and its S256 challenge.
QByteArray newCodeVerifier();
QByteArray codeChallengeS256(const QByteArray &verifier);

} // namespace cmk::auth
