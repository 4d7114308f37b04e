#pragma once

// The product's core wired against an in-process sandbox over real loopback HTTPS, as the apps
// wire it: one ProfileNetworkAccessManager, a journal on disk, a token broker on a memory
// credential store, sign-in through the sandbox's pages driven by an HTTP client playing the
// browser, and a pipeline per signed-in account.

#include "auth/browsersignin.h"
#include "auth/credentialstore.h"
#include "auth/tokenbroker.h"
#include "faults.h"
#include "http/journal.h"
#include "http/networkaccess.h"
#include "http/pipeline.h"
#include "sandbox.h"
#include "sandboxclient.h"
#include "world.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace cmk::testing {

inline const QString IsvTenant = QStringLiteral("11111111-1111-1111-1111-111111111111");
inline const QString CustomerTenant = QStringLiteral("22222222-2222-2222-2222-222222222222");
inline const QString IsvSubscription = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
inline const QString CustomerSubscription = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002");

struct DemoUser
{
    QString upn;
    QString password;
    QString tenant;
};
inline const DemoUser Alex {QStringLiteral("alex@fabrikamisv.onmicrosoft.com"),
                            QStringLiteral("Sandbox-Isv-1"), IsvTenant};
inline const DemoUser Kai {QStringLiteral("kai@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Kv-1"),
                           CustomerTenant};
inline const DemoUser Sam {QStringLiteral("sam@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Both-1"),
                           CustomerTenant};

