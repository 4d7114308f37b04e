#include "auth/credentialstore.h"

#include <QFile>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <nlohmann/json.hpp>

namespace cmk::auth {

namespace {

/// Runs `f` later on `context`'s thread, so callers see the same asynchronous order with every store.
void later(QObject *context, std::function<void()> f)
{
    QTimer::singleShot(0, context, std::move(f));
}

} // namespace

void MemoryCredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_values.constFind(key);
    const std::optional<QByteArray> value
        = it == m_values.constEnd() ? std::nullopt : std::optional<QByteArray>(*it);
    later(context, [done, value] { done(value, QString()); });
}

void MemoryCredentialStore::write(const QString &key, const QByteArray &value, QObject *context,
                                  WriteCallback done)
{
    m_values.insert(key, value);
    later(context, [done] { done(true, QString()); });
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    m_values.remove(key);
    later(context, [done] { done(true, QString()); });
}

QString MemoryCredentialStore::description() const
{
    return tr("memory (nothing is kept after the program ends)");
}

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

void KeychainCredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [done, guard](QKeychain::Job *j) {
        if (!guard)
            return;
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else if (j->error() != QKeychain::NoError)
            done(std::nullopt, j->errorString());
        else
            done(readJob->binaryData(), QString());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &value, QObject *context,
                                    WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError,
             j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

QString KeychainCredentialStore::description() const
{
    return tr("the system keychain");
}

FileCredentialStore::FileCredentialStore(const QString &path, QObject *parent)
    : CredentialStore(parent)
    , m_path(path)
{
}

QString FileCredentialStore::warning()
{
    return tr(
        "Secrets will be stored in a file that only your user account can read. Anyone who can read your "
        "files (an administrator, a backup, malware running as you) can use your sign-in. Prefer the system "
        "keychain when one is available.");
}

QString FileCredentialStore::description() const
{
    return tr("the file %1 (readable by your account only)").arg(m_path);
}

bool FileCredentialStore::load(QHash<QString, QByteArray> *values, QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const auto doc = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (!doc.is_object()) {
        *error = tr("%1 is damaged; remove it to start afresh.").arg(m_path);
        return false;
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it->is_string())
            values->insert(QString::fromStdString(it.key()),
                           QByteArray::fromBase64(QByteArray::fromStdString(it->get<std::string>())));
    }
    return true;
}

bool FileCredentialStore::save(const QHash<QString, QByteArray> &values, QString *error) const
{
    nlohmann::json doc = nlohmann::json::object();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        doc[it.key().toStdString()] = it.value().toBase64().toStdString();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QByteArray::fromStdString(doc.dump()));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void FileCredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    QHash<QString, QByteArray> values;
    QString error;
    const bool ok = load(&values, &error);
    const auto it = values.constFind(key);
    const std::optional<QByteArray> value
        = ok && it != values.constEnd() ? std::optional<QByteArray>(*it) : std::nullopt;
    later(context, [done, value, error] { done(value, error); });
}

void FileCredentialStore::write(const QString &key, const QByteArray &value, QObject *context,
                                WriteCallback done)
{
    QHash<QString, QByteArray> values;
    QString error;
    bool ok = load(&values, &error);
    if (ok) {
        values.insert(key, value);
        ok = save(values, &error);
    }
    later(context, [done, ok, error] { done(ok, error); });
}

void FileCredentialStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    QHash<QString, QByteArray> values;
    QString error;
    bool ok = load(&values, &error);
    if (ok) {
        values.remove(key);
        ok = save(values, &error);
    }
    later(context, [done, ok, error] { done(ok, error); });
}

} // namespace cmk::auth
