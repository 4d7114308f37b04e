#include "wizard/rundocks.h"

#include "app/runsession.h"
#include "app/workspace.h"
#include "evidence/evidencereport.h"
#include "evidence/journalfiles.h"
#include "pages/signinpage.h"
#include "topology/topology.h"
#include "widgets/journalview.h"
#include "widgets/messagebanner.h"
#include "widgets/rolepanel.h"
#include "widgets/signinpanel.h"
#include "widgets/topologyview.h"
#include "wizard/cmkwizard.h"
#include "wizard/setupmodel.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cmk {

namespace {

QDockWidget *makeDock(QMainWindow *window, const QString &objectName, const QString &title, QWidget *content)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    dock->toggleViewAction()->setText(title);
    return dock;
}

} // namespace

RunDocks::RunDocks(QMainWindow *window, SetupModel *model, CmkWizard *wizard)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_wizard(wizard)
    , m_roles(new RolePanel(window))
    , m_topology(new TopologyView(window))
    , m_journal(new JournalView(window))
{
    m_topologyUpdate.setSingleShot(true);
    m_topologyUpdate.setInterval(0);
    connect(&m_topologyUpdate, &QTimer::timeout, this, [this] { updateTopology(); });
    auto *topologyScroll = new QScrollArea(window);
    topologyScroll->setObjectName(QStringLiteral("topologyScroll"));
    topologyScroll->setWidget(m_topology);
    topologyScroll->setWidgetResizable(true);

    // Read-only and always in view: Tab stays within the wizard's pages (a focusable panel in a
    // dock took Tab away from a page's radio group); screen readers read it by its accessible text.
    m_roles->setFocusPolicy(Qt::NoFocus);
    // Top-aligned: the panel is a few lines, the dock may be taller.
    auto *rolesBox = new QWidget(window);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->addWidget(m_roles);
    rolesLayout->addStretch(1);
    m_rolesDock = makeDock(window, QStringLiteral("rolesDock"), tr("People and Roles"), rolesBox);
    m_topologyDock = makeDock(window, QStringLiteral("topologyDock"), tr("Topology"), topologyScroll);
    m_journalDock = makeDock(window, QStringLiteral("journalDock"), tr("Request Journal"), m_journal);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_rolesDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_topologyDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_journalDock);
    // The roles stay in view; the picture and the journal are a keystroke away (View menu).
    m_topologyDock->hide();
    m_journalDock->hide();

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const std::pair<QDockWidget *, QKeySequence> toggles[]
        = {{m_rolesDock, QKeySequence(Qt::CTRL | Qt::Key_1)},
           {m_topologyDock, QKeySequence(Qt::CTRL | Qt::Key_2)},
           {m_journalDock, QKeySequence(Qt::CTRL | Qt::Key_3)}};
    for (const auto &[dock, shortcut] : toggles) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(shortcut);
        view->addAction(toggle);
        // Shown from the keyboard: the keyboard goes there too.
        connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->widget()->setFocus(Qt::ShortcutFocusReason);
        });
    }

    // Alt+R stays the track page's Run.
    QMenu *run = window->menuBar()->addMenu(tr("A&udit"));
    run->setObjectName(QStringLiteral("auditMenu"));
    m_exportTopology = run->addAction(tr("Export &Topology…"), this, &RunDocks::exportTopology);
    m_exportTopology->setObjectName(QStringLiteral("exportTopologyAction"));
    m_exportEvidence = run->addAction(tr("Export Audit &Evidence…"), this, &RunDocks::askExportEvidence);
    m_exportEvidence->setObjectName(QStringLiteral("exportEvidenceAction"));
    m_exportTopology->setEnabled(false);
    m_exportEvidence->setEnabled(false);

    connect(m_model, &SetupModel::runChanged, this, &RunDocks::followRun);
    if (auto *signIn = qobject_cast<SignInPage *>(m_wizard->page(PageId::SignIn)))
        connect(signIn, &SignInPage::sessionChanged, this,
                [this](workflow::Side side) { showSide(int(side)); });
    followRun();
}

