#include "types/keyidentifier.h"

#include "cloud/cloudprofile.h"
#include "types/guid.h"
#include "types/names.h"

namespace cmk {

std::optional<KeyIdentifier> KeyIdentifier::parse(QStringView text, ParseError *error)
{
    const QString shape
        = tr("a key identifier looks like https://my-vault.vault.azure.net/keys/my-key/<32-digit "
             "version>; copy \"Key Identifier\" from the key version's page in the portal");
    auto fail = [&](ParseErrorCategory category, const QString &why) -> std::optional<KeyIdentifier> {
        setParseError(error, category,
                      tr("%1 is not a valid key identifier: %2").arg(quotedInput(text), why));
        return std::nullopt;
    };
    if (text.isEmpty()) {
        setParseError(error, ParseErrorCategory::Empty, tr("The key identifier is empty; %1.").arg(shape));
        return std::nullopt;
    }
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(ParseErrorCategory::InvalidCharacter,
                        tr("it contains a space or control character."));
    }
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return fail(ParseErrorCategory::InvalidUrl, tr("it is not an absolute URL; %1.").arg(shape));
    const QString host = url.host().toLower();
    const bool loopback = isLoopbackHost(host);
    if (url.scheme() != QLatin1StringView("https")) {
        if (!(url.scheme() == QLatin1StringView("http") && loopback))
            return fail(ParseErrorCategory::InsecureScheme,
                        tr("Key Vault is reached over https only; the identifier must start with https://."));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(ParseErrorCategory::UnexpectedQuery,
                    tr("remove the user name, query string or fragment; %1.").arg(shape));

    const QString path = url.path(QUrl::FullyDecoded);
    QList<QStringView> seg = QStringView(path).split(u'/');
    // "/keys/name/" (latest) parses like "/keys/name".
    if (seg.size() == 4 && seg.at(3).isEmpty())
        seg.removeLast();
    if (seg.size() < 2 || !seg.at(0).isEmpty() || seg.at(1).isEmpty())
        return fail(ParseErrorCategory::MissingSegment,
                    tr("the path after the vault is missing; %1.").arg(shape));
    if (seg.at(1) != QLatin1StringView("keys")) {
        if (seg.at(1) == QLatin1StringView("secrets") || seg.at(1) == QLatin1StringView("certificates"))
            return fail(ParseErrorCategory::WrongCollection,
                        tr("it names a %1 entry, not a key; open the vault's Keys page and copy the key's "
                           "identifier.")
                            .arg(seg.at(1).chopped(1).toString()));
        return fail(ParseErrorCategory::UnexpectedSegment,
                    tr("the path must start with /keys/, not /%1/; %2.").arg(seg.at(1).toString(), shape));
    }
    if (seg.size() < 3 || seg.at(2).isEmpty())
        return fail(ParseErrorCategory::MissingSegment, tr("the key name after /keys/ is missing."));
    if (seg.size() > 4)
        return fail(
            ParseErrorCategory::UnexpectedSegment,
            tr("there is more after the version; the path is /keys/{name}/{version} and nothing else."));
    ParseError partError;
    if (!Names::validateKeyName(seg.at(2), &partError))
        return fail(partError.category == ParseErrorCategory::InvalidCharacter
                        ? ParseErrorCategory::InvalidName
                        : partError.category,
                    partError.message);
    if (seg.size() == 4 && !Names::validateKeyVersion(seg.at(3), &partError))
        return fail(ParseErrorCategory::InvalidVersion, partError.message);

    if (!loopback) {
        const QString vaultLabel = host.section(u'.', 0, 0);
        if (host.count(u'.') < 2 || !Names::validateVaultName(vaultLabel, &partError))
            return fail(ParseErrorCategory::InvalidName,
                        host.count(u'.') < 2 ? tr("the host %1 is not a Key Vault host such as "
                                                  "my-vault.vault.azure.net.")
                                                   .arg(quotedInput(host))
                                             : partError.message);
    }

    KeyIdentifier id;
    id.m_scheme = url.scheme();
    id.m_host = host;
    id.m_port = url.port();
    id.m_name = seg.at(2).toString();
    if (seg.size() == 4)
        id.m_version = seg.at(3).toString().toLower();
    return id;
}

std::optional<KeyIdentifier> KeyIdentifier::make(const QUrl &vaultUri, QStringView name, QStringView version,
                                                 ParseError *error)
{
    QString base = vaultUri.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString text = base + QStringLiteral("/keys/") + name;
    if (!version.isEmpty())
        text += u'/' + version;
    return parse(text, error);
}

QUrl KeyIdentifier::vaultUri() const
{
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString KeyIdentifier::vaultName() const
{
    return isLoopbackHost(m_host) ? QString() : m_host.section(u'.', 0, 0);
}

KeyIdentifier KeyIdentifier::versionless() const
{
    KeyIdentifier id = *this;
    id.m_version.clear();
    return id;
}

KeyIdentifier KeyIdentifier::withVersion(QStringView version) const
{
    if (!Names::validateKeyVersion(version))
        return {};
    KeyIdentifier id = *this;
    id.m_version = version.toString().toLower();
    return id;
}

QString KeyIdentifier::toString() const
{
    if (!isValid())
        return {};
    QString text = vaultUri().toString() + QStringLiteral("keys/") + m_name;
    if (!m_version.isEmpty())
        text += u'/' + m_version;
    return text;
}

bool KeyIdentifier::belongsTo(const CloudProfile &cloud, ParseError *error) const
{
    if (cloud.isKeyVaultHost(m_host))
        return true;
    return setParseError(
        error, ParseErrorCategory::WrongCloud,
        tr("The key %1 is in a vault of another cloud: vault hosts in %2 end with %3. Use a key "
           "from a vault in %2, or switch the cloud.")
            .arg(quotedInput(toString()), cloud.displayName, cloud.keyVaultDnsSuffix));
}

bool operator==(const KeyIdentifier &a, const KeyIdentifier &b)
{
    // Key names are case-insensitive in Key Vault; hosts were lower-cased when parsed.
    return a.m_scheme == b.m_scheme && a.m_host == b.m_host && a.m_port == b.m_port
        && a.m_name.compare(b.m_name, Qt::CaseInsensitive) == 0 && a.m_version == b.m_version;
}

} // namespace cmk
