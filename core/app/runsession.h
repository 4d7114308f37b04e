#pragma once

#include "http/serviceerror.h"
#include "workflow/planexport.h"
#include "workflow/runner.h"
#include "workflow/runstate.h"
#include "workflow/track.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace cmk {

class Workspace;

namespace roles {
class RoleDetector;
}

/// An unfinished run found in the run directory: what "Continue where you left off" lists.
struct RunSummary
{
    QString path;
    QString runId;
    QString trackId;
    QString trackTitle; ///< translated; empty when this build has no such track
    QDateTime updatedAt;
    int stepsDone = 0;
    int stepsTotal = 0;
    QString stoppedAt; ///< translated: the first unfinished step, "Step 6: Hand-off"
};

/// One run of one track for the wizard, driven the way `cmkctl track run` drives it: the run's
/// values (inputs the person edits, outputs the steps write), a signed-in session per tenant side,
/// the workflow Runner with the role detector, the run file saved by the runner after every step
/// and poll, and the runner's approval turned into an asynchronous question (approvalRequested,
/// answered by approve()). Start() again after a failure, a cancel or a wait for the other tenant
/// continues the same run with the values as they are now (Retry keeps the inputs).
class RunSession : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ready, ///< not started (or stopped): the inputs can be edited
        Running,
        AwaitingApproval, ///< a plan waits for approve()
        Succeeded, ///< every step done and verified
        WaitingForOtherTenant, ///< stopped at a hand-off until the other side's file arrives
        Failed, ///< stopped at an error: lastError()
        Cancelled,
    };
    Q_ENUM(Status)

    RunSession(Workspace *workspace, workflow::Track track, workflow::RunState state, QString statePath,
               QObject *parent = nullptr);
    ~RunSession() override;

    /// A new run of `trackId` with `inputs`; its file goes to `runDirectory` (created when needed).
    static std::unique_ptr<RunSession> create(Workspace *workspace, const QString &trackId,
                                              const workflow::Values &inputs, const QString &runDirectory,
                                              QString *error, QObject *parent = nullptr);
    /// The run saved at `path`. A run whose steps are all done starts over with what it recorded,
    /// so every step checks that its part is still in place.
    static std::unique_ptr<RunSession> resume(Workspace *workspace, const QString &path, QString *error,
                                              QObject *parent = nullptr);
    /// The runs in `directory` with at least one unfinished step, newest first.
    static QList<RunSummary> unfinishedRuns(const QString &directory);

    const workflow::Track &track() const { return m_track; }
    QString statePath() const { return m_path; }
    const workflow::RunState &state() const;
    workflow::StepState stepState(const QString &stepId) const;
    const workflow::StepRecord stepRecord(const QString &stepId) const;
    /// The tenant sides the track's steps work in, in step order.
    QList<workflow::Side> sides() const;

    QString value(const QString &key) const { return state().values.value(key); }
    void setValue(const QString &key, const QString &value);
    workflow::Values values() const { return state().values; }

    /// The inputs the person gives for `stepId`: each key once, at the first unfinished step that
    /// needs it, leaving out what an earlier step produces.
    QList<workflow::InputSpec> inputsOf(const QString &stepId) const;
    /// What is wrong with `value` for `spec` (required and empty, or its own check); empty when fine.
    static QString problemWith(const workflow::InputSpec &spec, const QString &value);
    /// Every input of every unfinished step, checked without a request.
    QList<workflow::InputProblem> validateInputs() const;

    /// The tenant `side` must be signed in to (from the run's values); empty when any.
    QString expectedTenant(workflow::Side side) const;
    void setSideSession(workflow::Side side, const workflow::StepRun::SideSession &session);
    bool hasSideSession(workflow::Side side) const { return m_sessions.contains(int(side)); }
    /// The pipeline signed in on `side` (nullptr before sign-in), for ChoiceSource.
    http::Pipeline *pipeline(workflow::Side side) const { return m_sessions.value(int(side)).pipeline; }
    /// Every side the track needs is signed in.
    bool isSignedIn() const;

    /// What the identity with `profile` lacks for this side's unfinished steps, one readable line
    /// per requirement found missing (unknown or not yet judgeable ones are left to the runner).
    QStringList missingRoles(workflow::Side side, const roles::RoleProfile &profile) const;
    /// The ARM scopes whose roles matter on `side`: its subscription, when known.
    QStringList roleScopes(workflow::Side side) const;

    /// What `stepId` would do with the values as they are now.
    workflow::Plan plan(const QString &stepId) const;
    /// The plan of every unfinished step as a script or template for review.
    QString exportPlan(workflow::PlanExport::Format format) const;

    void setSeparationPolicy(roles::SeparationPolicy policy) { m_separationPolicy = policy; }

    /// Starts (or continues) the run. Inputs are checked first: with a problem nothing starts and
    /// inputsRejected() says which.
    void start();
    /// Stops after the current request; a pending approval is declined. The run can be started again.
    void cancel();
    /// Answers approvalRequested(): `typedConfirmation` is what the person typed for a plan that
    /// asks for one (Plan::confirmation); never saved.
    void approve(bool approved, const QString &typedConfirmation = QString());

    Status status() const { return m_status; }
    bool isBusy() const { return m_status == Status::Running || m_status == Status::AwaitingApproval; }
    QString currentStepId() const { return m_currentStep; }
    /// The plan waiting for approval (valid in AwaitingApproval).
    std::optional<workflow::Plan> pendingPlan() const { return m_pendingPlan; }
    http::ServiceError lastError() const { return m_lastError; }
    QStringList preflightProblems() const { return m_preflightProblems; }
    QString separationMessage() const { return m_separationMessage; }
    /// What the last start of the run found about the separation of duties; none before a start.
    std::optional<roles::SeparationFinding> separationFinding() const { return m_separationFinding; }
    /// The last progress line of each step that reported one.
    QString progressOf(const QString &stepId) const { return m_progress.value(stepId); }

Q_SIGNALS:
    void statusChanged(cmk::RunSession::Status status);
    void valuesChanged();
    void inputsRejected(const QList<cmk::workflow::InputProblem> &problems);
    void stepStarted(const QString &stepId);
    void stepProgress(const QString &stepId, const QString &text);
    void stepFinished(const QString &stepId, cmk::workflow::StepState state);
    void approvalRequested(const QString &stepId, const cmk::workflow::Plan &plan);
    void preflightFailed(const QStringList &problems);
    void separationWarning(const QString &message);
    void separationChecked(const cmk::roles::SeparationFinding &finding);
    void finished(bool ok, const cmk::http::ServiceError &error);

private:
    void setStatus(Status status);
    void onFinished(bool ok, const http::ServiceError &error);

    Workspace *m_workspace;
    workflow::Track m_track;
    workflow::RunState m_state;
    QString m_path;
    QHash<int, workflow::StepRun::SideSession> m_sessions;
    std::unique_ptr<roles::RoleDetector> m_roles;
    std::unique_ptr<workflow::Runner> m_runner;
    roles::SeparationPolicy m_separationPolicy = roles::SeparationPolicy::Warn;
    std::function<void(bool)> m_decide;
    std::optional<workflow::Plan> m_pendingPlan;
    Status m_status = Status::Ready;
    QString m_currentStep;
    http::ServiceError m_lastError;
    QStringList m_preflightProblems;
    QString m_separationMessage;
    std::optional<roles::SeparationFinding> m_separationFinding;
    QHash<QString, QString> m_progress;
};

} // namespace cmk
