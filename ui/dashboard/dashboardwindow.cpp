#include "dashboard/dashboardwindow.h"

#include "app/workspace.h"
#include "dashboard/dashboardview.h"
#include "widgets/signinpanel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cmk {

DashboardWindow::DashboardWindow(Workspace *workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_signInPage(new QWidget(m_stack))
    , m_signIn(new SignInPanel(workspace, workflow::Side::Customer, m_signInPage))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Status Dashboard - CMK Wizard"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_signInPage->setObjectName(QStringLiteral("dashboardSignInPage"));
    auto *title = new QLabel(tr("Sign in to the customer tenant"), m_signInPage);
    title->setObjectName(QStringLiteral("dashboardSignInTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    auto *intro = new QLabel(tr("The dashboard only reads: a Global Reader or Power Platform administrator "
                                "with Reader on the subscriptions of the enterprise policies and key vaults "
                                "sees everything. Nothing is changed."),
                             m_signInPage);
    intro->setObjectName(QStringLiteral("dashboardSignInIntro"));
    intro->setWordWrap(true);
    auto *signInLayout = new QVBoxLayout(m_signInPage);
    signInLayout->addWidget(title);
    signInLayout->addWidget(intro);
    signInLayout->addWidget(m_signIn, 1);
    m_stack->addWidget(m_signInPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(
        m_signIn, &SignInPanel::signedIn, this,
        [this](workflow::Side, const workflow::StepRun::SideSession &session) { showDashboard(session); });
    resize(1480, 800);
    // Someone signed in before (keychain, or earlier in this session): no prompt.
    QTimer::singleShot(0, this, [this] { m_signIn->useCachedAccount(); });
}

DashboardWindow::~DashboardWindow()
{
    // The views and the sign-in use the workspace's pipelines: they go first.
    delete m_stack;
    m_stack = nullptr;
}

void DashboardWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_ownedWorkspace = std::move(workspace);
}

void DashboardWindow::setDemoDirectory(const DemoDirectory &directory)
{
    m_signIn->setDemoDirectory(directory);
}

void DashboardWindow::showDashboard(const workflow::StepRun::SideSession &session)
{
    if (m_dashboard)
        return;
    m_dashboard = new DashboardView(m_workspace, session, m_stack);
    m_dashboard->setClock(m_clock);
    m_stack->addWidget(m_dashboard);
    m_stack->setCurrentWidget(m_dashboard);
    m_dashboard->refresh();
    Q_EMIT dashboardShown();
}

} // namespace cmk
