#pragma once

#include "world.h"

#include <QStringList>

namespace cmk::sandbox {

/// Seed data. `empty`: nothing. `demo`: an ISV and a customer tenant with the people of
/// DESIGN.md, a subscription each, a VNet with a delegated and a normal subnet, and Power
/// Platform environments of every kind the tracks must tell apart, one of them locked.
/// `scale`: 10,000 environments, 50 enterprise policies and 20 vaults, for benchmarks.
class Scenario
{
public:
    static QStringList names();
    static bool seed(const QString &name, World &world, QString *error);

    // Well-known ids of the demo scenario (placeholders, as in the contract's examples).
    static constexpr const char *IsvTenant = "11111111-1111-1111-1111-111111111111";
    static constexpr const char *CustomerTenant = "22222222-2222-2222-2222-222222222222";
    static constexpr const char *IsvSubscription = "aaaaaaaa-0000-0000-0000-000000000001";
    static constexpr const char *CustomerSubscription = "bbbbbbbb-0000-0000-0000-000000000002";
};

} // namespace cmk::sandbox
