#include "workflow/runner.h"

#include "http/journal.h"
#include "http/pipeline.h"
#include "roles/roledetector.h"
#include "roles/verdict.h"
#include "types/resourceid.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimer>

namespace cmk::workflow {

namespace {

http::ServiceError runError(const QString &code, const QString &message)
{
    http::ServiceError e;
    e.kind = http::ServiceError::Kind::InvalidInput;
    e.code = code;
    e.message = message;
    return e;
}

QString stepLabel(const Step &step)
{
    const Step::Info info = step.info();
    return Step::tr("Step %1 (%2)").arg(info.number, info.title);
}

/// The scopes a step's requirements name now (deferred ones left out).
QStringList requirementScopes(const Step &step, const Values &values)
{
    QStringList scopes;
    for (const roles::Requirement &r : step.requirements()) {
        if (r.kind != roles::Requirement::Kind::AzurePermission)
            continue;
        if (const auto scope = roles::resolveScope(r, values);
            scope && !scopes.contains(*scope, Qt::CaseInsensitive))
            scopes << *scope;
    }
    return scopes;
}

/// What `profile` holds, for the run's audit trail (`audit.roles.<side>`, docs/run-state.md):
/// "who: directory role; ...; role at scope; ...". Names and scopes only.
QString rolesHeld(const roles::RoleProfile &profile)
{
    QStringList held;
    if (!profile.directoryRolesKnown)
        held << Step::tr("directory roles unknown");
    for (const roles::HeldDirectoryRole &role : profile.directoryRoles)
        held << (role.displayName.isEmpty() ? roles::directoryRoleName(role.templateId) : role.displayName);
    for (const roles::AzureRoleGrant &grant : profile.assignments)
        held << Step::tr("%1 at %2").arg(grant.roleName, grant.scope);
    return QStringLiteral("%1: %2").arg(profile.who(), held.join(QStringLiteral("; ")));
}

} // namespace

void Runner::setRoleDetector(roles::RoleDetector *detector)
{
    QPointer<roles::RoleDetector> guard(detector);
    m_roleCheck = [this, guard](Side side, const QStringList &scopes, bool refresh, QObject *context,
                                std::function<void(const roles::RoleProfile &)> done) {
        const StepRun::SideSession session = m_sessions(side);
        if (!guard) {
            QTimer::singleShot(0, context, [done = std::move(done), who = session.identity] {
                roles::RoleProfile profile;
                profile.tenantId = who.tenantId;
                profile.objectId = who.objectId;
                profile.userPrincipalName = who.userPrincipalName;
                profile.directoryRolesProblem = Step::tr("the role check is no longer available");
                done(profile);
            });
            return;
        }
        guard->detect(session.pipeline, session.identity, scopes, refresh, context, std::move(done));
    };
}

Runner::Runner(Track track, RunState state, QString statePath, Sessions sessions, QObject *parent)
    : QObject(parent)
    , m_track(std::move(track))
    , m_state(std::move(state))
    , m_path(std::move(statePath))
    , m_sessions(std::move(sessions))
{
    qRegisterMetaType<cmk::workflow::Values>();
    qRegisterMetaType<cmk::workflow::Plan>();
    qRegisterMetaType<cmk::workflow::InputProblem>();
}

Runner::~Runner()
{
    if (m_run)
        m_run->disconnect(this);
    tagJournals(QString()); // a runner destroyed mid-run tags nothing more
}

QList<InputProblem> Runner::validateInputs() const
{
    QList<InputProblem> problems;
    QSet<QString> produced; // outputs of earlier steps are not the user's to give
    QSet<QString> reported; // an input several steps need is reported once
    for (const auto &step : m_track.steps) {
        const Step::Info info = step->info();
        if (!m_state.steps.value(info.id).isFinished()) {
            for (const InputSpec &input : step->inputs()) {
                if (produced.contains(input.key) || reported.contains(input.key))
                    continue;
                const QString value = m_state.values.value(input.key).trimmed();
                if (value.isEmpty()) {
                    if (input.required) {
                        problems.append(
                            {info.id, input.key, Step::tr("%1 is missing. %2").arg(input.label, input.help)});
                        reported.insert(input.key);
                    }
                    continue;
                }
                if (input.validate) {
                    if (const auto error = input.validate(value)) {
                        problems.append({info.id, input.key, error->message});
                        reported.insert(input.key);
                    }
                }
            }
        }
        for (const QString &output : info.outputs)
            produced.insert(output);
    }
    return problems;
}

StepRecord &Runner::record()
{
    return m_state.steps[m_step->info().id];
}

bool Runner::persist()
{
    m_state.updatedAt = QDateTime::currentDateTimeUtc();
    if (m_path.isEmpty())
        return true;
    QString error;
    if (m_state.save(m_path, &error))
        return true;
    end(false,
        runError(QStringLiteral("RunStateNotSaved"),
                 Step::tr("The run could not be saved to %1 (%2); it stopped so that nothing is lost.")
                     .arg(m_path, error)));
    return false;
}

void Runner::start()
{
    if (m_running)
        return;
    m_running = true;
    tagJournals(m_state.runId);
    const QList<InputProblem> problems = validateInputs();
    if (!problems.isEmpty()) {
        Q_EMIT inputsRejected(problems);
        end(false, runError(QStringLiteral("InvalidInput"), problems.first().message));
        return;
    }
    m_stopCode.clear();
    if (m_roleCheck) {
        checkRolesBeforeRun();
        return;
    }
    preflightNext(0, {});
}

void Runner::checkRolesBeforeRun()
{
    // Every side whose pending steps declare requirements, and the customer side of a
    // separation-of-duties track, with the scopes they name now.
    QMap<Side, QStringList> scopes;
    bool customerWorks = false;
    for (const auto &step : m_track.steps) {
        const Step::Info info = step->info();
        if (m_state.steps.value(info.id).isFinished())
            continue;
        customerWorks = customerWorks || info.side == Side::Customer;
        if (step->requirements().isEmpty())
            continue;
        QStringList &list = scopes[info.side];
        for (const QString &scope : requirementScopes(*step, m_state.values)) {
            if (!list.contains(scope, Qt::CaseInsensitive))
                list << scope;
        }
    }
    if (m_track.info.separationOfDuties && customerWorks) {
        QStringList &list = scopes[Side::Customer];
        roles::Requirement where;
        where.scopeKeys = m_separationScopeKeys;
        if (const auto scope = roles::resolveScope(where, m_state.values);
            scope && !list.contains(*scope, Qt::CaseInsensitive))
            list << *scope;
    }
    if (scopes.isEmpty()) {
        preflightNext(0, {});
        return;
    }
    // One side after the other; the profiles are judged together.
    auto profiles = std::make_shared<QMap<Side, roles::RoleProfile>>();
    auto sides = std::make_shared<QList<Side>>(scopes.keys());
    auto next = std::make_shared<std::function<void()>>();
    QPointer<Runner> self(this);
    // The function knows itself weakly; only a pending answer keeps it alive.
    *next = [self, profiles, sides, scopes, weak = std::weak_ptr<std::function<void()>>(next)] {
        if (!self || !self->m_running)
            return;
        if (sides->isEmpty()) {
            self->judgeRolesBeforeRun(*profiles);
            return;
        }
        const Side side = sides->takeFirst();
        self->m_roleCheck(side, scopes.value(side), false, self,
                          [profiles, side, next = weak.lock()](const roles::RoleProfile &profile) {
                              profiles->insert(side, profile);
                              if (next)
                                  (*next)();
                          });
    };
    (*next)();
}

void Runner::judgeRolesBeforeRun(const QMap<Side, roles::RoleProfile> &profiles)
{
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it)
        m_state.values.insert(QStringLiteral("audit.roles.") + sideName(it.key()), rolesHeld(it.value()));
    QStringList problems;
    for (const auto &step : m_track.steps) {
        const Step::Info info = step->info();
        if (m_state.steps.value(info.id).isFinished() || !profiles.contains(info.side))
            continue;
        for (const roles::Requirement &requirement : step->requirements()) {
            const roles::Verdict verdict
                = roles::evaluate(requirement, m_state.values, profiles.value(info.side));
            if (verdict.blocks())
                problems << Step::tr("%1: %2").arg(stepLabel(*step), verdict.message);
        }
    }
    if (!problems.isEmpty())
        m_stopCode = QStringLiteral("RoleMissing");

