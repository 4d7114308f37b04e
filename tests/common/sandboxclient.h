#pragma once

// Test helpers that talk to the sandbox over real loopback HTTPS the way a browser or a raw
// HTTP client would: with verification on, trusting only the sandbox's test CA.

#include "cloud/cloudprofile.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace cmk::testing {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

/// A small blocking HTTP client for tests (product code never blocks; tests may).
class SandboxHttp
{
public:
    explicit SandboxHttp(const CloudProfile &profile)
        : m_cas(profile.caCertificates())
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000)
    {
        QNetworkRequest request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_cas);
        request.setSslConfiguration(tls);
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        r.url = url;
        reply->deleteLater();
        return r;
    }

    HttpResult get(const QUrl &url, const QByteArray &bearer = {})
    {
        return send("GET", url, {},
                    bearer.isEmpty()
                        ? QList<QPair<QByteArray, QByteArray>> {}
                        : QList<QPair<QByteArray, QByteArray>> {{"Authorization", "Bearer " + bearer}});
    }

    HttpResult postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
    {
        QUrlQuery q;
        for (const auto &[k, v] : fields)
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        return send("POST", url, q.toString(QUrl::FullyEncoded).toLatin1(),
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    /// Completes an HTML sign-in form (authorize, device login, admin consent) as a person would:
    /// keeps the hidden fields, picks the user, types the password, presses `action`.
    HttpResult submitForm(const HttpResult &page, const QList<QPair<QString, QString>> &fields)
    {
        const QString html = QString::fromUtf8(page.body);
        const auto action
            = QRegularExpression(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\"")).match(html);
        QList<QPair<QString, QString>> all;
        auto hidden = QRegularExpression(
                          QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"))
                          .globalMatch(html);
        while (hidden.hasNext()) {
            const auto m = hidden.next();
            all.append({m.captured(1), unescape(m.captured(2))});
        }
        all += fields;
        return postForm(page.url.resolved(QUrl(unescape(action.captured(1)))), all);
    }

    static QString unescape(QString s)
    {
        return s.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }

private:
    QNetworkAccessManager m_nam;
    QList<QSslCertificate> m_cas;
};

/// Signs demo users in through the sandbox's pages and hands out tokens per audience and tenant,
/// so service tests can call as a given person.
class SandboxSession
{
public:
    SandboxSession(const CloudProfile &profile, SandboxHttp &http)
        : m_profile(profile)
        , m_http(http)
    {
    }

    /// A refresh token for `upn`, or empty (and `error`) when sign-in fails.
    QString signIn(const QString &upn, const QString &password, QString *error = nullptr)
    {
        const QString clientId = m_profile.publicClientId.toString();
        const QString verifier = QStringLiteral("test-verifier-0123456789-0123456789-0123456789-abcdef");
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QUrl authorize
            = m_profile.authorityHost.resolved(QUrl(QStringLiteral("organizations/oauth2/v2.0/authorize")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1/"));
        q.addQueryItem(QStringLiteral("scope"),
                       QString::fromLatin1(QUrl::toPercentEncoding(
                           m_profile.armScope + QStringLiteral(" openid offline_access"))));
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(q);
        const HttpResult page = m_http.get(authorize);
        const HttpResult back = m_http.submitForm(page,
                                                  {{QStringLiteral("username"), upn},
                                                   {QStringLiteral("password"), password},
                                                   {QStringLiteral("action"), QStringLiteral("signin")}});
        const QString code = QUrlQuery(QUrl(QString::fromUtf8(back.header("Location"))))
                                 .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (code.isEmpty()) {
            if (error)
                *error = QString::fromUtf8(back.body);
            return {};
        }
        const HttpResult tokens = m_http.postForm(
            m_profile.authorityHost.resolved(QUrl(QStringLiteral("organizations/oauth2/v2.0/token"))),
            {{QStringLiteral("client_id"), clientId},
             {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
             {QStringLiteral("code"), code},
             {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1/")},
             {QStringLiteral("code_verifier"), verifier}});
        return tokens.json().value(QStringLiteral("refresh_token")).toString();
    }

    /// An access token for `scope` in `tenant` ("organizations" for the home tenant).
    QByteArray token(const QString &refreshToken, const QString &scope,
                     const QString &tenant = QStringLiteral("organizations"))
    {
        const HttpResult r = m_http.postForm(
            m_profile.authorityHost.resolved(QUrl(tenant + QStringLiteral("/oauth2/v2.0/token"))),
            {{QStringLiteral("client_id"), m_profile.publicClientId.toString()},
             {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
             {QStringLiteral("refresh_token"), refreshToken},
             {QStringLiteral("scope"), scope}});
        return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }

private:
    const CloudProfile &m_profile;
    SandboxHttp &m_http;
};

/// The claims of a JWT (not verified: tests read what the sandbox issued).
inline QJsonObject jwtClaims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
}

} // namespace cmk::testing
