#include "roles/verdict.h"

#include "types/guid.h"
#include "types/resourceid.h"

namespace cmk::roles {

std::optional<QString> resolveScope(const Requirement &requirement, const ValueMap &values)
{
    for (const QString &key : requirement.scopeKeys) {
        const QString value = values.value(key).trimmed();
        if (value.isEmpty())
            continue;
        if (value.startsWith(u'/')) {
            if (const auto id = ResourceId::parse(value))
                return id->toString();
            continue;
        }
        if (const auto subscription = SubscriptionId::parse(value))
            return ResourceId::forSubscription(*subscription).toString();
    }
    return std::nullopt;
}

QString describeDirectoryRoles(const QStringList &templateIds)
{
    QStringList names;
    for (const QString &id : templateIds)
        names << directoryRoleName(id);
    if (names.isEmpty())
        return Verdict::tr("a directory role");
    if (names.size() == 1)
        //: %1: a directory role's name, e.g. "Power Platform Administrator"
        return Verdict::tr("the %1 directory role").arg(names.first());
    const QString last = names.takeLast();
    //: %1: role names separated by commas, %2: the last role name
    return Verdict::tr("the %1 or %2 directory role").arg(names.join(QStringLiteral(", ")), last);
}

namespace {

QString missingMessage(const QString &who, const QString &what, const QString &grantedBy)
{
    if (grantedBy.isEmpty())
        return Verdict::tr("%1 does not hold %2.").arg(who, what);
    //: %1: the signed-in person, %2: what they lack, %3: who can grant it
    return Verdict::tr("%1 does not hold %2; it can be granted by %3.").arg(who, what, grantedBy);
}

QString unknownMessage(const QString &who, const QString &what, const QString &reason,
                       const QString &grantedBy)
{
    if (grantedBy.isEmpty())
        return Verdict::tr(
                   "Whether %1 holds %2 could not be checked: %3. Nothing is changed until it can be.")
            .arg(who, what, reason);
    //: %1: the signed-in person, %2: what is needed, %3: why it could not be checked, %4: who can grant it
    return Verdict::tr("Whether %1 holds %2 could not be checked: %3. Nothing is changed until it can be; "
                       "it can be granted by %4.")
        .arg(who, what, reason, grantedBy);
}

} // namespace

Verdict evaluate(const Requirement &requirement, const ValueMap &values, const RoleProfile &profile)
{
    Verdict v;
    const QString who = profile.who();
    if (requirement.kind == Requirement::Kind::DirectoryRole) {
        v.what = describeDirectoryRoles(requirement.directoryRoles);
        if (profile.holdsDirectoryRole(requirement.directoryRoles)) {
            v.state = Verdict::State::Met;
        } else if (profile.directoryRolesKnown) {
            v.state = Verdict::State::Missing;
            v.message = missingMessage(who, v.what, requirement.grantedBy);
        } else {
            v.state = Verdict::State::Unknown;
            v.reason = profile.directoryRolesProblem.isEmpty()
                ? Verdict::tr("the directory roles were not read")
                : profile.directoryRolesProblem;
            v.message = unknownMessage(who, v.what, v.reason, requirement.grantedBy);
        }
        return v;
    }

    const QString description = requirement.description.isEmpty()
        ? (requirement.dataAction ? Verdict::tr("the data action %1") : Verdict::tr("the permission %1"))
              .arg(requirement.action)
        : requirement.description;
    const std::optional<QString> scope = resolveScope(requirement, values);
    if (!scope) {
        v.state = Verdict::State::Deferred;
        v.what = description;
        v.reason = Verdict::tr("none of %1 names a scope yet")
                       .arg(requirement.scopeKeys.join(QStringLiteral(", ")));
        v.message = unknownMessage(who, v.what, v.reason, requirement.grantedBy);
        return v;
    }
    v.scope = *scope;
    //: %1: what is needed ("Reader on the enterprise policy"), %2: the Azure scope, %3: the action
    v.what = Verdict::tr("%1 %2 (%3)").arg(description, v.scope, requirement.action);
    if (profile.allows(requirement.action, v.scope, requirement.dataAction)) {
        v.state = Verdict::State::Met;
    } else if (profile.knowsScope(v.scope)) {
        v.state = Verdict::State::Missing;
        v.message = missingMessage(who, v.what, requirement.grantedBy);
    } else {
        v.state = Verdict::State::Unknown;
        v.reason = profile.unknownReason(v.scope);
        v.message = unknownMessage(who, v.what, v.reason, requirement.grantedBy);
    }
    return v;
}

} // namespace cmk::roles
