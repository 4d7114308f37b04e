#include "pages/trackpage.h"

#include "pages/planexportdialog.h"
#include "pages/steppanel.h"
#include "tracks/keys.h"
#include "widgets/confirmationdialog.h"
#include "widgets/handoffpanels.h"
#include "widgets/messagebanner.h"
#include "wizard/setupmodel.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace cmk {

using namespace workflow;

namespace {

constexpr int StepIdRole = Qt::UserRole;

/// A hollow circle in the palette's text colour: a step still to come.
QIcon pendingIcon(const QWidget *widget)
{
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(widget->palette().color(QPalette::PlaceholderText));
    pen.setWidthF(1.5);
    painter.setPen(pen);
    painter.drawEllipse(QRectF(2.5, 2.5, size - 5, size - 5));
    return QIcon(pixmap);
}

} // namespace

TrackPage::TrackPage(SetupModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_banner(new MessageBanner(this))
    , m_steps(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_handoffBox(new QGroupBox(tr("Hand-off to the other tenant"), this))
    , m_handoffText(new QLabel(m_handoffBox))
    , m_copyHandoffPath(new QPushButton(tr("Copy File &Path"), m_handoffBox))
    , m_handoffPanel(new HandoffExportPanel(m_handoffBox))
    , m_handoffScroll(new QScrollArea(this))
    , m_justificationRow(new QWidget(this))
    , m_justification(new QLineEdit(m_justificationRow))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_stopButton(new QPushButton(tr("S&top"), this))
    , m_exportButton(new QPushButton(tr("E&xport Plan..."), this))
{
    setObjectName(QStringLiteral("trackPage"));
    m_banner->setObjectName(QStringLiteral("runBanner"));

    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setAccessibleDescription(
        tr("Every step of the track with its state; choose one to see its inputs, "
           "plan and result."));
    m_steps->setWordWrap(true);
    m_stack->setObjectName(QStringLiteral("stepStack"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("trackSplitter"));
    splitter->addWidget(m_steps);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({240, 720});

    m_handoffBox->setObjectName(QStringLiteral("handoffBox"));
    m_handoffText->setObjectName(QStringLiteral("handoffText"));
    m_handoffText->setWordWrap(true);
    m_handoffText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyHandoffPath->setObjectName(QStringLiteral("copyHandoffPathButton"));
    m_copyHandoffPath->setAccessibleDescription(tr("Copies the path of the hand-off file to send."));
    auto *handoffRow = new QHBoxLayout;
    handoffRow->addWidget(m_handoffText, 1);
    handoffRow->addWidget(m_copyHandoffPath);
    auto *handoffLayout = new QVBoxLayout(m_handoffBox);
    handoffLayout->addLayout(handoffRow);
    handoffLayout->addWidget(m_handoffPanel);
    setHandoffVisible(false);

    m_justificationRow->setObjectName(QStringLiteral("justificationRow"));
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setAccessibleDescription(
        tr("Why one person holds both duties here; it is recorded with the run."));
    auto *justificationLabel = new QLabel(tr("&Justification:"), m_justificationRow);
    justificationLabel->setBuddy(m_justification);
    auto *justificationLayout = new QHBoxLayout(m_justificationRow);
    justificationLayout->setContentsMargins(0, 0, 0, 0);
    justificationLayout->addWidget(justificationLabel);
    justificationLayout->addWidget(m_justification, 1);
    m_justificationRow->setVisible(false);

    m_progressText->setObjectName(QStringLiteral("runProgressText"));
    m_progressText->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setAccessibleDescription(tr("Applies the plan shown for the current step."));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setAccessibleDescription(
        tr("Stops after the current request, or declines the plan waiting for approval."));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleDescription(
        tr("Shows the plan of every step not done yet as an az CLI script, a PowerShell script or an ARM "
           "template."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progressText, 1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_runButton);

    // The hand-off (when there is one) above the steps; the person sizes the two.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("handoffSplitter"));
    // The hand-off scrolls within its share: the steps stay in view beside it.
    m_handoffScroll->setObjectName(QStringLiteral("handoffScroll"));
    m_handoffScroll->setWidget(m_handoffBox);
    m_handoffScroll->setWidgetResizable(true);
    m_handoffScroll->setFrameShape(QFrame::NoFrame);
    m_handoffScroll->setVisible(false);
    vertical->addWidget(m_handoffScroll);
    vertical->addWidget(splitter);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_justificationRow);
    layout->addWidget(vertical, 1);
    layout->addLayout(buttons);

    connect(m_steps, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_stack->setCurrentIndex(m_steps->row(item));
    });
    m_panelBuild.setInterval(0);
    connect(&m_panelBuild, &QTimer::timeout, this, &TrackPage::buildNextPanel);
    m_viewUpdate.setSingleShot(true);
    m_viewUpdate.setInterval(0);
    connect(&m_viewUpdate, &QTimer::timeout, this, &TrackPage::updateView);
    connect(m_runButton, &QPushButton::clicked, this, &TrackPage::run);
    connect(m_applyButton, &QPushButton::clicked, this, &TrackPage::apply);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &TrackPage::exportPlan);
    connect(m_copyHandoffPath, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(
            QDir::toNativeSeparators(m_run->value(tracks::key::HandoffOut)));
    });
    connect(m_justification, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_run)
            m_run->setValue(QString(Runner::JustificationKey), text.trimmed());
        scheduleUpdateView();
    });

    // A new run (another track or saved run was chosen) replaces the panels at once: they point at it.
    connect(m_model, &SetupModel::runChanged, this, [this] {
        m_run = m_model->runSession();
        rebuild();
    });

    QWidget::setTabOrder(m_steps, m_stack);
    QWidget::setTabOrder(m_stack, m_exportButton);
    QWidget::setTabOrder(m_exportButton, m_stopButton);
    QWidget::setTabOrder(m_stopButton, m_applyButton);
    QWidget::setTabOrder(m_applyButton, m_runButton);
}

