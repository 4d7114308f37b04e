#include "app/signinsession.h"

#include "app/workspace.h"
#include "auth/browsersignin.h"
#include "auth/tokenbroker.h"
#include "auth/tokenendpoint.h"
#include "roles/roledetector.h"

#include <QLoggingCategory>

namespace cmk {

namespace {

Q_LOGGING_CATEGORY(lcSignIn, "cmk.signin")

const QString DeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

/// AADSTS50020: the account does not exist in the tenant signed in to.
constexpr int UserNotInTenant = 50020;

} // namespace

SignInSession::SignInSession(Workspace *workspace, workflow::Side side, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_side(side)
{
    qRegisterMetaType<DeviceCode>();
    qRegisterMetaType<workflow::StepRun::SideSession>();
}

SignInSession::~SignInSession()
{
    clearFlows();
}

void SignInSession::setRoleDetector(roles::RoleDetector *detector)
{
    m_detector = detector;
}

QString SignInSession::authority() const
{
    if (!m_authority.isEmpty())
        return m_authority;
    return m_expectedTenant.isEmpty() ? QStringLiteral("organizations") : m_expectedTenant;
}

QStringList SignInSession::scopes() const
{
    return auth::userSignInScopes(m_workspace->profile().armScope);
}

bool SignInSession::matchesExpected(const QString &tenantId) const
{
    return m_expectedTenant.isEmpty() || tenantId.compare(m_expectedTenant, Qt::CaseInsensitive) == 0;
}

QString SignInSession::displayName() const
{
    return m_session.identity.displayName.isEmpty() ? m_account : m_session.identity.displayName;
}

QString SignInSession::tenantName() const
{
    for (const DemoPerson &p : m_demo.people) {
        if (p.tenantId.compare(m_tenant, Qt::CaseInsensitive) == 0 && !p.tenantName.isEmpty())
            return p.tenantName;
    }
    return m_tenant;
}

void SignInSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SignInSession::clearFlows()
{
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->cancel();
        m_browser->deleteLater();
    }
    if (m_device) {
        m_device->disconnect(this);
        m_device->cancel();
        m_device->deleteLater();
    }
    delete m_pending; // drops the answers of a cache check or role read still under way
}

void SignInSession::fail(const QString &message, const QString &nextAction)
{
    clearFlows();
    m_failureMessage = message;
    m_nextAction = nextAction;
    qCInfo(lcSignIn) << "sign-in failed:" << message;
    setState(State::Failed);
    Q_EMIT failed(message, nextAction);
}

void SignInSession::failWith(const http::ServiceError &error)
{
    qCInfo(lcSignIn) << "sign-in error:" << error.technicalSummary();
    if (m_state == State::Cancelled)
        return;
    if (error.isAadsts(UserNotInTenant) && !m_expectedTenant.isEmpty()) {
        fail(tr("The account used is not a member of the %1 %2.")
                 .arg(workflow::sideTitle(m_side), m_expectedTenant),
             tr("Sign in with an account of that tenant."));
        return;
    }
    fail(error.userMessage(), error.nextAction());
}

std::optional<auth::CachedAccount> SignInSession::cachedAccount() const
{
    const QList<auth::CachedAccount> accounts = m_workspace->broker()->accounts();
    // Without an expected tenant only a single saved account is taken: of several, the person chooses.
    if (m_expectedTenant.isEmpty())
        return accounts.size() == 1 ? std::optional(accounts.first()) : std::nullopt;
    for (const auth::CachedAccount &account : accounts) {
        if (m_expectedTenant.isEmpty() || account.realm.compare(m_expectedTenant, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

void SignInSession::start()
{
    if (startFromCache())
        return;
    if (m_opener)
        startBrowser();
    else
        startDeviceCode();
}

bool SignInSession::startFromCache()
{
    const auto account = cachedAccount();
    if (!account || isBusy())
        return false;
    clearFlows();
    m_notice.clear();
    setState(State::CheckingCache);
    auto *context = new QObject(this);
    m_pending = context;
    const auth::CachedAccount found = *account;
    // One silent request (none while the access token is fresh) tells a revoked or expired sign-in
    // apart before the first step needs it.
    m_workspace->broker()->acquire(
        found.homeAccountId, found.realm, m_workspace->profile().armScope, false, context,
        [this, context, found](const http::TokenResult &result) {
            m_pending = nullptr;
            context->deleteLater();
            if (result.ok()) {
                finishSignIn(found.homeAccountId, found.realm, found.username);
                return;
            }
            qCInfo(lcSignIn) << "saved sign-in unusable:" << result.error.technicalSummary();
            m_notice = tr("The saved sign-in of %1 no longer works (%2); sign in again.")
                           .arg(found.username,
                                result.error.code.isEmpty() ? result.error.userMessage() : result.error.code);
            setState(State::Idle);
            if (m_opener)
                startBrowser();
            else
                startDeviceCode();
        });
    return true;
}

void SignInSession::startBrowser()
{
    if (!m_opener) {
        startDeviceCode();
        return;
    }
    clearFlows();
    m_failureMessage.clear();
    m_nextAction.clear();
    auto *flow = new auth::BrowserSignIn(m_workspace->profile(), m_workspace->network(), this);
    m_browser = flow;
    flow->setJournal(m_workspace->journal());
    BrowserOpener opener = m_opener;
    QPointer<SignInSession> self(this);
    flow->setBrowserOpener([self, opener](const QUrl &url) {
        if (!opener(url) && self) {
            // No browser on this machine: the device code works from any other device.
            QMetaObject::invokeMethod(
                self,
                [self] {
                    if (self)
                        self->startDeviceCode();
                },
                Qt::QueuedConnection);
        }
    });
    connect(flow, &auth::BrowserSignIn::succeeded, this, [this, flow](const auth::TokenResponse &response) {
        m_browser = nullptr;
        flow->deleteLater();
        accept(response, flow->tenant(), flow->scopes(), QStringLiteral("authorization_code"));
    });
    connect(flow, &auth::BrowserSignIn::failed, this, [this, flow](const http::ServiceError &error) {
        m_browser = nullptr;
        flow->deleteLater();
        if (error.kind == http::ServiceError::Kind::Timeout) {
            m_notice = tr("The browser sign-in did not finish in time; use the device code instead.");
            startDeviceCode();
            return;
        }
        failWith(error);
    });
    setState(State::WaitingForBrowser);
    flow->start(authority(), scopes());
}

void SignInSession::startDeviceCode()
{
    clearFlows();
    m_failureMessage.clear();
    m_nextAction.clear();
    m_deviceCode = {};
    auto *flow = new auth::DeviceCodeSignIn(m_workspace->broker()->endpoint(), authority(),
                                            m_workspace->profile().publicClientId.toString(), scopes(), this);
    m_device = flow;
    connect(flow, &auth::DeviceCodeSignIn::promptReady, this,
            [this](const auth::DeviceCodeSignIn::Prompt &p) {
                m_deviceCode = {p.message, p.userCode, p.verificationUri};
                Q_EMIT deviceCodeReady(m_deviceCode);
                if (m_demoUser.isEmpty() || !m_demo.approveDeviceCode)
                    return;
                const QString who = m_demoUser;
                if (!m_demo.approveDeviceCode(p.userCode, who))
                    fail(tr("The demo could not sign %1 in.").arg(who), tr("Pick another person."));
            });
    connect(flow, &auth::DeviceCodeSignIn::succeeded, this,
            [this, flow](const auth::TokenResponse &response) {
                m_device = nullptr;
                flow->deleteLater();
                accept(response, flow->tenant(), flow->scopes(), DeviceCodeGrant);
            });
    connect(flow, &auth::DeviceCodeSignIn::failed, this, [this, flow](const http::ServiceError &error) {
        m_device = nullptr;
        flow->deleteLater();
        failWith(error);
    });
    setState(State::WaitingForDeviceCode);
    flow->start();
}

void SignInSession::signInAs(const QString &userPrincipalName)
{
    const DemoPerson *person = m_demo.person(userPrincipalName);
    if (!person || !m_demo.approveDeviceCode) {
        fail(tr("%1 is not one of the demo's people.").arg(userPrincipalName),
             tr("Pick a person from the list."));
        return;
    }
    if (!matchesExpected(person->tenantId)) {
        const QString tenant = person->tenantName.isEmpty()
            ? person->tenantId
            : QStringLiteral("%1 (%2)").arg(person->tenantName, person->tenantId);
        fail(wrongTenantMessage(person->displayName, tenant, m_side, m_expectedTenant),
             tr("Pick a person of the %1.").arg(workflow::sideTitle(m_side)));
        return;
    }
    m_demoUser = person->userPrincipalName;
    startDeviceCode();
}

void SignInSession::cancel()
{
    if (!isBusy())
        return;
    clearFlows();
    m_demoUser.clear();
    m_failureMessage.clear();
    m_nextAction.clear();
    setState(State::Cancelled);
}

void SignInSession::reset()
{
    clearFlows();
    m_demoUser.clear();
    m_failureMessage.clear();
    m_nextAction.clear();
    m_notice.clear();
    m_account.clear();
    m_tenant.clear();
    m_session = {};
    m_profile.reset();
    m_roleLines.clear();
    setState(State::Idle);
}

void SignInSession::accept(const auth::TokenResponse &response, const QString &tenant,
                           const QStringList &scopes, const QString &grantType)
{
    m_demoUser.clear();
    const auto account = m_workspace->broker()->accept(response, tenant, scopes, grantType);
    if (!account) {
        fail(tr("The sign-in gave no account."), tr("Sign in again with a user account."));
        return;
    }
    if (!matchesExpected(account->realm)) {
        fail(wrongTenantMessage(account->username, account->realm, m_side, m_expectedTenant),
             tr("Sign in with an account of that tenant."));
        return;
    }
    finishSignIn(account->homeAccountId, account->realm, account->username);
}

void SignInSession::finishSignIn(const QString &homeAccountId, const QString &tenantId,
                                 const QString &username)
{
    m_account = username;
    m_tenant = tenantId;
    m_session = {m_workspace->pipelineFor(homeAccountId, tenantId),
                 m_workspace->broker()->identity(homeAccountId, tenantId)};
    m_profile.reset();
    m_roleLines.clear();
    m_failureMessage.clear();
    m_nextAction.clear();
    qCInfo(lcSignIn) << "signed in to" << workflow::sideName(m_side) << "as" << username << "in" << tenantId;
    setState(State::SignedIn);
    Q_EMIT signedIn(m_side, m_session);
    detectRoles();
}

void SignInSession::detectRoles()
{
    roles::RoleDetector *detector = m_detector;
    if (!detector) {
        if (!m_ownDetector)
            m_ownDetector = new roles::RoleDetector(this);
        detector = m_ownDetector;
    }
    auto *context = new QObject(this);
    m_pending = context;
    detector->detect(m_session.pipeline, m_session.identity, m_roleScopes, false, context,
                     [this, context](const roles::RoleProfile &profile) {
                         m_pending = nullptr;
                         context->deleteLater();
                         m_profile = profile;
                         m_roleLines = describeRoles(profile);
                         Q_EMIT rolesDetected(m_roleLines);
                     });
}

QStringList SignInSession::describeRoles(const roles::RoleProfile &profile)
{
    QStringList lines;
    if (!profile.directoryRolesKnown) {
        lines << tr("Directory roles could not be read: %1").arg(profile.directoryRolesProblem);
    } else if (profile.directoryRoles.isEmpty()) {
        lines << tr("Directory roles: none");
    } else {
        QStringList names;
        for (const roles::HeldDirectoryRole &role : profile.directoryRoles)
            names << (role.displayName.isEmpty() ? roles::directoryRoleName(role.templateId)
                                                 : role.displayName);
        names.removeDuplicates();
        lines << tr("Directory roles: %1").arg(names.join(QStringLiteral(", ")));
    }
    for (const roles::AzureRoleGrant &grant : profile.assignments)
        lines << tr("Azure role %1 at %2").arg(grant.roleName, grant.scope);
    for (const roles::AssignmentRead &read : profile.reads) {
        if (!read.ok)
            lines << tr("Azure roles at %1 could not be read: %2").arg(read.scope, read.reason);
    }
    bool anyRead = false;
    for (const roles::AssignmentRead &read : profile.reads)
        anyRead = anyRead || read.ok;
    if (anyRead && profile.assignments.isEmpty())
        lines << tr("Azure roles: none at the scopes read");
    return lines;
}

QString SignInSession::wrongTenantMessage(const QString &who, const QString &signedInTenant,
                                          workflow::Side side, const QString &expectedTenant)
{
    //: %1 a person, %2 the tenant they signed in to, %3 "customer tenant" or "ISV tenant", %4 its id
    return tr("%1 signed in to tenant %2, but the %3 is %4.")
        .arg(who, signedInTenant, workflow::sideTitle(side), expectedTenant);
}

} // namespace cmk
