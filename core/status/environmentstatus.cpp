#include "status/environmentstatus.h"

namespace cmk::status {

namespace {

struct StateName
{
    State state;
    QLatin1StringView code;
};

constexpr StateName StateNames[] = {
    {State::Encrypted, QLatin1StringView("encrypted")},
    {State::Encrypting, QLatin1StringView("encrypting")},
    {State::Unlinking, QLatin1StringView("unlinking")},
    {State::MicrosoftManaged, QLatin1StringView("microsoft-managed")},
    {State::Byok, QLatin1StringView("byok")},
    {State::Locked, QLatin1StringView("locked")},
    {State::AtRisk, QLatin1StringView("at-risk")},
    {State::Unverified, QLatin1StringView("unverified")},
    {State::NotEligible, QLatin1StringView("not-eligible")},
};

struct ProtectionName
{
    Protection protection;
    QLatin1StringView code;
};

constexpr ProtectionName ProtectionNames[] = {
    {Protection::MicrosoftManaged, QLatin1StringView("microsoft-managed")},
    {Protection::CustomerManaged, QLatin1StringView("customer-managed")},
    {Protection::Byok, QLatin1StringView("byok")},
};

} // namespace

bool KeyHealth::isHealthy() const
{
    const auto yes = [](const std::optional<bool> &v) { return v.value_or(false); };
    return yes(vaultExists) && yes(keyExists) && yes(enabled) && !expiresWithin30Days.value_or(true)
        && yes(identityHasAccess()) && yes(trustedServicesAllowed) && yes(softDelete) && yes(purgeProtection);
}

std::optional<bool> KeyHealth::identityHasAccess() const
{
    if ((identityCanGet && !*identityCanGet) || (identityCanWrapKey && !*identityCanWrapKey)
        || (identityCanUnwrapKey && !*identityCanUnwrapKey))
        return false;
    if (identityCanGet && identityCanWrapKey && identityCanUnwrapKey)
        return true;
    return std::nullopt;
}

QString stateCode(State state)
{
    for (const StateName &n : StateNames) {
        if (n.state == state)
            return n.code;
    }
    return {};
}

std::optional<State> stateFromCode(QStringView code)
{
    for (const StateName &n : StateNames) {
        if (code == n.code)
            return n.state;
    }
    return std::nullopt;
}

QString protectionCode(Protection protection)
{
    for (const ProtectionName &n : ProtectionNames) {
        if (n.protection == protection)
            return n.code;
    }
    return {};
}

std::optional<Protection> protectionFromCode(QStringView code)
{
    for (const ProtectionName &n : ProtectionNames) {
        if (code == n.code)
            return n.protection;
    }
    return std::nullopt;
}

QList<State> allStates()
{
    QList<State> states;
    for (const StateName &n : StateNames)
        states << n.state;
    return states;
}

} // namespace cmk::status