void TrackPage::initializePage()
{
    RunSession *run = m_model->runSession();
    if (run != m_run) {
        if (m_run)
            m_run->disconnect(this);
        m_run = run;
        rebuild();
    }
    if (!m_run)
        return;
    buildAllPanels();
    for (StepPanel *panel : std::as_const(m_panels)) {
        panel->refresh();
        panel->loadChoices();
    }
    // Start at the first step not done yet.
    for (int i = 0; i < m_steps->count(); ++i) {
        const QString id = m_steps->item(i)->data(StepIdRole).toString();
        if (!m_run->stepRecord(id).isFinished()) {
            m_steps->setCurrentRow(i);
            break;
        }
    }
    if (!m_steps->currentItem() && m_steps->count())
        m_steps->setCurrentRow(0);
    updateView();
    m_steps->setFocus();
}

void TrackPage::cleanupPage()
{
    // Back: nothing keeps running behind the start page; the run file has the state.
    if (m_run && m_run->isBusy())
        m_run->cancel();
}

void TrackPage::rebuild()
{
    m_steps->clear();
    while (m_stack->count()) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        w->deleteLater();
    }
    m_panels.clear();
    m_banner->clear();
    setHandoffVisible(false);
    m_justificationRow->setVisible(false);
    if (!m_run)
        return;
    setTitle(m_run->track().info.title);
    setSubTitle(m_run->track().info.summary);
    for (const auto &step : m_run->track().steps) {
        const Step::Info info = step->info();
        auto *item = new QListWidgetItem(tr("%1. %2").arg(info.number, info.title), m_steps);
        item->setData(StepIdRole, info.id);
    }
    // The panels follow one per pass of the event loop, while the person signs in.
    m_panelBuild.start();
    connect(m_run, &RunSession::statusChanged, this, &TrackPage::updateView);
    connect(m_run, &RunSession::valuesChanged, this, &TrackPage::scheduleUpdateView);
    connect(m_run, &RunSession::stepStarted, this, [this](const QString &id) {
        selectStep(id);
        updateView();
    });
    connect(m_run, &RunSession::stepProgress, this,
            [this](const QString &, const QString &text) { m_progressText->setText(text); });
    connect(m_run, &RunSession::stepFinished, this, &TrackPage::updateStepItems);
    connect(m_run, &RunSession::approvalRequested, this, &TrackPage::onApprovalRequested);
    connect(m_run, &RunSession::finished, this, &TrackPage::onFinished);
    connect(m_run, &RunSession::inputsRejected, this, [this](const QList<InputProblem> &problems) {
        QStringList lines;
        for (const InputProblem &p : problems)
            lines << p.message.toHtmlEscaped();
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("Some inputs need fixing before the run can start:")
                                  + QStringLiteral("<ul><li>") + lines.join(QStringLiteral("</li><li>"))
                                  + QStringLiteral("</li></ul>"));
        if (!problems.isEmpty())
            selectStep(problems.first().stepId);
    });
    connect(m_run, &RunSession::separationWarning, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Separation of duties: %1").arg(message.toHtmlEscaped()));
    });
    m_steps->setMinimumWidth(m_steps->sizeHintForColumn(0) / 2 + 40);
}

bool TrackPage::buildNextPanel()
{
    const qsizetype next = m_stack->count();
    if (!m_run || next >= qsizetype(m_run->track().steps.size())) {
        m_panelBuild.stop();
        return false;
    }
    const Step *step = m_run->track().steps.at(next).get();
    const QString id = step->info().id;
    auto *panel = new StepPanel(m_run, step);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("stepScroll_") + id);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    m_stack->addWidget(scroll);
    m_panels.insert(id, panel);
    connect(panel, &StepPanel::inputsEdited, this, &TrackPage::scheduleUpdateView);
    return true;
}

