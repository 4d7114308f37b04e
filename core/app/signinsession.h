#pragma once

#include "app/demodirectory.h"
#include "roles/roleprofile.h"
#include "workflow/step.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace cmk {

class Workspace;

namespace auth {
class BrowserSignIn;
class DeviceCodeSignIn;
struct CachedAccount;
} // namespace auth

namespace roles {
class RoleDetector;
}

/// Signs one person in to one tenant side (ISV or customer) through the Workspace's token broker,
/// for the wizard's sign-in page and the dashboard:
///
/// 1. an account already in the token cache for the expected tenant (without one: the only saved
///    account, if there is exactly one), checked with one silent token request (none while its
///    access token is fresh): no prompt;
/// 2. else the browser flow (authorization code + PKCE), falling back to a device code when the
///    browser cannot be opened or the browser sign-in times out;
/// 3. in the offline demo, signInAs() signs a DemoPerson in with a device code that the
///    DemoDirectory approves "on their phone".
///
/// The account must belong to the expected tenant (when one is given); otherwise the sign-in fails
/// with "X signed in to tenant A, but the customer tenant is B". Once signed in, the identity's
/// roles are read (roles::RoleDetector) and summarised as readable lines. No token, code or
/// verifier ever leaves this class except into the broker.
class SignInSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        CheckingCache, ///< a silent token request for a cached account
        WaitingForBrowser,
        WaitingForDeviceCode, ///< deviceCode() says what to enter where
        SignedIn, ///< account(), tenant(), sideSession()
        Failed, ///< failureMessage(), nextAction()
        Cancelled,
    };
    Q_ENUM(State)

    struct DeviceCode
    {
        QString message; ///< the service's own instruction
        QString code; ///< what the person types (not a secret: it is shown to be typed)
        QUrl url;
    };

    /// Opens a URL in the system browser; false when it could not (then the device code is used).
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    SignInSession(Workspace *workspace, workflow::Side side, QObject *parent = nullptr);
    ~SignInSession() override;

    workflow::Side side() const { return m_side; }

    /// The tenant the side must be signed in to (id or verified domain); empty: any tenant.
    void setExpectedTenant(const QString &tenant) { m_expectedTenant = tenant; }
    QString expectedTenant() const { return m_expectedTenant; }
    /// Where the interactive sign-in happens; default: the expected tenant, else "organizations".
    void setAuthority(const QString &tenant) { m_authority = tenant; }
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    /// The offline demo's people (a copy is kept); empty outside the demo.
    void setDemoDirectory(const DemoDirectory &directory) { m_demo = directory; }
    const DemoDirectory &demoDirectory() const { return m_demo; }
    /// Reads the roles after sign-in; without one the session keeps its own.
    void setRoleDetector(roles::RoleDetector *detector);
    /// ARM scopes whose Azure roles are listed after sign-in (their subscriptions are read).
    void setRoleScopes(const QStringList &scopes) { m_roleScopes = scopes; }

    /// A cached account of the expected tenant, else the browser (or, without an opener, a device code).
    void start();
    /// Only the cached account: true when one exists (the check then runs); no prompt either way.
    bool startFromCache();
    void startBrowser();
    void startDeviceCode();
    /// The demo: signs `userPrincipalName` in with a device code approved through the DemoDirectory.
    void signInAs(const QString &userPrincipalName);
    /// Stops whatever is under way (browser wait, device-code polling, cache check, role read).
    void cancel();
    /// Back to Idle for another sign-in (e.g. "someone else"); the token cache keeps the account.
    void reset();

    State state() const { return m_state; }
    bool isBusy() const
    {
        return m_state == State::CheckingCache || m_state == State::WaitingForBrowser
            || m_state == State::WaitingForDeviceCode;
    }
    DeviceCode deviceCode() const { return m_deviceCode; }
    QString failureMessage() const { return m_failureMessage; }
    QString nextAction() const { return m_nextAction; }
    /// Said along the way, e.g. that a saved sign-in no longer works (empty when nothing).
    QString notice() const { return m_notice; }

    QString account() const { return m_account; } ///< the UPN signed in
    QString displayName() const; ///< from the id token, else the UPN
    QString tenant() const { return m_tenant; } ///< the tenant id signed in to
    QString tenantName() const; ///< from the demo directory, else the tenant id
    workflow::StepRun::SideSession sideSession() const { return m_session; }

    bool rolesKnown() const { return m_profile.has_value(); }
    std::optional<roles::RoleProfile> roleProfile() const { return m_profile; }
    QStringList roleLines() const { return m_roleLines; }

    /// Readable lines: the directory roles, then each Azure role with its scope, then what could not be read.
    static QStringList describeRoles(const roles::RoleProfile &profile);
    /// "X signed in to tenant A, but the customer tenant is B; ...".
    static QString wrongTenantMessage(const QString &who, const QString &signedInTenant, workflow::Side side,
                                      const QString &expectedTenant);

Q_SIGNALS:
    void stateChanged(cmk::SignInSession::State state);
    void deviceCodeReady(const cmk::SignInSession::DeviceCode &code);
    void signedIn(cmk::workflow::Side side, const cmk::workflow::StepRun::SideSession &session);
    void rolesDetected(const QStringList &lines);
    void failed(const QString &message, const QString &nextAction);

private:
    void setState(State state);
    void clearFlows();
    void fail(const QString &message, const QString &nextAction);
    void failWith(const http::ServiceError &error);
    QString authority() const;
    QStringList scopes() const;
    std::optional<auth::CachedAccount> cachedAccount() const;
    void accept(const auth::TokenResponse &response, const QString &tenant, const QStringList &scopes,
                const QString &grantType);
    void finishSignIn(const QString &homeAccountId, const QString &tenantId, const QString &username);
    void detectRoles();
    bool matchesExpected(const QString &tenantId) const;

    Workspace *m_workspace;
    workflow::Side m_side;
    QString m_expectedTenant;
    QString m_authority;
    BrowserOpener m_opener;
    DemoDirectory m_demo;
    QPointer<roles::RoleDetector> m_detector;
    roles::RoleDetector *m_ownDetector = nullptr;
    QStringList m_roleScopes;

    State m_state = State::Idle;
    QPointer<auth::BrowserSignIn> m_browser;
    QPointer<auth::DeviceCodeSignIn> m_device;
    QPointer<QObject> m_pending; ///< the context of a cache check or role read; deleted on cancel
    QString m_demoUser; ///< who the demo signs in as
    DeviceCode m_deviceCode;
    QString m_failureMessage;
    QString m_nextAction;
    QString m_notice;
    QString m_account;
    QString m_tenant;
    workflow::StepRun::SideSession m_session;
    std::optional<roles::RoleProfile> m_profile;
    QStringList m_roleLines;
};

} // namespace cmk

Q_DECLARE_METATYPE(cmk::SignInSession::DeviceCode)
Q_DECLARE_METATYPE(cmk::workflow::StepRun::SideSession)
