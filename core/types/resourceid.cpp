#include "types/resourceid.h"

#include "types/names.h"

namespace cmk {

namespace {

constexpr qsizetype MaxResourceIdLength = 4096;

bool equalsIgnoreCase(QStringView a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isValidNamespace(QStringView ns)
{
    // Microsoft.KeyVault, Microsoft.Features: dot-separated alphanumeric parts, at least two.
    const auto parts = ns.split(u'.');
    if (parts.size() < 2)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty())
            return false;
        for (QChar c : part) {
            if (!isAsciiLetterOrDigit(c))
                return false;
        }
    }
    return true;
}

bool isValidTypeSegment(QStringView type)
{
    if (type.isEmpty() || !type.front().isLetter())
        return false;
    for (QChar c : type) {
        if (!isAsciiLetterOrDigit(c))
            return false;
    }
    return true;
}

} // namespace

std::optional<ResourceId> ResourceId::parse(QStringView text, ParseError *error)
{
    const QString example
        = QStringLiteral("/subscriptions/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/my-rg/providers/"
                         "Microsoft.KeyVault/vaults/my-vault");
    const QString copyHint
        = tr("Copy the ID from the resource's JSON view in the Azure portal, for example %1.").arg(example);
    auto fail = [&](ParseErrorCategory category, const QString &why) -> std::optional<ResourceId> {
        setParseError(error, category,
                      tr("%1 is not a valid Azure resource ID: %2").arg(quotedInput(text), why));
        return std::nullopt;
    };

    if (text.isEmpty()) {
        setParseError(error, ParseErrorCategory::Empty, tr("The resource ID is empty. %1").arg(copyHint));
        return std::nullopt;
    }
    if (text.length() > MaxResourceIdLength)
        return fail(ParseErrorCategory::TooLong,
                    tr("it is %1 characters long; resource IDs are at most %2.")
                        .arg(text.length())
                        .arg(MaxResourceIdLength));
    if (text.front() != u'/')
        return fail(ParseErrorCategory::NotAbsolute,
                    tr("it must start with \"/subscriptions/\" (or \"/providers/\"). %1").arg(copyHint));
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.isSpace())
            return fail(ParseErrorCategory::InvalidCharacter,
                        tr("it contains a space or control character; remove it."));
        if (c == u'?' || c == u'#')
            return fail(ParseErrorCategory::UnexpectedQuery,
                        tr("it contains %1; a resource ID has no query string. Remove everything from %1 on.")
                            .arg(quotedInput(QStringView(&c, 1))));
    }

    const QList<QStringView> seg = text.mid(1).split(u'/');
    for (qsizetype i = 0; i < seg.size(); ++i) {
        if (seg.at(i).isEmpty()) {
            return fail(ParseErrorCategory::EmptySegment,
                        i + 1 == seg.size() ? tr("it ends with \"/\"; remove the trailing slash.")
                                            : tr("it contains \"//\"; remove the extra slash."));
        }
    }

    ResourceId id;
    qsizetype i = 0;
    const qsizetype n = seg.size();
    if (equalsIgnoreCase(seg.at(0), QLatin1StringView("subscriptions"))) {
        if (n < 2)
            return fail(ParseErrorCategory::MissingSegment,
                        tr("it ends after \"subscriptions\"; add the subscription ID."));
        ParseError guidError;
        const auto sub = SubscriptionId::parse(seg.at(1), &guidError);
        if (!sub) {
            setParseError(
                error, ParseErrorCategory::InvalidSubscriptionId,
                tr("%1 is not a valid Azure resource ID: %2").arg(quotedInput(text), guidError.message));
            return std::nullopt;
        }
        id.m_subscription = *sub;
        id.m_level = Level::Subscription;
        i = 2;
        if (i < n && equalsIgnoreCase(seg.at(i), QLatin1StringView("resourceGroups"))) {
            if (i + 1 >= n)
                return fail(ParseErrorCategory::MissingSegment,
                            tr("it ends after \"resourceGroups\"; add the resource group name."));
            ParseError nameError;
            if (!Names::validateResourceGroup(seg.at(i + 1), &nameError)) {
                setParseError(
                    error, ParseErrorCategory::InvalidResourceGroupName,
                    tr("%1 is not a valid Azure resource ID: %2").arg(quotedInput(text), nameError.message));
                return std::nullopt;
            }
            id.m_resourceGroup = seg.at(i + 1).toString();
            id.m_level = Level::ResourceGroup;
            i += 2;
        }
    } else if (equalsIgnoreCase(seg.at(0), QLatin1StringView("providers"))) {
        id.m_level = Level::Tenant;
    } else {
        return fail(ParseErrorCategory::UnexpectedSegment,
                    tr("it starts with %1 where \"subscriptions\" belongs. %2")
                        .arg(quotedInput(seg.at(0)), copyHint));
    }

    while (i < n) {
        if (!equalsIgnoreCase(seg.at(i), QLatin1StringView("providers")))
            return fail(ParseErrorCategory::UnexpectedSegment,
                        tr("found %1 where \"providers\" belongs (segment %2).")
                            .arg(quotedInput(seg.at(i)), QString::number(i + 1)));
        if (i + 1 >= n)
            return fail(
                ParseErrorCategory::MissingSegment,
                tr("it ends after \"providers\"; add the provider namespace, e.g. Microsoft.KeyVault."));
        if (!isValidNamespace(seg.at(i + 1)))
            return fail(ParseErrorCategory::InvalidProviderNamespace,
                        tr("%1 is not a provider namespace; namespaces look like Microsoft.KeyVault.")
                            .arg(quotedInput(seg.at(i + 1))));
        ProviderGroup group {seg.at(i + 1).toString(), {}};
        i += 2;
        while (i < n && !equalsIgnoreCase(seg.at(i), QLatin1StringView("providers"))) {
            if (!isValidTypeSegment(seg.at(i)))
                return fail(ParseErrorCategory::InvalidResourceType,
                            tr("%1 is not a resource type; types are letters and digits, like \"vaults\".")
                                .arg(quotedInput(seg.at(i))));
            if (i + 1 >= n)
                return fail(ParseErrorCategory::MissingSegment,
                            tr("it ends with the resource type %1 but no name; add the name after it.")
                                .arg(quotedInput(seg.at(i))));
            ParseError nameError;
            if (!Names::validateResourceName(seg.at(i + 1), &nameError)) {
                setParseError(
                    error, ParseErrorCategory::InvalidName,
                    tr("%1 is not a valid Azure resource ID: %2").arg(quotedInput(text), nameError.message));
                return std::nullopt;
            }
            group.pairs.append({seg.at(i).toString(), seg.at(i + 1).toString()});
            i += 2;
        }
        id.m_groups.append(std::move(group));
    }

    if (!id.m_groups.isEmpty())
        id.m_level = id.m_groups.constLast().pairs.isEmpty() ? Level::Provider : Level::Resource;
    else if (id.m_level == Level::Tenant)
        return fail(ParseErrorCategory::MissingSegment, tr("it names no resource."));
    id.m_text = text.toString();
    return id;
}

