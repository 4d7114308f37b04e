#pragma once

#include "wizard/setupmodel.h"

#include <QWizardPage>

#include <functional>

class QBoxLayout;
class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace cmk {

class MessageBanner;
class TrackRegistry;

/// Starts the embedded sandbox and returns its cloud profile, or nothing and a message.
using SandboxStarter = std::function<std::optional<CloudProfile>(QString *error)>;

/// The first page: who are you, what do you want to do, which cloud.
class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    StartPage(SetupModel *model, const TrackRegistry *registry, SandboxStarter sandboxStarter,
              QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    /// "Status Dashboard..." was pressed: open the read-only dashboard for the chosen cloud.
    void dashboardRequested();

private:
    enum CloudEntry { CustomFileEntry = -1, SandboxEntry = -2 };

    void buildPersonaBox(QWidget *box);
    void addDashboardEntry(QBoxLayout *layout);
    static QString personaDescription(const PersonaInfo &info);
    void fillTracks();
    void selectCloudEntry(int index);
    void loadProfileFile();
    void showProfileRow(bool visible);
    void showCloudDetails();
    void restoreChoices();
    void saveCloudChoice();
    void fillRuns();

    SetupModel *m_model;
    const TrackRegistry *m_registry;
    SandboxStarter m_sandboxStarter;

    QButtonGroup *m_personas;
    QLabel *m_personaDescription;
    QListWidget *m_tracks;
    QLabel *m_noTracks;
    QStackedWidget *m_trackStack;
    QComboBox *m_cloud;
    QLabel *m_profileLabel = nullptr;
    QWidget *m_profileRow;
    QLineEdit *m_profilePath;
    QPushButton *m_browse;
    QLabel *m_cloudDetails;
    MessageBanner *m_cloudMessage;
    QGroupBox *m_runsBox;
    QListWidget *m_runs;
};

} // namespace cmk
