#pragma once

#include "pages/startpage.h"

#include <QMainWindow>

namespace cmk {

class CmkWizard;
class MessageBanner;
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateBanner();

    SetupModel *m_model;
    MessageBanner *m_sandboxBanner;
    CmkWizard *m_wizard;
};

} // namespace cmk