ResourceId ResourceId::forSubscription(const SubscriptionId &subscription)
{
    return parse(QString(QStringLiteral("/subscriptions/") + subscription.toString())).value_or(ResourceId());
}

ResourceId ResourceId::forResourceGroup(const SubscriptionId &subscription, QStringView resourceGroup)
{
    const QString text = QStringLiteral("/subscriptions/") + subscription.toString()
        + QStringLiteral("/resourceGroups/") + resourceGroup;
    return parse(text).value_or(ResourceId());
}

ResourceId ResourceId::forResource(const SubscriptionId &subscription, QStringView resourceGroup,
                                   QStringView providerNamespace, QStringView typePath, QStringView namePath)
{
    const auto types = typePath.split(u'/');
    const auto names = namePath.split(u'/');
    if (types.size() != names.size())
        return {};
    QString text = QStringLiteral("/subscriptions/") + subscription.toString()
        + QStringLiteral("/resourceGroups/") + resourceGroup + QStringLiteral("/providers/")
        + providerNamespace;
    for (qsizetype k = 0; k < types.size(); ++k)
        text += u'/' + types.at(k) + u'/' + names.at(k);
    return parse(text).value_or(ResourceId());
}

QString ResourceId::providerNamespace() const
{
    return m_groups.isEmpty() ? QString() : m_groups.constLast().providerNamespace;
}

