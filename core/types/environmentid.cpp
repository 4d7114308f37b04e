#include "types/environmentid.h"

namespace cmk {

std::optional<EnvironmentId> EnvironmentId::parse(QStringView text, ParseError *error)
{
    if (text.isEmpty()) {
        setParseError(error, ParseErrorCategory::Empty,
                      tr("The environment ID is empty; copy it from the environment's details in the Power "
                         "Platform admin center (a GUID, or Default-<tenant ID>)."));
        return std::nullopt;
    }
    const QLatin1StringView prefix("Default-");
    EnvironmentId id;
    QStringView guidPart = text;
    if (text.startsWith(prefix, Qt::CaseInsensitive)) {
        id.m_default = true;
        guidPart = text.mid(prefix.size());
    }
    ParseError guidError;
    const auto uuid
        = GuidParser::parse(guidPart, id.m_default ? GuidKind::Tenant : GuidKind::Environment, &guidError);
    if (!uuid) {
        const QString message = id.m_default
            ? tr("%1 is not a valid default environment ID: after \"Default-\" comes the tenant ID. %2")
                  .arg(quotedInput(text), guidError.message)
            : guidError.message;
        setParseError(error, guidError.category, message);
        return std::nullopt;
    }
    id.m_uuid = *uuid;
    return id;
}

EnvironmentId EnvironmentId::defaultFor(const TenantId &tenant)
{
    EnvironmentId id;
    id.m_uuid = tenant.toUuid();
    id.m_default = true;
    return id;
}

std::optional<TenantId> EnvironmentId::defaultTenant() const
{
    if (!m_default)
        return std::nullopt;
    return TenantId(m_uuid);
}

QString EnvironmentId::toString() const
{
    if (!isValid())
        return {};
    const QString guid = m_uuid.toString(QUuid::WithoutBraces);
    return m_default ? QStringLiteral("Default-") + guid : guid;
}

} // namespace cmk