/// Waits for a Call and returns its result.
inline http::Result await(http::Call *call, int timeoutMs = 20000)
{
    QSignalSpy spy(call, &http::Call::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.takeFirst().at(0).value<http::Result>();
}

/// A call whose result is collected from the moment it is sent (calls delete themselves).
class Pending
{
public:
    explicit Pending(http::Call *call)
        : m_spy(std::make_unique<QSignalSpy>(call, &http::Call::finished))
    {
    }
    http::Result result(int timeoutMs = 20000)
    {
        if (m_spy->isEmpty() && !m_spy->wait(timeoutMs))
            return {};
        return m_spy->first().at(0).value<http::Result>();
    }
    bool isDone() const { return !m_spy->isEmpty(); }

private:
    std::unique_ptr<QSignalSpy> m_spy;
};

class CoreHarness
{
public:
    explicit CoreHarness(sandbox::Sandbox::Options options = {})
    {
        if (options.scenario == QLatin1StringView("empty"))
            options.scenario = QStringLiteral("demo");
        QString error;
        if (!sandbox.start(options, &error))
            qFatal("sandbox did not start: %s", qPrintable(error));
        profile = sandbox.profile();
        nam = std::make_unique<http::ProfileNetworkAccessManager>(profile);
        journal = std::make_unique<http::Journal>(journalDir.path());
        identityPipeline = std::make_unique<http::Pipeline>(nam.get(), profile, nullptr, journal.get());
        store = std::make_unique<auth::MemoryCredentialStore>();
        broker = std::make_unique<auth::TokenBroker>(identityPipeline.get(), store.get());
        browser = std::make_unique<SandboxHttp>(profile);
    }

    /// Plays the person at the browser: picks `user`, types the password, presses Sign in
    /// (or Cancel), then follows the redirect to the app's loopback port like a browser does.
    auth::BrowserSignIn::BrowserOpener browserAs(const DemoUser &user,
                                                 const QString &action = QStringLiteral("signin"))
    {
        return [this, user, action](const QUrl &url) {
            QTimer::singleShot(0, [this, user, action, url] {
                const HttpResult page = browser->get(url);
                const HttpResult back = browser->submitForm(page,
                                                            {{QStringLiteral("username"), user.upn},
                                                             {QStringLiteral("password"), user.password},
                                                             {QStringLiteral("action"), action}});
                lastRedirect = QUrl(QString::fromUtf8(back.header("Location")));
                if (lastRedirect.isValid() && !lastRedirect.isEmpty())
                    browser->get(lastRedirect);
            });
        };
    }

    /// Signs `user` in through the browser flow; returns the home account id (empty on failure).
    QString signIn(const DemoUser &user, const QString &tenant = QStringLiteral("organizations"))
    {
        auth::BrowserSignIn signIn(profile, nam.get());
        signIn.setJournal(journal.get());
        signIn.setBrowserOpener(browserAs(user));
        QSignalSpy ok(&signIn, &auth::BrowserSignIn::succeeded);
        QSignalSpy failed(&signIn, &auth::BrowserSignIn::failed);
        const QStringList scopes = auth::userSignInScopes(profile.armScope);
        signIn.start(tenant, scopes);
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20000) || ok.isEmpty()) {
            if (!failed.isEmpty())
                qWarning("sign-in failed: %s",
                         qPrintable(failed.first().at(0).value<http::ServiceError>().technicalSummary()));
            return {};
        }
        const auto response = ok.first().at(0).value<auth::TokenResponse>();
        secrets << response.accessToken << response.refreshToken << response.idToken;
        const auto account = broker->accept(response, tenant, scopes, QStringLiteral("authorization_code"));
        return account ? account->homeAccountId : QString();
    }

    /// A pipeline calling as `homeAccountId` in `tenant`.
    http::Pipeline *pipelineFor(const QString &homeAccountId, const QString &tenant)
    {
        auto pipeline = std::make_unique<http::Pipeline>(
            nam.get(), profile, broker->session(homeAccountId, tenant), journal.get());
        pipelines.push_back(std::move(pipeline));
        return pipelines.back().get();
    }

    QUrl arm(const QString &pathAndQuery) const { return under(profile.armEndpoint, pathAndQuery); }
    QUrl graph(const QString &pathAndQuery) const
    {
        return under(profile.graphEndpoint, QStringLiteral("/v1.0") + pathAndQuery);
    }
    QUrl bap(const QString &pathAndQuery) const { return under(profile.powerPlatformEndpoint, pathAndQuery); }
    static QUrl under(const QUrl &base, const QString &pathAndQuery)
    {
        const qsizetype q = pathAndQuery.indexOf(u'?');
        QUrl url = CloudProfile::join(base, pathAndQuery.left(q));
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1));
        return url;
    }

    void fault(const QString &kind, const QByteArray &method, const QString &path, int count = 1,
               int retryAfter = 1, const QString &service = QStringLiteral("*"))
    {
        sandbox::FaultRule rule;
        rule.kind = kind;
        rule.method = method;
        rule.path = path;
        rule.remaining = count;
        rule.retryAfterSeconds = retryAfter;
        rule.service = service;
        sandbox.addFault(rule);
    }

    /// Every journal line, parsed.
    QList<http::JournalEntry> journalEntries() const
    {
        journal->flush();
        QList<http::JournalEntry> out;
        QDirIterator it(journalDir.path(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    out.append(http::JournalEntry::fromJsonLine(line));
            }
        }
        return out;
    }

    /// The secret scanner: no journal byte may contain a token, a refresh token, an
    /// authorization code, a verifier, a client secret or an Authorization header.
    QStringList journalLeaks() const
    {
        journal->flush();
        QStringList leaks;
        static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\."));
        static const QRegularExpression markers(
            QStringLiteral("sbx-rt\\.|Bearer "
                           "|Authorization(?=[\\s\":=])|client_secret|code_verifier|refresh_token=|[?&]code=("
                           "?!redacted)"),
            QRegularExpression::CaseInsensitiveOption);
        QDirIterator it(journalDir.path(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString all = QString::fromUtf8(f.readAll());
            if (jwt.match(all).hasMatch())
                leaks << QStringLiteral("a JWT in %1").arg(f.fileName());
            if (const auto m = markers.match(all); m.hasMatch())
                leaks << QStringLiteral("\"%1\" in %2").arg(m.captured(0), f.fileName());
            for (const QString &secret : secrets) {
                if (secret.size() >= 8 && all.contains(secret))
                    leaks << QStringLiteral("a known secret (%1...) in %2").arg(secret.left(4), f.fileName());
            }
        }
        return leaks;
    }

    sandbox::Sandbox sandbox;
    CloudProfile profile;
    QTemporaryDir journalDir;
    std::unique_ptr<http::ProfileNetworkAccessManager> nam;
    std::unique_ptr<http::Journal> journal;
    std::unique_ptr<http::Pipeline> identityPipeline;
    std::unique_ptr<auth::MemoryCredentialStore> store;
    std::unique_ptr<auth::TokenBroker> broker;
    std::unique_ptr<SandboxHttp> browser;
    std::vector<std::unique_ptr<http::Pipeline>> pipelines;
    QStringList secrets; ///< every secret seen, for the scanner
    QUrl lastRedirect;
};

} // namespace cmk::testing
