#pragma once

// The product's wiring for a benchmark against a cmk-sandbox process: one network access manager,
// a journal on disk, a token broker, and a person of the demo signed in through the browser flow
// (the benchmark plays the browser). Blocking: benchmarks measure, they do not serve a UI.

#include "auth/browsersignin.h"
#include "auth/credentialstore.h"
#include "auth/tokenbroker.h"
#include "http/journal.h"
#include "http/networkaccess.h"
#include "http/pipeline.h"
#include "sandboxclient.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>

namespace cmk::testing {

class BenchSession
{
public:
    explicit BenchSession(const CloudProfile &profile)
        : m_profile(profile)
        , nam(profile)
        , journal(m_journalDir.path())
        , m_identity(&nam, profile, nullptr, &journal)
        , broker(&m_identity, &m_store)
    {
    }

    /// Signs `upn` in; the pipeline calling as them in their tenant, or null when the sign-in failed.
    http::Pipeline *signIn(const QString &upn, const QString &password)
    {
        SandboxHttp browser(m_profile);
        auth::BrowserSignIn signIn(m_profile, &nam);
        signIn.setBrowserOpener([&](const QUrl &url) {
            QTimer::singleShot(0, [&, url] {
                const HttpResult page = browser.get(url);
                const HttpResult back
                    = browser.submitForm(page,
                                         {{QStringLiteral("username"), upn},
                                          {QStringLiteral("password"), password},
                                          {QStringLiteral("action"), QStringLiteral("signin")}});
                browser.get(QUrl(QString::fromUtf8(back.header("Location"))));
            });
        });
        QEventLoop signedIn;
        QObject::connect(&signIn, &auth::BrowserSignIn::succeeded, &signedIn,
                         [&](const auth::TokenResponse &response) {
                             account = broker.accept(response, QStringLiteral("organizations"),
                                                     signIn.scopes(), QStringLiteral("authorization_code"));
                             signedIn.quit();
                         });
        QObject::connect(&signIn, &auth::BrowserSignIn::failed, &signedIn, [&] { signedIn.quit(); });
        signIn.start(QStringLiteral("organizations"), auth::userSignInScopes(m_profile.armScope));
        signedIn.exec();
        if (!account)
            return nullptr;
        m_pipeline = std::make_unique<http::Pipeline>(
            &nam, m_profile, broker.session(account->homeAccountId, account->realm), &journal);
        return m_pipeline.get();
    }

private:
    CloudProfile m_profile;
    QTemporaryDir m_journalDir;

public:
    http::ProfileNetworkAccessManager nam;
    http::Journal journal;

private:
    http::Pipeline m_identity;
    auth::MemoryCredentialStore m_store;

public:
    auth::TokenBroker broker;
    std::optional<auth::CachedAccount> account; ///< who signed in

private:
    std::unique_ptr<http::Pipeline> m_pipeline;
};

} // namespace cmk::testing
