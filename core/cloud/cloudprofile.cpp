#include "cloud/cloudprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace cmk {

namespace {

struct KeySpec
{
    const char *key;
    bool required;
};

// The profile format's keys, in the order toJson() writes them.
constexpr KeySpec ProfileKeys[] = {
    {"formatVersion", false},
    {"name", true},
    {"displayName", false},
    {"authorityHost", true},
    {"armEndpoint", true},
    {"armScope", false},
    {"graphEndpoint", true},
    {"graphScope", false},
    {"keyVaultDnsSuffix", true},
    {"keyVaultScope", true},
    {"powerPlatformEndpoint", true},
    {"powerPlatformScope", true},
    {"portalUrl", true},
    {"publicClientId", true},
    {"federatedCredentialAudience", false},
    {"trustedCaCertificates", false},
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

QString defaultScope(const QUrl &endpoint)
{
    QString base = endpoint.toString();
    if (!base.endsWith(u'/'))
        base += u'/';
    return base + QStringLiteral(".default");
}

bool isDnsSuffix(QStringView suffix)
{
    if (suffix.size() < 3 || suffix.front() != u'.')
        return false;
    for (QStringView label : suffix.mid(1).split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                  || c == u'-'))
                return false;
        }
    }
    return true;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(cmk::CloudProfile)

