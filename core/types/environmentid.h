#pragma once

#include "types/guid.h"
#include "types/parseerror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cmk {

/// A Power Platform environment ID: a GUID, or "Default-{tenant ID}" for a tenant's default environment.
class EnvironmentId
{
    Q_DECLARE_TR_FUNCTIONS(cmk::EnvironmentId)

public:
    EnvironmentId() = default;

    static std::optional<EnvironmentId> parse(QStringView text, ParseError *error = nullptr);
    static std::optional<EnvironmentId> parse(const QString &text, ParseError *error = nullptr)
    {
        return parse(QStringView(text), error);
    }
    static EnvironmentId defaultFor(const TenantId &tenant);

    bool isValid() const { return !m_uuid.isNull(); }
    bool isDefault() const { return m_default; }
    /// For a default environment, the tenant it belongs to.
    std::optional<TenantId> defaultTenant() const;
    /// "Default-{tenant}" or the lower-case GUID.
    QString toString() const;

    friend bool operator==(const EnvironmentId &a, const EnvironmentId &b)
    {
        return a.m_uuid == b.m_uuid && a.m_default == b.m_default;
    }
    friend bool operator!=(const EnvironmentId &a, const EnvironmentId &b) { return !(a == b); }
    friend size_t qHash(const EnvironmentId &id, size_t seed = 0)
    {
        return qHash(id.m_uuid, seed) ^ size_t(id.m_default);
    }

private:
    QUuid m_uuid;
    bool m_default = false;
};

} // namespace cmk
