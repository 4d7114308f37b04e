#include "http/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace cmk::http {

namespace {

constexpr qsizetype RecentEntries = 2000;

QString qs(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

QByteArray JournalEntry::toJsonLine() const
{
    // Written by hand: one line per request is on every call's path, and the fields are few.
    QByteArray line;
    line.reserve(512);
    const auto string = [&line](const char *key, const QString &value) {
        line += line.isEmpty() ? "{\"" : ",\"";
        line += key;
        line += "\":\"";
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char16_t u = value.at(i).unicode();
            if (u == '"' || u == '\\') {
                line += '\\';
                line += char(u);
            } else if (u < 0x20) {
                line += "\\u00";
                line += "0123456789abcdef"[u >> 4];
                line += "0123456789abcdef"[u & 0xf];
            } else if (u < 0x80) {
                line += char(u);
            } else {
                qsizetype end = i + 1; // a run of non-ASCII text, surrogate pairs kept together
                while (end < value.size() && value.at(end).unicode() >= 0x80)
                    ++end;
                line += QStringView(value).sliced(i, end - i).toUtf8();
                i = end - 1;
            }
        }
        line += '"';
    };
    const auto number = [&line](const char *key, qint64 value) {
        line += ",\"";
        line += key;
        line += "\":";
        line += QByteArray::number(value);
    };
    string("time", time.toUTC().toString(Qt::ISODateWithMs));
    string("service", service);
    string("method", method);
    string("url", url);
    number("status", status);
    number("durationMs", durationMs);
    number("attempt", attempt);
    const std::pair<const char *, const QString *> optional[] = {{"operation", &operation},
                                                                 {"requestId", &requestId},
                                                                 {"correlationId", &correlationId},
                                                                 {"clientRequestId", &clientRequestId},
                                                                 {"tenantId", &tenantId},
                                                                 {"callerObjectId", &callerObjectId},
                                                                 {"errorCode", &errorCode},
                                                                 {"note", &note},
                                                                 {"runId", &runId}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            string(key, *value);
    }
    line += "}\n";
    return line;
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
    e.note = qs(j, "note");
    e.runId = qs(j, "runId");
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

Journal::~Journal()
{
    flush();
}

bool Journal::openFile()
{
    if (m_file.isOpen())
        return true;
    m_file.setFileName(currentFile());
    if (!m_file.open(QIODevice::Append | QIODevice::Unbuffered))
        return false;
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_size = m_file.size();
    return true;
}

void Journal::record(const JournalEntry &incoming)
{
    JournalEntry entry = incoming;
    if (entry.runId.isEmpty())
        entry.runId = m_runId;
    m_recent.append(entry);
    // Trimmed in batches so that recording stays O(1) on average.
    if (m_recent.size() > RecentEntries + RecentEntries / 4)
        m_recent.remove(0, m_recent.size() - RecentEntries);
    if (!m_directory.isEmpty()) {
        // Written at the end of this event loop pass, with one write for all its entries.
        m_pending += entry.toJsonLine();
        if (!m_flushQueued) {
            m_flushQueued = true;
            QMetaObject::invokeMethod(this, &Journal::flush, Qt::QueuedConnection);
        }
    }
    Q_EMIT recorded(entry);
}

void Journal::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty() || m_directory.isEmpty())
        return;
    if (m_size >= m_maxBytes)
        rotate();
    if (openFile() && m_file.write(m_pending) == m_pending.size())
        m_size += m_pending.size();
    m_pending.clear();
}

void Journal::rotate()
{
    m_file.close();
    const QDir dir(m_directory);
    QFile::remove(dir.filePath(QStringLiteral("journal.%1.jsonl").arg(m_keepFiles)));
    for (int i = m_keepFiles - 1; i >= 1; --i)
        QFile::rename(dir.filePath(QStringLiteral("journal.%1.jsonl").arg(i)),
                      dir.filePath(QStringLiteral("journal.%1.jsonl").arg(i + 1)));
    QFile::rename(currentFile(), dir.filePath(QStringLiteral("journal.1.jsonl")));
    m_size = 0;
}

} // namespace cmk::http
