#pragma once

// A cmk-sandbox process for process tests of cmkctl: started with `arguments`, its announcement
// read, its cloud profile written to a file for --profile, its admin API (request log, state,
// device-code approval) called over loopback HTTPS with its test CA.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

#include <csignal>

class SandboxProcess
{
public:
    SandboxProcess(const QString &program, const QString &dir, const QStringList &arguments)
    {
        m_process.start(program, arguments);
        if (!m_process.waitForStarted()
            || !QTest::qWaitFor([this] { return m_process.canReadLine(); }, 10000))
            return;
        announcement = QJsonDocument::fromJson(m_process.readLine()).object();
        profilePath = QDir(dir).filePath(QStringLiteral("sandbox-profile.json"));
        QFile profile(profilePath);
        if (!profile.open(QIODevice::WriteOnly))
            return;
        profile.write(QJsonDocument(announcement.value(QStringLiteral("cloudProfile")).toObject()).toJson());
        m_admin = QUrl(announcement.value(QStringLiteral("adminApi")).toString());
        QFile ca(announcement.value(QStringLiteral("caCertificate")).toString());
        if (ca.open(QIODevice::ReadOnly))
            m_tls.setCaCertificates(QSslCertificate::fromData(ca.readAll()));
    }
    ~SandboxProcess()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        m_process.waitForFinished(10000);
    }
    bool isReady() const { return m_admin.isValid() && !profilePath.isEmpty(); }

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_admin.resolved(QUrl(path)));
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("the sandbox's admin API did not answer %s", qPrintable(path));
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    QJsonObject state() { return call("GET", QStringLiteral("state")); }
    QJsonArray requests()
    {
        return call("GET", QStringLiteral("requests")).value(QStringLiteral("value")).toArray();
    }
    void clearRequests() { call("DELETE", QStringLiteral("requests")); }
    /// What a demo person does on their phone: approves the device sign-in showing `userCode`.
    void approve(const QString &userCode, const QString &upn)
    {
        call("POST", QStringLiteral("device-codes/approve"),
             {{QStringLiteral("userCode"), userCode}, {QStringLiteral("userPrincipalName"), upn}});
    }
    /// Writes to the clouds' data (sign-in excluded) since the log was last cleared.
    int writes()
    {
        int n = 0;
        for (const QJsonValue &v : requests()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("service")).toString() != QLatin1StringView("login")
                && e.value(QStringLiteral("method")).toString() != QLatin1StringView("GET"))
                ++n;
        }
        return n;
    }

    QString profilePath;
    QJsonObject announcement;

private:
    QProcess m_process;
    QUrl m_admin;
    QSslConfiguration m_tls = QSslConfiguration::defaultConfiguration();
    QNetworkAccessManager m_nam;
};
