#pragma once

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace cmk::http {

/// One HTTP exchange as the journal keeps it: what went where, what came back, the ids support
/// asks for. Never a token, code, verifier, secret or Authorization header.
struct JournalEntry
{
    QDateTime time;
    QString service;
    QString method;
    QString url; ///< redacted
    int status = 0;
    qint64 durationMs = 0;
    int attempt = 1;
    QString operation;
    QString requestId;
    QString correlationId;
    QString clientRequestId;
    QString tenantId;
    QString callerObjectId;
    QString errorCode;
    /// A decision the run recorded rather than an exchange (service "cmk", method "NOTE"), e.g. a
    /// separation-of-duties justification. Never a secret.
    QString note;
    /// The run (workflow::RunState::runId) this exchange belongs to; empty outside a run.
    QString runId;

    QByteArray toJsonLine() const;
    static JournalEntry fromJsonLine(const QByteArray &line, bool *ok = nullptr);
};

/// The request journal: one JSON line per exchange in the app's data directory, rotated by
/// size, and the most recent entries in memory for the journal view.
class Journal : public QObject
{
    Q_OBJECT

public:
    /// `directory` empty: no file, memory only.
    explicit Journal(const QString &directory, QObject *parent = nullptr);
    ~Journal() override;

    void setRotation(qint64 maxBytes, int keepFiles);
    /// Tags every entry recorded from now on that has no run id of its own with `runId` (the
    /// runner sets it while a run works, so evidence can pick that run's calls); empty: none.
    void setRunId(const QString &runId) { m_runId = runId; }
    QString runId() const { return m_runId; }
    void record(const JournalEntry &entry);
    /// Writes the entries recorded in this event loop pass now (they are otherwise written
    /// together at its end).
    void flush();
    /// The newest entries, oldest first (at least the last 2000).
    const QList<JournalEntry> &recent() const { return m_recent; }
    QString currentFile() const;

    /// The URL with every query value that could be a secret replaced by "redacted".
    static QString redact(const QUrl &url);

Q_SIGNALS:
    void recorded(const cmk::http::JournalEntry &entry);

private:
    bool openFile();
    void rotate();

    QString m_directory;
    QFile m_file; ///< kept open: one write per entry, no open and stat per request
    qint64 m_size = 0;
    QByteArray m_pending; ///< lines of this event loop pass, written together by flush()
    bool m_flushQueued = false;
    qint64 m_maxBytes = 5 * 1024 * 1024;
    int m_keepFiles = 5;
    QList<JournalEntry> m_recent;
    QString m_runId;
};

} // namespace cmk::http

Q_DECLARE_METATYPE(cmk::http::JournalEntry)
