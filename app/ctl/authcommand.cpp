#include "authcommand.h"

#include "auth/browsersignin.h"
#include "auth/tokenendpoint.h"
#include "console.h"
#include "exitcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

namespace cmk::ctl {

AuthCommand::AuthCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

AuthCommand::~AuthCommand() = default;

bool AuthCommand::browserAvailable()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return true;
#else
    const bool display
        = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    return display && !QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty();
#endif
}

void AuthCommand::problem(const QString &text)
{
    m_err << "cmkctl: " << Console::problem(text, Console::colorOnStderr()) << '\n';
    m_err.flush();
}

void AuthCommand::finish(int code)
{
    m_out.flush();
    m_err.flush();
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(code);
    }
}

bool AuthCommand::prepare(const Options &options)
{
    m_options = options;
    std::unique_ptr<auth::CredentialStore> store;
    if (!options.credentialFile.isEmpty()) {
        m_err << "cmkctl: " << auth::FileCredentialStore::warning() << '\n';
        store = std::make_unique<auth::FileCredentialStore>(options.credentialFile);
    } else {
        store = std::make_unique<auth::KeychainCredentialStore>(QStringLiteral("CMK Wizard"));
    }
    m_workspace = std::make_unique<Workspace>(*options.startup.profile, std::move(store),
                                              Workspace::defaultJournalDirectory());
    return true;
}

void AuthCommand::login(const Options &options, std::function<void(int)> done)
{
    m_done = std::move(done);
    prepare(options);
    m_workspace->broker()->load(this, [this](bool ok, const QString &error) {
        if (!ok)
            problem(error); // signing in again replaces the unreadable cache
        const bool sandboxApproves = !m_options.as.isEmpty();
        if (m_options.deviceCode || sandboxApproves || !browserAvailable())
            loginWithDeviceCode();
        else
            loginWithBrowser();
    });
}