    if (m_track.info.separationOfDuties && profiles.contains(Side::Customer)) {
        const roles::RoleProfile &profile = profiles.value(Side::Customer);
        roles::Requirement where;
        where.scopeKeys = m_separationScopeKeys;
        QString scope = roles::resolveScope(where, m_state.values).value_or(QString());
        if (scope.isEmpty()) {
            // The subscription of the first scope a customer-side requirement names.
            for (const auto &step : m_track.steps) {
                if (step->info().side != Side::Customer || !scope.isEmpty())
                    continue;
                const QStringList named = requirementScopes(*step, m_state.values);
                if (!named.isEmpty()) {
                    if (const auto id = ResourceId::parse(named.first());
                        id && !id->subscriptionId().isNull())
                        scope = ResourceId::forSubscription(id->subscriptionId()).toString();
                }
            }
        }
        roles::SeparationFinding finding;
        if (scope.isEmpty()) {
            finding.state = roles::SeparationFinding::State::Unknown;
            finding.message
                = Step::tr("Separation of duties cannot be checked: none of %1 names the key vault "
                           "or its subscription.")
                      .arg(m_separationScopeKeys.join(QStringLiteral(", ")));
        } else {
            finding = roles::findSeparation(profile, scope);
        }
        Q_EMIT separationChecked(finding);
        if (finding.state == roles::SeparationFinding::State::Unknown) {
            problems << finding.message;
            if (m_stopCode.isEmpty())
                m_stopCode = QStringLiteral("SeparationUnknown");
        } else if (finding.state == roles::SeparationFinding::State::Both) {
            Q_EMIT separationWarning(finding.message);
            roles::SeparationDecision decision;
            decision.side = sideName(Side::Customer);
            decision.tenantId = profile.tenantId;
            decision.objectId = profile.objectId;
            decision.userPrincipalName = profile.userPrincipalName;
            decision.scope = scope;
            decision.powerPlatformRoles = finding.powerPlatformRoles;
            decision.keyVaultRoles = finding.keyVaultRoles;
            decision.policy = m_separationPolicy;
            decision.decidedAt = QDateTime::currentDateTimeUtc();
            const QString justification
                = (m_justification.isEmpty() ? m_state.values.value(QString(JustificationKey))
                                             : m_justification)
                      .trimmed();
            const std::optional<roles::SeparationDecision> earlier = m_state.separation;
            const bool alreadyJustified = earlier
                && earlier->outcome == roles::SeparationDecision::Outcome::Proceeded
                && earlier->objectId.compare(profile.objectId, Qt::CaseInsensitive) == 0
                && earlier->scope.compare(scope, Qt::CaseInsensitive) == 0
                && (justification.isEmpty() || justification == earlier->justification);
            if (m_separationPolicy == roles::SeparationPolicy::Refuse) {
                decision.outcome = roles::SeparationDecision::Outcome::Refused;
                recordSeparation(decision);
                problems << Step::tr(
                                "%1 This track is set to refuse it: have another person do the key vault "
                                "part or the Power Platform part.")
                                .arg(finding.message);
                if (m_stopCode.isEmpty())
                    m_stopCode = QStringLiteral("SeparationOfDutiesRefused");
            } else if (alreadyJustified) {
                // Decided on an earlier start of this run by the same person: nothing new to record.
            } else if (justification.isEmpty()) {
                problems << Step::tr(
                                "%1 To go on anyway, give a justification (value %2); it is recorded with "
                                "the run and in the journal.")
                                .arg(finding.message, JustificationKey);
                if (m_stopCode.isEmpty())
                    m_stopCode = QStringLiteral("SeparationJustificationRequired");
            } else {
                decision.outcome = roles::SeparationDecision::Outcome::Proceeded;
                decision.justification = justification;
                recordSeparation(decision);
            }
        }
    }
    if (!persist())
        return;
    preflightNext(0, problems);
}

