#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cmk::auth {

/// Where secrets live (the token cache, client secrets). Asynchronous, as keychains are;
/// callbacks run on `context`'s thread, or never if it is gone.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(std::optional<QByteArray> value, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    /// `value` is nothing when the key does not exist (not an error).
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;
    /// For messages: "the system keychain", "memory", "the file ...".
    virtual QString description() const = 0;
};

/// Keeps secrets in memory only: tests, and sessions that must leave nothing behind.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;

private:
    QHash<QString, QByteArray> m_values;
};

/// The operating system's keychain through QtKeychain (Secret Service, KWallet, macOS
/// Keychain, Windows Credential Manager). The product's default.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;

private:
    QString m_service;
};

/// A file readable by its owner only (0600). Only when the user asks for it (no keychain on a
/// server, for example): the secrets are as safe as the account's files, which `warning()` says.
class FileCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit FileCredentialStore(const QString &path, QObject *parent = nullptr);
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;
    /// The warning to show before enabling it.
    static QString warning();

private:
    bool load(QHash<QString, QByteArray> *values, QString *error) const;
    bool save(const QHash<QString, QByteArray> &values, QString *error) const;

    QString m_path;
};

} // namespace cmk::auth
