#pragma once

#include "pages/startpage.h"

#include <QMainWindow>
#include <QPointer>

namespace cmk {

class CmkWizard;
class DashboardWindow;
class MessageBanner;
class RunDocks;
class SetupModel;
class TrackRegistry;

/// The application window: a banner that says when the sandbox is in use, and the wizard.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SetupModel *model, const TrackRegistry *registry, SandboxStarter sandboxStarter,
               QWidget *parent = nullptr);

    CmkWizard *wizard() const { return m_wizard; }
    /// The role panel, topology and journal beside the wizard.
    RunDocks *docks() const { return m_docks; }
    /// The status dashboard's window for the chosen cloud (raised when already open).
    DashboardWindow *openDashboard();
    DashboardWindow *dashboardWindow() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateBanner();

    SetupModel *m_model;
    MessageBanner *m_sandboxBanner;
    CmkWizard *m_wizard;
    RunDocks *m_docks = nullptr;
    QPointer<DashboardWindow> m_dashboard;
};

} // namespace cmk
