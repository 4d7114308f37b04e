#include "batchcommand.h"

#include "console.h"
#include "exitcode.h"
#include "sandbox.h"
#include "tracks/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace cmk::ctl {

namespace {

const QString TrackColumn = QStringLiteral("track");
const QString IdColumn = QStringLiteral("id");

/// One CSV record (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes).
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field.trimmed();
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                record << field.trimmed();
                records << record;
            }
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = BatchCommand::tr("a quoted field is not closed");
        return {};
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record << field.trimmed();
        records << record;
    }
    return records;
}

QString resultName(int code)
{
    switch (code) {
    case Ok:
        return QStringLiteral("done");
    case WaitingForOtherTenant:
        return QStringLiteral("waiting");
    default:
        return QStringLiteral("failed");
    }
}

} // namespace

BatchCommand::BatchCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString BatchCommand::defaultDirectory(const QString &file)
{
    const QFileInfo info(file);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-runs"));
}

std::optional<QList<BatchCommand::Row>> BatchCommand::read(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("The batch file %1 cannot be read: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    const QByteArray data = f.readAll();
    QList<Row> rows;
    const QByteArray start = data.trimmed().left(1);
    if (start == "[") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (!doc.isArray()) {
            *error = tr("The batch file %1 is not a JSON array of objects (%2).")
                         .arg(file, parseError.errorString());
            return std::nullopt;
        }
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Row row;
            row.number = int(i + 1);
            if (!array.at(i).isObject()) {
                *error = tr("Row %1 of %2 is not a JSON object.").arg(row.number).arg(file);
                return std::nullopt;
            }
            const QJsonObject object = array.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isString()) {
                    *error = tr("Row %1 of %2: \"%3\" is not text; write every value in quotes.")
                                 .arg(row.number)
                                 .arg(file, it.key());
                    return std::nullopt;
                }
                if (it.key() == TrackColumn)
                    row.track = it.value().toString();
                else if (it.key() == IdColumn)
                    row.id = it.value().toString();
                else
                    row.values.insert(it.key(), it.value().toString());
            }
            rows << row;
        }
    } else {
        QString csvError;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(data), &csvError);
        if (!csvError.isEmpty()) {
            *error = tr("The batch file %1 is not valid CSV: %2.").arg(file, csvError);
            return std::nullopt;
        }
        if (records.isEmpty()) {
            *error = tr("The batch file %1 is empty; write a header row and one row per customer.").arg(file);
            return std::nullopt;
        }
        const QStringList header = records.first();
        if (!header.contains(TrackColumn)) {
            *error = tr("The batch file %1 has no \"track\" column in its header row.").arg(file);
            return std::nullopt;
        }
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QStringList &record = records.at(r);
            Row row;
            row.number = int(r);
            if (record.size() != header.size()) {
                *error = tr("Row %1 of %2 has %3 fields, but the header has %4.")
                             .arg(row.number)
                             .arg(file)
                             .arg(record.size())
                             .arg(header.size());
                return std::nullopt;
            }
            for (qsizetype c = 0; c < header.size(); ++c) {
                if (header.at(c) == TrackColumn)
                    row.track = record.at(c);
                else if (header.at(c) == IdColumn)
                    row.id = record.at(c);
                else if (!record.at(c).isEmpty())
                    row.values.insert(header.at(c), record.at(c));
            }
            rows << row;
        }
    }
    if (rows.isEmpty()) {
        *error = tr("The batch file %1 has no rows.").arg(file);
        return std::nullopt;
    }
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$"));
    QStringList ids;
    for (Row &row : rows) {
        if (row.id.isEmpty())
            row.id = QStringLiteral("row-%1").arg(row.number);
        if (!safeId.match(row.id).hasMatch()) {
            *error = tr("Row %1 of %2: the id %3 may hold only letters, digits, \".\", \"-\" and \"_\" (it "
                        "names "
                        "the run file).")
                         .arg(row.number)
                         .arg(file, quotedInput(row.id));
            return std::nullopt;
        }
        if (ids.contains(row.id, Qt::CaseInsensitive)) {
            *error
                = tr("Row %1 of %2: the id %3 is used twice.").arg(row.number).arg(file, quotedInput(row.id));
            return std::nullopt;
        }
        ids << row.id;
        if (row.track.isEmpty() || !tracks::trackById(row.track)) {
            *error = tr("Row %1 of %2: there is no track %3; \"cmkctl track list\" shows them.")
                         .arg(row.number)
                         .arg(file, quotedInput(row.track));
            return std::nullopt;
        }
    }
    return rows;
}

