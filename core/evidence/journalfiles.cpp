#include "evidence/journalfiles.h"

#include "evidence/secretscrub.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cmk::evidence {

QList<http::JournalEntry> readJournal(const QString &directory, const QDateTime &since, QString *error)
{
    QList<http::JournalEntry> entries;
    const QDir dir(directory);
    if (!dir.exists()) {
        if (error)
            *error = QCoreApplication::translate("cmk::evidence::EvidenceReport",
                                                 "The journal directory %1 does not exist.")
                         .arg(QDir::toNativeSeparators(directory));
        return entries;
    }
    // journal.N.jsonl is older the higher N is; journal.jsonl is the newest.
    static const QRegularExpression rotated(QStringLiteral("^journal\\.(\\d+)\\.jsonl$"));
    QList<QPair<int, QString>> files;
    for (const QString &name : dir.entryList({QStringLiteral("journal*.jsonl")}, QDir::Files)) {
        if (name == QLatin1StringView("journal.jsonl"))
            files.append({0, name});
        else if (const auto m = rotated.match(name); m.hasMatch())
            files.append({m.captured(1).toInt(), name});
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[index, name] : std::as_const(files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate("cmk::evidence::EvidenceReport",
                                                     "The journal file %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(f.fileName()), f.errorString());
            continue;
        }
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            bool ok = false;
            http::JournalEntry e = http::JournalEntry::fromJsonLine(line, &ok);
            if (ok && (!since.isValid() || !e.time.isValid() || e.time >= since))
                entries.append(std::move(e));
        }
    }
    return entries;
}

QList<http::JournalEntry> entriesOfRun(const QList<http::JournalEntry> &entries,
                                       const workflow::RunState &run)
{
    QList<http::JournalEntry> out;
    for (const http::JournalEntry &e : entries) {
        if (!run.runId.isEmpty() && e.runId == run.runId)
            out.append(e);
    }
    if (!out.isEmpty())
        return out;
    // An untagged journal: the run's time window and the tenants its steps ran in.
    QSet<QString> tenants;
    for (const workflow::StepRecord &record : run.steps) {
        if (!record.by.tenantId.isEmpty())
            tenants.insert(record.by.tenantId.toLower());
    }
    if (run.separation && !run.separation->tenantId.isEmpty())
        tenants.insert(run.separation->tenantId.toLower());
    if (tenants.isEmpty() || !run.createdAt.isValid())
        return out;
    const QDateTime last = run.updatedAt.isValid() ? run.updatedAt : QDateTime::currentDateTimeUtc();
    for (const http::JournalEntry &e : entries) {
        if (e.runId.isEmpty() && e.time >= run.createdAt && e.time <= last.addSecs(1)
            && tenants.contains(e.tenantId.toLower()))
            out.append(e);
    }
    return out;
}

QJsonObject journalEntryJson(const http::JournalEntry &e)
{
    const auto clean = [](const QString &text) { return secrets::scrub(text); };
    QJsonObject o {{QStringLiteral("time"),
                    e.time.isValid() ? QJsonValue(e.time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                   {QStringLiteral("service"), clean(e.service)},
                   {QStringLiteral("method"), clean(e.method)},
                   {QStringLiteral("url"), clean(e.url)},
                   {QStringLiteral("status"), e.status},
                   {QStringLiteral("durationMs"), e.durationMs},
                   {QStringLiteral("attempt"), e.attempt}};
    const std::pair<QString, const QString *> optional[]
        = {{QStringLiteral("operation"), &e.operation},
           {QStringLiteral("requestId"), &e.requestId},
           {QStringLiteral("correlationId"), &e.correlationId},
           {QStringLiteral("clientRequestId"), &e.clientRequestId},
           {QStringLiteral("tenantId"), &e.tenantId},
           {QStringLiteral("callerObjectId"), &e.callerObjectId},
           {QStringLiteral("errorCode"), &e.errorCode},
           {QStringLiteral("note"), &e.note},
           {QStringLiteral("runId"), &e.runId}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            o.insert(key, clean(*value));
    }
    return o;
}

QByteArray journalToJson(const QList<http::JournalEntry> &entries)
{
    QJsonArray list;
    for (const http::JournalEntry &e : entries)
        list.append(journalEntryJson(e));
    return QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("cmk-journal")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("entries"), list}})
        .toJson(QJsonDocument::Indented);
}

QByteArray journalToCsv(const QList<http::JournalEntry> &entries)
{
    const auto text = [](const QString &value) {
        QString cell = secrets::scrub(value);
        if (!cell.isEmpty() && QStringView(u"=+-@").contains(cell.front()))
            cell.prepend(u'\'');
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
            cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return cell;
    };
    QByteArray out = "time,service,method,url,status,durationMs,attempt,operation,requestId,correlationId,"
                     "clientRequestId,tenantId,callerObjectId,errorCode,note,runId\r\n";
    for (const http::JournalEntry &e : entries) {
        const QStringList cells {text(e.time.toUTC().toString(Qt::ISODateWithMs)),
                                 text(e.service),
                                 text(e.method),
                                 text(e.url),
                                 QString::number(e.status),
                                 QString::number(e.durationMs),
                                 QString::number(e.attempt),
                                 text(e.operation),
                                 text(e.requestId),
                                 text(e.correlationId),
                                 text(e.clientRequestId),
                                 text(e.tenantId),
                                 text(e.callerObjectId),
                                 text(e.errorCode),
                                 text(e.note),
                                 text(e.runId)};
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

} // namespace cmk::evidence
