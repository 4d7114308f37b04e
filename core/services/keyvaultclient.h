#pragma once

#include "services/serviceclient.h"
#include "types/keyidentifier.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cmk {
struct CloudProfile;
}

namespace cmk::services {

/// A key version's identifier, attributes and tags: what a list returns for each item.
struct KeyProperties
{
    KeyIdentifier id; ///< with its version
    bool enabled = false;
    QDateTime created;
    QDateTime updated;
    QDateTime notBefore; ///< invalid when not set
    QDateTime expires; ///< invalid when not set
    QString recoveryLevel; ///< "Recoverable" once purge protection is on
    QMap<QString, QString> tags;
};

/// A key version with its public part.
struct KeyVaultKey
{
    KeyProperties properties;
    QString keyType; ///< RSA, RSA-HSM
    int keySize = 0; ///< bits, from the modulus
    QStringList keyOperations; ///< e.g. wrapKey, unwrapKey
    RawJson raw;
};

/// A soft-deleted key: recoverable (recoverDeletedKey) until `scheduledPurgeDate`.
struct DeletedKeyInfo
{
    QString name;
    QString recoveryId; ///< `{vaultUri}deletedkeys/{name}`
    QDateTime deletedDate;
    QDateTime scheduledPurgeDate;
};

/// The kind of RSA key to create: software-protected, or in an HSM (premium vaults only).
enum class KeyType { Rsa, RsaHsm };

/// What a new key (or key version) looks like.
struct KeyCreateOptions
{
    KeyType type = KeyType::Rsa;
    int size = 2048; ///< 2048, 3072 or 4096
    QStringList operations {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    bool enabled = true;
    QDateTime notBefore; ///< invalid: none
    QDateTime expires; ///< invalid: none
    QMap<QString, QString> tags;
};

/// A change to a key version; only what is set is sent.
struct KeyUpdate
{
    std::optional<bool> enabled;
    std::optional<QDateTime> notBefore; ///< an invalid QDateTime clears it
    std::optional<QDateTime> expires; ///< an invalid QDateTime clears it
    std::optional<QStringList> operations;
    std::optional<QMap<QString, QString>> tags; ///< replaces every tag
};

/// The Key Vault data plane (keys, api-version 7.5) for the customer's key. A vault is named by
/// its URL (vaultUrl() from a name, or a vault's `vaultUri`), a key by a KeyIdentifier; both
/// must belong to the pipeline's cloud, so no token goes to another host. The pipeline answers
/// each vault's first 401 challenge itself. Keep the client alive until its callbacks have run:
/// ensureKey() calls again from the first answer.
class KeyVaultClient : public ServiceClient
{
    Q_DECLARE_TR_FUNCTIONS(cmk::services::KeyVaultClient)

public:
    explicit KeyVaultClient(http::Pipeline *pipeline);

    /// `https://{vaultName}{keyVaultDnsSuffix}/`; fails for a bad name or a cloud whose vaults
    /// have no DNS names (the sandbox: use the vault's `vaultUri`).
    static std::optional<QUrl> vaultUrl(const CloudProfile &profile, QStringView vaultName,
                                        ParseError *error = nullptr);

    /// The key version `key` names, or the latest when it has no version.
    void getKey(const KeyIdentifier &key, QObject *context, Callback<KeyVaultKey> done);
    /// Like getKey(), for an identifier as pasted by a person; checked before anything is sent.
    void getKey(const QString &keyIdentifier, QObject *context, Callback<KeyVaultKey> done);
    /// Every key in the vault (latest versions), read in pages of `pageSize` (1-25; 0: default).
    void listKeys(const QUrl &vaultUrl, int pageSize, QObject *context, Callback<QList<KeyProperties>> done);
    /// Every version of `key`, read in pages of `pageSize` (1-25; 0: the service's default).
    void listKeyVersions(const KeyIdentifier &key, int pageSize, QObject *context,
                         Callback<QList<KeyProperties>> done);

    /// Creates key `name`, or a new version of it when it exists. Not idempotent: prefer ensureKey().
    void createKey(const QUrl &vaultUrl, const QString &name, const KeyCreateOptions &options,
                   QObject *context, Callback<KeyVaultKey> done);
    /// The latest version of key `name`; created as createKey() does only when there is none.
    void ensureKey(const QUrl &vaultUrl, const QString &name, const KeyCreateOptions &options,
                   QObject *context, Callback<KeyVaultKey> done);
    /// Changes the key version `key` names (the latest when it has none).
    void updateKey(const KeyIdentifier &key, const KeyUpdate &update, QObject *context,
                   Callback<KeyVaultKey> done);
    /// Enables or disables the key version `key` names (the latest when it has none).
    void setKeyEnabled(const KeyIdentifier &key, bool enabled, QObject *context, Callback<KeyVaultKey> done);
    /// Makes a new version of `key` with the same type, size and operations.
    void rotateKey(const KeyIdentifier &key, QObject *context, Callback<KeyVaultKey> done);

    /// Deletes key `key.name()` (every version; the vault keeps it recoverable when soft delete is on).
    void deleteKey(const KeyIdentifier &key, QObject *context, Callback<Done> done);
    /// Recovers the soft-deleted key `name` (POST deletedkeys/{name}/recover) and gives its latest version.
    void recoverDeletedKey(const QUrl &vaultUrl, const QString &name, QObject *context,
                           Callback<KeyVaultKey> done);
    /// Whether key `name` is soft-deleted (GET deletedkeys/{name}): nullopt when it is not (404 KeyNotFound).
    void deletedKey(const QUrl &vaultUrl, const QString &name, QObject *context,
                    Callback<std::optional<DeletedKeyInfo>> done);

private:
    std::optional<QString> keyProblem(const KeyIdentifier &key) const;
    std::optional<QString> vaultProblem(const QUrl &vaultUrl) const;
    std::optional<QString> deletedKeyProblem(const QUrl &vaultUrl, const QString &name) const;
    http::RequestSpec request(const QByteArray &method, const QUrl &vaultUrl, const QString &path,
                              int pageSize = 0) const;
    std::optional<http::RequestSpec> createRequest(const QUrl &vaultUrl, const QString &name,
                                                   const KeyCreateOptions &options, QString *problem) const;
};

} // namespace cmk::services
