#include "wizard/mainwindow.h"

#include "app/workspace.h"
#include "dashboard/dashboardwindow.h"
#include "widgets/messagebanner.h"
#include "wizard/cmkwizard.h"
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
    if (auto *start = qobject_cast<StartPage *>(m_wizard->page(PageId::Start)))
        connect(start, &StartPage::dashboardRequested, this, &MainWindow::openDashboard);
    updateBanner();

    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(960, 680);
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
    // Its own workspace: the demo keeps sign-ins in memory, a real cloud in the system keychain,
    // where a sign-in of the wizard is found again.
    const bool sandbox = m_model->cloudChoice().kind == CloudChoice::Kind::Sandbox;
    std::unique_ptr<auth::CredentialStore> store;
    if (sandbox)
        store = std::make_unique<auth::MemoryCredentialStore>();
    else
        store = std::make_unique<auth::KeychainCredentialStore>(QStringLiteral("CMK Wizard"));
    auto workspace
        = std::make_unique<Workspace>(*profile, std::move(store), Workspace::defaultJournalDirectory());
    m_dashboard = new DashboardWindow(workspace.get(), this);
    m_dashboard->adoptWorkspace(std::move(workspace));
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