int BatchCommand::run(const QList<Row> &rows, const QString &directory, const TrackCommand::Options &base,
                      const QString &output)
{
    if (!QDir().mkpath(directory)) {
        m_err << "cmkctl: " << tr("The batch directory %1 cannot be created.").arg(directory) << '\n';
        return UsageError;
    }
    // One embedded sandbox for the whole batch (--sandbox), as one cloud would be.
    std::unique_ptr<sandbox::Sandbox> shared;
    if (base.startup.cloud.kind == CloudChoice::Kind::Sandbox) {
        shared = std::make_unique<sandbox::Sandbox>();
        QString error;
        if (!shared->start(sandbox::Sandbox::demoOptions(), &error)) {
            m_err << "cmkctl: " << tr("the sandbox did not start: %1").arg(error) << '\n';
            return Failure;
        }
    }
    struct Outcome
    {
        const Row *row;
        QString result;
        int code;
        QString runFile;
    };
    QList<Outcome> outcomes;
    QString discarded;
    QTextStream rowOut(&discarded); // each run's own result lines; the summary says it
    for (const Row &row : rows) {
        const QString runFile = QDir(directory).filePath(row.id + QStringLiteral(".json"));
        TrackCommand::Options options = base;
        options.trackId = row.track;
        options.runFile = runFile;
        options.values = row.values;
        options.inputFile.clear();
        bool resume = false;
        if (QFile::exists(runFile)) {
            QString error;
            const auto state = workflow::RunState::load(runFile, &error);
            const auto track = state ? tracks::trackById(state->trackId) : std::nullopt;
            if (state && track
                && std::all_of(track->steps.cbegin(), track->steps.cend(), [&state](const auto &step) {
                       return state->steps.value(step->info().id).isFinished();
                   })) {
                outcomes.append({&row, QStringLiteral("skipped"), Ok, runFile});
                continue;
            }
            resume = state.has_value();
        }
        m_err << tr("Row %1 (%2): %3%4")
                     .arg(row.number)
                     .arg(row.id, row.track, resume ? tr(", resuming") : QString())
              << '\n';
        m_err.flush();
        TrackCommand command(rowOut, m_err);
        if (shared)
            command.useSandbox(shared.get());
        int code = -1;
        command.run(options, resume, [&code](int result) {
            code = result;
            QCoreApplication::exit(result);
        });
        if (code < 0)
            QCoreApplication::exec();
        discarded.clear();
        outcomes.append({&row, resultName(code), code, runFile});
    }

    const qsizetype failed = std::count_if(outcomes.cbegin(), outcomes.cend(), [](const Outcome &o) {
        return o.result == QLatin1StringView("failed");
    });
    const qsizetype waiting = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                            [](const Outcome &o) { return o.code == WaitingForOtherTenant; });
    if (output == QLatin1StringView("json")) {
        QJsonArray list;
        for (const Outcome &o : outcomes)
            list.append(QJsonObject {{QStringLiteral("row"), o.row->number},
                                     {QStringLiteral("id"), o.row->id},
                                     {QStringLiteral("track"), o.row->track},
                                     {QStringLiteral("result"), o.result},
                                     {QStringLiteral("exitCode"), o.code},
                                     {QStringLiteral("runFile"), QDir::toNativeSeparators(o.runFile)}});
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("format"), QStringLiteral("cmk-batch")},
                                            {QStringLiteral("version"), 1},
                                            {QStringLiteral("failed"), int(failed)},
                                            {QStringLiteral("rows"), list}})
                     .toJson(QJsonDocument::Indented);
    } else {
        const bool color = Console::colorOnStdout();
        m_out << tr("ROW").leftJustified(5, u' ') << tr("ID").leftJustified(22, u' ')
              << tr("TRACK").leftJustified(22, u' ') << tr("RESULT").leftJustified(12, u' ') << tr("RUN FILE")
              << '\n';
        for (const Outcome &o : outcomes) {
            QString result = o.result;
            if (o.result == QLatin1StringView("failed"))
                result = QStringLiteral("failed (%1)").arg(o.code);
            const QString cell = result.leftJustified(12, u' ');
            m_out << QString::number(o.row->number).leftJustified(5, u' ')
                  << o.row->id.leftJustified(22, u' ') << o.row->track.leftJustified(22, u' ')
                  << (o.result == QLatin1StringView("failed") ? Console::problem(cell, color)
                          : o.code == Ok                      ? Console::success(cell, color)
                                                              : cell)
                  << QDir::toNativeSeparators(o.runFile) << '\n';
        }
    }
    m_out.flush();
    if (failed > 0)
        return BatchRowsFailed;
    return waiting > 0 ? WaitingForOtherTenant : Ok;
}

} // namespace cmk::ctl
