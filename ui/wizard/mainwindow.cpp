#include "wizard/mainwindow.h"

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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace cmk
