#include "app/runsession.h"

#include "app/workspace.h"
#include "roles/roledetector.h"
#include "roles/verdict.h"
#include "tracks/catalog.h"
#include "tracks/keys.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace cmk {

using namespace workflow;

namespace {

Q_LOGGING_CATEGORY(lcRunSession, "cmk.app.runsession")

tracks::Waits waitsFor(const CloudProfile &profile)
{
    // The offline sandbox runs its clock fast: look often.
    return profile.isLoopback() ? tracks::Waits::Sandbox : tracks::Waits::RealCloud;
}

QString tenantKey(Side side)
{
    return side == Side::Isv ? QString(tracks::key::IsvTenantId) : QString(tracks::key::CustomerTenantId);
}

bool allFinished(const Track &track, const RunState &state)
{
    return std::all_of(track.steps.cbegin(), track.steps.cend(), [&state](const auto &step) {
        return state.steps.value(step->info().id).isFinished();
    });
}

} // namespace

RunSession::RunSession(Workspace *workspace, Track track, RunState state, QString statePath, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_track(std::move(track))
    , m_state(std::move(state))
    , m_path(std::move(statePath))
    , m_roles(std::make_unique<roles::RoleDetector>())
{
}

RunSession::~RunSession()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

std::unique_ptr<RunSession> RunSession::create(Workspace *workspace, const QString &trackId,
                                               const Values &inputs, const QString &runDirectory,
                                               QString *error, QObject *parent)
{
    auto track = tracks::trackById(trackId, waitsFor(workspace->profile()));
    if (!track) {
        *error = tr("There is no track \"%1\" in this version of CMK Wizard.").arg(trackId);
        return nullptr;
    }
    RunState state = RunState::create(track->info.id, workspace->profile().name, inputs);
    QDir().mkpath(runDirectory);
    const QString path
        = QDir(runDirectory).filePath(QStringLiteral("%1-%2.json").arg(track->info.id, state.runId));
    return std::make_unique<RunSession>(workspace, std::move(*track), std::move(state), path, parent);
}

std::unique_ptr<RunSession> RunSession::resume(Workspace *workspace, const QString &path, QString *error,
                                               QObject *parent)
{
    auto state = RunState::load(path, error);
    if (!state)
        return nullptr;
    auto track = tracks::trackById(state->trackId, waitsFor(workspace->profile()));
    if (!track) {
        *error = tr("The run %1 is of the track \"%2\", which this version of CMK Wizard does not have.")
                     .arg(QDir::toNativeSeparators(path), state->trackId);
        return nullptr;
    }
    if (allFinished(*track, *state))
        state = RunState::create(state->trackId, state->cloud, state->values);
    return std::make_unique<RunSession>(workspace, std::move(*track), std::move(*state), path, parent);
}

QList<RunSummary> RunSession::unfinishedRuns(const QString &directory)
{
    QList<RunSummary> runs;
    const QFileInfoList files = QDir(directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &file : files) {
        QString error;
        const auto state = RunState::load(file.absoluteFilePath(), &error);
        if (!state) {
            qCDebug(lcRunSession) << "skipping" << file.fileName() << error;
            continue;
        }
        const auto track = tracks::trackById(state->trackId);
        if (!track || allFinished(*track, *state))
            continue;
        RunSummary summary;
        summary.path = file.absoluteFilePath();
        summary.runId = state->runId;
        summary.trackId = state->trackId;
        summary.trackTitle = track->info.title;
        summary.updatedAt = state->updatedAt.isValid() ? state->updatedAt : file.lastModified();
        summary.stepsTotal = int(track->steps.size());
        for (const auto &step : track->steps) {
            const Step::Info info = step->info();
            if (state->steps.value(info.id).isFinished()) {
                ++summary.stepsDone;
            } else if (summary.stoppedAt.isEmpty()) {
                //: %1 step number, %2 step title
                summary.stoppedAt = tr("Step %1: %2").arg(info.number, info.title);
            }
        }
        runs.append(summary);
    }
    std::sort(runs.begin(), runs.end(),
              [](const RunSummary &a, const RunSummary &b) { return a.updatedAt > b.updatedAt; });
    return runs;
}

const RunState &RunSession::state() const
{
    return m_runner ? m_runner->state() : m_state;
}

StepState RunSession::stepState(const QString &stepId) const
{
    return state().steps.value(stepId).state;
}

const StepRecord RunSession::stepRecord(const QString &stepId) const
{
    return state().steps.value(stepId);
}

QList<Side> RunSession::sides() const
{
    QList<Side> sides;
    for (const auto &step : m_track.steps) {
        if (!sides.contains(step->info().side))
            sides.append(step->info().side);
    }
    return sides;
}

void RunSession::setValue(const QString &key, const QString &value)
{
    if (isBusy() || m_state.values.value(key) == value)
        return;
    if (m_runner)
        m_state = m_runner->state();
    m_state.values.insert(key, value);
    m_runner.reset();
    Q_EMIT valuesChanged();
}

QList<InputSpec> RunSession::inputsOf(const QString &stepId) const
{
    QSet<QString> produced;
    QSet<QString> shown;
    const RunState &s = state();
    for (const auto &step : m_track.steps) {
        const Step::Info info = step->info();
        QList<InputSpec> mine;
        if (!s.steps.value(info.id).isFinished() || info.id == stepId) {
            for (const InputSpec &input : step->inputs()) {
                if (produced.contains(input.key) || shown.contains(input.key))
                    continue;
                shown.insert(input.key);
                mine.append(input);
            }
        }
        if (info.id == stepId)
            return mine;
        for (const QString &output : info.outputs)
            produced.insert(output);
    }
    return {};
}

QString RunSession::problemWith(const InputSpec &spec, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return spec.required ? tr("%1 is required.").arg(spec.label) : QString();
    if (spec.validate) {
        if (const auto error = spec.validate(trimmed))
            return error->message;
    }
    return {};
}

QList<InputProblem> RunSession::validateInputs() const
{
    const Runner validator(m_track, state(), QString(), [](Side) { return StepRun::SideSession(); });
    return validator.validateInputs();
}

QString RunSession::expectedTenant(Side side) const
{
    return value(tenantKey(side));
}

void RunSession::setSideSession(Side side, const StepRun::SideSession &session)
{
    m_sessions.insert(int(side), session);
    if (!session.identity.tenantId.isEmpty())
        setValue(tenantKey(side), session.identity.tenantId);
}

bool RunSession::isSignedIn() const
{
    const QList<Side> needed = sides();
    return std::all_of(needed.cbegin(), needed.cend(), [this](Side side) { return hasSideSession(side); });
}

QStringList RunSession::missingRoles(Side side, const roles::RoleProfile &profile) const
{
    QStringList lines;
    for (const auto &step : m_track.steps) {
        const Step::Info info = step->info();
        if (info.side != side || state().steps.value(info.id).isFinished())
            continue;
        for (const roles::Requirement &requirement : step->requirements()) {
            const roles::Verdict verdict = roles::evaluate(requirement, state().values, profile);
            if (verdict.state == roles::Verdict::State::Missing)
                //: %1 step number, %2 step title, %3 what is missing and who can grant it
                lines << tr("Step %1 (%2): %3").arg(info.number, info.title, verdict.message);
        }
    }
    return lines;
}

QStringList RunSession::roleScopes(Side side) const
{
    const QString subscription = value(side == Side::Isv ? QString(tracks::key::IsvSubscriptionId)
                                                         : QString(tracks::key::CustomerSubscriptionId))
                                     .trimmed();
    if (subscription.isEmpty())
        return {};
    return {QStringLiteral("/subscriptions/") + subscription};
}

Plan RunSession::plan(const QString &stepId) const
{
    const Step *step = m_track.step(stepId);
    return step ? step->plan(state().values, m_workspace->profile()) : Plan();
}

QString RunSession::exportPlan(PlanExport::Format format) const
{
    QList<PlanExport::StepPlan> plans;
    for (const auto &step : m_track.steps) {
        const Step::Info info = step->info();
        if (!state().steps.value(info.id).isFinished())
            plans.append({info, step->plan(state().values, m_workspace->profile())});
    }
    return PlanExport::render(m_track.info.title, plans, format, m_workspace->profile());
}

void RunSession::start()
{
    if (isBusy())
        return;
    if (m_runner)
        m_state = m_runner->state();
    if (allFinished(m_track, m_state))
        m_state = RunState::create(m_state.trackId, m_state.cloud, m_state.values);
    m_state.cloud = m_workspace->profile().name;
    m_lastError = {};
    m_preflightProblems.clear();
    m_separationMessage.clear();
    m_progress.clear();

    const QList<InputProblem> problems = validateInputs();
    if (!problems.isEmpty()) {
        Q_EMIT inputsRejected(problems);
        return;
    }

    // The previous runner may be the sender of the signal that led here: it goes later.
    if (m_runner)
        m_runner.release()->deleteLater();
    auto sessions = [this](Side side) { return m_sessions.value(int(side)); };
    m_runner = std::make_unique<Runner>(m_track, m_state, m_path, sessions);
    m_runner->setRoleDetector(m_roles.get());
    m_runner->setSeparationPolicy(m_separationPolicy);
    m_runner->setApproval([this](const Step &step, const Plan &plan, std::function<void(bool)> decide) {
        m_decide = std::move(decide);
        m_pendingPlan = plan;
        m_currentStep = step.info().id;
        setStatus(Status::AwaitingApproval);
        Q_EMIT approvalRequested(m_currentStep, plan);
    });
    connect(m_runner.get(), &Runner::stepStarted, this, [this](const QString &id) {
        m_currentStep = id;
        Q_EMIT stepStarted(id);
    });
    connect(m_runner.get(), &Runner::stepProgress, this, [this](const QString &id, const QString &text) {
        m_progress.insert(id, text);
        Q_EMIT stepProgress(id, text);
    });
    connect(m_runner.get(), &Runner::stepFinished, this, &RunSession::stepFinished);
    connect(m_runner.get(), &Runner::preflightFailed, this, [this](const QStringList &problems) {
        m_preflightProblems = problems;
        Q_EMIT preflightFailed(problems);
    });
    connect(m_runner.get(), &Runner::separationWarning, this, [this](const QString &message) {
        m_separationMessage = message;
        Q_EMIT separationWarning(message);
    });
    connect(m_runner.get(), &Runner::separationChecked, this,
            [this](const roles::SeparationFinding &finding) {
                m_separationFinding = finding;
                Q_EMIT separationChecked(finding);
            });
    connect(m_runner.get(), &Runner::finished, this, &RunSession::onFinished);
    setStatus(Status::Running);
    m_runner->start();
}

void RunSession::cancel()
{
    if (m_status == Status::AwaitingApproval) {
        approve(false);
        return;
    }
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void RunSession::approve(bool approved, const QString &typedConfirmation)
{
    if (m_status != Status::AwaitingApproval || !m_decide)
        return;
    auto decide = std::move(m_decide);
    m_decide = nullptr;
    m_pendingPlan.reset();
    m_runner->setConfirmation(approved ? typedConfirmation : QString());
    setStatus(Status::Running);
    decide(approved);
}

void RunSession::onFinished(bool ok, const http::ServiceError &error)
{
    m_decide = nullptr;
    m_pendingPlan.reset();
    m_lastError = error;
    m_state = m_runner->state();
    if (ok)
        setStatus(Status::Succeeded);
    else if (error.code.startsWith(QLatin1StringView("WaitingFor")))
        setStatus(Status::WaitingForOtherTenant);
    else if (error.kind == http::ServiceError::Kind::Cancelled
             || error.code == QLatin1StringView("NotApproved"))
        setStatus(Status::Cancelled);
    else
        setStatus(Status::Failed);
    Q_EMIT valuesChanged();
    Q_EMIT finished(ok, error);
}

void RunSession::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace cmk