void TrackPage::buildAllPanels()
{
    while (buildNextPanel()) { }
    if (QListWidgetItem *item = m_steps->currentItem())
        m_stack->setCurrentIndex(m_steps->row(item));
}

void TrackPage::selectStep(const QString &stepId)
{
    buildAllPanels();
    for (int i = 0; i < m_steps->count(); ++i) {
        if (m_steps->item(i)->data(StepIdRole).toString() == stepId)
            m_steps->setCurrentRow(i);
    }
}

void TrackPage::updateStepItems()
{
    if (!m_run)
        return;
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        const QString id = item->data(StepIdRole).toString();
        const StepState state = m_run->stepState(id);
        const bool current = m_run->currentStepId() == id;
        QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
        QString text;
        if (current && m_run->status() == RunSession::Status::AwaitingApproval) {
            pixmap = QStyle::SP_MessageBoxQuestion;
            text = tr("waiting for your approval");
        } else if (state == StepState::Running && m_run->isBusy()) {
            pixmap = QStyle::SP_BrowserReload;
            text = tr("running");
        } else if (state == StepState::Applied) {
            pixmap = QStyle::SP_DialogApplyButton;
            text = tr("done");
        } else if (state == StepState::AlreadyDone) {
            pixmap = QStyle::SP_DialogApplyButton;
            text = tr("already done");
        } else if (state == StepState::Failed) {
            pixmap = current && m_run->status() == RunSession::Status::WaitingForOtherTenant
                ? QStyle::SP_MessageBoxInformation
                : QStyle::SP_MessageBoxCritical;
            text = pixmap == QStyle::SP_MessageBoxInformation ? tr("waiting for the other tenant")
                                                              : tr("failed");
        } else if (StepPanel *panel = m_panels.value(id); panel && !panel->inputProblems().isEmpty()) {
            pixmap = QStyle::SP_MessageBoxWarning;
            text = tr("an input needs fixing");
        } else {
            text = tr("not run yet");
        }
        item->setIcon(pixmap == QStyle::SP_CustomBase ? pendingIcon(m_steps) : style()->standardIcon(pixmap));
        item->setData(Qt::AccessibleDescriptionRole, text);
        item->setData(Qt::UserRole + 1, int(state));
        item->setToolTip(text);
    }
}

void TrackPage::updateView()
{
    m_viewUpdate.stop();
    if (!m_run)
        return;
    const RunSession::Status status = m_run->status();
    const bool busy = m_run->isBusy();
    const bool inputsOk = m_run->validateInputs().isEmpty();
    m_runButton->setEnabled(!busy && inputsOk && m_run->isSignedIn());
    m_runButton->setText(status == RunSession::Status::Failed                      ? tr("&Retry")
                             : status == RunSession::Status::WaitingForOtherTenant ? tr("&Continue")
                             : status == RunSession::Status::Cancelled             ? tr("&Continue")
                             : status == RunSession::Status::Succeeded             ? tr("Check &Again")
                                                                                   : tr("&Run"));
    m_runButton->setAccessibleDescription(
        inputsOk ? tr("Runs every step not done yet; each plan waits for your approval.")
                 : tr("Fix the inputs marked in the step list first."));
    const bool awaiting = status == RunSession::Status::AwaitingApproval;
    // The plan the dialog asks about was declined (Stop) or the run ended: its question is gone.
    if (!awaiting && m_confirmation)
        m_confirmation->reject();
    m_applyButton->setVisible(awaiting);
    m_applyButton->setEnabled(awaiting && !m_confirmation);
    if (awaiting) {
        const Step *step = m_run->track().step(m_run->currentStepId());
        const QString number = step ? step->info().number : QString();
        const bool confirm = m_run->pendingPlan() && m_run->pendingPlan()->confirmation;
        m_applyButton->setText(confirm ? tr("&Apply Step %1...").arg(number)
                                       : tr("&Apply Step %1").arg(number));
    }
    m_stopButton->setEnabled(busy);
    m_progress->setVisible(busy && !awaiting);
    m_progress->setRange(0, busy && !awaiting ? 0 : 1);
    if (!busy && !inputsOk)
        m_progressText->setText(tr("Fix the inputs of the steps marked with a warning, then Run."));
    else if (!busy && !m_run->isSignedIn())
        m_progressText->setText(tr("Go back and sign in first."));
    else if (!busy)
        m_progressText->clear();
    else if (awaiting)
        m_progressText->setText(tr("Review the plan of the highlighted step, then apply it."));
    for (StepPanel *panel : std::as_const(m_panels))
        panel->setEditable(!busy);
    updateStepItems();
    Q_EMIT completeChanged();
    if (wizard())
        wizard()->button(QWizard::BackButton)->setEnabled(!busy);
}

