#pragma once

#include "app/demodirectory.h"
#include "workflow/step.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;

namespace cmk {

class DashboardView;
class SignInPanel;
class Workspace;

/// The status dashboard's own window, opened from the start page: first the customer side's
/// sign-in (a read-only person suffices: Global Reader or a Power Platform admin role, Reader
/// on the subscriptions; a saved sign-in is used without a prompt), then the DashboardView, which
/// starts reading at once. A separate window so the wizard stays where it was.
class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    /// The window keeps `workspace` alive (when it made its own for the chosen cloud).
    void adoptWorkspace(std::unique_ptr<Workspace> workspace);
    void setDemoDirectory(const DemoDirectory &directory);
    /// The time countdowns are measured from (the demo's simulated clock); default the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    SignInPanel *signInPanel() const { return m_signIn; }
    /// Null until someone signed in.
    DashboardView *dashboard() const { return m_dashboard; }

Q_SIGNALS:
    void dashboardShown();

private:
    void showDashboard(const workflow::StepRun::SideSession &session);

    std::unique_ptr<Workspace> m_ownedWorkspace;
    Workspace *m_workspace;
    std::function<QDateTime()> m_clock;
    QStackedWidget *m_stack;
    QWidget *m_signInPage;
    SignInPanel *m_signIn;
    DashboardView *m_dashboard = nullptr;
};

} // namespace cmk