void Runner::recordSeparation(const roles::SeparationDecision &decision)
{
    m_state.separation = decision;
    const StepRun::SideSession session = m_sessions(Side::Customer);
    http::Journal *journal = session.pipeline ? session.pipeline->journal() : nullptr;
    if (!journal)
        return;
    http::JournalEntry e;
    e.time = decision.decidedAt;
    e.service = QStringLiteral("cmk");
    e.method = QStringLiteral("NOTE");
    e.operation = QStringLiteral("separation of duties");
    e.tenantId = decision.tenantId;
    e.callerObjectId = decision.objectId;
    if (decision.outcome == roles::SeparationDecision::Outcome::Refused)
        e.errorCode = QStringLiteral("SeparationOfDutiesRefused");
    e.note = decision.summary();
    journal->record(e);
}

void Runner::gateApply(std::function<void()> proceed)
{
    if (!m_roleCheck || m_step->requirements().isEmpty()) {
        proceed();
        return;
    }
    const Step *step = m_step;
    const Side side = step->info().side;
    const QStringList scopes = requirementScopes(*step, m_state.values);
    QPointer<Runner> self(this);
    // Judged on what is cached first; anything unmet is read again before the step is refused (an
    // earlier step may have changed the roles).
    auto judge = [self, step](const roles::RoleProfile &profile) {
        QStringList problems;
        for (const roles::Requirement &requirement : step->requirements()) {
            const roles::Verdict verdict = roles::evaluate(requirement, self->m_state.values, profile);
            if (!verdict.isMet())
                problems << verdict.message;
        }
        return problems;
    };
    m_roleCheck(
        side, scopes, false, this,
        [self, step, side, scopes, judge, proceed](const roles::RoleProfile &cachedProfile) {
            if (!self || self->m_step != step || !self->m_running)
                return;
            if (judge(cachedProfile).isEmpty()) {
                proceed();
                return;
            }
            self->m_roleCheck(
                side, scopes, true, self, [self, step, judge, proceed](const roles::RoleProfile &profile) {
                    if (!self || self->m_step != step || !self->m_running)
                        return;
                    const QStringList problems = judge(profile);
                    if (problems.isEmpty()) {
                        proceed();
                        return;
                    }
                    self->stepFailed(runError(
                        QStringLiteral("RoleMissing"),
                        Step::tr("%1 was not started: %2").arg(stepLabel(*step), problems.join(u' '))));
                });
        });
}

