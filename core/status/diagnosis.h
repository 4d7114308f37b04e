#pragma once

#include "status/environmentstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace cmk::status {

/// The rules that turn an environment's facts into its state, diagnosis and next action (seeds
/// 002-004; docs/status.md lists them). Pure: no I/O, the same facts give the same answer.
class Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(cmk::status::Diagnosis)

public:
    /// A locked production environment is deleted this long after it locked (seed 003).
    static constexpr int LockedProductionLifetimeDays = 28;
    /// A key expiring within this many days puts its environments at risk.
    static constexpr int ExpiryWarningDays = 30;

    /// What else the rules need to know.
    struct Context
    {
        QDateTime now; ///< the time the countdown and expiry are measured from
        QSet<QString> policyLocations; ///< lower-case locations of the tenant's known policies
        bool policyLocationsKnown = true; ///< false while environments are still being listed
    };

    /// Why the key cannot be used, from its health alone (empty when nothing is known to be wrong):
    /// the same codes as EnvironmentStatus::lockReason.
    static QString keyProblem(const EnvironmentStatus &row, const QDateTime &now);
    /// Why the environment cannot use a customer-managed key; empty when it can. With
    /// `policyLocationsKnown` false, NoPolicyInLocation is not decided.
    static QString eligibility(const EnvironmentStatus &row, const Context &context);
    /// Fills lock details, protection, eligibility, `state`, `diagnosis` and `nextAction`.
    static void apply(EnvironmentStatus &row, const Context &context);
    /// The translated words for a lock reason code (what happened to the key).
    static QString reasonText(const EnvironmentStatus &row, const QString &reason);
};

} // namespace cmk::status
