#pragma once

#include "app/signinsession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QGroupBox;

namespace cmk {

class MessageBanner;
class Workspace;

/// Signs one tenant side in: in the offline demo a picker of the demo's people (name, role,
/// tenant); otherwise "Sign In with Browser" and "Use a Device Code Instead". While waiting it
/// shows the device code (with Copy), progress and Cancel; once signed in the account, the tenant
/// and the roles read for it. Errors show inline. The work is done by a SignInSession (core).
class SignInPanel : public QWidget
{
    Q_OBJECT

public:
    SignInPanel(Workspace *workspace, workflow::Side side, QWidget *parent = nullptr);

    SignInSession *session() const { return m_session; }
    void setExpectedTenant(const QString &tenant);
    /// Shows the people picker instead of the browser buttons when `directory` has people.
    void setDemoDirectory(const DemoDirectory &directory);
    void setRoleScopes(const QStringList &scopes) { m_session->setRoleScopes(scopes); }
    /// Default: QDesktopServices::openUrl.
    void setBrowserOpener(SignInSession::BrowserOpener opener)
    {
        m_session->setBrowserOpener(std::move(opener));
    }

    bool isSignedIn() const { return m_session->state() == SignInSession::State::SignedIn; }
    /// Signs in from the token cache when someone already is (no prompt); true when it started.
    bool useCachedAccount() { return m_session->startFromCache(); }

Q_SIGNALS:
    void signedIn(cmk::workflow::Side side, const cmk::workflow::StepRun::SideSession &session);
    /// The panel's state changed (busy, signed in, failed): a page re-checks isComplete().
    void changed();

private:
    void fillPeople();
    void signInAsSelected();
    void updateView();
    void showRoles(const QStringList &lines);

    SignInSession *m_session;
    QLabel *m_heading;
    MessageBanner *m_banner;
    QGroupBox *m_peopleBox;
    QTreeWidget *m_people;
    QPushButton *m_signInAs;
    QWidget *m_browserRow;
    QPushButton *m_browserButton;
    QPushButton *m_deviceCodeButton;
    QGroupBox *m_codeBox;
    QLabel *m_codeMessage;
    QLabel *m_code;
    QPushButton *m_copyCode;
    QWidget *m_progressRow;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QGroupBox *m_signedInBox;
    QLabel *m_accountLabel;
    QLabel *m_tenantLabel;
    QLabel *m_rolesLabel;
    QPushButton *m_switchAccount;
};

} // namespace cmk
