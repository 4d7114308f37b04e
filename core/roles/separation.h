#pragma once

#include "roles/roleprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace cmk::roles {

/// What a track with separation of duties does when one identity holds both duties.
enum class SeparationPolicy {
    Warn, ///< go on only with a written justification, recorded in the run state and the journal
    Refuse, ///< stop: another person must do one of the two parts
};

QString separationPolicyName(SeparationPolicy policy); ///< "warn", "refuse"
std::optional<SeparationPolicy> separationPolicyFromName(QStringView name);

/// Whether one identity holds both duties of seeds 002/003: the Power Platform admin (a directory
/// role) and the key vault admin at the run's vault or subscription.
struct SeparationFinding
{
    Q_DECLARE_TR_FUNCTIONS(cmk::roles::SeparationFinding)

public:
    enum class State {
        Separate, ///< at most one of the two duties
        Both,
        Unknown, ///< the roles could not be read (`reason`)
    };

    State state = State::Unknown;
    QString scope; ///< where the key vault admin duty was judged
    QStringList powerPlatformRoles; ///< the directory roles that make it a Power Platform admin
    QStringList keyVaultRoles; ///< "Owner at /subscriptions/…": what makes it a key vault admin there
    QString reason; ///< translated, for Unknown
    QString message; ///< translated: the warning (Both) or why it cannot be checked (Unknown)
};

/// Judges `profile` at `scope`. A key vault admin duty that cannot be read because the identity may
/// not even read role assignments at `scope` (403) counts as absent: every role that lets one change
/// keys or vault access also lets one read role assignments there (docs/roles.md).
SeparationFinding findSeparation(const RoleProfile &profile, const QString &scope);

/// What was decided when one identity held both duties; saved in the run state (`separation`,
/// docs/run-state.md) and written to the journal.
struct SeparationDecision
{
    static constexpr int FormatVersion = 1;
    enum class Outcome { Proceeded, Refused };

    QString side; ///< "customer"
    QString tenantId;
    QString objectId;
    QString userPrincipalName;
    QString scope;
    QStringList powerPlatformRoles;
    QStringList keyVaultRoles;
    SeparationPolicy policy = SeparationPolicy::Warn;
    Outcome outcome = Outcome::Refused;
    QString justification; ///< the person's words (Warn); never a secret
    QDateTime decidedAt;

    static QString outcomeName(Outcome outcome); ///< "proceeded", "refused"
    static std::optional<Outcome> outcomeFromName(QStringView name);
    /// One line for the journal: who, both duties, policy, outcome, justification.
    QString summary() const;
};

} // namespace cmk::roles
