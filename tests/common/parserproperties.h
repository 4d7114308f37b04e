#pragma once

// Properties every strict parser must have, whatever the input: it never crashes, it reports
// an error exactly when it rejects, and what it accepts formats to text it accepts again as
// the same value. Shared by the randomized robustness test and the libFuzzer targets.

#include "cloud/cloudprofile.h"
#include "types/environmentid.h"
#include "types/guid.h"
#include "types/keyidentifier.h"
#include "types/region.h"
#include "types/resourceid.h"

#include <QString>

namespace cmk::testing {

enum class ParserKind {
    Guid,
    ResourceId,
    KeyIdentifier,
    Region,
    PolicyLocation,
    EnvironmentId,
    CloudProfile
};
inline constexpr ParserKind AllParsers[]
    = {ParserKind::Guid,           ParserKind::ResourceId,    ParserKind::KeyIdentifier, ParserKind::Region,
       ParserKind::PolicyLocation, ParserKind::EnvironmentId, ParserKind::CloudProfile};

namespace detail {
template<typename T, typename Format>
bool check(const std::optional<T> &value, const ParseError &error, Format format, QString *failure)
{
    if (value.has_value() == error.isError()) {
        *failure = QStringLiteral("result and error disagree");
        return false;
    }
    if (!value) {
        if (error.message.isEmpty()) {
            *failure = QStringLiteral("rejected without a message");
            return false;
        }
        return true;
    }
    ParseError again;
    const QString text = format(*value);
    const auto reparsed = T::parse(text, &again);
    if (!reparsed || !(*reparsed == *value)) {
        *failure = QStringLiteral("formatted value %1 does not parse back: %2").arg(text, again.message);
        return false;
    }
    return true;
}
} // namespace detail

/// Returns false and explains in `failure` when a property does not hold for `input`.
inline bool checkParser(ParserKind kind, const QString &input, QString *failure)
{
    ParseError error;
    switch (kind) {
    case ParserKind::Guid:
        return detail::check(
            TenantId::parse(input, &error), error, [](const TenantId &v) { return v.toString(); }, failure);
    case ParserKind::ResourceId:
        return detail::check(
            ResourceId::parse(input, &error), error, [](const ResourceId &v) { return v.toString(); },
            failure);
    case ParserKind::KeyIdentifier:
        return detail::check(
            KeyIdentifier::parse(input, &error), error, [](const KeyIdentifier &v) { return v.toString(); },
            failure);
    case ParserKind::Region:
        return detail::check(
            Region::parse(input, &error), error, [](const Region &v) { return v.name(); }, failure);
    case ParserKind::PolicyLocation:
        return detail::check(
            PolicyLocation::parse(input, &error), error, [](const PolicyLocation &v) { return v.name(); },
            failure);
    case ParserKind::EnvironmentId:
        return detail::check(
            EnvironmentId::parse(input, &error), error, [](const EnvironmentId &v) { return v.toString(); },
            failure);
    case ParserKind::CloudProfile: {
        const auto profile = CloudProfile::fromJson(input.toUtf8(), &error);
        if (profile.has_value() == error.isError() || (!profile && error.message.isEmpty())) {
            *failure = QStringLiteral("cloud profile: result and error disagree");
            return false;
        }
        if (profile) {
            const auto again = CloudProfile::fromJson(profile->toJson(), &error);
            if (!again || !(*again == *profile)) {
                *failure = QStringLiteral("cloud profile does not round-trip: ") + error.message;
                return false;
            }
        }
        return true;
    }
    }
    return true;
}

} // namespace cmk::testing
