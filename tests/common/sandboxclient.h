#pragma once

// Test helpers that talk to the sandbox over real loopback HTTPS the way a browser or a raw
// HTTP client would: with verification on, trusting only the sandbox's test CA.

#include "cloud/cloudprofile.h"

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

/// The claims of a JWT (not verified: tests read what the sandbox issued).
inline QJsonObject jwtClaims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
}

} // namespace cmk::testing