public:
    Reader(const json &doc, ParseError *error)
        : m_doc(doc)
        , m_error(error)
    {
    }

    bool fail(ParseErrorCategory category, const QString &message)
    {
        if (!m_failed)
            setParseError(m_error, category, message);
        m_failed = true;
        return false;
    }
    bool failed() const { return m_failed; }

    std::optional<QString> string(const char *key, bool required)
    {
        const auto it = m_doc.find(key);
        if (it == m_doc.end()) {
            if (required)
                fail(ParseErrorCategory::MissingKey,
                     tr("The cloud profile has no \"%1\"; add it (see docs/cloud-profile.md for every key).")
                         .arg(QLatin1StringView(key)));
            return std::nullopt;
        }
        if (!it->is_string()) {
            fail(ParseErrorCategory::WrongType,
                 tr("\"%1\" in the cloud profile must be a string in double quotes.")
                     .arg(QLatin1StringView(key)));
            return std::nullopt;
        }
        const QString value = qs(it->get<std::string>());
        if (value.trimmed().isEmpty()) {
            fail(ParseErrorCategory::Empty,
                 tr("\"%1\" in the cloud profile is empty; give it a value.").arg(QLatin1StringView(key)));
            return std::nullopt;
        }
        if (value != value.trimmed()) {
            fail(ParseErrorCategory::InvalidCharacter,
                 tr("\"%1\" in the cloud profile has spaces around its value; remove them.")
                     .arg(QLatin1StringView(key)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QUrl> endpoint(const char *key, bool required = true)
    {
        const auto text = string(key, required);
        if (!text)
            return std::nullopt;
        const QString k = QLatin1StringView(key);
        const QUrl url(*text, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
            fail(ParseErrorCategory::InvalidUrl,
                 tr("\"%1\" in the cloud profile is %2, which is not an absolute URL; write it like "
                    "https://management.azure.com/.")
                     .arg(k, quotedInput(*text)));
            return std::nullopt;
        }
        if (url.scheme() != QLatin1StringView("https")
            && !(url.scheme() == QLatin1StringView("http") && isLoopbackHost(url.host()))) {
            fail(ParseErrorCategory::InsecureScheme,
                 tr("\"%1\" in the cloud profile is %2; use https (plain http is accepted only for loopback "
                    "hosts such as 127.0.0.1).")
                     .arg(k, quotedInput(*text)));
            return std::nullopt;
        }
        if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
            fail(ParseErrorCategory::UnexpectedQuery,
                 tr("\"%1\" in the cloud profile is %2; remove the user name, query or fragment: an endpoint "
                    "is "
                    "scheme, host, optional port and path.")
                     .arg(k, quotedInput(*text)));
            return std::nullopt;
        }
        return url;
    }

    std::optional<QString> scope(const char *key, bool required = true)
    {
        const auto text = string(key, required);
        if (!text)
            return std::nullopt;
        if (text->contains(u' ')) {
            fail(ParseErrorCategory::InvalidCharacter,
                 tr("\"%1\" in the cloud profile must be one scope without spaces, like "
                    "https://vault.azure.net/.default.")
                     .arg(QLatin1StringView(key)));
            return std::nullopt;
        }
        return text;
    }

private:
    const json &m_doc;
    ParseError *m_error;
    bool m_failed = false;
};

QString builtInDisplayName(const QString &name)
{
    if (name == QLatin1StringView("AzureCloud"))
        return CloudProfile::tr("Azure (global)");
    if (name == QLatin1StringView("AzureUSGovernment"))
        return CloudProfile::tr("Azure US Government");
    if (name == QLatin1StringView("AzureChinaCloud"))
        return CloudProfile::tr("Azure China (operated by 21Vianet)");
    return name;
}

QList<CloudProfile> loadBuiltIns()
{
    QList<CloudProfile> result;
    QFile file(QStringLiteral(":/cmk/clouds.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cmkcore: the built-in cloud table :/cmk/clouds.json is missing from the build");
    const json doc = json::parse(file.readAll().toStdString());
    for (const json &entry : doc.at("clouds")) {
        ParseError error;
        auto profile = CloudProfile::fromJson(QByteArray::fromStdString(entry.dump()), &error);
        if (!profile)
            qFatal("cmkcore: built-in cloud profile is invalid: %s", qPrintable(error.message));
        profile->displayName = builtInDisplayName(profile->name);
        result.append(*profile);
    }
    return result;
}

} // namespace

bool isLoopbackHost(QStringView host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host.toString());
    return !address.isNull() && address.isLoopback();
}

const QList<CloudProfile> &CloudProfile::builtIns()
{
    static const QList<CloudProfile> profiles = loadBuiltIns();
    return profiles;
}

std::optional<CloudProfile> CloudProfile::builtIn(QStringView name)
{
    for (const CloudProfile &p : builtIns()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<CloudProfile> CloudProfile::fromJson(const QByteArray &bytes, ParseError *error,
                                                   const QString &baseDir)
{
    json doc;
    try {
        doc = json::parse(bytes.toStdString());
    } catch (const json::parse_error &e) {
        setParseError(
            error, ParseErrorCategory::InvalidJson,
            tr("The cloud profile is not valid JSON (at byte %1); check for a missing comma, quote or "
               "brace there.")
                .arg(e.byte));
        return std::nullopt;
    }
    if (!doc.is_object()) {
        setParseError(
            error, ParseErrorCategory::WrongType,
            tr("The cloud profile must be one JSON object { ... } with the keys of docs/cloud-profile.md."));
        return std::nullopt;
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        bool known = false;
        for (const KeySpec &spec : ProfileKeys)
            known = known || it.key() == spec.key;
        if (!known) {
            setParseError(error, ParseErrorCategory::UnknownKey,
                          tr("The cloud profile has the unknown key \"%1\"; check its spelling against "
                             "docs/cloud-profile.md or remove it.")
                              .arg(qs(it.key())));
            return std::nullopt;
        }
    }

    if (const auto v = doc.find("formatVersion"); v != doc.end()) {
        if (!v->is_number_integer() || v->get<int>() != FormatVersion) {
            setParseError(
                error, ParseErrorCategory::InvalidVersion,
                tr("The cloud profile has \"formatVersion\" %1; this version of CMK Wizard reads version "
                   "%2.")
                    .arg(qs(v->dump()), QString::number(FormatVersion)));
            return std::nullopt;
        }
    }

    Reader r(doc, error);
    CloudProfile p;
    p.name = r.string("name", true).value_or(QString());
    p.displayName = r.string("displayName", false).value_or(p.name);
    p.authorityHost = r.endpoint("authorityHost").value_or(QUrl());
    p.armEndpoint = r.endpoint("armEndpoint").value_or(QUrl());
    p.graphEndpoint = r.endpoint("graphEndpoint").value_or(QUrl());
    p.powerPlatformEndpoint = r.endpoint("powerPlatformEndpoint").value_or(QUrl());
    p.portalUrl = r.endpoint("portalUrl").value_or(QUrl());
    if (r.failed())
        return std::nullopt;
    p.armScope = r.scope("armScope", false).value_or(defaultScope(p.armEndpoint));
    p.graphScope = r.scope("graphScope", false).value_or(defaultScope(p.graphEndpoint));
    p.keyVaultScope = r.scope("keyVaultScope").value_or(QString());
    p.powerPlatformScope = r.scope("powerPlatformScope").value_or(QString());
    p.federatedCredentialAudience = r.scope("federatedCredentialAudience", false)
                                        .value_or(QStringLiteral("api://AzureADTokenExchange"));
    if (r.failed())
        return std::nullopt;

    const QString suffix = r.string("keyVaultDnsSuffix", true).value_or(QString());
    if (r.failed())
        return std::nullopt;
    if (!isDnsSuffix(suffix) && !isLoopbackHost(suffix)) {
        setParseError(
            error, ParseErrorCategory::InvalidFormat,
            tr("\"keyVaultDnsSuffix\" in the cloud profile is %1; write it with its leading dot, like "
               ".vault.azure.net (or a loopback host such as 127.0.0.1 for the sandbox).")
                .arg(quotedInput(suffix)));
        return std::nullopt;
    }
    p.keyVaultDnsSuffix = suffix.toLower();

    const QString clientId = r.string("publicClientId", true).value_or(QString());
    if (r.failed())
        return std::nullopt;
    ParseError idError;
    const auto appId = AppId::parse(clientId, &idError);
    if (!appId) {
        setParseError(error, idError.category,
                      tr("\"publicClientId\" in the cloud profile: %1").arg(idError.message));
        return std::nullopt;
    }
    p.publicClientId = *appId;

    if (const auto certs = doc.find("trustedCaCertificates"); certs != doc.end()) {
        if (!certs->is_array()) {
            setParseError(
                error, ParseErrorCategory::WrongType,
                tr("\"trustedCaCertificates\" in the cloud profile must be a list of PEM file paths, "
                   "like [\"/etc/ssl/org-ca.pem\"]."));
            return std::nullopt;
        }
        for (const json &c : *certs) {
            if (!c.is_string() || c.get<std::string>().empty()) {
                setParseError(
                    error, ParseErrorCategory::WrongType,
                    tr("\"trustedCaCertificates\" in the cloud profile must contain only file paths "
                       "in double quotes."));
                return std::nullopt;
            }
            const QString path = QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir)
                                     .absoluteFilePath(qs(c.get<std::string>()));
            const auto loaded = QSslCertificate::fromPath(path, QSsl::Pem);
            if (loaded.isEmpty()) {
                setParseError(error, ParseErrorCategory::FileError,
                              tr("\"trustedCaCertificates\" in the cloud profile names %1, which is not a "
                                 "readable PEM certificate file; fix the path or remove the entry.")
                                  .arg(quotedInput(path)));
                return std::nullopt;
            }
            p.trustedCaCertificates.append(QDir::cleanPath(path));
        }
    }
    return p;
}

std::optional<CloudProfile> CloudProfile::load(const QString &path, ParseError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setParseError(error, ParseErrorCategory::FileError,
                      tr("Cannot read the cloud profile %1: %2.").arg(quotedInput(path), file.errorString()));
        return std::nullopt;
    }
    return fromJson(file.readAll(), error, QFileInfo(path).absolutePath());
}

QByteArray CloudProfile::toJson() const
{
    json doc = json::object();
    doc["formatVersion"] = FormatVersion;
    doc["name"] = ss(name);
    if (!displayName.isEmpty() && displayName != name)
        doc["displayName"] = ss(displayName);
    doc["authorityHost"] = ss(authorityHost.toString());
    doc["armEndpoint"] = ss(armEndpoint.toString());
    doc["armScope"] = ss(armScope);
    doc["graphEndpoint"] = ss(graphEndpoint.toString());
    doc["graphScope"] = ss(graphScope);
    doc["keyVaultDnsSuffix"] = ss(keyVaultDnsSuffix);
    doc["keyVaultScope"] = ss(keyVaultScope);
    doc["powerPlatformEndpoint"] = ss(powerPlatformEndpoint.toString());
    doc["powerPlatformScope"] = ss(powerPlatformScope);
    doc["portalUrl"] = ss(portalUrl.toString());
    doc["publicClientId"] = ss(publicClientId.toString());
    doc["federatedCredentialAudience"] = ss(federatedCredentialAudience);
    if (!trustedCaCertificates.isEmpty()) {
        json certs = json::array();
        for (const QString &c : trustedCaCertificates)
            certs.push_back(ss(c));
        doc["trustedCaCertificates"] = certs;
    }
    return QByteArray::fromStdString(doc.dump(2));
}

QList<QSslCertificate> CloudProfile::caCertificates() const
{
    QList<QSslCertificate> result;
    for (const QString &path : trustedCaCertificates)
        result += QSslCertificate::fromPath(path, QSsl::Pem);
    return result;
}

bool CloudProfile::isKeyVaultHost(QStringView host) const
{
    if (keyVaultDnsSuffix.startsWith(u'.'))
        return host.size() > keyVaultDnsSuffix.size()
            && host.endsWith(keyVaultDnsSuffix, Qt::CaseInsensitive);
    return host.compare(keyVaultDnsSuffix, Qt::CaseInsensitive) == 0;
}

QUrl CloudProfile::join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QString CloudProfile::authority(QStringView tenant) const
{
    return join(authorityHost, u'/' + tenant.toString()).toString();
}

bool CloudProfile::isLoopback() const
{
    for (const QUrl &u : {authorityHost, armEndpoint, graphEndpoint, powerPlatformEndpoint}) {
        if (!isLoopbackHost(u.host()))
            return false;
    }
    return true;
}

bool operator==(const CloudProfile &a, const CloudProfile &b)
{
    return a.name == b.name && a.authorityHost == b.authorityHost && a.armEndpoint == b.armEndpoint
        && a.armScope == b.armScope && a.graphEndpoint == b.graphEndpoint && a.graphScope == b.graphScope
        && a.keyVaultDnsSuffix == b.keyVaultDnsSuffix && a.keyVaultScope == b.keyVaultScope
        && a.powerPlatformEndpoint == b.powerPlatformEndpoint && a.powerPlatformScope == b.powerPlatformScope
        && a.portalUrl == b.portalUrl && a.publicClientId == b.publicClientId
        && a.federatedCredentialAudience == b.federatedCredentialAudience
        && a.trustedCaCertificates == b.trustedCaCertificates;
}

} // namespace cmk
