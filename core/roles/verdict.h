#pragma once

#include "roles/requirement.h"
#include "roles/roleprofile.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace cmk::roles {

/// Run values by key, as workflow::Values (kept as the plain map so core/roles does not depend on
/// core/workflow).
using ValueMap = QMap<QString, QString>;

/// The ARM scope a requirement is judged at: the first of `scopeKeys` with a value that is an ARM
/// id ("/subscriptions/…") or a subscription GUID ("/subscriptions/{guid}"); other values (a bare
/// name) are skipped. Nothing when no key has such a value yet.
std::optional<QString> resolveScope(const Requirement &requirement, const ValueMap &values);

/// What a requirement comes to for one identity.
struct Verdict
{
    Q_DECLARE_TR_FUNCTIONS(cmk::roles::Verdict)

public:
    enum class State {
        Met,
        Missing, ///< the data was read and it does not hold it
        Unknown, ///< the data could not be read (`reason`); never treated as met
        Deferred, ///< no scope yet: a value an earlier step produces names it (judged again before apply)
    };

    State state = State::Unknown;
    QString scope; ///< the resolved scope (Azure permissions)
    QString
        what; ///< translated: exactly what is needed ("Reader on the enterprise policy (scope …, action …)")
    QString reason; ///< translated, for Unknown and Deferred
    QString message; ///< translated, for the person: who lacks what, and who can grant it; empty when met

    bool isMet() const { return state == State::Met; }
    /// Missing or Unknown: the runner refuses the step (see docs/roles.md).
    bool blocks() const { return state == State::Missing || state == State::Unknown; }
};

/// Judges `requirement` against `profile`, the scope taken from `values` (resolveScope). A
/// directory role is met when any of the template ids is held. An Azure permission is met when
/// a known assignment at the scope or above allows the action (a resource that does not exist yet
/// is judged by its parents, as Azure inherits downwards); missing when every assignment there is
/// known and none allows it; otherwise unknown.
Verdict evaluate(const Requirement &requirement, const ValueMap &values, const RoleProfile &profile);

/// "the Power Platform Administrator, Dynamics 365 Administrator or Global Administrator directory
/// role" (translated).
QString describeDirectoryRoles(const QStringList &templateIds);

} // namespace cmk::roles
