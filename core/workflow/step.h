#pragma once

#include "auth/tokenbroker.h"
#include "http/operation.h"
#include "http/serviceerror.h"
#include "roles/requirement.h"
#include "types/parseerror.h"
#include "workflow/persona.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace cmk::services {
class ArmClient;
class GraphClient;
class KeyVaultClient;
class PowerPlatformClient;
} // namespace cmk::services

namespace cmk::workflow {

/// Which tenant a step works in. Two tenants never share a session.
enum class Side { Isv, Customer };

QString sideName(Side side); ///< "isv", "customer": run files, hand-offs
QString sideTitle(Side side); ///< translated

/// What steps read and write: stable ids and URLs by well-known keys ("app.appId",
/// "customer.keyUrl"). Strings only, so a run file and a hand-off read the same.
using Values = QMap<QString, QString>;

/// One input a step needs before it can run, with its check.
struct InputSpec
{
    QString key;
    QString label; ///< translated
    QString help; ///< translated: what to enter and where to find it
    bool required = true;
    /// Nothing when `value` is fine; otherwise the message that says what is wrong and what to do.
    std::function<std::optional<ParseError>(const QString &value)> validate;
};

/// One REST call a step would make, for the plan shown before anything changes and for the
/// az CLI / PowerShell / ARM template export.
struct PlannedCall
{
    http::ServiceKind service = http::ServiceKind::Arm;
    QByteArray method;
    QUrl url;
    QByteArray body; ///< JSON, never a secret
    QString why; ///< translated
};

/// What an irreversible or disruptive step asks before it runs: the person types `name` (a
/// policy or resource name) after seeing everything `affected` (docs/tracks.md, "The guard").
struct Confirmation
{
    QString name; ///< what must be typed, exactly
    QStringList affected; ///< translated: every environment or resource that goes offline or changes
    QString warning; ///< translated: what happens to them
};

/// What a step would do now: nothing (already done), or these calls.
struct Plan
{
    QList<PlannedCall> calls;
    QStringList notes; ///< translated: waits, prerequisites, what the other party must do
    /// Set for steps that revoke, delete, disable or unlink: the runner applies the plan only
    /// after the typed confirmation (Runner::setConfirmation) names `confirmation->name`.
    std::optional<Confirmation> confirmation;
    bool isEmpty() const { return calls.isEmpty(); }
};

/// How a step ended.
enum class Outcome {
    AlreadyDone, ///< the check found it done: no writes
    Applied,
    Failed,
    Cancelled,
};

class Step;

/// A step's view of a run while it works: values, clients for its side, who is signed in, and
/// the way back to the runner. Owned by the runner; one per step execution.
class StepRun : public QObject
{
    Q_OBJECT

public:
    struct SideSession
    {
        http::Pipeline *pipeline = nullptr;
        auth::SignedInIdentity identity;
    };

    StepRun(const Step *step, Values values, std::function<SideSession(Side)> sessions,
            QObject *parent = nullptr);
    ~StepRun() override;

    const Step &step() const { return *m_step; }
    const Values &values() const { return m_values; }
    QString value(const QString &key) const { return m_values.value(key); }
    void setValues(Values values) { m_values = std::move(values); }
    const CloudProfile &profile() const;

    services::ArmClient &arm(Side side);
    services::GraphClient &graph(Side side);
    services::KeyVaultClient &keyVault(Side side);
    services::PowerPlatformClient &powerPlatform(Side side);
    auth::SignedInIdentity identity(Side side) const;

    /// The long-running operation the step waits for, saved with the run after every poll.
    void saveOperation(const http::OperationState &state);
    std::optional<http::OperationState> savedOperation() const { return m_operation; }
    void setSavedOperation(const std::optional<http::OperationState> &state) { m_operation = state; }

    /// Progress for the user (translated), e.g. "Waiting for the customer to approve".
    void progress(const QString &text);

    /// Ends the check: done (with what it found) or not.
    void checked(bool done, const Values &outputs = {});
    /// Ends apply or verify.
    void succeeded(const Values &outputs = {});
    void failed(const http::ServiceError &error);

