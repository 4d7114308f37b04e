#pragma once

#include "types/parseerror.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace cmk {

struct CloudProfile;

/// A Key Vault key identifier: `https://{vault}.vault.azure.net/keys/{name}[/{version}]`.
///
/// The path must be exactly `/keys/{name}` or `/keys/{name}/{version}` (a trailing slash after the
/// name means "latest" and is accepted). The host is a vault host of a cloud, or a loopback address
/// for the sandbox, where each vault has its own port.
class KeyIdentifier
{
    Q_DECLARE_TR_FUNCTIONS(cmk::KeyIdentifier)

public:
    KeyIdentifier() = default;

    static std::optional<KeyIdentifier> parse(QStringView text, ParseError *error = nullptr);
    static std::optional<KeyIdentifier> parse(const QString &text, ParseError *error = nullptr)
    {
        return parse(QStringView(text), error);
    }
    static std::optional<KeyIdentifier> make(const QUrl &vaultUri, QStringView name, QStringView version = {},
                                             ParseError *error = nullptr);

    bool isValid() const { return !m_name.isEmpty(); }
    /// `https://myvault.vault.azure.net/` (with the port where one was given, and a trailing slash).
    QUrl vaultUri() const;
    /// The vault name from the host's first label; empty for loopback hosts.
    QString vaultName() const;
    QString name() const { return m_name; }
    QString version() const { return m_version; }
    bool isVersioned() const { return !m_version.isEmpty(); }
    KeyIdentifier versionless() const;
    KeyIdentifier withVersion(QStringView version) const;

    QString toString() const;
    QUrl toUrl() const { return QUrl(toString()); }

    /// Whether the vault host belongs to `cloud`; explains the mismatch otherwise.
    bool belongsTo(const CloudProfile &cloud, ParseError *error = nullptr) const;

    friend bool operator==(const KeyIdentifier &a, const KeyIdentifier &b);
    friend bool operator!=(const KeyIdentifier &a, const KeyIdentifier &b) { return !(a == b); }

private:
    QString m_scheme;
    QString m_host; // lower case
    int m_port = -1;
    QString m_name;
    QString m_version; // lower case
};

} // namespace cmk
