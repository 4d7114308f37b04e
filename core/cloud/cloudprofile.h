#pragma once

#include "types/guid.h"
#include "types/parseerror.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cmk {

/// The endpoints, token scopes and trust settings of one cloud. Everything in the product that
/// names a host takes it from here, so the same code runs against Azure, the sovereign clouds and
/// the sandbox. The JSON format is documented in docs/cloud-profile.md.
struct CloudProfile
{
    Q_DECLARE_TR_FUNCTIONS(cmk::CloudProfile)

public:
    static constexpr int FormatVersion = 1;

    QString name; ///< "AzureCloud", "AzureUSGovernment", "AzureChinaCloud", or custom
    QString displayName; ///< translated for built-ins
    QUrl authorityHost; ///< Entra ID, e.g. https://login.microsoftonline.com
    QUrl armEndpoint; ///< https://management.azure.com/
    QString armScope; ///< https://management.azure.com/.default
    QUrl graphEndpoint; ///< https://graph.microsoft.com/
    QString graphScope; ///< https://graph.microsoft.com/.default
    QString keyVaultDnsSuffix; ///< ".vault.azure.net"; a loopback host for the sandbox
    QString keyVaultScope; ///< https://vault.azure.net/.default
    QUrl powerPlatformEndpoint; ///< Power Platform admin (BAP), https://api.bap.microsoft.com
    QString powerPlatformScope; ///< https://service.powerapps.com//.default
    QUrl portalUrl; ///< https://portal.azure.com
    AppId publicClientId; ///< the public client the wizard signs in as
    QString federatedCredentialAudience; ///< api://AzureADTokenExchange
    QStringList trustedCaCertificates; ///< extra PEM files to trust, absolute paths

    /// AzureCloud, AzureUSGovernment and AzureChinaCloud, in that order.
    static const QList<CloudProfile> &builtIns();
    static std::optional<CloudProfile> builtIn(QStringView name);

    /// Parses and validates a profile document. Relative certificate paths resolve against `baseDir`.
    static std::optional<CloudProfile> fromJson(const QByteArray &json, ParseError *error = nullptr,
                                                const QString &baseDir = QString());
    static std::optional<CloudProfile> load(const QString &path, ParseError *error = nullptr);
    QByteArray toJson() const;

    /// The extra CA certificates, read from `trustedCaCertificates`.
    QList<QSslCertificate> caCertificates() const;
    /// Whether `host` is a Key Vault host of this cloud (e.g. "myvault.vault.azure.net").
    bool isKeyVaultHost(QStringView host) const;
    /// `path` ("/v1.0/applications") under a service's base address, with exactly one slash between
    /// them whether or not `base` ends in one (QUrl::StripTrailingSlash keeps a lone "/").
    static QUrl join(const QUrl &base, const QString &path);
    /// The tenant's authority, `{authorityHost}/{tenant}` without a trailing slash, whether or not
    /// the host was written with one: the base of the token endpoints and of the v2.0 issuer.
    QString authority(QStringView tenant) const;
    /// True when every endpoint is a loopback address (the sandbox).
    bool isLoopback() const;

    friend bool operator==(const CloudProfile &a, const CloudProfile &b);
};

/// True for 127.0.0.0/8, ::1 and "localhost": the only hosts where plain http is accepted.
bool isLoopbackHost(QStringView host);

} // namespace cmk