void Runner::preflightNext(int index, QStringList problems)
{
    // Read-only checks of every step not done yet, all of them, so the person fixes everything at once.
    while (index < int(m_track.steps.size())
           && m_state.steps.value(m_track.steps[index]->info().id).isFinished())
        ++index;
    if (index >= int(m_track.steps.size())) {
        if (!problems.isEmpty()) {
            Q_EMIT preflightFailed(problems);
            end(false,
                runError(m_stopCode.isEmpty() ? QStringLiteral("PreflightFailed") : m_stopCode,
                         problems.join(u'\n')));
            return;
        }
        runNext();
        return;
    }
    m_step = m_track.steps[index].get();
    m_phase = Phase::Preflight;
    StepRun *run = newRun(*m_step);
    connect(run, &StepRun::finished, this,
            [this, run, index, problems](bool ok, const Values &, const http::ServiceError &error) mutable {
                run->deleteLater();
                if (!ok)
                    problems << Step::tr("Step %1 (%2): %3 %4")
                                    .arg(m_step->info().number, m_step->info().title, error.userMessage(),
                                         error.kind == http::ServiceError::Kind::InvalidInput
                                             ? QString()
                                             : error.nextAction());
                preflightNext(index + 1, problems);
            });
    m_step->preflight(*run);
}

StepRun *Runner::newRun(const Step &step)
{
    auto *run = new StepRun(&step, m_state.values, m_sessions, this);
    m_run = run;
    return run;
}

void Runner::runNext()
{
    for (const auto &step : m_track.steps) {
        if (!m_state.steps.value(step->info().id).isFinished()) {
            startStep(*step);
            return;
        }
    }
    m_step = nullptr;
    end(true, http::ServiceError());
}