    bool isCancelled() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progressed(const QString &text);
    void operationSaved(const cmk::http::OperationState &state);
    void checkFinished(bool done, const cmk::workflow::Values &outputs);
    void finished(bool ok, const cmk::workflow::Values &outputs, const cmk::http::ServiceError &error);

private:
    struct Clients;
    const Step *m_step;
    Values m_values;
    std::function<SideSession(Side)> m_sessions;
    std::unique_ptr<Clients> m_clients;
    std::optional<http::OperationState> m_operation;
    bool m_cancelled = false;
};

/// One numbered step of a how-to, as data plus four asynchronous stages. `check` reads the
/// cloud (is it already done?), `plan` says what `apply` would send, `apply` changes the cloud
/// (idempotently, keyed on stable ids), `verify` reads again. Each stage ends by calling the
/// matching StepRun function exactly once.
class Step
{
    Q_DECLARE_TR_FUNCTIONS(cmk::workflow::Step)

public:
    struct Info
    {
        QString id; ///< stable: "app-registration"
        QString number; ///< as in the how-to: "3"
        QString title; ///< translated
        Side side = Side::Isv;
        QString role; ///< translated: who may run it ("Application Administrator")
        QStringList dependsOn; ///< step ids
        QStringList outputs; ///< value keys it produces
        /// Translated: two or three sentences on what the step does and why, for the wizard's
        /// step page and the plan export.
        QString summary;
        /// The Microsoft documentation page the step comes from (shown as a link beside the summary).
        QUrl docsUrl;
    };

    virtual ~Step() = default;
    virtual Info info() const = 0;
    virtual QList<InputSpec> inputs() const { return {}; }
    /// What the identity signed in on the step's side must hold, checked from real role data
    /// before any write (core/roles). Default: nothing beyond what the service itself checks.
    virtual QList<roles::Requirement> requirements() const { return {}; }

    /// Before anything changes: read-only checks of what this step will need (a role, a region,
    /// a registered provider). Default: nothing to check.
    virtual void preflight(StepRun &run) const { run.succeeded(); }
    virtual void check(StepRun &run) const = 0;
    virtual Plan plan(const Values &values, const CloudProfile &profile) const = 0;
    virtual void apply(StepRun &run) const = 0;
    /// Default: the check must now find the step done.
    virtual void verify(StepRun &run) const;
    /// Continues a long-running operation saved by apply after a restart. Default: apply again
    /// (apply is idempotent).
    virtual void resume(StepRun &run, const http::OperationState &operation) const;
};

/// A step of one track placed in another: the same work under another number and after other
/// steps (the key vault and key steps serve the ISV grant and the Power Platform track alike).
class PlacedStep : public Step
{
public:
    PlacedStep(std::shared_ptr<const Step> step, QString number, QStringList dependsOn)
        : m_step(std::move(step))
        , m_number(std::move(number))
        , m_dependsOn(std::move(dependsOn))
    {
    }

    Info info() const override
    {
        Info i = m_step->info();
        i.number = m_number;
        i.dependsOn = m_dependsOn;
        return i;
    }
    QList<InputSpec> inputs() const override { return m_step->inputs(); }
    QList<roles::Requirement> requirements() const override { return m_step->requirements(); }
    void preflight(StepRun &run) const override { m_step->preflight(run); }
    void check(StepRun &run) const override { m_step->check(run); }
    Plan plan(const Values &values, const CloudProfile &profile) const override
    {
        return m_step->plan(values, profile);
    }
    void apply(StepRun &run) const override { m_step->apply(run); }
    void verify(StepRun &run) const override { m_step->verify(run); }
    void resume(StepRun &run, const http::OperationState &operation) const override
    {
        m_step->resume(run, operation);
    }

private:
    std::shared_ptr<const Step> m_step;
    QString m_number;
    QStringList m_dependsOn;
};

} // namespace cmk::workflow

Q_DECLARE_METATYPE(cmk::workflow::Values)