void AuthCommand::loginWithDeviceCode()
{
    const QString tenant = m_options.tenant.isEmpty() ? QStringLiteral("organizations") : m_options.tenant;
    auth::TokenBroker *broker = m_workspace->broker();
    auto *flow = new auth::DeviceCodeSignIn(broker->endpoint(), tenant,
                                            m_workspace->profile().publicClientId.toString(),
                                            auth::userSignInScopes(m_workspace->profile().armScope), this);
    connect(flow, &auth::DeviceCodeSignIn::promptReady, this,
            [this, flow](const auth::DeviceCodeSignIn::Prompt &p) {
                m_err << tr("Sign in:") << ' ' << p.message << '\n';
                m_err.flush();
                if (!m_options.as.isEmpty())
                    approveInSandbox(p.userCode, flow);
            });
    connect(flow, &auth::DeviceCodeSignIn::succeeded, this, [this, flow](const auth::TokenResponse &r) {
        flow->deleteLater();
        accepted(r, flow->tenant(), flow->scopes(),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    });
    connect(flow, &auth::DeviceCodeSignIn::failed, this, [this, flow](const http::ServiceError &error) {
        flow->deleteLater();
        problem(error.userMessage() + u' ' + error.nextAction());
        finish(AuthError);
    });
    flow->start();
}

void AuthCommand::approveInSandbox(const QString &userCode, auth::DeviceCodeSignIn *flow)
{
    // What the demo person does on their phone, through the sandbox's admin API (sandbox/README.md).
    const QUrl admin = m_workspace->profile().authorityHost.resolved(QUrl(QStringLiteral("/_sandbox/")));
    QNetworkRequest request(admin.resolved(QUrl(QStringLiteral("device-codes/approve"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("userCode"), userCode},
                                                       {QStringLiteral("userPrincipalName"), m_options.as}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_workspace->network()->post(request, body);
    QPointer<auth::DeviceCodeSignIn> waiting(flow);
    connect(reply, &QNetworkReply::finished, this, [this, reply, waiting] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            problem(
                tr("The sandbox did not approve the sign-in as %1 (%2); \"cmkctl sandbox\" lists its people.")
                    .arg(m_options.as, QString::fromUtf8(reply->readAll()).simplified().left(300)));
            if (waiting)
                waiting->cancel(); // nobody else will approve it: stop polling
            return;
        }
        m_err << tr("(sandbox: signing in as %1)").arg(m_options.as) << '\n';
        m_err.flush();
    });
}

void AuthCommand::loginWithBrowser()
{
    const QString tenant = m_options.tenant.isEmpty() ? QStringLiteral("organizations") : m_options.tenant;
    auto *flow = new auth::BrowserSignIn(m_workspace->profile(), m_workspace->network(), this);
    flow->setJournal(m_workspace->journal());
    flow->setBrowserOpener([this](const QUrl &url) {
        m_err << tr("Opening the browser to sign in. If it does not open, run \"cmkctl auth login "
                    "--device-code\".")
              << '\n';
        m_err.flush();
#if defined(Q_OS_MACOS)
        QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_WIN)
        QProcess::startDetached(
            QStringLiteral("rundll32"),
            {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#else
        QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
    });
    connect(flow, &auth::BrowserSignIn::succeeded, this, [this, flow](const auth::TokenResponse &r) {
        flow->deleteLater();
        accepted(r, flow->tenant(), flow->scopes(), QStringLiteral("authorization_code"));
    });
    connect(flow, &auth::BrowserSignIn::failed, this, [this, flow](const http::ServiceError &error) {
        flow->deleteLater();
        problem(error.userMessage() + u' ' + error.nextAction());
        finish(AuthError);
    });
    flow->start(tenant, auth::userSignInScopes(m_workspace->profile().armScope));
}

void AuthCommand::accepted(const auth::TokenResponse &response, const QString &tenant,
                           const QStringList &scopes, const QString &grantType)
{
    auth::TokenBroker *broker = m_workspace->broker();
    const auto account = broker->accept(response, tenant, scopes, grantType);
    if (!account) {
        problem(tr("The sign-in gave no account."));
        finish(AuthError);
        return;
    }
    // A tenant given by ID must be the one the account landed in (a domain name cannot be compared).
    const bool tenantById = !QUuid::fromString(m_options.tenant).isNull();
    if (tenantById && account->realm.compare(m_options.tenant, Qt::CaseInsensitive) != 0) {
        problem(tr("%1 signed in to tenant %2, not %3; sign in with an account of that tenant.")
                    .arg(account->username, account->realm, m_options.tenant));
        broker->signOut(account->homeAccountId, this, [this](bool, const QString &) { finish(AuthError); });
        return;
    }
    // The broker saves on its own; this write is waited for, so the account is stored when we exit.
    const QString user = account->username;
    const QString realm = account->realm;
    m_workspace->credentialStore()->write(
        auth::TokenBroker::storeKey(), broker->cache().serialize(), this,
        [this, user, realm](bool ok, const QString &error) {
            if (!ok) {
                problem(tr("Signed in as %1, but the sign-in could not be kept in %2: %3")
                            .arg(user, m_workspace->broker()->storeDescription(), error));
                finish(AuthError);
                return;
            }
            m_out << Console::success(tr("Signed in as %1 (tenant %2), kept in %3.")
                                          .arg(user, realm, m_workspace->broker()->storeDescription()),
                                      Console::colorOnStdout())
                  << '\n';
            finish(Ok);
        });
}

void AuthCommand::logout(const Options &options, std::function<void(int)> done)
{
    m_done = std::move(done);
    prepare(options);
    m_workspace->broker()->load(this, [this](bool ok, const QString &error) {
        if (!ok) {
            problem(error);
            finish(AuthError);
            return;
        }
        QList<auth::CachedAccount> leaving;
        QStringList homes;
        for (const auth::CachedAccount &a : m_workspace->broker()->accounts()) {
            const bool chosen = m_options.account.isEmpty()
                || a.username.compare(m_options.account, Qt::CaseInsensitive) == 0;
            if (chosen && !homes.contains(a.homeAccountId)) {
                homes << a.homeAccountId;
                leaving << a;
            }
        }
        if (leaving.isEmpty()) {
            if (m_options.account.isEmpty()) {
                m_out << tr("No one is signed in; nothing to remove.") << '\n';
                finish(Ok);
            } else {
                problem(
                    tr("%1 is not signed in; \"cmkctl auth status\" lists who is.").arg(m_options.account));
                finish(UsageError);
            }
            return;
        }
        auto remaining = std::make_shared<qsizetype>(leaving.size());
        auto failed = std::make_shared<bool>(false);
        for (const auth::CachedAccount &a : leaving) {
            const QString user = a.username;
            m_workspace->broker()->signOut(a.homeAccountId, this,
                                           [this, user, remaining, failed](bool removed, const QString &why) {
                                               if (removed) {
                                                   m_out << tr("Signed out %1.").arg(user) << '\n';
                                               } else {
                                                   *failed = true;
                                                   problem(tr("%1 could not be removed: %2").arg(user, why));
                                               }
                                               if (--*remaining == 0)
                                                   finish(*failed ? Failure : Ok);
                                           });
        }
    });
}

void AuthCommand::status(const Options &options, std::function<void(int)> done)
{
    m_done = std::move(done);
    prepare(options);
    m_workspace->broker()->load(this, [this](bool ok, const QString &error) {
        if (!ok) {
            problem(error);
            finish(AuthError);
            return;
        }
        const QList<auth::CachedAccount> accounts = m_workspace->broker()->accounts();
        if (m_options.output == QLatin1StringView("json")) {
            QJsonArray list;
            for (const auth::CachedAccount &a : accounts)
                list.append(QJsonObject {{QStringLiteral("username"), a.username},
                                         {QStringLiteral("tenantId"), a.realm},
                                         {QStringLiteral("homeAccountId"), a.homeAccountId},
                                         {QStringLiteral("authority"), a.environment},
                                         {QStringLiteral("signedInWith"), a.accountSource}});
            m_out << QJsonDocument(
                         QJsonObject {{QStringLiteral("store"), m_workspace->broker()->storeDescription()},
                                      {QStringLiteral("cloud"), m_workspace->profile().name},
                                      {QStringLiteral("accounts"), list}})
                         .toJson(QJsonDocument::Indented);
        } else if (accounts.isEmpty()) {
            m_out << tr("No one is signed in (%1). Sign in with \"cmkctl auth login\".")
                         .arg(m_workspace->broker()->storeDescription())
                  << '\n';
        } else {
            m_out << tr("Signed in (%1):").arg(m_workspace->broker()->storeDescription()) << '\n';
            for (const auth::CachedAccount &a : accounts)
                m_out << "  " << a.username.leftJustified(40, u' ') << ' ' << tr("tenant %1").arg(a.realm)
                      << '\n';
        }
        finish(accounts.isEmpty() ? AuthError : Ok);
    });
}

} // namespace cmk::ctl
