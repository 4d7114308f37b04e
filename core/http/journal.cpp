#include "http/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace cmk::http {

namespace {

constexpr int RecentEntries = 2000;

std::string s(const QString &t)
{
    return t.toStdString();
}

QString qs(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

QByteArray JournalEntry::toJsonLine() const
{
    nlohmann::ordered_json j = {{"time", s(time.toUTC().toString(Qt::ISODateWithMs))},
                                {"service", s(service)},
                                {"method", s(method)},
                                {"url", s(url)},
                                {"status", status},
                                {"durationMs", durationMs},
                                {"attempt", attempt}};
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            j[key] = s(value);
    };
    add("operation", operation);
    add("requestId", requestId);
    add("correlationId", correlationId);
    add("clientRequestId", clientRequestId);
    add("tenantId", tenantId);
    add("callerObjectId", callerObjectId);
    add("errorCode", errorCode);
    return QByteArray::fromStdString(j.dump()) + '\n';
}

JournalEntry JournalEntry::fromJsonLine(const QByteArray &line, bool *ok)
{
    JournalEntry e;
    const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
    if (ok)
        *ok = j.is_object();
    if (!j.is_object())
        return e;
    e.time = QDateTime::fromString(qs(j, "time"), Qt::ISODateWithMs);
    e.service = qs(j, "service");
    e.method = qs(j, "method");
    e.url = qs(j, "url");
    e.status = j.value("status", 0);
    e.durationMs = j.value("durationMs", qint64(0));
    e.attempt = j.value("attempt", 1);
    e.operation = qs(j, "operation");
    e.requestId = qs(j, "requestId");
    e.correlationId = qs(j, "correlationId");
    e.clientRequestId = qs(j, "clientRequestId");
    e.tenantId = qs(j, "tenantId");
    e.callerObjectId = qs(j, "callerObjectId");
    e.errorCode = qs(j, "errorCode");
    return e;
}

Journal::Journal(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    if (!m_directory.isEmpty())
        QDir().mkpath(m_directory);
}

void Journal::setRotation(qint64 maxBytes, int keepFiles)
{
    m_maxBytes = maxBytes;
    m_keepFiles = qMax(1, keepFiles);
}

QString Journal::currentFile() const
{
    return m_directory.isEmpty() ? QString() : QDir(m_directory).filePath(QStringLiteral("journal.jsonl"));
}

QString Journal::redact(const QUrl &url)
{
    static const QStringList secretKeys {
        QStringLiteral("code"),          QStringLiteral("client_secret"), QStringLiteral("code_verifier"),
        QStringLiteral("refresh_token"), QStringLiteral("access_token"),  QStringLiteral("id_token"),
        QStringLiteral("password"),      QStringLiteral("assertion"),     QStringLiteral("client_assertion"),
        QStringLiteral("sig"),           QStringLiteral("token"),         QStringLiteral("device_code"),
        QStringLiteral("state"),         QStringLiteral("nonce")};
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (secretKeys.contains(item.first, Qt::CaseInsensitive))
                item.second = QStringLiteral("redacted");
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    copy.setFragment(QString());
    return copy.toString(QUrl::FullyEncoded);
}

void Journal::record(const JournalEntry &entry)
{
    m_recent.append(entry);
    if (m_recent.size() > RecentEntries)
        m_recent.remove(0, m_recent.size() - RecentEntries);
    if (!m_directory.isEmpty()) {
        QFile file(currentFile());
        if (file.size() >= m_maxBytes)
            rotate();
        if (file.open(QIODevice::Append)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.write(entry.toJsonLine());
        }
    }
    Q_EMIT recorded(entry);
}

void Journal::rotate()
{
    const QDir dir(m_directory);
    QFile::remove(dir.filePath(QStringLiteral("journal.%1.jsonl").arg(m_keepFiles)));
    for (int i = m_keepFiles - 1; i >= 1; --i)
        QFile::rename(dir.filePath(QStringLiteral("journal.%1.jsonl").arg(i)),
                      dir.filePath(QStringLiteral("journal.%1.jsonl").arg(i + 1)));
    QFile::rename(currentFile(), dir.filePath(QStringLiteral("journal.1.jsonl")));
}

} // namespace cmk::http
