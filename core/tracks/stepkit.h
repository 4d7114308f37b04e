#pragma once

// Small helpers the track steps share: reading a value, building a planned call or an input spec,
// and validating an input with a value type's parser.

#include "tracks/keys.h"
#include "types/parseerror.h"
#include "types/resourceid.h"
#include "util/json.h"
#include "workflow/step.h"

#include <QDir>
#include <QFileInfo>

namespace cmk::tracks::kit {

/// A run value, trimmed.
inline QString get(const workflow::Values &values, QLatin1StringView key)
{
    return values.value(key).trimmed();
}

/// A call for a plan; `body` null: none.
inline workflow::PlannedCall plannedCall(http::ServiceKind service, const QByteArray &method, const QUrl &url,
                                         const QString &why, const json::Json &body = json::Json())
{
    workflow::PlannedCall c;
    c.service = service;
    c.method = method;
    c.url = url;
    c.body = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
    c.why = why;
    return c;
}

inline workflow::InputSpec input(QLatin1StringView key, const QString &label, const QString &help,
                                 bool required,
                                 std::function<std::optional<ParseError>(const QString &)> validate)
{
    return {key, label, help, required, std::move(validate)};
}

/// Validation by a value type's `parse(text, &error)`.
template<typename Parsed> std::function<std::optional<ParseError>(const QString &)> parsedAs()
{
    return [](const QString &value) -> std::optional<ParseError> {
        ParseError error;
        if (Parsed::parse(value, &error))
            return std::nullopt;
        return error;
    };
}

/// `/subscriptions/{customer.subscriptionId}/resourceGroups/{customer.resourceGroup}/providers/{ns}/{type}/{name}`
/// with the name from the run value `nameKey`; nothing while one of them is missing.
inline std::optional<ResourceId> customerResource(const workflow::Values &values,
                                                  QStringView providerNamespace, QStringView type,
                                                  QLatin1StringView nameKey)
{
    const auto subscription = SubscriptionId::parse(get(values, key::CustomerSubscriptionId));
    const QString group = get(values, key::CustomerResourceGroup);
    const QString name = get(values, nameKey);
    if (!subscription || group.isEmpty() || name.isEmpty())
        return std::nullopt;
    return ResourceId::forResource(*subscription, group, providerNamespace, type, name);
}

inline QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace cmk::tracks::kit
