#include "wizard/mainwindow.h"

#include "app/workspace.h"
#include "dashboard/dashboardwindow.h"
#include "widgets/messagebanner.h"
#include "wizard/cmkwizard.h"
#include "wizard/rundocks.h"
#include "wizard/setupmodel.h"

#include <QCloseEvent>
#include <QSettings>
#include <QVBoxLayout>

namespace cmk {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
}

MainWindow::MainWindow(SetupModel *model, const TrackRegistry *registry, SandboxStarter sandboxStarter,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_sandboxBanner(new MessageBanner(this))
    , m_wizard(new CmkWizard(model, registry, std::move(sandboxStarter), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CMK Wizard"));
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));

    m_wizard->setWindowFlags(Qt::Widget);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sandboxBanner);
    layout->addWidget(m_wizard, 1);
    setCentralWidget(central);

    connect(m_wizard, &QWizard::rejected, this, &QWidget::close);
    connect(m_wizard, &QWizard::accepted, this, &QWidget::close);
    connect(m_model, &SetupModel::cloudChanged, this, &MainWindow::updateBanner);
    // The dashboard reads through the workspace of the cloud it was opened for.
    connect(m_model, &SetupModel::cloudChanged, this, [this] { delete m_dashboard; });
    m_docks = new RunDocks(this, m_model, m_wizard);
    if (auto *start = qobject_cast<StartPage *>(m_wizard->page(PageId::Start)))
        connect(start, &StartPage::dashboardRequested, this, &MainWindow::openDashboard);
    updateBanner();

    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(1180, 780);
}

void MainWindow::updateBanner()
{
    const bool sandbox = m_model->cloudChoice().kind == CloudChoice::Kind::Sandbox && m_model->profile();
    if (sandbox) {
        m_sandboxBanner->showMessage(
            MessageBanner::Kind::Information,
            tr("<b>Sandbox demo.</b> Everything here runs against a simulated Azure on "
               "this computer; no real tenant, key or environment is touched."));
    } else {
        m_sandboxBanner->clear();
    }
}

DashboardWindow *MainWindow::dashboardWindow() const
{
    return m_dashboard;
}

DashboardWindow *MainWindow::openDashboard()
{
    const std::optional<CloudProfile> profile = m_model->profile();
    if (m_dashboard && profile && m_dashboard->property("cloud").toString() == profile->name) {
        m_dashboard->raise();
        m_dashboard->activateWindow();
        return m_dashboard;
    }
    if (!profile)
        return nullptr;
    delete m_dashboard;
    // The wizard's workspace: a person signed in on the customer side for a track is found again
    // in its token cache, and the journal is one. A cloud change closes the window (below).
    Workspace *workspace = m_model->workspace();
    if (!workspace)
        return nullptr;
    const bool sandbox = m_model->cloudChoice().kind == CloudChoice::Kind::Sandbox;
    m_dashboard = new DashboardWindow(workspace, this);
    m_dashboard->setProperty("cloud", profile->name);
    if (sandbox) {
        m_dashboard->setDemoDirectory(m_model->demoDirectory());
        m_dashboard->setClock(m_model->demoDirectory().clock);
    }
    m_dashboard->show();
    return m_dashboard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace cmk
