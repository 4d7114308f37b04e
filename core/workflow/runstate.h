#pragma once

#include "http/operation.h"
#include "roles/separation.h"
#include "workflow/step.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace cmk::workflow {

/// Where a step of a run stands.
enum class StepState {
    Pending,
    Running, ///< started; after a crash it is checked again (or its saved operation resumed)
    AlreadyDone, ///< found done: nothing was written
    Applied,
    Failed,
};

QString stepStateName(StepState state); ///< "pending", "running", "already-done", "applied", "failed"

/// Who ran a step: recorded for the audit trail and separation of duties.
struct Actor
{
    QString side;
    QString tenantId;
    QString objectId;
    QString userPrincipalName;
};

struct StepRecord
{
    StepState state = StepState::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    Actor by;
    QString errorCode;
    QString errorMessage;
    int attempts = 0;
    std::optional<http::OperationState> operation; ///< the long-running operation it waits for

    bool isFinished() const { return state == StepState::AlreadyDone || state == StepState::Applied; }
};

/// A run of a track, as saved after every step and every poll: the values (inputs and outputs)
/// and each step's record. Versioned JSON, written atomically (QSaveFile), never a secret.
/// Format: docs/run-state.md.
struct RunState
{
    Q_DECLARE_TR_FUNCTIONS(cmk::workflow::RunState)

public:
    static constexpr int FormatVersion = 1;

    QString runId;
    QString trackId;
    QString cloud; ///< the cloud profile's name
    QDateTime createdAt;
    QDateTime updatedAt;
    Values values;
    QMap<QString, StepRecord> steps;
    /// The latest separation-of-duties decision (one identity held both duties), if any.
    std::optional<roles::SeparationDecision> separation;

    static RunState create(const QString &trackId, const QString &cloud, const Values &inputs);
    QByteArray toJson() const;
    static std::optional<RunState> fromJson(const QByteArray &json, QString *error);

    /// Writes atomically: a crash leaves the old file or the new one, never half of one.
    bool save(const QString &path, QString *error) const;
    static std::optional<RunState> load(const QString &path, QString *error);
};

} // namespace cmk::workflow
