#pragma once

#include "app/runsession.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace cmk {

class ConfirmationDialog;
class HandoffExportPanel;
class MessageBanner;
class SetupModel;
class StepPanel;

/// Every step of the run's track: the list on the left with each step's state, the chosen step's
/// panel (StepPanel, built from the step's description) on the right. Run starts or continues the
/// run through RunSession; each plan is shown and waits for Apply (with the typed confirmation for
/// irreversible steps); Stop cancels; after a failure Retry continues with the inputs as they are.
/// A run that waits for the other tenant's hand-off shows the file to send and may be left: the
/// run file is saved, and the start page offers it again.
class TrackPage : public QWizardPage
{
    Q_OBJECT

public:
    TrackPage(SetupModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

private:
    void rebuild();
    void updateView();
    /// updateView() once the current burst of edits is over (once per pass of the event loop):
    /// typing a name changes the run's values with every key.
    void scheduleUpdateView() { m_viewUpdate.start(); }
    void updateStepItems();
    /// Builds the next step's panel, in the track's order; false when every step has its panel.
    bool buildNextPanel();
    void buildAllPanels();
    void selectStep(const QString &stepId);
    void run();
    void apply();
    void onApprovalRequested(const QString &stepId);
    void onFinished(bool ok, const http::ServiceError &error);
    void showHandoff();
    void setHandoffVisible(bool visible);
    void exportPlan();

    SetupModel *m_model;
    QPointer<RunSession> m_run;
    MessageBanner *m_banner;
    QListWidget *m_steps;
    QStackedWidget *m_stack;
    QHash<QString, StepPanel *> m_panels;
    QGroupBox *m_handoffBox;
    QLabel *m_handoffText;
    QPushButton *m_copyHandoffPath;
    HandoffExportPanel *m_handoffPanel;
    QScrollArea *m_handoffScroll; ///< holds m_handoffBox
    QWidget *m_justificationRow;
    QLineEdit *m_justification;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_runButton;
    QPushButton *m_applyButton;
    QPushButton *m_stopButton;
    QPushButton *m_exportButton;
    QPointer<ConfirmationDialog> m_confirmation;
    QTimer m_viewUpdate;
    /// A track's panels take tens of milliseconds to build: one per pass of the event loop, from
    /// when the run is chosen; the page builds whatever is left when it is shown.
    QTimer m_panelBuild;
};

} // namespace cmk
