#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace cmk {

class CmkWizard;
class JournalView;
class RolePanel;
class RunSession;
class SetupModel;
class TopologyView;

/// The panels beside the wizard: who is signed in with which roles (always shown), the topology
/// of the run drawn as it progresses, and the request journal; plus the exports a change board
/// or an auditor asks for (topology PNG/SVG, the run's audit evidence). Fed by the SetupModel's
/// run session and the sign-in page; sends no request of its own.
class RunDocks : public QObject
{
    Q_OBJECT

public:
    RunDocks(QMainWindow *window, SetupModel *model, CmkWizard *wizard);

    QDockWidget *rolesDock() const { return m_rolesDock; }
    QDockWidget *topologyDock() const { return m_topologyDock; }
    QDockWidget *journalDock() const { return m_journalDock; }
    RolePanel *rolePanel() const { return m_roles; }
    TopologyView *topologyView() const { return m_topology; }
    JournalView *journalView() const { return m_journal; }
    QAction *exportEvidenceAction() const { return m_exportEvidence; }

    /// Saves the audit evidence of the current run (`html` or `json` by the file's suffix).
    bool exportEvidence(const QString &path, QString *error) const;

private:
    void followRun();
    void showSide(int side);
    void showSeparation();
    void updateTopology(const QString &running = {});
    void exportTopology();
    void askExportEvidence();

    QMainWindow *m_window;
    SetupModel *m_model;
    CmkWizard *m_wizard;
    QPointer<RunSession> m_run;
    QDockWidget *m_rolesDock;
    QDockWidget *m_topologyDock;
    QDockWidget *m_journalDock;
    RolePanel *m_roles;
    TopologyView *m_topology;
    JournalView *m_journal;
    QAction *m_exportTopology;
    QAction *m_exportEvidence;
    QTimer m_topologyUpdate; ///< values change with every key typed: the picture follows once per pass
};

} // namespace cmk
