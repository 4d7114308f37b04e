#include "roles/separation.h"

#include "roles/requirement.h"

namespace cmk::roles {

QString separationPolicyName(SeparationPolicy policy)
{
    return policy == SeparationPolicy::Refuse ? QStringLiteral("refuse") : QStringLiteral("warn");
}

std::optional<SeparationPolicy> separationPolicyFromName(QStringView name)
{
    if (name.compare(u"warn", Qt::CaseInsensitive) == 0)
        return SeparationPolicy::Warn;
    if (name.compare(u"refuse", Qt::CaseInsensitive) == 0)
        return SeparationPolicy::Refuse;
    return std::nullopt;
}

SeparationFinding findSeparation(const RoleProfile &profile, const QString &scope)
{
    enum class Holds { Yes, No, Unknown };
    SeparationFinding f;
    f.scope = scope;
    const QStringList powerPlatformRoles {DirectoryRoles::GlobalAdministrator,
                                          DirectoryRoles::PowerPlatformAdministrator,
                                          DirectoryRoles::Dynamics365Administrator};
    for (const HeldDirectoryRole &role : profile.directoryRoles) {
        if (powerPlatformRoles.contains(role.templateId, Qt::CaseInsensitive))
            f.powerPlatformRoles << directoryRoleName(role.templateId);
    }
    const Holds powerPlatform = !profile.directoryRolesKnown ? Holds::Unknown
        : f.powerPlatformRoles.isEmpty()                     ? Holds::No
                                                             : Holds::Yes;
    f.keyVaultRoles = profile.keyVaultAdminRoles(scope);
    const Holds keyVault = !f.keyVaultRoles.isEmpty()                 ? Holds::Yes
        : profile.knowsScope(scope) || profile.deniedReadingAt(scope) ? Holds::No
                                                                      : Holds::Unknown;
    if (powerPlatform == Holds::No || keyVault == Holds::No) {
        f.state = SeparationFinding::State::Separate;
        return f;
    }
    if (powerPlatform == Holds::Yes && keyVault == Holds::Yes) {
        f.state = SeparationFinding::State::Both;
    } else {
        f.state = SeparationFinding::State::Unknown;
        f.reason
            = powerPlatform == Holds::Unknown ? profile.directoryRolesProblem : profile.unknownReason(scope);
    }
    if (f.state == SeparationFinding::State::Both) {
        //: %1: the person, %2: their Power Platform admin roles, %3: their key vault roles, %4: the scope
        f.message = SeparationFinding::tr(
                        "%1 is both a Power Platform admin (%2) and a key vault admin at %4 (%3). Microsoft "
                        "advises that different people hold these duties: whoever controls the key can make "
                        "every environment that uses it inaccessible.")
                        .arg(profile.who(), f.powerPlatformRoles.join(QStringLiteral(", ")),
                             f.keyVaultRoles.join(QStringLiteral("; ")), scope);
    } else {
        f.message = SeparationFinding::tr("Whether %1 holds both the Power Platform admin and the key vault "
                                          "admin duties at %2 could not be checked: %3.")
                        .arg(profile.who(), scope, f.reason);
    }
    return f;
}

QString SeparationDecision::outcomeName(Outcome outcome)
{
    return outcome == Outcome::Proceeded ? QStringLiteral("proceeded") : QStringLiteral("refused");
}

std::optional<SeparationDecision::Outcome> SeparationDecision::outcomeFromName(QStringView name)
{
    if (name == u"proceeded")
        return Outcome::Proceeded;
    if (name == u"refused")
        return Outcome::Refused;
    return std::nullopt;
}

QString SeparationDecision::summary() const
{
    QString line
        = QStringLiteral("separation of duties: %1 (%2) holds Power Platform admin [%3] and key vault "
                         "admin [%4] at %5; policy %6; %7")
              .arg(userPrincipalName, objectId, powerPlatformRoles.join(QStringLiteral(", ")),
                   keyVaultRoles.join(QStringLiteral("; ")), scope, separationPolicyName(policy),
                   outcomeName(outcome));
    if (!justification.isEmpty())
        line += QStringLiteral("; justification: ") + justification;
    return line;
}

} // namespace cmk::roles
