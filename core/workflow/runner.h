#pragma once

#include "roles/roleprofile.h"
#include "roles/separation.h"
#include "workflow/runstate.h"
#include "workflow/track.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace cmk::http {
class Journal;
}

namespace cmk::roles {
class RoleDetector;
}

namespace cmk::workflow {

/// An input that cannot be used, found before anything is sent.
struct InputProblem
{
    QString stepId;
    QString key;
    QString message; ///< translated: what is wrong and what to do
};

/// Runs a track: inputs checked, then every step's read-only preflight (problems reported
/// together), then step by step: check (already done? then no writes), plan (shown, approved),
/// apply, verify. The run state is saved atomically after every step and every poll of a
/// long-running operation; a new Runner on the same file resumes where the last one stopped,
/// checking a step that was running again (apply is idempotent) or resuming its operation.
///
/// With a role check set (setRoleCheck(), setRoleDetector()), every pending step's
/// Step::requirements() are judged from the signed-in identities' real roles before anything is
/// written, and again right before each apply; a missing or unknown requirement stops the run
/// (code `RoleMissing`) naming what is missing and who can grant it. Tracks with
/// TrackInfo::separationOfDuties also check that the customer-side identity is not both a Power
/// Platform admin and a key vault admin (docs/roles.md). Without a role check the runner does
/// neither.
class Runner : public QObject
{
    Q_OBJECT

public:
    using Sessions = std::function<StepRun::SideSession(Side)>;
    /// Asked before a step applies a non-empty plan; call `decide` (now or later) with the answer.
    using Approval
        = std::function<void(const Step &step, const Plan &plan, std::function<void(bool)> decide)>;

    /// `statePath` empty: the state is kept in memory only.
    Runner(Track track, RunState state, QString statePath, Sessions sessions, QObject *parent = nullptr);
    ~Runner() override;

    void setApproval(Approval approval) { m_approval = std::move(approval); }
    /// What the person typed to confirm irreversible steps (Plan::confirmation); never saved.
    /// A step whose plan names another name, or any when this is empty, is refused unchanged.
    void setConfirmation(const QString &typed) { m_confirmation = typed; }

    /// Gives the role profile of the identity signed in on `side`, covering `scopes` (ARM ids);
    /// `refresh`: read again instead of using what is cached. Calls `done` later, on `context`.
    using RoleCheck = std::function<void(Side side, const QStringList &scopes, bool refresh, QObject *context,
                                         std::function<void(const roles::RoleProfile &)> done)>;
    /// Turns the role checks on (an empty function turns them off).
    void setRoleCheck(RoleCheck check) { m_roleCheck = std::move(check); }
    /// Role checks through `detector`, with each side's session (pipeline and identity).
    void setRoleDetector(roles::RoleDetector *detector);
    /// What a separation-of-duties track does when one identity holds both duties. Default: Warn.
    void setSeparationPolicy(roles::SeparationPolicy policy) { m_separationPolicy = policy; }
    /// The justification for going on under Warn; overrides the value `JustificationKey`.
    void setSeparationJustification(const QString &text) { m_justification = text; }
    /// The value keys (first with a value wins) naming where the key vault admin duty is judged.
    /// Default: "vault.id", "customer.subscriptionId"; when none has a value, the subscription of
    /// the customer side's first requirement scope.
    void setSeparationScopeKeys(QStringList keys) { m_separationScopeKeys = std::move(keys); }
    /// The run value that may hold the separation-of-duties justification.
    static constexpr QLatin1StringView JustificationKey {"separation.justification"};

    /// Every input of every step that has not run yet, checked without a request.
    QList<InputProblem> validateInputs() const;

    void start();
    /// Stops after the current request; the step is checked again on the next start.
    void cancel();

    const RunState &state() const { return m_state; }
    const Track &track() const { return m_track; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void inputsRejected(const QList<cmk::workflow::InputProblem> &problems);
    /// Read-only checks found problems (unmet role requirements included); nothing was written.
    void preflightFailed(const QStringList &problems);
    /// One identity holds both duties of a separation-of-duties track (emitted whether the run then
    /// stops or goes on with a justification).
    void separationWarning(const QString &message);
    /// The separation of duties was judged as the run started (tracks that have it): fine, one
    /// identity holding both duties (separationWarning follows), or not checkable.
    void separationChecked(const cmk::roles::SeparationFinding &finding);
    void stepStarted(const QString &stepId);
    void stepProgress(const QString &stepId, const QString &text);
    void planReady(const QString &stepId, const cmk::workflow::Plan &plan);
    void stepFinished(const QString &stepId, cmk::workflow::StepState state);
    /// The run ended: every step done, or stopped at a failure (`error` says why).
    void finished(bool ok, const cmk::http::ServiceError &error);

private:
    enum class Phase { Preflight, Check, Apply, Verify };

    void checkRolesBeforeRun();
    void judgeRolesBeforeRun(const QMap<Side, roles::RoleProfile> &profiles);
    /// Before an apply: the step's requirements against fresh data; `proceed` when all are met.
    void gateApply(std::function<void()> proceed);
    void recordSeparation(const roles::SeparationDecision &decision);
    void continueAfterCheck();
    void preflightNext(int index, QStringList problems);
    void runNext();
    void startStep(const Step &step);
    void onChecked(bool done, const Values &outputs);
    void onFinished(bool ok, const Values &outputs, const http::ServiceError &error);
    void confirmThenApply(const Plan &plan);
    void closeConfirmation();
    void applyStep();
    void stepDone(StepState state);
    void stepFailed(const http::ServiceError &error);
    void end(bool ok, const http::ServiceError &error);
    bool persist();
    /// Tags the journals of both sides' pipelines with `runId` (empty: untags them).
    void tagJournals(const QString &runId);
    StepRun *newRun(const Step &step);
    StepRecord &record();

    Track m_track;
    RunState m_state;
    QString m_path;
    Sessions m_sessions;
    Approval m_approval;
    QString m_confirmation;
    RoleCheck m_roleCheck;
    roles::SeparationPolicy m_separationPolicy = roles::SeparationPolicy::Warn;
    QString m_justification;
    QStringList m_separationScopeKeys {QStringLiteral("vault.id"), QStringLiteral("policy.id"),
                                       QStringLiteral("customer.subscriptionId")};
    QString m_stopCode; ///< the error code of a stop before any step ran (RoleMissing, ...)
    const Step *m_step = nullptr;
    QPointer<StepRun> m_run;
    QList<QPointer<http::Journal>> m_taggedJournals; ///< tagged with the run's id while it works
    Phase m_phase = Phase::Check;
    bool m_running = false;
};

} // namespace cmk::workflow

Q_DECLARE_METATYPE(cmk::workflow::InputProblem)
Q_DECLARE_METATYPE(cmk::workflow::Plan)