void Runner::startStep(const Step &step)
{
    m_step = &step;
    const Step::Info info = step.info();
    StepRecord &r = record();
    const std::optional<http::OperationState> operation
        = r.state == StepState::Running ? r.operation : std::nullopt;
    r.state = StepState::Running;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.finishedAt = QDateTime();
    r.errorCode.clear();
    r.errorMessage.clear();
    ++r.attempts;
    const auth::SignedInIdentity who = m_sessions(info.side).identity;
    r.by = Actor {sideName(info.side), who.tenantId, who.objectId, who.userPrincipalName};
    if (!persist())
        return;
    Q_EMIT stepStarted(info.id);

    StepRun *run = newRun(step);
    connect(run, &StepRun::checkFinished, this, &Runner::onChecked);
    connect(run, &StepRun::finished, this, &Runner::onFinished);
    connect(run, &StepRun::progressed, this,
            [this, id = info.id](const QString &text) { Q_EMIT stepProgress(id, text); });
    connect(run, &StepRun::operationSaved, this, [this](const http::OperationState &state) {
        record().operation = state;
        persist();
    });
    if (operation) {
        // It was waiting for a long-running operation when the last run stopped.
        m_phase = Phase::Apply;
        run->setSavedOperation(operation);
        step.resume(*run, *operation);
        return;
    }
    m_phase = Phase::Check;
    step.check(*run);
}

void Runner::onChecked(bool done, const Values &outputs)
{
    if (!m_step || !m_running)
        return;
    m_state.values.insert(outputs);
    if (m_phase == Phase::Check) {
        if (done) {
            stepDone(StepState::AlreadyDone);
            return;
        }
        gateApply([this] { continueAfterCheck(); });
        return;
    }
    if (m_phase == Phase::Verify) {
        if (done)
            stepDone(StepState::Applied);
        else
            stepFailed(
                runError(QStringLiteral("VerificationFailed"),
                         Step::tr("Step %1 finished, but reading it back does not show it done yet. Run it "
                                  "again; it continues from what exists.")
                             .arg(m_step->info().number)));
    }
}

void Runner::continueAfterCheck()
{
    const Plan plan = m_step->plan(m_state.values, m_run->profile());
    Q_EMIT planReady(m_step->info().id, plan);
    if (m_approval && !plan.isEmpty()) {
        QPointer<Runner> self(this);
        const Step *step = m_step;
        m_approval(*m_step, plan, [self, step, plan](bool approved) {
            if (!self || self->m_step != step || !self->m_running)
                return;
            if (approved)
                self->confirmThenApply(plan);
            else
                self->stepFailed(runError(QStringLiteral("NotApproved"),
                                          Step::tr("The plan was not approved; nothing was changed.")));
        });
        return;
    }
    confirmThenApply(plan);
}

namespace {

/// What exactly was confirmed: the calls and the affected list. A resumed run continues a
/// confirmation only for the same plan.
QString planDigest(const Plan &plan)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PlannedCall &call : plan.calls) {
        hash.addData(call.method);
        hash.addData(call.url.toEncoded());
        hash.addData(call.body);
    }
    if (plan.confirmation)
        hash.addData(plan.confirmation->affected.join(u'\n').toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString confirmationKey(const Step &step)
{
    return QStringLiteral("confirmed.") + step.info().id;
}

} // namespace

void Runner::confirmThenApply(const Plan &plan)
{
    if (plan.confirmation && !plan.isEmpty()) {
        const Confirmation &c = *plan.confirmation;
        if (c.name.trimmed().isEmpty()) {
            stepFailed(
                runError(QStringLiteral("ConfirmationRequired"),
                         Step::tr("Step %1 cannot be undone, and the run does not say what it affects; "
                                  "nothing was changed. Run the track again from its first step.")
                             .arg(m_step->info().number)));
            return;
        }
        // A run stopped during this step (a quit, a crash) continues what was confirmed for this very
        // plan; a step that ended, or a changed plan, is confirmed again.
        const QString key = confirmationKey(*m_step);
        const QString digest = planDigest(plan);
        const QString saved = m_state.values.value(key);
        const bool confirmedBefore = saved.startsWith(c.name + QStringLiteral(" ("))
            && saved.endsWith(QStringLiteral(" #") + digest);
        if (m_confirmation.trimmed() != c.name && !confirmedBefore) {
            const QString affected = c.affected.isEmpty()
                ? QString()
                : Step::tr(" Affected: %1.").arg(c.affected.join(QStringLiteral("; ")));
            stepFailed(runError(
                QStringLiteral("ConfirmationRequired"),
                m_confirmation.trimmed().isEmpty()
                    ? Step::tr("Step %1 cannot be undone by CMK Wizard. %2%3 To go ahead, type the name "
                               "\"%4\" as the confirmation; nothing was changed.")
                          .arg(m_step->info().number, c.warning, affected, c.name)
                    : Step::tr("The confirmation \"%1\" does not match \"%2\"; nothing was changed. %3%4")
                          .arg(m_confirmation.trimmed(), c.name, c.warning, affected)));
            return;
        }
        if (!confirmedBefore) {
            m_state.values.insert(
                key,
                QStringLiteral("%1 (%2) #%3")
                    .arg(c.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), digest));
            if (!persist()) // who confirmed what is on disk before the first irreversible request
                return;
        }
    }
    applyStep();
}

