#pragma once

#include "types/parseerror.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <compare>
#include <optional>

namespace cmk {

/// What a GUID names; it decides the wording of error messages.
enum class GuidKind { Generic, Tenant, Object, Application, Subscription, Environment };

/// Strict parser shared by the typed GUIDs: exactly 8-4-4-4-12 hexadecimal digits,
/// either case, no braces, no surrounding whitespace, not the nil GUID.
class GuidParser
{
    Q_DECLARE_TR_FUNCTIONS(cmk::GuidParser)

public:
    static std::optional<QUuid> parse(QStringView text, GuidKind kind, ParseError *error);
    /// "tenant ID", "object ID", ...: translated, for messages.
    static QString kindName(GuidKind kind);
};

/// A GUID that knows what it names, so a tenant ID cannot be passed where an app ID belongs.
/// Formats as 36 lower-case characters, the way Azure returns them.
template<GuidKind Kind> class TypedGuid
{
public:
    TypedGuid() = default;
    explicit TypedGuid(const QUuid &uuid)
        : m_uuid(uuid)
    {
    }

    static std::optional<TypedGuid> parse(QStringView text, ParseError *error = nullptr)
    {
        if (auto uuid = GuidParser::parse(text, Kind, error))
            return TypedGuid(*uuid);
        return std::nullopt;
    }
    static std::optional<TypedGuid> parse(const QString &text, ParseError *error = nullptr)
    {
        return parse(QStringView(text), error);
    }

    bool isNull() const { return m_uuid.isNull(); }
    QUuid toUuid() const { return m_uuid; }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }

    friend bool operator==(const TypedGuid &a, const TypedGuid &b) { return a.m_uuid == b.m_uuid; }
    friend bool operator!=(const TypedGuid &a, const TypedGuid &b) { return !(a == b); }
    friend bool operator<(const TypedGuid &a, const TypedGuid &b) { return a.m_uuid < b.m_uuid; }
    friend size_t qHash(const TypedGuid &g, size_t seed = 0) { return qHash(g.m_uuid, seed); }

private:
    QUuid m_uuid;
};

using TenantId = TypedGuid<GuidKind::Tenant>;
using ObjectId = TypedGuid<GuidKind::Object>;
using AppId = TypedGuid<GuidKind::Application>;
using SubscriptionId = TypedGuid<GuidKind::Subscription>;

/// Quotes user input for an error message, shortened so a pasted novel stays readable.
QString quotedInput(QStringView text);

} // namespace cmk