void TrackPage::run()
{
    if (!m_run)
        return;
    m_model->rememberInputs();
    m_banner->clear();
    setHandoffVisible(false);
    m_run->start();
    updateView();
}

void TrackPage::onApprovalRequested(const QString &stepId)
{
    selectStep(stepId);
    if (StepPanel *panel = m_panels.value(stepId); panel && m_run->pendingPlan())
        panel->showPlan(*m_run->pendingPlan());
    updateView();
    m_applyButton->setFocus();
}

void TrackPage::apply()
{
    if (!m_run || m_run->status() != RunSession::Status::AwaitingApproval)
        return;
    const auto plan = m_run->pendingPlan();
    if (!plan || !plan->confirmation) {
        m_run->approve(true);
        return;
    }
    // Irreversible: the person types the name after seeing everything affected.
    const Step *step = m_run->track().step(m_run->currentStepId());
    m_confirmation = new ConfirmationDialog(
        *plan->confirmation, tr("Apply Step %1").arg(step ? step->info().number : QString()), this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->resize(m_confirmation->sizeHint().expandedTo(QSize(560, 420)));
    connect(m_confirmation, &QDialog::finished, this, [this](int result) {
        const bool confirmed = result == QDialog::Accepted && m_confirmation && m_confirmation->matches();
        const QString typed = confirmed ? m_confirmation->typedName() : QString();
        m_confirmation = nullptr;
        if (confirmed && m_run)
            m_run->approve(true, typed);
        else
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Nothing was changed: the step runs only after you type the name. Apply "
                                     "again, or Stop to decline the plan."));
        updateView();
    });
    m_confirmation->open();
    updateView();
}

void TrackPage::onFinished(bool ok, const http::ServiceError &error)
{
    if (ok) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("<b>Every step is done and verified.</b> The run is saved in %1.")
                                  .arg(QDir::toNativeSeparators(m_run->statePath()).toHtmlEscaped()));
    } else if (m_run->status() == RunSession::Status::WaitingForOtherTenant) {
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            error.userMessage().toHtmlEscaped() + QStringLiteral("<br>")
                + tr("You can close CMK Wizard now: the run is saved. When the other side's hand-off file "
                     "arrives, choose this run under \"Continue where you left off\", give the file at the "
                     "hand-off step and Continue."));
        showHandoff();
    } else if (m_run->status() == RunSession::Status::Cancelled) {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Stopped; nothing more is sent. Continue picks up where the run stopped."));
    } else {
        QString text = error.userMessage().toHtmlEscaped();
        const QStringList problems = m_run->preflightProblems();
        if (!problems.isEmpty()) {
            QStringList escaped;
            for (const QString &p : problems)
                escaped << p.toHtmlEscaped();
            text = tr("Before anything changes, these need fixing:") + QStringLiteral("<ul><li>")
                + escaped.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
        }
        if (!error.nextAction().isEmpty() && error.kind != http::ServiceError::Kind::InvalidInput)
            text += QStringLiteral("<br>") + error.nextAction().toHtmlEscaped();
        m_banner->showMessage(MessageBanner::Kind::Error, text);
        m_justificationRow->setVisible(error.code == QLatin1StringView("SeparationJustificationRequired"));
        if (m_justificationRow->isVisible())
            m_justification->setFocus();
        else
            m_runButton->setFocus();
    }
    if (ok)
        showHandoff();
    updateView();
}

void TrackPage::showHandoff()
{
    // The file the run wrote for the other tenant, read back through core's hand-off checks.
    const QString out = m_run->value(tracks::key::HandoffOut);
    std::optional<Handoff> handoff;
    QFile file(out);
    if (!out.isEmpty() && file.open(QIODevice::ReadOnly)) {
        const QByteArray data = file.readAll();
        for (const Handoff::Direction direction : Handoff::directions()) {
            QString problem;
            if ((handoff = Handoff::fromJson(data, direction, &problem)))
                break;
        }
    }
    if (!handoff) {
        setHandoffVisible(false);
        return;
    }
    m_handoffText->setText(
        tr("Send this file to the other tenant's administrator: %1").arg(QDir::toNativeSeparators(out)));
    m_handoffPanel->setHandoff(*handoff);
    setHandoffVisible(true);
}

void TrackPage::setHandoffVisible(bool visible)
{
    m_handoffBox->setVisible(visible);
    m_handoffScroll->setVisible(visible);
}

void TrackPage::exportPlan()
{
    if (!m_run)
        return;
    auto *dialog = new PlanExportDialog(m_run, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool TrackPage::isComplete() const
{
    return m_run && m_run->status() == RunSession::Status::Succeeded;
}

} // namespace cmk