/// A confirmation holds for one attempt of its step; what was confirmed stays in the run's record.
void Runner::closeConfirmation()
{
    if (!m_step)
        return;
    const QString key = confirmationKey(*m_step);
    if (m_state.values.contains(key))
        m_state.values.insert(QStringLiteral("audit.") + key, m_state.values.take(key));
}

void Runner::applyStep()
{
    m_phase = Phase::Apply;
    // Values may have changed (check outputs): the step sees the current ones.
    StepRun *run = m_run;
    run->disconnect(this);
    run->deleteLater();
    run = newRun(*m_step);
    connect(run, &StepRun::checkFinished, this, &Runner::onChecked);
    connect(run, &StepRun::finished, this, &Runner::onFinished);
    connect(run, &StepRun::progressed, this,
            [this, id = m_step->info().id](const QString &text) { Q_EMIT stepProgress(id, text); });
    connect(run, &StepRun::operationSaved, this, [this](const http::OperationState &state) {
        record().operation = state;
        persist();
    });
    m_step->apply(*run);
}

void Runner::onFinished(bool ok, const Values &outputs, const http::ServiceError &error)
{
    if (!m_step || !m_running)
        return;
    if (!ok) {
        stepFailed(error);
        return;
    }
    m_state.values.insert(outputs);
    if (m_phase == Phase::Apply) {
        record().operation.reset();
        if (!persist())
            return;
        m_phase = Phase::Verify;
        m_run->setValues(m_state.values);
        m_step->verify(*m_run);
        return;
    }
    if (m_phase == Phase::Verify)
        stepDone(StepState::Applied); // a verify that reports success directly
}

void Runner::stepDone(StepState state)
{
    closeConfirmation();
    StepRecord &r = record();
    r.state = state;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.operation.reset();
    if (!persist())
        return;
    const QString id = m_step->info().id;
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    Q_EMIT stepFinished(id, state);
    runNext();
}

void Runner::stepFailed(const http::ServiceError &error)
{
    closeConfirmation();
    StepRecord &r = record();
    r.state = StepState::Failed;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.errorCode = error.code;
    r.errorMessage = error.message;
    const QString id = m_step->info().id;
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    if (!persist())
        return;
    Q_EMIT stepFinished(id, StepState::Failed);
    end(false, error);
}

void Runner::cancel()
{
    if (!m_running)
        return;
    if (m_run) {
        m_run->cancel();
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    // A running step stays "running": the next start checks it again, or resumes its operation.
    persist();
    end(false,
        http::ServiceError::network(http::ServiceKind::Arm, QNetworkReply::OperationCanceledError,
                                    http::ServiceError::tr("cancelled by the user")));
}

void Runner::end(bool ok, const http::ServiceError &error)
{
    if (!m_running)
        return;
    m_running = false;
    tagJournals(QString());
    Q_EMIT finished(ok, error);
}

void Runner::tagJournals(const QString &runId)
{
    if (runId.isEmpty()) {
        // Clearing leaves a journal alone that another run has tagged since.
        for (const QPointer<http::Journal> &journal : std::as_const(m_taggedJournals)) {
            if (journal && journal->runId() == m_state.runId)
                journal->setRunId(QString());
        }
        m_taggedJournals.clear();
        return;
    }
    for (const Side side : {Side::Isv, Side::Customer}) {
        const StepRun::SideSession session = m_sessions(side);
        http::Journal *journal = session.pipeline ? session.pipeline->journal() : nullptr;
        if (journal && !m_taggedJournals.contains(journal)) {
            journal->setRunId(runId);
            m_taggedJournals.append(journal);
        }
    }
}

} // namespace cmk::workflow