QString ResourceId::resourceType() const
{
    if (m_groups.isEmpty())
        return {};
    const ProviderGroup &g = m_groups.constLast();
    QString type = g.providerNamespace;
    for (const TypeName &p : g.pairs)
        type += u'/' + p.type;
    return type;
}

QString ResourceId::name() const
{
    if (!m_groups.isEmpty() && !m_groups.constLast().pairs.isEmpty())
        return m_groups.constLast().pairs.constLast().name;
    if (!m_groups.isEmpty())
        return m_groups.constLast().providerNamespace;
    if (!m_resourceGroup.isEmpty())
        return m_resourceGroup;
    return m_subscription.isNull() ? QString() : m_subscription.toString();
}

QString ResourceId::rebuild() const
{
    QString text;
    if (!m_subscription.isNull())
        text = QStringLiteral("/subscriptions/") + m_subscription.toString();
    if (!m_resourceGroup.isEmpty())
        text += QStringLiteral("/resourceGroups/") + m_resourceGroup;
    for (const ProviderGroup &g : m_groups) {
        text += QStringLiteral("/providers/") + g.providerNamespace;
        for (const TypeName &p : g.pairs)
            text += u'/' + p.type + u'/' + p.name;
    }
    return text;
}

std::optional<ResourceId> ResourceId::parent() const
{
    if (!isValid() || m_level == Level::Subscription || m_level == Level::Tenant)
        return std::nullopt;
    ResourceId p = *this;
    if (m_level == Level::ResourceGroup) {
        p.m_resourceGroup.clear();
    } else {
        ProviderGroup &last = p.m_groups.last();
        if (!last.pairs.isEmpty())
            last.pairs.removeLast();
        if (last.pairs.isEmpty())
            p.m_groups.removeLast();
    }
    const QString text = p.rebuild();
    if (text.isEmpty())
        return std::nullopt;
    return parse(text);
}

std::optional<ResourceId> ResourceId::extendedResource() const
{
    if (m_groups.size() < 2)
        return std::nullopt;
    ResourceId scope = *this;
    scope.m_groups.removeLast();
    return parse(scope.rebuild());
}

ResourceId ResourceId::child(QStringView type, QStringView name) const
{
    if (!isValid() || m_level == Level::Subscription || m_level == Level::ResourceGroup)
        return {};
    const QString text = m_text + u'/' + type + u'/' + name;
    return parse(text).value_or(ResourceId());
}

bool ResourceId::contains(const ResourceId &other) const
{
    if (!isValid() || !other.isValid())
        return false;
    if (other.m_text.length() < m_text.length())
        return false;
    if (QStringView(other.m_text).left(m_text.length()).compare(m_text, Qt::CaseInsensitive) != 0)
        return false;
    return other.m_text.length() == m_text.length() || other.m_text.at(m_text.length()) == u'/';
}

bool operator==(const ResourceId &a, const ResourceId &b)
{
    return a.m_text.compare(b.m_text, Qt::CaseInsensitive) == 0;
}

size_t qHash(const ResourceId &id, size_t seed) noexcept
{
    return qHash(id.m_text.toCaseFolded(), seed);
}

} // namespace cmk