void RunDocks::followRun()
{
    if (m_run)
        m_run->disconnect(this);
    m_run = m_model->runSession();
    m_exportTopology->setEnabled(m_run);
    m_exportEvidence->setEnabled(m_run);
    if (!m_run) {
        m_journal->setRunId(QString());
        m_topology->setTopology({});
        showSeparation();
        return;
    }
    m_journal->setJournal(m_model->workspace()->journal());
    m_journal->setRunId(m_run->state().runId);
    m_topology->setTopology(topology::Topology::fromRun(m_run->track(), m_run->state()));
    connect(m_run, &RunSession::stepStarted, this, [this](const QString &id) { updateTopology(id); });
    connect(m_run, &RunSession::stepFinished, this, [this] { updateTopology(); });
    connect(m_run, &RunSession::valuesChanged, &m_topologyUpdate, qOverload<>(&QTimer::start));
    connect(m_run, &RunSession::finished, this, [this] { updateTopology(); });
    // The justification is recorded after the finding: the status change that follows shows it.
    connect(m_run, &RunSession::separationChecked, this, [this] { showSeparation(); });
    connect(m_run, &RunSession::statusChanged, this, [this] { showSeparation(); });
    showSeparation();
}

void RunDocks::showSide(int side)
{
    auto *signIn = qobject_cast<SignInPage *>(m_wizard->page(PageId::SignIn));
    SignInPanel *panel = signIn ? signIn->panel(workflow::Side(side)) : nullptr;
    if (panel && panel->session())
        m_roles->setIdentity(workflow::Side(side), RolePanel::identityOf(*panel->session()));
}

void RunDocks::showSeparation()
{
    RolePanel::Separation separation;
    if (!m_run || !m_run->track().info.separationOfDuties) {
        m_roles->setSeparation(separation);
        return;
    }
    const std::optional<roles::SeparationFinding> finding = m_run->separationFinding();
    const auto &decision = m_run->state().separation;
    if (finding) {
        // What this start of the run found, with the justification recorded for it.
        separation = RolePanel::separationOf(
            *finding,
            decision && finding->state == roles::SeparationFinding::State::Both ? decision->justification
                                                                                : QString());
        if (separation.message.isEmpty())
            separation.message = tr("No one holds both duties in this run.");
    } else if (decision) {
        // Decided on an earlier start (the run file keeps it); judged again when the run goes on.
        separation.state = RolePanel::Separation::State::Both;
        separation.message = tr("%1 holds both the Power Platform and the key vault administrator duties.")
                                 .arg(decision->userPrincipalName);
        separation.justification = decision->justification;
    } else {
        separation.state = RolePanel::Separation::State::Pending;
        separation.message = tr("checked from the signed-in people's roles when the run starts.");
    }
    m_roles->setSeparation(separation);
}

void RunDocks::updateTopology(const QString &running)
{
    m_topologyUpdate.stop();
    if (m_run)
        m_topology->updateFromRun(m_run->state(), running);
}

void RunDocks::exportTopology()
{
    QString selected;
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export Topology"), QStringLiteral("topology.svg"),
                                       tr("SVG drawing (*.svg);;PNG image (*.png)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    const bool png = QFileInfo(path).suffix().compare(QLatin1StringView("png"), Qt::CaseInsensitive) == 0;
    if (!(png ? m_topology->exportPng(path, &error) : m_topology->exportSvg(path, &error)))
        QMessageBox::warning(m_window, tr("Export Topology"), error);
}

bool RunDocks::exportEvidence(const QString &path, QString *error) const
{
    if (!m_run) {
        *error = tr("There is no run to export: choose a track or a saved run first.");
        return false;
    }
    Workspace *workspace = m_model->workspace();
    // The journal files hold the whole history of the run (earlier sessions too); a workspace
    // without files (the sandbox demo) has this session's entries in memory.
    QList<http::JournalEntry> entries = workspace->journal()->currentFile().isEmpty()
        ? workspace->journal()->recent()
        : evidence::readJournal(QFileInfo(workspace->journal()->currentFile()).absolutePath());
    const auto report
        = evidence::EvidenceReport::fromRun(m_run->state(), evidence::entriesOfRun(entries, m_run->state()));
    const bool json = QFileInfo(path).suffix().compare(QLatin1StringView("json"), Qt::CaseInsensitive) == 0;
    return report.save(
        path, json ? evidence::EvidenceReport::Format::Json : evidence::EvidenceReport::Format::Html, error);
}

void RunDocks::askExportEvidence()
{
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export Audit Evidence"), QStringLiteral("evidence.html"),
                                       tr("Readable report (*.html);;JSON document (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportEvidence(path, &error))
        QMessageBox::warning(m_window, tr("Export Audit Evidence"), error);
}

} // namespace cmk
